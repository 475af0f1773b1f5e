"""Quotes and dates of one article as the index takes them: bounded, and never fatal.

Extraction runs hand-written rules over untrusted text. Two things must not
follow from one bad article: a build that stops (an extractor that raises on
it costs that article its quotes or dates, with a one-line reason) and a build
that never ends (a 50 MB "article", such as a dump saved as one file, is read
for quotes and dates up to `EXTRACTION_LIMIT` characters, and the user is
told). The whole text is still indexed and searchable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from ..corpus.settings import GivenDate
from ..models import Article, Event, Period, Problem, Quote

__all__ = ["EXTRACTION_LIMIT", "extract_for_index", "extraction_cut"]

EXTRACTION_LIMIT = 1_000_000
"""Characters of one article read for quotes and dates: a book's length, some twenty
times the longest news story, and about a second of extraction."""


def extract_for_index(
    article: Article,
    fallback_year: int | None,
    problems: list[Problem],
    reference: GivenDate | dt.date | Period | None = None,
) -> tuple[list[Quote], list[Event]]:
    """The article's quotes and dated events, with what went wrong added to `problems`.

    `reference` is the day (or month, year) an undated article's relative dates count from;
    given as a `GivenDate`, the dates counted from it say where the user gave it.
    """
    # Imported here, not at the top: the extractors compile hundreds of
    # patterns, and opening an index to search must not pay for that.
    from ..dates.extract import extract_events
    from ..quotes.extract import extract_quotes

    view = _within_limit(article, problems)
    quotes = _guarded("quotes", extract_quotes, view, problems)
    if article.date is not None and article.date_precision != "day":
        return quotes, _period_events(view, problems)
    year = None if article.date else fallback_year
    given = reference if isinstance(reference, GivenDate) else None
    period = given.period if given is not None else reference
    events = _guarded("dates", extract_events, view, problems, fallback_year=year, reference=period)
    if given is None:
        return quotes, events
    kind = "settings" if given.file else "reference-date"
    return quotes, _counted_from(events, kind, given.where)


def _counted_from(events: list[Event], kind: str, where: str = "") -> list[Event]:
    """The events counted from the reference date, saying which reference it was."""
    return [
        replace(e, counted_from=kind, counted_where=where) if e.counted_from == "reference" else e
        for e in events
    ]


def _period_events(article: Article, problems: list[Problem]) -> list[Event]:
    """The dates of an article published in a month or year whose day is not known.

    Counting "yesterday" from the period's first day would invent a date. The
    period itself is the reference, as the same month given for a folder would be:
    "next month" in a story of March 2024 is April, "last year" in one of 2024 is
    2023, and only what every day of the period agrees on gets a value. A date
    without a year takes the year of publication. The user's reference date is
    not used: the story's own month or year is better evidence of when it was written.
    """
    from ..dates.extract import extract_events

    date = article.date
    value = (
        f"{date.year:04d}"
        if article.date_precision == "year"
        else f"{date.year:04d}-{date.month:02d}"
    )
    published = Event(article.id, 0, 0, value, value, article.date_precision, "published")
    undated = replace(article, date=None)
    events = _guarded(
        "dates",
        extract_events,
        undated,
        problems,
        fallback_year=date.year,
        reference=Period.read(value),
    )
    return [published, *_counted_from(events, "published")]


def _named(article: Article) -> str:
    """The article's id before a problem, unless the path the problem starts with is it."""
    return "" if article.id == article.path else f"{article.id}: "


def extraction_cut(article: Article) -> int | None:
    """How many characters of the article were read for quotes and dates; None for all.

    Cut at a paragraph end within `EXTRACTION_LIMIT`, so a front end can say
    where an article's "0 quotes" stops being true.
    """
    if len(article.text) <= EXTRACTION_LIMIT:
        return None
    cut = max((p.end for p in article.paragraphs if p.end <= EXTRACTION_LIMIT), default=0)
    if cut < EXTRACTION_LIMIT // 2:
        cut = article.text.rfind("\n", 0, EXTRACTION_LIMIT) + 1 or EXTRACTION_LIMIT
    return cut


def _within_limit(article: Article, problems: list[Problem]) -> Article:
    """The article cut at a paragraph end within the limit; offsets are unchanged."""
    cut = extraction_cut(article)
    if cut is None:
        return article
    problems.append(
        Problem(
            article.path,
            f"{_named(article)}{len(article.text):,} characters; quotes and dates read "
            f"in the first {cut:,} only (the whole text is searchable)",
            article.line,
            "warning",
            "truncated",
        )
    )
    return replace(
        article,
        text=article.text[:cut],
        paragraphs=tuple(p for p in article.paragraphs if p.end <= cut),
        boilerplate=tuple(b for b in article.boilerplate if b.end <= cut),
    )


def _guarded(what: str, extract: Callable, article: Article, problems: list[Problem], **kw):
    """What an extractor finds in one article; if it fails, the reason instead."""
    try:
        return extract(article, **kw)
    except Exception as exc:
        message = " ".join(str(exc).split())[:120]
        why = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
        problems.append(
            Problem(
                article.path,
                f"{_named(article)}{what} not extracted ({why})",
                article.line,
                "warning",
                "extraction",
            )
        )
        return []
