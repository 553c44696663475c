"""Week AQ: Monday 13 - Friday 17 July 2026."""
ID_PREFIX = "aq"
YEAR = 2026
MONTH = 7
TIME_PATTERN = r"2026-07-1[3-7]T\d\d:\d\d:\d\d\+07:00"
FILES = ["volunteer-centre.jsonl", "pakkhrong-orders.jsonl", "executives.jsonl", "nakpokkhrong.jsonl",
         "heads-chiefs.jsonl"]
EXPORT = "[LINE]ข้อสั่งการ ปจ.สน..txt"
EXPORT_GROUP = "ข้อสั่งการ ปจ.สน."
FILE_ORDER = ["volunteer-centre.jsonl", "pakkhrong-orders.jsonl", EXPORT, "executives.jsonl",
              "nakpokkhrong.jsonl", "heads-chiefs.jsonl"]
# notes for duties with no answer (written by hand)
SPECIAL = {}
COUNTS = {"orders": 5, "late_missing": 15, "near": 150}
BOUNDS = {"volunteer_share": 0.40, "roster": (80, 95), "posting_membership": (40, 60), "late_missing": (15, 20)}
