"""The `newsexplore` console script.

`newsexplore [CORPUS ...]` opens the TUI; the subcommands (`index`, `search`,
`quotes`, `speakers`, `timeline`, `marks`) serve scripts through the same query API.
Textual is imported only on the TUI path so script subcommands start fast, and
every expected failure is one line on stderr with a non-zero exit, never a
traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import difflib
import os
import shlex
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, NoReturn

from newsexplore.search import (
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    SPEAKER_COLUMNS,
    Library,
    NewsExploreError,
    PendingUpdate,
    Period,
    Problem,
    Progress,
    UpdateSummary,
    bundled_seeds,
    check_syntax,
    event_record,
    group_problems,
    json_text,
    printable,
    published_value,
    read_typed_date,
    speaker_record,
    summarise_problems,
)
from newsexplore.search import hit_record as hit_record
from newsexplore.search import quote_record as quote_record
from newsexplore.search import write_records as export_records

from ..counts import counted
from .article import add_article_parser, cmd_article
from .corrections import (
    add_quote_verbs,
    add_speaker_verbs,
    apply_stored_corrections,
    report_lost_corrections,
    run_quote_verb,
    run_speaker_verb,
)
from .marks import add_marks_parser, cmd_marks

SUBCOMMANDS = ("index", "search", "quotes", "speakers", "timeline", "article", "marks")
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_INTERRUPTED = 130
EXIT_CODES = f"""exit codes:
  {EXIT_OK}    done (a search that finds nothing is done too)
  {EXIT_ERROR}    the corpus, the index or the user store cannot be used (damage, a change not saved)
  {EXIT_USAGE}    a mistake in the command: unknown command or option, a corpus path
       that does not exist, bad date, bad query
  {EXIT_NOT_FOUND}    no such article id, quote, mark or speaker, or a speaker name that fits several
  {EXIT_INTERRUPTED}  interrupted (Ctrl+C)"""
"""One table for every command, printed by `--help` and kept in the README."""

SEARCH_LIMIT = 20
QUERY_HELP = 'Whoosh syntax: AND OR NOT "phrase" pre* fuzzy~ field:value (see the README)'


class CliError(Exception):
    """A user mistake worth one line and exit code 2."""

    code = EXIT_USAGE


class NoArticlesError(CliError):
    """The corpus gave no article to index: nothing any command could answer from."""

    code = EXIT_ERROR


class NotFoundError(CliError):
    """An article, quote or mark id or a speaker name that names nothing, or several speakers."""

    code = EXIT_NOT_FOUND


def _version() -> str:
    try:
        return version("newsexplore")
    except PackageNotFoundError:
        return "unknown"


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {text!r}") from None


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


def _positive_int(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return number


class _Parser(argparse.ArgumentParser):
    """Argparse with its mistakes reported in one line, like every other error here.

    The stock parser prints the whole usage block before the error; a script
    reading stderr, or a user, wants the one line that says what was wrong.
    """

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _common(
    parser: argparse.ArgumentParser | argparse._ArgumentGroup, *, corpus_option: bool = True
) -> None:
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
        help="where the index lives (default: a per-user cache folder; env NEWSEXPLORE_INDEX_DIR)",
    )
    parser.add_argument(
        "--follow-links",
        action="store_true",
        help="also read files that links in the corpus folders lead to outside them",
    )
    parser.add_argument(
        "--reference-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the day undated articles' relative dates ('last week') count from; "
        "a folder's newsexplore.cfg can give one too",
    )


def _output(parser: argparse.ArgumentParser, choices: Sequence[str], default: str) -> None:
    parser.add_argument(
        "--format", choices=choices, default=default, help=f"output format (default: {default})"
    )


def _dates(parser: argparse.ArgumentParser, what: str) -> None:
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


def _limit(parser: argparse.ArgumentParser, default: int | None) -> None:
    parser.add_argument(
        "--limit",
        type=_positive_int,
        default=default,
        help=f"at most this many (default: {default or 'all'})",
    )


def build_parser() -> argparse.ArgumentParser:
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

    idx = sub.add_parser(
        "index", prog="newsexplore index", help="build or update the index of a corpus"
    )
    idx.add_argument(
        "corpus", nargs="+", type=Path, metavar="CORPUS", help="folders and files to index"
    )
    _common(idx, corpus_option=False)
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

    srch = sub.add_parser("search", prog="newsexplore search", help="search articles or quotes")
    srch.add_argument("query", metavar="QUERY", nargs="?", help=QUERY_HELP)
    _common(srch)
    _dates(srch, "articles published")
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
    _store_option(srch)
    srch.add_argument(
        "--sort",
        choices=("relevance", "date"),
        default="relevance",
        help="best match first, or newest first (default: relevance)",
    )
    _limit(srch, SEARCH_LIMIT)
    _output(srch, ("text", "json", "jsonl"), "text")

    qts = sub.add_parser(
        "quotes", prog="newsexplore quotes", help="every quote with its speaker and offsets"
    )
    _common(qts)
    qts.add_argument(
        "--speaker",
        help="only this speaker's quotes: a full name, an alias or a surname only one "
        "speaker has (e.g. Starmer)",
    )
    qts.add_argument("--query", help="only quotes matching this query; " + QUERY_HELP)
    _limit(qts, None)
    _output(qts, ("jsonl", "json", "csv"), "jsonl")
    _store_option(qts)
    add_quote_verbs(qts, _with_store)

    spk = sub.add_parser(
        "speakers", prog="newsexplore speakers", help="everyone quoted, aliases merged"
    )
    _common(spk)
    _limit(spk, None)
    _output(spk, ("jsonl", "json", "csv"), "jsonl")
    _store_option(spk)
    add_speaker_verbs(spk, _with_store)

    tml = sub.add_parser(
        "timeline",
        prog="newsexplore timeline",
        help="every dated expression, resolved, in date order",
    )
    _common(tml)
    tml.add_argument(
        "query", nargs="?", metavar="QUERY", help="only the dates of the articles it matches"
    )
    _dates(tml, "dates falling")
    tml.add_argument(
        "--around",
        metavar="DATE",
        help="start near this date, in any form the timeline reads ('1987-03', 'March 1987', "
        "'last week' counted from the corpus's busiest month)",
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
        help="dates mentioned in the text, publication dates, or both (default)",
    )
    tml.add_argument("--limit", type=_positive_int, help="at most N records")
    _store_option(tml)
    _output(tml, ("jsonl", "json", "csv"), "jsonl")
    add_article_parser(sub, _common)
    add_marks_parser(sub, _common)
    return parser


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
    _common(parser, corpus_option=False)
    parser.add_argument(
        "--store",
        type=Path,
        help="the file keeping marks, notes and history (env NEWSEXPLORE_STORE)",
    )


def error(message: str) -> None:
    print(f"newsexplore: error: {printable(message)}", file=sys.stderr)


def warn(message: str) -> None:
    print(f"newsexplore: warning: {printable(message)}", file=sys.stderr)


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
    paths = list(args.corpus) if args.corpus else [bundled_seeds()]
    check_paths(paths)
    index_dir = args.index_dir or _env_index_dir()
    return Library(
        paths,
        index_dir,
        follow_links=args.follow_links,
        reference_date=getattr(args, "reference_date", None),
    )


def _env_index_dir() -> Path | None:
    override = os.environ.get("NEWSEXPLORE_INDEX_DIR")
    return Path(override) if override else None


def run_update(
    library: Library, *, verbose: bool, seconds: float | None = None
) -> UpdateSummary | None:
    """Update the index, drawing a progress bar on an interactive stderr."""
    from newsexplore.search import Waiting

    summary: UpdateSummary | None = None
    with _progress_bar(sys.stderr.isatty()) as advance, _first_ctrl_c_stops() as stopping:
        for step in library.update(stopping, seconds=seconds):
            if isinstance(step, Waiting):
                warn(step.message)
            elif isinstance(step, Progress):
                advance(step)
            elif isinstance(step, UpdateSummary):
                summary = step
    if summary is not None and not (summary.cancelled and not summary.partial):
        # A run stopped with nothing kept has nothing to report: its problems and
        # counts are of an index that was not written.
        report_problems(summary.problems)
        # What a stopped build kept is said by whoever stopped it.
        if not summary.partial and (verbose or (summary.added_articles and sys.stderr.isatty())):
            print(describe_summary(summary), file=sys.stderr)
    return summary


@contextlib.contextmanager
def _first_ctrl_c_stops() -> Iterator[Callable[[], bool]]:
    """Ctrl+C asks the build to stop between articles, keeping what it can; a second
    Ctrl+C stops at once.

    A first build commits what it has read when asked to stop (minutes of work
    on a large corpus); a plain KeyboardInterrupt would lose all since its last
    checkpoint. Only the main thread can take a signal handler.
    """
    asked = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield asked.is_set
        return

    def stop(_signum, _frame) -> None:
        if asked.is_set():
            raise KeyboardInterrupt
        asked.set()
        warn("stopping: committing what has been read (Ctrl+C again to stop at once)")

    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield asked.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


EXAMPLES_PER_KIND = 3
"""Problems shown of each kind: 300 duplicates are one fact, not 300 lines."""


def report_problems(problems: Sequence[Problem]) -> None:
    """Counts by kind, worst first, then a few of each kind, on stderr."""
    groups = group_problems(problems)
    if not groups:
        return
    total = sum(group.count for group in groups)
    noun = "problem" if total == 1 else "problems"
    print(
        f"newsexplore: {total:,} {noun}: {printable(summarise_problems(problems))}",
        file=sys.stderr,
    )
    hidden = False
    for group in groups:
        say = error if any(p.severity == "error" for p in group.problems) else warn
        say(f"{group.counted} ({group.meaning})" if group.meaning else group.counted)
        shown = group.problems[:EXAMPLES_PER_KIND]
        for problem in shown:
            print(f"  {printable(str(problem))}", file=sys.stderr)
        more = group.count - sum(problem.count for problem in shown)
        if more > 0:
            hidden = True
            print(f"  ... and {more:,} more", file=sys.stderr)
    if hidden:
        print(
            "newsexplore: add --problems to `newsexplore index` to list every one", file=sys.stderr
        )


def list_problems(problems: Sequence[Problem]) -> None:
    """Every problem kept with the index, by kind, worst first, on stdout."""
    for group in group_problems(problems):
        meaning = f" ({group.meaning})" if group.meaning else ""
        sys.stdout.write(f"{group.counted}{meaning}\n")
        for problem in group.problems:
            sys.stdout.write(f"  {printable(str(problem))}\n")


def describe_summary(summary: UpdateSummary) -> str:
    """What a build did, file by file: a file skipped whole is not also counted indexed."""
    return (
        f"{counted(summary.articles, 'article')} in the index: files indexed {summary.indexed}, "
        f"updated {summary.updated}, removed {summary.removed}, unchanged {summary.unchanged}, "
        f"skipped {summary.skipped}; articles written {summary.added_articles}, "
        f"duplicates {summary.duplicates}"
    )


class _progress_bar:
    """A Rich progress bar per phase on a terminal; nothing when piped."""

    LABELS = {
        "read": "reading files",
        "index": "indexing articles",
        "commit": "writing index",
        "verify": "checking index",
        "speakers": "grouping quotes",
        "merge": "merging speakers",
        "save": "saving index",
    }
    """A phase whose total is 0 cannot be counted: its bar pulses while the clock runs."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.progress = None
        self.tasks: dict[str, Any] = {}

    def __enter__(self):
        if self.enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.progress = Progress(
                TextColumn("{task.description:<18}"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("left"),
                TimeRemainingColumn(),
                transient=False,
                console=_stderr_console(),
            )
            self.progress.start()
        return self.advance

    READING = ("read", "index")

    def advance(self, step: Progress) -> None:
        if self.progress is None:
            return
        if step.phase in self.READING:
            self._drop_checkpoint()
        task = self.tasks.get(step.phase)
        if task is None:
            self._finish_uncounted()
            label = self.LABELS.get(step.phase, step.phase)
            task = self.tasks[step.phase] = self.progress.add_task(
                label, total=step.total or None, rate=""
            )
        speed = next(t.speed for t in self.progress.tasks if t.id == task)
        rate = f"{speed:,.0f}/s" if speed and step.total else ""
        self.progress.update(task, completed=step.done, total=step.total or None, rate=rate)

    def _drop_checkpoint(self) -> None:
        """Reading again after a checkpoint: its bars are done with, and would sit at 99 %
        under the reading bar until the end."""
        for phase in [p for p in self.tasks if p not in self.READING]:
            self.progress.remove_task(self.tasks.pop(phase))

    def _finish_uncounted(self) -> None:
        """A phase that could not be counted is done once the next begins: show it full."""
        for task in self.progress.tasks:
            if task.total is None:
                self.progress.update(task.id, total=1, completed=1)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self._finish_uncounted()
            self.progress.stop()


def _stderr_console():
    from rich.console import Console

    return Console(file=sys.stderr)


# -- subcommands --------------------------------------------------------------


def cmd_index(args: argparse.Namespace) -> int:
    library = open_library(args)
    if args.check:
        return check_index(library)
    _say_why_all_again(library)
    summary = run_update(library, verbose=True)
    if summary is not None and summary.cancelled:
        _say_what_a_stop_kept(library, summary)
        return EXIT_INTERRUPTED
    if summary is None:
        return EXIT_ERROR
    require_articles(library)
    if args.problems:
        list_problems(library.problems())
    return EXIT_OK


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


def ensure_index(args: argparse.Namespace, *, update: bool = True) -> Library:
    """The library, answering from its last committed index whenever there is one.

    A reader never waits for an update and never needs the write lock: an
    index the corpus has moved past (files changed, new extraction rules, a
    killed update) is searched as it was committed, with one line on stderr
    saying so and naming the command that brings it up to date. Only when
    there is nothing to search (no index yet, damage, an old format) is the
    index built first, saying so; if another process is building it, the
    command stops at once rather than wait.
    """
    library = open_library(args)
    pending = library.pending_update() if update else None
    if pending is not None and _asks_for_new_reference(args, pending):
        _read_again_for_reference(library, args)
        pending = library.pending_update()
    if pending is not None and pending.searchable:
        warn(_stale_line(pending, update_command(args, library)))
    elif pending is not None:
        _build_first(library, pending)
        if pending.interrupted and (after := library.pending_update()) is not None:
            warn(_stale_line(after, update_command(args, library)))
    require_articles(library)
    apply_stored_corrections(library, args)
    return library


def _asks_for_new_reference(args: argparse.Namespace, pending: PendingUpdate) -> bool:
    """`--reference-date` given and not the one the index was read with: an answer from
    the old index would show other dates than the ones asked for. Without the option
    a command answers from the index as built (and says it is out of date)."""
    given = getattr(args, "reference_date", None)
    return bool(given) and pending.searchable and pending.references and not pending.running


def _read_again_for_reference(library: Library, args: argparse.Namespace) -> None:
    warn(
        f"reading the corpus again before answering: undated articles' dates count from "
        f"{args.reference_date.isoformat()} now (--reference-date)"
    )
    run_update(library, verbose=False)


class IndexBusyError(CliError):
    """Nothing committed to answer from while another process builds the index."""

    code = EXIT_ERROR


def _stale_line(pending: PendingUpdate, command: str) -> str:
    if pending.running:
        return (
            f"the index is out of date ({pending.describe()}) and being updated by another "
            "process; searching the last one committed"
        )
    if pending.reason == "partial":
        return (
            f"the index is incomplete ({pending.describe()}); searching what it holds: "
            f"`{command}` finishes it"
        )
    action = "rebuilds it (every article read again)" if pending.reason == "rules" else "updates it"
    return (
        f"the index is out of date ({pending.describe()}); searching it as it was last built: "
        f"`{command}` {action}"
    )


def update_command(args: argparse.Namespace, library: Library) -> str:
    """The `newsexplore index` command for the same corpus and index, ready to paste."""
    words = ["newsexplore", "index", *(str(p) for p in library.corpus_paths)]
    if args.index_dir or _env_index_dir():
        words += ["--index-dir", str(library.index_dir)]
    if args.follow_links:
        words.append("--follow-links")
    if getattr(args, "reference_date", None):
        words += ["--reference-date", args.reference_date.isoformat()]
    return shlex.join(words)


def _build_first(library: Library, pending: PendingUpdate) -> None:
    """No index to answer from: build one now, saying why it takes a while.

    Scripts run `quotes --corpus X` on a corpus never indexed and expect the
    answer, so a missing index is built; one that another process is building
    is not waited for.
    """
    if pending.running:
        what = (
            "no index of this corpus yet"
            if pending.reason in ("missing", "other")
            else pending.detail
        )
        raise IndexBusyError(
            f"{library.index_dir}: {what or 'the index cannot be read'}; it is being built "
            "by another process now: try again when that is done"
        )
    if pending.interrupted:
        _build_for_a_while(library)
        return
    if pending.reason == "missing":
        warn(f"{library.index_dir}: no index of this corpus yet; building it now")
    elif pending.reason == "other":
        warn(
            f"{library.index_dir}: holds the index of another corpus ({pending.detail}); "
            "building this corpus's index in its place"
        )
    elif pending.reason == "format":
        warn("reading every article again: the index format has changed")
    run_update(library, verbose=False)


READER_BUILD_SECONDS = 1.5
"""How long a reader builds after a killed build left nothing to search, before it
answers from what it has committed (the rest is `newsexplore index`'s to finish)."""


def _build_for_a_while(library: Library) -> None:
    """A build was killed before its first commit: build for a few seconds, then answer.

    Whoever killed it may kill the next one too (a laptop closed, a job
    limit), so a reader does not start the whole build again in its place: it
    commits what it read in `READER_BUILD_SECONDS` and says the index is partial.
    """
    warn(f"{library.index_dir}: an earlier build stopped before committing anything")
    run_update(library, verbose=False, seconds=READER_BUILD_SECONDS)
    if not library.has_index():  # nothing could be committed in time: build it all
        run_update(library, verbose=False)


def require_articles(library: Library) -> None:
    """A corpus with no readable article is a mistake worth saying, not an empty answer."""
    if library.has_index() and library.article_count() == 0:
        paths = ", ".join(str(p) for p in library.corpus_paths)
        raise NoArticlesError(f"{paths}: no readable article (see the warnings above, if any)")


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


def _check_query(query: str | None) -> None:
    """A typo in a query is said at once, before any index is opened or built."""
    if query and query.strip() and (problem := check_syntax(query)):
        raise CliError(f"query {query!r}: {problem}")


def cmd_search(args: argparse.Namespace) -> int:
    _query_from_corpus(args)
    _check_query(args.query)
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
                "hits": records,
            }
        )
    elif args.format == "jsonl":
        write_jsonl(records)
    else:
        write_search_text(results)
    return 0


