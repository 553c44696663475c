# Message helpers: every planted finding (T=...) and near miss (N=...) is written by hand next to
# the message it concerns; the writer only turns them into line numbers.
import datetime, random
from build_roster import build, DIST, DCODES

ROWS, K = build()

GROUPS = {
    'vol': ('volunteer-centre.jsonl', 'ศอ.จอส.จว.สน.'),
    'pk': ('pk-orders.jsonl', 'ข้อสั่งการ ปค.สน.'),
    'pj': ('pj-orders.jsonl', 'ข้อสั่งการ ปจ.สน.'),
    'exec': ('executives.jsonl', 'ผู้บริหารจังหวัด และนายอำเภอ'),
    'heads': ('heads-chiefs.jsonl', 'หน.ส่วนราชการ-นอภ.สน.'),
    'adm': ('administrators.jsonl', 'นักปกครองสกลนคร'),
}
ORDER_OF_FILES = ['vol', 'pk', 'pj', 'exec', 'heads', 'adm']
MSGS = {g: [] for g in GROUPS}
SEQ = [0]
BYKEY = {}

TH = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
def th(s):
    return str(s).translate(TH)

def dn(key, i=0):
    return K[key]['display_names'][i]

def who(s):
    return dn(s) if s in K else s

def ts(t):
    d, hm = t.split()
    parts = list(map(int, hm.split(':')))
    if len(parts) == 2:
        parts.append(0)
    return datetime.datetime(2026, 3, int(d), *parts)

def M(g, t, s, text=None, typ='text', key=None, reply=None, att=None, event=None, target=None,
      sid=False, T=(), N=None, name=None):
    """s: roster key or literal display name; name: override the display name shown."""
    SEQ[0] += 1
    disp = name if name else who(s)
    m = dict(g=g, time=ts(t) if isinstance(t, str) else t, seq=SEQ[0], sender=disp, type=typ,
             text=text, reply=reply, att=att, event=event, target=who(target) if target else None,
             key=key, T=list(T), N=N, senderkey=s if s in K else None)
    if sid and s in K:
        r = K[s]
        m['senderId'] = r['line_user_id'] or r['email']
    MSGS[g].append(m)
    if key:
        assert key not in BYKEY, key
        BYKEY[key] = m
    return m

def IMG(g, t, s, n=2, base='img', gap=14, T=(), N=None, key=None, reply=None, name=None, sid=False):
    t0 = ts(t) if isinstance(t, str) else t
    first = None
    for i in range(n):
        m = M(g, t0 + datetime.timedelta(seconds=gap * i), s, typ='image', att='%s_%d.jpg' % (base, i + 1),
              T=T if i == 0 else (), N=N if i == 0 else None, key=key if i == 0 else None,
              reply=reply if i == 0 else None, name=name, sid=sid)
        first = first or m
    return first

def FILE(g, t, s, fname, T=(), N=None, key=None, name=None):
    return M(g, t, s, typ='file', att=fname, T=T, N=N, key=key, name=name)

def STK(g, t, s, T=(), N=None, key=None, reply=None, name=None):
    return M(g, t, s, typ='sticker', att='sticker_%d' % (SEQ[0] % 7 + 1), T=T, N=N, key=key, reply=reply, name=name)

def SYS(g, t, s, event, text, target=None, T=(), N=None, key=None):
    return M(g, t, s, text=text, typ='system', event=event, target=target, T=T, N=N, key=key)

def after(t, seconds):
    t0 = ts(t) if isinstance(t, str) else t
    return t0 + datetime.timedelta(seconds=seconds)

VILL = ['บ้านนาโพธิ์', 'บ้านหนองแวง', 'บ้านโคกสะอาด', 'บ้านดงมะไฟ', 'บ้านนาหัวบ่อ', 'บ้านห้วยยาง',
        'บ้านคำบ่อ', 'บ้านโพนงาม', 'บ้านนาคำ', 'บ้านหนองบัวแดง', 'บ้านดงสวรรค์', 'บ้านโนนสูง',
        'บ้านห้วยทราย', 'บ้านนาแก', 'บ้านกุดจิก', 'บ้านหนองสะไน', 'บ้านโคกก่อง', 'บ้านท่าวัด',
        'บ้านนาเพียง', 'บ้านดอนเขือง']

def rng(*a):
    return random.Random('|'.join(map(str, a)))

def vill(code, i=0):
    r = rng('v', code, i)
    return r.choice(VILL)
