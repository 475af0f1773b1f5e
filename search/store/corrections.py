"""The user's corrections of speakers and attributions, kept per corpus.

Extraction gets some speakers wrong and a rebuild would bring the same errors
back, so what the user says (these two are one person, this alias is someone
else, this quote is hers, I checked this one) is kept here and applied on top
of every speaker table (`speakers.apply_corrections`). Rows are only added or
removed, never edited, so the order they were made in is the order they apply.
A quote correction keeps the article's text its offset counts in
(`originals`), so it follows its own quote through later edits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..models import Correction
from ..safe import user_name
from .db import Database, now
from .originals import forget_unused, keep_text

__all__ = ["Corrections"]

_COLUMNS = "kind, speaker, value, article_id, start, c.text, id, coalesce(o.text, ''), names"


class Corrections:
    """The corrections of one store."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, correction: Correction) -> Correction:
        """Keep a correction; a quote's later assignment replaces its earlier one.

        A name the user gave (a rename's, an assignment's) is kept without the
        control characters a paste can carry (`safe.user_name`).
        """
        correction = _typed_names_cleaned(correction)
        with self._db.write() as connection:
            if correction.kind in ("assign", "check"):
                connection.execute(
                    "DELETE FROM corrections WHERE kind = ? AND article_id = ? AND start = ?",
                    (correction.kind, correction.article_id, correction.start),
                )
            row_id = connection.execute(
                "INSERT INTO corrections (kind, speaker, value, article_id, start, text, created,"
                " original, names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    correction.kind,
                    correction.speaker,
                    correction.value,
                    correction.article_id,
                    correction.start,
                    correction.text,
                    now(),
                    keep_text(connection, correction.original),
                    correction.names,
                ),
            ).lastrowid
            forget_unused(connection)
        return Correction(**{**_fields(correction), "id": row_id or 0})

    def remove(self, correction_id: int) -> bool:
        with self._db.write() as connection:
            cursor = connection.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))
            forget_unused(connection)
            return cursor.rowcount > 0

    def toggle_check(self, article_id: str, start: int, text: str, original: str = "") -> bool:
        """Mark a quote's attribution as checked, or unmark it; True when now checked.

        Args:
            original: The article's text `start` counts in, to follow the quote
                through later edits.
        """
        with self._db.write() as connection:
            cursor = connection.execute(
                "DELETE FROM corrections WHERE kind = 'check' AND article_id = ? AND start = ?",
                (article_id, start),
            )
            if cursor.rowcount:
                forget_unused(connection)
                return False
            connection.execute(
                "INSERT INTO corrections (kind, article_id, start, text, created, original)"
                " VALUES ('check', ?, ?, ?, ?, ?)",
                (article_id, start, text, now(), keep_text(connection, original)),
            )
        return True

    def adopt_texts(self, article_text: Callable[[str], str | None]) -> int:
        """Give the article's text to quote corrections made before texts were kept,
        whose words are still where they were, so later edits can be followed.

        Returns:
            How many corrections took a text.
        """
        adopted = 0
        for c in self.all():
            if c.original or c.kind not in ("assign", "check") or not c.text:
                continue
            text = article_text(c.article_id)
            if text is None or text[c.start : c.start + len(c.text)] != c.text:
                continue
            with self._db.write() as connection:
                key = keep_text(connection, text)
                connection.execute("UPDATE corrections SET original = ? WHERE id = ?", (key, c.id))
            adopted += 1
        return adopted

    def all(self) -> list[Correction]:
        """Every correction, in the order it was made."""
        with self._db.read() as connection:
            rows = connection.execute(
                f"SELECT {_COLUMNS} FROM corrections c"
                " LEFT JOIN originals o ON o.key = c.original ORDER BY c.id"
            ).fetchall()
        return [Correction(*row) for row in rows]


def _fields(correction: Correction) -> dict:
    return {name: getattr(correction, name) for name in correction.__dataclass_fields__}


def _typed_names_cleaned(correction: Correction) -> Correction:
    if correction.kind == "rename":
        return replace(correction, value=user_name(correction.value))
    if correction.kind == "assign":
        return replace(correction, speaker=user_name(correction.speaker))
    return correction
