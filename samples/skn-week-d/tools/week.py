"""What sets the week of 15–17 December 2025 apart for the shared tools in samples/weektools/."""

YEAR, MONTH = 2025, 12
ID_PREFIX = "d"
TIME_PATTERN = r"2025-12-\d\dT\d\d:\d\d:\d\d\+07:00"
EXPORT_SAVED = "17/12/2568 19:10"

SPECIAL = {
    ("O1", "ส่องดาว"): "no report; the district's volunteer officer asked to send later (a question); named in the reminder R1",
    ("O2", "ภูพาน"): "only an acknowledgement (a reply to the order) from the district chief; no names sent",
    ("O3", "เจริญศิลป์"): "no answer; named in the reminder R2",
    ("O5", "นิคมน้ำอูน"): "no answer",
    ("O6", "โพนนาแก้ว"): "no answer; named in the reminder R3",
}

# Three working days make a smaller sample than a full week: the counts check.py asks for.
COUNTS = {"total": (350, 420), "orders": 5, "late_missing": 10, "skn2p": 4, "outsider": 2,
          "posting_membership": 15, "near": 18}
