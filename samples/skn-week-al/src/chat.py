"""Layout helper: posts (text with photos/videos/a file), stickers and system notices of one chat, each carrying
the hand-written truth tags of the message it belongs to. It only numbers and times; every text is written by hand
in the g_*.py files."""
import datetime

from people import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))
YEAR, MONTH = 2026, 9


def when(day, hm, sec):
    p = [int(x) for x in hm.split(":")]
    if len(p) == 2:
        p.append(sec)
    return datetime.datetime(YEAR, MONTH, day, p[0], p[1], p[2], tzinfo=BKK)


def F(rule, note, who=None):
    """a finding (truth.csv row) on this message"""
    return ("F", rule, note, who)


def N(why):
    """a near miss on this message"""
    return ("N", why)


def A(order, district, note=None):
    """this message is the district's answer to the order (note: the hand-written truth note when it is late)"""
    return ("A", order, district, note)


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
        p = PEOPLE[self.pid]
        # about two messages in three carry the sender's id (LINE id, else e-mail on every second message)
        if p.line:
            return p.line if self.seq % 3 != 2 else None
        if p.email:
            return p.email if self.seq % 2 == 0 else None
        return None


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs, self.keys = [], {}

    def _who(self, who, name):
        if who in PEOPLE:
            return who, name or PEOPLE[who].name
        return None, name or who   # outsider: who is the display name

    def _add(self, m):
        m.seq = len(self.msgs)
        self.msgs.append(m)
        if m.key:
            assert m.key not in self.keys, m.key
            self.keys[m.key] = m
        return m

    def _sec(self):
        return (len(self.msgs) * 17 + 5) % 50

    def say(self, day, hm, who, text=None, ph=0, vid=0, file=None, reply=None, tags=(), name=None, noid=False,
            key=None, gap=12, cap_last=False):
        """one post: text, then photos/videos/file (or media first and the text last when cap_last).
        Tags and key go on the post's first message."""
        pid, disp = self._who(who, name)
        t = when(day, hm, self._sec())
        step = datetime.timedelta(seconds=gap)
        stamp = t.strftime("%Y%m%d_%H%M%S")
        media = [("image", f"IMG_{stamp}_{i + 1:02d}.jpg") for i in range(ph)]
        media += [("video", f"VID_{stamp}_{i + 1:02d}.mp4") for i in range(vid)]
        if file:
            media.append(("file", file))
        seqs = []
        if text is not None and not cap_last:
            seqs.append(("text", text))
        seqs += media
        if text is not None and cap_last:
            seqs.append(("text", text))
        first = None
        for j, (ty, x) in enumerate(seqs):
            m = Msg(self, t, pid, disp, ty, text=x if ty == "text" else None,
                    reply=reply if j == 0 else None, attachment=None if ty == "text" else x,
                    tags=tags if j == 0 else (), key=key if j == 0 else None, noid=noid)
            self._add(m)
            first = first or m
            t += step
        return first

    def sticker(self, day, hm, who, tags=(), name=None, reply=None, key=None, noid=False):
        pid, disp = self._who(who, name)
        return self._add(Msg(self, when(day, hm, self._sec()), pid, disp, "sticker", None, reply, tags=tags,
                             key=key, noid=noid))

    def system(self, day, hm, event, who, target=None, tags=(), name=None, target_name=None, key=None):
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = target_name or (PEOPLE[target].name if target in PEOPLE else target)
        m = Msg(self, when(day, hm, self._sec()), pid, disp, "system", event=event, target=tname, tags=tags, key=key)
        m.target_pid = target if target in PEOPLE else None
        return self._add(m)

    def sorted(self):
        return sorted(self.msgs, key=lambda m: (m.t, m.seq))
