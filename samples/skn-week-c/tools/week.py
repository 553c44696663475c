"""What sets the week of 8–12 December 2025 apart for the shared tools in samples/weektools/."""

YEAR, MONTH = 2025, 12
ID_PREFIX = "c"
TIME_PATTERN = r"2025-12-\d\dT\d\d:\d\d:\d\d\+07:00"
EXPORT_SAVED = "12/12/2568 19:05"

SPECIAL = {
    ("O1", "ภูพาน"): "only an acknowledgement (รับทราบครับ, a reply to the order) from the district chief; named in the reminder R1; no report",
    ("O3", "ส่องดาว"): "no answer; named in the reminder R2",
    ("O6", "นิคมน้ำอูน"): "no answer",
    ("O7", "เจริญศิลป์"): "no answer; named in the reminder R3",
    ("O8", "เต่างอย"): "no answer",
    ("O11", "โพนนาแก้ว"): "no answer",
}
