"""Checks the week's files: formats, ids, order, truth rows against real lines, the roster, the ledger,
and the membership and ข้อสั่งการ ปค.สน. posting findings recomputed from the roster and the letter's
member lists. Exit status 1 on any problem.

The shared checks in samples/weektools/week_check.py ask for the counts of a five-day week; this
week has three working days, so its counts (week.COUNTS) replace those thresholds and nothing else.

python3 samples/skn-week-d/tools/check.py"""
import os
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(os.path.dirname(os.path.dirname(HERE)), "weektools")
sys.path[:0] = [HERE, SHARED]

import week  # noqa: E402

C = week.COUNTS
src = open(os.path.join(SHARED, "week_check.py"), encoding="utf-8").read()
for old, new in [
    ("if not 650 <= total <= 760:", "if not %d <= total <= %d:" % C["total"]),
    ("if len(orders) < 8:", "if len(orders) < %d:" % C["orders"]),
    ('if states["late"] + states["missing"] < 10:', 'if states["late"] + states["missing"] < %d:' % C["late_missing"]),
    ('if rules["SKN-2P"] < 6 or rules["OUTSIDER"] < 3:', 'if rules["SKN-2P"] < %d or rules["OUTSIDER"] < %d:' % (C["skn2p"], C["outsider"])),
    ('if sum(v for k, v in rules.items() if k != "SKN-5O") < 25:', 'if sum(v for k, v in rules.items() if k != "SKN-5O") < %d:' % C["posting_membership"]),
    ("if len(near) < 25:", "if len(near) < %d:" % C["near"]),
]:
    assert src.count(old) == 1, old
    src = src.replace(old, new)
mod = types.ModuleType("week_check")
mod.__file__ = os.path.join(SHARED, "week_check.py")
sys.modules["week_check"] = mod
exec(compile(src, mod.__file__, "exec"), mod.__dict__)  # checks on load, as the shared module does on import
