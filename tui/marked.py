"""Marks as their articles date them now, for `newsexplore marks` and the app's collection.

Both list the same marks with the same dates, so they read them through here. It
imports nothing of Textual: the console script uses it too.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from newsexplore.search import Mark, dated_now

if TYPE_CHECKING:
    from newsexplore.search import Event, Library

__all__ = ["MarkDates", "UnmarkAsked", "marks_dated_now"]


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


class UnmarkAsked:
    """Unmarking takes the note and tags with it, and one stray `m` did that unseen:
    a mark with either is unmarked by a second `m` on it, asked for by the first.

    A question, not an undo: once gone, a note is gone, so the first `m` keeps it.
    The question stands a short while only; an `m` pressed on the same mark much
    later is a new first one.
    """

    STANDS = 8.0
    """Seconds in which a second `m` answers the question."""

    def __init__(self) -> None:
        self._asked: tuple[int, float] | None = None

    def must_ask(self, mark: Mark) -> bool:
        """Whether to ask before unmarking this mark (and remember that it was asked)."""
        asked, self._asked = self._asked, None
        if not mark.note.strip() and not mark.tags:
            return False
        if asked is not None and asked[0] == mark.id and time.monotonic() - asked[1] < self.STANDS:
            return False
        self._asked = (mark.id, time.monotonic())
        return True

    @staticmethod
    def question(mark: Mark) -> str:
        """The notice that asks: what would go, and how to let it go."""
        parts = [
            part for part, there in (("note", mark.note.strip()), ("tags", mark.tags)) if there
        ]
        has = " and ".join(parts)
        article = "a " if parts[0] == "note" else ""
        gone = ", ".join(parts)
        return f"This mark has {article}{has}: press m again to unmark it, {gone} and all."
