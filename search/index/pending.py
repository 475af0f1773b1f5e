"""What the committed index lacks against the corpus, found without the write lock.

Front ends ask this before answering. An intact index of this format is
searched as it was last committed even when the corpus has moved on (an
update can take minutes, and a reader must never wait for one or need the
lock); the front end says so and names the command that brings it up to
date. Only when there is nothing to search (no index yet, damage, a format
this version cannot read) does a front end have to build first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..corpus.settings import find_reference_dates
from ..errors import IndexDamagedError
from ..models import Period
from ..paths import corpus_roots
from . import commits as st
from .update import file_key, read_books, redated, scan_changes, stale, update_running

PendingReason = Literal["missing", "damage", "format", "other", "rules", "partial", "changes"]
"""No index committed yet; a damaged one; one of another format; one of another corpus
(an index folder given to two corpora), never searched for this one; one made by other
extraction rules; a build stopped before its end (killed, or a reader's time ran
out), committed as far as it got; or corpus files added, changed or removed since
the last commit."""


@dataclass(frozen=True)
class PendingUpdate:
    """Why the committed index is not the corpus as it is now, in numbers a user can read."""

    reason: PendingReason
    added: int = 0
    changed: int = 0
    removed: int = 0
    references: bool = False
    """The reference date some undated articles count from is not the one they were read
    with: their dates would change."""
    redated_files: int = 0
    """Files read again because some of their undated articles count from a new reference
    date, whether or not they changed (all of them when `redated_all`)."""
    redated_articles: int = 0
    """Undated articles extracted again for the new reference date."""
    redated_all: bool = False
    """The index does not record which articles read a reference date (it was built by an
    earlier version): a new one reads the whole corpus again."""
    running: bool = False
    """Another process holds the write lock: an update is under way now."""
    detail: str = ""
    """The damage found, in one line."""
    interrupted: bool = False
    """Nothing to search, and a build was stopped (killed) before its first commit."""
    articles: int = 0
    """Articles the committed index holds (said of a partial one)."""
    partial: bool = False
    """The committed index is a checkpoint of a build that did not finish, whatever
    else is out of date: it holds `articles` articles, not the whole corpus."""

    @property
    def searchable(self) -> bool:
        """True when the last committed index can answer, only not with the latest corpus."""
        return self.reason in ("rules", "partial", "changes")

    def describe(self) -> str:
        """What is out of date, in words (no trailing advice)."""
        if self.reason == "other":
            return f"it is the index of another corpus ({self.detail})"
        if self.reason == "rules":
            also = (
                f"; and it holds only {self.articles:,} articles: a build stopped before its end"
                if self.partial
                else ""
            )
            return (
                "it was built by a version that finds quotes, speakers and dates differently" + also
            )
        if self.reason == "partial":
            files = self.added + self.changed
            return (
                f"a build stopped before its end: it holds {self.articles:,}"
                f" article{'s' if self.articles != 1 else ''}, and {files:,}"
                f" file{'s are' if files != 1 else ' is'} still to be read"
            )
        parts = [
            f"{count:,} file{'s' if count != 1 else ''} {what}"
            for count, what in (
                (self.added, "added"),
                (self.changed, "changed"),
                (self.removed, "removed"),
            )
            if count
        ]
        changed = ", ".join(parts) + " since it was built" if parts else ""
        if self.references:
            dated = self._redated()
            return f"{changed}; {dated}" if changed else dated
        return changed

    def _redated(self) -> str:
        # Said both ways: the index may hold a reference date this command does
        # not give (run once with --reference-date, then without), not only the reverse.
        given = "than this command's --reference-date or newsexplore.cfg give"
        if self.redated_all:
            return (
                f"its undated articles' dates were counted from another reference date {given},"
                " and it does not record which articles those are: every file is read again"
            )
        articles, files = self.redated_articles, self.redated_files
        return (
            f"{articles:,} undated article{'s' if articles != 1 else ''} in {files:,}"
            f" file{'s' if files != 1 else ''} had {'their' if articles != 1 else 'its'} dates"
            f" counted from another reference date {given}: an update reads only"
            f" {'those files' if files != 1 else 'that file'} again"
        )


def pending_update(
    corpus_paths: Sequence[Path],
    index_dir: Path,
    *,
    follow_links: bool = False,
    reference: Period | dt.date | None = None,
) -> PendingUpdate | None:
    """What an update of `index_dir` would do now; None when the index is up to date."""
    running = update_running(index_dir)
    commit = None
    try:
        commit = st.read_commit(index_dir)
        interrupted = not running and st.interrupted(index_dir, commit)
        if commit is None:
            return PendingUpdate("missing", running=running, interrupted=interrupted)
        if stale(commit) == "format":
            return PendingUpdate("format", running=running, interrupted=interrupted)
        if commit.other_corpus(corpus_roots(corpus_paths)):
            other = ", ".join(commit.corpus)
            return PendingUpdate("other", running=running, detail=other, interrupted=interrupted)
        found = st.damage(index_dir, commit)
        if found:
            return PendingUpdate(
                "damage", running=running, detail=found[0], interrupted=interrupted
            )
        if stale(commit) == "rules":
            return PendingUpdate(
                "rules",
                running=running,
                partial=commit.partial,
                articles=commit.counts.get("article", 0),
            )
        books = read_books(index_dir, commit)
    except IndexDamagedError as exc:
        interrupted = not running and st.interrupted(index_dir, commit)
        return PendingUpdate("damage", running=running, detail=str(exc), interrupted=interrupted)
    files = books.get("files", {})
    to_read, _unchanged, removed = scan_changes(corpus_paths, files, follow_links=follow_links)
    added = sum(1 for path, _rel in to_read if file_key(path) not in files)
    again = redated(books, find_reference_dates(corpus_paths, reference))
    references = again is None or bool(again)
    if not (to_read or removed or references):
        return None
    return PendingUpdate(
        "partial" if commit.partial else "changes",
        articles=commit.counts.get("article", 0),
        partial=commit.partial,
        added=added,
        changed=len(to_read) - added,
        removed=len(removed),
        references=references,
        redated_files=len(files) if again is None else len(again),
        redated_articles=(
            commit.counts.get("article", 0)
            if again is None
            else sum(len(ids) for ids in again.values())
        ),
        redated_all=again is None,
        running=running,
    )
