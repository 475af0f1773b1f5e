"""`newsexplore index`: build, update or check the index of a corpus, or list its problems;
with `--list` or `--clean`, the indexes an index folder holds."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from newsexplore.search import (
    HeldIndex,
    IndexLockedError,
    Library,
    Problem,
    UpdateSummary,
    group_problems,
    held_indexes,
    index_root,
    printable,
    remove_index,
)

from ..counts import counted
from .building import run_update
from .common import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEMS,
    CliError,
    error,
    open_library,
    warn,
)
from .opening import require_articles
from .options import common_options

__all__ = ["add_index_parser", "check_index", "cmd_index", "list_problems"]


def add_index_parser(sub: argparse._SubParsersAction) -> None:
    idx = sub.add_parser(
        "index", prog="newsexplore index", help="build or update the index of a corpus"
    )
    idx.add_argument(
        "corpus", nargs="*", type=Path, metavar="CORPUS", help="folders and files to index"
    )
    common_options(idx, corpus_option=False)
    idx.add_argument(
        "--check",
        action="store_true",
        help="only check the index files against what was committed; exit 1 on damage",
    )
    idx.add_argument(
        "--problems",
        action="store_true",
        help="list every problem of the corpus as indexed (unreadable files, skipped "
        "records, duplicates…) on stdout, by kind, worst first",
    )
    held = idx.add_mutually_exclusive_group()
    held.add_argument(
        "--list",
        action="store_true",
        help="list the indexes the index folder holds (one per corpus), with no CORPUS",
    )
    held.add_argument(
        "--clean",
        action="store_true",
        help="remove the indexes of corpora no longer there and of older index formats",
    )


def cmd_index(args: argparse.Namespace) -> int:
    if args.list or args.clean:
        if args.corpus:
            raise CliError(f"--{'list' if args.list else 'clean'} takes no CORPUS")
        return list_held(args.index_dir) if args.list else clean_held(args.index_dir)
    if not args.corpus:
        raise CliError("a CORPUS to index is needed (or --list, --clean)")
    library = open_library(args)
    if args.check:
        return check_index(library)
    _say_why_all_again(library)
    summary = run_update(library, verbose=True, listing=args.problems)
    if summary is not None and summary.cancelled:
        _say_what_a_stop_kept(library, summary)
        return EXIT_INTERRUPTED
    if summary is None:
        return EXIT_ERROR
    require_articles(library)
    problems = library.problems()
    if args.problems:
        list_problems(problems)
    return exit_status(problems)


def exit_status(problems: Sequence[Problem]) -> int:
    """4 while a problem printed as an error stands, this build's or one kept from an
    earlier build (a file not read again while unchanged is still missing), else 0.

    A script that indexes a corpus learns without reading stderr that something
    it asked for is not in the index: a file or record not read, or a settings
    line not understood. Warnings (an empty file, a duplicate) lose nothing.
    """
    return EXIT_PROBLEMS if any(p.severity == "error" for p in problems) else EXIT_OK


def _say_what_a_stop_kept(library: Library, summary: UpdateSummary) -> None:
    if summary.partial and library.has_index():
        held = counted(library.article_count(), "article")
        error(f"stopped: the index holds {held} so far; run the same command to finish it")
    else:
        error("stopped; the previous index is unchanged")


def check_index(library: Library) -> int:
    """Every damaged or missing index file, one line each; exit 1 when there is any."""
    damage = library.check()
    for line in damage:
        error(line)
    if damage:
        never = len(damage) == 1 and damage[0].endswith("no index has been committed here")
        error(f"run `newsexplore index` on this corpus to {'build' if never else 'rebuild'} it")
        return EXIT_ERROR
    intact = counted(library.article_count(), "article")
    pending = library.pending_update()
    if pending is not None and pending.partial:
        finish = (
            "another process is building it now"
            if pending.running
            else "`newsexplore index` finishes it"
        )
        intact += f", but incomplete: a build stopped before its end; {finish}"
    print(f"{library.index_dir}: intact, {intact}", file=sys.stderr)
    return 0


HELD_STATES = {
    "present": "",
    "gone": "its corpus is no longer there",
    "older": "an older index format",
    "newer": "a newer index format",
    "unknown": "no committed index says of which corpus",
}


def list_held(root: Path | None) -> int:
    """One line per index the folder holds, on stdout: its folder, what it is, its corpus."""
    found = held_indexes(root)
    for held in found:
        sys.stdout.write(printable(_held_line(held)) + "\n")
    where = root or index_root()
    print(f"{where}: {counted(len(found), 'index', 'indexes')}", file=sys.stderr)
    return EXIT_OK


def _held_line(held: HeldIndex) -> str:
    words = [str(held.path), counted(held.articles, "article")]
    if held.partial:
        words.append("incomplete: a build stopped before its end")
    if what := HELD_STATES[held.state]:
        words.append(what)
    if held.building:
        words.append("an update is writing it now")
    if held.top_level:
        words.append("kept at the top of the folder by an earlier version")
    return "\t".join([", ".join(words), ", ".join(held.corpus) or "-"])


def clean_held(root: Path | None) -> int:
    """Remove what no corpus can open now; an index being written is left alone."""
    removed = 0
    for held in held_indexes(root):
        if not held.removable:
            continue
        try:
            remove_index(held)
        except IndexLockedError as exc:
            warn(str(exc))
            continue
        removed += 1
        print(f"removed {printable(_held_line(held))}")
    where = root or index_root()
    print(f"{where}: removed {counted(removed, 'index', 'indexes')}", file=sys.stderr)
    return EXIT_OK


def list_problems(problems: Sequence[Problem]) -> None:
    """Every problem kept with the index, by kind, worst first, on stdout."""
    for group in group_problems(problems):
        meaning = f" ({group.meaning})" if group.meaning else ""
        sys.stdout.write(f"{group.counted}{meaning}\n")
        for problem in group.problems:
            sys.stdout.write(f"  {printable(str(problem))}\n")


def _say_why_all_again(library: Library) -> None:
    """A full re-read of a corpus already indexed takes minutes on a large one: say why."""
    reason = library.rebuild_reason()
    if reason == "rules":
        warn(
            "reading every article again: this version finds quotes, speakers and dates differently"
        )
    elif reason == "format":
        warn("reading every article again: the index format has changed")
    elif reason == "other":
        warn(
            f"{library.index_dir}: holds the index of another corpus; "
            "building this corpus's index in its place"
        )
