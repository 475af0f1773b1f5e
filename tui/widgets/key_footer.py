"""The footer: the keys that work right now, with Help and Quit always in sight.

Textual's footer already leaves out keys the focused text box would type
(`q`, `?` while typing a query), so each action shows the first of its keys
that works: `? Help` in a list, `F1 Help` in a box. What this adds is the
narrow-terminal rule: at 80 columns there is room for a handful of keys, so
keys the tab row already offers (switching panes) are left out and the rest
are drawn compact, keeping Help and Quit on screen.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer

__all__ = ["KeyFooter"]


class KeyFooter(Footer):
    """Footer that drops the keys a narrow screen offers another way."""

    NARROW_HIDDEN: ClassVar[frozenset[str]] = frozenset(
        {"main.focus_reader", "main.focus_speakers", "main.focus_timeline"}
    )
    """Binding ids left out of the footer below `NARROW_WIDTH` (the tab row shows the panes)."""
    NARROW_WIDTH: ClassVar[int] = 100

    def compose(self) -> ComposeResult:
        narrow = self.app.size.width < self.NARROW_WIDTH
        self.compact = narrow
        if not narrow:
            yield from super().compose()
            return
        bindings = self.screen.active_bindings
        for widget in super().compose():
            if not self._hidden_when_narrow(widget, bindings):
                yield widget

    def _hidden_when_narrow(self, widget: Widget, bindings: dict) -> bool:
        key = getattr(widget, "key", None)
        active = bindings.get(key) if key else None
        return active is not None and active.binding.id in self.NARROW_HIDDEN

    def on_resize(self) -> None:
        if self.compact != (self.app.size.width < self.NARROW_WIDTH):
            self.call_after_refresh(self.recompose)
