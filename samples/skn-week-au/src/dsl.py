"""Small functions to write the week's messages by hand.

Every message, every truth note and every near-miss reason is written by hand in the g_*.py files.
These functions only turn one hand-written call into a record; build.py numbers, sorts nothing it
was not told to, lays out the export and tabulates.

t is "DD HH:MM" (day of August 2026) or "DD HH:MM:SS".
Annotations (all written by hand):
  tr=[(rule, note)] or [(rule, note, who)]   rows for truth.csv (who defaults to the sender)
  nm="why"                                   a near miss
  o="O1"                                     this message is SKN-5O order O1 (ศอ.จอส.จว.สน. only)
  a=("O1", district, state, note)            first answer of district to O1, state as I judged it
  lab="x" / rep="x"                          label a message / reply to a labelled message
  sid=False                                  do not write senderId on this message
"""

def _rec(t, who, typ, **kw):
    r = {"t": t, "who": who, "type": typ}
    r.update(kw)
    return r

def m(t, who, text, **kw):
    return [_rec(t, who, "text", text=text, **kw)]

def st(t, who, **kw):
    return [_rec(t, who, "sticker", **kw)]

def img(t, who, n=1, names=None, **kw):
    """n photos sent together: one post (annotations go on the first photo)."""
    out = []
    for i in range(n):
        att = names[i] if names else None
        if i == 0:
            out.append(_rec(t, who, "image", attachment=att, **kw))
        else:
            out.append(_rec(t, who, "image", attachment=att))
    return out

def vid(t, who, name, **kw):
    return [_rec(t, who, "video", attachment=name, **kw)]

def fl(t, who, name, **kw):
    return [_rec(t, who, "file", attachment=name, **kw)]

def sy(t, who, event, target=None, text=None, **kw):
    return [_rec(t, who, "system", event=event, target=target, stext=text, **kw)]

def flat(*parts):
    out = []
    for p in parts:
        out.extend(p)
    return out
