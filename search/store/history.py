"""Search history and saved searches, kept per corpus across runs.

The history is what Up and Down walk in the search box: each query once, most
recent last, so asking the same thing again moves it to the end rather than
filling the list with repeats. Saved searches are named, and saving under a
name already used replaces that search.
"""

from __future__ import annotations

from dataclasses import dataclass

from .db import Database, now

__all__ = ["HISTORY_LIMIT", "History", "RecentSearch", "SavedSearch"]

HISTORY_LIMIT = 500
"""Queries kept; the oldest go first."""


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str
    scope: str = "articles"
    sort: str = "relevance"


@dataclass(frozen=True)
class RecentSearch:
    query: str
    scope: str = "articles"


class History:
    """The queries of one store: recent ones and saved ones."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, query: str, scope: str = "articles") -> None:
        """Remember a query as the most recent; blank queries are not worth keeping."""
        query = query.strip()
        if not query:
            return
        with self._db.write() as connection:
            connection.execute("DELETE FROM search_history WHERE query = ?", (query,))
            connection.execute(
                "INSERT INTO search_history (query, scope, at) VALUES (?, ?, ?)",
                (query, scope, now()),
            )
            connection.execute(
                "DELETE FROM search_history WHERE id NOT IN "
                "(SELECT id FROM search_history ORDER BY id DESC LIMIT ?)",
                (HISTORY_LIMIT,),
            )

    def recent(self, limit: int = HISTORY_LIMIT) -> list[str]:
        """Earlier queries, oldest first, as Up walks them from the end."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT query FROM search_history ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [query for (query,) in reversed(rows)]

    def recent_searches(self, limit: int = HISTORY_LIMIT) -> list[RecentSearch]:
        """Earlier queries with the scope each was searched in, oldest first.

        A query asked of quotes finds other things asked of whole articles, so
        running it again from the history runs it where it was first run.
        """
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT query, scope FROM search_history ORDER BY id DESC LIMIT ?", (limit,)
            ).fetchall()
        return [RecentSearch(query, scope or "articles") for query, scope in reversed(rows)]

    def save(self, name: str, query: str, scope: str = "articles", sort: str = "relevance") -> None:
        name = " ".join(name.split())
        if not name:
            raise ValueError("a saved search needs a name")
        with self._db.write() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO saved_searches (name, query, scope, sort, created)"
                " VALUES (?, ?, ?, ?, ?)",
                (name, query, scope, sort, now()),
            )

    def saved(self) -> list[SavedSearch]:
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT name, query, scope, sort FROM saved_searches ORDER BY name"
            ).fetchall()
        return [SavedSearch(*row) for row in rows]

    def unsave(self, name: str) -> bool:
        with self._db.write() as connection:
            deleted = connection.execute("DELETE FROM saved_searches WHERE name = ?", (name,))
            return deleted.rowcount > 0