UNLIMITED = 10**9
"""A limit no corpus reaches, for every quote a query finds."""


def _query_from_corpus(args: argparse.Namespace, *, required: bool = True) -> None:
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


def write_search_text(results) -> None:
    out = sys.stdout
    out.write(
        f"{'about ' if results.estimated else ''}"
        f"{counted(results.total, 'result')} "
        f"for {printable(results.query)}\n"
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


def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store", type=Path, help="the user store with your corrections (default: per corpus)"
    )


def _with_store(parser: argparse.ArgumentParser) -> None:
    _common(parser)
    _store_option(parser)


def cmd_quotes(args: argparse.Namespace) -> int:
    if getattr(args, "quotes_command", None):
        return run_quote_verb(args, ensure_index(args), CliError)
    _check_query(args.query)
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


def find_speaker(library: Library, name: str) -> str:
    """The id of the speaker a person means by a name.

    An id or a speaker's exact name always picks that speaker: a stray speaker
    known only as "Baker" must stay reachable beside James Baker. Failing
    that, an alias or a single word (`Starmer`) picks the one speaker with that
    alias or surname; when several fit, they are listed and nothing is guessed.
    """
    wanted = " ".join(name.casefold().split())
    speakers = library.speakers()
    by_id = [s for s in speakers if s.id == wanted]
    exact = by_id or [s for s in speakers if _folded(s.name) == wanted]
    if exact:
        return _one(exact, name)
    aliases = [s for s in speakers if wanted in (_folded(a) for a in s.aliases)]
    surnames = [s for s in speakers if " " in s.name and _folded(s.name).split()[-1] == wanted]
    people = list({s.id: s for s in [*aliases, *surnames]}.values())
    if people:
        return _one(people, name)
    words = wanted.split()
    partial = [s for s in speakers if all(w in _folded(s.name).split() for w in words)]
    if partial:
        return _one(partial, name)
    raise NotFoundError(f"no speaker matches {name!r} (see: newsexplore speakers)")


