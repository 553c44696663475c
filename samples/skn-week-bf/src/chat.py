"""Posts with their photos or files, system events, and the truth tags carried by the message they belong to."""
import datetime
import hashlib

from people import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))
YEAR, MONTH = 2026, 11


def when(day, hm):
    parts = [int(x) for x in hm.split(":")]
    exact = len(parts) == 3
    while len(parts) < 3:
        parts.append(0)
    return datetime.datetime(YEAR, MONTH, day, *parts, tzinfo=BKK), exact


def F(rule, note, who=None):
    return ("F", rule, note, who)


def N(why):
    return ("N", why)


def A(order, district, state="on-time"):
    return ("A", order, district, state)


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
        self.target_pid = None

    @property
    def sender_id(self):
        if self.noid or self.pid is None or self.type == "system":
            return None
        p = PEOPLE[self.pid]
        if not p.line:
            return None
        # about two messages in three carry the sender's LINE id
        if _h(f"{self.chat.fname}|{self.seq}|{self.pid}", 3) == 0:
            return None
        return p.line


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs = []
        self.keys = {}

    def _who(self, who, name):
        if who in PEOPLE:
            return who, name or PEOPLE[who].name
        return None, name or who  # outsider: who is the display name

    def _stamp(self, day, hm):
        t, exact = when(day, hm)
        if not exact:
            t += datetime.timedelta(seconds=3 + _h(f"{self.fname}|{day}|{hm}|{len(self.msgs)}", 45))
        if self.msgs and t <= self.msgs[-1].t:
            if exact:
                raise ValueError(f"{self.fname}: exact time {day} {hm} not after the previous message")
            req = t
            t = self.msgs[-1].t + datetime.timedelta(seconds=4 + _h(f"{self.fname}|{len(self.msgs)}", 9))
            if (t - req).total_seconds() > 150:
                raise ValueError(f"{self.fname}: {day} {hm} written out of order (previous {self.msgs[-1].t})")
        return t

    def _add(self, m):
        if self.msgs and m.t <= self.msgs[-1].t:
            m.t = self.msgs[-1].t + datetime.timedelta(seconds=5)
        m.seq = len(self.msgs)
        self.msgs.append(m)
        if m.key:
            assert m.key not in self.keys, m.key
            self.keys[m.key] = m
        return m

    def say(self, day, hm, who, text=None, photos=0, file=None, reply=None, tags=(), name=None,
            noid=False, key=None, caption_last=False, video=0, files=None):
        """One post: text (optional) plus photos/videos/files sent right after it (or right before it
        when caption_last). Tags and key go on the post's first message."""
        pid, disp = self._who(who, name)
        t = self._stamp(day, hm)
        stamp = t.strftime("%Y%m%d_%H%M")
        media = []
        for i in range(photos):
            media.append(("image", f"IMG_{stamp}{_h(disp + str(i), 90) + 10:02d}{i + 1}.jpg"))
        for i in range(video):
            media.append(("video", f"VID_{stamp}{i + 1:02d}.mp4"))
        for fl in ([file] if file else []) + (files or []):
            media.append(("file", fl))
        items = []
        if text is not None and not caption_last:
            items.append(("text", text))
        items += media
        if text is not None and caption_last:
            items.append(("text", text))
        first = None
        for j, (ty, val) in enumerate(items):
            if j:
                t = t + datetime.timedelta(seconds=6 + _h(f"{disp}{stamp}{j}", 20))
            m = Msg(self, t, pid, disp, ty, val if ty == "text" else None, reply if j == 0 else None,
                    attachment=None if ty == "text" else val, tags=tags if j == 0 else (),
                    key=key if j == 0 else None, noid=noid)
            self._add(m)
            if first is None:
                first = m
        return first

    def sticker(self, day, hm, who, tags=(), name=None, reply=None, key=None, noid=False):
        pid, disp = self._who(who, name)
        return self._add(Msg(self, self._stamp(day, hm), pid, disp, "sticker", None, reply, tags=tags, key=key,
                             noid=noid))

    def system(self, day, hm, event, who, target=None, tags=(), key=None, name=None, target_name=None):
        pid, disp = self._who(who, name)
        tname = target_name if target is None else None
        if target is not None:
            tname = target_name or (PEOPLE[target].name if target in PEOPLE else target)
        m = Msg(self, self._stamp(day, hm), pid, disp, "system", None, event=event, target=tname, tags=tags,
                key=key)
        m.target_pid = target if target in PEOPLE else None
        return self._add(m)

    def sorted(self):
        return list(self.msgs)
