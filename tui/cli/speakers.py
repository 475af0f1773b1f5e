"""`newsexplore quotes` and `newsexplore speakers`: who said what, as records for scripts.

The verbs that correct speakers and quotes (`speakers merge`, `quotes assign`, …)
are in `corrections`; these list what extraction found with the user's
corrections applied.
"""

from __future__ import annotations

import argparse

from newsexplore.search import QUOTE_COLUMNS, SPEAKER_COLUMNS, quote_record, speaker_record

from .common import CliError, check_query, write_records
from .corrections import (
    add_quote_verbs,
    add_speaker_verbs,
    report_lost_corrections,
    run_quote_verb,
    run_speaker_verb,
)
from .lookup import find_speaker
from .opening import ensure_index
from .options import QUERY_HELP, common_options, format_option, limit_option, store_option

__all__ = ["add_quotes_parser", "add_speakers_parser", "cmd_quotes", "cmd_speakers"]


def add_quotes_parser(sub: argparse._SubParsersAction) -> None:
    qts = sub.add_parser(
        "quotes", prog="newsexplore quotes", help="every quote with its speaker and offsets"
    )
    common_options(qts)
    qts.add_argument(
        "--speaker",
        help="only this speaker's quotes: a full name, an alias or a surname only one "
        "speaker has (e.g. Starmer)",
    )
    qts.add_argument("--query", help="only quotes matching this query; " + QUERY_HELP)
    limit_option(qts, None)
    format_option(qts, ("jsonl", "json", "csv"), "jsonl")
    store_option(qts)
    add_quote_verbs(qts)


def add_speakers_parser(sub: argparse._SubParsersAction) -> None:
    spk = sub.add_parser(
        "speakers", prog="newsexplore speakers", help="everyone quoted, aliases merged"
    )
    common_options(spk)
    limit_option(spk, None)
    format_option(spk, ("jsonl", "json", "csv"), "jsonl")
    store_option(spk)
    add_speaker_verbs(spk)


UNLIMITED = 10**9
"""A limit no corpus reaches, for every quote a query finds."""


def cmd_quotes(args: argparse.Namespace) -> int:
    if getattr(args, "quotes_command", None):
        return run_quote_verb(args, ensure_index(args))
    check_query(args.query)
    library = ensure_index(args)
    report_lost_corrections(library)
    speaker_id = find_speaker(library, args.speaker) if args.speaker else None
    if args.query:
        results = library.search(
            args.query, scope="quotes", speaker_id=speaker_id, limit=args.limit or UNLIMITED
        )
        if results.error:
            raise CliError(f"query {args.query!r}: {results.error}")
        quotes = [h.quote for h in results.hits if h.quote is not None]
    else:
        quotes = library.quotes(speaker_id=speaker_id) if speaker_id else library.quotes()
    quotes = quotes[: args.limit] if args.limit else quotes
    write_records([quote_record(q) for q in quotes], args.format, QUOTE_COLUMNS)
    return 0


def cmd_speakers(args: argparse.Namespace) -> int:
    if getattr(args, "speakers_command", None):
        return run_speaker_verb(args, ensure_index(args))
    library = ensure_index(args)
    report_lost_corrections(library)
    records = [speaker_record(s) for s in library.speakers()[: args.limit]]
    write_records(records, args.format, SPEAKER_COLUMNS)
    return 0
