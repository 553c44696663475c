"""What sets the week of 24–28 November 2025 apart for the shared tools in samples/weektools/."""

YEAR, MONTH = 2025, 11
ID_PREFIX = "a"
TIME_PATTERN = r"2025-1[12]-\d\dT\d\d:\d\d:\d\d\+07:00"
EXPORT_SAVED = "28/11/2568 19:02"

SPECIAL = {
    ("O1", "ภูพาน"): "only an acknowledgement (รับทราบครับ) from the district chief; no report",
    ("O3", "พรรณานิคม"): "the coordinating deputy posted the sites in นักปกครองสกลนคร instead (administrators.jsonl); nothing in ศอ.จอส.จว.สน.",
    ("O3", "เต่างอย"): "no answer; named in the reminder of Thu 17:30",
    ("O5", "กุดบาก"): "only an acknowledgement sent as a reply to the order; no result",
    ("O5", "สว่างแดนดิน"): "asked a question about valuing the goods, then sent no report",
    ("O6", "วาริชภูมิ"): "no photos; named in the reminder of Thu 10:30",
    ("O7", "เต่างอย"): "no answer",
    ("O9", "นิคมน้ำอูน"): "no answer",
}
