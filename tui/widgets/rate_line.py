"""The line under the indexing bar: how far an update has got, in words, on one row.

Each phase of an update counts something (files, a large file's megabytes,
articles, index entries, quotes); the line gives the count, the rate, the time
left and the time taken. An article total reckoned from part of a file is said
to be one (`about 19,500`). Where the panel is narrow (80 columns leave it 58)
the least needed parts are left out, so the line never wraps onto a second row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual.visual import VisualType
from textual.widgets import Static

from newsexplore.search import duration

if TYPE_CHECKING:
    from newsexplore.search import BuildBar, Progress

__all__ = [
    "DOING",
    "UNITS",
    "RateLine",
    "describe_build",
    "describe_rate",
    "describe_step",
    "duration",
    "fit_parts",
]


UNITS = {
    "read": "files",
    "load": "MB",
    "index": "articles",
    "commit": "entries",
    "speakers": "quotes",
}
"""What each phase of an update counts: files are read, a large file's bytes read into
records, its articles indexed, the index entries written and the quotes grouped by speaker."""

DOING = {
    "scan": "looking for files",
    "read": "reading",
    "load": "reading records",
    "index": "indexing",
    "commit": "writing the index",
    "verify": "checking the written index",
    "speakers": "grouping quotes by speaker",
    "merge": "merging speakers across articles",
    "save": "saving and checking the index files",
}
"""What the update is doing in each phase, in words."""

SEPARATOR = " · "
RATE, LEFT, TAKEN = 1, 2, 3
"""Where the rate, the time left and the time taken are in a counted phase's parts."""


def describe_rate(
    done: int, total: int, elapsed: float, unit: str = "files", *, since: int = 0
) -> str:
    """`12 / 40 files · 35 files/s · about 1 s left`, once there is a rate to tell."""
    return _joined(rate_parts(done, total, elapsed, unit, since=since))


def rate_parts(
    done: int,
    total: int,
    elapsed: float,
    unit: str = "files",
    *,
    since: int = 0,
    estimated: bool = False,
) -> list[str]:
    """The count, and once there is a rate, the rate and the time left.

    `since` is the count the clock started at: a phase taken up again (the
    next part of a large file) is timed from there, not from nothing, or its
    first count looked like thousands of articles a second.
    """
    if unit == "MB":
        count = f"{_megabytes(done, total)} / {_megabytes(total, total)} MB read"
    else:
        count = f"{done:,} / {_about(total) if estimated else f'{total:,}'} {unit}"
    if done <= since or elapsed <= 0:
        return [count]
    rate = (done - since) / elapsed
    left = (total - done) / rate
    speed = f"{rate / 1e6:,.1f} MB/s" if unit == "MB" else f"{rate:,.0f} {unit}/s"
    return [count, speed, f"about {duration(left, rounded=True)} left"]


def _megabytes(size: int, scale: int) -> str:
    """Megabytes, with a tenth where a total is under 10 MB and a tenth shows movement."""
    return f"{size / 1e6:,.1f}" if scale < 10e6 else f"{size / 1e6:,.0f}"


def _about(total: int) -> str:
    """An estimated total to three figures (`about 19,500`): the rest would be a guess."""
    figures = max(len(str(total)) - 3, 0)
    return f"about {round(total, -figures):,}"


def describe_step(progress: Progress, elapsed: float, since: int = 0) -> list[str]:
    """The parts of the rate line of a counted phase, or what is being done; and the time
    taken.

    The time is told even between counts: Whoosh stops to sort its postings
    for seconds at a time, and a line that does not change looks frozen.
    """
    if progress.total:
        unit = UNITS.get(progress.phase, "files")
        count, *rate = rate_parts(
            progress.done,
            progress.total,
            elapsed,
            unit,
            since=since,
            estimated=progress.estimated,
        )
        speed, left = rate or ("", "")
        return [count, speed, left, duration(elapsed)]
    doing = DOING.get(progress.phase, progress.phase)
    found = f" {progress.done:,} found ·" if progress.phase == "scan" else ""
    return [f"{doing[:1].upper()}{doing[1:]}…{found} {duration(elapsed)}"]


def describe_build(build: BuildBar, elapsed: float) -> list[str]:
    """The parts of the rate line of a build that reads files: the articles and files read
    (both exact), the rate and time left of the whole build once there is enough to tell
    them from, and the time taken. Writing the index keeps the line as it was, since
    its count of index entries means nothing to a reader."""
    rate, left = build.rate(elapsed), build.time_left(elapsed)
    return [
        build.count(),
        f"{rate:,.0f} articles/s" if rate else "",
        f"about {duration(left, rounded=True)} left" if left is not None else "",
        duration(elapsed),
    ]


def fit_parts(parts: list[str], width: int) -> str:
    """The parts joined (empty ones left out), made shorter until the line fits `width`.

    The rate goes first, then "about" before the time left; the time taken
    stays longer than the time left, since only it moves while Whoosh sorts
    its postings. The count always stays.
    """
    shown = list(parts)
    for index, shorter in ((RATE, ""), (LEFT, None), (TAKEN, ""), (LEFT, "")):
        if cell_len(_joined(shown)) <= width:
            break
        if index < len(shown):
            shown[index] = shown[index].removeprefix("about ") if shorter is None else shorter
    return _joined(shown)


def _joined(parts: list[str]) -> str:
    return SEPARATOR.join(part for part in parts if part)


class RateLine(Static):
    """The line under the bar: rate parts that do not fit its width are left out rather
    than wrapped, so the screen does not jump at 80 columns."""

    def __init__(self, content: str, *, id: str) -> None:
        super().__init__(content, id=id, markup=False)
        self._parts: list[str] = []

    def show_parts(self, parts: list[str]) -> None:
        self._parts = parts
        self._fit()

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        """Show `content` as it is (a message, an error), no longer fitted on resize."""
        self._parts = []
        super().update(content, layout=layout)

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        if self._parts:
            width = self.content_size.width or 10**6  # not laid out yet: all of it
            super().update(Text(fit_parts(self._parts, width)))
