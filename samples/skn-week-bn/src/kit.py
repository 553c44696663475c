"""Lays out one chat: posts (text with the photos, videos or file sent with it), stickers and system notices,
each carrying its truth tags. Adds seconds in the JSONL groups and keeps the messages in their order."""
import datetime
import hashlib

from people import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))
TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TD)


def F(rule, note, who=None):
    return ("F", rule, note, who)


def N(why):
    return ("N", why)


def A(order, district):
    return ("A", order, district)


def _h(s, mod):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16) % mod


class Msg:
    def __init__(self, chat, t, pid, name, type_, text=None, reply=None, event=None, target=None,
                 attachment=None, tags=(), key=None, noid=False):
        self.chat, self.t, self.pid, self.name, self.type = chat, t, pid, name, type_
        self.text, self.reply, self.event, self.target, self.attachment = text, reply, event, target, attachment
        self.tags, self.key, self.noid = list(tags), key, noid
        self.id = None
        self.line = None
        self.seq = None

    @property
    def sender_id(self):
        if self.noid or self.pid is None or self.type == "system":
            return None
        p = PEOPLE[self.pid]
        if not p.line:
            return None
        # about one message in three reaches the log without the sender's id (LINE for PC, old exports)
        if _h(f"{self.chat.fname}/{self.seq}/{self.pid}", 3) == 0:
            return None
        return p.line


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs = []
        self.keys = {}
        self.day = None

    def _when(self, day, hm):
        parts = [int(x) for x in hm.split(":")]
        if len(parts) == 2:
            sec = 0 if self.export else 3 + _h(f"{self.fname}{day}{hm}{len(self.msgs)}", 50)
            parts.append(sec)
        if self.export:
            parts[2] = 0
        month = 9 if day >= 28 else 10
        t = datetime.datetime(2026, month, day, parts[0], parts[1], parts[2], tzinfo=BKK)
        if self.msgs:
            last = self.msgs[-1].t
            assert t.replace(second=0) >= last.replace(second=0), (self.fname, day, hm, "written out of order")
            if not self.export and t <= last:
                t = last + datetime.timedelta(seconds=2)
        return t

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

    def say(self, day, hm, who, text=None, photos=0, file=None, video=0, reply=None, tags=(), name=None,
            noid=False, key=None, media_first=False):
        """One post. media_first: the photos/file/video come before the text (a caption typed after them,
        or a letter sent as a PDF before its text); the tags and key then go on the first media message."""
        pid, disp = self._who(who, name)
        t = self._when(day, hm)
        media = []
        stamp = t.strftime("%Y%m%d_%H%M")
        for i in range(photos):
            media.append(("image", f"IMG_{stamp}_{i + 1:02d}.jpg"))
        for i in range(video):
            media.append(("video", f"VID_{stamp}_{i + 1:02d}.mp4"))
        if file:
            media.append(("file", file))
        order = []
        if text is not None and not media_first:
            order.append(("text", None))
        order.extend(media)
        if text is not None and media_first:
            order.append(("text", None))
        first = None
        for j, (ty, att) in enumerate(order):
            if j > 0:
                step = 0 if self.export else 6 + _h(f"{stamp}{j}{disp}", 14)
                t = t + datetime.timedelta(seconds=step)
            m = Msg(self, t, pid, disp, ty, text if ty == "text" else None, reply if j == 0 else None,
                    attachment=att, tags=tags if j == 0 else (), key=key if j == 0 else None, noid=noid)
            self._add(m)
            if first is None:
                first = m
        return first

    def sticker(self, day, hm, who, tags=(), name=None, reply=None, key=None, noid=False):
        pid, disp = self._who(who, name)
        return self._add(Msg(self, self._when(day, hm), pid, disp, "sticker", None, reply, tags=tags, key=key,
                             noid=noid))

    def system(self, day, hm, event, who, target=None, tags=(), key=None, name=None, target_name=None):
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = target_name or (PEOPLE[target].name if target in PEOPLE else target)
        m = Msg(self, self._when(day, hm), pid, disp, "system", None, event=event, target=tname, tags=tags, key=key)
        m.target_pid = target if target in PEOPLE else None
        return self._add(m)
