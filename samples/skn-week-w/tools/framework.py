# Shared helpers for make_week.py: message records, people lookup, Thai digits.
import datetime as dt, random, unicodedata, re
import roster_data

TZ = dt.timezone(dt.timedelta(hours=7))
ROWS = roster_data.build()
BY_KEY = {r['key']: r for r in ROWS}
RNG = random.Random(2568)

G_VOL = 'ศอ.จอส.จว.สน.'
G_PK = 'ข้อสั่งการ ปค.สน.'
G_NAK = 'นักปกครองสกลนคร'
G_EXE = 'ผู้บริหารจังหวัด และนายอำเภอ'
G_HEADS = 'หน.ส่วนราชการ-นอภ.สน.'
G_PJ = 'ข้อสั่งการ ปจ.สน.'

FILES = {G_VOL: 'volunteer-centre.jsonl', G_PK: 'pk-orders-export.txt', G_NAK: 'nakpokkrong.jsonl',
         G_EXE: 'executives-district-chiefs.jsonl', G_HEADS: 'agency-heads-district-chiefs.jsonl',
         G_PJ: 'palad-orders.jsonl'}

ADMIT = {
 G_NAK: ('SKN-1', {'governor','provincial_palad','district_chief','coordinating_deputy'}),
 G_PK: ('SKN-2', {'provincial_palad','district_chief','coordinating_deputy','provincial_admin_staff'}),
 G_PJ: ('SKN-3', {'provincial_palad','district_chief'}),
 G_EXE: ('SKN-4', {'governor','vice_governor','provincial_palad','district_chief'}),
 G_VOL: ('SKN-5', {'provincial_palad','district_chief','deputy_district_chief','coordinating_deputy','volunteer_center_staff'}),
 G_HEADS: ('SKN-6', {'governor','vice_governor','agency_head','district_chief'}),
}

THD = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
def th(x):
    return str(x).translate(THD)

def T(day, hm):
    parts = [int(p) for p in hm.split(':')]
    if len(parts) == 2:
        parts.append(RNG.randint(0, 59))
    return dt.datetime(2025, 12, day, parts[0], parts[1], parts[2], tzinfo=TZ)

def dn(key, i=0):
    """display name number i of roster person key"""
    return BY_KEY[key]['display_names'].split('|')[i]

MSGS = []
_seq = [0]
class Msg(dict):
    pass

def msg(group, t, sender, text=None, type='text', key=None, **kw):
    """sender: roster key, or ('raw', display name, roster key or None)"""
    _seq[0] += 1
    m = Msg(group=group, t=t, type=type, text=text, seq=_seq[0], key=key,
            rules=kw.pop('rules', []), nm=kw.pop('nm', None), ans=kw.pop('ans', None),
            pk=kw.pop('pk', None), cont=kw.pop('cont', False), uid=kw.pop('uid', None))
    if isinstance(sender, tuple):
        m['sender'] = sender[1]; m['person'] = sender[2]
    elif sender is None:
        m['sender'] = None; m['person'] = None
    else:
        m['sender'] = dn(sender, kw.pop('dni', 0)); m['person'] = sender
    for k in ('replyTo', 'event', 'target', 'attachment', 'target_person'):
        if k in kw:
            m[k] = kw.pop(k)
    assert not kw, kw
    MSGS.append(m)
    return m

def photos(group, t, sender, n, base, gap=(15, 50), alone=False, **kw):
    """n photos after time t; alone=True: the first photo opens its own post"""
    out = []
    for i in range(n):
        t = t + dt.timedelta(seconds=RNG.randint(*gap))
        kk = dict(kw)
        if alone and i == 0:
            out.append(msg(group, t, sender, None, 'image', attachment='%s_%02d.jpg' % (base, i + 1), **kk))
            kk.pop('ans', None); kk.pop('nm', None); kk.pop('rules', None)
        else:
            kk.pop('ans', None); kk.pop('nm', None); kk.pop('rules', None)
            out.append(msg(group, t, sender, None, 'image', attachment='%s_%02d.jpg' % (base, i + 1), cont=True, **kk))
    return out

def after(t, s):
    return t + dt.timedelta(seconds=s)
