# Layout helper (adapted from week AB's src/frame.py): a chat log with hand-written annotations
# (truth rows, near misses, report answers) carried by the message they belong to.  It only sorts,
# numbers lines and ids, gives seconds and writes the files; every text is written in the week files.
import datetime
import hashlib
from people import BY, disp, sid

BKK = datetime.timezone(datetime.timedelta(hours=7))
TH_WEEKDAY = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]


def date_of(d):
    """d: day of the week: 29, 30 (September) or 1, 2, 3 (October) 2025."""
    return datetime.date(2025, 9 if d >= 29 else 10, d)


class Log:
    def __init__(self, fname, group, export=False):
        self.fname, self.group, self.export = fname, group, export
        self.msgs = []

    def _add(self, d, hm, who, type_, text=None, **kw):
        name = kw.pop("name", None)
        if who.startswith("!"):                     # raw display name of someone not on the roster
            key, nm = None, who[1:]
        else:
            key, nm = who, (name or disp(who))
        m = dict(d=d, hm=hm, key=key, sender=nm, type=type_, text=text,
                 truth=kw.pop("truth", []), near=kw.pop("near", None), ans=kw.pop("ans", None),
                 ansnote=kw.pop("ansnote", ""), okey=kw.pop("okey", None), reply=kw.pop("reply", None),
                 event=kw.pop("event", None), target=kw.pop("target", None), attach=kw.pop("attach", None),
                 sidmode=kw.pop("sid", "auto"))
        assert not kw, kw
        assert len(hm) == 5 and hm[2] == ":", hm
        self.msgs.append(m)
        return m

    def t(self, d, hm, who, text, **kw):
        return self._add(d, hm, who, "text", text.strip("\n"), **kw)

    def img(self, d, hm, who, n=1, **kw):
        first = self._add(d, hm, who, "image", None, **kw)
        keep = {k: v for k, v in kw.items() if k in ("name", "sid")}
        for _ in range(n - 1):
            self._add(d, hm, who, "image", None, **keep)
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

    def remove(self, d, hm, who, target, **kw):
        return self._add(d, hm, who, "system", None, event="remove", target=target, **kw)

    def unsend(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", None, event="unsend", **kw)

    def rename(self, d, hm, who, newname, **kw):
        return self._add(d, hm, who, "system", None, event="rename", target=newname, **kw)

    # ---- layout ------------------------------------------------------------
    def finish(self):
        self.msgs.sort(key=lambda m: (date_of(m["d"]), m["hm"]))
        count = {}
        for i, m in enumerate(self.msgs):
            mk = (m["d"], m["hm"])
            k = count.get(mk, 0)
            count[mk] = k + 1
            if self.export:
                sec = 0
            else:
                base = int(hashlib.md5((self.fname + str(mk)).encode()).hexdigest(), 16) % 6
                sec = base + 2 + 8 * k
                assert sec < 60, (self.fname, mk)
            dt = date_of(m["d"])
            h, mi = map(int, m["hm"].split(":"))
            m["dt"] = datetime.datetime(dt.year, dt.month, dt.day, h, mi, sec, tzinfo=BKK)
            m["time"] = m["dt"].isoformat()
            m["id"] = ""
            m["line"] = i + 1
        if self.export:
            self._layout_export()

    def _layout_export(self):
        """LINE for PC, Thai UI, "Save chat": no header, date lines 'YYYY.MM.DD วัน…', messages
        'HH:MM sender text' (single spaces), raw continuation lines, placeholders without brackets."""
        lines = []
        day = None
        for m in self.msgs:
            if m["d"] != day:
                day = m["d"]
                dt = date_of(day)
                lines.append(f"{dt.year}.{dt.month:02d}.{dt.day:02d} {TH_WEEKDAY[dt.weekday()]}")
            m["line"] = len(lines) + 1
            s = m["sender"]
            if m["type"] == "system":
                ev = m["event"]
                body = {"join": f"{s} เข้าร่วมกลุ่ม", "leave": f"{s} ออกจากกลุ่ม",
                        "invite": f"{s} เพิ่ม {m['target']} เข้ากลุ่ม",
                        "remove": f"{s} ลบ {m['target']} ออกจากกลุ่ม", "unsend": "ยกเลิกข้อความ"}[ev]
                lines.append(f"{m['hm']} {s} {body}")
                continue
            body = {"image": "รูป", "sticker": "สติกเกอร์", "video": "วิดีโอ"}.get(m["type"])
            if m["type"] == "file":
                raise ValueError("no file placeholder is documented for the Thai PC export")
            if body is None:
                body = m["text"]
            parts = body.split("\n")
            lines.append(f"{m['hm']} {s} {parts[0]}")
            lines.extend(parts[1:])
        self.lines = lines

    def json_rows(self):
        out = []
        for m in self.msgs:
            r = {"id": m["id"], "group": self.group, "time": m["time"], "sender": m["sender"]}
            if m["key"]:
                s = sid(m["key"])
                mode = m["sidmode"]
                if s and (mode is True or (mode == "auto" and hash_pick(m["id"]))):
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
                r["attachment"] = "IMG_%s_%s.jpg" % (m["dt"].strftime("%Y%m%d"), hashlib.md5(m["id"].encode()).hexdigest()[:6].upper())
            elif m["type"] == "video":
                r["attachment"] = "VID_%s_%s.mp4" % (m["dt"].strftime("%Y%m%d"), hashlib.md5(m["id"].encode()).hexdigest()[:6].upper())
            out.append(r)
        return out


def hash_pick(mid):
    # about two messages in three of people who have a LINE id carry it
    return int(hashlib.md5(mid.encode()).hexdigest(), 16) % 3 != 0
