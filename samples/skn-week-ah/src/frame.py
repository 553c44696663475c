"""Layout helper: a chat log of hand-written messages with hand-written annotations
(F = a finding row, N = a near miss, A = the answer of a district to an order).
It only sorts, gives seconds, ids and line numbers; every text and note comes from the g_*.py files."""
import hashlib
from people import P

YEAR, MONTH = 2025, 10


class Log:
    def __init__(self, fname, group, export=False):
        self.fname, self.group, self.export = fname, group, export
        self.msgs = []
        self.keys = {}

    def _add(self, d, hm, who, type_, text=None, **kw):
        if who.startswith("!"):                       # an outsider, by display name
            pid, nm = None, who[1:]
        else:
            pid = who
            nm = kw.pop("name", None) or P[who].names[0]
        kw.pop("name", None)
        m = dict(d=d, hm=hm, pid=pid, sender=nm, type=type_, text=text, seq=len(self.msgs),
                 F=kw.pop("F", []), N=kw.pop("N", None), A=kw.pop("A", None), key=kw.pop("key", None),
                 reply=kw.pop("reply", None), event=kw.pop("event", None), target=kw.pop("target", None),
                 tpid=kw.pop("tpid", None), attach=kw.pop("attach", None), sid=kw.pop("sid", None))
        assert not kw, kw
        if isinstance(m["F"], tuple):
            m["F"] = [m["F"]]
        if m["key"]:
            assert m["key"] not in self.keys, m["key"]
            self.keys[m["key"]] = m
        self.msgs.append(m)
        return m

    # ---- message kinds --------------------------------------------------------------------
    def t(self, d, hm, who, text, **kw):
        return self._add(d, hm, who, "text", text, **kw)

    def img(self, d, hm, who, n=1, **kw):
        """n photos sent together; annotations go on the first."""
        first = self._add(d, hm, who, "image", **kw)
        for _ in range(n - 1):
            self._add(d, hm, who, "image", name=kw.get("name"), sid=kw.get("sid"))
        return first

    def vid(self, d, hm, who, **kw):
        return self._add(d, hm, who, "video", **kw)

    def file(self, d, hm, who, attach, **kw):
        return self._add(d, hm, who, "file", attach=attach, **kw)

    def stk(self, d, hm, who, **kw):
        return self._add(d, hm, who, "sticker", **kw)

    def join(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", event="join", **kw)

    def leave(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", event="leave", **kw)

    def invite(self, d, hm, who, target, **kw):
        """target: a person id or '!display name' of an outsider."""
        if target.startswith("!"):
            tn, tp = target[1:], None
        else:
            tn, tp = (kw.pop("tname", None) or P[target].names[0]), target
        return self._add(d, hm, who, "system", event="invite", target=tn, tpid=tp, **kw)

    def remove(self, d, hm, who, target_name, **kw):
        return self._add(d, hm, who, "system", event="remove", target=target_name, **kw)

    def rename(self, d, hm, who, newname, **kw):
        return self._add(d, hm, who, "system", event="rename", target=newname, **kw)

    def unsend(self, d, hm, who, **kw):
        return self._add(d, hm, who, "system", event="unsend", **kw)

    # ---- layout ---------------------------------------------------------------------------
    def finish(self, next_id, prefix):
        self.msgs.sort(key=lambda m: (m["d"], m["hm"], m["seq"]))
        count = {}
        for i, m in enumerate(self.msgs):
            mk = (m["d"], m["hm"])
            k = count.get(mk, 0)
            count[mk] = k + 1
            if self.export:
                sec = 0
            else:
                base = int(hashlib.md5((self.fname + str(mk)).encode()).hexdigest(), 16) % 5 + 1
                sec = base + 6 * k
                assert sec < 60, (self.fname, mk)
            m["time"] = f"{YEAR}-{MONTH:02d}-{m['d']:02d}T{m['hm']}:{sec:02d}+07:00"
            if self.export:
                m["id"] = ""
            else:
                m["id"] = f"{prefix}{next_id:04d}"
                next_id += 1
                m["line"] = i + 1
        for m in self.msgs:
            if m["reply"]:
                r = self.keys[m["reply"]]
                assert (r["d"], r["hm"], r["seq"]) < (m["d"], m["hm"], m["seq"]), m["reply"]
        return next_id

    def sender_id(self, m):
        if m["pid"] is None or m["sid"] is False:
            return None
        p = P[m["pid"]]
        must = m["sid"] is True or (m["type"] != "system" and m["sender"] not in p.names) \
            or (m["type"] == "system" and m["event"] == "rename")
        if must:
            assert p.sid, (m["sender"], "needs an id to be matched")
            return p.sid
        if not p.sid:
            return None
        h = int(hashlib.md5((m["id"] or str(m["seq"])).encode()).hexdigest(), 16)
        return p.sid if h % 3 != 0 else None

    def json_rows(self):
        out = []
        for m in self.msgs:
            r = {"id": m["id"], "group": self.group, "time": m["time"], "sender": m["sender"]}
            s = self.sender_id(m)
            if s:
                r["senderId"] = s
            r["type"] = m["type"]
            if m["text"] is not None:
                r["text"] = m["text"]
            if m["reply"]:
                r["replyTo"] = self.keys[m["reply"]]["id"]
            if m["event"]:
                r["event"] = m["event"]
            if m["target"]:
                r["target"] = m["target"]
            if m["attach"]:
                r["attachment"] = m["attach"]
            elif m["type"] == "image":
                r["attachment"] = "IMG_%s.jpg" % hashlib.md5(("ah" + m["id"]).encode()).hexdigest()[:8].upper()
            elif m["type"] == "video":
                r["attachment"] = "VID_%s.mp4" % hashlib.md5(("ah" + m["id"]).encode()).hexdigest()[:8].upper()
            out.append(r)
        return out

    # LINE English UI, Thai region with the Buddhist calendar (formats-line.md variant B), mobile header
    DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    def export_lines(self, saved):
        import datetime
        lines = ['\ufeffChat history in "%s"' % self.group, "Saved on: " + saved, ""]
        day = None
        for m in self.msgs:
            if m["d"] != day:
                if day is not None:
                    lines.append("")
                day = m["d"]
                dt = datetime.date(YEAR, MONTH, day)
                lines.append(f"{self.DAYS[dt.weekday()]}, {day:02d}/{MONTH:02d}/{YEAR + 543} BE")
            m["line"] = len(lines) + 1
            if m["type"] == "system":
                ev, a, b = m["event"], m["sender"], m["target"]
                body = {"join": f"{a} joined the group.", "leave": f"{a} left the group.",
                        "invite": f"{a} invited {b}.", "remove": f"{a} removed {b} from the group.",
                        "unsend": f"{a} unsent a message."}[ev]
                lines.append(f"{m['hm']}\t\t{body}")
                continue
            body = {"image": "[Photo]", "sticker": "[Sticker]", "file": "[File]", "video": "[Video]"}.get(m["type"])
            if body is None:
                body = m["text"]
                if "\n" in body:
                    body = '"' + body.replace('"', '""') + '"'
                else:
                    assert not body.startswith('"')
            parts = body.split("\n")
            lines.append(f"{m['hm']}\t{m['sender']}\t{parts[0]}")
            lines.extend(parts[1:])
        return lines


ORDERS = {}


def order(key, msg, districts, deadline, why, topic):
    """An order of the provincial centre that obliges districts to report (SKN-5O)."""
    ORDERS[key] = dict(msg=msg, districts=districts, deadline=deadline, why=why, topic=topic)
