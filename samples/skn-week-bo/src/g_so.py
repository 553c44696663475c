"""ศอ.จอส.จว.สน.: exported from a Thai-UI phone."""
from frame import Chat
import so_mon, so_tue, so_wed, so_thu, so_fri, so_extra
from so_orders import ORDERS

GROUP = "ศอ.จอส.จว.สน."
FNAME = "[LINE] ศอ.จอส.จว.สน..txt"


def build():
    c = Chat(GROUP, FNAME, export=True)
    for day in (so_mon, so_tue, so_wed, so_thu, so_fri, so_extra):
        day.add(c)
    return c
