"""Posts with their photos or files, system events, and the truth tags carried by the message they belong to."""
import datetime
import hashlib
from people import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(THAI)


def when(day, hm):
    p = [int(x) for x in hm.split(":")] + [0, 0]
    return datetime.datetime(2026, 3, day, p[0], p[1], p[2], tzinfo=BKK)


def F(rule, note, who=None):
    return ("F", rule, note, who)


def N(why):
    return ("N", why)


def A(order, district, slot=0):
    return ("A", order, district, slot)


def num(key, lo, hi):
    return lo + int(hashlib.sha256(key.encode()).hexdigest(), 16) % (hi - lo + 1)


class Msg:
    def __init__(self, chat, t, pid, name, type_, text=None, reply=None, event=None, target=None,
                 attachment=None, tags=(), key=None):
        self.chat, self.t, self.pid, self.name, self.type = chat, t, pid, name, type_
        self.text, self.reply, self.event, self.target, self.attachment = text, reply, event, target, attachment
        self.tags, self.key = list(tags), key
        self.id = self.line = self.seq = None

    @property
    def sender_id(self):
        if self.pid is None or self.type == "system":
            return None
        p = PEOPLE[self.pid]
        if not p.line or num(f"{self.chat.fname}{self.seq}", 0, 2) == 0:
            return None
        return p.line


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs, self.keys = [], {}

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
            caption_last=False, video=0):
        pid, disp = self._who(who, name)
        t = when(day, hm)
        if len(hm) == 5:
            t += datetime.timedelta(seconds=num(f"{self.fname}{day}{hm}{who}", 2, 14))
        step = datetime.timedelta(seconds=15)
        stamp = t.strftime("%Y%m%d_%H%M")
        media = [("image", f"IMG_{stamp}{i + 1:02d}.jpg") for i in range(photos)]
        media += [("video", f"VID_{stamp}{i + 1:02d}.mp4") for i in range(video)]
        if file:
            media.append(("file", file))
        out = []
        if text is not None and not caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, reply, tags=tags, key=key))
            t += step
        for j, (ty, att) in enumerate(media):
            first = not out
            tg = tags if (text is None and j == 0) or (caption_last and j == 0) else ()
            k = key if (text is None and j == 0) else None
            out.append(Msg(self, t, pid, disp, ty, None, reply if first else None, attachment=att, tags=tg, key=k))
            t += step
        if text is not None and caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, None, tags=(), key=key))
        for m in out:
            self._add(m)
        return out[0]

    def sticker(self, day, hm, who, tags=(), name=None, reply=None, key=None):
        pid, disp = self._who(who, name)
        t = when(day, hm) + datetime.timedelta(seconds=num(f"s{self.fname}{day}{hm}{who}", 2, 40))
        return self._add(Msg(self, t, pid, disp, "sticker", None, reply, tags=tags, key=key))

    def system(self, day, hm, event, who, target=None, tags=(), name=None, text=None):
        pid, disp = self._who(who, name)
        tname = PEOPLE[target].name if target in PEOPLE else target
        m = Msg(self, when(day, hm) + datetime.timedelta(seconds=1), pid, disp, "system", text, event=event,
                target=tname, tags=tags)
        return self._add(m)

    def sorted(self):
        return sorted(self.msgs, key=lambda m: (m.t, m.seq))
