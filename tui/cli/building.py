"""Building or updating the index from a command: a progress bar, Ctrl+C, what went wrong.

The core yields its progress and problems; this draws them on stderr (a Rich
bar on a terminal only), so `newsexplore index` and any command that must build
first show a build alike.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from newsexplore.search import (
    BuildBar,
    Library,
    Problem,
    ProblemGroup,
    Progress,
    UpdateSummary,
    duration,
    group_problems,
    printable,
    summarise_problems,
)

from ..counts import counted
from .common import error, warn

__all__ = ["describe_summary", "report_problems", "run_update"]


def run_update(
    library: Library, *, verbose: bool, seconds: float | None = None, listing: bool = False
) -> UpdateSummary | None:
    """Update the index, drawing a progress bar on an interactive stderr.

    `listing`: every problem is listed after this (`index --problems`), so the
    summary does not tell the user to add the option they gave.
    """
    from newsexplore.search import Waiting

    summary: UpdateSummary | None = None
    with _progress_bar(sys.stderr.isatty()) as advance, _first_ctrl_c_stops() as stopping:
        for step in library.update(stopping, seconds=seconds):
            if isinstance(step, Waiting):
                warn(step.message)
            elif isinstance(step, Progress):
                advance(step)
            elif isinstance(step, UpdateSummary):
                summary = step
    if summary is not None and not (summary.cancelled and not summary.partial):
        # A run stopped with nothing kept has nothing to report: its problems and
        # counts are of an index that was not written.
        report_problems(summary.problems, listing=listing, earlier=_earlier(library, summary))
        # What a stopped build kept is said by whoever stopped it.
        if not summary.partial and (verbose or (summary.added_articles and sys.stderr.isatty())):
            print(describe_summary(summary), file=sys.stderr)
    return summary


@contextlib.contextmanager
def _first_ctrl_c_stops() -> Iterator[Callable[[], bool]]:
    """Ctrl+C asks the build to stop between articles, keeping what it can; a second
    Ctrl+C stops at once.

    A first build commits what it has read when asked to stop (minutes of work
    on a large corpus); a plain KeyboardInterrupt would lose all since its last
    checkpoint. Only the main thread can take a signal handler.
    """
    asked = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield asked.is_set
        return

    def stop(_signum, _frame) -> None:
        if asked.is_set():
            raise KeyboardInterrupt
        asked.set()
        warn("stopping: committing what has been read (Ctrl+C again to stop at once)")

    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield asked.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


EXAMPLES_PER_KIND = 3
"""Problems shown of each kind: 300 duplicates are one fact, not 300 lines."""


def _earlier(library: Library, summary: UpdateSummary) -> tuple[Problem, ...]:
    """The problems kept with the index from earlier builds that this one did not meet
    again: an unchanged file that cannot be read is not read again, and is still lost."""
    if summary.partial:
        return ()
    now = set(summary.problems)
    return tuple(p for p in library.problems() if p not in now)


def report_problems(
    problems: Sequence[Problem], *, listing: bool = False, earlier: Sequence[Problem] = ()
) -> None:
    """Counts by kind, worst first, then a few of each kind, on stderr; then, in one line,
    those of `earlier` builds that still stand (unless every problem is listed next)."""
    groups = group_problems(problems)
    if groups:
        total = sum(group.count for group in groups)
        noun = "problem" if total == 1 else "problems"
        lost = any(p.kind == "unreadable" for p in earlier)
        line = summarise_problems(problems, lost_elsewhere=lost)
        print(f"newsexplore: {total:,} {noun}: {printable(line)}", file=sys.stderr)
        _examples(groups, listing)
    if earlier and not listing:
        lost_now = any(p.kind == "unreadable" for p in problems)
        standing = summarise_problems(earlier, lost_elsewhere=lost_now)
        print(
            f"newsexplore: still standing from earlier builds: {printable(standing)}"
            " (`newsexplore index --problems` lists them)",
            file=sys.stderr,
        )
        # The errors by name, as the build that met them gave them: a re-run that exits 4
        # should say which file is still missing without a second command.
        for group in group_problems([p for p in earlier if p.severity == "error"]):
            for problem in group.problems[:EXAMPLES_PER_KIND]:
                print(f"  {printable(str(problem))}", file=sys.stderr)


def _examples(groups: Sequence[ProblemGroup], listing: bool) -> None:
    """Each kind's count and meaning, then its first few problems; only the counts when
    every problem is listed next, on a terminal the same screen, where the first few
    would be named twice."""
    hidden = False
    for group in groups:
        say = error if any(p.severity == "error" for p in group.problems) else warn
        say(f"{group.counted} ({group.meaning})" if group.meaning else group.counted)
        shown = group.problems[: 0 if listing else EXAMPLES_PER_KIND]
        for problem in shown:
            print(f"  {printable(str(problem))}", file=sys.stderr)
        more = group.count - sum(problem.count for problem in shown)
        if more > 0 and not listing:
            hidden = True
            print(f"  ... and {more:,} more", file=sys.stderr)
    if hidden and not listing:
        print(
            "newsexplore: add --problems to `newsexplore index` to list every one", file=sys.stderr
        )


def describe_summary(summary: UpdateSummary) -> str:
    """What a build did, file by file: a file skipped whole is not also counted indexed,
    and one read only for a new reference date is neither updated nor unchanged."""
    redated = (
        f"read again for the reference date {summary.redated} "
        f"({counted(summary.redated_articles, 'undated article')}), "
        if summary.redated or summary.redated_articles
        else ""
    )
    return (
        f"{counted(summary.articles, 'article')} in the index: files indexed {summary.indexed}, "
        f"updated {summary.updated}, {redated}removed {summary.removed}, "
        f"unchanged {summary.unchanged}, skipped {summary.skipped}; "
        f"articles written {summary.added_articles}, duplicates {summary.duplicates}"
    )


class _progress_bar:
    """A Rich progress bar per phase on a terminal; nothing when piped."""

    LABELS = {
        "scan": "looking for files",
        "read": "reading files",
        "load": "reading records",
        "index": "indexing articles",
        "commit": "writing index",
        "verify": "checking index",
        "speakers": "grouping quotes",
        "merge": "merging speakers",
        "save": "saving index",
    }
    """A phase whose total is 0 cannot be counted: its bar pulses while the clock runs."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.progress = None
        self.tasks: dict[str, Any] = {}
        self.build = BuildBar()
        self.started = time.monotonic()

    def __enter__(self):
        if self.enabled:
            from rich.progress import (
                BarColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self.progress = Progress(
                TextColumn("{task.description:<18}"),
                BarColumn(),
                TextColumn("{task.fields[count]}"),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("{task.fields[left]}"),
                transient=False,
                console=_stderr_console(),
            )
            self.progress.start()
        return self.advance

    READING = ("read", "load", "index")

    def advance(self, step: Progress) -> None:
        if self.progress is None:
            return
        self.build.step(step)
        if self.build.reading:
            self._advance_build(step)
            return
        if step.phase in self.READING:
            self._drop_checkpoint()
        task = self.tasks.get(step.phase)
        if task is None:
            self._finish_uncounted()
            label = self.LABELS.get(step.phase, step.phase)
            task = self.tasks[step.phase] = self.progress.add_task(
                label, total=step.total or None, rate="", count="", left=""
            )
        speed = next(t.speed for t in self.progress.tasks if t.id == task)
        rate = _rate(speed, step.phase) if speed and step.total else ""
        self.progress.update(
            task, completed=step.done, total=step.total or None, rate=rate, count=_count(step)
        )

    def _advance_build(self, step: Progress) -> None:
        """Once files are read, one bar for the whole build: a bar per phase went from
        one file's articles to index entries and back, full then empty then full."""
        for phase in [p for p in self.tasks if p != "build"]:
            self.progress.remove_task(self.tasks.pop(phase))
        label = self.LABELS.get(step.phase, step.phase)
        if step.phase == "commit" and not self.build.finishing:
            label = "saving read so far"
        task = self.tasks.get("build")
        if task is None:
            self.started = time.monotonic()
            task = self.tasks["build"] = self.progress.add_task(
                label, total=1000, rate="", count="", left=""
            )
        elapsed = time.monotonic() - self.started
        rate, left = self.build.rate(elapsed), self.build.time_left(elapsed)
        self.progress.update(
            task,
            description=label,
            completed=round(self.build.fraction * 1000),
            # a large file's records are counted in megabytes until its articles come
            count=_count(step) if step.phase == "load" else self.build.count(),
            rate=f"{rate:,.0f}/s" if rate else "",
            left=f"about {duration(left, rounded=True)} left" if left is not None else "",
        )

    def _drop_checkpoint(self) -> None:
        """Reading again after a checkpoint: its bars are done with, and would sit at 99 %
        under the reading bar until the end."""
        for phase in [p for p in self.tasks if p not in self.READING]:
            self.progress.remove_task(self.tasks.pop(phase))

    def _finish_uncounted(self) -> None:
        """A phase that could not be counted is done once the next begins: show it full."""
        for task in self.progress.tasks:
            if task.total is None:
                self.progress.update(task.id, total=1, completed=1)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self._finish_uncounted()
            self.progress.stop()


def _count(step: Progress) -> str:
    """`346/19,558`; `346/~19,500` while the total is an estimate; megabytes of a file read."""
    if not step.total:
        return f"{step.done:,}" if step.done else ""
    if step.phase == "load":
        return f"{step.done / 1e6:,.0f}/{step.total / 1e6:,.0f} MB"
    if step.estimated:
        figures = max(len(str(step.total)) - 3, 0)
        return f"{step.done:,}/~{round(step.total, -figures):,}"
    return f"{step.done:,}/{step.total:,}"


def _rate(speed: float, phase: str) -> str:
    return f"{speed / 1e6:,.1f} MB/s" if phase == "load" else f"{speed:,.0f}/s"


def _stderr_console():
    from rich.console import Console

    return Console(file=sys.stderr)
