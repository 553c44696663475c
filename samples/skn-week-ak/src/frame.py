# Layout helper for week AK: numbers messages, gives them seconds, carries the hand-written tags.
# Every message text and every tag note is written by hand in the g_*.py files.
import datetime
import hashlib

from people import BY

BKK = datetime.timezone(datetime.timedelta(hours=7))
YEAR, MONTH = 2026, 6


def F(rule, note, who=None):
    """a finding (truth row) carried by this message"""
    return ("F", rule, note, who)


def N(why):
    """a near miss"""
    return ("N", why)


def A(order, district, how=""):
    """this message is district's answer to order (first message of the answering post)"""
    return ("A", order, district, how)


def h(s, mod):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16) % mod


class Msg:
    pass


class Chat:
    def __init__(self, group, fname, export=False):
        self.group, self.fname, self.export = group, fname, export
        self.msgs, self.keys = [], {}
        self.d = None

    def day(self, d):
        self.d = d

    def _time(self, hm):
        hh, mm = (int(x) for x in hm.split(":"))
        base = datetime.datetime(YEAR, MONTH, self.d, hh, mm, tzinfo=BKK)
        if self.msgs and self.msgs[-1].t.replace(second=0) == base:
            sec = self.msgs[-1].t.second + 3 + h(f"{self.fname}{len(self.msgs)}", 5)
            assert sec < 60, (self.fname, self.d, hm, "too many messages in one minute")
        else:
            sec = 2 + h(f"{self.fname}{self.d}{hm}{len(self.msgs)}", 20)
        t = base.replace(second=sec)
        if self.msgs:
            assert t > self.msgs[-1].t, (self.fname, self.d, hm, "messages not in time order")
        return t

    def _add(self, hm, who, type_, text=None, tags=(), name=None, reply=None, key=None, noid=False,
             sid=None, event=None, target=None, attachment=None):
        m = Msg()
        m.chat, m.t, m.type, m.text, m.tags = self, self._time(hm), type_, text, list(tags)
        if who.startswith("!"):
            m.pkey, m.name = None, who[1:]
        else:
            m.pkey, m.name = who, name or BY[who]["disps"][0]
        m.reply, m.key, m.event, m.target, m.attachment = reply, key, event, target, attachment
        # senderId: the LINE user id for about two messages in three of people who have one
        m.sid = None
        if m.pkey and not noid:
            p = BY[m.pkey]
            if sid is not None:
                m.sid = sid
            elif p["line"] and h(f"{self.fname}{len(self.msgs)}{m.name}", 3) != 0:
                m.sid = p["line"]
            elif not p["line"] and p["email"] and h(f"e{self.fname}{len(self.msgs)}", 3) == 0:
                m.sid = p["email"]
        m.seq = len(self.msgs)
        m.id = m.line = None
        self.msgs.append(m)
        if key:
            assert key not in self.keys, key
            self.keys[key] = m
        return m

    # ---- posts -------------------------------------------------------------------------------
    def t(self, hm, who, text, *tags, **kw):
        return self._add(hm, who, "text", text, tags, **kw)

    def photos(self, hm, who, n, *tags, **kw):
        first = None
        for i in range(n):
            stamp = f"{self.d:02d}{hm.replace(':', '')}"
            att = f"IMG_2026{MONTH:02d}{stamp}_{h(stamp + who + str(i) + self.fname, 9000) + 1000}.jpg"
            kk = dict(kw) if i == 0 else {k: v for k, v in kw.items() if k in ("name", "noid", "sid")}
            m = self._add(hm, who, "image", None, tags if i == 0 else (), attachment=att, **kk)
            first = first or m
        return first

    def video(self, hm, who, *tags, **kw):
        stamp = f"{self.d:02d}{hm.replace(':', '')}"
        return self._add(hm, who, "video", None, tags, attachment=f"VID_2026{MONTH:02d}{stamp}.mp4", **kw)

    def file(self, hm, who, fname, *tags, **kw):
        return self._add(hm, who, "file", None, tags, attachment=fname, **kw)

    def stk(self, hm, who, *tags, **kw):
        return self._add(hm, who, "sticker", None, tags, **kw)

    # ---- system events -------------------------------------------------------------------------
    def invite(self, hm, who, target_key_or_name, *tags, **kw):
        tgt = target_key_or_name
        tname = tgt[1:] if tgt.startswith("!") else BY[tgt]["disps"][0]
        m = self._add(hm, who, "system", None, tags, event="invite", target=tname, **kw)
        m.target_key = None if tgt.startswith("!") else tgt
        return m

    def join(self, hm, who, *tags, **kw):
        return self._add(hm, who, "system", None, tags, event="join", **kw)

    def leave(self, hm, who, *tags, **kw):
        return self._add(hm, who, "system", None, tags, event="leave", **kw)

    def remove(self, hm, who, target_name, *tags, **kw):
        return self._add(hm, who, "system", None, tags, event="remove", target=target_name, **kw)

    def rename(self, hm, who, new_name, *tags, **kw):
        return self._add(hm, who, "system", None, tags, event="rename", target=new_name, **kw)

    def unsend(self, hm, who, *tags, **kw):
        return self._add(hm, who, "system", None, tags, event="unsend", **kw)
