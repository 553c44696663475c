"""Checks the week's files: formats, ids, order, truth rows against real lines, the roster, the ledger,
and the membership and ข้อสั่งการ ปค.สน. posting findings recomputed from the roster and the letter's
member lists; this three-day week's sizes are in its week.py (COUNTS). Exit status 1 on any problem.

python3 samples/skn-week-d/tools/check.py"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(os.path.dirname(os.path.dirname(HERE)), "weektools")]

import week_check  # noqa: E402,F401  (checks on import)
