# Small helpers shared by the build scripts of week R.
import json
from roster_data import P, DNAME, DISTRICTS

PK = {p["key"]: p for p in P}
FILES = {}      # file -> list of message dicts (unsorted)
GROUP = {
    "volunteer-centre.jsonl": "ศอ.จอส.จว.สน.",
    "dopa-orders.jsonl": "ข้อสั่งการ ปค.สน.",
    "palad-orders.jsonl": "ข้อสั่งการ ปจ.สน.",
    "executives.jsonl": "ผู้บริหารจังหวัด และนายอำเภอ",
    "heads-chiefs.jsonl": "หน.ส่วนราชการ-นอภ.สน.",
}
SEQ = [0]

def T(s):
    d, hm = s.split(" ")
    if hm.count(":") == 1:
        hm += ":00"
    return "2025-11-%02dT%s+07:00" % (int(d), hm)

def name(k):
    return PK[k]["disp"][0]

def m(f, t, who, typ="text", text=None, key=None, reply=None, att=None, ev=None, target=None,
      sid=True, disp=None, truth=(), nm=None):
    """who: roster key, or None for someone not on the roster (then disp is the name)."""
    SEQ[0] += 1
    msg = {"_seq": SEQ[0], "_key": key, "_reply": reply, "_truth": list(truth), "_nm": nm,
           "group": GROUP[f], "time": T(t), "type": typ}
    if who is None:
        msg["sender"] = disp
    else:
        p = PK[who]
        msg["sender"] = disp if disp is not None else p["disp"][0]
        if sid and p["line_user_id"]:
            msg["senderId"] = p["line_user_id"]
        msg["_who"] = who
    if text is not None:
        msg["text"] = text
    if att is not None:
        msg["attachment"] = att
    if ev is not None:
        msg["event"] = ev
    if target is not None:
        msg["target"] = target
    FILES.setdefault(f, []).append(msg)
    return msg

def photos(f, t0, who, n, stamp, truth=(), nm=None, **kw):
    """n photos, 20 s apart, starting at t0 ('DD HH:MM:SS')."""
    d, hms = t0.split(" ")
    h, mi, s = (hms.split(":") + ["00"])[:3]
    base = int(h) * 3600 + int(mi) * 60 + int(s)
    out = []
    for i in range(n):
        x = base + 20 * i
        tt = "%s %02d:%02d:%02d" % (d, x // 3600, (x // 60) % 60, x % 60)
        out.append(m(f, tt, who, "image", att="IMG_%s_%02d.jpg" % (stamp, i + 1),
                     truth=truth if i == 0 else (), nm=nm if i == 0 else None, **kw))
    return out

def at(t, secs):
    d, hms = t.split(" ")
    h, mi, s = (hms.split(":") + ["00"])[:3]
    x = int(h) * 3600 + int(mi) * 60 + int(s) + secs
    return "%s %02d:%02d:%02d" % (d, x // 3600, (x // 60) % 60, x % 60)
