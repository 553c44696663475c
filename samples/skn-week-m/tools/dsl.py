# Small helpers used to write the week's messages by hand.
from people import P

FILES = {  # file -> group name
    'volunteer-centre.jsonl': 'ศอ.จอส.จว.สน.',
    'pk-orders.jsonl': 'ข้อสั่งการ ปค.สน.',
    'pj-orders.jsonl': 'ข้อสั่งการ ปจ.สน.',
    'executives.jsonl': 'ผู้บริหารจังหวัด และนายอำเภอ',
    'heads-districts.jsonl': 'หน.ส่วนราชการ-นอภ.สน.',
    'nakpokkrong-export.txt': 'นักปกครองสกลนคร',
}
MSGS = []           # every message, in writing order
_seq = [0]

THD = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')


def th(s):
    return str(s).translate(THD)


class M(dict):
    pass


def msg(file, day, hms, who, text=None, type='text', name=None, sid=None, reply=None, att=None,
        event=None, target=None, f=(), nm=None, ans=None, order=None, key=None):
    """who: roster key or ('outsider', display name, line id or '').
    f: list of (rule, note[, who shown]); nm: near-miss reason; ans: (order key, district key);
    order: order key if this message is a SKN-5O order (or reminder/info: see ORDERS)."""
    if len(hms) == 5:
        hms += ':00'
    _seq[0] += 1
    if isinstance(who, tuple):
        disp = who[1]
        s = who[2] if sid is None else sid
        person = None
    else:
        person = P[who]
        disp = name or person['names'][0]
        s = person['line'] if sid is None else sid
    m = M(file=file, day=day, hms=hms, who=who, person=person, name=disp, sid=s or '', text=text,
          type=type, reply=reply, att=att, event=event, target=target, f=list(f), nm=nm, ans=ans,
          order=order, key=key or ('k%d' % _seq[0]), seq=_seq[0])
    MSGS.append(m)
    return m


def photos(file, day, hms, who, n, gap=15, f=(), nm=None, ans=None, name=None, sid=None, stem='IMG'):
    """n photos sent one after another; tags go on the first."""
    h, mi, s = (hms + ':00')[:8].split(':')
    t = int(h) * 3600 + int(mi) * 60 + int(s)
    out = []
    for i in range(n):
        tt = t + i * gap
        hh = '%02d:%02d:%02d' % (tt // 3600, tt % 3600 // 60, tt % 60)
        out.append(msg(file, day, hh, who, type='image', att='%s_202601%02d_%s_%d.jpg' % (stem, day, hh.replace(':', '')[:4], i + 1),
                       f=f if i == 0 else (), nm=nm if i == 0 else None, ans=ans if i == 0 else None,
                       name=name, sid=sid))
    return out


def sticker(file, day, hms, who, **kw):
    return msg(file, day, hms, who, type='sticker', **kw)


def pdf(file, day, hms, who, fname, **kw):
    return msg(file, day, hms, who, type='file', att=fname, **kw)


def sysmsg(file, day, hms, who, event, text, target=None, **kw):
    return msg(file, day, hms, who, text=text, type='system', event=event, target=target, **kw)
