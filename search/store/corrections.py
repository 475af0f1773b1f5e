"""The user's corrections of speakers and attributions, kept per corpus.

Extraction gets some speakers wrong and a rebuild would bring the same errors
back, so what the user says (these two are one person, this alias is someone
else, this quote is hers, I checked this one) is kept here and applied on top
of every speaker table (`speakers.apply_corrections`). Rows are only added or
removed, never edited, so the order they were made in is the order they apply.
"""

from __future__ import annotations

from ..models import Correction
from .db import Database, now

__all__ = ["Corrections"]

_COLUMNS = "kind, speaker, value, article_id, start, text, id"


class Corrections:
    """The corrections of one store."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, correction: Correction) -> Correction:
        """Keep a correction; a quote's later assignment replaces its earlier one."""
        with self._db.write() as connection:
            if correction.kind in ("assign", "check"):
                connection.execute(
                    "DELETE FROM corrections WHERE kind = ? AND article_id = ? AND start = ?",
                    (correction.kind, correction.article_id, correction.start),
                )
            row_id = connection.execute(
                "INSERT INTO corrections (kind, speaker, value, article_id, start, text, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    correction.kind,
                    correction.speaker,
                    correction.value,
                    correction.article_id,
                    correction.start,
                    correction.text,
                    now(),
                ),
            ).lastrowid
        return Correction(**{**_fields(correction), "id": row_id or 0})

    def remove(self, correction_id: int) -> bool:
        with self._db.write() as connection:
            cursor = connection.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))
            return cursor.rowcount > 0

    def toggle_check(self, article_id: str, start: int, text: str) -> bool:
        """Mark a quote's attribution as checked, or unmark it; True when now checked."""
        with self._db.write() as connection:
            cursor = connection.execute(
                "DELETE FROM corrections WHERE kind = 'check' AND article_id = ? AND start = ?",
                (article_id, start),
            )
            if cursor.rowcount:
                return False
            connection.execute(
                "INSERT INTO corrections (kind, article_id, start, text, created)"
                " VALUES ('check', ?, ?, ?, ?)",
                (article_id, start, text, now()),
            )
        return True

    def all(self) -> list[Correction]:
        """Every correction, in the order it was made."""
        with self._db.read() as connection:
            rows = connection.execute(f"SELECT {_COLUMNS} FROM corrections ORDER BY id").fetchall()
        return [Correction(*row) for row in rows]


def _fields(correction: Correction) -> dict:
    return {name: getattr(correction, name) for name in correction.__dataclass_fields__}
