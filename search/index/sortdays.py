"""Where a date sorts, and which dates a period holds: one `sortday` per precision.

Every dated document carries a `sortday` (yyyymmdd) so the timeline, date
filters and `mentions:` are bisections of one sorted list. A coarse date
("1987", "the first quarter", "this week") sorted on its first day was counted
as that day: `mentions:1987-01-01` found every article saying "1987", and a
Monday's heading held every "this week". Here each precision has slots of its
own that no real day uses, so a key alone says what kind of date it is:

- a day: yyyymmdd (dd 01-31); a month: yyyymm00;
- a week: its Monday's yyyymm with dd = 40 + the Monday's day (a weekend: its
  Saturday's), so a month's weeks follow its days and are grouped under it;
  one that runs into the next month sorts last in its Monday's month and is
  judged by its days (`spills`), as a range holding the month does not hold it;
- a year: yyyy0003, and the periods a year holds that are coarser than a
  month at yyyy00dd after it: halves 11-12, quarters 21-24, seasons 31-33. They
  sort at the head of their year;
- a century and a decade at the head of their first year, before it: 01 and 02.
  Keyed after it ("1990" at yyyy0000, "the 1990s" at yyyy0002) the year's own
  heading could not hold its dates without holding the decade's too;
- a winter, December to February, last in its December (yyyy1299): it runs
  into the next year, so it is no date of its own year, and listed at its head
  a year's heading held it where a range of that year's days does not.

The index layer only: it decides how dates are stored and read back, not
what a date is.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable

from ..period_names import coarse_period_value

__all__ = [
    "UNDATED",
    "Span",
    "is_day",
    "key_bounds",
    "month_high",
    "sortday_of",
    "sortday_span",
    "sortday_value",
    "spills",
    "typed_span",
    "wider_than_a_year",
    "within",
    "year_bounds",
]

UNDATED = 99_999_999
"""The `sortday` of an expression with no resolved value, past every real day."""

WEEK_BASE = 40
_CENTURY, _DECADE, _YEAR = 1, 2, 3
_PERIODS = ("H1", "Q1", "SP", "Q2", "SU", "H2", "Q3", "FA", "Q4")
"""A year's halves, quarters and seasons in the order they start (the wider first when
two start together; summer from June, before the second half's July), keyed from
`_PERIOD_BASE` on: read down a timeline, the second half came before the first quarter."""
_PERIOD_BASE = 10
_WINTER = 1299
"""A winter's slot in its year: after every day and week of its December."""
_SEASONS = ("SP", "SU", "FA", "WI")

Span = tuple[dt.date, dt.date]

_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?"
    r"|W(?P<week>\d{2})(?P<weekend>-WE)?|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|(?P<season>SP|SU|FA|AU|WI)))?"
)


def sortday_of(value: str | None) -> int:
    """The key a TimeML value sorts and is grouped at; `UNDATED` when it names no period."""
    if value and value.isdigit() and len(value) in (2, 3):
        year = int(value) * (100 if len(value) == 2 else 10)
        return year * 10000 + (_CENTURY if len(value) == 2 else _DECADE)
    match = _VALUE.match(value or "")
    if match is None:
        return UNDATED
    part = match.groupdict()
    year = int(part["year"])
    try:
        if part["month"]:
            month = int(part["month"])
            day = int(part["day"]) if part["day"] else 0
            if not 1 <= month <= 12 or (day and day > calendar.monthrange(year, month)[1]):
                return UNDATED
            return year * 10000 + month * 100 + day
        if part["week"]:
            first = dt.date.fromisocalendar(year, int(part["week"]), 6 if part["weekend"] else 1)
            return first.year * 10000 + first.month * 100 + WEEK_BASE + first.day
    except ValueError:
        return UNDATED
    if part["quarter"]:
        return year * 10000 + _PERIOD_BASE + _PERIODS.index(f"Q{part['quarter']}")
    if part["half"]:
        return year * 10000 + _PERIOD_BASE + _PERIODS.index(f"H{part['half']}")
    if part["season"]:
        season = "FA" if part["season"] == "AU" else part["season"]
        if season == "WI":
            return year * 10000 + _WINTER
        return year * 10000 + _PERIOD_BASE + _PERIODS.index(season)
    return year * 10000 + _YEAR


def typed_span(text: str) -> Span | None:
    """The days a value written as the timeline writes it covers ("1987-W10", "1987-Q1",
    a decade as "199" or "the 1990s", a century as "19" or "the 20th century").

    Only a whole value: "1987 March" is no year.
    """
    text = coarse_period_value(text) or text.strip()
    if not (_VALUE.fullmatch(text) or (text.isdigit() and len(text) in (2, 3))):
        return None
    return sortday_span(sortday_of(text))


def wider_than_a_year(sortday: int) -> bool:
    """Whether a key is a century or a decade: keyed at the head of its first year,
    a heading of its own at every grouping, never part of that year."""
    return sortday // 100 % 100 == 0 and sortday % 100 in (_CENTURY, _DECADE)


def year_bounds(year: int) -> tuple[int, int]:
    """The first and last key of a year's own dates: from the year itself to the last
    week of its December that stays in it (a decade before, a winter after, are not)."""
    return year * 10000 + _YEAR, month_high(year * 10000 + 1200)


