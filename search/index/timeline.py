"""The timeline read a group at a time, from any date outwards.

A corpus of 100k articles holds about 400k dated expressions, far more than a
screen or a script wants at once. Every event already sits in a packed list
sorted by day (`daylists`), so a group (a day, a month, a year) is a slice of
that list found by bisection: its count costs nothing, and only the few
entries shown under its heading are read from the index. Paging goes forward
or backward from any group, and opening "where the news is" is a bisection to
the corpus's busiest month.

A group's `low` and `high` are `sortday` bounds (yyyymmdd for a day, and
slots of their own for coarser dates: see `sortdays`), so "March 1987" written
as a month (19870300) or "this week" (19870342) is a group of its own by day
and part of March by month, and "the first quarter" (19870011) is its own
group by day and by month and part of 1987 by year. Past every day come the
expressions with no value (`UNDATED_EVENT`), then the articles with no
publication date (`UNDATED_ARTICLE`): two groups, as a list of both kinds of
dates holds both.
"""

from __future__ import annotations

import datetime as dt
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..models import Event, Period
from .documents import UNDATED_EVENT
from .sortdays import (
    key_bounds,
    month_high,
    sortday_of,
    sortday_span,
    sortday_value,
    spills,
    wider_than_a_year,
    within,
    year_bounds,
)

__all__ = [
    "Grouping",
    "TimelineGroup",
    "TimelinePage",
    "UNDATED_ARTICLE",
    "WhichDates",
    "contained_keys",
    "count_sources",
    "day_counts",
    "group_bounds",
    "landing",
    "nearest",
    "nearest_groups",
    "page_of_groups",
    "period_distance",
    "period_key",
    "spans_overlap",
    "value_span",
]

Grouping = Literal["day", "month", "year"]
WhichDates = Literal["mentioned", "published", "all"]

_SHIFT = 32
_LOW_BITS = (1 << _SHIFT) - 1

UNDATED_ARTICLE = UNDATED_EVENT + 1
"""Where an article with no publication date sorts in a timeline: after the unresolved
expressions, so that a list of both kinds of dates keeps them apart. A timeline key
only: nothing in the index is stored with it."""


OriginKind = Literal["reference-date", "settings", "published", "mentioned"]


@dataclass(frozen=True)
class TypedDatesOrigin:
    """The day a date a user types ("last week") counts from, and why that day.

    Every front end names the day and its reason, so a user can tell a day they
    gave from one the corpus suggested; the reason is kept here, not guessed
    again from the run's options by each of them.
    """

    day: dt.date
    kind: OriginKind
    """`reference-date` (the run's), `settings` (the date the undated articles' settings
    file gives), `published` (the month most articles were published in) or
    `mentioned` (no article has a publication date: the month most mentioned)."""
    given: Period | None = None
    """The reference date given, for the run or in a settings file; `day` is its first day."""
    where: str = ""
    """`file:line` of the settings file that gave it."""
    sharing: int = 0
    """How many undated articles count from that settings date."""
    undated: int = 0
    """How many undated articles the index holds: when more than `sharing`, some count
    from another settings date (the most common was taken) or from none."""


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

    @property
    def undated(self) -> bool:
        """The articles with no publication date, last in the publication dates: counted
        in articles, as no date falls in it (the unresolved group has no value either)."""
        return self.low == UNDATED_ARTICLE


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
    undated: int = 0
    """Of `total`, the articles with no publication date the publication dates list last."""


def period_key(value: str | None) -> int | None:
    """The key a TimeML value sorts and is grouped at ("1987-03" -> 19870300, see `sortdays`)."""
    day = sortday_of(value)
    return None if day == UNDATED_EVENT else day


