"""The line under the panes that counts an export's rows while it is written.

A notice when an export began and another when it ended left half a minute in
between (56,000 dates on Reuters) with nothing to say it was still going. The
line shows only while an export runs, one row per export. It is shown and
hidden when an export begins or ends (`ExportProgressed`) and redrawn on a
timer meanwhile: the rows are counted on the export's thread, and a count
posted only as rows are written would stand still while a slow read holds
the next one.
"""

from __future__ import annotations

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Static

from ..export_job import running_exports

__all__ = ["ExportStatus"]

REDRAW_EVERY = 0.25
"""Seconds between two redraws of the counts while an export runs."""


class ExportStatus(Static):
    """Each running export: its rows written of all, and the file."""

    _timer: Timer | None = None

    def redraw(self) -> None:
        runs = running_exports(self.app).runs()
        self.set_class(bool(runs), "-running")
        # A path is the user's words, shown literally, never read as markup.
        width = max(self.size.width - 2, 0) or None  # inside the padding
        lines = "\n".join(run.describe(width) for run in runs)
        self.update(Text(lines))
        if runs and self._timer is None:
            self._timer = self.set_interval(REDRAW_EVERY, self.redraw)
        elif not runs and self._timer is not None:
            self._timer.stop()
            self._timer = None