def is_day(sortday: int) -> bool:
    """Whether a key is a calendar day (not a week, month or anything coarser)."""
    return sortday // 100 % 100 != 0 and 1 <= sortday % 100 <= 31


@functools.cache
def sortday_value(sortday: int) -> str | None:
    """The TimeML value a key stands for (the inverse of `sortday_of`)."""
    if sortday == UNDATED or sortday <= 0:
        return None
    year, month, code = sortday // 10000, sortday // 100 % 100, sortday % 100
    if sortday % 10000 == _WINTER:
        return f"{year:04d}-WI"
    if month:
        if code == 0:
            return f"{year:04d}-{month:02d}"
        if code <= 31:
            return f"{year:04d}-{month:02d}-{code:02d}"
        first = dt.date(year, month, code - WEEK_BASE)
        iso_year, week, weekday = first.isocalendar()
        return f"{iso_year:04d}-W{week:02d}" + ("-WE" if weekday == 6 else "")
    if code == _CENTURY:
        return f"{year // 100:02d}"
    if code == _DECADE:
        return f"{year // 10:03d}"
    if _PERIOD_BASE <= code < _PERIOD_BASE + len(_PERIODS):
        return f"{year:04d}-{_PERIODS[code - _PERIOD_BASE]}"
    return f"{year:04d}"


@functools.cache
def sortday_span(sortday: int) -> Span | None:
    """The first and last calendar day a key's date covers.

    A season covers the months the dates module reads seasons by (spring March
    to May, summer June to August, autumn September to November), and winter
    is the year's last, December to February, as "the fall and winter" reads
    it. Spanning its whole year, "summer 2024" was measured from 1 January:
    no date from June on, and never inside June to September.
    """
    if sortday == UNDATED or sortday <= 0:
        return None
    year, month, code = sortday // 10000, sortday // 100 % 100, sortday % 100
    if sortday % 10000 == _WINTER:
        return _season_span(year, 4)
    try:
        if month:
            if code == 0:
                return dt.date(year, month, 1), dt.date(
                    year, month, calendar.monthrange(year, month)[1]
                )
            if code <= 31:
                return (dt.date(year, month, code),) * 2
            first = dt.date(year, month, code - WEEK_BASE)
            return first, first + dt.timedelta(days=1 if first.weekday() == 5 else 6)
        if code in (_CENTURY, _DECADE):
            width = 100 if code == _CENTURY else 10
            return dt.date(max(1, year), 1, 1), dt.date(year + width - 1, 12, 31)
        if _PERIOD_BASE <= code < _PERIOD_BASE + len(_PERIODS):
            period = _PERIODS[code - _PERIOD_BASE]
            if period in _SEASONS:
                return _season_span(year, 1 + _SEASONS.index(period))
            months = 6 if period[0] == "H" else 3
            last = months * int(period[1])
            end = dt.date(year, last, calendar.monthrange(year, last)[1])
            return dt.date(year, last - months + 1, 1), end
        return dt.date(max(1, year), 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def _season_span(year: int, season: int) -> Span:
    """Spring (1) to winter (4): three months each from March, winter into the next year."""
    first = dt.date(year, 3 * season, 1)
    after = dt.date(year + (season == 4), (3 * season + 3 - 1) % 12 + 1, 1)
    return first, after - dt.timedelta(days=1)


def within(first: dt.date | None, last: dt.date | None) -> Callable[[int], bool]:
    """Whether a key's whole date lies in [first, last] (None: open at that end).

    "March 1987" holds 2 March, the week of 2 March and the month itself, but
    not "1987" or "the first quarter", which only overlap it, nor the week of
    30 March, which runs into April: a week is judged by its days, as the
    README says, whatever month it is keyed in.
    """
    low, high = first or dt.date.min, last or dt.date.max
    seen: dict[int, bool] = {}  # a few hundred distinct keys stand for 400k events

    def inside(sortday: int) -> bool:
        found = seen.get(sortday)
        if found is None:
            span = sortday_span(sortday)
            found = seen[sortday] = span is not None and low <= span[0] and span[1] <= high
        return found

    return inside


def spills(sortday: int) -> bool:
    """Whether a key is a week (or weekend) running past the end of the month it is
    keyed in: a heading of its own by month, not part of a month that does not hold it."""
    month, code = sortday // 100 % 100, sortday % 100
    if not 1 <= month <= 12 or code <= 31 or sortday >= UNDATED:
        return False
    span = sortday_span(sortday)
    return span is not None and span[1].month != month


def month_high(low: int) -> int:
    """The last key of a month's (yyyymm00) own dates: every key after it in the month
    is a week that `spills` into the next (they sort last, after its days and weeks)."""
    year, month = low // 10000, low // 100 % 100
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    if last.weekday() == 6:  # the month ends on a Sunday: no week runs past it
        return low + _WINTER % 100 - 1  # nor a December's winter
    return low + WEEK_BASE + last.day - last.weekday() - 1


def key_bounds(first: dt.date | None, last: dt.date | None) -> tuple[int, int]:
    """The sortday range holding every key whose date could lie in [first, last].

    A year's coarse periods sort at its head, so the range starts at the
    first year's head and ends after the last year's last key.
    """
    low = first.year * 10000 if first else 1
    high = last.year * 10000 + 9999 if last else UNDATED - 1
    return low, high
