"""`newsexplore article ID`: one article as the index holds it, to check a quote against.

Quotes, dates and search results give an article id and character offsets;
this prints the text those offsets point into, with where the article came
from, so a script or a person can check the words at their source.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from newsexplore.search import (
    Article,
    Event,
    counted_from_text,
    dates_counted_from,
    extraction_cut,
    json_text,
    printable,
    published_value,
)

from .common import NotFoundError, warn
from .opening import ensure_index
from .options import common_options

__all__ = ["add_article_parser", "article_record", "cmd_article"]


def add_article_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "article",
        prog="newsexplore article",
        help="one article with its metadata and text, to check offsets against",
    )
    parser.add_argument(
        "article_id", metavar="ID", help="an article_id from search, quotes or timeline"
    )
    common_options(parser)
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="output format (default: text); JSON's text is what offsets count in",
    )


def article_record(article: Article, events: Sequence[Event] = ()) -> dict[str, Any]:
    """The article's metadata and text; `start`/`end` offsets elsewhere count in `text`.

    `quotes_and_dates_read_to` is where a very long article stopped being read for
    quotes and dates (None when it was read whole). `dates_counted_from` says what its
    inferred (≈) dates were counted from, and `inferred_dates` each one's, from its
    `events`. `repaired` names the fields whose mis-decoded characters were repaired on
    reading: their words, and offsets into `text`, are not the file's bytes.
    """
    inferred = sorted((e for e in events if e.inferred), key=lambda e: e.start)
    return {
        "id": article.id,
        "title": article.title,
        "date": published_value(article.date, article.date_precision) or None,
        "source": article.source,
        "author": article.author,
        "url": article.url,
        "path": article.path,
        "line": article.line,
        "repaired": list(article.misdecoded),
        "quotes_and_dates_read_to": extraction_cut(article),
        "dates_counted_from": dates_counted_from(inferred) or None,
        "inferred_dates": [
            {
                "text": e.expression,
                "value": e.value,
                "start": e.start,
                "end": e.end,
                "counted_from": counted_from_text(e),
            }
            for e in inferred
        ],
        "text": article.text,
    }


def cmd_article(args: argparse.Namespace) -> int:
    library = ensure_index(args)
    article = library.article(args.article_id)
    kept = library.kept_copy_of(args.article_id) if article is None else None
    if kept is not None and (article := library.article(kept)) is not None:
        warn(
            f"{args.article_id} is a copy of {kept} (the same text, title, date, source and "
            f"author), indexed once as {kept}"
        )
    if article is None:
        why = (
            "the index is incomplete: it may not be read yet"
            if library.is_partial()
            else "ids are in the output of search and quotes"
        )
        raise NotFoundError(f"no article with id {args.article_id!r} ({why})")
    record = article_record(article, library.events(article_id=article.id))
    if args.format == "json":
        sys.stdout.write(json_text(record, indent=2) + "\n")
        return 0
    for name in ("id", "title", "date", "source", "author", "url", "path", "line"):
        if record[name] not in (None, ""):
            sys.stdout.write(f"{name}: {printable(str(record[name]), keep_newlines=False)}\n")
    if (read := record["quotes_and_dates_read_to"]) is not None:
        sys.stdout.write(
            f"note: quotes and dates were read in the first {read:,} of "
            f"{len(article.text):,} characters only\n"
        )
    if record["repaired"]:
        fields = " and ".join(record["repaired"])
        sys.stdout.write(f"note: {fields} repaired: mis-decoded characters\n")
    _write_counted_from(record)
    sys.stdout.write("\n" + printable(article.text) + "\n")
    return 0


def _write_counted_from(record: dict[str, Any]) -> None:
    """What the ≈ dates were counted from; each date's own only where they differ."""
    if record["dates_counted_from"] is None:
        return
    sys.stdout.write(f"dates: {record['dates_counted_from']}\n")
    dates = record["inferred_dates"]
    if len({d["counted_from"] for d in dates}) < 2:
        return
    for d in dates:
        words = printable(d["text"], keep_newlines=False)
        sys.stdout.write(f"  {words} ≈ {d['value']}: {printable(d['counted_from'])}\n")
