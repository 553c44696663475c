# Helpers shared by the week-L builder: roster tables, message records, times.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from roster_data import DISTRICTS, PROVINCE, DISTRICT_STAFF, lid

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PEOPLE = []          # roster rows (dicts)
DN = {}              # key -> primary display name
KEYS_BY_NAME = {}    # display name -> [keys]
DTH = {}             # district code -> Thai name
ORDER_OF_DISTRICTS = []

def _add(key, full, names, role, agency, district, line, email):
    pid = "P%03d" % (len(PEOPLE) + 1)
    PEOPLE.append(dict(key=key, person_id=pid, full_name=full, display_names="|".join(names), role=role,
                       agency=agency, district=district, line_user_id=lid(pid) if line else "",
                       email=email or ""))
    DN[key] = names[0]
    for n in names:
        KEYS_BY_NAME.setdefault(n, []).append(key)

for k, full, names, role, agency, line, email in PROVINCE:
    _add(k, full, names, role, agency, "", line, email)
for code, th, chief, coord, vol, extras in DISTRICTS:
    DTH[code] = th
    ORDER_OF_DISTRICTS.append(code)
    ag = "ที่ว่าการอำเภอ" + th
    _add(code + ".chief", chief[0], chief[1], "district_chief", ag, th, chief[2], chief[3])
    if vol is None:
        _add(code + ".coord", coord[0], coord[1], "coordinating_deputy|volunteer_center_staff", ag, th, coord[2], coord[3])
        DN[code + ".vol"] = DN[code + ".coord"]
    else:
        _add(code + ".coord", coord[0], coord[1], "coordinating_deputy", ag, th, coord[2], coord[3])
        _add(code + ".vol", vol[0], vol[1], "volunteer_center_staff", ag, th, vol[2], vol[3])
    for i, x in enumerate(extras):
        _add("%s.dep%d" % (code, i + 1), x[0], x[1], "deputy_district_chief", ag, th, x[2], x[3])
for k, code, full, names, role, line, email in DISTRICT_STAFF:
    _add(k, full, names, role, "ที่ว่าการอำเภอ" + DTH[code], DTH[code], line, email)

def person(key):
    for p in PEOPLE:
        if p["key"] == key:
            return p
    raise KeyError(key)

def sid_of(key):
    p = person(key)
    return p["line_user_id"] or p["email"]

# ---- messages -------------------------------------------------------------
GROUPS = {
    "V": ("ศอ.จอส.จว.สน.", "volunteer-centre.jsonl"),
    "P": ("ข้อสั่งการ ปค.สน.", "dopa-orders.jsonl"),
    "J": ("ข้อสั่งการ ปจ.สน.", "palad-orders.jsonl"),
    "E": ("ผู้บริหารจังหวัด และนายอำเภอ", "executives.jsonl"),
    "A": ("หน.ส่วนราชการ-นอภ.สน.", "agency-heads.jsonl"),
    "K": ("นักปกครองสกลนคร", "nakpokkhrong-export.txt"),
}
MSGS = {g: [] for g in GROUPS}
KEYED = {}
_seq = [0]

def T(day, hm):
    if hm.count(":") == 1:
        hm += ":00"
    return "2026-03-%02dT%s+07:00" % (day, hm)

def M(g, day, hm, who, text=None, typ="text", key=None, reply=None, truth=None, near=None, ans=None,
      att=None, event=None, target=None, sid=None, kind=None):
    """who: a roster key (str starting with '@' means a literal display name)."""
    if who.startswith("@"):
        name = who[1:]
    else:
        name = DN[who]
    _seq[0] += 1
    m = dict(_g=g, _seq=_seq[0], time=T(day, hm), sender=name, type=typ, text=text, replyTo=reply,
             event=event, target=target, attachment=att, _key=key, _truth=truth or [], _near=near,
             _ans=ans or [], _who=who, _kind=kind)
    if sid is True:
        m["senderId"] = sid_of(who)
    elif sid:
        m["senderId"] = sid
    MSGS[g].append(m)
    if key:
        assert key not in KEYED, key
        KEYED[key] = m
    return m

def add_seconds(hm, s):
    parts = [int(x) for x in hm.split(":")]
    if len(parts) == 2:
        parts.append(0)
    t = parts[0] * 3600 + parts[1] * 60 + parts[2] + s
    return "%02d:%02d:%02d" % (t // 3600, (t % 3600) // 60, t % 60)

_img = [4100]
def photos(g, day, hm, who, n, start=20, step=15, first_kw=None, each_kw=None, ext="jpg"):
    out = []
    for i in range(n):
        _img[0] += 1
        kw = dict(each_kw or {})
        if i == 0 and first_kw:
            kw.update(first_kw)
        out.append(M(g, day, add_seconds(hm, start + step * i), who, typ="image",
                     att="IMG_%04d.%s" % (_img[0], ext), **kw))
    return out

ACKS = ["รับทราบครับ", "รับทราบค่ะ", "รับทราบครับผม", "ทราบครับ", "รับทราบครับ 🙏", "รับทราบคับ",
        "ร้บทราบครับ", "ทราบแล้วครับ", "🙏", "👍", "รับทราบครับท่าน", "รับทราบค่ะ 🙏🏻", "OK ครับ",
        "รับทาบครับ", "รับทราบและถือปฏิบัติครับ", "ได้ครับ", "🙏🙏🙏", "รับทราบครับ ขอบคุณครับ",
        "ทราบค่ะ", "รับทราบครับ 🫡"]
_ack = [0]
def acks(g, day, hm, keys, step=2, stickers=()):
    """One acknowledgement per key, `step` minutes apart; keys in `stickers` send a sticker."""
    h, mnt = [int(x) for x in hm.split(":")[:2]]
    out = []
    for i, k in enumerate(keys):
        t = h * 60 + mnt + i * step
        tm = "%02d:%02d:%02d" % (t // 60, t % 60, (i * 17) % 60)
        if k in stickers:
            out.append(M(g, day, tm, k, typ="sticker", kind="ack"))
        else:
            txt = ACKS[_ack[0] % len(ACKS)]
            _ack[0] += 1
            if k in FEMALE:
                txt = txt.replace("ครับผม", "ค่ะ").replace("ครับ", "ค่ะ").replace("คับ", "ค่ะ")
            elif "ค่ะ" in txt:
                txt = txt.replace("ค่ะ", "ครับ")
            out.append(M(g, day, tm, k, txt, kind="ack"))
    return out

FEMALE = {"mueang.vol", "kutbak.vol", "phangkhon.vol", "warit.vol", "nikhom.vol", "banmuang.vol",
          "sawang.vol", "taongoi.vol", "charoen.vol", "phonna.vol", "khamta.coord", "kusuman.chief",
          "khoksi.chief", "pvol1", "vg2", "ofc1", "ofc3", "social", "prd", "stat", "finance", "agri2",
          "kutbak_clerk"}

ORDERS = {}   # key -> dict(districts=[codes], deadline=iso, reason=str, title=str)
def order(key, districts, deadline, reason, title):
    ORDERS[key] = dict(districts=districts, deadline=deadline, reason=reason, title=title)

ALL = None  # filled with ORDER_OF_DISTRICTS below
ALL = list(ORDER_OF_DISTRICTS)
