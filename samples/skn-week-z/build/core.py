# Small helpers to lay out posts; all truth is written by hand next to the posts that carry it.
import datetime as dt
from people import disp, sid, BY

TZ = dt.timezone(dt.timedelta(hours=7))
THD = "๐๑๒๓๔๕๖๗๘๙"


def th(s):
    return "".join(THD[int(c)] if c.isdigit() else c for c in str(s))


def at(day, hm, sec=0):
    h, m = hm.split(":")[:2]
    s = int(hm.split(":")[2]) if hm.count(":") == 2 else 0
    return dt.datetime(2026, 2, int(day), int(h), int(m), s, tzinfo=TZ) + dt.timedelta(seconds=sec)


def polite(text, female):
    """the closing particle follows the writer (ครับ for men, ค่ะ/คะ for women)"""
    if female:
        for a, b in (("ไหมครับ", "ไหมคะ"), ("นะครับ", "นะคะ"), ("ครับผม", "ค่ะ"), ("ครับ", "ค่ะ")):
            text = text.replace(a, b)
    else:
        for a, b in (("นะคะ", "นะครับ"), ("ไหมคะ", "ไหมครับ"), ("ค่ะ", "ครับ"), ("คะ", "ครับ")):
            text = text.replace(a, b)
    return text


MSGS = {}      # file -> list of message dicts
SEQ = [0]
GROUP = {}


def msg(f, t, who, typ="text", text=None, key=None, reply=None, event=None, target=None, attach=None,
        truth=None, near=None, ans=None, noid=False, name=None):
    """who: roster key, or a raw display name prefixed with '~' (not on the roster / variant spelling)."""
    SEQ[0] += 1
    if text and not who.startswith("~") and typ == "text":
        text = polite(text, BY[who]["full"].startswith("นาง"))
    if who.startswith("~"):
        sender, senderid = who[1:], None
    else:
        sender, senderid = (name or disp(who)), (None if noid else sid(who))
    m = dict(file=f, group=GROUP[f], t=t, sender=sender, senderId=senderid, type=typ, text=text, key=key,
             reply=reply, event=event, target=target, attach=attach, truth=truth or [], near=near, ans=ans,
             seq=SEQ[0], who=who)
    MSGS.setdefault(f, []).append(m)
    return m


IMGN = [0]


def img_name(t):
    IMGN[0] += 1
    return "LINE_ALBUM_%s_%04d.jpg" % (t.strftime("%Y%m%d"), IMGN[0])


def post(f, t, who, text=None, photos=0, files=(), photos_first=False, key=None, reply=None, truth=None,
         near=None, ans=None, noid=False, name=None, gap=25):
    """A post: text then photos/files (or photos first, then a short caption). Returns first message."""
    out = []
    cur = t
    PID[0] += 1

    def nxt():
        nonlocal cur
        r = cur
        cur = cur + dt.timedelta(seconds=gap)
        return r
    first_kw = dict(key=key, reply=reply, truth=truth, near=near, ans=ans)
    if photos_first:
        for i in range(photos):
            kw = first_kw if not out else {}
            out.append(msg(f, nxt(), who, "image", attach=img_name(cur), noid=noid, name=name, **kw))
        for fn in files:
            kw = first_kw if not out else {}
            out.append(msg(f, nxt(), who, "file", attach=fn, noid=noid, name=name, **kw))
        if text:
            out.append(msg(f, nxt(), who, "text", text, noid=noid, name=name))
    else:
        if text:
            out.append(msg(f, nxt(), who, "text", text, noid=noid, name=name, **first_kw))
        for i in range(photos):
            kw = first_kw if not out else {}
            out.append(msg(f, nxt(), who, "image", attach=img_name(cur), noid=noid, name=name, **kw))
        for fn in files:
            kw = first_kw if not out else {}
            out.append(msg(f, nxt(), who, "file", attach=fn, noid=noid, name=name, **kw))
    for m in out:
        m["post"] = PID[0]
    return out[0]


PID = [0]


def sticker(f, t, who, **kw):
    return msg(f, t, who, "sticker", **kw)


def T(rule, who=None, note="", state=""):
    return (rule, who, state, note)
