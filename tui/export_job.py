"""Writing an export off the UI thread, whole or not at all, with its progress shown.

An export of a search reads up to 10,000 results and their articles, one of a
timeline every date of its view (56,000 on Reuters, half a minute on a busy
machine): done on the UI thread, the app froze until the file was written. The
dialog hands the work to a thread worker on the app (not on the dialog or a
pushed screen, whose workers end when they close). The rows are read and
written one at a time, so a large export holds a row, not the whole file; the
main screen's `ExportStatus` line counts them as they go,
and a notification says when the file is there, with its rows. They go to a
temporary file beside the target, renamed over it only once complete, so a
failed, stopped or interrupted export never leaves a half-written file, nor a
half-replaced one where an older export was. Quitting stops a running export
(the worker is cancelled, the temporary file removed), and `RunningExports`
keeps what was stopped, for the command line to say after the app closes.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TextIO

from textual.app import App
from textual.message import Message
from textual.worker import Worker, get_current_worker

from newsexplore.search import ExportItem, write_items

from .collecting import Listing

__all__ = [
    "ExportProgressed",
    "ExportRun",
    "RunningExports",
    "running_exports",
    "start_export",
    "write_whole",
]


@dataclass
class ExportRun:
    """One export being written: where, how many rows of how many."""

    path: Path
    listing: Listing
    written: int = 0
    """Rows written so far; counted on the export's thread, read on the UI thread."""

    def describe(self, width: int | None = None) -> str:
        """ "Exporting 12,000 of 56,376 dates (21%) to /home/me/timeline.csv".

        Within `width` the path gives way from its start ("to …/me/timeline.csv"):
        the count and the file's name are what the line is for, and a second row
        would push the panes up while it runs.
        """
        total = self.listing.rows
        share = f" ({100 * self.written // total}%)" if total else ""
        done = f"{self.written:,} of {self.listing.counted(total)}"
        said = f"Exporting {done}{share} to "
        path = str(self.path)
        if width is not None and len(said) + len(path) > width:
            room = max(width - len(said) - 1, len(self.path.name))
            path = "…" + path[-room:]
        return said + path


class RunningExports:
    """The exports being written, for the progress line, for refusing a second export
    to a file one is still writing, and for saying which quitting stopped."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._runs: dict[Path, ExportRun] = {}
        self.stopped: list[Path] = []
        """Files whose export was stopped by quitting the app: none of them was written."""

    def start(self, path: Path, listing: Listing) -> ExportRun:
        run = ExportRun(path, listing)
        with self._lock:
            self._runs[path] = run
        return run

    def end(self, run: ExportRun, *, stopped: bool = False) -> None:
        with self._lock:
            self._runs.pop(run.path, None)
            if stopped:
                self.stopped.append(run.path)

    def writing(self, path: Path) -> bool:
        """True while an export of this app is writing `path`."""
        with self._lock:
            return path in self._runs

    def runs(self) -> list[ExportRun]:
        with self._lock:
            return list(self._runs.values())


class ExportProgressed(Message, bubble=False):
    """An export began or ended: the progress line is shown, hidden or redrawn."""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, ExportProgressed)


class ExportStopped(Exception):
    """The export's worker was cancelled (the app is quitting): nothing is written."""


def start_export(app: App, listing: Listing, path: Path, fmt: str) -> None:
    """Write what a pane lists to `path` in a worker; the progress line and a notice say
    how it goes."""
    exports = running_exports(app)
    run = exports.start(path, listing)
    app.post_message(ExportProgressed())
    app.run_worker(
        partial(_export, app, exports, run, fmt),
        thread=True,
        group="export",
        description=f"export to {path.name}",
        exit_on_error=False,
    )


def running_exports(app: App) -> RunningExports:
    """The app's exports (`NewsExploreApp.exports`); an app without one gets one."""
    exports = getattr(app, "exports", None)
    if not isinstance(exports, RunningExports):
        exports = RunningExports()
        app.exports = exports  # type: ignore[attr-defined]
    return exports


def _export(app: App, exports: RunningExports, run: ExportRun, fmt: str) -> None:
    path = run.path
    try:
        rows = _counted(run.listing.read(), run, get_current_worker())
        try:
            write_whole(path, partial(write_items, rows, fmt))
        finally:
            rows.close()
    except ExportStopped:
        exports.end(run, stopped=True)
        return  # the app is closing: nothing to redraw, nobody to tell
    except OSError as exc:
        message, severity = f"Cannot write {path}: {exc.strerror or exc}", "error"
    except Exception as exc:  # a failed read must still be told, not lost in the worker
        message, severity = f"Export to {path} failed: {exc}", "error"
    else:
        message, severity = f"Wrote {run.listing.counted(run.written)} to {path}", "information"
    exports.end(run)
    app.post_message(ExportProgressed())
    app.call_from_thread(app.notify, message, severity=severity, markup=False, timeout=10)


def _counted(items: Iterable[ExportItem], run: ExportRun, worker: Worker) -> Iterator[ExportItem]:
    """The items, counted into `run` as they are written; stops when the worker is
    cancelled, which the app does when it quits. Closing it lets go at once of what the
    rows are read from (a searcher lent to the export)."""
    try:
        for item in items:
            if worker.is_cancelled:
                raise ExportStopped
            yield item
            run.written += 1
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()


def write_whole(path: Path, write: Callable[[TextIO], None]) -> None:
    """Write a file through a temporary one beside it, renamed over it once complete.

    The temporary file is created like any new file (the user's umask), so the
    export keeps the permissions a plain write would give it.
    """
    part = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with part.open("x", encoding="utf-8", newline="") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
