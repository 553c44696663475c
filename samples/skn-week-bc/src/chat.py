"""A small builder for the week's chats: posts with their photos or files, system notices, and the truth tags
carried by the message they belong to. Messages are written in time order;
times are given to the minute and JSONL messages get seconds spread inside their minute."""
import datetime
import hashlib

from people import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))
YEAR, MONTH = 2026, 7
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(THAI_DIGITS)


def when(day, hm):
    h, m = (int(x) for x in hm.split(":"))
    if day > 31:  # 32 = 1 August
        d = datetime.date(2026, 8, day - 31)
    else:
        d = datetime.date(YEAR, MONTH, day)
    return datetime.datetime(d.year, d.month, d.day, h, m, 0, tzinfo=BKK)


# tags
def F(rule, note, who=None):
    return ("F", rule, note, who)


def N(why):
    return ("N", why)


def A(order, district):
    return ("A", order, district)


class Msg:
    def __init__(self, chat, t, pid, name, type_, text=None, event=None, target=None, attachment=None,
                 tags=(), reply=None, noid=False, forceid=False):
        self.chat, self.t, self.pid, self.name, self.type = chat, t, pid, name, type_
        self.text, self.event, self.target, self.attachment = text, event, target, attachment
        self.tags, self.reply, self.noid, self.forceid = list(tags), reply, noid, forceid
        self.id = None
        self.line = None
        self.seq = None
        self.target_pid = None

    @property
    def sender_id(self):
        if self.pid is None or self.type == "system" or self.noid:
            return None
        line = PEOPLE[self.pid].line
        if not line:
            return None
        if self.forceid:
            return line
        # LINE PC senders carry no user id: about one message in four of people with an id
        h = int(hashlib.sha256(f"{self.chat.fname}/{self.seq}".encode()).hexdigest(), 16)
        return None if h % 4 == 0 else line


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs = []
        self.keys = {}
        self.orders = {}
        self.alias = {}

    def _who(self, who, name):
        if who in PEOPLE:
            return who, name or self.alias.get(who) or PEOPLE[who].name
        return None, name or who  # outsider: who is the display name

    def _add(self, m, key=None):
        if self.msgs:
            assert m.t >= self.msgs[-1].t, (self.fname, m.t, m.text or m.type)
        m.seq = len(self.msgs)
        self.msgs.append(m)
        if key:
            assert key not in self.keys, key
            self.keys[key] = m
        return m

    def say(self, day, hm, who, text=None, photos=0, file=None, video=0, tags=(), name=None, noid=False,
            forceid=False, key=None, caption=None, reply=None):
        """One post: text (optional) then photos/videos/a file; or photos then a caption (caption=...).
        Tags and key go on the post's first message."""
        pid, disp = self._who(who, name)
        t = when(day, hm)
        stamp = t.strftime("%Y%m%d_%H%M")
        hexs = hashlib.sha256(f"{self.fname}{stamp}{pid}".encode()).hexdigest().upper()
        out = []
        if text is not None:
            out.append(Msg(self, t, pid, disp, "text", text, tags=tags, reply=reply, noid=noid, forceid=forceid))
        for i in range(photos):
            out.append(Msg(self, t, pid, disp, "image", attachment=f"IMG_{hexs[i * 8:i * 8 + 8]}.jpg",
                           noid=noid, forceid=forceid))
        for i in range(video):
            out.append(Msg(self, t, pid, disp, "video", attachment=f"VID_{stamp}_{i + 1}.mp4", noid=noid,
                           forceid=forceid))
        if file:
            out.append(Msg(self, t, pid, disp, "file", attachment=file, noid=noid, forceid=forceid))
        if caption is not None:
            out.append(Msg(self, t, pid, disp, "text", caption, noid=noid, forceid=forceid))
        if text is None:
            out[0].tags = list(tags)
            out[0].reply = reply
        for j, m in enumerate(out):
            self._add(m, key if j == 0 else None)
        return out[0]

    def sticker(self, day, hm, who, tags=(), name=None, key=None, noid=False, forceid=False, reply=None):
        pid, disp = self._who(who, name)
        return self._add(Msg(self, when(day, hm), pid, disp, "sticker", tags=tags, noid=noid, forceid=forceid,
                             reply=reply), key)

    def system(self, day, hm, event, who, target=None, tags=(), name=None, target_name=None, key=None):
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = target_name or (PEOPLE[target].name if target in PEOPLE else target)
        m = Msg(self, when(day, hm), pid, disp, "system", event=event, target=tname, tags=tags)
        m.target_pid = target if target in PEOPLE else None
        return self._add(m, key)

    def order(self, key, msg, districts, deadline, reasoning, topic, wording):
        from people import DISTRICTS
        ds = list(DISTRICTS) if districts == "all" else list(districts)
        for d in ds:
            assert d in DISTRICTS, d
        self.orders[key] = dict(msg=msg, districts=ds, deadline=deadline, reasoning=reasoning, topic=topic,
                                wording=wording)
        return msg


def dl(day, hm, sec=0):
    t = when(day, hm)
    return t.replace(second=sec)


def end_of(day):
    return dl(day, "23:59", 59)
