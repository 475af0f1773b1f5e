"""The query API: the one surface the CLI and the TUI both call.

Everything returned is a plain frozen dataclass (see `models`), so front ends
never touch Whoosh. One `Library` wraps one corpus and its index; each call
opens its own searcher, so a `Library` may be shared by worker threads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .models import Article, Event, Problem, Quote, Speaker, Span

Scope = Literal["articles", "quotes"]
Sort = Literal["relevance", "date"]


@dataclass(frozen=True)
class Snippet:
    """A short excerpt as (text, is_match) runs, so a front end styles matches without markup."""

    runs: tuple[tuple[str, bool], ...] = ()

    @property
    def plain(self) -> str:
        return "".join(text for text, _ in self.runs)


@dataclass(frozen=True)
class Hit:
    """One search result."""

    article_id: str
    title: str
    date: dt.date | None
    source: str
    author: str
    score: float
    snippet: Snippet
    quote: Quote | None = None
    """Set when the search scope is quotes."""


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int
    hits: tuple[Hit, ...] = ()
    error: str | None = None
    """A query syntax problem, in words, instead of results."""


@dataclass(frozen=True)
class Progress:
    """One step of an index build, yielded so the CLI and the TUI draw the same bar."""

    done: int
    total: int
    path: str = ""


@dataclass(frozen=True)
class UpdateSummary:
    indexed: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    duplicates: int = 0
    articles: int = 0
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    cancelled: bool = False
