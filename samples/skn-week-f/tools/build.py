# Writes the chat files and the ground-truth tables from the hand-written messages and tags.
import json, csv, os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(__file__))
import people
from people import P, TH, DISTRICTS
import dsl
import g_vol, g_pk, g_pj, g_ex, g_nk, g_heads, g_extra
for _g in dsl.MSGS: dsl.MSGS[_g].sort(key=lambda m: m['ts'])

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GROUPS = [("vol", "ศอ.จอส.จว.สน.", "volunteer-centre.jsonl"),
          ("pk", "ข้อสั่งการ ปค.สน.", "pk-orders.jsonl"),
          ("pj", "ข้อสั่งการ ปจ.สน.", "palad-orders.jsonl"),
          ("ex", "ผู้บริหารจังหวัด และนายอำเภอ", "executives.jsonl"),
          ("nk", "นักปกครองสกลนคร", "administrators.jsonl"),
          ("heads", "หน.ส่วนราชการ-นอภ.สน.", "heads-chiefs-export.txt")]
GNAME = {g: n for g, n, f in GROUPS}
GFILE = {g: f for g, n, f in GROUPS}

def disp(who, m=None):
    if m is not None and m.get("name"): return m["name"]
    if who.startswith("!"): return who[1:]
    return P[who]["names"][0]

def sid(m):
    s = m.get("sid")
    if s is False: return None
    if isinstance(s, str): return s
    if m["who"].startswith("!"): return None
    p = P[m["who"]]
    if p["line"]: return p["line"]
    if p["role"] == "provincial_admin_staff" and p["email"]: return p["email"]
    return None

def iso(t): return t.strftime("%Y-%m-%dT%H:%M:%S+07:00")

# ---- ids, line numbers
n = 0
labels = {}
for g, _, f in GROUPS:
    ms = dsl.MSGS[g]
    for a, b in zip(ms, ms[1:]):
        assert a["ts"] <= b["ts"], (g, a["ts"], b["ts"], b.get("text", "")[:30])
    if f.endswith(".jsonl"):
        for i, m in enumerate(ms, 1):
            n += 1
            m["id"] = "f%04d" % n
            m["line"] = i
            if m.get("lab"): labels[m["lab"]] = m

# ---- JSONL
for g, gname, f in GROUPS:
    if not f.endswith(".jsonl"): continue
    with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
        for m in dsl.MSGS[g]:
            o = {"id": m["id"], "group": gname, "time": iso(m["ts"]), "sender": disp(m["who"], m)}
            s = sid(m)
            if s: o["senderId"] = s
            o["type"] = m["type"]
            if m["text"]: o["text"] = m["text"]
            if m.get("reply"): o["replyTo"] = labels[m["reply"]]["id"]
            if m["type"] == "system":
                o["event"] = m["event"]
                if m.get("target"): o["target"] = disp(m["target"])
            if m.get("attachment"): o["attachment"] = m["attachment"]
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

