"""Posts with their photos or files, system events, and the hand-written truth tags of each message."""
import datetime
import hashlib

from people import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))
TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TD)


def when(day, hm):
    parts = [int(x) for x in hm.split(":")]
    while len(parts) < 3:
        parts.append(0)
    return datetime.datetime(2026, 11, day, *parts, tzinfo=BKK)


def F(rule, note, who=None):
    return ("F", rule, note, who)


def N(why):
    return ("N", why)


def A(order, district, day=0):
    return ("A", order, district, day)


def h(key, n):
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % n


class Msg:
    def __init__(self, chat, t, pid, name, type_, text=None, reply=None, event=None, target=None,
                 attachment=None, tags=(), key=None, noid=False, mentions=None):
        self.chat, self.t, self.pid, self.name, self.type = chat, t, pid, name, type_
        self.text, self.reply, self.event, self.target, self.attachment = text, reply, event, target, attachment
        self.tags, self.key, self.noid, self.mentions = list(tags), key, noid, mentions
        self.id = None
        self.line = None
        self.seq = None

    @property
    def sender_id(self):
        if self.pid is None or self.noid:
            return None
        p = PEOPLE[self.pid]
        if not p.line:
            return None
        if self.name != p.name:   # a name not the person's first: always with the id
            return p.line
        return p.line if h(f"{self.chat.fname}{self.t}{self.type}", 3) else None


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
        self.msgs.append(m)
        if m.key:
            assert m.key not in self.keys, m.key
            self.keys[m.key] = m
        return m

    def say(self, day, hm, who, text=None, photos=0, file=None, reply=None, tags=(), name=None, key=None,
            gap=15, caption_last=False, video=0, mentions=None, noid=False):
        pid, disp = self._who(who, name)
        t = when(day, hm)
        step = datetime.timedelta(seconds=gap)
        stamp = t.strftime("%Y%m%d_%H%M")
        media = [("image", f"IMG_{stamp}_{i + 1:02d}.jpg") for i in range(photos)]
        media += [("video", f"VID_{stamp}_{i + 1:02d}.mp4") for i in range(video)]
        if file:
            for f in ([file] if isinstance(file, str) else file):
                media.append(("file", f))
        out = []
        text_first = text is not None and not caption_last
        if text_first:
            out.append(Msg(self, t, pid, disp, "text", text, reply, tags=tags, key=key, mentions=mentions, noid=noid))
            t += step
        for j, (ty, att) in enumerate(media):
            lead = not text_first and j == 0
            out.append(Msg(self, t, pid, disp, ty, None, reply if lead else None, attachment=att,
                           tags=tags if lead else (), key=key if lead else None, noid=noid))
            t += step
        if text is not None and caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, None, noid=noid))
        for m in out:
            self._add(m)
        return out[0]

    def sticker(self, day, hm, who, tags=(), name=None, reply=None, key=None):
        pid, disp = self._who(who, name)
        return self._add(Msg(self, when(day, hm), pid, disp, "sticker", None, reply, tags=tags, key=key))

    def system(self, day, hm, event, who, target=None, tags=(), name=None, text=None, key=None):
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = PEOPLE[target].name if target in PEOPLE else target
        m = Msg(self, when(day, hm), pid, disp, "system", text, event=event, target=tname, tags=tags, key=key)
        return self._add(m)

    def sorted(self):
        return sorted(self.msgs, key=lambda m: (m.t, m.seq))
