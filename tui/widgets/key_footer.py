"""The footer: the keys that work right now, with Help and Quit always in sight.

Textual's footer already leaves out keys the focused text box would type
(`q`, `?` while typing a query), so each action shows the first of its keys
that works: `? Help` in a list, `F1 Help` in a box. What this adds: Help and
Quit come first, drawn compact, so they are never cut off when the keys of a
pane do not all fit (whatever does not fit is still listed in help and in the
palette); and at 80 columns the keys the tab row already offers (switching
panes) are left out.
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
    ALWAYS_FIRST: ClassVar[frozenset[str]] = frozenset(
        {"app.help", "app.quit", "app.quit_anywhere"}
    )
    """Binding ids drawn first, so they are never cut off."""

    def compose(self) -> ComposeResult:
        self.compact = True
        narrow = self.app.size.width < self.NARROW_WIDTH
        hidden = self.NARROW_HIDDEN if narrow else frozenset()
        bindings = self.screen.active_bindings
        kept = [w for w in super().compose() if self._binding_id(w, bindings) not in hidden]
        first = [w for w in kept if self._binding_id(w, bindings) in self.ALWAYS_FIRST]
        yield from first + [w for w in kept if w not in first]

    @staticmethod
    def _binding_id(widget: Widget, bindings: dict) -> str | None:
        """The id of the binding a footer key stands for (None for the palette key)."""
        key = getattr(widget, "key", None)
        active = bindings.get(key) if key else None
        return active.binding.id if active is not None else None

    def on_resize(self) -> None:
        self.call_after_refresh(self.recompose)
