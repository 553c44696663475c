"""The week's chats as Python objects: posts with their photos or files, system notices, and the
hand-written tags a message carries (a finding, a near miss, or the duty it answers)."""
import datetime
import hashlib

from people import PEOPLE

YEAR, MONTH = 2026, 9
BKK = datetime.timezone(datetime.timedelta(hours=7))
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


def A(order, district, day=None):
    return ("A", order, district, day)


def _h(s):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16)


class Msg:
    def __init__(self, chat, t, pid, name, type_, text=None, reply=None, event=None, target=None,
                 attachment=None, tags=(), key=None, noid=False, sid=None):
        self.chat, self.t, self.pid, self.name, self.type = chat, t, pid, name, type_
        self.text, self.reply, self.event, self.target, self.attachment = text, reply, event, target, attachment
        self.tags, self.key, self.noid, self.force_sid = list(tags), key, noid, sid
        self.id = None
        self.line = None
        self.seq = None
        self.post_first = True  # False for the 2nd.. message of a post

    def sender_id(self):
        """LINE user id on about two messages in three of people who have one (LINE PC senders carry none)."""
        if self.type == "system":
            return None
        if self.force_sid is not None:
            return self.force_sid or None
        if self.noid or self.pid is None:
            return None
        lid = PEOPLE[self.pid].line
        if not lid:
            return None
        return lid if _h(f"{self.chat.fname}/{self.seq}") % 3 else None


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs = []
        self.keys = {}

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
            noid=False, key=None, caption_last=False, video=0, sid=None):
        """One post: a text and the photos/videos/file sent with it (after it, or before it when
        caption_last). Tags and key go on the post's first message."""
        pid, disp = self._who(who, name)
        t = when(day, hm)
        stamp = t.strftime("%Y%m%d_%H%M")
        media = []
        for i in range(photos):
            media.append(("image", f"IMG_{stamp}_{_h(disp + stamp + str(i)) % 10000:04d}.jpg"))
        for i in range(video):
            media.append(("video", f"VID_{stamp}_{i + 1:02d}.mp4"))
        if file:
            media.append(("file", file))
        items = []
        if text is not None and not caption_last:
            items.append(("text", text, None))
        items += [(ty, None, att) for ty, att in media]
        if text is not None and caption_last:
            items.append(("text", text, None))
        first = None
        for j, (ty, tx, att) in enumerate(items):
            m = Msg(self, t, pid, disp, ty, tx, reply if j == 0 else None, attachment=att,
                    tags=tags if j == 0 else (), key=key if j == 0 else None, noid=noid, sid=sid)
            m.post_first = j == 0
            self._add(m)
            if j == 0:
                first = m
        return first

    def sticker(self, day, hm, who, tags=(), name=None, reply=None, key=None, noid=False, sid=None):
        pid, disp = self._who(who, name)
        return self._add(Msg(self, when(day, hm), pid, disp, "sticker", None, reply, tags=tags, key=key,
                             noid=noid, sid=sid))

    def system(self, day, hm, event, who, target=None, tags=(), key=None, name=None, target_name=None):
        pid, disp = self._who(who, name)
        tname = None
        if target is not None:
            tname = target_name or (PEOPLE[target].name if target in PEOPLE else target)
        m = Msg(self, when(day, hm), pid, disp, "system", None, event=event, target=tname, tags=tags, key=key)
        m.target_pid = target if target in PEOPLE else None
        return self._add(m)

    def sorted(self):
        return sorted(self.msgs, key=lambda m: (m.t, m.seq))

    def finish(self):
        """Seconds within each minute, in the order written, so that times stay in order."""
        ms = self.sorted()
        i = 0
        while i < len(ms):
            j = i
            while j < len(ms) and ms[j].t == ms[i].t:
                j += 1
            n = j - i
            for k in range(n):
                m = ms[i + k]
                base = int((k + 0.15) * 60 / n)
                jitter = _h(f"{self.fname}{m.seq}") % max(1, int(0.6 * 60 / n))
                m.t = m.t.replace(second=min(59, base + jitter))
            i = j
        return ms
