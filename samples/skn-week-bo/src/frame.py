"""Lays the hand-written messages of week BO out as chat records: a post with its photos or file,
stickers, system notices, and the truth tags carried by the message they belong to."""
import datetime
import hashlib

BKK = datetime.timezone(datetime.timedelta(hours=7))
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(THAI)


def when(s):
    """'D HH:MM' or 'D HH:MM:SS', D a day of December 2026."""
    d, hm = s.split()
    parts = [int(x) for x in hm.split(":")]
    while len(parts) < 3:
        parts.append(0)
    return datetime.datetime(2026, 12, int(d), *parts, tzinfo=BKK)


def F(rule, note, who=None):
    return ("F", rule, note, who)


def N(why):
    return ("N", why)


def A(order, district):
    return ("A", order, district)


class Msg:
    def __init__(self, chat, t, pid, name, type_, text=None, reply=None, event=None, target=None,
                 attachment=None, tags=(), key=None, sid=True):
        self.chat, self.t, self.pid, self.name, self.type = chat, t, pid, name, type_
        self.text, self.reply, self.event, self.target, self.attachment = text, reply, event, target, attachment
        self.tags, self.key, self.want_sid = list(tags), key, sid
        self.id = None
        self.line = None
        self.seq = None
        self.post = None  # the first message of the post this message belongs to


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs = []
        self.keys = {}

    def _who(self, who, name):
        from people import PEOPLE
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

    def post(self, at, who, text=None, photos=0, file=None, video=0, first=False, tags=(), key=None,
             reply=None, name=None, gap=14, sid=True):
        """One post: a text plus photos / videos / a file right after it, or, with first=True, the
        media first and the text last. Tags and key go on the post's first message."""
        pid, disp = self._who(who, name)
        t = when(at)
        step = datetime.timedelta(seconds=gap)
        stamp = t.strftime("%Y%m%d_%H%M")
        media = [("image", f"IMG_{stamp}{i + 1:02d}.jpg") for i in range(photos)]
        media += [("video", f"VID_{stamp}{i + 1:02d}.mp4") for i in range(video)]
        if file:
            media.append(("file", file))
        parts = []
        if text is not None and not first:
            parts.append(("text", None))
        parts += media
        if text is not None and first:
            parts.append(("text", None))
        out = []
        for j, (ty, att) in enumerate(parts):
            m = Msg(self, t, pid, disp, ty, text if ty == "text" else None, reply if j == 0 else None,
                    attachment=att, tags=tags if j == 0 else (), key=key if j == 0 else None, sid=sid)
            out.append(self._add(m))
            t += step
        for m in out:
            m.post = out[0]
        return out[0]

    def sticker(self, at, who, tags=(), name=None, reply=None, key=None, sid=True):
        pid, disp = self._who(who, name)
        m = self._add(Msg(self, when(at), pid, disp, "sticker", None, reply, tags=tags, key=key, sid=sid))
        m.post = m
        return m

    def system(self, at, event, who, target=None, tags=(), key=None, name=None, target_name=None, text=None):
        from people import PEOPLE
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = target_name or (PEOPLE[target].name if target in PEOPLE else target)
        m = self._add(Msg(self, when(at), pid, disp, "system", text, event=event, target=tname, tags=tags, key=key))
        m.post = m
        m.target_pid = target if target in PEOPLE else None
        return m

    def sorted(self):
        return sorted(self.msgs, key=lambda m: (m.t, m.seq))


def keep_sid(m):
    """About two messages in three of a person with a LINE id carry it."""
    h = int(hashlib.sha256(f"{m.chat.fname}/{m.t.isoformat()}/{m.seq}".encode()).hexdigest(), 16)
    return h % 3 != 0