def value_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TimeML value covers ("1987-06" is 1 to 30 June 1987).

    A heading stands for its whole period: searching "the range in view" from
    a month's heading must take in the month, not the day it sorts at.
    """
    return sortday_span(sortday_of(value))


def group_bounds(day: int, grouping: Grouping) -> tuple[int, int]:
    """The sortday bounds of the group holding `day` at a grouping level.

    A date is grouped at its own precision when that is coarser than the
    grouping: by day, "the week of 2 March" and "March" are headings of their
    own, not 2 March and 1 March; by month, a quarter or a half is its own
    heading, not part of its first month. A week is part of its Monday's month
    and year, unless it runs into the next (a weekend: its Saturday's): then it
    is a heading of its own, last in its Monday's month, as a range holding
    that month does not hold it and a heading's count must be what `r` finds.
    """
    if day >= UNDATED_EVENT or grouping == "day":
        return day, day
    if spills(day) and (grouping == "month" or day // 100 % 100 == 12):
        return day, day
    if grouping == "month":
        if day // 100 % 100 == 0:  # a year, or a period of one coarser than a month
            return day, day
        low = day - day % 100
        return low, month_high(low)
    if wider_than_a_year(day):
        return day, day
    return year_bounds(day // 10000)


def group_value(low: int, high: int) -> str | None:
    """The TimeML value naming a group from its bounds."""
    if low >= UNDATED_EVENT:
        return None
    if low == high:
        return sortday_value(low)
    year, month = low // 10000, low // 100 % 100
    if high - low >= 9999 or month == 0:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}"


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
    count_all: bool = False,
    skip: int = 0,
    sources: SourceCounter | None = None,
) -> TimelinePage:
    """`before` groups ending at position `start` and `after` groups from it.

    Args:
        keys: packed `day << 32 | docnum` keys in order (a `DayList`'s, or a filtered copy).
        start: a position in `keys`, normally where a group starts.
        read: reads the entries shown under each heading.
        owners: for each document a number its article's documents share (the
            article's document number, or its key), to count articles; without
            it a group's article count is None.
        count_all: count the articles of every group, however large (a script
            waits for its answer; a screen would pause on a huge one).
        skip: entries of the group at `start` passed over before its `samples` are
            read, to read a large group on from where a screen stopped.
        sources: names the sources of a group's entries, given their positions and
            `owners` (None when the group is too large to count in articles); without
            it, only the sources of the entries read are named.
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
    if skip and anchor < len(spans):  # read on in list order, not a sample of articles
        _low, _high, first, last = spans[anchor]
        begin = min(first + skip, last)
        chosen[anchor] = [keys[n] & _LOW_BITS for n in range(begin, min(last, begin + samples))]
    found = read([docnum for picks in chosen for docnum in picks])
    groups = []
    for (low, high, first, last), picks in zip(spans, chosen, strict=True):
        shown, found = found[: len(picks)], found[len(picks) :]
        counted = owners if count_all or last - first <= MAX_COUNTED else None
        groups.append(_group(keys, low, high, first, last, shown, counted, sources))
    return TimelinePage(
        tuple(groups), len(keys), more_before, position < len(keys), min(anchor, len(groups) - 1)
    )


MAX_COUNTED = 50_000
"""Groups larger than this report no article count: counting would cost a visible pause."""


def _group(keys, low, high, first, last, shown, owners, sources) -> TimelineGroup:
    articles = None if owners is None else count_articles(keys, first, last, owners)
    named = None if sources is None else sources(first, last, owners, articles)
    if named is None:
        named = Counter(source for _event, _title, source in shown if source).most_common()
    return TimelineGroup(
        low=low,
        high=high,
        value=group_value(low, high),
        count=last - first,
        articles=articles,
        sources=tuple(named),
        events=tuple(event for event, _title, _source in shown),
        titles=tuple({event.article_id: title for event, title, _s in shown}.items()),
        position=first,
    )


ARRAY_COUNT_FROM = 256
"""Groups at least this large count their articles on arrays rather than a Python set."""


def count_articles(keys: Sequence[int], first: int, last: int, owners: Sequence[int]) -> int:
    """How many articles the entries at positions [first, last) come from.

    A heading counts its articles on every page and jump, and the set built an
    entry at a time took 16-20 ms for the 16 headings around a busy day at 100k
    articles. With both as arrays the count is one gather and one sort.
    """
    if last - first < ARRAY_COUNT_FROM or not (
        isinstance(keys, array) and isinstance(owners, array)
    ):
        return len({owners[keys[n] & _LOW_BITS] for n in range(first, last)})
    import numpy as np

    docnums = np.frombuffer(keys, dtype=keys.typecode)[first:last] & _LOW_BITS
    return int(np.unique(np.frombuffer(owners, dtype=owners.typecode)[docnums]).size)


SourceCounter = Callable[[int, int, Any, "int | None"], Sequence[tuple[str, int]]]
"""Names the sources of the entries at positions [first, last), given the owners to count
articles by (or None: count dates) and their article count when known, most first."""


def count_sources(
    keys: Sequence[int],
    first: int,
    last: int,
    sources: Sequence[int],
    owners: Sequence[int] | None,
    articles: int | None = None,
) -> list[tuple[int, int]]:
    """(source key, articles) for the entries at positions [first, last), in key order
    (the caller ranks them once it has their names).

    A heading lists three of its entries, and naming only their sources told a
    reader that one paper alone wrote of a day seventy articles mention. Every
    entry is counted instead, a gather over arrays; each source counts an
    article once however often it names the day (an article's entries share its
    source, so one entry per article is enough). Without `owners` (a group too
    large to count while a screen waits) dates are counted.

    Args:
        sources: for every document its source's key (0: none).
        articles: the articles of the entries when already counted: a group from
            one source needs no other count.
    """
    import numpy as np

    def gather(values: Sequence[int], at: Any) -> Any:
        if isinstance(values, array):
            return np.frombuffer(values, dtype=values.typecode)[at]
        return np.fromiter((values[n] for n in at.tolist()), np.int64, len(at))

    if isinstance(keys, array):
        docnums = np.frombuffer(keys, dtype=keys.typecode)[first:last] & _LOW_BITS
    else:
        docnums = gather(keys, np.arange(first, last)) & _LOW_BITS
    source = gather(sources, docnums)
    if not len(source):
        return []
    if owners is not None and source.min() == source.max() and articles is not None:
        return [(int(source[0]), articles)] if source[0] else []
    if owners is not None:
        _owner, one_each = np.unique(gather(owners, docnums), return_index=True)
        source = source[one_each]
    found, counts = np.unique(source[source != 0], return_counts=True)
    return list(zip(found.tolist(), counts.tolist(), strict=True))


SAMPLE_REACH = 40
"""Entries looked at per group to pick ones from different articles."""


def _sample(keys, first: int, last: int, owners, samples: int) -> list[int]:
    """Document numbers of the entries shown under a heading: different articles first."""
    if samples <= 0:
        return []
    reach = max(SAMPLE_REACH, samples)
    docnums = [keys[n] & _LOW_BITS for n in range(first, min(last, first + reach))]
    if owners is None or samples >= len(docnums):
        return docnums[:samples]
    picked: set[int] = set()
    seen: set[int] = set()
    for docnum in docnums:
        if owners[docnum] not in seen and len(picked) < samples:
            seen.add(owners[docnum])
            picked.add(docnum)
    for docnum in docnums:  # the rest from articles already shown, in list order
        if len(picked) >= samples:
            break
        picked.add(docnum)
    return [docnum for docnum in docnums if docnum in picked]


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
        if day >= UNDATED_EVENT:
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
    """(sortday, count) for every sortday present, unresolved ones left out.

    Packed keys in an array are counted with NumPy: a day at a time in Python,
    the 245k dates of the articles saying "said" at 100k took 10-20 ms of the
    timeline following that query.
    """
    if isinstance(keys, array) and keys.typecode == "q":
        return _day_counts_of_array(keys)
    counts: list[tuple[int, int]] = []
    position = 0
    while position < len(keys):
        day = keys[position] >> _SHIFT
        if day >= UNDATED_EVENT:
            break
        last = bisect_right(keys, day << _SHIFT | _LOW_BITS, position)
        counts.append((day, last - position))
        position = last
    return counts


def _day_counts_of_array(keys: array) -> list[tuple[int, int]]:
    import numpy as np

    days = np.frombuffer(keys, dtype=np.int64) >> _SHIFT
    days = days[: int(np.searchsorted(days, UNDATED_EVENT))]
    if not len(days):
        return []
    starts = np.flatnonzero(np.concatenate(([True], days[1:] != days[:-1])))
    counts = np.diff(np.append(starts, len(days)))
    return list(zip(days[starts].tolist(), counts.tolist(), strict=True))


def contained_keys(
    keys: Sequence[int], first: dt.date | None, last: dt.date | None
) -> Sequence[int]:
    """The keys whose whole date lies in [first, last] (None: open at that end).

    A range holds the days, weeks, months and coarser periods inside it, never
    a coarser date that only overlaps it: "1987" is no date of January 1987.
    Each distinct sortday is judged once and its entries taken as a slice.
    """
    if first is None and last is None:
        return keys
    low, high = key_bounds(first, last)
    inside = within(first, last)
    position, end = bisect_left(keys, low << _SHIFT), bisect_right(keys, high << _SHIFT | _LOW_BITS)
    found = array("q")
    run = position
    while position < end:
        day = keys[position] >> _SHIFT
        stop = bisect_right(keys, day << _SHIFT | _LOW_BITS, position, end)
        if not inside(day):
            found.extend(keys[run:position])
            run = stop
        position = stop
    found.extend(keys[run:end])
    return found


def landing(keys: Sequence[int], day: int, grouping: Grouping) -> int:
    """The position a page asked for around `day` opens at: its own group when any
    date falls in it, else the group nearest it (`period_distance`, the rule
    `nearest` lists by), the earlier on a tie (`date_order`: around the fourth
    quarter, October before the winter starting in its December): read
    downwards, the later one is then in sight just below it.

    The first group at or after the day was taken, whatever lay before it: with
    dates on 15 and 18 May, 16 May opened on 18 May, and 2 October 2024 on "2025"
    with 30 September two days back. Where a period sorts is no guide to where it
    lies ("summer 2024" sorts at the head of 2024 and starts in June), so every
    distinct date is weighed, each once, by the span of the heading it is under.
    """
    first, end = position_of(keys, 1), position_of(keys, UNDATED_EVENT)
    asked = sortday_span(day)
    if asked is None or end <= first:
        return position_of(keys, day)
    own_low, own_high = group_bounds(day, grouping)
    own = bisect_left(keys, own_low << _SHIFT, first, end)
    if own < end and keys[own] >> _SHIFT <= own_high:
        return own
    weighed = [
        (period_distance(asked, found), sortday != day, date_order(sortday), sortday)
        for sortday, _count in day_counts(keys)
        if (found := _group_span(sortday, grouping)) is not None
    ]
    if not weighed:
        return position_of(keys, day)
    return bisect_left(keys, min(weighed)[3] << _SHIFT, first, end)


def nearest_groups(keys: Sequence[int], day: int, grouping: Grouping, limit: int) -> list[int]:
    """Where the `limit` groups nearest a period's key start, in date order (`by_start`):
    the group `landing` opens on first, then the others by `period_distance`, the
    earlier on a tie.

    A run of groups from half a page before the landing one listed, around 15 July, the
    first quarter (ended in March) ahead of the first half (ended in June), and fewer
    groups than asked at either end of the timeline.
    """
    asked = sortday_span(day)
    if asked is None or limit <= 0:
        return []
    first, end = position_of(keys, 1), position_of(keys, UNDATED_EVENT)
    own = group_bounds(day, grouping)[0]
    weighed: dict[int, tuple[bool, int, int, int]] = {}
    for sortday, _count in day_counts(keys):
        low = group_bounds(sortday, grouping)[0]
        if low not in weighed and (found := sortday_span(low)) is not None:
            weighed[low] = (low != own, period_distance(asked, found), date_order(low), low)
    chosen = sorted(weighed.values())[:limit]
    return by_start(
        keys, [bisect_left(keys, low << _SHIFT, first, end) for *_weight, low in chosen], own
    )


def date_order(sortday: int) -> int:
    """Where a date stands in time among the others: where it is listed, except that a
    season, a quarter, a half, a year, a decade or a century, listed at the head of its
    year, stands at its first day (the fourth quarter of 2016 after September 2016,
    which the list puts it before).

    A week is listed after its month's days and stays there: "the earlier" of two
    dates in January is the one read first going down the list.
    """
    if sortday // 100 % 100:
        return sortday
    span = sortday_span(sortday)
    if span is None:
        return sortday
    first = span[0]
    return first.year * 10000 + first.month * 100 + first.day


def by_start(keys: Sequence[int], positions: Iterable[int], asked: int) -> list[int]:
    """Positions in date order: by the first day each date covers, the date asked for
    first of those starting on one day, then as listed. Around the third quarter of
    2016, the summer (from June) before July, though the list puts the summer at the
    head of 2016."""
    starts: dict[int, dt.date] = {}

    def start(position: int) -> tuple[dt.date, bool, int]:
        sortday = keys[position] >> _SHIFT
        if sortday not in starts:
            span = sortday_span(sortday)
            starts[sortday] = span[0] if span is not None else dt.date.max
        return starts[sortday], sortday != asked, position

    return sorted(positions, key=start)


def _group_span(sortday: int, grouping: Grouping) -> tuple[dt.date, dt.date] | None:
    """The days the heading a sortday is listed under covers (a day's month, by month)."""
    low, _high = group_bounds(sortday, grouping)
    return sortday_span(low)


def spans_overlap(one: tuple[dt.date, dt.date], other: tuple[dt.date, dt.date]) -> bool:
    """Two periods (first and last day) share a day: a date found in the one asked for."""
    return one[0] <= other[1] and other[0] <= one[1]


def period_distance(asked: tuple[dt.date, dt.date], found: tuple[dt.date, dt.date]) -> int:
    """How many days a date lies from the period asked for: the one measure of "nearest"
    for `timeline --around` and the app's jump alike.

    A date starting inside the period is at 0; one after it is as far as the days
    between them (from the period's last day to the date's first), and so is one
    before it (from the date's last day to the period's first). A date that began
    before the period and runs into it ("1987" around 15 March 1987, "summer 2024"
    around 15 July) is as far as its first day: counted at 0, "1987" would be nearer
    to every day of 1987 than the days around it.
    """
    if found[1] < asked[0]:
        return (asked[0] - found[1]).days
    if found[0] < asked[0]:
        return (asked[0] - found[0]).days
    return max(0, (found[0] - asked[1]).days)


def nearest(keys: Sequence[int], day: int, limit: int) -> list[int]:
    """Positions of the `limit` dated entries nearest a period's key (`period_distance`),
    in date order (`by_start`); on a tie the period itself first, then the earlier
    (`date_order`), as `landing` opens on it.

    Nearest on either side, not a run starting half a page before: around
    "March 1987" that run began with the last day of February. Each distinct
    sortday is weighed once, so a busy corpus costs its few thousand distinct
    dates, not its entries.
    """
    span = sortday_span(day)
    if span is None:
        return []
    weighed = []
    for sortday, count in day_counts(keys):
        found = sortday_span(sortday)
        if found is not None:
            weighed.append(
                (period_distance(span, found), sortday != day, date_order(sortday), sortday, count)
            )
    weighed.sort()
    chosen: list[tuple[int, int]] = []
    left = limit
    for _distance, _other, _start, sortday, count in weighed:
        if left <= 0:
            break
        chosen.append((sortday, min(count, left)))
        left -= count
    positions: list[int] = []
    for sortday, count in chosen:
        first = bisect_left(keys, sortday << _SHIFT)
        positions.extend(range(first, first + count))
    return by_start(keys, positions, day)
