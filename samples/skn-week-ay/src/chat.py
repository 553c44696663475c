"""A small builder for the week's chats: posts with their photos or files, system events, and the
hand-written truth tags carried by the message they belong to."""
import datetime

import week
from people import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(THAI_DIGITS)


def when(day, hm):
    """day: a day of the week's month (week.YEAR, week.MONTH) or a date; hm: 'HH:MM' or 'HH:MM:SS'."""
    parts = [int(x) for x in hm.split(":")]
    while len(parts) < 3:
        parts.append(0)
    d = day if isinstance(day, datetime.date) else datetime.date(week.YEAR, week.MONTH, day)
    return datetime.datetime(d.year, d.month, d.day, *parts, tzinfo=BKK)


# tags
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
        self.id = None
        self.line = None
        self.seq = None

    @property
    def sender_id(self):
        if self.noid or self.pid is None:
            return None
        return PEOPLE[self.pid].line or None


class Chat:
    all_chats = []

    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs = []
        self.keys = {}
        Chat.all_chats.append(self)

    def _who(self, who, name):
        if who in PEOPLE:
            return who, name or PEOPLE[who].name
        return None, name or who  # outsider: who is the display name

    def _add(self, m):
        m.seq = len(self.msgs)
        self.msgs.append(m)
        if m.key:
            assert m.key not in self.keys, m.key
            self.keys[m.key] = m
        return m

    def say(self, day, hm, who, text=None, photos=0, file=None, reply=None, tags=(), name=None,
            noid=False, key=None, gap=20, caption_last=False, video=0):
        """One post: text (optional) plus photos/videos/a file sent right after it (or right before it
        when caption_last). Tags go on the text, else on the first media message."""
        pid, disp = self._who(who, name)
        t = when(day, hm)
        step = datetime.timedelta(seconds=gap)
        stamp = t.strftime("%Y%m%d_%H%M")
        media = []
        for i in range(photos):
            media.append(("image", f"IMG_{stamp}{i + 1:02d}.jpg"))
        for i in range(video):
            media.append(("video", f"VID_{stamp}{i + 1:02d}.mp4"))
        if file:
            media.append(("file", file))
        out = []
        if text is not None and not caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, reply, tags=tags, key=key, noid=noid))
            t += step
        for j, (ty, att) in enumerate(media):
            first = not out and not (text is not None and not caption_last)
            lead = (text is None or caption_last) and j == 0
            tg = tags if lead else ()
            k = key if lead else None
            out.append(Msg(self, t, pid, disp, ty, None, reply if first else None, attachment=att,
                           tags=tg, key=k, noid=noid))
            t += step
        if text is not None and caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, None if media else reply,
                           tags=() if media else tags, key=None if media else key, noid=noid))
        for m in out:
            self._add(m)
        return out[0]

    def sticker(self, day, hm, who, tags=(), name=None, reply=None, key=None, noid=False):
        pid, disp = self._who(who, name)
        return self._add(Msg(self, when(day, hm), pid, disp, "sticker", None, reply, tags=tags, key=key,
                             noid=noid))

    def system(self, day, hm, event, who, target=None, text=None, tags=(), key=None, name=None,
               target_name=None):
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = target_name or (PEOPLE[target].name if target in PEOPLE else target)
        m = Msg(self, when(day, hm), pid, disp, "system", text, event=event, target=tname, tags=tags,
                key=key)
        m.target_pid = target if target in PEOPLE else None
        return self._add(m)

    def sorted(self):
        return sorted(self.msgs, key=lambda m: (m.t, m.seq))
