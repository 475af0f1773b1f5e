"""Decades and centuries named as a reader says them: "the 1980s", "the 19th century".

TimeML writes a decade as its first three digits ("198") and a century as its
first two ("18" is 1800-1899, the 19th century), which a script or a reader
takes for the year 198 or 18. The timeline's headings and the command line's
`period` name them the same way from here; finer periods keep their TimeML value.
Shared by the console script and the app, so it imports nothing of Textual.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsexplore.search import Period

__all__ = ["coarse_period_name", "counted_from_reference", "reference_source"]

_YEAR = re.compile(r"\b\d{4}\b")


def coarse_period_name(value: str | None) -> str | None:
    """ "1980s" for the decade "198", "19th century" for the century "18"; else None."""
    if not value or not value.isdigit() or len(value) not in (2, 3):
        return None
    if len(value) == 3:
        return f"{value}0s"
    nth = int(value) + 1
    suffix = "th" if nth % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(nth % 10, "th")
    return f"{nth}{suffix} century"


def counted_from_reference(typed: str, value: str, reference: dt.date) -> bool:
    """Whether a typed date was counted from the reference day ("last week", "March"),
    a day the user may never have chosen (a month's first, the busiest month's): read
    from another day, it reads otherwise. A typed year fixes the date ("3/4/1987" is
    read by month order, not counted). The app's `d` and `timeline --around` both say
    so when it was, and must agree on when."""
    from newsexplore.search import read_typed_date

    if _YEAR.search(typed):
        return False
    elsewhere = reference + dt.timedelta(days=406)  # another year, month and weekday
    return read_typed_date(typed, elsewhere) != value


def reference_source(given: Period | None) -> str:
    """Why the reference day is the day it is, in the words both the app and the
    command line use to name it."""
    if given is None:
        return "the first day of the busiest month"
    if given.is_day:
        return "the --reference-date"
    return f"the first day of --reference-date {given}"
