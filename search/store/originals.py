"""The article texts that marks' and corrections' offsets were taken in.

An offset means something only in the text it was counted in. Each item keeps
the key of that text (`anchor.text_key`), and the text is kept once here
however many items share it, so `anchor.place_again` can align it with the
article as it is now. Texts no item points at any more are dropped.
"""

from __future__ import annotations

import sqlite3

from ..anchor import text_key

__all__ = ["forget_unused", "keep_text", "read_text"]


def keep_text(connection: sqlite3.Connection, text: str) -> str:
    """The key of `text`, kept in the store if it was not already; '' for no text."""
    if not text:
        return ""
    key = text_key(text)
    connection.execute("INSERT OR IGNORE INTO originals (key, text) VALUES (?, ?)", (key, text))
    return key


def read_text(connection: sqlite3.Connection, key: str) -> str | None:
    if not key:
        return None
    row = connection.execute("SELECT text FROM originals WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def forget_unused(connection: sqlite3.Connection) -> None:
    connection.execute(
        "DELETE FROM originals WHERE key NOT IN"
        " (SELECT original FROM marks UNION SELECT original FROM corrections)"
    )
