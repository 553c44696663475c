# Small framework: a group is a list of events written by hand, with the findings,
# near misses, orders and answers I decided on attached to each event as tags.
import random
from roster_data import R, dd, D, name, uid

class Group:
    def __init__(self, gname, fname, export=False):
        self.gname, self.fname, self.export = gname, fname, export
        self.ev = []
        self.seq = 0

    def add(self, t, who, typ='text', text=None, **kw):
        """t = 'DD HH:MM' (May 2026). who = roster key or ('raw', name)."""
        e = dict(t=t, who=who, type=typ, text=text, seq=self.seq)
        e.update(kw)
        self.seq += 1
        self.ev.append(e)
        return e

    def sorted(self):
        return sorted(self.ev, key=lambda e: (int(e['t'][:2]), e['t'][3:8], e['seq']))

def sender_name(e):
    w = e['who']
    if isinstance(w, tuple):
        return w[1]
    if e.get('as_name'):
        return e['as_name']
    return name(w, e.get('ni', 0))

def who_key(role, d):
    ks = dd[d]
    if role in ('chief', 'coord', 'vol'):
        return ks[role]
    if role.startswith('x'):
        return ks['extra'][int(role[1])]
    raise ValueError(role)

TH = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
def th(s):
    return str(s).translate(TH)

def plus(t, m):
    d, hm = t.split(' ')
    h, mi = map(int, hm.split(':'))
    tot = h * 60 + mi + m
    return '%s %02d:%02d' % (d, tot // 60, tot % 60)
