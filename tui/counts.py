"""Counts as a reader says them: "1 hit", "2 hits", "1,204 articles".

Shared by the console script and the app, so it imports nothing of Textual
and nothing that would slow `newsexplore search` down.
"""

from __future__ import annotations

__all__ = ["counted"]


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """`number` with its noun in the singular for exactly one, thousands grouped.

    Args:
        number: How many.
        noun: The singular ("hit", "quote").
        plural: For nouns that do not just take an "s".
    """
    word = noun if number == 1 else plural or f"{noun}s"
    return f"{number:,} {word}"