def _folded(name: str) -> str:
    return " ".join(name.casefold().split())


SHOWN_CANDIDATES = 8


def _one(candidates: list, name: str) -> str:
    if len(candidates) == 1:
        return candidates[0].id
    ranked = sorted(candidates, key=lambda s: -s.quote_count)
    listed = "; ".join(
        f"{s.name} ({counted(s.quote_count, 'quote')}, id {s.id})"
        for s in ranked[:SHOWN_CANDIDATES]
    )
    more = f"; and {len(ranked) - SHOWN_CANDIDATES} more" if len(ranked) > SHOWN_CANDIDATES else ""
    raise NotFoundError(f"{name!r} fits several speakers: {listed}{more}; give a full name or id")


def cmd_speakers(args: argparse.Namespace) -> int:
    if getattr(args, "speakers_command", None):
        return run_speaker_verb(args, ensure_index(args), find_speaker, CliError)
    library = ensure_index(args)
    report_lost_corrections(library)
    records = [speaker_record(s) for s in library.speakers()[: args.limit]]
    write_records(records, args.format, SPEAKER_COLUMNS)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    _query_from_corpus(args, required=False)
    _check_query(args.query)
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
        events = library.events(limit=args.limit, **filters)
    else:
        events = library.timeline_events(
            around=around, limit=args.limit, dates=args.dates, **filters
        )
    write_records([event_record(e) for e in events], args.format, EVENT_COLUMNS)
    return 0


