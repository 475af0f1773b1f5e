"""`newsexplore search`: articles or quotes matching a query, for scripts and people.

Text output shows each hit as the app lists it; `--format json` and `jsonl`
carry the offsets of the matches instead of marking them in the text.
"""

from __future__ import annotations

import argparse
import sys

from newsexplore.search import hit_record, printable, published_value

from ..counts import counted
from .common import CliError, check_query, query_from_corpus, warn, write_json, write_jsonl
from .lookup import find_speaker
from .opening import ensure_index
from .options import (
    QUERY_HELP,
    common_options,
    date_options,
    format_option,
    limit_option,
    store_option,
)

__all__ = ["add_search_parser", "cmd_search"]

SEARCH_LIMIT = 20


def add_search_parser(sub: argparse._SubParsersAction) -> None:
    srch = sub.add_parser("search", prog="newsexplore search", help="search articles or quotes")
    srch.add_argument("query", metavar="QUERY", nargs="?", help=QUERY_HELP)
    common_options(srch)
    date_options(srch, "articles published")
    srch.add_argument("--source", help="only articles from this source (its whole name)")
    srch.add_argument("--author", help="only articles whose author has these words")
    srch.add_argument(
        "--speaker",
        help="only quotes by this speaker: a full name, an alias or a surname only one "
        "speaker has (implies --scope quotes)",
    )
    srch.add_argument(
        "--scope",
        choices=("articles", "quotes"),
        default="articles",
        help="search whole articles or only quotes (default: articles)",
    )
    store_option(srch)
    srch.add_argument(
        "--sort",
        choices=("relevance", "date"),
        default="relevance",
        help="best match first, or newest first (default: relevance)",
    )
    limit_option(srch, SEARCH_LIMIT)
    format_option(srch, ("text", "json", "jsonl"), "text")


def cmd_search(args: argparse.Namespace) -> int:
    query_from_corpus(args)
    check_query(args.query)
    library = ensure_index(args)
    speaker_id = find_speaker(library, args.speaker) if args.speaker else None
    results = library.search(
        args.query,
        scope="quotes" if speaker_id else args.scope,
        date_from=args.date_from,
        date_to=args.date_to,
        source=args.source,
        author=args.author,
        speaker_id=speaker_id,
        sort=args.sort,
        limit=args.limit,
    )
    if results.error:
        raise CliError(f"query {args.query!r}: {results.error}")
    records = [hit_record(hit) for hit in results.hits]
    if args.format == "json":
        write_json(
            {
                "query": results.query,
                "total": results.total,
                "total_estimated": results.estimated,
                "index_incomplete": library.is_partial(),
                "note": results.note,
                "hits": records,
            }
        )
    elif args.format == "jsonl":
        if results.note:
            warn(results.note)
        write_jsonl(records)
    else:
        write_search_text(results)
    return 0


def write_search_text(results) -> None:
    out = sys.stdout
    out.write(
        f"{'about ' if results.estimated else ''}"
        f"{counted(results.total, 'result')} "
        f"for {printable(results.query)}"
        f"{f' · {printable(results.note)}' if results.note else ''}\n"
    )
    for hit in results.hits:
        date = published_value(hit.date, hit.date_precision) or "undated"
        uses = counted(hit.matches, hit.match_unit) if hit.matches else ""  # as the app says it
        meta = "  ".join(filter(None, (date, hit.source, hit.article_id, uses)))
        out.write(f"\n{printable(hit.title)}\n  {printable(meta)}\n")
        if hit.quote is not None:
            out.write(f"  {printable(hit.quote.speaker or 'unknown speaker')}:\n")
        out.write(f"  {_highlighted(hit.snippet, out.isatty())}\n")


def _highlighted(snippet, on_terminal: bool) -> str:
    """The snippet as the article words it; matches in bold only on a terminal.

    Markers in the text would not be the article's words, and a script that
    wants the matches reads them as offsets from `--format json`.
    """
    if not on_terminal:
        return printable(snippet.text)
    return "".join(
        f"\x1b[1m{printable(text)}\x1b[22m" if match else printable(text)
        for text, match in snippet.runs
    )
