"""What the app and the command line say alike about periods and typed dates.

Decades and centuries in words come from `search.period_names`; when a typed
date was counted from the reference day, and why that day, are decided here
once. Shared by the console script and the app, so it imports nothing of Textual.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TYPE_CHECKING

from newsexplore.search.period_names import coarse_period_name

if TYPE_CHECKING:
    from newsexplore.search import TypedDatesOrigin

__all__ = [
    "coarse_period_name",
    "counted_from_reference",
    "counted_from_words",
    "reference_source",
]

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


def counted_from_words(typed: str, value: str, origin: TypedDatesOrigin | None) -> str:
    """The day a typed date was counted from and why that day (`Wed 1 May 2024, the
    date in settings file /news/newsexplore.cfg, line 2`); "" when it was not counted
    from one. The app's `d` and `timeline --around` both say it through here."""
    if origin is None or not counted_from_reference(typed, value, origin.day):
        return ""
    day = origin.day
    named = f"{calendar.day_abbr[day.weekday()]} {day.day} {calendar.month_name[day.month]}"
    return f"{named} {day.year}, {reference_source(origin)}"


def reference_source(origin: TypedDatesOrigin) -> str:
    """Why the reference day is the day it is, in the words both the app and the
    command line use to name it: a settings file is named as each ≈ date counted
    from it names it, and a month chosen for the user says what it is the month of."""
    given = origin.given
    if origin.kind == "reference-date":
        return (
            "the --reference-date" if given.is_day else f"the first day of --reference-date {given}"
        )
    if origin.kind == "settings":
        path, _colon, line = origin.where.rpartition(":")
        said = f"the date in settings file {path}, line {line}"
        if origin.sharing < origin.undated:  # folders at odds: the most common, and how many
            said = (
                f"the date {origin.sharing} of the {origin.undated} undated articles count"
                f" from, in settings file {path}, line {line}"
            )
        return said if given.is_day else f"the first day of {given}, {said}"
    if origin.kind == "mentioned":
        return "the first day of the month most mentioned (no article has a publication date)"
    return "the first day of the busiest month"
