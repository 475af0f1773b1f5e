"""What the app and the command line say alike about periods and typed dates.

Decades and centuries in words come from `search.period_names`; when a typed
date was counted from the reference day, and why that day, are decided here
once. Shared by the console script and the app, so it imports nothing of Textual.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from newsexplore.search.period_names import coarse_period_name

if TYPE_CHECKING:
    from newsexplore.search import Period

__all__ = ["coarse_period_name", "counted_from_reference", "reference_source"]

_YEAR = re.compile(r"\b\d{4}\b")


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
