"""Accented letters folded to plain ones, the one way the index, queries and snippets do it.

"García" is indexed as "garcia" so that a user who types without accents
(most do, and many wires drop them) finds it, and one who types them finds
the articles that left them out. Whoosh's own `accent_map` is the table: it
maps each character to one character (or none), so a folded text keeps every
other character at its offset.
"""

from __future__ import annotations

from whoosh.analysis import CharsetFilter
from whoosh.support.charset import accent_map

ACCENT_MAP = accent_map
"""Whoosh's accent folding table: code point -> plain letter."""


def accent_filter() -> CharsetFilter:
    """The analyzer step that folds accents, put after lower-casing."""
    return CharsetFilter(ACCENT_MAP)


def fold_accents(text: str) -> str:
    """`text` with accented letters plain; ASCII text (nearly all of it) is returned as is."""
    return text if text.isascii() else text.translate(ACCENT_MAP)
