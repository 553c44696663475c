# Lays out a chat log from hand-written messages and their hand-written annotations
# (truth rows, near misses, which order/district an answer answers).  Days are written as the
# day of the month: 30 = Monday 30 November 2026, 1-4 = Tuesday 1 - Friday 4 December 2026.
import datetime
import hashlib
from people import disp, sid

THDAY = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
SAVED = "บันทึกเมื่อ 04/12/2569 22:06"


def date_of(d):
    return datetime.date(2026, 11, 30) if d == 30 else datetime.date(2026, 12, d)


class Log:
    def __init__(self, fname, group, export=False):
        self.fname, self.group, self.export = fname, group, export
        self.msgs = []

    def _add(self, d, hm, who, type_, text=None, name=None, sender_id=True, **kw):
        if who.startswith("!"):          # a display name that is on no roster row (outsider)
            key, nm = None, who[1:]
        else:
            key, nm = who, (name or disp(who))
        m = dict(d=d, hm=hm, key=key, sender=nm, type=type_, text=text,
                 truth=kw.pop("truth", []), near=kw.pop("near", None), ans=kw.pop("ans", None),
                 reply=kw.pop("reply", None), event=kw.pop("event", None), target=kw.pop("target", None),
                 attach=kw.pop("attach", None), use_sid=sender_id, how=kw.pop("how", None))
        assert not kw, kw
        assert len(hm) == 5 and hm[2] == ":", hm
        self.msgs.append(m)
        return m

    # one message each
    def t(self, d, hm, who, text, **kw):
        return self._add(d, hm, who, "text", text, **kw)

    def stk(self, d, hm, who, **kw):
        return self._add(d, hm, who, "sticker", None, **kw)

    def file(self, d, hm, who, attach, **kw):
        return self._add(d, hm, who, "file", None, attach=attach, **kw)

    def vid(self, d, hm, who, **kw):
        return self._add(d, hm, who, "video", None, **kw)

    def img(self, d, hm, who, n=1, **kw):
        """n photos sent together; annotations go on the first."""
        first = None
        for i in range(n):
            extra = kw if i == 0 else {k: v for k, v in kw.items() if k in ("name", "sender_id")}
            m = self._add(d, hm, who, "image", None, **extra)
            first = first or m
        return first

    def join(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", None, event="join", **kw)

    def leave(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", None, event="leave", **kw)

    def invite(self, d, hm, who, target, **kw):
        return self._add(d, hm, who, "system", None, event="invite", target=target, **kw)

    def remove(self, d, hm, who, target, **kw):
        return self._add(d, hm, who, "system", None, event="remove", target=target, **kw)

    def rename(self, d, hm, who, newname, **kw):
        return self._add(d, hm, who, "system", None, event="rename", target=newname, **kw)

    def unsend(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", None, event="unsend", **kw)

    # layout
    def finish(self, prefix, next_id):
        self.msgs.sort(key=lambda m: (date_of(m["d"]), m["hm"]))   # stable: written order within a minute
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
            m["time"] = f"{date_of(m['d']).isoformat()}T{m['hm']}:{sec:02d}+07:00"
            m["id"] = f"{prefix}{next_id:04d}"
            next_id += 1
            m["line"] = i + 1
        return next_id

    def _layout_export(self):
        lines = ['\ufeff[LINE] ประวัติการแชทในกลุ่ม "%s"' % self.group, SAVED]
        day = None
        for m in self.msgs:
            if m["d"] != day:
                day = m["d"]
                dt = date_of(day)
                lines.append("")
                lines.append(f"{THDAY[dt.weekday()]} {dt.day:02d}/{dt.month:02d}/{dt.year + 543}")
            m["time"] = f"{date_of(m['d']).isoformat()}T{m['hm']}:00+07:00"
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
            elif m["type"] == "text":
                body = m["text"]
                if "\n" in body:
                    body = '"' + body.replace('"', '""') + '"'
                else:
                    assert not body.startswith('"')
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
                if s and (m["use_sid"] == "always" or int(hashlib.md5(m["id"].encode()).hexdigest(), 16) % 3 != 0):
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
                r["attachment"] = "IMG_%s.jpg" % hashlib.md5(("ap" + m["id"]).encode()).hexdigest()[:8].upper()
            elif m["type"] == "video":
                r["attachment"] = "VID_%s.mp4" % hashlib.md5(("ap" + m["id"]).encode()).hexdigest()[:8].upper()
            out.append(r)
        return out
