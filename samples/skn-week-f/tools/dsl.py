# Small helpers to write chat messages by hand.
import datetime as dt

MSGS = {}      # group key -> list of message dicts
_cur = [None]

def group(key):
    _cur[0] = key
    MSGS.setdefault(key, [])

def _ts(day, hm):
    parts = hm.split(":")
    if len(parts) == 2: parts.append("00")
    h, m, s = map(int, parts)
    return dt.datetime(2026, 3, day, h, m, s)

def _add(day, hm, who, typ, text="", **kw):
    m = dict(group=_cur[0], ts=_ts(day, hm), who=who, type=typ, text=text)
    m.update(kw)
    MSGS[_cur[0]].append(m)
    return m

def T(day, hm, who, text, **kw):
    return _add(day, hm, who, "text", text, **kw)

def IMG(day, hm, who, n=1, step=8, **kw):
    t0 = _ts(day, hm)
    first = None
    for i in range(n):
        t = t0 + dt.timedelta(seconds=step * i)
        k = dict(kw) if i == 0 else {kk: vv for kk, vv in kw.items() if kk in ("name", "sid")}
        m = _add(day, t.strftime("%H:%M:%S"), who, "image", "",
                 attachment=k.pop("attachment", "IMG_%s_%02d.jpg" % (t.strftime("%d%H%M"), i + 1)), **k)
        first = first or m
    return first

def STK(day, hm, who, **kw):
    return _add(day, hm, who, "sticker", "", attachment=kw.pop("attachment", "sticker:11537/52002734"), **kw)

def FILE(day, hm, who, fname, **kw):
    return _add(day, hm, who, "file", "", attachment=fname, **kw)

def SYS(day, hm, who, event, target=None, **kw):
    return _add(day, hm, who, "system", "", event=event, target=target, **kw)