def _around(library: Library, typed: str) -> str:
    """The TimeML value of `--around`, relative forms counted from the corpus's own period."""
    value = read_typed_date(typed, library.timeline_anchor())
    if value is None:
        raise CliError(f"--around: not a date the timeline can read: {typed!r}")
    return value


GROUP_COLUMNS = ("period", "count", "articles", "sources")
"""The CSV columns of `timeline --group` (its entries are in JSON and JSONL only)."""


def _group_records(library: Library, args, around: str | None, filters: dict) -> list[dict]:
    page = library.timeline_page(
        around=around,
        start=None if around else 0,
        before=(args.limit or 0) // 2 if around else 0,
        after=args.limit or 1_000_000,
        grouping=args.group,
        dates=args.dates,
        count_all=True,
        **filters,
    )
    groups = page.groups[: args.limit] if args.limit else page.groups
    return [
        {
            "period": group.value,
            "count": group.count,
            "articles": group.articles,
            "sources": [name for name, _n in group.sources],
            "events": [event_record(e) for e in group.events],
        }
        for group in groups
    ]


def write_records(records: list[dict[str, Any]], fmt: str, columns: Sequence[str] = ()) -> None:
    export_records(records, fmt, sys.stdout, columns)


def write_json(data: Any) -> None:
    sys.stdout.write(json_text(data, indent=2) + "\n")


def write_jsonl(records: Iterable[dict[str, Any]]) -> None:
    for record in records:
        sys.stdout.write(json_text(record) + "\n")


COMMANDS = {
    "index": cmd_index,
    "search": cmd_search,
    "quotes": cmd_quotes,
    "speakers": cmd_speakers,
    "timeline": cmd_timeline,
    "article": cmd_article,
    "marks": lambda args: cmd_marks(args, ensure_index, CliError),
}


def run_tui(argv: Sequence[str]) -> int:
    args = build_tui_parser().parse_args(argv)
    paths = list(args.corpus) or [bundled_seeds()]
    check_paths(paths)
    from newsexplore.tui.app import make_app

    index_dir = args.index_dir or _env_index_dir()
    app = make_app(
        paths,
        index_dir=index_dir,
        follow_links=args.follow_links,
        store_path=args.store,
        reference_date=args.reference_date,
    )
    app.run()
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
            args = build_parser().parse_args(argv)
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
