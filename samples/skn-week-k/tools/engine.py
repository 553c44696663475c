# Small helper for writing the week by hand: every message is written out in content_*.py;
# truth tags (T=...), near-miss notes (NM=...) and ledger answers (ans=...) are put on messages by hand.
from roster_data import BY

GROUPS = {
    "jos": ("ศอ.จอส.จว.สน.", "volunteer-centre.jsonl"),
    "pkc": ("ข้อสั่งการ ปค.สน.", "orders-dopa-office.jsonl"),
    "pjc": ("ข้อสั่งการ ปจ.สน.", "orders-palad.jsonl"),
    "exe": ("ผู้บริหารจังหวัด และนายอำเภอ", "executives-and-district-chiefs.jsonl"),
    "npk": ("นักปกครองสกลนคร", "administrators.jsonl"),
    "hod": ("หน.ส่วนราชการ-นอภ.สน.", "agency-heads-line-export.txt"),
}
MSGS = []
_img = [0]


def name_of(s):
    if s.startswith("="):
        return s[1:], None
    code, _, alt = s.partition("#")
    p = BY[code]
    return p["disp"][int(alt) if alt else 0], code


def m(g, t, s, text=None, ty=None, key=None, rep=None, ev=None, tgt=None, att=None, T=(), NM=None, ans=(),
      sid=True):
    day, hm = t.split()
    name, code = name_of(s)
    if ty is None:
        ty = "text" if text is not None else "sticker"
    msg = dict(g=g, day=int(day), hm=hm, sender=name, code=code, type=ty, text=text, key=key, rep=rep,
               ev=ev, tgt=(name_of(tgt)[0] if tgt else None), att=att, T=list(T), NM=NM, ans=list(ans),
               sid=sid, seq=len(MSGS))
    MSGS.append(msg)
    return msg


def img(g, t, s, n=1, **kw):
    out = []
    for i in range(n):
        _img[0] += 1
        day, hm = t.split()
        kw2 = dict(kw) if i == 0 else {k: v for k, v in kw.items() if k in ("sid",)}
        out.append(m(g, t, s, ty="image", att="IMG_202602%02d_%s%02d.jpg" % (int(day), hm.replace(":", ""), _img[0] % 100),
                     **kw2))
    return out


def fil(g, t, s, name, **kw):
    return m(g, t, s, ty="file", att=name, **kw)


def stk(g, t, s, **kw):
    return m(g, t, s, ty="sticker", att="sticker:%d" % (11537 + len(MSGS) % 7), **kw)


def sysm(g, t, s, ev, tgt=None, **kw):
    return m(g, t, s, ty="system", ev=ev, tgt=tgt, **kw)


def seq_acks(g, day, start, people, words, step=2):
    """A run of acknowledgements (text or sticker) by the given people, `step` minutes apart."""
    h, mi = map(int, start.split(":"))
    for i, p in enumerate(people):
        tt = "%d %02d:%02d" % (day, h + (mi + i * step) // 60, (mi + i * step) % 60)
        w = words[i % len(words)]
        nm, code = name_of(p)
        if code and not BY[code]["full"].startswith("นาย"):
            w = w.replace("ครับผม", "ค่ะ").replace("ครับ", "ค่ะ").replace("คับ", "ค่ะ")
        elif code:
            w = w.replace("ค่ะ", "ครับ")
        if w == "[sticker]":
            stk(g, tt, p)
        else:
            m(g, tt, p, w)
