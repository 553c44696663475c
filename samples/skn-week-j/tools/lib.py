# Small helpers for writing the week-J chats by hand: each message is written out in the group
# scripts with its time, sender and text; findings, near misses and report answers are written next
# to the message they belong to.  This file only keeps them in order, numbers lines and ids, and
# writes the files.
import datetime as dt
import json

from roster_data import P, BY_NAME

TZ = dt.timezone(dt.timedelta(hours=7))
DAYS = {1: dt.date(2026, 1, 26), 2: dt.date(2026, 1, 27), 3: dt.date(2026, 1, 28),
        4: dt.date(2026, 1, 29), 5: dt.date(2026, 1, 30)}


def at(day, hms):
    parts = [int(x) for x in hms.split(":")]
    while len(parts) < 3:
        parts.append(0)
    d = DAYS[day]
    return dt.datetime(d.year, d.month, d.day, parts[0], parts[1], parts[2], tzinfo=TZ)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def sender_id(name):
    lst = BY_NAME.get(name, [])
    if len(lst) == 1 and lst[0]["line_user_id"]:
        return lst[0]["line_user_id"]
    return None


class Group:
    def __init__(self, group, fname):
        self.group = group
        self.fname = fname
        self.msgs = []

    def add(self, day, hms, sender, text=None, type="text", key=None, reply=None, event=None,
            target=None, att=None, f=None, nm=None, ans=None, order=None, noid=False):
        t = at(day, hms) if isinstance(hms, str) else hms
        m = dict(t=t, sender=sender, text=text, type=type, key=key, reply=reply, event=event,
                 target=target, att=att, f=f or [], nm=nm, ans=ans or [], order=order, noid=noid)
        self.msgs.append(m)
        return m

    def media(self, day, hms, sender, atts, type="image", gap=15, **kw):
        """several photos (or files) sent one after another; kw go to the first one"""
        t = at(day, hms)
        out = []
        for i, a in enumerate(atts):
            if i == 0:
                out.append(self.add(day, t, sender, type=type, att=a, **kw))
            else:
                out.append(self.add(day, t, sender, type=type, att=a))
            t = t + dt.timedelta(seconds=gap)
        return out

    def text_photos(self, day, hms, sender, text, atts, type="image", **kw):
        m = self.add(day, hms, sender, text, **kw)
        t = m["t"] + dt.timedelta(seconds=40)
        for a in atts:
            self.add(day, t, sender, type=type, att=a)
            t = t + dt.timedelta(seconds=12)
        return m

    def finish(self, start_id):
        self.msgs.sort(key=lambda m: m["t"])  # stable
        keys = {}
        n = start_id
        for i, m in enumerate(self.msgs):
            m["id"] = "j%04d" % n
            m["line"] = i + 1
            n += 1
            if m["key"]:
                assert m["key"] not in keys, m["key"]
                keys[m["key"]] = m["id"]
        for m in self.msgs:
            if m["reply"]:
                m["replyTo"] = keys[m["reply"]]
        self.keys = keys
        return n

    def write(self, path):
        with open(path, "w", encoding="utf-8") as fh:
            for m in self.msgs:
                o = {"id": m["id"], "group": self.group, "time": iso(m["t"]), "sender": m["sender"]}
                sid = None if m["noid"] else sender_id(m["sender"])
                if sid:
                    o["senderId"] = sid
                o["type"] = m["type"]
                if m["text"] is not None:
                    o["text"] = m["text"]
                if m.get("replyTo"):
                    o["replyTo"] = m["replyTo"]
                if m["event"]:
                    o["event"] = m["event"]
                if m["target"]:
                    o["target"] = m["target"]
                if m["att"]:
                    o["attachment"] = m["att"]
                fh.write(json.dumps(o, ensure_ascii=False) + "\n")


def imgs(tag, n, day, hhmm):
    d = DAYS[day]
    base = "IMG_%s%02d%02d_%s" % (d.year, d.month, d.day, hhmm.replace(":", ""))
    return ["%s_%d.jpg" % (base, i + 1) for i in range(n)]
