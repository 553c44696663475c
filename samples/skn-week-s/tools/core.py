# Message model for week S. Every message is written by hand in the group scripts; truth rows
# and near misses are attached to the message they concern, by hand, and only carried to the
# CSV files here (with their line numbers and ids).
import itertools
from roster_def import BY, dn

FILES = {
    "vc": ("volunteer-centre.jsonl", "ศอ.จอส.จว.สน."),
    "pk": ("pk-orders.txt", "ข้อสั่งการ ปค.สน."),
    "pj": ("palad-orders.jsonl", "ข้อสั่งการ ปจ.สน."),
    "ex": ("executives.jsonl", "ผู้บริหารจังหวัด และนายอำเภอ"),
    "hd": ("heads.jsonl", "หน.ส่วนราชการ-นอภ.สน."),
    "ad": ("administrators.jsonl", "นักปกครองสกลนคร"),
}

M = []
_seq = itertools.count()
LABELS = {}


def ts(day, hm):
    if hm.count(":") == 1:
        hm += ":00"
    return "2025-10-%02d %s" % (day, hm)


def msg(f, day, hm, who, text=None, type="text", name=None, reply=None, event=None, target=None,
        att=None, label=None, truth=None, nm=None, sid=False):
    """who: roster key or None (then name is the literal display name)."""
    m = dict(f=f, t=ts(day, hm), who=who, name=name or (dn(who) if who else None), type=type, text=text,
             reply=reply, event=event, target=target, att=att, label=label, truth=truth or [], nm=nm,
             sid=sid, seq=next(_seq))
    M.append(m)
    if label:
        assert label not in LABELS, label
        LABELS[label] = m
    return m


def add_secs(hm, s):
    parts = [int(x) for x in hm.split(":")]
    if len(parts) == 2:
        parts.append(0)
    tot = parts[0] * 3600 + parts[1] * 60 + parts[2] + s
    return "%02d:%02d:%02d" % (tot // 3600, tot % 3600 // 60, tot % 60)


def photos(f, day, hm, who, n, start=25, step=8, name=None, label=None, truth=None, nm=None):
    """n photos right after (or as) a post; returns the first photo message."""
    first = None
    for i in range(n):
        m = msg(f, day, add_secs(hm, start + i * step), who, type="image", name=name,
                label=(label if i == 0 else None), truth=(truth if i == 0 else None), nm=(nm if i == 0 else None))
        first = first or m
    return first


def pdf(f, day, hm, who, fname, after=40, name=None, sid=False):
    return msg(f, day, add_secs(hm, after), who, type="file", att=fname, name=name, sid=sid)


ACKS = ["รับทราบครับ", "รับทราบค่ะ", "ทราบครับ", "รับทราบครับผม", "รับทราบและถือปฏิบัติครับ", "ร้บทราบครับ",
        "รับทราบคับ", "ทราบแล้วครับ", "รับทราบ ดำเนินการครับ", "รับทราบครับท่าน", "รับทราบค่ะ 🙏", "ทราบครับผม",
        "รับทราบนะคะ", "รับทราบครับ 🙏🙏", "รับทราบจ้า", "ครับผม", "โอเคครับ", "รับทราบและจะดำเนินการครับ"]
_ack = itertools.count()


def acks(f, day, hm, keys, gap=70, stickers=(), nm=None):
    """replies to an order; stickers: indexes that are stickers; 👍 / 🙏 alone included in the rotation."""
    out = []
    for i, k in enumerate(keys):
        t = add_secs(hm, i * gap)
        if i in stickers:
            out.append(msg(f, day, t, k, type="sticker", nm=nm))
        else:
            txt = ACKS[next(_ack) % len(ACKS)]
            if BY[k]["full"].startswith(("นางสาว", "นาง")) and txt.endswith("ครับ"):
                txt = txt[:-4] + "ค่ะ"
            if BY[k]["full"].startswith(("นางสาว", "นาง")):
                txt = txt.replace("ครับผม", "ค่ะ").replace("ครับท่าน", "ค่ะ").replace("คับ", "ค่ะ").replace("ครับ", "ค่ะ")
            else:
                txt = txt.replace("นะคะ", "ครับ").replace("ค่ะ", "ครับ").replace("จ้า", "ครับ")
            out.append(msg(f, day, t, k, txt, nm=nm))
    return out
