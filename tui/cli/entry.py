"""The console script's entry point: `newsexplore COMMAND ...` or the app.

`main` picks a subcommand's module by its first word, or opens the TUI.
Textual is imported only on the TUI path so script subcommands start fast, and
every expected failure is one line on stderr with a non-zero exit, never a
traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path

from newsexplore.search import NewsExploreError, bundled_seeds

from .common import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    SUBCOMMANDS,
    CliError,
    check_paths,
    error,
)
from .parser import build_parser, build_tui_parser, verb_before_paths

__all__ = ["COMMANDS", "main", "run_tui"]

COMMANDS = {
    "index": "index:cmd_index",
    "search": "search:cmd_search",
    "quotes": "speakers:cmd_quotes",
    "speakers": "speakers:cmd_speakers",
    "timeline": "timeline:cmd_timeline",
    "article": "article:cmd_article",
    "marks": "marks:cmd_marks",
}
"""Each command's module and function, loaded only when that command runs."""


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    module, function = COMMANDS[name].split(":")
    return getattr(import_module(f".{module}", __package__), function)


def _say_opening(paths: Sequence[Path], named: bool) -> bool:
    """Name the corpus on the terminal while the app loads (seconds on a busy
    machine, with nothing on screen otherwise). Only on a terminal; True if said."""
    if not sys.stderr.isatty():
        return False
    what = ", ".join(str(path) for path in paths) if named else "the bundled sample corpus"
    sys.stderr.write(f"Opening {what}…")
    sys.stderr.flush()
    return True


def _unsay_opening() -> None:
    """Erase the opening line once the app has closed: the shell's prompt comes back
    where it was, not after a line about a corpus no longer open."""
    sys.stderr.write("\r\x1b[2K")
    sys.stderr.flush()


def run_tui(argv: Sequence[str]) -> int:
    parser = build_tui_parser()
    known, unknown = parser.parse_known_args(argv)
    misplaced = next((p for p in known.corpus if str(p) in SUBCOMMANDS and not p.exists()), None)
    if unknown and misplaced is not None:
        # `newsexplore --reference-date D timeline --corpus X` read "timeline" as a corpus
        # and then refused the command's own options, which named the wrong culprit.
        raise CliError(
            f"{misplaced} is a command: write it first, options after it"
            f" (newsexplore {misplaced} {' '.join(a for a in argv if a != str(misplaced))})"
        )
    args = parser.parse_args(argv)
    paths = list(args.corpus) or [bundled_seeds()]
    check_paths(paths)
    said = _say_opening(paths, named=bool(args.corpus))
    try:
        from newsexplore.search import index_dir_for
        from newsexplore.tui.app import make_app

        app = make_app(
            paths,
            index_dir=index_dir_for(paths, args.index_dir),
            follow_links=args.follow_links,
            store_path=args.store,
            reference_date=args.reference_date,
        )
        app.run()
    finally:
        if said:
            _unsay_opening()
    for path in app.exports.stopped:
        print(
            f"newsexplore: the export to {path} was stopped on quitting; nothing written",
            file=sys.stderr,
        )
    return 0


def _check_date_range(args: argparse.Namespace) -> None:
    """An inverted range would quietly list nothing; say so instead."""
    date_from, date_to = getattr(args, "date_from", None), getattr(args, "date_to", None)
    if date_from and date_to and date_from > date_to:
        raise CliError(f"--from {date_from} is after --to {date_to}")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and (argv[0] in SUBCOMMANDS or argv[0] in ("-h", "--help")):
            parser = build_parser()
            args = parser.parse_args(verb_before_paths(argv, parser))
            _check_date_range(args)
            return _command(args.command)(args)
        return run_tui(argv)
    except CliError as exc:
        error(str(exc))
        return exc.code
    except NewsExploreError as exc:
        error(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        error("interrupted; the index is as it was last committed")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        sys.stderr.close()
        return 0
