"""The indexing screen shown while a corpus is (re)indexed.

`Library.update` runs in a thread worker and yields progress; each step becomes
a message the screen draws, so the UI never freezes. Esc asks the worker to
stop through the `cancelled` callback, which leaves the previous index in
place. Files that could not be read are listed before the main screen opens.
When a first build is cancelled or fails there is no index at all, and the
screen stays, offering to start again, rather than open on empty panes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, ProgressBar, Static
from textual.worker import Worker, WorkerState

from newsexplore.search import NewsExploreError, Progress, UpdateSummary, Waiting

from ..widgets.safe_text import safe_line

if TYPE_CHECKING:
    from newsexplore.search import Library

__all__ = ["IndexingScreen", "describe_rate"]


UNITS = {"read": "files", "index": "articles", "commit": "articles", "speakers": "articles"}
"""What each phase of an update counts: files are read, then their articles indexed."""


def describe_rate(done: int, total: int, elapsed: float, unit: str = "files") -> str:
    """`12 / 40 files · 35 files/s · about 1 s left`, once there is a rate to tell."""
    count = f"{done:,} / {total:,} {unit}"
    if done == 0 or elapsed <= 0:
        return count
    rate = done / elapsed
    left = (total - done) / rate
    return f"{count} · {rate:,.0f} {unit}/s · about {left:,.0f} s left"


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'s' * (number != 1)}"


REBUILD_REASONS = {
    "rules": "Reading every article again: this version finds quotes, speakers and dates "
    "differently. Esc keeps the previous index.",
    "format": "Reading every article again: the index format has changed.",
}
"""Why a corpus already indexed is read in full again, since that takes as long as a first build."""


class IndexingScreen(Screen[UpdateSummary | None]):
    """Progress of an index build, with cancel and a list of skipped files."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "cancel",
            "Cancel",
            tooltip="Stop indexing and keep the previous index",
            id="indexing.cancel",
        ),
        Binding("enter", "continue", "Continue", tooltip="Open the corpus", id="indexing.continue"),
    ]

    @dataclass
    class Progressed(Message):
        progress: Progress

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, IndexingScreen.Progressed)

    @dataclass
    class WaitingForLock(Message):
        """Another process is updating this index; the update starts when it is done."""

        message: str

    @dataclass
    class Finished(Message):
        summary: UpdateSummary

    @dataclass
    class Failed(Message):
        error: str

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.summary: UpdateSummary | None = None
        self.done = False
        self.needs_retry = False
        """True when the build ended without leaving any index: Enter starts it again."""
        self._cancel_requested = False
        self._started = 0.0
        self._phase = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="indexing-panel"):
            yield Static(self._title(), id="indexing-title")
            yield ProgressBar(show_eta=False, id="indexing-bar")
            yield Static("Looking for files…", id="indexing-rate")
            yield Static(id="indexing-file")
            yield OptionList(id="indexing-problems")
            yield Static(id="indexing-hint")
        yield Footer()

    def _title(self) -> Text:
        paths = ", ".join(str(path) for path in self.library.corpus_paths)
        title = Text("Indexing ", style="bold", end="") + safe_line(paths)
        why = REBUILD_REASONS.get(self.library.rebuild_reason() or "")
        return title + Text(f"\n{why}", style="italic") if why else title

    def on_mount(self) -> None:
        self._started = time.monotonic()
        self._update()

    @work(thread=True, exclusive=True, group="index", description="index", exit_on_error=False)
    def _update(self) -> None:
        try:
            for item in self.library.update(cancelled=lambda: self._cancel_requested):
                if isinstance(item, Waiting):
                    self.post_message(self.WaitingForLock(item.message))
                elif isinstance(item, Progress):
                    self.post_message(self.Progressed(item))
                else:
                    self.post_message(self.Finished(item))
        except NewsExploreError as error:
            self.post_message(self.Failed(str(error)))

    @on(Worker.StateChanged)
    def report_unexpected_failure(self, event: Worker.StateChanged) -> None:
        """Any other error ends the build too: say so, or the screen would wait forever."""
        if event.worker.group != "index" or event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        detail = " ".join(str(error).split())
        what = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
        self.post_message(self.Failed(f"indexing stopped on an unexpected error ({what})"))

    @on(Progressed)
    def show_progress(self, message: Progressed) -> None:
        progress = message.progress
        phase = getattr(progress, "phase", "")
        if phase != self._phase:  # each phase counts its own files, so its own rate
            self._phase, self._started = phase, time.monotonic()
        self.query_one(ProgressBar).update(total=max(progress.total, 1), progress=progress.done)
        elapsed = time.monotonic() - self._started
        self.query_one("#indexing-rate", Static).update(
            describe_rate(progress.done, progress.total, elapsed, UNITS.get(phase, "files"))
        )
        where = f"{phase}: {progress.path}" if phase else progress.path
        self.query_one("#indexing-file", Static).update(safe_line(where, "dim"))

    @on(WaitingForLock)
    def show_waiting(self, message: WaitingForLock) -> None:
        self.query_one("#indexing-rate", Static).update(safe_line(message.message))

    @on(Finished)
    def show_summary(self, message: Finished) -> None:
        summary = self.summary = message.summary
        self.done = True
        if not self.library.has_index():
            self._offer_retry(
                "Indexing cancelled." if summary.cancelled else "Nothing was indexed."
            )
            return
        if summary.cancelled:
            self.notify("Indexing cancelled; the previous index is kept.", severity="warning")
        if not summary.problems:
            self.dismiss(summary)
            return
        self.query_one(ProgressBar).update(total=1, progress=1)
        self.query_one("#indexing-rate", Static).update(self._summary_line(summary))
        self.query_one("#indexing-file", Static).update(
            Text(f"Skipped or partly read ({len(summary.problems)}):")
        )
        problems = self.query_one("#indexing-problems", OptionList)
        problems.add_options(safe_line(str(problem)) for problem in summary.problems)
        problems.highlighted = 0
        self.add_class("-problems")
        self.query_one("#indexing-hint", Static).update(
            Text("Press Enter to open the corpus.", style="bold")
        )
        problems.focus()

    @staticmethod
    def _summary_line(summary: UpdateSummary) -> Text:
        parts = [_count(summary.articles, "article"), f"{_count(summary.indexed, 'file')} indexed"]
        parts += [f"{summary.updated:,} updated"] * bool(summary.updated)
        parts += [f"{summary.removed:,} removed"] * bool(summary.removed)
        parts += [_count(summary.duplicates, "duplicate")] * bool(summary.duplicates)
        return Text(" · ".join(parts))

    @on(Failed)
    def show_failure(self, message: Failed) -> None:
        self.done = True
        self.notify(message.error, title="Indexing failed", severity="error", markup=False)
        self.query_one("#indexing-rate", Static).update(safe_line(message.error, "bold red"))
        if not self.library.has_index():
            self._offer_retry("Indexing failed.", keep_error=True)
            return
        self.query_one("#indexing-hint", Static).update(
            Text("Press Enter to continue.", style="bold")
        )

    def _offer_retry(self, what: str, *, keep_error: bool = False) -> None:
        """Without any index the main screen would only show empty panes: say so instead."""
        self.done = True
        self.needs_retry = True
        self.set_focus(None)  # the empty problem list would take Enter for itself
        self.refresh_bindings()
        if not keep_error:
            self.query_one("#indexing-rate", Static).update(Text(what, style="bold"))
        self.query_one("#indexing-file", Static).update(
            Text(f"{what} This corpus has no index yet, so there is nothing to open.")
        )
        self.query_one("#indexing-hint", Static).update(
            Text("Press Enter to index it again, or q to quit.", style="bold")
        )

    def _restart(self) -> None:
        self.done = self.needs_retry = self._cancel_requested = False
        self._phase = ""
        self._started = time.monotonic()
        for name in ("#indexing-file", "#indexing-hint"):
            self.query_one(name, Static).update("")
        self.query_one("#indexing-rate", Static).update("Looking for files…")
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.refresh_bindings()
        self._update()

    @on(OptionList.OptionSelected, "#indexing-problems")
    def continue_from_problems(self) -> None:
        self.action_continue()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel":
            return not self.done
        if action == "continue":
            return self.done
        return True

    def action_cancel(self) -> None:
        self._cancel_requested = True
        self.query_one("#indexing-hint", Static).update(Text("Cancelling…"))

    def action_continue(self) -> None:
        if self.needs_retry:
            self._restart()
        else:
            self.dismiss(self.summary)