# ---- LINE export (Thai UI, phone)
WD = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
def export(g):
    ms = dsl.MSGS[g]
    lines = ['[LINE] ประวัติการแชทในกลุ่ม "%s"' % GNAME[g], "บันทึกเมื่อ 13/03/2569 20:15", ""]
    day = None
    for m in ms:
        t = m["ts"]
        if t.date() != day:
            if day is not None: lines.append("")
            day = t.date()
            lines.append("%s %02d/%02d/%d" % (WD[t.weekday()], t.day, t.month, t.year + 543))
        hm = t.strftime("%H:%M")
        m["line"] = len(lines) + 1
        if m["type"] == "system":
            ev = m["event"]
            a = disp(m["who"], m)
            if ev == "invite": txt = "%s เพิ่ม %s เข้ากลุ่ม" % (a, disp(m["target"]))
            elif ev == "join": txt = "%s เข้าร่วมกลุ่ม" % a
            elif ev == "leave": txt = "%s ออกจากกลุ่ม" % a
            elif ev == "unsend": txt = "%s ยกเลิกข้อความ" % a
            else: raise ValueError(ev)
            lines.append("%s\t\t%s" % (hm, txt))
            continue
        if m["type"] == "image": txt = "[รูป]"
        elif m["type"] == "sticker": txt = "[สติกเกอร์]"
        elif m["type"] == "video": txt = "[วิดีโอ]"
        else:
            txt = m["text"]
            if "\n" in txt or txt.startswith('"'):
                txt = '"' + txt.replace('"', '""') + '"'
        for k, part in enumerate(txt.split("\n")):
            lines.append(("%s\t%s\t%s" % (hm, disp(m["who"], m), part)) if k == 0 else part)
    with open(os.path.join(OUT, GFILE[g]), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
export("heads")

# ---- roster
with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow("person_id,full_name,display_names,role,agency,district,line_user_id,email".split(","))
    for i, p in enumerate(people.persons(), 1):
        p["pid"] = "SKN%03d" % i
        w.writerow([p["pid"], p["full"], "|".join(p["names"]), p["role"], p["agency"], p["district"], p["line"], p["email"]])

# ---- truth rows from the hand tags
truth, nms = [], []
for g, _, f in GROUPS:
    for m in dsl.MSGS[g]:
        for t in m.get("f", []):
            rule, note = t[0], t[1]
            who = t[2] if len(t) > 2 else disp(m["who"], m)
            truth.append([rule, f, m["line"], m.get("id", ""), who, "", note])
        if m.get("nm"):
            nms.append([f, m["line"], m.get("id", ""), m["nm"]])

# ---- SKN-5O ledger from the orders and the answers tagged by hand
ans = {}
reports = {}   # district -> list of (time, msg) of every district report post in the group
for m in dsl.MSGS["vol"]:
    if m.get("ans"):
        o, dk = m["ans"]
        assert (o, dk) not in ans, (o, dk)
        ans[(o, dk)] = m
        reports.setdefault(dk, []).append(m)
    elif m.get("rep"):
        reports.setdefault(m["rep"], []).append(m)
last = max(mm["ts"] for g in dsl.MSGS for mm in dsl.MSGS[g])
vol_last = dsl.MSGS["vol"][-1]["ts"]
assert vol_last == last, "the volunteer-centre log must hold the last message"
ledger = []
counts = {}
mism = []
for o, spec in g_vol.ORDERS.items():
    om = labels[o]
    dks = [k for k, _ in DISTRICTS] if spec["districts"] == "all" else spec["districts"]
    for k in ans:
        if k[0] == o: assert k[1] in dks, ("answer from a district not addressed", k)
    for dk in dks:
        a = ans.get((o, dk))
        if a is None:
            state = "not-due" if spec["deadline"] > last else "missing"
        else:
            assert a["ts"] > om["ts"]
            state = "on-time" if a["ts"] <= spec["deadline"] else "late"
        exp = "late" if dk in spec["late"] else "missing" if dk in spec["missing"] else None
        if exp: assert state == exp, (o, dk, state, exp)
        else: assert state in ("on-time", "not-due"), (o, dk, state)
        # the literal reading: the district's first report of any kind after the order
        lit = [r for r in reports.get(dk, []) if r["ts"] > om["ts"]]
        if lit:
            lstate = "on-time" if lit[0]["ts"] <= spec["deadline"] else "late"
        else:
            lstate = "not-due" if spec["deadline"] > last else "missing"
        if lstate != state or (state == "late" and lit[0] is not a):
            mism.append((o, dk, state, lstate))
        elif a is not None and lit[0] is not a:
            pass
        counts[state] = counts.get(state, 0) + 1
        note = ""
        if state == "late": note = "first answer %s after the deadline" % iso(a["ts"])
        if state == "missing": note = "no answer by the end of the log (%s)" % iso(last)
        if state == "not-due": note = "no answer yet; deadline after the end of the log"
        ledger.append([om["id"], TH[dk], state, a["id"] if a else "", iso(spec["deadline"]), (o + ": " + note) if note else o])
        if state == "late":
            truth.append(["SKN-5O", GFILE["vol"], a["line"], a["id"], TH[dk], "late",
                          "%s answered %s, deadline %s" % (o, iso(a["ts"]), iso(spec["deadline"]))])
        if state == "missing":
            truth.append(["SKN-5O", GFILE["vol"], om["line"], om["id"], TH[dk], "missing",
                          "%s (deadline %s) never answered" % (o, iso(spec["deadline"]))])
if mism:
    print("literal-reading mismatches:", mism)
    sys.exit(1)

order_of = {f: i for i, (_, _, f) in enumerate(GROUPS)}
truth.sort(key=lambda r: (order_of[r[1]], r[2], r[0]))
nms.sort(key=lambda r: (order_of[r[0]], r[1]))
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh); w.writerow(["rule", "file", "line", "message", "who", "state", "note"]); w.writerows(truth)
with open(os.path.join(OUT, "near-misses.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh); w.writerow(["file", "line", "message", "why"]); w.writerows(nms)
with open(os.path.join(OUT, "ledger.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh); w.writerow(["order", "district", "state", "answer", "deadline", "note"]); w.writerows(ledger)

# ---- summary
from collections import Counter
print("messages:", {g: len(dsl.MSGS[g]) for g in dsl.MSGS}, "total", sum(len(v) for v in dsl.MSGS.values()))
print("findings:", dict(Counter(r[0] for r in truth)), "total", len(truth))
print("near misses:", len(nms))
print("duties:", counts, "rows", len(ledger))
print("last message:", iso(last))
import truth_md; truth_md.write(OUT, labels, GROUPS, dsl.MSGS, last)
