"""Layout helpers for week AN: numbering lines and ids, giving seconds, writing the JSONL files and the
phone export. Every message text and every annotation (F/N/O/A tags) is written by hand in g_*.py."""
import datetime
import hashlib

from roster import PEOPLE

BKK = datetime.timezone(datetime.timedelta(hours=7))


# ---- hand annotations -------------------------------------------------------------------------
def F(rule, note, who=None):
    """a finding carried by this message (who: display name, default the sender)"""
    return ("F", rule, note, who)


def N(why):
    """a near miss: looks like a violation, is not"""
    return ("N", why)


def O(key, districts, deadline, reason):
    """an order of the provincial volunteer centre with a report duty (districts None = all 18)"""
    return ("O", key, districts, deadline, reason)


def A(key, district, note=""):
    """this message begins a district's answer to order `key`"""
    return ("A", key, district, note)


class Msg:
    def __init__(self, chat, day, hm, who, type_, text=None, att=None, reply=None, event=None, target=None,
                 tags=(), key=None, name=None, sid=None):
        self.chat, self.day, self.hm, self.type = chat, day, hm, type_
        if who in PEOPLE:
            self.pid, self.name = who, name or PEOPLE[who].name
        else:
            self.pid, self.name = None, who  # outsider: the display name itself
        self.text, self.att, self.reply, self.event, self.target = text, att, reply, event, target
        self.tags, self.key, self.sid_flag = list(tags), key, sid
        self.seq = len(chat.msgs)
        self.time = None
        self.id = ""
        self.line = None

    @property
    def minute(self):
        h, m = self.hm.split(":")
        return datetime.datetime(2026, 11, self.day, int(h), int(m), tzinfo=BKK)

    def sender_id(self):
        if self.pid is None or not PEOPLE[self.pid].line:
            return None
        if self.sid_flag is not None:
            return PEOPLE[self.pid].line if self.sid_flag else None
        h = int(hashlib.md5((self.chat.fname + str(self.seq)).encode()).hexdigest(), 16)
        return PEOPLE[self.pid].line if h % 3 else None


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs = []
        self.keys = {}

    def _add(self, *a, **kw):
        m = Msg(self, *a, **kw)
        self.msgs.append(m)
        if m.key:
            assert m.key not in self.keys, m.key
            self.keys[m.key] = m
        return m

    # one message each
    def t(self, day, hm, who, text, **kw):
        return self._add(day, hm, who, "text", text=text, **kw)

    def stk(self, day, hm, who, **kw):
        return self._add(day, hm, who, "sticker", **kw)

    def file(self, day, hm, who, att, **kw):
        return self._add(day, hm, who, "file", att=att, **kw)

    def vid(self, day, hm, who, **kw):
        return self._add(day, hm, who, "video", att=self._att("VID", day, hm, who, ".mp4"), **kw)

    def img(self, day, hm, who, n=1, **kw):
        """n photos sent together; tags/key/reply go on the first"""
        first = None
        for i in range(n):
            extra = kw if i == 0 else {k: v for k, v in kw.items() if k in ("name", "sid")}
            m = self._add(day, hm, who, "image", att=self._att("IMG", day, hm, who, ".jpg", i), **extra)
            first = first or m
        return first

    def sys(self, day, hm, event, who, target=None, **kw):
        tname = None
        if target is not None:
            tname = PEOPLE[target].name if target in PEOPLE else target
        m = self._add(day, hm, who, "system", event=event, target=tname, **kw)
        m.target_pid = target if target in PEOPLE else None
        return m

    def _att(self, kind, day, hm, who, ext, i=0):
        h = hashlib.sha1(f"{self.fname}{day}{hm}{who}{len(self.msgs)}{i}".encode()).hexdigest()
        if kind == "IMG" and int(h[0], 16) % 3:
            return f"S__{int(h[:7], 16) % 90000000 + 10000000}.jpg"
        if kind == "IMG":
            return f"IMG_{int(h[1:5], 16) % 9000 + 1000}.jpg"
        return f"VID_{int(h[1:5], 16) % 9000 + 1000}{ext}"

    # layout
    def finish(self, prefix, next_id):
        self.msgs.sort(key=lambda m: (m.minute, m.seq))
        groups = {}
        for m in self.msgs:
            groups.setdefault(m.minute, []).append(m)
        for mt, ms in groups.items():
            start = int(hashlib.md5(f"{self.fname}{mt}".encode()).hexdigest(), 16) % 9 + 2
            step = max(1, min(11, (58 - start) // len(ms)))
            for k, m in enumerate(ms):
                m.time = mt + datetime.timedelta(seconds=start + k * step)
        if self.export:
            return next_id
        for ln, m in enumerate(self.msgs, 1):
            m.line = ln
            m.id = f"{prefix}{next_id:04d}"
            next_id += 1
        return next_id

    def json_rows(self):
        for m in self.msgs:
            r = {"id": m.id, "group": self.group, "time": m.time.isoformat(), "sender": m.name}
            sid = m.sender_id()
            if sid:
                r["senderId"] = sid
            r["type"] = m.type
            if m.text is not None:
                r["text"] = m.text
            if m.event:
                r["event"] = m.event
            if m.target:
                r["target"] = m.target
            if m.att:
                r["attachment"] = m.att
            if m.reply:
                r["replyTo"] = self.keys[m.reply].id
            yield r

    # the phone export: English UI, Thai region, Buddhist-era dates (formats-line.md §1.3, §1.10 B)
    EN_DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    PLACE = {"image": "[Photo]", "sticker": "[Sticker]", "file": "[File]", "video": "[Video]"}

    def export_lines(self):
        out, day = [], None
        for m in self.msgs:
            d = m.time.date()
            if d != day:
                if day is not None:
                    out.append("")
                out.append(f"{self.EN_DAY[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year + 543} BE")
                day = d
            hm = m.time.strftime("%H:%M")
            m.line = len(out) + 1
            if m.type == "system":
                ev = {"invite": f"{m.name} invited {m.target}.", "join": f"{m.name} joined the group.",
                      "leave": f"{m.name} left the group.", "remove": f"{m.name} removed {m.target} from the group.",
                      "unsend": f"{m.name} unsent a message."}[m.event]
                out.append(f"{hm}\t\t{ev}")
                continue
            body = self.PLACE.get(m.type) or m.text
            if m.type == "text" and "\n" in body:
                body = '"' + body.replace('"', '""') + '"'
            for k, part in enumerate(body.split("\n")):
                out.append(f"{hm}\t{m.name}\t{part}" if k == 0 else part)
        return out
