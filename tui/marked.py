"""Marks as their articles date them now, for `newsexplore marks` and the app's collection.

Both list the same marks with the same dates, so they read them through here. It
imports nothing of Textual: the console script uses it too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from newsexplore.search import Mark, dated_now

if TYPE_CHECKING:
    from newsexplore.search import Event, Library

__all__ = ["MarkDates", "marks_dated_now"]


def marks_dated_now(library: Library, marks: Iterable[Mark]) -> list[Mark]:
    """The marks, each marked date as the index gives it now and flagged where that is
    not the date it was marked with (`search.dated_now`)."""
    return MarkDates(library)(marks)


class MarkDates:
    """`marks_dated_now` for a list drawn again as a user types (the collection's tag
    filter): each article's dates are read once per version of the index."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._read: dict[str, tuple[Sequence[Event], str] | None] = {}
        self._version: object = None

    def __call__(self, marks: Iterable[Mark]) -> list[Mark]:
        version = self.library.commit_identity()
        if version != self._version:
            self._read, self._version = {}, version
        return dated_now(marks, self._article_dates)

    def _article_dates(self, article_id: str) -> tuple[Sequence[Event], str] | None:
        if article_id not in self._read:
            article = self.library.article(article_id)
            found = None
            if article is not None:
                found = (self.library.events(article_id=article_id), article.text)
            self._read[article_id] = found
        return self._read[article_id]
