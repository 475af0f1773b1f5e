"""The indexing screen shown while a corpus is (re)indexed.

`Library.update` runs in a thread worker and yields progress; each step becomes
a message the screen draws, so the UI never freezes. Steps that cannot be
counted (checking the index, merging speakers) show a moving bar, what is
being done and the seconds it has taken. Esc asks the worker to stop through
the `cancelled` callback, which leaves the previous index in place.

A build ends on the main screen without a key press: its problems (hundreds
of duplicates in a scraped corpus) are told there in one notification and
listed in the Problems view. Only when a first build is cancelled before its
first checkpoint, or fails, is there no index at all; then the screen stays,
offering to start again, rather than open on empty panes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import ProgressBar, Static
from textual.worker import Worker, WorkerState, get_current_worker

from newsexplore.search import BuildBar, NewsExploreError, Progress, UpdateSummary, Waiting

from ..widgets.key_footer import KeyFooter
from ..widgets.rate_line import DOING, RateLine, describe_build, describe_step
from ..widgets.safe_text import safe_line

if TYPE_CHECKING:
    from newsexplore.search import Library

__all__ = ["IndexingScreen"]


def _clock_of(progress: Progress) -> tuple[str, str, int]:
    """What a phase's rate is timed by: a new phase, or a new total, starts the clock
    again from the count it is at. A large file's reading and indexing are timed
    each by the file, since its estimated total of articles may change as it is read."""
    if progress.phase in ("load", "index"):
        return progress.phase, progress.path, 0
    return progress.phase, "", progress.total


REBUILD_REASONS = {
    "rules": "Reading every article again: this version finds quotes, speakers and dates "
    "differently. Esc keeps the previous index.",
    "format": "Reading every article again: the index format has changed.",
    "other": "This index folder held another corpus's index: building this one in its place.",
}
"""Why a corpus already indexed is read in full again, since that takes as long as a first build."""

TICK = 1.0
"""Seconds between redraws of the rate line when no progress has arrived."""


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
        Binding(
            "enter",
            "continue",
            "Index again",
            tooltip="Start the build again",
            id="indexing.continue",
        ),
    ]

    @dataclass
    class Progressed(Message):
        progress: Progress

        def can_replace(self, message: Message) -> bool:
            # Only a step of the same phase: the last step of reading tells the bar
            # that the writing after it is the final one, which moves it on.
            return (
                isinstance(message, IndexingScreen.Progressed)
                and message.progress.phase == self.progress.phase
            )

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
        self._quit_when_done = False
        self._started = 0.0
        self._phase: tuple[str, str, int] | None = None
        self._since = 0
        """The count the phase's clock started at."""
        self._indexing_clocks: dict[tuple[str, str, int], tuple[float, int]] = {}
        """When, and from what count, each large file's indexing started: taken up again
        after a checkpoint or its next part is read, it goes on with its clock, whose
        time then counts those pauses, as they will come again before the end."""
        self._last: Progress | None = None
        self._build = BuildBar()
        """One forward-only bar for the whole build, drawn once files are read."""
        self._build_started = 0.0

    def compose(self) -> ComposeResult:
        with Vertical(id="indexing-panel"):
            yield Static(self._title(), id="indexing-title")
            yield ProgressBar(show_eta=False, id="indexing-bar")
            yield RateLine("Looking for files…", id="indexing-rate")
            yield Static(id="indexing-file")
            yield Static(id="indexing-hint")
        yield KeyFooter()

    def _title(self) -> Text:
        paths = ", ".join(str(path) for path in self.library.corpus_paths)
        title = Text("Indexing ", style="bold", end="") + safe_line(paths)
        why = REBUILD_REASONS.get(self.library.rebuild_reason() or "")
        return title + Text(f"\n{why}", style="italic") if why else title

    def on_mount(self) -> None:
        self._started = self._build_started = time.monotonic()
        self.set_interval(TICK, self._tick)
        self._update()

    def _tick(self) -> None:
        if self._last is not None and not self.done:
            self._show_rate(self._last)

    def _show_rate(self, progress: Progress) -> None:
        # a large file's records are counted in megabytes until its articles come
        if self._build.reading and progress.phase != "load":
            parts = describe_build(self._build, time.monotonic() - self._build_started)
        else:
            parts = describe_step(progress, time.monotonic() - self._started, self._since)
        self.query_one("#indexing-rate", RateLine).show_parts(parts)

    @work(thread=True, exclusive=True, group="index", description="index", exit_on_error=False)
    def _update(self) -> None:
        # Quitting cancels the worker: the build then stops between articles and
        # keeps what it has read, rather than run on to its end behind a closed app.
        worker = get_current_worker()
        try:
            stop = lambda: self._cancel_requested or worker.is_cancelled  # noqa: E731
            for item in self.library.update(cancelled=stop):
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
        phase = progress.phase
        clock = _clock_of(progress)
        if clock != self._phase:
            self._phase = clock
            started = self._indexing_clocks.get(clock, (time.monotonic(), progress.done))
            if phase == "index":
                self._indexing_clocks[clock] = started
            self._started, self._since = started
        self._build.step(progress)
        bar = self.query_one(ProgressBar)
        if self._build.reading:
            bar.update(total=1000, progress=round(self._build.fraction * 1000))
        elif progress.total:
            bar.update(total=progress.total, progress=progress.done)
        else:  # nothing to count: the bar moves on its own while the words say what is done
            bar.update(total=None)
        self._last = progress
        self._show_rate(progress)
        doing = DOING.get(phase, phase)
        if phase == "commit" and self._build.reading and not self._build.finishing:
            doing = "writing the articles read so far to the index"
        where = f"{doing}: {progress.path}" if progress.path else doing
        if phase == "scan":  # the line above says it, with the count
            where = ""
        self.query_one("#indexing-file", Static).update(safe_line(where, "dim"))

    @on(WaitingForLock)
    def show_waiting(self, message: WaitingForLock) -> None:
        self._last = None
        self.query_one("#indexing-rate", Static).update(safe_line(message.message))

    @on(Finished)
    def show_summary(self, message: Finished) -> None:
        summary = self.summary = message.summary
        self.done = True
        if self._quit_when_done:
            self.app.exit()
            return
        if not self.library.has_index():
            self._offer_retry(
                "Indexing cancelled." if summary.cancelled else "Nothing was indexed."
            )
            return
        if summary.cancelled:
            self._dismiss_saying(summary, self._cancelled_note(), severity="warning")
        else:
            self.dismiss(summary)

    def _cancelled_note(self) -> str:
        """A first build stopped after a checkpoint leaves part of the corpus: say how much."""
        pending = self.library.pending_update()
        if pending is not None and pending.reason == "partial":
            return (
                f"Indexing stopped: {pending.articles:,} articles can be searched; "
                "the rest is indexed the next time this corpus is opened."
            )
        return "Indexing cancelled; the previous index is kept."

    @on(Failed)
    def show_failure(self, message: Failed) -> None:
        self.done = True
        if self._quit_when_done:
            self.app.exit(message=message.error)
            return
        if self.library.has_index():
            said = f"{message.error} The last index committed is shown."
            self._dismiss_saying(None, said, title="Indexing failed", severity="error", timeout=20)
            return
        self.notify(
            message.error, title="Indexing failed", severity="error", markup=False, timeout=20
        )
        self.query_one("#indexing-rate", Static).update(safe_line(message.error, "bold red"))
        self._offer_retry("Indexing failed.", keep_error=True)

    def _dismiss_saying(self, summary: UpdateSummary | None, message: str, **how: Any) -> None:
        """Close, and say how the build ended on the main screen that opens next.

        Said here, the notice's time would run while the main screen is built, which
        on a loaded machine outlasts it. `dismiss` queues the app's opening of the
        main screen with `call_next`; queued after it, the notice is given while that
        screen opens, and the app holds it until the screen is drawn.
        """
        self.dismiss(summary)
        self.app.call_next(partial(self.app.notify, message, markup=False, **how))

    def _offer_retry(self, what: str, *, keep_error: bool = False) -> None:
        """Without any index the main screen would only show empty panes: say so instead."""
        self.done = True
        self.needs_retry = True
        self.refresh_bindings()
        if not keep_error:
            self.query_one("#indexing-rate", Static).update(Text(what, style="bold"))
        said = f"{what} " if keep_error else ""  # the error took the line above
        self.query_one("#indexing-file", Static).update(
            Text(f"{said}This corpus has no index yet, so there is nothing to open.")
        )
        self.query_one("#indexing-hint", Static).update(
            Text("Press Enter to index it again, or q to quit.", style="bold")
        )

    def _restart(self) -> None:
        self.done = self.needs_retry = self._cancel_requested = False
        self._phase = None
        self._indexing_clocks.clear()
        self._last = None
        self._build = BuildBar()
        self._started = self._build_started = time.monotonic()
        for name in ("#indexing-file", "#indexing-hint"):
            self.query_one(name, Static).update("")
        self.query_one("#indexing-rate", Static).update("Looking for files…")
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.refresh_bindings()
        self._update()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel":
            return not self.done
        if action == "continue":
            return self.needs_retry
        return True

    def action_cancel(self) -> None:
        self._cancel_requested = True
        self.query_one("#indexing-hint", Static).update(Text("Cancelling…"))

    def stop_and_quit(self) -> None:
        """Leave at once when nothing runs; else stop the build, then leave once it has
        committed what it read."""
        if self.done:
            self.app.exit()
            return
        self._quit_when_done = True
        self._cancel_requested = True
        self.query_one("#indexing-hint", Static).update(
            Text("Stopping: keeping what has been read, then quitting…")
        )

    def action_continue(self) -> None:
        if self.needs_retry:
            self._restart()
