# Layout helpers for week AD (adapted from week AB's src/frame.py): they only sort, number and write.
# Every message text and every annotation (truth row, near miss, answer, order) is written by hand in
# the week_*.py files and handed to these helpers as is.
import hashlib
from people import BY, disp

YEAR, MONTH = 2026, 1
EN_DAY = {19: "Mon", 20: "Tue", 21: "Wed", 22: "Thu", 23: "Fri"}
EXPORT_SAVED = "Saved on: 23/01/2569 BE, 22:06"


class Log:
    def __init__(self, fname, group, export=False):
        self.fname, self.group, self.export = fname, group, export
        self.msgs = []

    # ---- adding messages -------------------------------------------------
    def _add(self, d, hm, who, type_, text=None, name=None, sid=True, **kw):
        if who.startswith("!"):                       # outsider: "!display name"
            key, nm = None, (name or who[1:])
        else:
            key, nm = who, (name or disp(who))
        m = dict(d=d, hm=hm, key=key, sender=nm, type=type_, text=text,
                 F=kw.pop("F", []), N=kw.pop("N", None), ans=kw.pop("ans", None),
                 reply=kw.pop("reply", None), event=kw.pop("event", None), target=kw.pop("target", None),
                 attach=kw.pop("attach", None), use_sid=sid, how=kw.pop("how", ""))
        assert not kw, kw
        assert 19 <= d <= 23, d
        self.msgs.append(m)
        return m

    def t(self, d, hm, who, text, **kw):
        return self._add(d, hm, who, "text", text, **kw)

    def img(self, d, hm, who, n=1, **kw):
        """n photos sent together; annotations go on the first."""
        first = None
        for i in range(n):
            if i == 0:
                m = self._add(d, hm, who, "image", **kw)
                first = m
            else:
                self._add(d, hm, who, "image", **{k: v for k, v in kw.items() if k in ("name", "sid")})
        return first

    def vid(self, d, hm, who, **kw):
        return self._add(d, hm, who, "video", **kw)

    def stk(self, d, hm, who, **kw):
        return self._add(d, hm, who, "sticker", **kw)

    def file(self, d, hm, who, attach, **kw):
        return self._add(d, hm, who, "file", attach=attach, **kw)

    def join(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", event="join", **kw)

    def leave(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", event="leave", **kw)

    def invite(self, d, hm, who, target, **kw):
        return self._add(d, hm, who, "system", event="invite", target=target, **kw)

    def remove(self, d, hm, who, target, **kw):
        return self._add(d, hm, who, "system", event="remove", target=target, **kw)

    def unsend(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", event="unsend", **kw)

    def rename(self, d, hm, who, newname, **kw):
        return self._add(d, hm, who, "system", event="rename", target=newname, **kw)

    # ---- layout ------------------------------------------------------------
    def finish(self, prefix, next_id):
        """Stable sort by time; seconds, ids and line numbers.  Returns the next id number."""
        self.msgs.sort(key=lambda m: (m["d"], m["hm"]))
        if self.export:
            self._layout_export()
            return next_id
        count = {}
        for i, m in enumerate(self.msgs):
            mk = (m["d"], m["hm"])
            k = count.get(mk, 0)
            count[mk] = k + 1
            base = int(hashlib.md5((self.fname + str(mk)).encode()).hexdigest(), 16) % 7
            sec = base + 2 + 9 * k
            assert sec < 60, (self.fname, mk)
            m["time"] = f"{YEAR}-{MONTH:02d}-{m['d']:02d}T{m['hm']}:{sec:02d}+07:00"
            m["id"] = f"{prefix}{next_id:04d}"
            next_id += 1
            m["line"] = i + 1
        return next_id

    def _layout_export(self):
        # LINE for iPhone, English UI, Thai region with the Buddhist calendar (formats-line.md §1.2-1.10):
        # BOM, 'Chat history in "…"', 'Saved on: …', 'Ddd, DD/MM/YYYY BE' date lines, TIME<TAB>NAME<TAB>TEXT,
        # multi-line texts quoted with doubled inner quotes, English placeholders, 3-column system lines.
        lines = ['\ufeffChat history in "%s"' % self.group, EXPORT_SAVED]
        day = None
        for m in self.msgs:
            if m["d"] != day:
                day = m["d"]
                lines.append("")
                lines.append(f"{EN_DAY[day]}, {day:02d}/{MONTH:02d}/{YEAR + 543} BE")
            m["time"] = f"{YEAR}-{MONTH:02d}-{m['d']:02d}T{m['hm']}:00+07:00"
            m["id"] = ""
            m["line"] = len(lines) + 1
            if m["type"] == "system":
                ev, s, tg = m["event"], m["sender"], m["target"]
                body = {"join": f"{s} joined the group.", "invite": f"{s} invited {tg}.",
                        "leave": f"{s} left the group.", "unsend": f"{s} unsent a message.",
                        "remove": f"{s} removed {tg} from the group."}[ev]
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
            if m["key"] and m["use_sid"] and BY[m["key"]].line and pick(m["id"]):
                r["senderId"] = BY[m["key"]].line
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


def pick(mid):
    # about two messages in three of the people who have a LINE id carry it
    return int(hashlib.md5(mid.encode()).hexdigest(), 16) % 3 != 0
