"""A radio button whose choice shows in its shape as well as its colour.

Textual's RadioButton draws the same "●" for every option and tells the chosen one
by colour alone: on a monochrome terminal, through a screen reader's text, or to a
reader who cannot tell the two colours apart, all the options looked chosen.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import RadioButton

__all__ = ["ChoiceButton"]


class ChoiceButton(RadioButton):
    """A RadioButton drawn "●" when chosen and "○" when not."""

    CHOSEN = "●"
    NOT_CHOSEN = "○"

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = self.CHOSEN if self.value else self.NOT_CHOSEN
        return super()._button
