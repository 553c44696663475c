import os
from collections import Counter
from people import P, DNAME, DISTRICTS
import lib

GROUP_NOTE = {
    'volunteer-centre.jsonl': 'ศอ.จอส.จว.สน. — orders of the provincial volunteer centre, district reports (SKN-5, SKN-5P, SKN-5O)',
    'dopa-orders.jsonl': 'ข้อสั่งการ ปค.สน. — the provincial administration office\'s circulars only (SKN-2, SKN-2P)',
    'palad-orders.jsonl': 'ข้อสั่งการ ปจ.สน. — the palad\'s news and DOPA orders to district chiefs (SKN-3)',
    'executives.jsonl': 'ผู้บริหารจังหวัด และนายอำเภอ — governor, vice governors, palad, district chiefs (SKN-4, SKN-4P)',
    'heads-districts.jsonl': 'หน.ส่วนราชการ-นอภ.สน. — governor, vice governors, agency heads, district chiefs (SKN-6, SKN-6P)',
    'district-officers.jsonl': 'นักปกครองสกลนคร — governor, palad, district chiefs, coordinating deputies (SKN-1)',
}


def esc(s):
    return str(s).replace('|', '\\|').replace('\n', ' ')


def write(OUT, rows, truth, ledger, near, bylabel, log_end, DL, NO_DUTY, FILES):
    L = []
    a = L.append
    total = sum(len(rows[f]) for f in FILES)
    a('# Week T — Sakon Nakhon LINE groups, Monday 15 to Friday 19 September 2025 (พ.ศ. ๒๕๖๘)\n')
    a('Acceptance data for the audit of the six groups of letter ที่ สน ๐๐๑๘.๑/ว ๒๓๕๓๒. Everything below was worked out by hand '
      'from the letter and EVAL-RULES.md; the chats and names are fictional.\n')
    a('## The week\n')
    a('The last fortnight of fiscal year 2568: budgets must be committed or returned by 30 September, year-end summaries and KPI '
      'figures are asked for at short notice, retirement ceremonies are being prepared (two agency heads and the district chief of '
      'เจริญศิลป์ retire on 30 September), the Songkhram and Yam rivers flood the low districts (อากาศอำนวย, วานรนิวาส, บ้านม่วง, '
      'คำตากล้า), and the volunteer centres clear water hyacinth and weeds ahead of the big Nong Han clearing on Saturday 20 September.\n')
    a('**Holidays.** There is no Thai public holiday between Monday 15 and Monday 22 September 2025 (the nearest are 12 August '
      'and 13 October). Saturday 20 and Sunday 21 September are the only non-working days that touch a deadline: the order of '
      'Thursday 18 September asking for a report "ภายใน ๓ วัน" ends on a Sunday and so moves to Monday 22 September.\n')
    a('**End of the log.** The last message of all files is %s (Asia/Bangkok), in ศอ.จอส.จว.สน.; duties whose deadline is '
      'before that moment and have no answer are `missing`, those whose deadline is later are `not-due`.\n' % log_end)
    a('## Files\n')
    a('| file | group | messages |\n|---|---|---|')
    for f in FILES:
        a('| %s | %s | %d |' % (f, GROUP_NOTE[f], len(rows[f])))
    a('| **total** | | **%d** |\n' % total)
    a('Also `roster.csv`, `truth.csv`, `ledger.csv`, `near-misses.csv`, `check.py` (the self-check) and `build/` (the hand-written '
      'group scripts from which the JSONL, line numbers and ids are produced).\n')
    a('Message ids run t0001…t%04d across the files in the order above. Every message carries `group`; `senderId` is given on some '
      'messages of people who have a LINE id or e-mail in the roster.\n' % total)
    # roster
    a('## Roster in brief\n')
    rc = Counter()
    for p in P.values():
        for r in p['role'].split('|'):
            rc[r] += 1
    a('%d people: governor 1, vice governors 3, provincial palad 1, three sending accounts of the provincial administration office '
      '(provincial_admin_staff), two province-level volunteer officers (volunteer_center_staff with no district), one retired former '
      'district chief, 12 agency heads and 4 of their staff (a deputy or clerk), and for each of the 18 districts a district chief, '
      'a coordinating deputy and a volunteer officer (in กุดบาก and ภูพาน the coordinating deputy is also the volunteer officer: role '
      '`coordinating_deputy|volunteer_center_staff`), plus 7 other deputy district chiefs (เมืองสกลนคร 2, พังโคน, วานรนิวาส, บ้านม่วง, '
      'อากาศอำนวย, สว่างแดนดิน).\n' % len(P))
    a('- Two people share the display name **ปลัดต้น**: the coordinating deputy of คำตากล้า (also "ต้น คำตากล้า") and a deputy of '
      'บ้านม่วง (also "ต้น บ้านม่วง"). A post under "ปลัดต้น" alone is ambiguous and never judged.')
    a('- Everybody has their own e-mail or none; some have a LINE user id (U + 32 hex).')
    a('- Not on the roster (outsiders): ผ้าไหม-ผ้าคราม แม่ติ๋ม สกล, ผญบ.สมศักดิ์ บ้านนาคำ, Jib 💕, ประกันชีวิต คุณเอ 💼.\n')
    # findings
    cnt = Counter(r['rule'] for r in truth)
    a('## Findings (truth.csv): %d rows\n' % len(truth))
    a(', '.join('%s %d' % (k, cnt[k]) for k in sorted(cnt)) + '\n')
    a('Posting and membership findings (%d):\n' % sum(v for k, v in cnt.items() if k != 'SKN-5O'))
    a('| rule | file:line | id | who | why |\n|---|---|---|---|---|')
    for r in truth:
        if r['rule'] != 'SKN-5O':
            a('| %s | %s:%d | %s | %s | %s |' % (r['rule'], r['file'], r['line'], r['message'], esc(r['who']), esc(r['note'])))
    a('')
    a('Remarks:\n')
    a('- Each invitation of a roster person who is not admitted gives three rows at the invite line (group rule for the invitee, '
      'SKN-ALL for the invitee and for the inviter): in ศอ.จอส.จว.สน. (นอภ.อากาศอำนวย invites the deputy director of the '
      'disaster office) and in หน.ส่วนราชการ-นอภ.สน. (the agriculture head invites his own staff member).')
    a('- The outsiders: one joined ศอ.จอส.จว.สน. by QR code (a cloth seller, then removed), one was added by the บ้านม่วง volunteer '
      'officer (a village head), one joined หน.ส่วนราชการ-นอภ.สน. by link (an insurance agent), one simply posts in นักปกครองสกลนคร '
      'under a name that fits nobody. One OUTSIDER row each, at their first appearance; their later posts add nothing.')
    a('- In ข้อสั่งการ ปค.สน. every post by someone other than the office accounts and the palad is a finding: sticker, ack, '
      'question, a photo, a birthday wish, 🙏 alone and a report (8 rows); the ack by ปลัดโจ้ อากาศ (a deputy who is not the '
      'coordinating deputy) is also SKN-2.')
    a('- In ข้อสั่งการ ปจ.สน. acknowledgements and reports by district chiefs are not findings; only the coordinating deputy who '
      'answered for his chief is (SKN-3).')
    a('- SKN-6P: the community-development head\'s year-end KPI results, the agriculture head\'s award, the disaster-office head\'s '
      'summary of relief work, and the วานรนิวาส chief\'s disbursement percentage. Requests for figures by e-mail, warnings and '
      'invitations by agency heads are not reports.')
    a('- SKN-5P: two orders to all districts from district people (a chief calling for volunteers, a district volunteer officer '
      'asking all districts to fill in a form tonight) and one report by the province-level volunteer officer.\n')
    # duties
    a('## Duties (SKN-5O) and the ledger\n')
    sc = Counter(r['state'] for r in ledger)
    a('%d duty rows: %s. %d findings (late %d, missing %d).\n' % (len(ledger), ', '.join('%s %d' % (k, sc[k]) for k in sorted(sc)),
                                                                 sc['late'] + sc['missing'], sc['late'], sc['missing']))
    a('How answers were matched: a district\'s answer is the first report by one of its people (chief, deputy, coordinating deputy, '
      'district volunteer officer) in ศอ.จอส.จว.สน. after the order **about that order\'s subject** (each report names its subject: '
      'hyacinth clearing, disaster teams, year-end summary, form จอส.๑, Nong Han support, roadside clearing, budget use, fallen '
      'trees, outstanding volunteers). Acknowledgements ("รับทราบครับ จะเร่งดำเนินการ") are not answers. Photos alone answer the '
      'hyacinth order, which asks for photos. A post of photos followed by a caption is cited at its first photo.\n')
    for o, (dl, dists, how) in DL.items():
        oe = bylabel[o]
        a('### %s = %s (line %d), %s\n' % (o, oe['id'], oe['line'], 'all 18 districts' if len(dists) == 18 else
                                            'named districts: ' + ', '.join(DNAME[d] for d in dists)))
        a('> %s\n' % esc(oe['json'].get('text', ''))[:400])
        a('Deadline: **%s**. %s\n' % (dl, how))
        a('| district | state | answer | note |\n|---|---|---|---|')
        for r in ledger:
            if r['order'] == oe['id']:
                a('| %s | %s | %s | %s |' % (r['district'], r['state'], r['answer'], esc(r['note'])))
        a('')
    a('### Orders and posts that create no duty\n')
    for o, why in NO_DUTY.items():
        e = bylabel[o]
        a('- %s (line %d, %s): %s.' % (e['id'], e['line'], e['t'][5:16], why))
    a('- The other reminders (15 Sep 15:50 on O2, 17 Sep 12:05 on O4, 19 Sep 11:00 on O10) are replies to their orders that name '
      'the districts still owing: no new duty.')
    a('- Orders in the other groups create no SKN-5O duty (the obligation rule is only for ศอ.จอส.จว.สน.).\n')
    a('Late or missing, in short:\n')
    for r in truth:
        if r['rule'] == 'SKN-5O':
            a('- %s %s — %s (cited %s, line %d)' % (r['who'], r['state'], esc(r['note']), r['message'], r['line']))
    a('')
    # near misses
    a('## Near misses (near-misses.csv): %d\n' % len(near))
    a('| file:line | id | why it is not a finding |\n|---|---|---|')
    for n in near:
        a('| %s:%d | %s | %s |' % (n['file'], n['line'], n['message'], esc(n['why'])))
    a('')
    a('## Decisions where the rules were not obvious\n')
    a('- A post is judged once: a text followed by photos is one post, and a finding or answer is cited at the post\'s first line.')
    a('- Answers are matched to orders by subject (see above), not by "any report after the order".')
    a('- The deadline of O5 is only in the caption text of the second photo of the letter; it is read as part of the order\'s post.')
    a('- The invited village head in ศอ.จอส.จว.สน. is not on the roster, so he is an OUTSIDER naming the inviter, not SKN-ALL.')
    a('- The display name "นางสาวแพรวา จอส.วาริช" (title added) and "ปลัดเอ็ม  พังโคน" (two spaces) are the roster people '
      '"แพรวา จอส.วาริช" and "ปลัดเอ็ม พังโคน".')
    a('- The agency staff member invited into หน.ส่วนราชการ-นอภ.สน. only greets afterwards; the treasury clerk posts a notice of the '
      'GFMIS closing in place of her head (SKN-6 at her first post; no SKN-ALL because no invite is seen).')
    with open(os.path.join(OUT, 'TRUTH.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L) + '\n')
