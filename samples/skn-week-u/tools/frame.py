# Small helpers to lay out posts; every truth label below is written by hand next to its post.
import random, datetime as dt
from roster_def import PEOPLE, disp, DNAME
R = random.Random(20260216)
TZ = dt.timezone(dt.timedelta(hours=7))
DAYS = {'จ':16,'อ':17,'พ':18,'พฤ':19,'ศ':20}
def T(day, hms):
    h,m,*s = [int(x) for x in hms.split(':')]
    return dt.datetime(2026,2,day,h,m,s[0] if s else 0,tzinfo=TZ)
THD = str.maketrans('0123456789','๐๑๒๓๔๕๖๗๘๙')
def th(x): return str(x).translate(THD)

class Log:
    def __init__(self, fname, group):
        self.fname, self.group, self.posts = fname, group, []
    def post(self, t, who, parts, sid=None, reply=None, tag=None, truth=None, nm=None, at=0, gap=None, raw_name=None):
        """who: roster key or literal display name (raw_name). parts: list of str (text) or
        ('img',n) ('file',name) ('sticker',) ('vid',name). truth/nm apply to part index `at`."""
        name = raw_name if raw_name else disp(who)
        if sid is True: sid = PEOPLE[who]['line_user_id'] or PEOPLE[who]['email']
        msgs = []
        off = 0
        if who and who in PEOPLE and not who.startswith('OFF'):
            fem = not PEOPLE[who]['full_name'].startswith('นาย')
            def g(x):
                if fem: return x.replace('ครับผม','ค่ะ').replace('ครับ','ค่ะ').replace('คับ','ค่ะ')
                return x.replace('ค่ะ','ครับ').replace('นะคะ','นะครับ')
            parts = [g(p) if isinstance(p, str) else p for p in parts]
        for i,p in enumerate(parts):
            if isinstance(p, str):
                msgs.append(dict(type='text', text=p))
            elif p[0] == 'img':
                for k in range(p[1]):
                    msgs.append(dict(type='image'))
            elif p[0] == 'file':
                msgs.append(dict(type='file', attachment=p[1]))
            elif p[0] == 'vid':
                msgs.append(dict(type='video', attachment=p[1]))
            elif p[0] == 'sticker':
                msgs.append(dict(type='sticker'))
        offs = []
        for i,m in enumerate(msgs):
            offs.append(off)
            off += gap if gap else R.randint(8,35)
        self.posts.append(dict(t=t, name=name, key=who if not raw_name else None, sid=sid, msgs=msgs, offs=offs,
                               reply=reply, tag=tag, truth=truth or [], nm=nm, at=at))
    def sys(self, t, event, who, target=None, truth=None, nm=None, raw_actor=None, raw_target=None, tag=None):
        name = raw_actor if raw_actor else disp(who)
        tname = raw_target if raw_target else (disp(target) if target else None)
        self.posts.append(dict(t=t, name=name, key=who, sid=None, msgs=[dict(type='system', event=event, target=tname)],
                               offs=[0], reply=None, tag=tag, truth=truth or [], nm=nm, at=0))
    def layout(self, shift=True):
        self.posts.sort(key=lambda p: p['t'])
        prev_end = None
        for p in self.posts:
            if shift and prev_end is not None and p['t'] <= prev_end:
                newt = prev_end + dt.timedelta(seconds=4)
                p['shifted'] = (p['t'], newt)
                p['t'] = newt
            prev_end = p['t'] + dt.timedelta(seconds=p['offs'][-1])
        return self
