# Lays out a chat log with hand-written annotations (truth rows, near misses, report answers).
# Adapted from week AB's frame.py: only sorts, numbers lines and ids, gives seconds and formats
# the English-UI Android export.  Every message text and every annotation is written in g_*.py.
import hashlib
from people import BY, disp

YEAR, MONTH = 2026, 10
EN_DAY = {12: "Mon", 13: "Tue", 14: "Wed", 15: "Thu", 16: "Fri", 17: "Sat", 18: "Sun"}


class Log:
    def __init__(self, fname, group, export=False):
        self.fname, self.group, self.export = fname, group, export
        self.msgs = []

    # ---- adding messages -------------------------------------------------
    def _add(self, d, hm, who, type_, text=None, name=None, sid=True, **kw):
        if who.startswith("!"):                       # outsider: "!display name"
            key, nm = None, who[1:]
        else:
            key, nm = who, (name or disp(who))
        m = dict(d=d, hm=hm, key=key, sender=nm, type=type_, text=text,
                 truth=kw.pop("truth", []), near=kw.pop("near", None), ans=kw.pop("ans", None),
                 reply=kw.pop("reply", None), event=kw.pop("event", None), target=kw.pop("target", None),
                 attach=kw.pop("attach", None), use_sid=sid, shape=kw.pop("shape", None))
        assert not kw, kw
        self.msgs.append(m)
        return m

    def t(self, d, hm, who, text, **kw):
        return self._add(d, hm, who, "text", text, **kw)

    def img(self, d, hm, who, n=1, **kw):
        first = None
        for i in range(n):
            extra = kw if i == 0 else {k: v for k, v in kw.items() if k in ("name", "sid")}
            m = self._add(d, hm, who, "image", None, **extra)
            first = first or m
        return first

    def video(self, d, hm, who, **kw):
        return self._add(d, hm, who, "video", None, **kw)

    def stk(self, d, hm, who, **kw):
        return self._add(d, hm, who, "sticker", None, **kw)

    def file(self, d, hm, who, attach, **kw):
        return self._add(d, hm, who, "file", None, attach=attach, **kw)

    def join(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", None, event="join", **kw)

    def leave(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", None, event="leave", **kw)

    def invite(self, d, hm, who, target, **kw):
        return self._add(d, hm, who, "system", None, event="invite", target=target, **kw)

    def remove(self, d, hm, who, target, **kw):
        return self._add(d, hm, who, "system", None, event="remove", target=target, **kw)

    def unsend(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", None, event="unsend", **kw)

    def rename(self, d, hm, who, newname, **kw):
        return self._add(d, hm, who, "system", None, event="rename", target=newname, **kw)

    # ---- layout ------------------------------------------------------------
    def finish(self, next_id, prefix="ar"):
        self.msgs.sort(key=lambda m: (m["d"], m["hm"]))      # stable: same-minute order as written
        if self.export:
            self._layout_export()
            return next_id
        count = {}
        for i, m in enumerate(self.msgs):
            mk = (m["d"], m["hm"])
            k = count.get(mk, 0)
            count[mk] = k + 1
            base = int(hashlib.md5((self.fname + str(mk)).encode()).hexdigest(), 16) % 6
            sec = base + 2 + 8 * k
            assert sec < 60, (self.fname, mk)
            m["time"] = f"{YEAR}-{MONTH:02d}-{m['d']:02d}T{m['hm']}:{sec:02d}+07:00"
            m["id"] = f"{prefix}{next_id:04d}"
            next_id += 1
            m["line"] = i + 1
        return next_id

    def _layout_export(self, saved="16/10/2569 BE, 21:32"):
        lines = ['\ufeffChat history in "%s"' % self.group, "Saved on: " + saved, ""]
        day = None
        for m in self.msgs:
            if m["d"] != day:
                if day is not None:
                    lines.append("")
                day = m["d"]
                lines.append(f"{EN_DAY[day]}, {day:02d}/{MONTH:02d}/{YEAR + 543} BE")
            m["time"] = f"{YEAR}-{MONTH:02d}-{m['d']:02d}T{m['hm']}:00+07:00"
            m["id"] = ""
            m["line"] = len(lines) + 1
            if m["type"] == "system":
                ev = m["event"]
                body = {"join": "{s} joined the group.", "invite": "{s} invited {t}.",
                        "leave": "{s} left the group.", "unsend": "{s} unsent a message.",
                        "remove": "{s} removed {t} from the group."}[ev].format(s=m["sender"], t=m["target"])
                lines.append(f"{m['hm']}\t\t{body}")
                continue
            body = {"image": "[Photo]", "sticker": "[Sticker]", "file": "[File]", "video": "[Video]"}.get(m["type"])
            if body is None:
                body = m["text"]
                if "\n" in body:
                    body = '"' + body.replace('"', '""') + '"'
                else:
                    assert not body.startswith('"'), body
            parts = body.split("\n")
            lines.append(f"{m['hm']}\t{m['sender']}\t{parts[0]}")
            lines.extend(parts[1:])
        self.lines = lines

    def json_rows(self):
        out = []
        for m in self.msgs:
            r = {"id": m["id"], "group": self.group, "time": m["time"], "sender": m["sender"]}
            if m["key"] and m["use_sid"]:
                s = BY[m["key"]].line
                if s and (m["use_sid"] == "always" or hash_pick(m["id"])):
                    r["senderId"] = s
            r["type"] = m["type"]
            if m["text"] is not None:
                r["text"] = m["text"]
            if m["reply"] is not None:
                r["replyTo"] = m["reply"]["id"]
            if m["event"]:
                r["event"] = m["event"]
            if m["target"]:
                r["target"] = m["target"]
            if m["attach"]:
                r["attachment"] = m["attach"]
            elif m["type"] == "image":
                r["attachment"] = "IMG_%s.jpg" % hashlib.md5(m["id"].encode()).hexdigest()[:8].upper()
            elif m["type"] == "video":
                r["attachment"] = "VID_%s.mp4" % hashlib.md5(m["id"].encode()).hexdigest()[:8].upper()
            out.append(r)
        return out


def hash_pick(mid):
    # about two messages in three of people who have a LINE id carry it
    return int(hashlib.md5(mid.encode()).hexdigest(), 16) % 3 != 0
