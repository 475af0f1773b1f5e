"""The timeline read a group at a time, from any date outwards.

A corpus of 100k articles holds about 400k dated expressions, far more than a
screen or a script wants at once. Every event already sits in a packed list
sorted by day (`daylists`), so a group (a day, a month, a year) is a slice of
that list found by bisection: its count costs nothing, and only the few
entries shown under its heading are read from the index. Paging goes forward
or backward from any group, and opening "where the news is" is a bisection to
the corpus's busiest month.

A group's `low` and `high` are `sortday` bounds (yyyymmdd, with 00 for the
parts a value lacks), so "March 1987" written as a month (19870300) is a group
of its own at day level and part of March at month level.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from ..models import Event
from .documents import UNDATED_EVENT

__all__ = [
    "Grouping",
    "TimelineGroup",
    "TimelinePage",
    "WhichDates",
    "day_counts",
    "group_bounds",
    "page_of_groups",
    "period_key",
    "value_span",
]

Grouping = Literal["day", "month", "year"]
WhichDates = Literal["mentioned", "published", "all"]

_SHIFT = 32
_LOW_BITS = (1 << _SHIFT) - 1
_WIDTH = {"day": 1, "month": 100, "year": 10000}


@dataclass(frozen=True)
class TimelineGroup:
    """One heading of the timeline: a period, how much falls in it, and a few entries."""

    low: int
    """First sortday of the group (yyyymmdd; 19870300 is "March 1987" as a month)."""
    high: int
    """Last sortday of the group."""
    value: str | None
    """The period as a TimeML value ("1987-03-02", "1987-03", "1987"); None: unresolved."""
    count: int
    """Dated expressions in the group."""
    articles: int | None
    """Distinct articles they come from (None when not counted, as for huge groups)."""
    sources: tuple[tuple[str, int], ...]
    """The sources of those articles, most frequent first."""
    events: tuple[Event, ...]
    """The first entries of the group (each from another article where possible)."""
    titles: tuple[tuple[str, str], ...] = ()
    """(article id, title) for the entries shown."""
    position: int = 0
    """Where the group starts in the whole list, for reading more of it."""


@dataclass(frozen=True)
class TimelinePage:
    """Consecutive groups, and whether the timeline goes on either side of them."""

    groups: tuple[TimelineGroup, ...]
    total: int
    """Dated expressions in the whole (filtered) timeline."""
    more_before: bool
    more_after: bool
    anchor: int = 0
    """Index in `groups` of the group asked for (the one at or after `around`)."""


def period_key(value: str | None) -> int | None:
    """The sortday a TimeML value starts at, as groups are keyed ("1987-03" -> 19870300)."""
    from .documents import event_sortday

    day = event_sortday(value)
    return None if day == UNDATED_EVENT else day


_PARTS = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{2})|Q(\d)|H(\d)|[A-Z]{2}))?")


def value_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TimeML value covers ("1987-06" is 1 to 30 June 1987).

    A heading stands for its whole period: searching "the range in view" from
    a month's heading must take in the month, not the day it sorts at.
    """
    if value and value.isdigit() and len(value) in (2, 3):  # a century, a decade
        width = 100 if len(value) == 2 else 10
        first = max(1, int(value) * width)
        return dt.date(first, 1, 1), dt.date(first + width - 1 - (first == 1), 12, 31)
    match = _PARTS.match(value or "")
    if match is None:
        return None
    year, month, day, week, quarter, half = (int(p) if p else None for p in match.groups())
    try:
        if day is not None:
            return (dt.date(year, month, day),) * 2
        if month is not None:
            days = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, days)
        if week is not None:
            monday = dt.date.fromisocalendar(year, week, 1)
            return monday, monday + dt.timedelta(days=6)
        if quarter is not None or half is not None:
            months = 3 if quarter is not None else 6
            last = months * (quarter or half or 1)
            end = dt.date(year, last, calendar.monthrange(year, last)[1])
            return dt.date(year, last - months + 1, 1), end
    except ValueError:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def group_bounds(day: int, grouping: Grouping) -> tuple[int, int]:
    """The sortday bounds of the group holding `day` at a grouping level."""
    if day == UNDATED_EVENT:
        return day, day
    width = _WIDTH[grouping]
    low = day - day % width
    return low, low + width - 1


def group_value(low: int, high: int) -> str | None:
    """The TimeML value naming a group from its bounds."""
    if low == UNDATED_EVENT:
        return None
    year, month, day = low // 10000, low // 100 % 100, low % 100
    if high - low >= 9999 or month == 0:  # by month, dates given as a year are a group of their own
        return f"{year:04d}"
    if high - low >= 99 or day == 0:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _coarse_value(low: int, high: int, count: int, shown: Sequence[tuple]) -> str | None:
    """A group's value; a decade or century when that is what every one of its dates is.

    "The 19th century" sorts as 1800 (18000000), with the year 1800 and the 1800s:
    labelled "1800" it would read as a year it does not mean.
    """
    value = group_value(low, high)
    values = {event.value for event, _title, _source in shown}
    if low % 10000 == 0 and count == len(shown) and len(values) == 1:
        only = values.pop()
        if only and only.isdigit() and len(only) < 4:
            return only
    return value


