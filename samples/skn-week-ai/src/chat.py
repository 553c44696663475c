"""Lays out posts (text + photos/files, stickers, system events) with their hand-written truth tags.
Adapted from samples/weektools/chat.py."""
import datetime
from people import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))
YEAR, MONTH = 2026, 5


def when(day, hm):
    h, m = (int(x) for x in hm.split(":")[:2])
    s = int(hm.split(":")[2]) if hm.count(":") == 2 else 0
    return datetime.datetime(YEAR, MONTH, day, h, m, s, tzinfo=BKK)


def F(rule, note, who=None):
    return ("F", rule, note, who)


def N(why):
    return ("N", why)


def A(order, district):
    return ("A", order, district)


class Msg:
    def __init__(self, chat, t, pid, name, type_, text=None, reply=None, event=None, target=None,
                 attachment=None, tags=(), key=None, noid=False):
        self.chat, self.t, self.pid, self.name, self.type = chat, t, pid, name, type_
        self.text, self.reply, self.event, self.target, self.attachment = text, reply, event, target, attachment
        self.tags, self.key, self.noid = list(tags), key, noid
        self.id = self.line = self.seq = None


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
            gap=25, caption_last=False, video=0, noid=False):
        pid, disp = self._who(who, name)
        t = when(day, hm)
        step = datetime.timedelta(seconds=gap)
        stamp = t.strftime("%y%m%d_%H%M")
        media = [("image", f"IMG_{stamp}{i + 1:02d}.jpg") for i in range(photos)]
        media += [("video", f"VID_{stamp}{i + 1:02d}.mp4") for i in range(video)]
        if file:
            media = [("file", file)] + media
        out = []
        if text is not None and not caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, reply, tags=tags, key=key, noid=noid))
            t += step
        for j, (ty, att) in enumerate(media):
            first = not out
            tg = tags if (first and text is None) or (first and caption_last) else ()
            k = key if first and (text is None or caption_last) else None
            out.append(Msg(self, t, pid, disp, ty, None, reply if first else None, attachment=att, tags=tg, key=k,
                           noid=noid))
            t += step
        if text is not None and caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, None, noid=noid))
        for m in out:
            self._add(m)
        return out[0]

    def sticker(self, day, hm, who, tags=(), name=None, reply=None, key=None):
        pid, disp = self._who(who, name)
        return self._add(Msg(self, when(day, hm), pid, disp, "sticker", None, reply, tags=tags, key=key))

    def system(self, day, hm, event, who, target=None, tags=(), name=None, key=None):
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = PEOPLE[target].name if target in PEOPLE else target
        return self._add(Msg(self, when(day, hm), pid, disp, "system", None, event=event, target=tname, tags=tags,
                             key=key))

    def sorted(self):
        return sorted(self.msgs, key=lambda m: (m.t, m.seq))
