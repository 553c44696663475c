# Small helpers for writing the week's logs by hand.
import datetime as dt
from roster_data import BY_ID, DNAME, disp

TZ = dt.timezone(dt.timedelta(hours=7))
_sec = [0]

def T(day, hm, sec=None):
    h, m = map(int, hm.split(':'))
    if sec is None:
        _sec[0] += 1
        sec = (_sec[0] * 17) % 41 + 3
    return dt.datetime(2025, 12, day, h, m, sec, tzinfo=TZ)

def th(n):
    return str(n).translate(str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙'))

def who(district, code):
    """district person: C chief, K coord deputy, V volunteer officer (K if dual), P1/P2 deputies"""
    pid = f'D-{district}-{code}'
    if code == 'V' and pid not in BY_ID:
        pid = f'D-{district}-K'
    return pid

def polite(full, text):
    """the polite particle follows the speaker: ครับ for men, ค่ะ/คะ for women"""
    female = full.startswith(('นาง', 'นางสาว'))
    male = full.startswith('นาย') and not female
    if male:
        return text.replace('นะคะ', 'นะครับ').replace('ค่ะ', 'ครับ')
    if female:
        for a, b in (('ครับผม', 'ค่ะ'), ('นะครับ', 'นะคะ'), ('ครับ', 'ค่ะ'), ('คับ', 'ค่ะ')):
            text = text.replace(a, b)
    return text

class Log:
    def __init__(self, file, group):
        self.file, self.group, self.msgs = file, group, []

    def add(self, t, sender, type='text', text=None, key=None, replyTo=None, attachment=None,
            event=None, target=None, sid=True, viol=None, near=None, ans=None, name=None, note=None):
        # sender: roster pid or a raw display name (outsider); name overrides the shown display name
        if sender in BY_ID:
            shown = name or disp(sender)
            senderId = BY_ID[sender]['line_user_id'] if sid is True else (sid or '')
        else:
            shown = name or sender
            senderId = sid if isinstance(sid, str) else ''
        if text and sender in BY_ID:
            text = polite(BY_ID[sender]['full_name'], text)
        m = dict(group=self.group, time=t, sender=shown, type=type)
        if senderId:
            m['senderId'] = senderId
        if text is not None:
            m['text'] = text
        if replyTo: m['_reply'] = replyTo
        if attachment: m['attachment'] = attachment
        if event: m['event'] = event
        if target:
            m['target'] = disp(target) if target in BY_ID else target
        m['_pid'] = sender if sender in BY_ID else None
        m['_key'] = key
        m['_viol'] = viol or []
        m['_near'] = near
        m['_ans'] = ans or []
        m['_note'] = note
        self.msgs.append(m)
        return m

    def post(self, t, sender, text=None, photos=0, files=(), caption_after=False, sticker=False,
             photo_name='IMG', **kw):
        """one post: text (or sticker) then photos/files; or photos then caption. Tags go on the first message."""
        out = []
        step = dt.timedelta(seconds=9)
        tags = {k: kw.pop(k) for k in ('viol', 'near', 'ans', 'key', 'note') if k in kw}
        cur = t
        def first():
            return tags if not out else {}
        if sticker:
            out.append(self.add(cur, sender, type='sticker', attachment='sticker:' + str(11537 + len(self.msgs) % 7) + '/520027' + str(30 + len(self.msgs) % 60), **first(), **kw))
            cur += step
        if text is not None and not caption_after:
            out.append(self.add(cur, sender, text=text, **first(), **kw)); cur += step * 2
        for i in range(photos):
            out.append(self.add(cur, sender, type='image', attachment=f'{photo_name}_{t:%m%d_%H%M}_{i+1}.jpg', **first(), **{k: v for k, v in kw.items() if k in ('name', 'sid')}))
            cur += step
        for f in files:
            out.append(self.add(cur, sender, type='file', attachment=f, **first(), **{k: v for k, v in kw.items() if k in ('name', 'sid')}))
            cur += step
        if text is not None and caption_after:
            out.append(self.add(cur, sender, text=text, **first(), **kw))
        return out[0]

    def sys(self, t, sender, event, target=None, text=None, **kw):
        return self.add(t, sender, type='system', event=event, target=target, text=text, **kw)