ReadEvents = Callable[[Sequence[int]], list[tuple[Event, str, str]]]
"""Reads (event, title, source) for document numbers."""


def page_of_groups(
    keys: Sequence[int],
    *,
    grouping: Grouping,
    start: int,
    before: int,
    after: int,
    read: ReadEvents,
    owners: Sequence[int] | None = None,
    samples: int = 3,
) -> TimelinePage:
    """`before` groups ending at position `start` and `after` groups from it.

    Args:
        keys: packed `day << 32 | docnum` keys in order (a `DayList`'s, or a filtered copy).
        start: a position in `keys`, normally where a group starts.
        read: reads the entries shown under each heading.
        owners: each document's article document number, to count articles;
            without it a group's article count is None.
    """
    spans: list[tuple[int, int, int, int]] = []
    if 0 < start < len(keys):  # a date inside a month or year opens on all of that group
        low, _high = group_bounds(keys[start] >> _SHIFT, grouping)
        start = bisect_left(keys, low << _SHIFT, 0, start)
    position = start
    while position > 0 and len(spans) < before:
        low, high = group_bounds(keys[position - 1] >> _SHIFT, grouping)
        first = bisect_left(keys, low << _SHIFT, 0, position)
        spans.append((low, high, first, position))
        position = first
    more_before = position > 0
    spans.reverse()
    anchor = len(spans)
    position = start
    while position < len(keys) and len(spans) - anchor < after:
        low, high = group_bounds(keys[position] >> _SHIFT, grouping)
        last = bisect_right(keys, high << _SHIFT | _LOW_BITS, position)
        spans.append((low, high, position, last))
        position = last
    chosen = [_sample(keys, first, last, owners, samples) for _low, _high, first, last in spans]
    found = read([docnum for picks in chosen for docnum in picks])
    groups = []
    for (low, high, first, last), picks in zip(spans, chosen, strict=True):
        shown, found = found[: len(picks)], found[len(picks) :]
        groups.append(_group(keys, low, high, first, last, shown, owners))
    return TimelinePage(
        tuple(groups), len(keys), more_before, position < len(keys), min(anchor, len(groups) - 1)
    )


MAX_COUNTED = 50_000
"""Groups larger than this report no article count: counting would cost a visible pause."""


def _group(keys, low, high, first, last, shown, owners) -> TimelineGroup:
    articles = None
    if owners is not None and last - first <= MAX_COUNTED:
        articles = len({owners[keys[n] & _LOW_BITS] for n in range(first, last)})
    sources = Counter(source for _event, _title, source in shown if source)
    return TimelineGroup(
        low=low,
        high=high,
        value=_coarse_value(low, high, last - first, shown),
        count=last - first,
        articles=articles,
        sources=tuple(sources.most_common()),
        events=tuple(event for event, _title, _source in shown),
        titles=tuple({event.article_id: title for event, title, _s in shown}.items()),
        position=first,
    )


SAMPLE_REACH = 40
"""Entries looked at per group to pick ones from different articles."""


def _sample(keys, first: int, last: int, owners, samples: int) -> list[int]:
    """Document numbers of the entries shown under a heading: different articles first."""
    if samples <= 0:
        return []
    reach = max(SAMPLE_REACH, samples)
    docnums = [keys[n] & _LOW_BITS for n in range(first, min(last, first + reach))]
    if owners is None:
        return docnums[:samples]
    picked: list[int] = []
    seen: set[int] = set()
    for docnum in docnums:
        if owners[docnum] not in seen:
            seen.add(owners[docnum])
            picked.append(docnum)
    picked += [d for d in docnums if d not in picked][: max(0, samples - len(picked))]
    return sorted(picked[:samples], key=docnums.index)


def position_of(keys: Sequence[int], day: int) -> int:
    """The first position whose day is `day` or later."""
    return bisect_left(keys, day << _SHIFT)


def busiest_month(keys: Sequence[int]) -> int | None:
    """The sortday (yyyymm00) of the month most of the keyed entries fall in.

    Steps from month to month by bisection, so a corpus costs as many steps
    as the months it spans, not as many as its entries.
    """
    best: tuple[int, int] | None = None
    position = bisect_right(keys, _LOW_BITS)  # day 0: undated articles
    while position < len(keys):
        day = keys[position] >> _SHIFT
        if day == UNDATED_EVENT:
            break
        month = day // 100
        last = bisect_right(keys, (month * 100 + 99) << _SHIFT | _LOW_BITS, position)
        if month % 100 and (best is None or last - position >= best[0]):
            best = (last - position, month)
        position = last
    return best[1] * 100 if best else None


def range_keys(keys: Sequence[int], low: int, high: int) -> tuple[int, int]:
    """Positions [first, last) of the keys whose day lies in [low, high]."""
    return bisect_left(keys, low << _SHIFT), bisect_right(keys, high << _SHIFT | _LOW_BITS)


def day_counts(keys: Sequence[int]) -> list[tuple[int, int]]:
    """(sortday, count) for every sortday present, unresolved ones left out."""
    counts: list[tuple[int, int]] = []
    position = 0
    while position < len(keys):
        day = keys[position] >> _SHIFT
        if day == UNDATED_EVENT:
            break
        last = bisect_right(keys, day << _SHIFT | _LOW_BITS, position)
        counts.append((day, last - position))
        position = last
    return counts
