"""Lays out the week's chats: posts with their photos or files, system events, and the truth tags
carried by the message they belong to."""
import datetime
import hashlib

from people import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))
YEAR, MONTH = 2026, 8


def h(s, mod):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16) % mod


def when(day, hm, salt=""):
    parts = [int(x) for x in hm.split(":")]
    if len(parts) == 2:
        parts.append(3 + h(f"{day}{hm}{salt}", 40))
    return datetime.datetime(YEAR, MONTH, day, *parts, tzinfo=BKK)


# tags
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
        self.tags, self.key = list(tags), key
        self.sid = sid
        self.id = None
        self.line = None
        self.seq = None


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs = []
        self.keys = {}

    def _who(self, who, name):
        if who in PEOPLE:
            return who, name or PEOPLE[who].name
        return None, name or who  # outsider: who is the display name

    def _sid(self, pid, name, t, force):
        """senderId for a person with a LINE id on about two days in three per group (the days they post
        from the phone app; from LINE for PC no user id comes); always when force=True."""
        if force == "noid" or pid is None or not PEOPLE[pid].line:
            return force if isinstance(force, str) and force.startswith("U") else None
        if force is True:
            return PEOPLE[pid].line
        return PEOPLE[pid].line if h(f"{self.fname}{t.date().isoformat()}{pid}", 3) else None

    def _add(self, m):
        m.seq = len(self.msgs)
        self.msgs.append(m)
        if m.key:
            assert m.key not in self.keys, m.key
            self.keys[m.key] = m
        return m

    def say(self, day, hm, who, text=None, photos=0, file=None, reply=None, tags=(), name=None,
            sid=False, key=None, gap=18, caption_last=False, video=0, files=()):
        """One post: text (optional) plus photos/videos/files sent right after it (or right before it
        when caption_last). Tags and key go on the first message of the post."""
        pid, disp = self._who(who, name)
        t = when(day, hm, self.fname + disp)
        step = datetime.timedelta(seconds=gap)
        stamp = t.strftime("%Y%m%d_%H%M%S")
        media = []
        if file:
            media.append(("file", file))
        for f in files:
            media.append(("file", f))
        for i in range(photos):
            media.append(("image", f"IMG_{stamp}_{i + 1:02d}.jpg"))
        for i in range(video):
            media.append(("video", f"VID_{stamp}_{i + 1:02d}.mp4"))
        seq = []
        if text is not None and not caption_last:
            seq.append(("text", text))
        seq.extend(media)
        if text is not None and caption_last:
            seq.append(("text", text))
        out = []
        for j, (ty, val) in enumerate(seq):
            first = j == 0
            m = Msg(self, t, pid, disp, ty, val if ty == "text" else None, reply if first else None,
                    attachment=None if ty == "text" else val, tags=tags if first else (),
                    key=key if first else None, sid=self._sid(pid, disp, t, sid))
            out.append(self._add(m))
            t += step
        return out[0]

    def sticker(self, day, hm, who, tags=(), name=None, reply=None, key=None, sid=False):
        pid, disp = self._who(who, name)
        t = when(day, hm, self.fname + disp + "st")
        return self._add(Msg(self, t, pid, disp, "sticker", None, reply, tags=tags, key=key,
                             sid=self._sid(pid, disp, t, sid)))

    def system(self, day, hm, event, who, target=None, tags=(), key=None, name=None, target_name=None,
               sid=False):
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = target_name or (PEOPLE[target].name if target in PEOPLE else target)
        t = when(day, hm, self.fname + disp + event)
        m = Msg(self, t, pid, disp, "system", None, event=event, target=tname, tags=tags, key=key,
                sid=self._sid(pid, disp, t, sid))
        return self._add(m)

    def sorted(self):
        return sorted(self.msgs, key=lambda m: (m.t, m.seq))
