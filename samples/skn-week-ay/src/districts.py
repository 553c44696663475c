"""Shared bits for the chats of weeks C and D: districts, who does what in each, small deterministic choices."""
import hashlib

from chat import th

CHIEF = {"เมืองสกลนคร": "P101", "กุสุมาลย์": "P111", "กุดบาก": "P121", "พรรณานิคม": "P131", "พังโคน": "P141",
         "วาริชภูมิ": "P151", "นิคมน้ำอูน": "P161", "วานรนิวาส": "P171", "คำตากล้า": "P181", "บ้านม่วง": "P191",
         "อากาศอำนวย": "P201", "สว่างแดนดิน": "P211", "ส่องดาว": "P221", "เต่างอย": "P231", "โคกศรีสุพรรณ": "P241",
         "เจริญศิลป์": "P251", "โพนนาแก้ว": "P261", "ภูพาน": "P271"}
COORD = {d: "P%d" % (int(p[1:]) + 1) for d, p in CHIEF.items()}
VOL = {d: "P%d" % (int(p[1:]) + 2) for d, p in CHIEF.items()}
VOL["นิคมน้ำอูน"] = "P162"
VOL["เจริญศิลป์"] = "P252"
SHORT = {"เมืองสกลนคร": "เมืองสกลฯ", "พรรณานิคม": "พรรณาฯ", "วานรนิวาส": "วานรฯ", "โคกศรีสุพรรณ": "โคกศรีฯ",
         "สว่างแดนดิน": "สว่างฯ", "อากาศอำนวย": "อากาศฯ", "นิคมน้ำอูน": "นิคมฯ", "วาริชภูมิ": "วาริชฯ"}


def pick(key, seq):
    h = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    return seq[h % len(seq)]


def num(key, lo, hi):
    h = int(hashlib.sha256(("n" + key).encode()).hexdigest(), 16)
    return lo + h % (hi - lo + 1)


def n(key, lo, hi, thai=None):
    """A number for a text, in Thai digits for about half the writers."""
    v = num(key, lo, hi)
    if thai is None:
        thai = num("d" + key, 0, 1) == 1
    return th(v) if thai else str(v)


def short(d):
    return SHORT.get(d, d)
