"""Small building blocks shared by the list panes."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import OptionList
from textual.worker import Worker, WorkerState

__all__ = ["NavList", "report_failure"]


def report_failure(widget: Widget, event: Worker.StateChanged) -> None:
    """Show a failed pane worker as an error notification; the app carries on."""
    if event.state == WorkerState.ERROR:
        message = f"{event.worker.description} failed: {event.worker.error}"
        widget.notify(message, severity="error", markup=False)


class NavList(OptionList):
    """An option list that also moves with j/k, as the reader does."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
    ]
