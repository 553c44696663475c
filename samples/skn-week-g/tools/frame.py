# Small helpers to write the week's chats as data, with the hand-made annotations kept beside each message.
from roster_data import P

DAY = {"Mon": "2026-04-20", "Tue": "2026-04-21", "Wed": "2026-04-22", "Thu": "2026-04-23", "Fri": "2026-04-24"}
DAYNO = {"Mon": 20, "Tue": 21, "Wed": 22, "Thu": 23, "Fri": 24}


class Group:
    pic = 0
    def __init__(self, name, fname):
        self.name, self.fname, self.msgs = name, fname, []
        self.sec = {}

    def _time(self, day, hm):
        if hm.count(":") == 2:
            return "%sT%s+07:00" % (DAY[day], hm)
        key = (day, hm)
        n = self.sec.get(key, 0)
        self.sec[key] = n + 1
        return "%sT%s:%02d+07:00" % (DAY[day], hm, 4 + n * 7)

    def add(self, day, hm, who, mtype, text=None, attachment=None, event=None, target=None,
            noid=False, reply=None, **ann):
        if who.startswith("!"):
            sender, key = who[1:], None
        else:
            key = who
            sender = P[who]["disp"][0]
        if "as_name" in ann:
            sender = ann.pop("as_name")
            noid = True
        m = {"group": self.name, "time": self._time(day, hm), "sender": sender, "type": mtype}
        if key and P[key]["uid"] and not noid:
            m["senderId"] = P[key]["uid"]
        if text is not None:
            m["text"] = text
        if attachment:
            m["attachment"] = attachment
        if event:
            m["event"] = event
        if target:
            m["target"] = target
        m["_key"] = key
        m["_reply"] = reply
        m["_ann"] = ann
        self.msgs.append(m)
        return m

    # posts
    def t(self, day, hm, who, text, **kw):
        return self.add(day, hm, who, "text", text, **kw)

    def img(self, day, hm, who, n=1, **kw):
        first = None
        for i in range(n):
            a = kw if i == 0 else {}
            Group.pic += 7919
            m = self.add(day, hm, who, "image", attachment="S__%d.jpg" % (20480000 + Group.pic), **a)
            first = first or m
        return first

    def pdf(self, day, hm, who, fname, **kw):
        return self.add(day, hm, who, "file", attachment=fname, **kw)

    def stk(self, day, hm, who, **kw):
        return self.add(day, hm, who, "sticker", **kw)

    def sys(self, day, hm, who, event, target=None, **kw):
        return self.add(day, hm, who, "system", event=event, target=target, **kw)


class Export:
    """A LINE phone export, Thai UI."""
    WD = {"Mon": "จ.", "Tue": "อ.", "Wed": "พ.", "Thu": "พฤ.", "Fri": "ศ."}

    def __init__(self, name, fname):
        self.name, self.fname, self.entries = name, fname, []

    def m(self, day, hm, who, text, **ann):
        sender = P[who]["disp"][0] if not who.startswith("!") else who[1:]
        if "as_name" in ann:
            sender = ann.pop("as_name")
        e = dict(day=day, hm=hm, sender=sender, text=text, key=None if who.startswith("!") else who, sys=False, ann=ann)
        self.entries.append(e)
        return e

    def photo(self, day, hm, who, n=1, **ann):
        first = None
        for i in range(n):
            e = self.m(day, hm, who, "[รูป]", **(ann if i == 0 else {}))
            first = first or e
        return first

    def sticker(self, day, hm, who, **ann):
        return self.m(day, hm, who, "[สติกเกอร์]", **ann)

    def sysl(self, day, hm, text, actor=None, target=None, event=None, **ann):
        e = dict(day=day, hm=hm, sender="", text=text, key=None, sys=True, actor=actor, target=target, event=event, ann=ann)
        self.entries.append(e)
        return e

    def render(self, saved):
        lines = ['[LINE] ประวัติการแชทในกลุ่ม "%s"' % self.name, "บันทึกเมื่อ " + saved, ""]
        phys = 3
        cur = None
        order = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4}
        self.entries.sort(key=lambda e: (order[e["day"]], e["hm"]))
        for e in self.entries:
            if e["day"] != cur:
                if cur is not None:
                    lines.append("")
                    phys += 1
                cur = e["day"]
                lines.append("%s %02d/04/2569" % (self.WD[cur], DAYNO[cur]))
                phys += 1
            e["line"] = phys + 1
            txt = e["text"]
            if "\n" in txt:
                txt = '"' + txt.replace('"', '""') + '"'
            if e["sys"]:
                lines.append("%s\t\t%s" % (e["hm"], txt))
            else:
                lines.append("%s\t%s\t%s" % (e["hm"], e["sender"], txt))
            phys += txt.count("\n") + 1
        return "\n".join(lines) + "\n"
