# Lays out a chat log with hand-written annotations (truth rows, near misses, report answers).
# Adapted from samples/skn-week-ab/src/frame.py.  The messages and every annotation are written by
# hand in the g_*.py files; this file only sorts, numbers, gives seconds/ids/lines and writes.
import hashlib
from people import disp, sid

THDAY = {26: "จ.", 27: "อ.", 28: "พ.", 29: "พฤ.", 30: "ศ."}
SAVED = "บันทึกเมื่อ 30/10/2569 21:52"


class Log:
    def __init__(self, fname, group, export=False):
        self.fname, self.group, self.export = fname, group, export
        self.msgs = []

    # ---- adding messages -------------------------------------------------
    def _add(self, d, hm, who, type_, text=None, name=None, sender_id=True, **kw):
        if who.startswith("!"):            # an outsider, given by display name: "!name"
            key, nm = None, (name or who[1:])
        else:
            key, nm = who, (name or disp(who))
        m = dict(d=d, hm=hm, key=key, sender=nm, type=type_, text=text,
                 truth=kw.pop("truth", []), near=kw.pop("near", None), ans=kw.pop("ans", None),
                 reply=kw.pop("reply", None), event=kw.pop("event", None),
                 target=kw.pop("target", None), attach=kw.pop("attach", None),
                 use_sid=sender_id, palone=kw.pop("palone", False), pfirst=kw.pop("pfirst", False),
                 pfile=kw.pop("pfile", False))
        assert not kw, kw
        self.msgs.append(m)
        return m

    def t(self, d, hm, who, text, **kw):
        return self._add(d, hm, who, "text", text, **kw)

    def img(self, d, hm, who, n=1, **kw):
        """n photos sent together; annotations go on the first."""
        first = None
        for i in range(n):
            k = kw if i == 0 else {x: v for x, v in kw.items() if x in ("name", "sender_id")}
            m = self._add(d, hm, who, "image", None, **k)
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
        return self._add(d, hm, who, "system", None, event="invite", target=target, **kw)

    def unsend(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", None, event="unsend", **kw)

    def rename(self, d, hm, who, newname, **kw):
        return self._add(d, hm, who, "system", None, event="rename", target=newname, **kw)

    def remove(self, d, hm, who, target, **kw):
        return self._add(d, hm, who, "system", None, event="remove", target=target, **kw)

    # ---- layout ------------------------------------------------------------
    def finish(self, next_id):
        """Sort by time (stable), give seconds, ids and line numbers. Returns the next id."""
        self.msgs.sort(key=lambda m: (m["d"], m["hm"]))
        if self.export:
            self._layout_export()
            return next_id
        count = {}
        for i, m in enumerate(self.msgs):
            mk = (m["d"], m["hm"])
            k = count.get(mk, 0)
            count[mk] = k + 1
            base = int(hashlib.md5((self.fname + str(mk)).encode()).hexdigest(), 16) % 8
            sec = base + 2 + 7 * k
            assert sec < 60, (self.fname, mk)
            m["time"] = f"2026-10-{m['d']:02d}T{m['hm']}:{sec:02d}+07:00"
            m["id"] = f"ao{next_id:04d}"
            next_id += 1
            m["line"] = i + 1
        return next_id

    def _layout_export(self):
        lines = ['[LINE] ประวัติการแชทในกลุ่ม "%s"' % self.group, SAVED, ""]
        day = None
        for m in self.msgs:
            if m["d"] != day:
                if day is not None:
                    lines.append("")
                day = m["d"]
                lines.append(f"{THDAY[day]} {day:02d}/10/2569")
            m["time"] = f"2026-10-{m['d']:02d}T{m['hm']}:00+07:00"
            m["id"] = ""
            m["line"] = len(lines) + 1
            if m["type"] == "system":
                ev = m["event"]
                if ev == "join":
                    body = f"{m['sender']} เข้าร่วมกลุ่ม"
                elif ev == "invite":
                    body = f"{m['sender']} เพิ่ม {m['target']} เข้ากลุ่ม"
                elif ev == "leave":
                    body = f"{m['sender']} ออกจากกลุ่ม"
                elif ev == "unsend":
                    body = f"{m['sender']} ยกเลิกข้อความ"
                elif ev == "remove":
                    body = f"{m['sender']} ลบ {m['target']} ออกจากกลุ่ม"
                else:
                    raise ValueError(ev)
                lines.append(f"{m['hm']}\t\t{body}")
                continue
            if m["type"] == "image":
                body = "[รูป]"
            elif m["type"] == "sticker":
                body = "[สติกเกอร์]"
            elif m["type"] == "file":
                body = "[ไฟล์]"
            elif m["type"] == "text":
                body = m["text"]
                if "\n" in body:
                    body = '"' + body.replace('"', '""') + '"'
                else:
                    assert not body.startswith('"'), body
            else:
                raise ValueError(m["type"])
            parts = body.split("\n")
            lines.append(f"{m['hm']}\t{m['sender']}\t{parts[0]}")
            lines.extend(parts[1:])
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
                r["attachment"] = "IMG_%s.jpg" % hashlib.md5(("ao" + m["id"]).encode()).hexdigest()[:8].upper()
            elif m["type"] == "video":
                r["attachment"] = "VID_%s.mp4" % hashlib.md5(("ao" + m["id"]).encode()).hexdigest()[:8].upper()
            out.append(r)
        return out


def hash_pick(mid):
    # about two messages in three of people who have an id carry it
    return int(hashlib.md5(("ao" + mid).encode()).hexdigest(), 16) % 3 != 0
