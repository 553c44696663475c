# Lays out a chat log with hand-written annotations (truth rows, near misses, report answers).
# The messages and the annotations are written by hand in the g_*.py files; this only sorts them,
# gives seconds, ids and line numbers, and writes JSONL rows or the LINE PC (Thai UI) export lines.
import datetime
import hashlib

from people import disp, sid

YEAR, MONTH = 2026, 2
TH_WEEKDAY_FULL = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]


class Log:
    def __init__(self, fname, group, export=False):
        self.fname, self.group, self.export = fname, group, export
        self.msgs = []

    # ---- adding messages -------------------------------------------------
    def _add(self, d, hm, who, type_, text=None, name=None, sender_id=True, **kw):
        if who.startswith("!"):          # a display name that is on no roster: "!name"
            key, nm = None, (name or who[1:])
        else:
            key, nm = who, (name or disp(who))
        m = dict(d=d, hm=hm, key=key, sender=nm, type=type_, text=text,
                 truth=kw.pop("truth", []), near=kw.pop("near", None), ans=kw.pop("ans", None),
                 okey=kw.pop("okey", None), reply=kw.pop("reply", None), event=kw.pop("event", None),
                 target=kw.pop("target", None), attach=kw.pop("attach", None), use_sid=sender_id)
        assert not kw, kw
        if isinstance(m["truth"], tuple):
            m["truth"] = [m["truth"]]
        self.msgs.append(m)
        return m

    def t(self, d, hm, who, text, **kw):
        return self._add(d, hm, who, "text", text.strip("\n"), **kw)

    def img(self, d, hm, who, n=1, **kw):
        first = None
        for i in range(n):
            extra = kw if i == 0 else {k: v for k, v in kw.items() if k in ("name", "sender_id")}
            m = self._add(d, hm, who, "image", None, **extra)
            first = first or m
        return first

    def vid(self, d, hm, who, **kw):
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
        return self._add(d, hm, who, "system", None, event="invite", target=target.lstrip("!"), **kw)

    def remove(self, d, hm, who, target, **kw):
        return self._add(d, hm, who, "system", None, event="remove", target=target.lstrip("!"), **kw)

    def unsend(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", None, event="unsend", **kw)

    def rename(self, d, hm, who, newname, **kw):
        return self._add(d, hm, who, "system", None, event="rename", target=newname, **kw)

    # ---- layout ------------------------------------------------------------
    def finish(self, prefix, next_id):
        """Sort by time (stable), give seconds, ids and line numbers. Returns the next id number."""
        self.msgs.sort(key=lambda m: (m["d"], m["hm"]))
        if self.export:
            self._layout_export()
            return next_id
        count = {}
        for i, m in enumerate(self.msgs):
            mk = (m["d"], m["hm"])
            k = count.get(mk, 0)
            count[mk] = k + 1
            base = int(hashlib.md5((self.fname + str(mk)).encode()).hexdigest(), 16) % 9
            sec = base + 2 + 6 * k
            assert sec < 60, (self.fname, mk)
            m["time"] = f"{YEAR}-{MONTH:02d}-{m['d']:02d}T{m['hm']}:{sec:02d}+07:00"
            m["id"] = f"{prefix}{next_id:04d}"
            next_id += 1
            m["line"] = i + 1
        return next_id

    def _layout_export(self):
        """LINE for PC 'Save chat', Thai UI: no header, date lines 'YYYY.MM.DD วัน…', 'HH:MM name text',
        placeholders without brackets, continuation lines raw."""
        lines = []
        day = None
        for m in self.msgs:
            if m["d"] != day:
                day = m["d"]
                dt = datetime.date(YEAR, MONTH, day)
                lines.append(f"{YEAR}.{MONTH:02d}.{day:02d} {TH_WEEKDAY_FULL[dt.weekday()]}")
            m["time"] = f"{YEAR}-{MONTH:02d}-{m['d']:02d}T{m['hm']}:00+07:00"
            m["id"] = ""
            m["line"] = len(lines) + 1
            hm, nm = m["hm"], m["sender"]
            if m["type"] == "system":
                ev = m["event"]
                if ev == "join":
                    body = f"{nm} เข้าร่วมกลุ่ม"
                elif ev == "leave":
                    body = f"{nm} ออกจากกลุ่ม"
                elif ev == "invite":
                    body = f"{nm} เพิ่ม {m['target']} เข้ากลุ่ม"
                else:
                    raise ValueError(ev)
                lines.append(f"{hm} {nm} {body}")
                continue
            if m["type"] == "image":
                body = "รูป"
            elif m["type"] == "sticker":
                body = "สติกเกอร์"
            elif m["type"] == "video":
                body = "วิดีโอ"
            elif m["type"] == "text":
                body = m["text"]
            else:
                raise ValueError("no file placeholder in this export: " + m["type"])
            parts = body.split("\n")
            lines.append(f"{hm} {nm} {parts[0]}")
            for p in parts[1:]:
                assert not p[:5].replace(":", "").isdigit(), p
                lines.append(p)
        self.lines = lines

    def json_rows(self):
        out = []
        for m in self.msgs:
            r = {"id": m["id"], "group": self.group, "time": m["time"], "sender": m["sender"]}
            if m["key"] and m["use_sid"]:
                s = sid(m["key"])
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
