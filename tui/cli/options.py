"""Options several commands take, each added by one function so they read alike.

`--corpus`, `--index-dir`, `--from`/`--to`, `--limit`, `--format` and `--store`
mean the same in every command that takes them; a bad value is an argparse
error, so it is reported in the parser's one line.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from newsexplore.search import Period

__all__ = [
    "QUERY_HELP",
    "common_options",
    "date_options",
    "format_option",
    "limit_option",
    "positive_int",
    "store_option",
    "with_store",
]

QUERY_HELP = 'Whoosh syntax: AND OR NOT "phrase" pre* fuzzy~ field:value (see the README)'


def _reference_date(text: str) -> Period:
    """`--reference-date`, read as a folder's `newsexplore.cfg` reads its `date:`."""
    from newsexplore.search import read_reference_date  # the corpus readers, only when given

    try:
        return read_reference_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _period_start(text: str) -> dt.date:
    """`--from 1987-03` starts on the month's first day, `--from 1987` on the year's."""
    try:
        return Period.read(text).first
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _period_end(text: str) -> dt.date:
    """`--to 1987-03` ends on the month's last day, `--to 1987` on December 31."""
    try:
        return Period.read(text).last
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def positive_int(text: str) -> int:
    """A `--limit` of 0 or less would list nothing without saying why."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return number


def common_options(
    parser: argparse.ArgumentParser | argparse._ArgumentGroup, *, corpus_option: bool = True
) -> None:
    """Where the corpus and its index are: the same four options on every command."""
    if corpus_option:
        parser.add_argument(
            "--corpus",
            nargs="+",
            action="extend",
            type=Path,
            metavar="PATH",
            help="folders (read recursively) and files; default: the bundled sample corpus. "
            "It takes every path after it: give the query first, or end the paths with --",
        )
    parser.add_argument(
        "--index-dir",
        type=Path,
        help="the folder holding the indexes, one per corpus (default: a per-user cache "
        "folder; env NEWSEXPLORE_INDEX_DIR)",
    )
    parser.add_argument(
        "--follow-links",
        action="store_true",
        help="also read files that links in the corpus folders lead to outside them",
    )
    parser.add_argument(
        "--reference-date",
        type=_reference_date,
        metavar="YYYY[-MM[-DD]]",
        help="the day undated articles' relative dates ('last week') count from; a month "
        "(1987-03) or a year (1987) when that is all that is known resolves only what is "
        "the same on every day of it ('last year'); a folder's newsexplore.cfg date: "
        "takes the same forms",
    )


def format_option(parser: argparse.ArgumentParser, choices: Sequence[str], default: str) -> None:
    """`--format`, its default named in the help, since each command has its own."""
    parser.add_argument(
        "--format", choices=choices, default=default, help=f"output format (default: {default})"
    )


def date_options(parser: argparse.ArgumentParser, what: str) -> None:
    """`--from` and `--to`, a month or a year standing for all its days."""
    parser.add_argument(
        "--from",
        dest="date_from",
        type=_period_start,
        metavar="YYYY[-MM[-DD]]",
        help=f"only {what} on or after this day (a month or year: from its first day)",
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        type=_period_end,
        metavar="YYYY[-MM[-DD]]",
        help=f"only {what} on or before this day (a month or year: to its last day)",
    )


def limit_option(parser: argparse.ArgumentParser, default: int | None) -> None:
    """`--limit`, whose help says what no limit means for this command."""
    parser.add_argument(
        "--limit",
        type=positive_int,
        default=default,
        help=f"at most this many (default: {default or 'all'})",
    )


def store_option(parser: argparse.ArgumentParser) -> None:
    """`--store`: the user store whose corrections a listing shows."""
    parser.add_argument(
        "--store", type=Path, help="the user store with your corrections (default: per corpus)"
    )


def with_store(parser: argparse.ArgumentParser) -> None:
    """The options of a verb that saves a correction: the corpus and its store."""
    common_options(parser)
    store_option(parser)
