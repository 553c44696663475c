# Small functions to write messages by hand. They only store what is written; no text is generated.
class G:
    def __init__(self, group, file):
        self.group, self.file, self.msgs = group, file, []

    def _add(self, d, hm, sender, typ, tags, **kw):
        m = dict(day=d, hm=hm, sender=sender, type=typ, **kw)
        tr = tags.pop('tr', [])
        if tr and isinstance(tr[0], str):
            tr = [tr]
        m['tr'] = list(tr)
        ans = tags.pop('ans', [])
        if ans and isinstance(ans[0], str):
            ans = [ans]
        m['ans'] = list(ans)
        for k in ('nm', 'order', 'lab', 'reply', 'nosid'):
            m[k] = tags.pop(k, None)
        assert not tags, tags
        self.msgs.append(m)
        return m

    def t(self, d, hm, s, text, **tags):
        return self._add(d, hm, s, 'text', tags, text=text)

    def img(self, d, hm, s, f, **tags):
        return self._add(d, hm, s, 'image', tags, attachment=f)

    def vid(self, d, hm, s, f, **tags):
        return self._add(d, hm, s, 'video', tags, attachment=f)

    def fil(self, d, hm, s, f, **tags):
        return self._add(d, hm, s, 'file', tags, attachment=f)

    def stk(self, d, hm, s, **tags):
        return self._add(d, hm, s, 'sticker', tags)

    def sys(self, d, hm, s, event, text, target=None, **tags):
        return self._add(d, hm, s, 'system', tags, event=event, text=text, target=target)
