# Assembles TRUTH.md: the hand-written account below, then the rows of truth.csv, ledger.csv and near-misses.csv.
import csv
from collections import Counter, defaultdict
import roster_data as RD
T = list(csv.DictReader(open('truth.csv', encoding='utf-8')))
L = list(csv.DictReader(open('ledger.csv', encoding='utf-8')))
N = list(csv.DictReader(open('near-misses.csv', encoding='utf-8')))
n = {f: sum(1 for _ in open(f, encoding='utf-8')) for f in ['pk-orders.jsonl','palad-orders.jsonl','executives.jsonl','heads-districts.jsonl']}
import check  # noqa: prints the check summary
out = []
out.append(open('TRUTH-head.md', encoding='utf-8').read())
out.append('\n## Findings (truth.csv, %d rows)\n\n| rule | file | line | message | who | state | why |\n|---|---|---|---|---|---|---|' % len(T))
for r in T: out.append('| %s | %s | %s | %s | %s | %s | %s |' % (r['rule'], r['file'], r['line'], r['message'], r['who'], r['state'], r['note']))
c = Counter(r['rule'] for r in T)
out.append('\nBy rule: ' + ', '.join('%s %d' % kv for kv in sorted(c.items())))
out.append('\n## Duties (ledger.csv, %d rows)\n' % len(L))
by = defaultdict(list)
for r in L: by[r['order']].append(r)
for o, rs in by.items():
    out.append('### Order at line %s: %s\n\nDeadline %s. %s\n' % (o, rs[0]['note'].split(';')[0], rs[0]['deadline'], rs[0]['note'].split(';', 1)[1].strip()))
    out.append('| district | state | answer line |\n|---|---|---|')
    for r in rs: out.append('| %s | %s | %s |' % (r['district'], r['state'], r['answer']))
    out.append('')
s = Counter(r['state'] for r in L)
out.append('Duties by state: ' + ', '.join('%s %d' % kv for kv in sorted(s.items())))
out.append('\n## Near misses (near-misses.csv, %d rows)\n\n| file | line | message | why it is not a finding |\n|---|---|---|---|' % len(N))
for r in N: out.append('| %s | %s | %s | %s |' % (r['file'], r['line'], r['message'], r['why']))
open('TRUTH.md', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
