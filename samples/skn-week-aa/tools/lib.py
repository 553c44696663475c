import datetime as dt
from roster_data import build, disp, DISTRICTS, h

ROWS, BY = build()
TZ = dt.timezone(dt.timedelta(hours=7))

GROUPS = {
    "vol": ("ศอ.จอส.จว.สน.", "volunteer-centre.jsonl"),
    "pk": ("ข้อสั่งการ ปค.สน.", "dopa-orders.jsonl"),
    "pj": ("ข้อสั่งการ ปจ.สน.", "palad-orders.jsonl"),
    "ex": ("ผู้บริหารจังหวัด และนายอำเภอ", "executives.jsonl"),
    "hd": ("หน.ส่วนราชการ-นอภ.สน.", "heads-districts.jsonl"),
    "np": ("นักปกครองสกลนคร", "administrators.jsonl"),
}

MSGS = []
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(THAI)


def name(who):
    """who: roster key (tuple or str) or a literal display name given as ('raw', name)"""
    if isinstance(who, tuple) and who[0] == "raw":
        return who[1]
    return disp(BY[who])


def when(day, hm):
    parts = hm.split(":")
    hh, mm = int(parts[0]), int(parts[1])
    ss = int(parts[2]) if len(parts) > 2 else None
    return dt.datetime(2026, 5, day, hh, mm, ss if ss is not None else 0, tzinfo=TZ), ss is None


def M(g, day, hm, who, text=None, type="text", key=None, reply=None, att=None, event=None,
      target=None, sid=False, truth=None, nm=None, rep=None, sec=None, as_name=None):
    t, nosec = when(day, hm)
    if nosec:
        t = t.replace(second=sec if sec is not None else 3 + h(f"{g}{day}{hm}{text}{len(MSGS)}", 50))
    m = dict(g=g, t=t, who=who, sender=as_name or name(who), type=type, text=text, key=key, reply=reply,
             att=att, event=event, target=target, truth=truth or [], nm=nm, rep=rep, n=len(MSGS))
    if sid:
        p = BY[who]
        m["senderId"] = p["line_user_id"] or p["email"]
    MSGS.append(m)
    return m


def after(m, secs):
    return m["t"] + dt.timedelta(seconds=secs)


def photos(m, n, who=None, gap=9, start=14, prefix="IMG", truth=None, nm=None):
    """n photos after (or with) message m, by the same person"""
    out = []
    for i in range(n):
        t = after(m, start + i * gap)
        x = dict(g=m["g"], t=t, who=who or m["who"], sender=name(who or m["who"]), type="image",
                 text=None, key=None, reply=None,
                 att=f"{prefix}_{t.strftime('%Y%m%d_%H%M%S')}.jpg", event=None, target=None,
                 truth=(truth or []) if i == 0 else [], nm=nm if i == 0 else None, rep=None,
                 n=len(MSGS))
        MSGS.append(x)
        out.append(x)
    return out


def fileafter(m, fname, secs=20, who=None):
    t = after(m, secs)
    x = dict(g=m["g"], t=t, who=who or m["who"], sender=name(who or m["who"]), type="file", text=None,
             key=None, reply=None, att=fname, event=None, target=None, truth=[], nm=None, rep=None,
             n=len(MSGS))
    MSGS.append(x)
    return x


def at(m, secs, **kw):
    """a message a few seconds after m (same group)"""
    t = after(m, secs)
    day = t.day
    return M(m["g"], day, t.strftime("%H:%M:%S"), **kw)
