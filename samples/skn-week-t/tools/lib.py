from people import P

MSGS = {}   # file -> list of entries
GROUP = {}  # file -> group name
CUR = [None]
_seq = [0]

ACK_M = ['รับทราบครับ', 'รับทราบครับผม', 'ทราบครับ', 'รับทราบครับท่าน', 'รับทราบและถือปฏิบัติครับ', 'รับทราบครับ 🙏',
         'ร้บทราบครับ', 'รับทราบคับ', 'ทราบแล้วครับ', 'ครับผม รับทราบครับ', '🙏', '👍', 'รับทราบครับ ขอบคุณครับ',
         'รับทราบ ครับ', 'รับทราบครับ🙏🙏', 'ทราบครับท่าน']
ACK_F = ['รับทราบค่ะ', 'รับทราบค่ะ 🙏', 'ทราบค่ะ', 'รับทราบค่ะ ขอบคุณค่ะ', 'รับทาบค่ะ', 'รับทราบแล้วค่ะ', '🙏🏻',
         'รับทราบนะคะ', 'รับทราบค่ะ🙏🏻']
_ack_i = {'m': 0, 'f': 0}


def group(fname, gname):
    CUR[0] = fname
    GROUP[fname] = gname
    MSGS.setdefault(fname, [])


def T(s):
    d, hm = s.split(' ')
    if hm.count(':') == 1:
        hm += ':00'
    return '2025-09-%02d %s' % (int(d), hm)


def M(t, who, text=None, typ='text', att=None, reply=None, label=None, v=None, nm=None, ans=None,
      name=None, sid=False, event=None, target=None):
    _seq[0] += 1
    e = dict(t=T(t), who=who, text=text, typ=typ, att=att, reply=reply, label=label, v=v or [], nm=nm,
             ans=ans, name=name, sid=sid, event=event, target=target, seq=_seq[0])
    MSGS[CUR[0]].append(e)
    return e


def img(t, who, att, **kw):
    return M(t, who, typ='image', att=att, **kw)


def photos(t, who, base, n, step=20, name=None, **kw):
    h, m = t.split(' ')[1].split(':')[:2]
    d = t.split(' ')[0]
    out = []
    for i in range(n):
        s = i * step
        tt = '%s %s:%s:%02d' % (d, h, m, s) if s < 60 else '%s %s:%02d:%02d' % (d, h, int(m) + s // 60, s % 60)
        out.append(M(tt, who, typ='image', att='%s_%d.jpg' % (base, i + 1), name=name, **(kw if i == 0 else {})))
    return out


def sticker(t, who, pkg='11537/52002734', **kw):
    return M(t, who, typ='sticker', att='sticker:' + pkg, **kw)


def acks(day, start, keys, gap=90):
    """a run of acknowledgements, start 'HH:MM', gap seconds"""
    h, m = map(int, start.split(':'))
    s = h * 3600 + m * 60
    for i, k in enumerate(keys):
        tt = s + i * gap
        ts = '%s %02d:%02d:%02d' % (day, tt // 3600, (tt % 3600) // 60, tt % 60)
        if k.startswith('S:'):
            sticker(ts, k[2:], pkg=['11537/52002734', '446/1988', '11538/51626501', '789/10855'][i % 4])
            continue
        g = P[k]['g']
        pool = ACK_F if g == 'f' else ACK_M
        M(ts, k, pool[_ack_i[g] % len(pool)])
        _ack_i[g] += 1
