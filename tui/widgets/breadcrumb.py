"""The line that says what the reader's highlights and the timeline follow.

Both follow the settled search query, whichever pane is on screen; on a narrow
screen the search box is out of sight while reading, so the query, where it
looks and what narrows it are written along the bottom edge of those panes.
"""

from __future__ import annotations

from newsexplore.search import split_filters

__all__ = ["breadcrumb"]

SCOPE_WORDS = {"articles": "in articles", "quotes": "in quotes only"}
"""What each scope searches, as the breadcrumb names it."""


def breadcrumb(query: str, scope: str) -> str:
    """The query's words, where they are looked for, and each filter; empty with no query."""
    if not query.strip():
        return ""
    words, filters = split_filters(query)
    looked = SCOPE_WORDS.get(scope, f"in {scope}")
    parts = [f"search: “{words}” {looked}" if words else f"search: all {scope}"]
    parts += [f"{field} {value}" for field, value in filters]
    return " · ".join(parts)
