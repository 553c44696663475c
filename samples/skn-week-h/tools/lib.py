# Small helpers shared by the week's builder scripts.
import random
from roster_data import people

PPL = people()
BY_NAME = {}
for p in PPL.values():
    for n in p["names"]:
        BY_NAME.setdefault(n, []).append(p)

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TH)


def T(s):
    """'18 08:45' or '18 08:45:30' -> ISO time on May 2026, +07:00."""
    d, hm = s.split(" ")
    if hm.count(":") == 1:
        hm += ":00"
    return "2026-05-%02dT%s+07:00" % (int(d), hm)


def plus(t, sec):
    """add seconds to a 'DD HH:MM[:SS]' string"""
    d, hm = t.split(" ")
    parts = [int(x) for x in hm.split(":")] + ([0] if hm.count(":") == 1 else [])
    h, m, s = parts
    tot = ((int(d) * 24 + h) * 60 + m) * 60 + s + sec
    s = tot % 60
    tot //= 60
    m = tot % 60
    tot //= 60
    h = tot % 24
    d = tot // 24
    return "%d %02d:%02d:%02d" % (d, h, m, s)


def is_female(who):
    ps = BY_NAME.get(who, [])
    if len(ps) != 1:
        return False
    return ps[0]["full"].startswith("นาง")


def fix_particles(who, text):
    """a post's polite particles follow its sender (ครับ for men, ค่ะ for women)"""
    ps = BY_NAME.get(who, [])
    if len(ps) != 1:
        return text
    if is_female(who):
        return text.replace("ครับผม", "ค่ะ").replace("ครับ", "ค่ะ")
    return text.replace("ค่ะ", "ครับ")


class Group:
    def __init__(self, name, fname):
        self.name = name
        self.fname = fname
        self.msgs = []
        self.seq = 0

    def add(self, t, who, text="", type="text", key=None, reply=None, f=None, nm=None,
            ans=None, attachment=None, event=None, target=None, sid=None, nosid=False, note=None):
        self.seq += 1
        if type == "text" and text:
            text = fix_particles(who, text)
        m = dict(t=t, who=who, text=text, type=type, key=key, reply=reply, f=f or [], nm=nm,
                 ans=ans or [], attachment=attachment, event=event, target=target, sid=sid,
                 nosid=nosid, seq=self.seq, note=note)
        self.msgs.append(m)
        return m

    def text(self, t, who, text, photos=0, files=None, photos_first=False, pname="IMG", **kw):
        """a post: text plus photos (after it, or before it) and/or files."""
        out = []
        if photos_first:
            first = None
            for i in range(photos):
                m = self.add(plus(t, i * 8), who, type="image",
                             attachment="%s_%s_%d.jpg" % (pname, t.replace(" ", "_").replace(":", ""), i + 1))
                out.append(m)
            tm = self.add(plus(t, photos * 8 + 25), who, text, **kw)
            out.append(tm)
            return tm, out
        tm = self.add(t, who, text, **kw)
        out.append(tm)
        k = 1
        for i in range(photos):
            out.append(self.add(plus(t, 20 + i * 7), who, type="image",
                                attachment="%s_%s_%d.jpg" % (pname, t.replace(" ", "_").replace(":", ""), i + 1)))
            k += 1
        for fn in (files or []):
            out.append(self.add(plus(t, 20 + k * 9), who, type="file", attachment=fn))
            k += 1
        return tm, out

    def photos(self, t, who, n, pname="IMG", **kw):
        first = None
        for i in range(n):
            m = self.add(plus(t, i * 6), who, type="image",
                         attachment="%s_%s_%d.jpg" % (pname, t.replace(" ", "_").replace(":", ""), i + 1),
                         **(kw if i == 0 else {}))
            first = first or m
        return first

    def sticker(self, t, who, **kw):
        pk = random.Random(t + who).choice(["11537_52002734", "11538_51626498", "446_1988", "6136_10551378",
                                             "789_10856", "11539_52114110", "8525_16581290"])
        return self.add(t, who, "", type="sticker", attachment="sticker:" + pk, **kw)

    def sys(self, t, event, who, target=None, **kw):
        return self.add(t, who, "", type="system", event=event, target=target, **kw)
