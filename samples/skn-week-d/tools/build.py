"""Writes the week's chats, the roster and the hand-worked truth into samples/skn-week-d/.

Run from anywhere: python3 samples/skn-week-d/tools/build.py"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(os.path.dirname(os.path.dirname(HERE)), "weektools")]

import week_build  # noqa: E402

if __name__ == "__main__":
    week_build.main()
