# Message builder used by the week-P generators.
import random
from gen_common import PK, name, ts

class Log:
    def __init__(self, fname, group):
        self.fname, self.group, self.msgs = fname, group, []

    def add(self, day, hms, who, typ="text", text=None, disp=None, key=None, reply=None, event=None,
            target=None, att=None, truth=None, near=None, answers=None, sid=None, order=None):
        m = dict(day=day, time=ts(day, hms), who=who, type=typ, text=text, key=key, reply=reply,
                 event=event, target=target, att=att, truth=truth or [], near=near, answers=answers or [],
                 order=order, sid=sid)
        if who in PK:
            m["sender"] = disp or name(who)
        else:
            m["sender"] = who
        self.msgs.append(m)
        return m

    def imgs(self, day, hms, who, n, step=15, **kw):
        h, mi, s = (hms + (":00" if hms.count(":") == 1 else "")).split(":")
        t = int(h) * 3600 + int(mi) * 60 + int(s)
        out = []
        for i in range(n):
            tt = t + i * step
            out.append(self.add(day, "%02d:%02d:%02d" % (tt // 3600, tt % 3600 // 60, tt % 60), who, "image", **kw))
            kw.pop("key", None); kw.pop("near", None); kw.pop("truth", None); kw.pop("answers", None)
        return out

def hms_add(hms, sec):
    p = (hms + (":00" if hms.count(":") == 1 else "")).split(":")
    t = int(p[0]) * 3600 + int(p[1]) * 60 + int(p[2]) + sec
    return "%02d:%02d:%02d" % (t // 3600, t % 3600 // 60, t % 60)
