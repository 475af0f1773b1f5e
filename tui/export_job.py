"""Writing an export off the UI thread, whole or not at all.

An export of a search reads up to 10,000 results and their articles: done on
the UI thread, the app froze until the file was written. The dialog hands the
work to a thread worker on the app (not on the dialog or a pushed screen,
whose workers end when they close), and a notification says when the file is
there. The rows go to a temporary file beside the target, renamed over it only
once complete, so a failed or interrupted export never leaves a half-written
file, nor a half-replaced one where an older export was.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TextIO

from textual.app import App

from newsexplore.search import write_items

from .collecting import Listing

__all__ = ["start_export", "write_whole"]


def start_export(app: App, listing: Listing, path: Path, fmt: str) -> None:
    """Write what a pane lists to `path` in a worker; notifications say how it went."""
    app.notify(f"Exporting {listing.counted(listing.rows)} to {path}…", markup=False, timeout=3)
    app.run_worker(
        partial(_export, app, listing, path, fmt),
        thread=True,
        group="export",
        description=f"export to {path.name}",
        exit_on_error=False,
    )


def _export(app: App, listing: Listing, path: Path, fmt: str) -> None:
    try:
        items = listing.read()
        write_whole(path, partial(write_items, items, fmt))
    except OSError as exc:
        message, severity = f"Cannot write {path}: {exc.strerror or exc}", "error"
    except Exception as exc:  # a failed read must still be told, not lost in the worker
        message, severity = f"Export to {path} failed: {exc}", "error"
    else:
        message, severity = f"Wrote {listing.counted(len(items))} to {path}", "information"
    app.call_from_thread(app.notify, message, severity=severity, markup=False)


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
