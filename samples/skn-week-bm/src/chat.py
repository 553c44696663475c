"""Posts with their photos or files, system events, and the truth tags each message carries."""
import datetime
from people import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))
DAYS = {"mon": datetime.date(2026, 8, 31), "tue": datetime.date(2026, 9, 1), "wed": datetime.date(2026, 9, 2),
        "thu": datetime.date(2026, 9, 3), "fri": datetime.date(2026, 9, 4)}
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TH)


def when(day, hm):
    p = [int(x) for x in hm.split(":")] + [0, 0]
    d = DAYS[day]
    return datetime.datetime(d.year, d.month, d.day, p[0], p[1], p[2], tzinfo=BKK)


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
        self.target_pid = None

    @property
    def sender_id(self):
        if self.noid or self.pid is None:
            return None
        return PEOPLE[self.pid].line or None


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs, self.keys = [], {}
        self._n = 0

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

    def say(self, day, hm, who, text=None, photos=0, file=None, reply=None, tags=(), name=None, noid=False,
            key=None, gap=15, caption_last=False, video=0):
        pid, disp = self._who(who, name)
        t = when(day, hm)
        step = datetime.timedelta(seconds=gap)
        media = []
        for i in range(photos):
            self._n += 1
            media.append(("image", "IMG_%s_%03d.jpg" % (t.strftime("%Y%m%d_%H%M"), self._n % 1000)))
        for i in range(video):
            media.append(("video", "VID_%s.mp4" % t.strftime("%Y%m%d_%H%M%S")))
        if file:
            media.append(("file", file))
        out = []
        if text is not None and not caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, reply, tags=tags, key=key, noid=noid))
            t += step
        for j, (ty, att) in enumerate(media):
            first = not out
            tg = tags if (not out and j == 0) else ()
            k = key if (not out and j == 0) else None
            out.append(Msg(self, t, pid, disp, ty, None, reply if first else None, attachment=att, tags=tg, key=k,
                           noid=noid or (j % 3 == 2)))
            t += step
        if text is not None and caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, None, noid=noid))
        for m in out:
            self._add(m)
        return out[0]

    def sticker(self, day, hm, who, tags=(), name=None, reply=None, key=None, noid=False):
        pid, disp = self._who(who, name)
        return self._add(Msg(self, when(day, hm), pid, disp, "sticker", None, reply, tags=tags, key=key, noid=noid))

    def system(self, day, hm, event, who, target=None, text=None, tags=(), key=None, name=None):
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = PEOPLE[target].name if target in PEOPLE else target
        m = Msg(self, when(day, hm), pid, disp, "system", text, event=event, target=tname, tags=tags, key=key)
        m.target_pid = target if target in PEOPLE else None
        return self._add(m)

    def sorted(self):
        return sorted(self.msgs, key=lambda m: (m.t, m.seq))
