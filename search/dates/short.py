"""Periods as results copy and market news abbreviate them: "Q3", "Q3 2023", "2023 Q3",
"H1 2024", "FY2023", "FY24", "Q4 FY23".

Modern financial news writes these far more than "the third quarter of 2023", and read as
nothing, "Q3 2023" was dated as the whole year. Each is read as the words it stands for
("the third quarter of 2023", "the first half of 2024", "fiscal 2023"), so it resolves as
they do: a quarter with no year by the story's date and tense, a fiscal one marked as the
company's. Only the capitals are read: "q3" or "fy" in lower case is not this shorthand.
"""

from __future__ import annotations

import re

from . import calendar as cal
from . import quarters
from .context import Context, Result

SHORT_PERIOD = (
    r"(?:(?:1[5-9]|20)\d\d\s+)?(?:q[1-4]|h[12])(?:\s+fy\s*'?(?:\d\d){1,2}|\s*'\d\d"
    r"|\s+(?:1[5-9]|20)\d\d)?(?![\w'’-])"
    r"|fy\s*'?(?:(?:1[5-9]|20)\d\d|\d\d)(?:/\d\d(?:\d\d)?)?(?![\w'’-])"
)
"""The rule's pattern, over lower-cased text."""


_NAMES = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def short_period(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "Q3 2023" as "the third quarter of 2023", "H1" as "the first half", "FY24" as
    "fiscal 2024"; a two-digit year as a date's ("5/14/82") is read."""
    letters = [c for c in s if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return None  # "q3", "fy": not the shorthand of a period
    low = s.lower()
    fiscal = "fy" in low
    year_m = re.search(r"(?<!\d)(\d{4})(?!\d)", low)
    year = int(year_m.group(1)) if year_m else None
    if year is None and (two := re.search(r"(?:'|fy\s*'?)(\d\d)(?!\d)", low)):
        year = cal.full_year(ctx, int(two.group(1)))
    period = re.search(r"([qh])([1-4])", low)
    if period is None:
        if year is None:
            return None
        return cal.year_rule(ctx, f"fiscal {year}", start, end)
    kind, n = period.group(1), int(period.group(2))
    words = f"{'fiscal ' if fiscal else ''}{_NAMES[n]}"
    words += " quarter" if kind == "q" else " half"
    if year is not None:
        words += f" of {year}"
    if kind == "q":
        return quarters.quarter(ctx, words, start, end)
    return cal.half_year(ctx, words, start, end)
