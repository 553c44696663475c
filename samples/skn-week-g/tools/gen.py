# Writes the week G files from the hand-written chats and annotations in c_*.py.
import csv, json, os, sys
from datetime import datetime
from collections import Counter, OrderedDict

sys.path.insert(0, os.path.dirname(__file__))
from roster_data import P, ORDER, DISTRICTS
import c_jos, c_pk, c_exec, c_heads, c_palad, c_export

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
DISTRICT_ROLES = {"district_chief", "deputy_district_chief", "coordinating_deputy", "volunteer_center_staff"}


def roles(k):
    return set(P[k]["role"].split("|"))


def district_of(k):
    if k is None or not P[k]["district"]:
        return None
    return P[k]["district"] if roles(k) & DISTRICT_ROLES else None


def ts(s):
    return datetime.fromisoformat(s)


def main():
    groups = [c_jos.build(), c_pk.build(), c_exec.build(), c_heads.build(), c_palad.build()]
    exp = c_export.build()

    # roster
    with open(os.path.join(OUT, "roster.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["person_id", "full_name", "display_names", "role", "agency", "district", "line_user_id", "email"])
        for k in ORDER:
            p = P[k]
            w.writerow([p["pid"], p["full"], "|".join(p["disp"]), p["role"], p["agency"], p["district"], p["uid"], p["email"]])

    # ids, order, replies
    n = 0
    labels = {}
    for g in groups:
        g.msgs.sort(key=lambda m: m["time"])
        for i, m in enumerate(g.msgs):
            n += 1
            m["id"] = "g%04d" % n
            m["_line"] = i + 1
            if "label" in m["_ann"]:
                labels[m["_ann"]["label"]] = m
    for g in groups:
        for m in g.msgs:
            if m["_reply"]:
                m["replyTo"] = labels[m["_reply"]]["id"]
        with open(os.path.join(OUT, g.fname), "w", encoding="utf-8") as f:
            for m in g.msgs:
                rec = OrderedDict()
                for key in ("id", "group", "time", "sender", "senderId", "type", "text", "attachment", "event", "target", "replyTo"):
                    if key in m:
                        rec[key] = m[key]
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, exp.fname), "w", encoding="utf-8") as f:
        f.write(exp.render("24/04/2569 21:40"))

    log_end = max(m["time"] for g in groups for m in g.msgs)

    truth, near = [], []
    for g in groups:
        for m in g.msgs:
            for fnd in m["_ann"].get("f", []):
                rule, who, note = (fnd[0], m["sender"], fnd[1]) if len(fnd) == 2 else fnd
                truth.append(dict(rule=rule, file=g.fname, line=m["_line"], message=m["id"], who=who, state="", note=note, group=g.name))
            if "nm" in m["_ann"]:
                near.append(dict(file=g.fname, line=m["_line"], message=m["id"], why=m["_ann"]["nm"], group=g.name))
    for e in exp.entries:
        for fnd in e["ann"].get("f", []):
            rule, who, note = (fnd[0], e["sender"], fnd[1]) if len(fnd) == 2 else fnd
            truth.append(dict(rule=rule, file=exp.fname, line=e["line"], message="", who=who, state="", note=note, group=exp.name))
        if "nm" in e["ann"]:
            near.append(dict(file=exp.fname, line=e["line"], message="", why=e["ann"]["nm"], group=exp.name))

    # ledger (ศอ.จอส.จว.สน.)
    jos = groups[0]
    orders = [m for m in jos.msgs if "order" in m["_ann"]]
    reps = [m for m in jos.msgs if "rep" in m["_ann"]]
    ledger = []
    problems = []
    for o in orders:
        od = o["_ann"]["order"]
        dl = ts(od["deadline"])
        for d in (od["districts"] or DISTRICTS):
            after = [r for r in reps if r["time"] > o["time"] and district_of(r["_key"]) == d]
            narr = next((r for r in after if od["id"] in r["_ann"]["rep"]), None)
            lit = next((r for r in after if r["type"] != "image" or od["photos"]), None)

            def state(r):
                if r is None:
                    return "missing" if ts(log_end) > dl else "not-due"
                return "on-time" if ts(r["time"]) <= dl else "late"
            sn, sl = state(narr), state(lit)
            if sn != sl:
                problems.append("%s %s narrative %s (%s) vs literal %s (%s)" % (od["id"], d, sn, narr and narr["id"], sl, lit and lit["id"]))
            if sl == "late" and narr is not lit:
                problems.append("%s %s late answer differs" % (od["id"], d))
            note = ""
            if lit is not None and narr is not None and lit is not narr:
                note = "first report of the district after the order is %s (%s); its report on this order is %s" % (lit["id"], "on time" if sl == "on-time" else sl, narr["id"])
            elif sl == "missing":
                note = "no report from the district after the order"
            elif sl == "not-due":
                note = "no report yet; deadline after the end of the log"
            ledger.append(dict(order=od["id"], msg=o, district=d, state=sl, answer=lit["id"] if lit else "",
                               answer_m=lit, deadline=od["deadline"], note=note))
            if sl == "late":
                truth.append(dict(rule="SKN-5O", file=jos.fname, line=lit["_line"], message=lit["id"], who=d, state="late",
                                  note="%s (%s): first report %s after the deadline %s" % (od["id"], o["id"], lit["time"][5:16].replace("T", " "), od["deadline"][5:16].replace("T", " ")), group=jos.name))
            if sl == "missing":
                truth.append(dict(rule="SKN-5O", file=jos.fname, line=o["_line"], message=o["id"], who=d, state="missing",
                                  note="%s: no report by the end of the log (deadline %s)" % (od["id"], od["deadline"][5:16].replace("T", " ")), group=jos.name))
    if problems:
        print("LEDGER PROBLEMS:\n" + "\n".join(problems))
        sys.exit(1)

    order_key = {"SKN-1": 1, "SKN-2": 2, "SKN-2P": 3, "SKN-3": 4, "SKN-4": 5, "SKN-4P": 6, "SKN-5": 7, "SKN-5P": 8, "SKN-5O": 9, "SKN-6": 10, "SKN-6P": 11, "SKN-ALL": 12, "OUTSIDER": 13}
    files_order = [g.fname for g in groups] + [exp.fname]
    truth.sort(key=lambda r: (files_order.index(r["file"]), r["line"], order_key[r["rule"]]))
    near.sort(key=lambda r: (files_order.index(r["file"]), r["line"]))
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["rule", "file", "line", "message", "who", "state", "note"])
        for r in truth:
            w.writerow([r["rule"], r["file"], r["line"], r["message"], r["who"], r["state"], r["note"]])
    with open(os.path.join(OUT, "ledger.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["order", "district", "state", "answer", "deadline", "note"])
        for r in ledger:
            w.writerow([r["msg"]["id"], r["district"], r["state"], r["answer"], r["deadline"], r["order"] + (": " + r["note"] if r["note"] else "")])
    with open(os.path.join(OUT, "near-misses.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "line", "message", "why"])
        for r in near:
            w.writerow([r["file"], r["line"], r["message"], r["why"]])

    write_md(groups, exp, truth, near, ledger, orders, log_end)
    print("messages", sum(len(g.msgs) for g in groups), "+ export", len(exp.entries))
    print("findings", Counter(r["rule"] for r in truth))
    print("near", len(near), "ledger", Counter(r["state"] for r in ledger))


def write_md(groups, exp, truth, near, ledger, orders, log_end):
    L = []
    a = L.append
    a("# Week G — Sakon Nakhon groups, Monday 20 to Friday 24 April 2026 (2569)\n")
    a("The week right after Songkran: the provincial office and the volunteer centre follow up the \"seven dangerous days\" road-accident")
    a("figures, drought and water-truck requests, summer storms that tore roofs off in กุสุมาลย์, เต่างอย, โคกศรีสุพรรณ and ภูพาน,")
    a("the volunteer centre's canal-dredging plans and children's swimming-safety (drowning prevention) campaign, and a drug raid in")
    a("สว่างแดนดิน. Everything below was worked out by hand from the letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒ and `samples/letter-rules-sakon-nakhon.md`.\n")
    a("## Roster\n")
    cnt = Counter()
    for k in ORDER:
        for r in P[k]["role"].split("|"):
            cnt[r] += 1
    a("`roster.csv` holds %d people (fictional): %s." % (len(ORDER), ", ".join("%s %d" % (r, c) for r, c in sorted(cnt.items()))))
    a("Each of the 18 districts has a district chief, a coordinating deputy and a district volunteer officer; in กุดบาก and บ้านม่วง the")
    a("coordinating deputy is also the volunteer officer (`coordinating_deputy|volunteer_center_staff`). เมืองสกลนคร, พรรณานิคม,")
    a("วานรนิวาส, อากาศอำนวย and สว่างแดนดิน have one or two further deputies. At province level: the governor, three vice governors,")
    a("the palad, three office sending accounts (ปค.สน. ฝ่ายอำนวยการ, งานสารบรรณ ปค.จ.สน., ฝ่ายความมั่นคง ปค.สน.), two province-level")
    a("volunteer officers (ศอ.จอส.จว.สน. (ณัฐ); เกียรติ ศอ.จอส.จว., who is also an office account: `provincial_admin_staff|volunteer_center_staff`),")
    a("11 agency heads, three staff (ฝ่ายป้องกัน ปภ.สน., ธุรการ สถจ.สน., สมหมาย เกษตรจังหวัด(ฝ่ายแผน)) and a retired former district chief.")
    a("The display name **ปลัดต้น** belongs to two people (the coordinating deputy of วานรนิวาส, who also goes by ต้นตระกูล วานร, and a")
    a("deputy of อากาศอำนวย): ambiguous. Outsiders (not on the roster): ขายปุ๋ย-ยาง ราคาส่ง 📦, อสม.แดง บ้านธาตุ, เลขาฯ รองปรีชา,")
    a("ประกันชีวิต พี่ปุ๊ก 💕, น้ำดื่มภูพาน ส่งถึงที่ 💧.\n")
    a("## Groups and files\n")
    a("| file | group | messages / lines |")
    a("|---|---|---|")
    for g in groups:
        a("| `%s` | %s | %d messages (%s–%s) |" % (g.fname, g.name, len(g.msgs), g.msgs[0]["id"], g.msgs[-1]["id"]))
    a("| `%s` | %s | %d messages and system lines (LINE phone export, Thai UI) |" % (exp.fname, exp.name, len(exp.entries)))
    a("\nTotal: %d messages. The last message of the log is %s (executives.jsonl); missing reports are judged at that time.\n" %
      (sum(len(g.msgs) for g in groups) + len(exp.entries), log_end))
    a("## Findings\n")
    a("`truth.csv` lists %d findings. By rule: %s.\n" % (len(truth), ", ".join("%s %d" % (r, c) for r, c in sorted(Counter(t["rule"] for t in truth).items()))))
    cur = None
    for r in truth:
        if r["file"] != cur:
            cur = r["file"]
            a("\n### %s (`%s`)\n" % (r["group"], cur))
        a("- **%s** line %d%s, %s%s — %s" % (r["rule"], r["line"], (" (" + r["message"] + ")") if r["message"] else "", r["who"],
                                            (" [" + r["state"] + "]") if r["state"] else "", r["note"]))
    a("\n## Orders in ศอ.จอส.จว.สน. and the ledger\n")
    a("Only orders of the provincial volunteer centre (the palad or a province-level volunteer officer) create duties. A district")
    a("answers by a report from any of its people (chief, deputy, coordinating deputy, district volunteer officer): text, a file, or")
    a("photos alone when the order asks for photos. The answer is the district's first such report after the order (as EVAL-RULES says,")
    a("any report by the district counts; the chats are written so that reading the report's subject instead gives the same state")
    a("for every duty — where the first report is about another order, the ledger note names the report on this order too).")
    a("Deadlines: a clock time is that minute; a date is the end of that day (23:59:59); \"ภายใน N วัน\" counts from the day after the")
    a("order, the Nth day ending at 23:59:59, moved to the next working day if it is a Saturday, Sunday or holiday (20–30 April 2026")
    a("has no public holiday); no deadline in the text means 24 hours after the order.\n")
    for o in orders:
        od = o["_ann"]["order"]
        rows = [r for r in ledger if r["msg"] is o]
        c = Counter(r["state"] for r in rows)
        a("### %s — %s, line %d, %s by %s\n" % (od["id"], o["id"], o["_line"], o["time"][:16].replace("T", " "), o["sender"]))
        a("> " + o["text"].replace("\n", " / ") + "\n")
        a("Deadline %s. %s Obliged: %s. States: %s.\n" % (od["deadline"], od["how"], "all 18 districts" if not od["districts"] else ", ".join(od["districts"]),
                                                          ", ".join("%s %d" % kv for kv in sorted(c.items()))))
        a("| district | state | answer | note |")
        a("|---|---|---|---|")
        for r in rows:
            am = r["answer_m"]
            a("| %s | %s | %s | %s |" % (r["district"], r["state"], ("%s %s %s" % (am["id"], am["time"][5:16].replace("T", " "), am["sender"])) if am else "—", r["note"]))
        a("")
    a("### Orders and posts that create no duty\n")
    for m in groups[0].msgs:
        an = m["_ann"]
        if "info" in an:
            a("- %s (line %d, %s): information only (%s) — %s" % (m["id"], m["_line"], an["info"], m["sender"], an.get("nm", "")))
        if "reminder" in an:
            a("- %s (line %d): reminder of %s by %s — no new duty." % (m["id"], m["_line"], an["reminder"], m["sender"]))
    a("- Orders by people who are not the provincial centre (ผอ.ปภ.สน., นอภ.นิคมน้ำอูน 🌸, รอง ผวจ.สุดารัตน์ 💛) are SKN-5P findings and create no duty.\n")
    a("## Near misses\n")
    a("`near-misses.csv` lists %d posts a careless tool would flag, with why they are not findings:\n" % len(near))
    for r in near:
        a("- `%s` line %d%s — %s" % (r["file"], r["line"], (" (" + r["message"] + ")") if r["message"] else "", r["why"]))
    a("\n## Readings chosen where the rules leave room\n")
    a("- An invite of a roster person who is not admitted gives three findings: the group's membership rule for the invitee (the invite")
    a("  is the first message that shows them in the group) and SKN-ALL for the invitee and for the inviter. EVAL-RULES excludes")
    a("  double counting only between OUTSIDER and SKN-ALL.")
    a("- SKN-2P is one finding per post (text with the photos sent with it is one post); the first post of a person who is not admitted")
    a("  gives both SKN-2 and SKN-2P.")
    a("- A name shared by two roster people (ปลัดต้น) without a LINE id is not judged at all, so its post in ข้อสั่งการ ปค.สน. is a near miss.")
    a("- The export's system lines use the Thai wording `X เพิ่ม Y เข้ากลุ่ม`, `X เข้าร่วมกลุ่ม`, `X ลบ Y ออกจากกลุ่ม`.")
    a("- For SKN-5O the answer column holds the district's first report after the order; for every duty the state is the same if one")
    a("  instead takes the district's first report on that order's subject (checked by `tools/gen.py`).")
    with open(os.path.join(OUT, "TRUTH.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
