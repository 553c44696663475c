"""Lays out week BK: numbers the hand-written messages, gives ids and seconds, writes the files and tabulates
the ledger from the answers marked on the messages. Every message and every truth note is written by hand in
the g_*.py files; nothing here chooses what a message says or whether it is a finding."""
import csv
import datetime
import hashlib
import json
import os

BKK = datetime.timezone(datetime.timedelta(hours=7))
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
YEAR, MONTH = 2026, 10

DISTRICTS = ["เมืองสกลนคร", "กุสุมาลย์", "กุดบาก", "พรรณานิคม", "พังโคน", "วาริชภูมิ", "นิคมน้ำอูน", "วานรนิวาส",
             "คำตากล้า", "บ้านม่วง", "อากาศอำนวย", "สว่างแดนดิน", "ส่องดาว", "เต่างอย", "โคกศรีสุพรรณ", "เจริญศิลป์",
             "โพนนาแก้ว", "ภูพาน"]


def T(day, hm):
    h, m = hm.split(":")[:2]
    return datetime.datetime(YEAR, MONTH, day, int(h), int(m), tzinfo=BKK)


def hexid(key):
    return "U" + hashlib.md5(("bk-" + key).encode()).hexdigest()


# ------------------------------------------------------------------ people
class Person:
    def __init__(self, pid, full, names, role, agency, district, line, email):
        self.pid, self.full, self.names, self.role = pid, full, names, role
        self.agency, self.district, self.line, self.email = agency, district, line, email
        self.roles = role.split("|")

    @property
    def name(self):
        return self.names[0]


PEOPLE = {}


def load_roster(text):
    for raw in text.strip().split("\n"):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        pid, full, names, role, agency, district, lid, email = [x.strip() for x in raw.split(";")]
        line = hexid(pid) if lid == "id" else ""
        PEOPLE[pid] = Person(pid, full, names.split("|"), role, agency, district, line, email)


# ------------------------------------------------------------------ tags
def F(rule, note, who=None):
    return ("F", rule, note, who)


def N(why):
    return ("N", why)


def A(order, district):
    return ("A", order, district)


def O(key, districts, deadline, words, note=""):
    return ("O", key, districts, deadline, words, note)


class Msg:
    def __init__(self, chat, t, pid, name, type_, text=None, tags=(), reply=None, event=None, target=None,
                 attachment=None, key=None, sid=None):
        self.chat, self.t, self.pid, self.name, self.type = chat, t, pid, name, type_
        self.text, self.tags, self.reply, self.event, self.target = text, list(tags), reply, event, target
        self.attachment, self.key, self.sid = attachment, key, sid
        self.seq = len(chat.msgs)
        self.id = ""
        self.line = None


class Chat:
    def __init__(self, fname, group, export=False):
        self.fname, self.group, self.export = fname, group, export
        self.msgs, self.keys = [], {}
        self.last = None

    def _add(self, m):
        self.msgs.append(m)
        if m.key:
            self.keys[m.key] = m
        self.last = m
        return m

    def m(self, day, hm, who, text=None, tags=(), type="text", reply=None, key=None, name=None, att=None):
        if who in PEOPLE:
            p = PEOPLE[who]
            nm = name or p.name
            sid = p.line if p.line and int(hashlib.md5(f"{self.fname}{day}{hm}{text}".encode()).hexdigest(), 16) % 3 else None
            pid = who
        else:
            nm, sid, pid = who, None, None
        if type == "image" and att is None:
            att = "IMG_%s.jpg" % hashlib.md5(f"{self.fname}{day}{hm}{len(self.msgs)}".encode()).hexdigest()[:8].upper()
        return self._add(Msg(self, T(day, hm), pid, nm, type, text, tags, reply, key=key, sid=sid, attachment=att))

    def pics(self, n, hm=None, tags=()):
        """n photos sent by the same sender right after its last message (same minute unless hm)."""
        base = self.last
        for k in range(n):
            t = T(base.t.day, hm) if hm else base.t
            x = self.m(t.day, t.strftime("%H:%M"), base.pid or base.name, type="image", name=base.name,
                       tags=tags if k == 0 else ())
        return x

    def file(self, day, hm, who, fname, tags=(), key=None, name=None):
        return self.m(day, hm, who, type="file", att=fname, tags=tags, key=key, name=name)

    def sticker(self, day, hm, who, tags=(), name=None, reply=None):
        return self.m(day, hm, who, type="sticker", tags=tags, name=name, reply=reply)

    def sys(self, day, hm, event, who, target=None, tags=(), name=None):
        nm = name or (PEOPLE[who].name if who in PEOPLE else who)
        tn = None
        if target is not None:
            tn = PEOPLE[target].name if target in PEOPLE else target
        return self._add(Msg(self, T(day, hm), who if who in PEOPLE else None, nm, "system", None, tags,
                             event=event, target=tn))

    def sorted(self):
        return sorted(self.msgs, key=lambda m: (m.t, m.seq))


def finalize_seconds(chat):
    """Seconds within a minute keep the written order (JSONL times carry seconds)."""
    ms = chat.sorted()
    k = 0
    while k < len(ms):
        j = k
        while j < len(ms) and ms[j].t == ms[k].t:
            j += 1
        run = ms[k:j]
        h = int(hashlib.md5(f"{chat.fname}{run[0].t}".encode()).hexdigest(), 16)
        start = h % 12
        step = max(1, min(14, (58 - start) // max(1, len(run))))
        for n, m in enumerate(run):
            m.t = m.t.replace(second=min(59, start + n * step))
        k = j


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)
