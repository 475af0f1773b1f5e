"""The footer: the keys that work right now, the most useful first when not all fit.

Textual's footer already leaves out keys the focused text box would type
(`q`, `?` while typing a query), so each action shows the first of its keys
that works: `? Help` in a list, `F1 Help` in a box. A key that would not fit
whole is left out rather than cut (it is still listed in help and in the
palette), so the footer never shows half a word. Which keys fit is decided by
rank (`_rank`), not by the order they come in: that order put the pane switches
first, and at 120 columns the timeline showed "F5 Timeline", which does nothing
there, and left out "z Zoom". Help and Quit come first, then Back (Esc, which
only the footer tells of), the focused pane's own keys, the screen's keys that
act on that pane or its selected item (Zoom, Mark, Copy, Export), and last the
keys that lead elsewhere (Search, the pane switches, the collection), which the
layout, the tab row and help show too; the keys kept are drawn in their usual
order. Before a key of the pane is left out, a few long words are shortened
("Go to date" to "Date"). The pane switches show all together or not at all,
never the one to the pane in use, and none below 100 columns (the tab row
offers them); keys that do nothing where the cursor is are left out too (help
lists them greyed).

Textual's footer mounts all its keys again whenever focus moves or a pane
says its keys changed, whether or not what it shows changed; with some
twenty keys that is tens of milliseconds on the screen's thread, twice for
each date typed at the timeline's prompt. The keys are drawn again only when
what they show would differ.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import ClassVar

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.compose import compose
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

__all__ = ["KeyFooter"]


class KeyFooter(Footer):
    """Footer that drops the keys a narrow screen offers another way."""

    NARROW_HIDDEN: ClassVar[frozenset[str]] = frozenset(
        {"main.focus_reader", "main.focus_speakers", "main.focus_timeline"}
    )
    """Binding ids left out of the footer below `NARROW_WIDTH` (the tab row shows the panes)."""
    NARROW_WIDTH: ClassVar[int] = 100
    SHORT_LABELS: ClassVar[dict[str, str]] = {
        "timeline.go_to_date": "Date",
        "timeline.apply_range": "Range",
    }
    """Shorter words for some keys, taken one after another, in this order, while a key
    of the focused pane (or Help, Quit, Back) does not fit: at 80 columns the
    timeline's `p` was left out, and with `esc Back` shown, `p` again. Help keeps the
    long ones."""
    ALWAYS_FIRST: ClassVar[frozenset[str]] = frozenset(
        {"app.help", "app.quit", "app.quit_anywhere"}
    )
    """Binding ids drawn first, so they are never cut off."""
    KEPT_BEFORE_OTHERS: ClassVar[frozenset[str]] = frozenset({"main.back"})
    """Binding ids kept, in their own place, ahead of the pane's keys when not all fit:
    Esc going back (to the reader, from a list opened from it) is shown only where it
    does something, and nothing else on screen says so; a key dropped in its place is
    still in help and in the palette."""
    ABOUT_THE_PANE: ClassVar[frozenset[str]] = frozenset(
        {"main.zoom", "collect.mark", "collect.copy", "collect.export"}
    )
    """Screen binding ids that act on the focused pane or its selected item: ranked after
    the pane's own keys, ahead of the keys that lead elsewhere."""

    _drawn: Hashable = None
    """What the keys on show were drawn from (see `_drawn_from`)."""

    def bindings_changed(self, screen: Screen) -> None:
        """Draw the keys as soon as they change, not after the next frame as Textual's
        footer does: a pane switch then showed the old pane's keys for a frame and laid
        the whole screen out a second time for the new ones (each F-key, Enter and Esc
        that moves focus)."""
        self._bindings_ready = True
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self.call_next(self.recompose)

    async def recompose(self) -> None:
        if not self.is_attached or self._pruning:
            return
        drawn = self._drawn_from()
        if drawn is not None and drawn == self._drawn:
            return
        if not await self._redraw_in_place():
            await super().recompose()
        self._drawn = drawn

    async def _redraw_in_place(self) -> bool:
        """Give the key widgets already mounted the keys to show now, remove the ones left
        over and mount only keys beyond them: mounting is what costs (opening and
        closing the date prompt: 67 ms a redraw on the seeds, 9.5 ms so). False when
        the footer holds anything but plain keys, to be drawn anew."""
        wanted = list(compose(self))
        mounted = [c for c in self.children if not c.has_class("-textual-system")]
        if not all(type(w) in (FooterKey, _Key) for w in [*wanted, *mounted]):
            return False
        palette = [w for w in mounted if w.has_class("-command-palette")]
        left_over: list[Widget] = []
        for docked in (False, True):
            old = palette if docked else [w for w in mounted if w not in palette]
            new = [w for w in wanted if w.has_class("-command-palette") == docked]
            for shown, key in zip(old, new, strict=False):
                _show_in(shown, key)
            left_over.extend(old[len(new) :])
            if len(new) > len(old):
                # Keys in the order a new footer has them: the docked palette key last.
                before = palette[0] if palette and not docked else None
                await self.mount_all(new[len(old) :], before=before)
        if left_over:
            await self.remove_children(left_over)
        self.refresh(layout=True)
        return True

    def _drawn_from(self) -> Hashable:
        """Everything `compose` reads: the width and every active binding as the footer
        shows it. None before the bindings are known (nothing is drawn then)."""
        if not self._bindings_ready or not self.is_attached:
            return None
        shown = tuple(
            (
                key,
                binding.action,
                binding.description,
                binding.show,
                binding.id,
                binding.group,
                self.app.get_key_display(binding),
                enabled,
                tooltip,
            )
            for key, (_node, binding, enabled, tooltip) in self.screen.active_bindings.items()
        )
        return self.app.size.width, self.show_command_palette, shown

    def compose(self) -> ComposeResult:
        self.compact = True
        bindings = self.screen.active_bindings
        hidden = self._hidden()
        kept = _one_per_label(
            [
                w
                for w in super().compose()
                if self._binding_id(w, bindings) not in hidden and not w.has_class("-disabled")
            ]
        )
        ranks = {w: self._rank(w, bindings) for w in kept}
        keys = [w for w in kept if ranks[w] == 0] + [w for w in kept if ranks[w] != 0]
        fitting = self._fitting(keys, ranks)
        wanted = {w for w in keys if ranks[w] <= 2}
        by_id = {self._binding_id(w, bindings): w for w in keys if isinstance(w, FooterKey)}
        for binding_id, short in self.SHORT_LABELS.items():
            if wanted.issubset(fitting):
                break
            if (widget := by_id.get(binding_id)) is not None:
                widget.description = short
                fitting = self._fitting(keys, ranks)
        for widget in fitting:
            if type(widget) is FooterKey:
                widget.__class__ = _Key  # Textual's footer builds its keys itself
                # Compact from the start, as the binding to `compact` makes it once
                # mounted: the first layout then gives the key its final width.
                widget.set_class(self.compact, "-compact")
        yield from fitting

    def _hidden(self) -> frozenset[str]:
        """Binding ids never drawn here: the switch to the pane in use, which does nothing,
        and below `NARROW_WIDTH` every pane switch."""
        in_use = getattr(self.screen, "active_pane", None)
        hidden = {f"main.focus_{in_use}"} if in_use else set()
        if self.app.size.width < self.NARROW_WIDTH:
            hidden |= self.NARROW_HIDDEN
        return frozenset(hidden)

    def _rank(self, widget: Widget, bindings: dict) -> int:
        """How soon a key takes its room: 0 Help and Quit, 1 Back, 2 the focused pane's
        own keys, 3 the screen's keys about that pane, 4 the keys leading elsewhere."""
        binding_id = self._binding_id(widget, bindings)
        if binding_id in self.ALWAYS_FIRST:
            return 0
        if binding_id in self.KEPT_BEFORE_OTHERS:
            return 1
        if self._of_a_pane(widget, bindings):
            return 2
        return 3 if binding_id in self.ABOUT_THE_PANE else 4

    def _fitting(self, keys: list[Widget], ranks: dict[Widget, int]) -> list[Widget]:
        """The keys that fit whole on one line, in order; the palette key keeps its place.

        Keys take their room by rank (in order within a rank), the pane switches
        all together or not at all: "F4 Speakers" alone read as if the other panes
        had no key. The keys kept are drawn in the order given."""
        room = self.app.size.width
        docked = [w for w in keys if w.has_class("-command-palette")]
        room -= sum(_width(w) + 1 for w in docked)  # its left border
        rest = [w for w in keys if w not in docked]
        bindings = self.screen.active_bindings
        switches = [w for w in rest if self._binding_id(w, bindings) in self.NARROW_HIDDEN]
        kept: set[Widget] = set()
        for widget in sorted(rest, key=lambda w: ranks.get(w, 4)):
            together = switches if widget in switches else [widget]
            width = sum(_width(w) + 1 for w in together)  # the margin after each key
            if widget not in kept and width <= room:
                kept.update(together)
                room -= width
        return [w for w in rest if w in kept] + docked

    def _of_a_pane(self, widget: Widget, bindings: dict) -> bool:
        """Whether a footer key is the focused pane's own, not the screen's or the app's."""
        key = getattr(widget, "key", None)
        active = bindings.get(key) if key else None
        return active is not None and active.node not in (self.screen, self.app)

    @staticmethod
    def _binding_id(widget: Widget, bindings: dict) -> str | None:
        """The id of the binding a footer key stands for (None for the palette key)."""
        key = getattr(widget, "key", None)
        active = bindings.get(key) if key else None
        return active.binding.id if active is not None else None

    def on_resize(self) -> None:
        self.call_after_refresh(self.recompose)


