# Small helpers to lay out hand-written messages; nothing here decides a finding.
from people import P, disp

MSGS = {}      # file -> list of message dicts (with private fields starting with _)
GROUPS = {}    # file -> group name
KEYS = {}      # key -> (file, msg)
TRUTH = []     # (rule, key, who, state, note)
NEAR = []      # (key, why)
LEDGER = []    # (order_key, district_key, state, answer_key, deadline, note)
ORDERS = {}    # order key -> dict
_seq = [0]


def iso(t):
    day, hms = t.split(" ")
    if hms.count(":") == 1:
        hms += ":00"
    return "2026-02-%02dT%s+07:00" % (int(day), hms)


def add_secs(t, s):
    day, hms = t.split(" ")
    h, m, sec = (hms.split(":") + ["0"])[:3]
    tot = int(h) * 3600 + int(m) * 60 + int(sec) + s
    return "%s %02d:%02d:%02d" % (day, tot // 3600, (tot % 3600) // 60, tot % 60)


class G:
    def __init__(self, fname, gname):
        self.f = fname
        GROUPS[fname] = gname
        MSGS.setdefault(fname, [])
        self.n = 0

    def m(self, t, who, text=None, type="text", k=None, rep=None, att=None, ev=None, tgt=None,
          sid="auto", as_=None):
        _seq[0] += 1
        if who.startswith("!"):
            sender, skey = who[1:], None
        else:
            sender, skey = (as_ or disp(who)), who
        msg = {"time": iso(t), "group": GROUPS[self.f], "sender": sender, "type": type}
        if sid == "auto":
            if skey and P[skey]["uid"]:
                msg["senderId"] = P[skey]["uid"]
        elif sid:
            msg["senderId"] = sid
        if text is not None:
            msg["text"] = text
        if rep:
            msg["replyTo"] = rep  # resolved later to an id
        if ev:
            msg["event"] = ev
        if tgt:
            msg["target"] = tgt[1:] if tgt.startswith("!") else disp(tgt)
        if att:
            msg["attachment"] = att
        msg["_key"] = k
        msg["_who"] = skey
        msg["_seq"] = _seq[0]
        MSGS[self.f].append(msg)
        if k:
            assert k not in KEYS, k
            KEYS[k] = (self.f, msg)
        return msg

    def photos(self, t, who, count, k=None, rep=None, gap=7, as_=None, first_att=None):
        keys = []
        for i in range(count):
            kk = k if (i == 0 and k) else None
            tt = add_secs(t, i * gap)
            mm = self.m(tt, who, type="image", k=kk, rep=rep if i == 0 else None,
                        att="IMG_%s_%02d.jpg" % (tt.replace(" ", "_").replace(":", ""), i + 1), as_=as_)
            keys.append(mm)
        return keys

    def sticker(self, t, who, k=None, rep=None):
        return self.m(t, who, type="sticker", k=k, rep=rep)

    def file(self, t, who, name, text=None, k=None, rep=None):
        return self.m(t, who, text=text, type="file", att=name, k=k, rep=rep)

    def sys(self, t, who, ev, text, tgt=None, k=None):
        return self.m(t, who, text=text, type="system", ev=ev, tgt=tgt, k=k, sid=None)


def T(rule, key, who, note, state=""):
    TRUTH.append((rule, key, who, state, note))


def N(key, why):
    NEAR.append((key, why))


def L(order, dk, state, answer, note=""):
    LEDGER.append((order, dk, state, answer, note))
