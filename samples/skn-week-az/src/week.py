"""Week AZ: Monday 30 November - Friday 4 December 2026."""
import datetime
ID_PREFIX = "az"
YEAR, MONTH = 2026, 12
MON = datetime.date(2026, 11, 30)
TUE = datetime.date(2026, 12, 1)
WED = datetime.date(2026, 12, 2)
THU = datetime.date(2026, 12, 3)
FRI = datetime.date(2026, 12, 4)
EXPORT_SAVED = "04/12/2569 21:52"
TIME_PATTERN = r"2026-(11-30|12-0[1-4])T\d\d:\d\d:\d\d\+07:00"
SPECIAL = {}
BOUNDS = {"roster": (85, 90), "posting_membership": (45, 55), "late_missing": (14, 18)}
