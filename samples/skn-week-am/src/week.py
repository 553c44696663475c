"""Week AM: Monday 7 – Friday 11 December 2026."""
ID_PREFIX = "am"
YEAR, MONTH = 2026, 12
TIME_PATTERN = r"2026-12-(0[7-9]|1[01])T\d\d:\d\d:\d\d\+07:00"
EXPORT_SAVED = "11/12/2569 21:05"
COUNTS = {"total": (660, 760), "orders": 4, "late_missing": 15, "skn2p": 6, "outsider": 3,
          "posting_membership": 40, "near": 150}
SPECIAL = {}
# the files of this week and its exported group (weektools/week_check.py)
FILES = ["volunteer-centre.jsonl", "pakkhrong-orders.jsonl", "palad-orders.jsonl", "executives.jsonl", "heads-chiefs.jsonl"]
EXPORT = "nakpokkhrong-export.txt"
EXPORT_GROUP = "นักปกครองสกลนคร"
BOUNDS = {"volunteer_share": 0.40, "roster": (80, 95), "posting_membership": (40, 60), "late_missing": (15, 20)}
