"""Where Back and Forward return to: a place in the reader, or a row of a list.

An article opened from a list (a search result, a timeline row, a speaker's
quote) was opened from somewhere: Back returns to that list, on the same row
and scrolled as it was, the way a browser returns to the page a link was
followed from. A jump made while reading returns to the line one had read to
(`Location.top`). Both kinds sit on the same stacks, in the order they happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..messages import Location
from ..widgets.lists import NavList

__all__ = ["ListPlace", "Place", "list_place", "return_to"]


@dataclass(frozen=True)
class ListPlace:
    """A row of a pane's list, as the user left it."""

    pane: str
    """The pane holding the list (`search`, `speakers`, `timeline`)."""
    list_id: str
    index: int | None
    """The row the cursor was on."""
    option_id: str | None
    words: str
    """What the row said: a list read again since may hold another row at that index."""
    scroll_y: float


Place = Location | ListPlace
"""What the back and forward stacks hold."""


def _words(option: Option) -> str:
    prompt = option.prompt
    return prompt.plain if isinstance(prompt, Text) else str(prompt)


def list_place(focused: Widget | None, panes: tuple[str, ...]) -> ListPlace | None:
    """The row of the list with focus, when focus is in a pane's list."""
    if not isinstance(focused, OptionList) or focused.id is None:
        return None
    pane = next((node.id for node in focused.ancestors if node.id in panes), None)
    if pane is None:
        return None
    option = focused.highlighted_option
    return ListPlace(
        pane,
        focused.id,
        focused.highlighted,
        option.id if option is not None else None,
        _words(option) if option is not None else "",
        focused.scroll_y,
    )


def return_to(listing: OptionList, place: ListPlace) -> None:
    """Put the cursor back on the row it was on, and the list as it was scrolled.

    When the list changed meanwhile and shows that row elsewhere, the cursor
    goes to it there; when it shows it no more, the list is left as it is.
    """
    index = _row_of(listing, place)
    if index is None:
        return
    if isinstance(listing, NavList):
        listing.highlight(index)
    else:
        listing.highlighted = index
    if index == place.index:
        listing.scroll_to(y=place.scroll_y, animate=False, immediate=True)


def _row_of(listing: OptionList, place: ListPlace) -> int | None:
    def same(index: int) -> bool:
        option = listing.get_option_at_index(index)
        return option.id == place.option_id and _words(option) == place.words

    if place.index is None:
        return None
    while isinstance(listing, NavList) and place.index >= listing.option_count and listing.has_more:
        listing.add_page()
    if place.index < listing.option_count and same(place.index):
        return place.index
    return next((n for n in range(listing.option_count) if same(n)), None)
