"""The timeline's activity chart: one bar per year, month or day, and one of them chosen.

Textual's `Sparkline` buckets its data to the width it is given, so a click
cannot tell which period it landed on. Here every column is one period whose
bounds are known, so a click or a key picks a period and the timeline narrows
to it. The chart covers the range the timeline is drilled into; a handful of
far-off dates (a bond due in 2030, a company founded in 1857) would squeeze
the news into one bar, so when keeping them would make the bars coarser, the
outer 2 % of dates at either end are left out of an undrilled chart (and, when
more years than columns remain, all but the run of years holding the most of
them), and the caption says how many. Otherwise every date is charted: the first few days
of a corpus's publication dates are its news, not outliers.

Bars are widened to share the width (forty months across 116 columns read as a
third of a chart), and a row of labels under them names the years (months on
a chart of days) where they begin: a chart with no axis says only that the
news has a peak, not when.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

from newsexplore.search import is_day, spills, wider_than_a_year

__all__ = ["ActivityChart", "Bar", "axis_labels", "bar_columns", "charted"]

BLOCKS = " ▁▂▃▄▅▆▇█"
OUTLIER_SHARE = 0.02
"""Share of dates at each end an undrilled chart may leave out."""


@dataclass(frozen=True)
class Bar:
    """One column: a period (sortday bounds) and how many dates fall in it."""

    low: int
    high: int
    count: int


LEVELS = (("day", 1), ("month", 100), ("year", 10000))


def charted(
    days: list[tuple[int, int]], width: int, *, trim: bool, finest: str = "day"
) -> tuple[list[Bar], str, int]:
    """Columns for (sortday, count) pairs: days if they fit, else months, else years.

    Args:
        trim: Leave the far-off dates out (the outer `OUTLIER_SHARE` at each
            end) when charting them would make the bars coarser.
        finest: The finest level allowed: the list's grouping, so a list by
            month has month bars, each one the period of one of its headings.

    Returns the bars, the level they are at ("day", "month" or "year"), and how
    many far-off dates were left out, for the caption to say.
    """
    # A year and the periods coarser than a month it holds (a quarter, a half)
    # sort at its head (yyyy00dd): no bar finer than a year is theirs.
    days = sorted((day, n) for day, n in days if day // 100 % 100 or finest == "year")
    bars, level = _fitted(days, width, finest)
    far = 0
    if trim and days:
        kept = days
        central = _central(days)
        central_bars, central_level = _fitted(central, width, finest)
        if central_level != level or len(bars) > width:
            bars, level, kept = central_bars, central_level, central
        if len(bars) > width:
            # More years than columns, and too few dates for 2 % of them to be the
            # far-off ones (a year 100 and a 1066 among forty stories of 1987, once
            # charted as 1987's bar after 115 empty years): the busiest run of years.
            kept = _busiest_years(kept, width)
            bars, level = _fitted(kept, width, finest)
        far = sum(n for _day, n in days) - sum(n for _day, n in kept)
    return bars[-width:], level, far


def _fitted(days: list[tuple[int, int]], width: int, finest: str) -> tuple[list[Bar], str]:
    """Bars at the finest level allowed that fits `width` (years, however many, at worst)."""
    levels = [name for name, _ in LEVELS]
    for level, width_of in LEVELS[levels.index(finest) if finest in levels else 0 :]:
        # A month ("in March") or a week ("this week") is no one day's; a week is
        # its Monday's month's, as the list's headings have it, unless it runs into
        # the next month (or year): then it is in neither's bar, as in neither's range.
        shown = [(day, n) for day, n in days if is_day(day)] if level == "day" else days
        if level != "day":
            shown = [(day, n) for day, n in shown if not _spills_at(day, level)]
        if level == "year":  # a decade or century sorts before its first year: not that year's
            shown = [(day, n) for day, n in shown if not wider_than_a_year(day)]
        if level != "year" and shown and _span(shown[0][0], shown[-1][0], width_of) > width:
            continue  # too many bars: never lay out a bar for each day since the year 100
        bars = _bars(shown, width_of)
        if len(bars) <= width or level == "year":
            return bars, level
    return [], "day"


def _spills_at(day: int, level: str) -> bool:
    """A week running past its month (by month) or its year (by year): not the bar's."""
    return spills(day) and (level == "month" or day // 100 % 100 == 12)


def _span(first: int, last: int, width_of: int) -> int:
    """How many bars of a level run from one date's to another's, empty ones included.

    Counted, not laid out: a corpus mentioning one date in the year 100 and
    others in 1987 spans 700,000 days, and laying them out took seconds.
    """
    if width_of == 10000:
        return last // 10000 - first // 10000 + 1
    if width_of == 100:
        return (
            last // 10000 * 12 + last // 100 % 100 - (first // 10000 * 12 + first // 100 % 100) + 1
        )
    start = dt.date(first // 10000, first // 100 % 100, first % 100)
    return (dt.date(last // 10000, last // 100 % 100, last % 100) - start).days + 1


def _central(days: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The dates left once OUTLIER_SHARE of them is dropped at each end."""
    skip = int(sum(n for _day, n in days) * OUTLIER_SHARE)
    low = bisect_right(list(accumulate(n for _day, n in days)), skip)
    from_end = bisect_right(list(accumulate(n for _day, n in reversed(days))), skip)
    return days[low : len(days) - from_end]


def _busiest_years(days: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """The dates of the run of at most `width` years that holds the most of them (the
    latest such run on a tie, as the chart's newest bars were the ones kept)."""
    best, most, total, low = (0, 0), -1, 0, 0
    for high, (day, n) in enumerate(days):
        total += n
        while day // 10000 - days[low][0] // 10000 >= width:
            total -= days[low][1]
            low += 1
        if total >= most:
            best, most = (low, high + 1), total
    return days[best[0] : best[1]]


def _bars(days: list[tuple[int, int]], width_of: int) -> list[Bar]:
    """Consecutive periods from the first date to the last, empty ones included."""
    if not days:
        return []
    counts: dict[int, int] = {}
    for day, n in days:
        counts[day - day % width_of] = counts.get(day - day % width_of, 0) + n
    periods = _periods(min(counts), max(counts), width_of)
    return [Bar(p, p + width_of - 1, counts.get(p, 0)) for p in periods]


def _periods(first: int, last: int, width_of: int) -> list[int]:
    if width_of == 10000:
        return [year * 10000 for year in range(first // 10000, last // 10000 + 1)]
    if width_of == 100:
        periods = []
        year, month = divmod(first // 100, 100)
        while year * 100 + month <= last // 100:
            periods.append(year * 10000 + month * 100)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return periods
    start = dt.date(first // 10000, first // 100 % 100, first % 100)
    end = dt.date(last // 10000, last // 100 % 100, last % 100)
    return [_sortday(start + dt.timedelta(n)) for n in range((end - start).days + 1)]


def _sortday(day: dt.date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


MAX_BAR_COLUMNS = 6
"""The widest a bar is drawn: a handful of bars stretched across a whole pane look like blocks."""

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def bar_columns(bars: int, width: int) -> int:
    """How many columns each bar takes: as many as share the width evenly, at most a few."""
    return max(1, min(MAX_BAR_COLUMNS, width // bars)) if bars else 1


def axis_labels(
    bars: list[Bar], level: str, columns: int, width: int | None = None
) -> list[tuple[int, str]]:
    """(bar index, label) for the bars that begin a labelled period, none overlapping.

    Months are charted under year labels at each January (and month names between
    them, every one, quarter or half that fits), days under month labels at
    each month's first day (with the year at the first and at each January) and the
    10th and 20th between them. Years
    are labelled every so many, the first step of 1, 2, 5, 10, 20, 50... whose
    labels fit between them. The first bar is labelled with its year, so the chart
    names its year even with no January in it ("Feb 1987  Apr  May"), shortened where
    it would crowd a year's label or the bar beside it (`_first_fitted`).
    """
    if not bars:
        return []
    wanted: list[tuple[int, str]] = []
    if level == "year":
        years = [bar.low // 10000 for bar in bars]
        step = next(s for s in _steps() if s * columns >= len(str(years[-1])) + 2)
        wanted = [(n, str(y)) for n, y in enumerate(years) if y % step == 0 or n == 0]
    elif level == "month":
        every = next((k for k in (1, 3, 6) if k * columns >= 4), 12)
        for n, bar in enumerate(bars):
            year, month = divmod(bar.low // 100, 100)
            if month == 1 or n == 0:
                wanted.append((n, str(year) if month == 1 else f"{MONTHS[month - 1]} {year}"))
            elif (month - 1) % every == 0:
                wanted.append((n, MONTHS[month - 1]))
    else:
        for n, bar in enumerate(bars):
            year, month, day = bar.low // 10000, bar.low // 100 % 100, bar.low % 100
            if day == 1 or n == 0:
                name = MONTHS[month - 1] if day == 1 else f"{day} {MONTHS[month - 1]}"
                wanted.append((n, f"{name} {year}" if month == 1 or n == 0 else name))
            elif day in (10, 20):
                wanted.append((n, str(day)))
    if wanted and wanted[0][0] == 0:
        wanted = _first_fitted(wanted, bars[0].low // 10000, columns)
    labels: list[tuple[int, str]] = []
    free_from = 0
    for n, label in wanted:
        if n * columns >= free_from:
            labels.append((n, label))
            free_from = n * columns + len(label) + 1
    if level == "month" and not any(_names_a_year(label) for _n, label in labels):
        labels.extend(_year_after(bars, columns, width, free_from))
    return labels


def _year_after(
    bars: list[Bar], columns: int, width: int | None, free_from: int
) -> list[tuple[int, str]]:
    """The charted year as a note after the last bar, where no label names it and the
    row has room: every month named under its own bar left no room for "Feb 1987".
    In brackets: a bare year after October read as the next January's label."""
    at = max(len(bars), -(-(free_from + 1) // columns))  # two spaces after the last label
    year = f"({bars[0].low // 10000})"
    if width is not None and at * columns + len(year) > width:
        return []
    return [(at, year)]


def _first_fitted(wanted: list[tuple[int, str]], year: int, columns: int) -> list[tuple[int, str]]:
    """The labels with the first bar's shortened where it would crowd the labels after it.

    A year's label it crowds stays ("Sep 2019" over 2020's January read 2020's months
    as 2019's), and the first bar keeps its year in a shorter form ("2012", "'12"): gone,
    the bars before the January read as the next year's. Where the bar beside it is
    labelled too (every month has room for its name), each keeps its own: "Feb 1987"
    ran under March's bar, and the busiest month read as February. The year moves on
    to the next bar only where it fits under that bar ("Dec   1986"): "Mar 1987" ran
    under April's bar in turn, and April had no label. Otherwise the first bar keeps
    its month alone, and `axis_labels` says the year after the last bar. Dropped only
    where not even "'12" fits.
    """
    first, later = wanted[0][1], wanted[1:]

    def clear(label: str, at: int = 0) -> bool:
        """Whether a label from bar `at` ends before every year's label after it."""
        return all(
            n * columns > at * columns + len(label)
            for n, other in later
            if n > at and _names_a_year(other)
        )

    # A day's number ("10") beside it gives way as before: it names no month or year.
    beside = later[0] if later and later[0][0] == 1 else None
    if beside is not None and not (_names_a_year(beside[1]) or beside[1][:1].isalpha()):
        beside = None
    if clear(first) and (beside is None or columns > len(first)):
        return wanted
    if beside is not None:
        moved = beside[1] if _names_a_year(beside[1]) else f"{beside[1]} {year}"
        if len(moved) >= columns and any(n == 2 for n, _label in later):
            moved = beside[1]  # it would run under the third bar and take its label
        # "Dec" one space before "1986" reads as one label, December 1986: a wider gap.
        gap = 3 if _names_a_year(beside[1]) else 1
        words = first.split()
        for size in range(len(words) - 1, 0, -1):
            name = " ".join(words[:size])
            if columns >= len(name) + gap and clear(moved, 1):
                return [(0, name), (1, moved), *later[1:]]
    for short in (str(year), f"'{year % 100:02d}"):
        if clear(short):
            return [(0, short), *later]
    return later


def _names_a_year(label: str) -> bool:
    """Whether a label ends in a year ("1987", "Feb 1987"), not a day's number ("10")."""
    return len(label) >= 4 and label[-4:].isdigit()


def _steps():
    step = 1
    while True:
        yield from (step, 2 * step, 5 * step)
        step *= 10


class ActivityChart(Widget):
    """A bar chart one row high, with a row naming when its bars fall; a bar can be
    chosen by click or by key."""

    @dataclass
    class BarChosen(Message):
        """A bar was clicked (or stepped to); `bar` is None when the choice was cleared."""

        chart: ActivityChart
        bar: Bar | None

        @property
        def control(self) -> ActivityChart:
            return self.chart

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.bars: list[Bar] = []
        self.level = "day"
        self.chosen: int | None = None
        self.note = ""
        """Said in the chart's place when there are no bars: why none, and what to do."""

    def show(
        self, bars: list[Bar], chosen: int | None = None, level: str = "day", note: str = ""
    ) -> None:
        self.bars = bars
        self.level = level
        self.chosen = chosen
        self.note = note
        self.refresh()

    @property
    def columns(self) -> int:
        """Columns a bar takes at the chart's present width."""
        return bar_columns(len(self.bars), self.size.width)

    def render(self) -> Text:
        if not self.bars:
            return Text(self.note, style="dim")
        top = max(bar.count for bar in self.bars) or 1
        columns = self.columns
        line = Text()
        for index, bar in enumerate(self.bars):
            level = 0 if not bar.count else max(1, round(8 * bar.count / top))
            style = "reverse bold" if index == self.chosen else ""
            # An empty period is a gap: drawn as "▁", even dimmed, it read as "a few"
            # dates where there are none. The axis below still marks where it falls.
            line.append(BLOCKS[level] * columns, style=style)
        axis = [" "] * max(len(self.bars) * columns, self.size.width)  # a label may overhang
        for index, label in axis_labels(self.bars, self.level, columns, self.size.width):
            at = index * columns
            axis[at : at + len(label)] = label[: max(0, len(axis) - at)]
        line.append("\n")
        line.append("".join(axis).rstrip(), style="dim")
        return line

    def choose_where(self, sortday: int) -> Bar | None:
        """Choose the bar with dates that holds a day (the period in view), if any."""
        for index, bar in enumerate(self.bars):
            if bar.low <= sortday <= bar.high and bar.count:
                self.chosen = index
                self.refresh()
                return bar
        return None

    def step(self, by: int) -> Bar | None:
        """Choose the next bar with dates `by`'s way (the first or last when none is chosen).

        Empty bars are stepped over: a key that lands on a period with nothing
        in it shows nothing. None when no bar with dates lies that way.
        """
        way = 1 if by > 0 else -1
        start = self.chosen if self.chosen is not None else (-1 if way > 0 else len(self.bars))
        stop = len(self.bars) if way > 0 else -1
        ahead = [n for n in range(start + way, stop, way) if self.bars[n].count]
        if not ahead:
            return None
        self.chosen = ahead[min(abs(by), len(ahead)) - 1]
        self.refresh()
        return self.bars[self.chosen]

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        index = offset.x // self.columns if offset is not None and offset.y == 0 else -1
        if 0 <= index < len(self.bars):
            self.chosen = index
            self.refresh()
            self.post_message(self.BarChosen(self, self.bars[index]))
