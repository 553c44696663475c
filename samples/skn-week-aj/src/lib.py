"""Layout helpers for week AJ (after samples/weektools/chat.py): a chat is a list of messages written
by hand in the g_*.py files; these helpers only stamp times, number lines and ids, and carry the hand
tags (F = finding, N = near miss, A = answer to a ศอ order) to the message they belong to."""
import datetime
import hashlib

from people import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))
YEAR, MONTH = 2026, 8
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TH)


def when(day, hm):
    p = [int(x) for x in hm.split(":")]
    while len(p) < 3:
        p.append(0)
    return datetime.datetime(YEAR, MONTH, day, p[0], p[1], p[2], tzinfo=BKK)


def F(rule, note, who=None):
    return ("F", rule, note, who)


def N(why):
    return ("N", why)


def A(order, district, state, note=""):
    return ("A", order, district, state, note)


class Msg:
    def __init__(self, chat, day, hm, pid, name, type_, text=None, reply=None, event=None, target=None,
                 attachment=None, tags=(), key=None, noid=False):
        self.chat, self.pid, self.name, self.type = chat, pid, name, type_
        self.day, self.hm = day, hm
        self.text, self.reply, self.event, self.target, self.attachment = text, reply, event, target, attachment
        self.tags, self.key, self.noid = list(tags), key, noid
        self.t = None
        self.id = None
        self.line = None
        self.seq = None

    @property
    def sender_id(self):
        if self.noid or self.pid is None:
            return None
        line = PEOPLE[self.pid].line
        if not line:
            return None
        # about two messages in three carry the sender's LINE id (LINE omits it for desktop senders)
        h = int(hashlib.sha1(f"{self.day}{self.hm}{self.pid}{self.seq}".encode()).hexdigest(), 16)
        return line if h % 3 else None


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs = []
        self.keys = {}

    def _who(self, who, name):
        if who in PEOPLE:
            return who, name or PEOPLE[who].name
        assert who.startswith("!"), who
        return None, name or who[1:]

    def _add(self, m):
        m.seq = len(self.msgs)
        self.msgs.append(m)
        if m.key:
            assert m.key not in self.keys, m.key
            self.keys[m.key] = m
        return m

    def t(self, day, hm, who, text, tags=(), reply=None, key=None, name=None, noid=False):
        pid, nm = self._who(who, name)
        return self._add(Msg(self, day, hm, pid, nm, "text", text, reply, tags=tags, key=key, noid=noid))

    def media(self, kind, day, hm, who, n=1, tags=(), reply=None, key=None, name=None, noid=False, files=None):
        pid, nm = self._who(who, name)
        first = None
        ext = {"image": "jpg", "video": "mp4"}[kind]
        for i in range(n):
            stamp = f"2026080{day}_{hm.replace(':', '')}{i + 1:02d}"
            att = (files[i] if files else (f"IMG_{stamp}.{ext}" if kind == "image" else f"VID_{stamp}.{ext}"))
            m = self._add(Msg(self, day, hm, pid, nm, kind, None, reply if i == 0 else None, attachment=att,
                              tags=tags if i == 0 else (), key=key if i == 0 else None, noid=noid))
            first = first or m
        return first

    def img(self, day, hm, who, n=1, **kw):
        return self.media("image", day, hm, who, n, **kw)

    def vid(self, day, hm, who, n=1, **kw):
        return self.media("video", day, hm, who, n, **kw)

    def file(self, day, hm, who, fname, tags=(), reply=None, key=None, name=None, noid=False):
        pid, nm = self._who(who, name)
        return self._add(Msg(self, day, hm, pid, nm, "file", None, reply, attachment=fname, tags=tags, key=key,
                             noid=noid))

    def stk(self, day, hm, who, tags=(), reply=None, key=None, name=None, noid=False):
        pid, nm = self._who(who, name)
        return self._add(Msg(self, day, hm, pid, nm, "sticker", None, reply, tags=tags, key=key, noid=noid))

    def sys(self, day, hm, event, who, target=None, tags=(), key=None, name=None, target_name=None):
        pid, nm = self._who(who, name)
        tname = None
        if target is not None:
            tname = target_name or (PEOPLE[target].name if target in PEOPLE else target.lstrip("!"))
        m = Msg(self, day, hm, pid, nm, "system", None, event=event, target=tname, tags=tags, key=key)
        m.target_pid = target if target in PEOPLE else None
        return self._add(m)

    def finish(self):
        """Stamp seconds: messages keep the order written within a minute (a few seconds apart)."""
        order = sorted(self.msgs, key=lambda m: (m.day, m.hm, m.seq))
        count = {}
        for m in order:
            k = (m.day, m.hm)
            i = count.get(k, 0)
            count[k] = i + 1
            sec = min(3 + 6 * i, 59)
            m.t = when(m.day, m.hm + f":{sec:02d}")
        self.order = order
        return order
