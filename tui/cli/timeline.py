"""`newsexplore timeline`: dated expressions and publication dates in date order, or grouped."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from newsexplore.search import (
    EVENT_COLUMNS,
    FUTURE_REF,
    PAST_REF,
    PRESENT_REF,
    Event,
    Library,
    TimelineGroup,
    event_record,
    read_typed_date,
    value_span,
)

from ..periods import coarse_period_name, counted_from_words
from .common import CliError, check_query, query_from_corpus, warn, write_records
from .opening import ensure_index
from .options import common_options, date_options, format_option, positive_int, store_option

__all__ = ["add_timeline_parser", "cmd_timeline"]

NO_DATE = frozenset({PRESENT_REF, PAST_REF, FUTURE_REF})
"""Values of the expressions that name no date ("now", "recently", "in the future")."""
ANY_DAY = dt.date(2000, 1, 3)
"""A day to try `--around` against, to tell "last week" with nothing to count from
(a corpus with no date at all) from words that are no date."""


def add_timeline_parser(sub: argparse._SubParsersAction) -> None:
    tml = sub.add_parser(
        "timeline",
        prog="newsexplore timeline",
        help="every dated expression, resolved, in date order",
    )
    common_options(tml)
    tml.add_argument(
        "query", nargs="?", metavar="QUERY", help="only the dates of the articles it matches"
    )
    date_options(tml, "dates falling")
    tml.add_argument(
        "--around",
        metavar="DATE",
        help="the dates from this date on, or with --limit the N nearest it (with --group, "
        "the N nearest periods), in date order; in any form the timeline reads ('1987-03', "
        "'March 1987', 'last week' counted from --reference-date when given, else from the "
        "first day of the month most articles were published in, or with no publication "
        "date the undated articles' newsexplore.cfg date, else the month most mentioned)",
    )
    tml.add_argument(
        "--group",
        choices=("day", "month", "year"),
        help="one record per day, month or year: counts, articles, sources, first entries",
    )
    tml.add_argument(
        "--dates",
        choices=("all", "mentioned", "published"),
        default="all",
        help="dates mentioned in the text, publication dates (articles with none last, "
        "kind undated), or both (default)",
    )
    tml.add_argument("--limit", type=positive_int, help="at most N records")
    store_option(tml)
    format_option(tml, ("jsonl", "json", "csv"), "jsonl")


def cmd_timeline(args: argparse.Namespace) -> int:
    query_from_corpus(args, required=False)
    check_query(args.query)
    library = ensure_index(args)
    query = (args.query or "").strip() or None
    around = _around(library, args.around) if args.around is not None else None
    filters = {"query": query, "date_from": args.date_from, "date_to": args.date_to}
    if args.group:
        records = _group_records(library, args, around, filters)
        if args.format == "csv":
            records = [{k: v for k, v in r.items() if k != "events"} for r in records]
        write_records(records, args.format, GROUP_COLUMNS)
        return 0
    if around is None and args.dates == "all":
        events = _both_kinds(library, args.limit, filters)
    else:
        events = library.timeline_events(
            around=around, limit=args.limit, dates=args.dates, **filters
        )
    write_records([event_record(e) for e in events], args.format, EVENT_COLUMNS)
    return 0


def _both_kinds(library: Library, limit: int | None, filters: dict) -> list[Event]:
    """Both kinds of dates in the timeline's order: the dated entries, the unresolved
    ones, the undated articles, and last the expressions that name no date ("now",
    "current"), a group of their own as the app lists the unresolved in one.

    `limit` counts the entries written, from the top of that order: the first
    `limit` of the library's list hold every dated and unresolved entry before any
    of the others, and the undated articles go in ahead of those naming no date.
    """
    listed = library.events(limit=limit, **filters)
    dates = [e for e in listed if e.value not in NO_DATE]
    if limit is not None and len(dates) >= limit:
        return dates[:limit]
    no_date = [e for e in listed if e.value in NO_DATE]
    return [*dates, *_undated_articles(library, filters), *no_date][:limit]


def _around(library: Library, typed: str) -> str:
    """The TimeML value of `--around`, relative forms counted from the run's reference
    date, else from the corpus's own period (`Library.typed_dates_origin`)."""
    origin = library.typed_dates_origin()
    value = read_typed_date(typed, origin.day if origin else None)
    if value is None and origin is None and read_typed_date(typed, ANY_DAY):
        raise CliError(
            f"--around: {typed!r} counts from the corpus's own period, and no article here"
            " has a date to give one: give a date such as 1987-03"
        )
    if value is None:
        raise CliError(f"--around: not a date the timeline can read: {typed!r}")
    if counted := counted_from_words(typed, value, origin):
        warn(f"--around {typed!r} counted from {counted}", one_line=True)
    return value


GROUP_COLUMNS = ("period", "count", "articles", "sources")
"""The CSV columns of `timeline --group` (its entries are in JSON and JSONL only)."""


def _group_records(library: Library, args, around: str | None, filters: dict) -> list[dict]:
    """One record per period; near a date (`--around`), the dated periods only, as
    `timeline_events` lists the dated entries only there.

    With `--limit`, the periods nearest the date, as the entries are listed one by one:
    a run of them from half a page before where the app lands listed, around 15 July,
    the first quarter ahead of the first half. Without it, the periods of every date
    from `--around` on: a page from where `--around` lands began at the nearest period,
    even one before the date ("2024-03" around 1 June 2024).
    """
    if around and args.limit:
        near = library.timeline_groups_near(
            around, args.limit, grouping=args.group, dates=args.dates, **filters
        )
        return [_group_record(group) for group in near]
    span = value_span(around) if around else None
    if span is not None:
        after = max(span[0], filters["date_from"] or span[0])
        filters, around = {**filters, "date_from": after}, None
    page = library.timeline_page(
        around=around,
        start=None if around else 0,
        before=0,
        after=args.limit or 1_000_000,
        grouping=args.group,
        dates=args.dates,
        count_all=True,
        **filters,
    )
    groups = [g for g in page.groups if g.value is not None] if around or span else page.groups
    groups = groups[: args.limit] if args.limit else groups
    return [_group_record(group) for group in groups]


def _group_record(group: TimelineGroup) -> dict:
    return {
        "period": _period_name(group),
        "count": group.count,
        "articles": group.articles,
        "sources": [name for name, _n in group.sources],
        "events": [event_record(e) for e in group.events],
    }


def _undated_articles(library: Library, filters: dict) -> tuple[Event, ...]:
    """An entry for each article with no publication date, which the timeline of both
    kinds of dates ends with (grouped, the library lists them itself).

    `Library.events` lists expressions only. The undated articles are the same group at
    the end of the publication dates, read from that list, which is kept ready, rather
    than from the list of both kinds, which would be gathered from every event first.
    """
    end = {"dates": "published", "start": sys.maxsize, "before": 1, "after": 0, **filters}
    undated = library.timeline_page(**end, samples=0).undated  # counted, none read
    if not undated:
        return ()
    last = library.timeline_page(**end, samples=undated).groups[-1]
    return last.events if last.undated else ()


def _period_name(group: TimelineGroup) -> str:
    """A group's `period`: its TimeML value, but a decade or century in words ("1980s",
    "19th century", which TimeML writes "198" and "18", read by a script as years), and
    the two groups with no date named as the app heads them."""
    if group.value is not None:
        return coarse_period_name(group.value) or group.value
    return "undated" if group.undated else "unresolved"
