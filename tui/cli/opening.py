"""The index as every reading command opens it: the last one committed, built only if none.

A reader never waits for an update: an index the corpus has moved past is
searched as it was committed, with one line saying so and the command that
updates it. Only with nothing to search is it built first.
"""

from __future__ import annotations

import argparse
import shlex

from newsexplore.search import Library, PendingUpdate

from .building import run_update
from .common import EXIT_ERROR, CliError, NoArticlesError, open_library, warn
from .corrections import apply_stored_corrections

__all__ = ["IndexBusyError", "ensure_index", "require_articles", "update_command"]


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
        _read_again_for_reference(library, args, pending)
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


def _read_again_for_reference(
    library: Library, args: argparse.Namespace, pending: PendingUpdate
) -> None:
    if pending.redated_all:
        what = "the corpus"
    else:
        files = pending.redated_files
        what = f"{files:,} file{'s' if files != 1 else ''} with undated articles"
    warn(
        f"reading {what} again before answering: undated articles' dates count from "
        f"{args.reference_date} now (--reference-date)"
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
    if args.index_dir:  # $NEWSEXPLORE_INDEX_DIR reaches the pasted command by itself
        words += ["--index-dir", str(args.index_dir)]
    if args.follow_links:
        words.append("--follow-links")
    if getattr(args, "reference_date", None):
        words += ["--reference-date", str(args.reference_date)]
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
