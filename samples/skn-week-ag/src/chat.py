"""Layout helper for week AG (adapted from samples/weektools/chat.py): a post is a text with its photos,
videos or a file; system events; tags carrying the hand-written truth of the message they sit on.
It only numbers and times messages; every text and every note is written by hand in the g_*.py files."""
import datetime
import hashlib

from people import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))
D29 = datetime.date(2025, 12, 29)   # Monday, working day
D30 = datetime.date(2025, 12, 30)   # Tuesday, working day
D31 = datetime.date(2025, 12, 31)   # Wednesday, วันสิ้นปี (public holiday)
J1 = datetime.date(2026, 1, 1)      # Thursday, วันขึ้นปีใหม่ (public holiday)
J2 = datetime.date(2026, 1, 2)      # Friday, special government holiday (ครม.)


def when(day, hm):
    parts = [int(x) for x in hm.split(":")]
    while len(parts) < 3:
        parts.append(0)
    return datetime.datetime(day.year, day.month, day.day, *parts, tzinfo=BKK)


def F(rule, note, who=None):
    return ("F", rule, note, who)


def N(why):
    return ("N", why)


def A(order, district):
    return ("A", order, district)


class Msg:
    def __init__(self, chat, t, pid, name, type_, text=None, reply=None, event=None, target=None,
                 attachment=None, tags=(), key=None, sid=None):
        self.chat, self.t, self.pid, self.name, self.type = chat, t, pid, name, type_
        self.text, self.reply, self.event, self.target, self.attachment = text, reply, event, target, attachment
        self.tags, self.key, self.sid_pref = list(tags), key, sid
        self.id = None
        self.line = None
        self.seq = None

    @property
    def sender_id(self):
        if self.pid is None or self.sid_pref is False:
            return None
        p = PEOPLE[self.pid]
        if not p.line:
            return None
        if self.sid_pref is True:
            return p.line
        h = int(hashlib.sha256(f"{self.chat.fname}{self.t.isoformat()}{self.pid}".encode()).hexdigest(), 16)
        return p.line if h % 3 else None


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs = []
        self.keys = {}

    def _who(self, who, name):
        if who in PEOPLE:
            return who, name or PEOPLE[who].name
        return None, name or who

    def _add(self, m):
        m.seq = len(self.msgs)
        if not hasattr(m, "post"):
            m.post = m.seq
        self.msgs.append(m)
        if m.key:
            assert m.key not in self.keys, m.key
            self.keys[m.key] = m
        return m

    def say(self, day, hm, who, text=None, photos=0, file=None, reply=None, tags=(), name=None, sid=None,
            key=None, gap=15, caption_last=False, video=0):
        pid, disp = self._who(who, name)
        t = when(day, hm)
        step = datetime.timedelta(seconds=gap)
        stamp = t.strftime("%Y%m%d_%H%M")
        media = [("image", f"IMG_{stamp}{i + 1:02d}.jpg") for i in range(photos)]
        media += [("video", f"VID_{stamp}{i + 1:02d}.mp4") for i in range(video)]
        if file:
            media.append(("file", file))
        out = []
        if text is not None and not caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, reply, tags=tags, key=key, sid=sid))
            t += step
        for j, (ty, att) in enumerate(media):
            lead = not out
            out.append(Msg(self, t, pid, disp, ty, None, reply if lead else None, attachment=att,
                           tags=tags if lead else (), key=key if lead else None, sid=sid))
            t += step
        if text is not None and caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, None if media else reply,
                           tags=() if media else tags, key=None if media else key, sid=sid))
        post = len(self.msgs)
        for m in out:
            m.post = post
            self._add(m)
        return out[0]

    def sticker(self, day, hm, who, tags=(), name=None, reply=None, key=None, sid=None):
        pid, disp = self._who(who, name)
        return self._add(Msg(self, when(day, hm), pid, disp, "sticker", None, reply, tags=tags, key=key, sid=sid))

    def system(self, day, hm, event, who, target=None, tags=(), key=None, name=None, target_name=None):
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = target_name or (PEOPLE[target].name if target in PEOPLE else target)
        m = Msg(self, when(day, hm), pid, disp, "system", None, event=event, target=tname, tags=tags, key=key)
        m.target_pid = target if target in PEOPLE else None
        return self._add(m)

    def sorted(self):
        return sorted(self.msgs, key=lambda m: (m.t, m.seq))
