"""Checks the week's files: formats, ids, order, truth rows against real lines, the roster, the ledger,
and the membership and ข้อสั่งการ ปค.สน. posting findings recomputed from the roster and the letter's
member lists. Exit status 1 on any problem.

Week AM: python3 check.py (src/week.py says the id prefix, time pattern, files, counts and bounds)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "src"), os.path.join(os.path.dirname(HERE), "weektools")]

import week_check  # noqa: E402,F401  (checks on import)
