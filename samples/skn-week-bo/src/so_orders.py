"""ศอ.จอส.จว.สน.: the orders that ask districts to report (SKN-5O), worked by hand.
late / missing: the districts planned (and checked by the build) to answer late or not at all."""
import datetime

from frame import BKK
from people import DISTRICTS


def end_of(day):
    return datetime.datetime(2026, 12, day, 23, 59, 59, tzinfo=BKK)


def at(day, h, m):
    return datetime.datetime(2026, 12, day, h, m, 0, tzinfo=BKK)


COLD7 = ["กุดบาก", "ภูพาน", "ส่องดาว", "วาริชภูมิ", "นิคมน้ำอูน", "เต่างอย", "โคกศรีสุพรรณ"]
ALL = list(DISTRICTS)

ORDERS = {
    "O1": dict(topic="Father's Day volunteer activities of 5 Dec: figures and photos", districts=ALL,
               deadline=at(8, 12, 0), late={"วานรนิวาส", "บ้านม่วง"}, missing={"เต่างอย"},
               reasoning="\"ภายในวันอังคารที่ ๘ ธ.ค. ๖๙ ก่อนเที่ยง\": before noon, so 12:00 on Tuesday 8 Dec. "
                         "The order was sent on Monday 7, a substitute holiday; the deadline is a clock time, so the "
                         "holiday moves nothing."),
    "O2": dict(topic="blankets handed out by volunteers in the cold-declared districts", districts=COLD7,
               deadline=at(8, 16, 0), late={"นิคมน้ำอูน"}, missing={"วาริชภูมิ"},
               reasoning="\"ภายในวันพรุ่งนี้ (๘ ธ.ค.) ก่อน ๑๖.๐๐ น.\" written on Monday 7: 16:00 on Tuesday 8. "
                         "The order is addressed to \"อำเภอที่ได้รับผลกระทบภัยหนาว\"; the centre names them in a post "
                         "fourteen minutes later (seven districts), and those seven are the districts obliged."),
    "O3": dict(topic="volunteers planned for the New Year checkpoints and service points (seven dangerous days)",
               districts=ALL, deadline=end_of(11), late=set(), missing=set(),
               reasoning="\"ส่งภายใน ๒ วัน\" written on Tuesday 8: day 1 is Wednesday 9, day 2 Thursday 10, "
                         "Constitution Day (a public holiday), so the last day moves to the next working day, "
                         "Friday 11, to the end of that day. That is after the last message of the log (Fri 21:46), "
                         "so districts that have not answered are not-due; Friday answers are on time."),
    "O4": dict(topic="check dams and water sources volunteers will build or repair for the dry season",
               districts=[d for d in ALL if d not in ("เมืองสกลนคร", "โพนนาแก้ว")], deadline=end_of(9),
               late={"คำตากล้า", "อากาศอำนวย"}, missing={"พังโคน"},
               reasoning="\"ภายในวันพุธที่ ๙ ธ.ค. ๒๕๖๙\" (the day of the order): to the end of Wednesday 9. "
                         "Addressed to all districts \"ยกเว้น อ.เมืองสกลนคร และ อ.โพนนาแก้ว\": 16 districts."),
    "O5": dict(topic="photos of volunteers visiting the elderly, bedridden and poor in the cold", districts=ALL,
               deadline=end_of(10), late={"กุสุมาลย์", "สว่างแดนดิน"}, missing={"ส่องดาว"},
               reasoning="\"ภายในวันที่ ๑๐ ธ.ค. ๒๕๖๙\": a written date runs to the end of that day, Thursday 10, "
                         "although it is Constitution Day. Only a count of days (\"ภายใน N วัน\") moves off a "
                         "holiday; a date the order names does not. Friday answers are late."),
    "O6": dict(topic="URGENT: forest-fire watch volunteers and firebreaks around the Phu Phan range",
               districts=["กุดบาก", "ส่องดาว", "เต่างอย", "ภูพาน"], deadline=end_of(9),
               late={"กุดบาก"}, missing={"เต่างอย"},
               reasoning="\"ด่วน … ภายในวันนี้\" written on Wednesday 9: to the end of Wednesday 9. Four districts "
                         "named in it."),
    "O7": dict(topic="names and phone numbers of trained disaster-volunteer leaders", districts=[
        "กุสุมาลย์", "พรรณานิคม", "บ้านม่วง", "โคกศรีสุพรรณ", "เจริญศิลป์"],
               deadline=at(10, 16, 0), late={"เจริญศิลป์"}, missing={"บ้านม่วง"},
               reasoning="No deadline in the text: 24 hours from the order (Wednesday 9, 16:00), so 16:00 on "
                         "Thursday 10. A clock deadline stands on the holiday. Addressed by @mention to the "
                         "volunteer officers of five districts."),
    "O8": dict(topic="cold-relief summary 7-11 Dec for the governor", districts=COLD7,
               deadline=at(11, 15, 30), late={"โคกศรีสุพรรณ"}, missing={"วาริชภูมิ"},
               reasoning="\"ภายในเวลา ๑๕.๓๐ น. วันนี้\" written on Friday 11: 15:30 that day. The seven "
                         "districts are named in it."),
    "O9": dict(topic="households short of drinking and household water (dry-season survey)", districts=ALL,
               deadline=end_of(14), late=set(), missing=set(),
               reasoning="\"ภายใน ๓ วัน\" written on Friday 11: day 1 Saturday 12, day 2 Sunday 13, day 3 "
                         "Monday 14, a working day: to the end of Monday 14, after the log ends. Unanswered "
                         "districts are not-due."),
}
