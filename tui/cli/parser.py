"""The argument parsers: the subcommands' and the bare `newsexplore [CORPUS ...]` one.

Each command family adds its own subparser; this module puts them together in
the order `--help` lists them and makes every parser report a mistake in one line.
"""

from __future__ import annotations

import argparse
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, NoReturn

from .common import EXIT_CODES, EXIT_USAGE, SUBCOMMANDS
from .options import common_options

__all__ = ["build_parser", "build_tui_parser"]


def _version() -> str:
    try:
        return version("newsexplore")
    except PackageNotFoundError:
        return "unknown"


class _Parser(argparse.ArgumentParser):
    """Argparse with its mistakes reported in one line, like every other error here.

    The stock parser prints the whole usage block before the error; a script
    reading stderr, or a user, wants the one line that says what was wrong.
    """

    verbs: argparse._SubParsersAction | None = None
    """Its subcommands or verbs, kept so `verb_before_paths` can name them."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")

    def add_subparsers(self, **kwargs: Any) -> argparse._SubParsersAction:
        self.verbs = super().add_subparsers(**kwargs)
        return self.verbs


def build_parser() -> argparse.ArgumentParser:
    # The commands' modules load the query API; the app's own parser does without.
    from .article import add_article_parser
    from .index import add_index_parser
    from .marks import add_marks_parser
    from .search import add_search_parser
    from .speakers import add_quotes_parser, add_speakers_parser
    from .timeline import add_timeline_parser

    parser = _Parser(
        prog="newsexplore",
        usage="%(prog)s [-h] [--version] [OPTION ...] [CORPUS ...] | %(prog)s COMMAND ...",
        description="Explore a corpus of news articles: search, read, who said what, and when. "
        "With no subcommand, opens the app on CORPUS (default: the bundled sample corpus).",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsexplore {_version()}")
    _app_options(parser.add_argument_group("options of the app (newsexplore [CORPUS ...])"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    # In the order `--help` lists them.
    for add_parser in (
        add_index_parser,
        add_search_parser,
        add_quotes_parser,
        add_speakers_parser,
        add_timeline_parser,
        add_article_parser,
        add_marks_parser,
    ):
        add_parser(sub)
    for command in sub.choices.values():
        _options_before_verbs_kept(command)
    return parser


def _options_before_verbs_kept(command: argparse.ArgumentParser) -> None:
    """`speakers --store S merge A B`: argparse lets the verb's parser write its own
    defaults over what the command's parser read, so an option given before the verb
    was dropped without a word and the correction went into another corpus's store.
    An option both parsers take gets no default in the verb's: the command's stands."""
    verbs = getattr(command, "verbs", None)
    if verbs is None:
        return
    # argparse has no public way to list a parser's options.
    shared = {action.dest for action in command._actions} - {"help"}
    for verb in verbs.choices.values():
        for action in verb._actions:
            if action.dest in shared:
                action.default = argparse.SUPPRESS


def verb_before_paths(argv: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """`speakers --corpus DIR merge A B`: `--corpus` takes every path after it, so a verb
    written after the paths was read as one more path ("merge: no such file or folder").
    A word there that is one of the command's verbs, and no file, starts the verb: the
    paths move after its arguments, where they are read as the verb's `--corpus`."""
    verbs = _verbs_of(parser, argv[0])
    if not verbs or "--corpus" not in argv:
        return argv
    at = argv.index("--corpus")
    for k in range(at + 1, len(argv)):
        word = argv[k]
        if word.startswith("-"):
            return argv
        if word in verbs and not Path(word).exists():
            return [*argv[:at], *argv[k:], *argv[at:k]]
    return argv


def _verbs_of(parser: argparse.ArgumentParser, command: str) -> frozenset[str]:
    commands = getattr(parser, "verbs", None)
    found = commands.choices.get(command) if commands is not None else None
    verbs = getattr(found, "verbs", None)
    return frozenset(verbs.choices) if verbs is not None else frozenset()


def build_tui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsexplore",
        description="Open the app on CORPUS (default: the bundled sample corpus). "
        f"Subcommands: {', '.join(SUBCOMMANDS)} (see newsexplore COMMAND --help).",
    )
    parser.add_argument("corpus", nargs="*", type=Path, metavar="CORPUS")
    parser.add_argument("--version", action="version", version=f"newsexplore {_version()}")
    _app_options(parser)
    return parser


def _app_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """The app's options, also listed by `newsexplore --help` so they can be found."""
    common_options(parser, corpus_option=False)
    parser.add_argument(
        "--store",
        type=Path,
        help="the file keeping marks, notes and history (env NEWSEXPLORE_STORE)",
    )
