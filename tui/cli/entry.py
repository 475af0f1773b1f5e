"""The console script's entry point: `newsexplore COMMAND ...` or the app.

`main` picks a subcommand's module by its first word, or opens the TUI.
Textual is imported only on the TUI path so script subcommands start fast, and
every expected failure is one line on stderr with a non-zero exit, never a
traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsexplore.search import NewsExploreError, bundled_seeds, index_dir_for

from .article import cmd_article
from .common import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    SUBCOMMANDS,
    CliError,
    check_paths,
    error,
)
from .index import cmd_index
from .marks import cmd_marks
from .parser import build_parser, build_tui_parser, verb_before_paths
from .search import cmd_search
from .speakers import cmd_quotes, cmd_speakers
from .timeline import cmd_timeline

__all__ = ["COMMANDS", "main", "run_tui"]

COMMANDS = {
    "index": cmd_index,
    "search": cmd_search,
    "quotes": cmd_quotes,
    "speakers": cmd_speakers,
    "timeline": cmd_timeline,
    "article": cmd_article,
    "marks": cmd_marks,
}


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
    from newsexplore.tui.app import make_app

    app = make_app(
        paths,
        index_dir=index_dir_for(paths, args.index_dir),
        follow_links=args.follow_links,
        store_path=args.store,
        reference_date=args.reference_date,
    )
    app.run()
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
            return COMMANDS[args.command](args)
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
