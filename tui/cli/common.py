"""What every command shares: exit codes, one-line errors, the corpus it names, output.

Each command module imports from here and from no other command's module for a
helper, so the console script's modules import one way, with no circle.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsexplore.search import bundled_seeds, json_text, printable

if TYPE_CHECKING:
    from newsexplore.search import Library

__all__ = [
    "EXIT_CODES",
    "EXIT_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_NOT_FOUND",
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "EXIT_USAGE",
    "SUBCOMMANDS",
    "CliError",
    "NoArticlesError",
    "NotFoundError",
    "check_paths",
    "check_query",
    "error",
    "open_library",
    "query_from_corpus",
    "warn",
    "write_json",
    "write_jsonl",
    "write_records",
]

SUBCOMMANDS = ("index", "search", "quotes", "speakers", "timeline", "article", "marks")
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_PROBLEMS = 4
EXIT_INTERRUPTED = 130
EXIT_CODES = f"""exit codes:
  {EXIT_OK}    done (a search that finds nothing is done too)
  {EXIT_ERROR}    the corpus, the index or the user store cannot be used (damage, a change not saved)
  {EXIT_USAGE}    a mistake in the command: unknown command or option, a corpus path
       that does not exist, bad date, bad query
  {EXIT_NOT_FOUND}    no such article id, quote, mark or speaker, or a speaker name that fits several
  {EXIT_PROBLEMS}    `index` only: done, but with errors it printed (a file or record not read,
       a settings line not understood); the rest is indexed
  {EXIT_INTERRUPTED}  interrupted (Ctrl+C)"""
"""One table for every command, printed by `--help` and kept in the README."""


class CliError(Exception):
    """A user mistake worth one line and exit code 2."""

    code = EXIT_USAGE


class NoArticlesError(CliError):
    """The corpus gave no article to index: nothing any command could answer from."""

    code = EXIT_ERROR


class NotFoundError(CliError):
    """An article, quote or mark id or a speaker name that names nothing, or several speakers."""

    code = EXIT_NOT_FOUND


def error(message: str) -> None:
    print(f"newsexplore: error: {printable(message)}", file=sys.stderr)


def warn(message: str, *, one_line: bool = False) -> None:
    """A warning on stderr; `one_line` shows a line break in it as a visible mark."""
    print(
        f"newsexplore: warning: {printable(message, keep_newlines=not one_line)}", file=sys.stderr
    )


def check_paths(paths: Sequence[Path]) -> None:
    for path in paths:
        if not path.exists():
            # A bare word is more likely a mistyped command than a missing folder.
            bare = len(path.parts) == 1 and not path.suffix
            close = difflib.get_close_matches(str(path), SUBCOMMANDS, n=1) if bare else []
            if close:
                raise CliError(f"unknown command {str(path)!r}; did you mean {close[0]}?")
            hint = f"; commands are {', '.join(SUBCOMMANDS)}" if bare else ""
            raise CliError(f"{path}: no such file or folder{hint}")


def open_library(args: argparse.Namespace) -> Library:
    # The index's modules (Whoosh among them) are loaded here, not when the console
    # script starts: `--version` and the app's first line need none of them.
    from newsexplore.search import Library, index_dir_for

    paths = list(args.corpus) if args.corpus else [bundled_seeds()]
    check_paths(paths)
    return Library(
        paths,
        index_dir_for(paths, args.index_dir),
        follow_links=args.follow_links,
        reference_date=getattr(args, "reference_date", None),
    )


def check_query(query: str | None) -> None:
    """A typo in a query is said at once, before any index is opened or built."""
    from newsexplore.search import check_syntax

    if query and query.strip() and (problem := check_syntax(query)):
        raise CliError(f"query {query!r}: {problem}")


def query_from_corpus(args: argparse.Namespace, *, required: bool = True) -> None:
    """`search --corpus DIR Blair`: the query was taken as one more path; take it back.

    `--corpus` takes every path after it, and a query after the paths looks
    like one more. A last "path" that does not exist is the query.
    """
    if args.query is not None:
        return
    if args.corpus and not args.corpus[-1].exists() and len(args.corpus) > 1:
        args.query = str(args.corpus.pop())
        return
    if not required:
        return
    raise CliError(
        "a QUERY is needed (--corpus takes every path after it: give the query first, "
        "or end the paths with --)"
    )


def write_records(records: list[dict[str, Any]], fmt: str, columns: Sequence[str] = ()) -> None:
    from newsexplore.search import write_records as export_records

    export_records(records, fmt, sys.stdout, columns)


def write_json(data: Any) -> None:
    sys.stdout.write(json_text(data, indent=2) + "\n")


def write_jsonl(records: Iterable[dict[str, Any]]) -> None:
    for record in records:
        sys.stdout.write(json_text(record) + "\n")