class _Key(FooterKey):
    """A footer key whose new width does not lay the screen out again.

    Textual gives a widget whose size changed its new virtual size as a reactive
    that asks for a layout. A key has nothing to scroll and nothing inside it to
    place, and the layout that sized it has already placed everything after it:
    the second pass redid that work and drew one more frame on every pane switch.
    """

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        return super()._size_updated(size, virtual_size, container_size, layout=False)


def _show_in(shown: FooterKey, key: FooterKey) -> None:
    """Make a mounted key widget show what a newly composed one would."""
    shown.key, shown.key_display = key.key, key.key_display
    shown.description, shown.action = key.description, key.action
    shown._disabled = key._disabled
    shown.set_class(key._disabled, "-disabled")
    shown.tooltip = key.tooltip
    shown.refresh(layout=True)


def _one_per_label(keys: list[Widget]) -> list[Widget]:
    """The first key drawn with each label: the focused widget's, which is what that key does.

    Back is bound to Esc on the screen and shown as "esc"; where a list or box
    takes Esc for itself, the footer would show Esc twice with two meanings.
    """
    seen: set[str] = set()
    kept = []
    for widget in keys:
        label = str(getattr(widget, "key_display", "")) if isinstance(widget, FooterKey) else ""
        if label and label in seen:
            continue
        seen.add(label)
        kept.append(widget)
    return kept


def _width(widget: Widget) -> int:
    """Cells a compact footer key takes: its key, a space and its description."""
    if not isinstance(widget, FooterKey):
        return 0
    if not widget.description:
        return cell_len(widget.key_display)
    return cell_len(widget.key_display) + 1 + cell_len(widget.description)
