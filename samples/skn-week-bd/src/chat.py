"""Lays out a group's posts: a post is a text with the photos, videos or file sent right after it (or
photos with a caption after them); system notices; and the truth tags carried by the message a post is
cited by. Times are written to the minute; seconds are laid out per minute so that the order written
here is kept."""
import datetime
import hashlib

from people import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))
YEAR, MONTH = 2026, 11
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(THAI_DIGITS)


def when(day, hm):
    h, m = (int(x) for x in hm.split(":"))
    return datetime.datetime(YEAR, MONTH, day, h, m, tzinfo=BKK)


def F(rule, note, who=None):
    return ("F", rule, note, who)


def N(why):
    return ("N", why)


def A(order, district, expect):
    return ("A", order, district, expect)


def h(s, mod):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16) % mod


class Msg:
    def __init__(self, chat, t, pid, name, type_, text=None, reply=None, event=None, target=None,
                 attachment=None, tags=(), key=None, idmode=None):
        self.chat, self.t, self.pid, self.name, self.type = chat, t, pid, name, type_
        self.text, self.reply, self.event, self.target, self.attachment = text, reply, event, target, attachment
        self.tags, self.key, self.idmode = list(tags), key, idmode
        self.id = None
        self.line = None
        self.seq = None
        self.post = None  # first message of the post this message belongs to

    @property
    def sender_id(self):
        if self.type == "system" or self.pid is None:
            return None
        line = PEOPLE[self.pid].line
        if not line or self.idmode == "no":
            return None
        if self.idmode == "yes":
            return line
        # about two messages in three carry the sender's id (LINE PC senders carry none)
        return line if h(f"{self.chat.fname}/{self.seq}", 3) != 0 else None


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs = []
        self.keys = {}

    def _who(self, who, name):
        if who in PEOPLE:
            return who, name or PEOPLE[who].name
        return None, name or who  # someone not on the roster: who is the display name

    def _add(self, m):
        m.seq = len(self.msgs)
        self.msgs.append(m)
        if m.key:
            assert m.key not in self.keys, m.key
            self.keys[m.key] = m
        return m

    def say(self, day, hm, who, text=None, photos=0, file=None, reply=None, tags=(), name=None, key=None,
            caption_last=False, video=0, idmode=None):
        pid, disp = self._who(who, name)
        t = when(day, hm)
        stamp = t.strftime("%Y%m%d_%H%M")
        media = [("image", f"IMG_{stamp}_{h(str(pid) + stamp + str(len(self.msgs)), 9000) + 1000}_{i + 1}.jpg")
                 for i in range(photos)]
        media += [("video", f"VID_{stamp}_{i + 1}.mp4") for i in range(video)]
        if file:
            media.append(("file", file))
        out = []
        if text is not None and not caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, reply, tags=tags, key=key, idmode=idmode))
        for j, (ty, att) in enumerate(media):
            lead = not out
            out.append(Msg(self, t, pid, disp, ty, None, reply if lead else None, attachment=att,
                           tags=tags if lead else (), key=key if lead else None, idmode=idmode))
        if text is not None and caption_last:
            out.append(Msg(self, t, pid, disp, "text", text, None, idmode=idmode))
        for m in out:
            self._add(m)
            m.post = out[0]
        return out[0]

    def sticker(self, day, hm, who, tags=(), name=None, reply=None, key=None, idmode=None):
        pid, disp = self._who(who, name)
        m = self._add(Msg(self, when(day, hm), pid, disp, "sticker", None, reply, tags=tags, key=key, idmode=idmode))
        m.post = m
        return m

    def system(self, day, hm, event, who, target=None, tags=(), key=None, name=None, target_name=None):
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = target_name or (PEOPLE[target].name if target in PEOPLE else target)
        m = Msg(self, when(day, hm), pid, disp, "system", None, event=event, target=tname, tags=tags, key=key)
        m.target_pid = target if target in PEOPLE else None
        self._add(m)
        m.post = m
        return m

    def finish(self):
        """Order by time (stable) and lay out seconds within each minute."""
        self.msgs.sort(key=lambda m: (m.t, m.seq))
        for i, m in enumerate(self.msgs):
            m.seq = i
        by_min = {}
        for m in self.msgs:
            by_min.setdefault(m.t, []).append(m)
        for t, ms in by_min.items():
            k = len(ms)
            step = max(1, min(11, 56 // k))
            for i, m in enumerate(ms):
                jitter = h(f"{self.fname}{t}{i}", 3) if step > 3 else 0
                m.t = t + datetime.timedelta(seconds=min(59, 2 + i * step + jitter))
        return self


_uses = {}


def NL(why, limit):
    """A near-miss tag for the first `limit` posts of a repeated kind (the later ones are as allowed, but
    the list keeps a few of each kind)."""
    k = _uses.get(why, 0)
    _uses[why] = k + 1
    return [N(why)] if k < limit else []
