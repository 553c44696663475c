# Small helpers for writing the week's messages by hand (build_week.py uses them).
import random
from roster_data import BY, dn, DNAME, DUAL

rnd = random.Random(2568_10_27)

FILES = {
    'VC': ('volunteer-centre.jsonl', 'ศอ.จอส.จว.สน.'),
    'PK': ('pk-orders.jsonl', 'ข้อสั่งการ ปค.สน.'),
    'PJ': ('palad-orders.jsonl', 'ข้อสั่งการ ปจ.สน.'),
    'EX': ('executives.jsonl', 'ผู้บริหารจังหวัด และนายอำเภอ'),
    'HD': ('heads-chiefs.jsonl', 'หน.ส่วนราชการ-นอภ.สน.'),
    'AD': ('administrators.jsonl', 'นักปกครองสกลนคร'),
}
MSGS = {g: [] for g in FILES}
KEYS = {}
_seq = [0]


def hm_add(hm, k):
    h, m = map(int, hm.split(':'))
    t = h * 60 + m + k
    return '%02d:%02d' % (t // 60, t % 60)


def name(s):
    return dn(s) if s in BY else s


def M(g, day, hm, sender, typ='text', text=None, key=None, reply=None, s=None, att=None,
      event=None, target=None, sid=None, tr=None, nm=None):
    """one message. tr: list of (rule, who or None, note); nm: near-miss reason."""
    _seq[0] += 1
    m = dict(_g=g, _day=day, _hm=hm, _s=s, _seq=_seq[0], _key=key, _reply=reply,
             sender=name(sender), type=typ, _tr=tr or [], _nm=nm)
    if text is not None:
        m['text'] = text
    if att is not None:
        m['attachment'] = att
    if event:
        m['event'] = event
    if target:
        m['target'] = name(target)
    if sid:
        m['senderId'] = sid
    MSGS[g].append(m)
    if key:
        assert key not in KEYS, key
        KEYS[key] = m
    return m


def photos(g, day, hm, sender, n, tag='IMG', gap=0, key=None, reply=None, tr=None, nm=None):
    first = None
    for i in range(n):
        t = hm_add(hm, (i * gap) if gap else (1 if i >= 2 else 0))
        a = '%s_202510%02d_%s%02d.jpg' % (tag, day, t.replace(':', ''), rnd.randint(10, 99))
        m = M(g, day, t, sender, 'image', att=a, key=key if i == 0 else None,
              reply=reply if i == 0 else None, tr=tr if i == 0 else None, nm=nm if i == 0 else None)
        first = first or m
    return first


def sticker(g, day, hm, sender, **kw):
    pk = rnd.choice([11537, 11538, 789, 446, 6362])
    return M(g, day, hm, sender, 'sticker', att='sticker:%d/%d' % (pk, rnd.randint(52002734, 52002780)), **kw)


def fileM(g, day, hm, sender, fname, **kw):
    return M(g, day, hm, sender, 'file', att=fname, **kw)


def CH(k): return 'CH_' + k
def CO(k): return 'CO_' + k
def VO(k): return ('CO_' + k) if k in DUAL else ('VO_' + k)
def EXd(k, i=1): return 'EX%d_%s' % (i, k)


def polite(key, w):
    """ครับ/ค่ะ to fit the sender (title of the full name)"""
    if key not in BY:
        return w
    if BY[key]['full'].startswith('นาง'):
        return w.replace('ครับผม', 'ค่ะ').replace('ครับ', 'ค่ะ').replace('คับ', 'ค่ะ')
    return w.replace('ค่ะ', 'ครับ')
