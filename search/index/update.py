"""The incremental update of the Whoosh index (documents are mapped in `documents`).

Incremental updates work at two levels: a file whose size and mtime are
unchanged is not read at all; a changed file is read and only its records whose
content changed are re-extracted and re-indexed. That keeps a one-record edit
in a 20k-record JSONL file to a couple of seconds.

Files are read and written one at a time (extraction feeds a single-process
Whoosh writer as each file is read), so memory is bounded by the largest file
and the writer's pool, not by the corpus. Whoosh's two-process writer was
dropped: a worker that died took its documents with it while the commit went
on, its children inherited the update lock and kept it after a kill, and on two
shared cores it was not faster (see BENCHMARKS.md).

Safety: updates take an exclusive `flock` on `update.lock` (never inherited by
another process, so it dies with its holder); readers never take it. Nothing
is visible to readers until `commits.write_commit` names it, and only after the
new generation has been verified to hold exactly the articles, quotes and
events meant (missing ones are indexed again once; an index still wrong after
that is an error, never a success). See `commits` for the on-disk layout.

A build with nothing searchable before it (a first build, or after damage or a
new index format) also commits checkpoints as it goes, each verified the same
way and marked partial: a build killed after two seconds leaves an index that
readers search (saying it is incomplete) and that the next run carries on from.
An update or a rebuild for new rules does not: the last full index stays what
readers see until the new one is whole.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from whoosh import query as query_mod
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, FileIndex
from whoosh.reading import SegmentReader
from whoosh.writing import MERGE_SMALL, IndexWriter

from ..corpus.load import (
    PART_BYTES,
    ReadingStopped,
    content_key,
    iter_corpus_files,
    load_file_parts,
)
from ..corpus.settings import GivenDate, ReferenceDates, find_reference_dates
from ..errors import (
    IndexDamagedError,
    IndexIncompleteError,
    IndexLockedError,
    IndexUnusableError,
)
from ..models import Article, FileLoad, Period, Problem
from ..paths import SCHEMA_VERSION, corpus_roots, extractor_fingerprint
from ..speakers.table import SpeakerTable, build_speaker_table
from . import commits as st
from .documents import article_doc, event_doc, make_schema, quote_doc
from .extraction import extract_for_index
from .memcolumns import bytes_column, lengths_in_memory_at_flush
from .meter import Meter, count_postings, run_beside
from .quickdocs import quick_add_document
from .sidefiles import (
    problems_from_json,
    problems_json,
    quote_row,
    quotes_of,
    table_from_json,
    table_json,
)
from .timeline import TypedDatesOrigin

LOCK = st.LOCK
INDEX_NAME = st.INDEX_NAME
RECLAIM_SHARE = 0.3
"""A segment with more than this share of deleted documents is rewritten at commit."""
LOCK_WAIT_SECONDS = 120.0
WRITER_LIMIT_MB = 128
"""Memory Whoosh's writer pools postings in before it spills them to disk."""
DEFERRED_UNDATED = 2000
"""Undated articles held back until the corpus's usual year is known, at most."""
PROGRESS_EVERY = 200
"""A file with more articles than this reports its own progress while it is indexed."""
READ_BESIDE_BYTES = 2 * 1024 * 1024
"""A file at least this large is read on a thread that says how far it has got (a
smaller one reads in well under a second, and thousands of them would each start one)."""
KINDS = ("article", "quote", "event")
FIRST_CHECKPOINT_SECONDS = 2.0
"""A build with nothing searchable before it commits what it has this soon, then at
doubling intervals: a killed first build leaves an index to search and to resume."""


RebuildReason = Literal["format", "rules", "damage", "other"]
"""Why an index is read again in full: a new index format, new extraction rules, damage,
or an index folder holding another corpus's index."""


def stale(commit: st.Commit) -> RebuildReason | None:
    if commit.schema != SCHEMA_VERSION:
        return "format"
    if commit.extractors != extractor_fingerprint():
        return "rules"
    return None


def file_key(path: Path) -> str:
    """How the records name a corpus file: the same file however its path was spelled.

    The index folder is keyed by resolved paths, so `../stories` and
    `~/stories` share an index; keyed by the path as typed, every file in it
    looked removed and added again, and the whole corpus was re-indexed.
    """
    try:
        return str(path.resolve())
    except OSError:
        return str(path)


def reclaim_then_merge_small(writer: IndexWriter, segments: list) -> list:
    """Whoosh's merge policy, after dropping dead segments and rewriting mostly-dead ones.

    Re-reading a whole file deletes its articles and adds them again; Whoosh
    keeps a segment whose every document is deleted, and searchers still read
    it. Re-indexing Reuters twice left 324k documents for 108k live ones and
    made each keystroke's search twice as slow. A segment with nothing live is
    dropped, one that is mostly deleted is rewritten with its live documents,
    and the rest merge by Whoosh's usual small-segment rule.
    """
    kept = []
    for segment in segments:
        total, deleted = segment.doc_count_all(), segment.deleted_count()
        if total and deleted >= total:
            continue
        if total and deleted / total > RECLAIM_SHARE:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
            continue
        kept.append(segment)
    return MERGE_SMALL(writer, kept)


def stat_key(path: Path) -> dict:
    info = path.stat()
    return {"mtime_ns": info.st_mtime_ns, "size": info.st_size}


def scan_changes(
    corpus_paths: Sequence[Path],
    files: dict,
    *,
    follow_links: bool = False,
    problems: list[Problem] | None = None,
    found: Meter | None = None,
) -> tuple[list, list, list]:
    """Split the corpus files into (to read, unchanged, removed) by stat alone.

    Files the walk passes over (pipes, devices, links out of the corpus) are
    added to `problems`. `found` counts the files met, for a progress line
    while a large folder is walked.
    """
    to_read: list[tuple[Path, str]] = []
    unchanged: list[str] = []
    seen: set[str] = set()
    for path, rel in iter_corpus_files(corpus_paths, follow_links=follow_links, problems=problems):
        if found is not None:
            found.done += 1
        key = file_key(path)
        seen.add(key)
        try:
            current = stat_key(path)
        except OSError:
            to_read.append((path, rel))
            continue
        old = files.get(key)
        if (
            old
            and old.get("mtime_ns") == current["mtime_ns"]
            and old.get("size") == current["size"]
        ):
            unchanged.append(key)
        else:
            to_read.append((path, rel))
    removed = [key for key in files if key not in seen]
    return to_read, unchanged, removed


def record_hash(article: Article) -> str:
    """Changes whenever anything indexed about the article changes."""
    h = hashlib.blake2b(digest_size=12)
    for part in (article.title, article.text, str(article.date), article.source, article.author):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    h.update(article.url.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


# -- the lock -------------------------------------------------------------------


@dataclass(frozen=True)
class Waiting:
    """Something to tell the user before the update goes on: another process holds the
    index (the update waits for it), or the index is damaged (it is rebuilt)."""

    message: str


def open_lock(index_dir: Path):
    """The lock file's handle; the lock is released by the OS even on kill -9.

    Python opens files non-inheritable and the update starts no child process,
    so no other process can hold on to the lock once its holder is gone.
    """
    try:
        return open(index_dir / LOCK, "a+b")  # noqa: SIM115 - held for the whole update
    except OSError as exc:
        raise IndexUnusableError(f"{index_dir}: cannot lock the index ({exc.strerror})") from exc


def try_lock(handle) -> bool:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno not in (errno.EAGAIN, errno.EACCES):
            raise
        return False


def update_running(index_dir: Path) -> bool:
    """True while another update holds the lock; asked without ever waiting or writing."""
    try:
        handle = open(index_dir / LOCK, "rb")  # noqa: SIM115 - closed below
    except OSError:
        return False
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


def locked(index_dir: Path) -> Iterator[Waiting]:
    """Take the update lock, yielding a `Waiting` notice first if another process holds it.

    Used with `yield from`; the caller must close the returned handle.
    """
    handle = open_lock(index_dir)
    if try_lock(handle):
        return handle
    yield Waiting(f"{index_dir}: another process is updating this index; waiting for it")
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while not try_lock(handle):
        if time.monotonic() > deadline:
            handle.close()
            raise IndexLockedError(
                f"{index_dir}: still locked by another update after {LOCK_WAIT_SECONDS:g} s"
            )
        time.sleep(0.1)
    return handle


# -- progress and summary -------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    """One step of an index build, yielded so the CLI and the TUI draw the same bar."""

    done: int
    total: int
    path: str = ""
    phase: str = "read"
    """`scan` (files found, with no total), `read` (files), `load` (bytes of one large file its records are read from),
    `index` (articles of one large file), `commit` (index entries written), `verify`,
    `speakers` (quotes grouped), `merge` (speakers), then `save`. A `total` of 0
    means the work of the phase cannot be counted: only time passes."""
    estimated: bool = False
    """The total is reckoned from what has been read so far (the articles of a file
    read in parts, before its last), and may still change."""
    read: float | None = None
    """How far the reading of every file of this run has got, 0 to 1, with each file
    weighed by its size; None on steps that are not reading. One bar for the whole
    build is drawn from it, since the counts of `read` (files) and `index` (one
    file's articles) are of different things and would make a bar jump back."""
    articles: int = 0
    """Articles indexed so far in this run, on reading steps."""


@dataclass(frozen=True)
class UpdateSummary:
    indexed: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    duplicates: int = 0
    articles: int = 0
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    cancelled: bool = False
    partial: bool = False
    """Stopped at its deadline with what it had read committed: files are still to read."""
    added_articles: int = 0
    """Articles (re)extracted and written in this run."""
    repaired: int = 0
    """Articles found missing or incomplete after the commit and written again."""
    skipped: int = 0
    """Files that gave nothing to index (unreadable, empty, binary, not regular files);
    not counted as indexed or updated."""
    redated: int = 0
    """Unchanged files read again only because the reference date some of their undated
    articles count from changed; not counted as updated or unchanged."""
    redated_articles: int = 0
    """Articles extracted again for a changed reference date (in `added_articles` too)."""


# -- bookkeeping -------------------------------------------------------------------


class Books:
    """Which file holds which article, and which copies were skipped for which original.

    `files[key]` holds the file's stat, its articles (id -> [digest, quotes,
    events]) and its skipped duplicates (id -> [digest, the live article it
    repeats]). An article id belongs to one file: another file's record with
    that id is a duplicate, so editing either never deletes the other's
    article. When an original changes or goes, every file holding a copy of it
    is read again, so the copy takes its place.
    """

    def __init__(self, data: dict | None) -> None:
        data = data or {}
        self.files: dict[str, dict] = data.get("files", {})
        self.content: dict[str, str] = data.get("content", {})
        self.years: dict[str, int] = data.get("years", {})
        self.references: str = data.get("references", "")
        """`ReferenceDates.key` of the reference dates undated articles were read against;
        written only once every article whose reference changed is read again."""
        against = data.get("read_against")
        self.read_against: dict[str, str] | None = (
            dict(against) if against is not None else None if data.get("files") else {}
        )
        """Article id -> the reference its dates were read against (`reference_text`: the
        period, and the settings file and line that gave it; "" for none), for the articles
        whose dates depend on one; None for records written before this was kept, whose
        articles are all read again when the reference moves."""
        self.owner: dict[str, str] = {}
        self.content_of = {aid: ckey for ckey, aid in self.content.items()}
        self.copies: dict[str, set[str]] = {}
        for key, entry in self.files.items():
            for article_id in entry.get("articles", {}):
                self.owner[article_id] = key
            for copy_id, (_digest, original) in entry.get("duplicates", {}).items():
                self.copies.setdefault(original, set()).add(key)
                self.copies.setdefault(copy_id, set()).add(key)
        self.touched: set[str] = set()
        """Ids deleted or written again in this run: their copies must be looked at again."""

    def duplicate_of(self, article_id: str, ckey: str, key: str, kept: dict) -> str | None:
        if article_id in kept:
            return article_id
        if self.owner.get(article_id, key) != key:
            return article_id
        original = self.content.get(ckey)
        if (
            original
            and original != article_id
            and original in self.owner
            and self.content_of.get(original) == ckey
        ):
            return original
        return None

    def claim(self, article_id: str, key: str, ckey: str | None) -> None:
        self.owner[article_id] = key
        if ckey is not None:
            self.content[ckey] = article_id
            self.content_of[article_id] = ckey

    def release(self, article_id: str, key: str) -> None:
        if self.owner.get(article_id) == key:
            del self.owner[article_id]

    def files_with_copies(self) -> set[str]:
        found: set[str] = set()
        for article_id in self.touched:
            found |= self.copies.get(article_id, set())
        return found

    def expected(self) -> dict[str, list]:
        return {
            aid: counts
            for entry in self.files.values()
            for aid, counts in entry.get("articles", {}).items()
        }

    def to_json(self) -> dict:
        live = self.owner
        content = {c: a for c, a in self.content.items() if self.content_of.get(a) == c}
        content = {c: a for c, a in content.items() if a in live}
        data = {
            "files": self.files,
            "content": content,
            "years": self.years,
            "references": self.references,
        }
        if self.read_against is not None:
            data["read_against"] = {a: r for a, r in self.read_against.items() if a in live}
        return data

    def redated(self, references: ReferenceDates) -> dict[str, set[str]] | None:
        """See `redated`."""
        return redated(self.to_json(), references)

    def corpus_year(self) -> int | None:
        if not self.years:
            return None
        return int(Counter(self.years).most_common(1)[0][0])


def redated(records: dict, references: ReferenceDates) -> dict[str, set[str]] | None:
    """File key -> its articles whose dates were read against another reference than
    `references` gives them now; None when the records cannot tell (read all again).

    Only an article read against a reference is listed: a story dated to the
    day never counts from one, so a new `--reference-date` leaves it alone. The
    records are those committed (`Books.to_json`), as `pending` reads them too.
    """
    against = records.get("read_against")
    if against is None:
        unknown = records.get("files") and records.get("references", "") != references.key
        return None if unknown else {}
    found: dict[str, set[str]] = {}
    if not against:  # nothing read against a reference: the common case of a dated corpus
        return found
    for key, entry in records.get("files", {}).items():
        now = None
        for article_id in entry.get("articles", {}):
            used = against.get(article_id)
            if used is None:
                continue
            now = reference_text(references.given_for(key)) if now is None else now
            if used != now:
                found.setdefault(key, set()).add(article_id)
    return found


def reads_reference(article: Article) -> bool:
    """Whether the article's dates count from the reference date: only an undated one's.

    A story dated only to a month or a year is read as undated within that
    period (`extraction._period_events`) but is given no reference: the user's
    day is for stories nobody dated, and may lie outside the story's own month.
    This decides both what `_write_article` passes and what the records mark.
    """
    return article.date is None


def reference_text(given: GivenDate | None) -> str:
    """How the records keep the reference an article was read against, and where it was
    given: each of its dates says so, so the same day moved from a settings file to the
    command line (or to another line) reads the article again, and no date names a
    source it was not counted from."""
    if given is None:
        return ""
    return f"{given.period} {given.where}" if given.where else str(given.period)


def settings_origin(read_against: Mapping[str, str]) -> TypedDatesOrigin | None:
    """The settings date most undated articles were read against (`reference_text` for
    each), as the day a typed date counts from; on a tie, the later date. None when
    none was read against a settings file.

    Taken from the records, not the settings files now, so a typed "last week"
    counts from the day the ≈ dates on screen were counted from.
    """
    given: Counter[tuple[str, str]] = Counter()
    for text in read_against.values():
        period, _space, where = text.partition(" ")
        if where:
            given[(period, where)] += 1
    ranked = []
    for (period, where), count in given.items():
        try:
            ranked.append((count, Period.read(period), where))
        except ValueError:  # records of a version that wrote them otherwise
            continue
    if not ranked:
        return None
    sharing, period, where = max(ranked, key=lambda item: (item[0], item[1].first, item[2]))
    return TypedDatesOrigin(
        period.first, "settings", period, where, sharing=sharing, undated=len(read_against)
    )


# -- the update -------------------------------------------------------------------------


_FILE_SKIPPED = frozenset({"unreadable", "empty", "skipped"})
"""Problem kinds that mean a file gave nothing to index."""


@dataclass
class _Run:
    """What this run has found and done so far."""

    new_files: int = 0
    skipped_files: int = 0
    changed_files: int = 0
    duplicates: int = 0
    copies_read: dict[str, tuple[int, list[Problem]]] = field(default_factory=dict)
    """File key -> the copies its last read skipped and what they and the file's
    reading said: a file read again in the run (for a copy whose original changed)
    replaces them rather than adding to them."""
    added: int = 0
    repaired: int = 0
    deleted: set[str] = field(default_factory=set)
    quotes: dict[str, list] = field(default_factory=dict)
    deferred: list = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    read: set[str] = field(default_factory=set)
    """Keys of the files read in this run: their problems replace the ones stored."""
    redated_files: int = 0
    redated_articles: int = 0


class _Writer:
    """A Whoosh writer opened on first use, that leaves older generations in place.

    Whoosh deletes the files of older generations as it commits; readers open
    the generation the last commit record names, so those files must stay
    until a new record replaces it (`commits.remove_uncommitted` then goes).
    """

    def __init__(self, store: Path, generation: int | None, toc: list | None = None) -> None:
        self.store = store
        self.rebuild = generation is None
        self.base = generation
        self.toc = toc
        """[size, digest] of the base generation's TOC as committed; None once it is our own."""
        self.writer: IndexWriter | None = None
        self.generation = generation
        self.segments: list[str] | None = None
        self.meter = Meter("commit")
        """Moves while Whoosh writes the pooled postings at commit."""

    def get(self) -> IndexWriter:
        if self.writer is None:
            storage = FileStorage(str(self.store), supports_mmap=False)
            if self.base is None:
                self.store.mkdir(parents=True, exist_ok=True)
                ix = FileIndex.create(storage, make_schema(), INDEX_NAME)
                self.base = 0
            else:
                ix = st.PinnedIndex(storage, self.base, self.toc)
            writer = ix.writer(limitmb=WRITER_LIMIT_MB)
            writer._commit_toc = self._commit_toc_keeping_older(writer)
            count_postings(writer, self.meter)
            lengths_in_memory_at_flush(writer)
            quick_add_document(writer)
            self.writer = writer
        return self.writer

    def _commit_toc_keeping_older(self, writer):
        def commit_toc(segments) -> None:
            TOC(writer.schema, segments, writer.generation).write(writer.storage, writer.indexname)
            self.generation = writer.generation
            self.segments = [segment.segment_id() for segment in segments]

        return commit_toc

    def commit(self) -> None:
        if self.writer is not None:
            writer, self.writer = self.writer, None
            writer.commit(mergetype=reclaim_then_merge_small)
            self.base, self.toc = self.generation, None

    def cancel(self) -> None:
        if self.writer is not None:
            writer, self.writer = self.writer, None
            with contextlib.suppress(Exception):
                writer.cancel()

    def delete(self, article_id: str) -> None:
        self.get().delete_by_term("article_id", article_id)

    def reline(self, article: Article, file_key: str) -> None:
        """Write again only the article's own entry, which holds its line; its quotes
        and dates, which do not, stay as they are."""
        target = self.get()
        target.delete_by_term("id", f"a:{article.id}")
        target.add_document(**article_doc(article, file_key))


class _FileCount:
    """Articles of a file read in parts, counted across them: one bar for the file.

    A bar per part went back to nothing at each new part (Reuters: 17,212 of
    17,212, then 208 of 2,567); the total is now estimated from the parts still
    to come, and exact at the last.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.seen = self.before = self.current = 0

    def part(self, count: int) -> None:
        self.before += self.current
        self.seen += 1
        self.current = count

    def at(self, number: int) -> tuple[int, int, bool]:
        """(articles done, articles in the file as far as can be told, whether that is
        an estimate) at this part's `number`."""
        so_far = self.before + self.current
        read = self.seen * PART_BYTES  # each part but the last is one size
        if read >= self.size:  # the last part: the count is exact
            return self.before + number, so_far, False
        return self.before + number, max(so_far, round(so_far * self.size / read)), True


class _Stopped(Exception):
    """The run stops before its end; `current` is the file being read, and what of it."""

    def __init__(self, current: tuple[str, dict] | None = None) -> None:
        super().__init__()
        self.current = current


class _Cancelled(_Stopped):
    """The user asked to stop: an update leaves the previous index as it was, a build
    with checkpoints commits what it has read (the user keeps the wait they sat through)."""


class _Paused(_Stopped):
    """The run's deadline came: commit what has been read and stop."""


def _searchable(on_disk: st.Commit | None, notice: str | None, roots: list[str]) -> bool:
    """True when the commit a rebuild starts from can still answer readers meanwhile."""
    return (
        on_disk is not None
        and notice is None
        and stale(on_disk) != "format"
        and not on_disk.other_corpus(roots)
    )


class _Checkpoints:
    """When a build with nothing searchable before it commits what it has so far.

    The first comes after `FIRST_CHECKPOINT_SECONDS`, each later one after as
    long again as the build has run: a handful per build, so their cost stays a
    fraction of it, and a kill loses at most about half of the work done.
    """

    def __init__(self, deadline: float | None) -> None:
        self.started = time.monotonic()
        self.next = self.started + FIRST_CHECKPOINT_SECONDS
        self.deadline = deadline

    def due(self) -> bool:
        return time.monotonic() >= self.next

    def stop(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    def done(self) -> None:
        now = time.monotonic()
        self.next = now + max(FIRST_CHECKPOINT_SECONDS, now - self.started)


class IndexUpdate:
    """One run of the incremental update, as a generator of progress."""

    def __init__(
        self,
        corpus_paths: Sequence[Path],
        index_dir: Path,
        *,
        follow_links: bool = False,
        reference: Period | dt.date | None = None,
        deadline: float | None = None,
    ) -> None:
        self.corpus_paths = tuple(corpus_paths)
        self.index_dir = index_dir
        self.roots = corpus_roots(self.corpus_paths)
        self.follow_links = follow_links
        self.references = find_reference_dates(self.corpus_paths, reference)
        self.deadline = deadline
        """A `time.monotonic()` by which a build with nothing searchable before it stops,
        committing what it has read (a reader's answer must not wait for a whole build)."""
        self.checkpoints: _Checkpoints | None = None
        self.written: st.Commit | None = None
        """The last commit this run wrote: what readers see from that moment on."""
        self.base: st.Commit | None = None
        """The commit this run builds on (None for a rebuild)."""
        self.redating: set[str] = set()
        """Articles whose reference date changed and that are not extracted again yet:
        read again even though their text is unchanged."""
        self.for_reference: set[str] = set()
        """Keys of unchanged files read only because some of their articles' reference
        changed."""
        self.old_references = ""
        """The references key of the commit built on, kept in checkpoints until every
        article in `redating` is extracted again."""

    def run(self, cancelled: Callable[[], bool]) -> Iterator[object]:
        try:
            self.index_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise IndexUnusableError(f"{self.index_dir}: cannot create ({exc.strerror})") from exc
        handle = yield from locked(self.index_dir)
        with handle:
            on_disk, commit, books, notice = self._committed()
            if notice:
                yield Waiting(notice)
            st.remove_uncommitted(self.index_dir, on_disk)
            rebuild = commit is None
            writer = _Writer(
                self.index_dir / f"{st.STORE_PREFIX}{st.new_id()}"
                if rebuild
                else commit.store_dir(self.index_dir),
                None if rebuild else commit.generation,
                None if rebuild else commit.files[st.toc_name(commit.generation)],
            )
            if rebuild and not _searchable(on_disk, notice, self.roots):
                # Made at once, so a build killed before its first commit is seen as one.
                writer.store.mkdir(parents=True, exist_ok=True)
                self.checkpoints = _Checkpoints(self.deadline)
            elif commit is not None and commit.partial:  # carrying on from a checkpoint
                self.checkpoints = _Checkpoints(self.deadline)
            try:
                yield from self._update(on_disk, commit, books, writer, cancelled)
            except OSError as exc:
                writer.cancel()
                st.remove_uncommitted(self.index_dir, self._last_commit(on_disk))
                raise IndexUnusableError(
                    f"{self.index_dir}: cannot write the index ({st.describe_os_error(exc)});"
                    " the index committed before is unchanged"
                ) from exc
            except BaseException:
                writer.cancel()
                st.remove_uncommitted(self.index_dir, self._last_commit(on_disk))
                raise

    def _last_commit(self, on_disk: st.Commit | None) -> st.Commit | None:
        """What readers see now: the commit found at the start, or the last this run wrote.

        Cleaning up after an interruption keeps the files of this commit only:
        one that kept the commit found at the start after a newer one was
        written removed the files the newer one names.
        """
        return self.written or on_disk

    def _committed(self) -> tuple[st.Commit | None, st.Commit | None, Books, str | None]:
        """The commit on disk (kept until a new one replaces it), the one to build on, and
        its records; nothing to build on (a rebuild) when it is stale or damaged."""
        on_disk = None
        try:
            on_disk = st.read_commit(self.index_dir)
            if on_disk is None or stale(on_disk) or on_disk.other_corpus(self.roots):
                return on_disk, None, Books(None), None
            found = st.damage(self.index_dir, on_disk, full=True)
            if found:
                raise IndexDamagedError(found[0])
            books = Books(st.read_side(self.index_dir, on_disk, "records"))
            if books.redated(self.references) is None:
                # Records that do not say which articles read a reference: all may change.
                return on_disk, None, Books(None), None
            return on_disk, on_disk, books, None
        except IndexDamagedError as exc:
            return on_disk, None, Books(None), f"{exc}; rebuilding the index from the corpus"

    def _update(
        self, on_disk: st.Commit | None, commit: st.Commit | None, books: Books, writer, cancelled
    ) -> Iterator[object]:
        run = _Run()
        self.base = commit
        run.problems.extend(self.references.problems)
        redated = books.redated(self.references) or {}
        self.redating = {aid for ids in redated.values() for aid in ids}
        self.old_references, books.references = books.references, self.references.key
        to_read, unchanged, removed = yield from self._scan(books, run)
        self.for_reference = {key for key in unchanged if key in redated}
        if self.for_reference:
            unchanged = [key for key in unchanged if key not in self.for_reference]
            to_read.extend(
                (Path(key), books.files[key].get("rel", key)) for key in sorted(self.for_reference)
            )
        walked = list(run.problems)
        for key in removed:
            for article_id in books.files.pop(key).get("articles", {}):
                books.release(article_id, key)
                books.touched.add(article_id)
                self._delete(writer, run, article_id)
        try:
            yield from self._read_all(to_read, books, writer, run, commit, cancelled)
        except _Stopped as stopped:
            cancelled_by_user = isinstance(stopped, _Cancelled)
            if self.checkpoints is None:  # an update: nothing of it is kept
                writer.cancel()
                st.remove_uncommitted(self.index_dir, self._last_commit(on_disk))
                yield UpdateSummary(cancelled=True, problems=tuple(run.problems))
                return
            current, meter = stopped.current, writer.meter
            yield Progress(done=0, total=0, phase="commit")
            yield from run_beside(
                lambda: self._checkpoint(books, writer, run, current, meter), meter, _progress_of
            )
            yield UpdateSummary(
                cancelled=cancelled_by_user,
                partial=True,
                articles=len(books.owner),
                problems=tuple(run.problems),
                added_articles=run.added,
            )
            return
        changed = (
            commit is None
            or writer.writer is not None
            or to_read
            or removed
            or self._walk_problems_changed(commit, books, walked)
        )
        if commit is None:
            writer.get()  # an empty corpus still gets an (empty) index
        if changed:
            yield Progress(done=0, total=0, phase="commit")
            meter = writer.meter
            yield from run_beside(
                lambda: self._write_out(commit, books, writer, run, meter), meter, _progress_of
            )
        yield UpdateSummary(
            indexed=run.new_files,
            # A folder's files of types not read are one problem counting them all.
            skipped=run.skipped_files
            + sum({p.path: p.count for p in walked if p.kind == "skipped"}.values()),
            updated=run.changed_files,
            removed=len(removed),
            unchanged=len(unchanged),
            duplicates=run.duplicates,
            articles=len(books.owner),
            problems=tuple(run.problems),
            added_articles=run.added,
            repaired=run.repaired,
            redated=run.redated_files,
            redated_articles=run.redated_articles,
        )

    def _scan(self, books: Books, run: _Run):
        """`scan_changes` on a thread, saying how many files it has found meanwhile: walking
        a large folder takes seconds before any file is opened. Used with `yield from`."""
        found = Meter("scan")
        scanned = yield from run_beside(
            lambda: scan_changes(
                self.corpus_paths,
                books.files,
                follow_links=self.follow_links,
                problems=run.problems,
                found=found,
            ),
            found,
            _progress_of,
        )
        yield Progress(done=found.done, total=0, phase="scan")
        return scanned

    def _read_all(self, to_read, books: Books, writer: _Writer, run: _Run, commit, cancelled):
        queue, again = list(to_read), set()
        done = 0
        weight = _ReadWeight(queue)
        while True:
            if done == len(queue):
                queue.extend(self._copies_to_read_again(books, again))
                weight.add(queue[weight.files :])
                if done == len(queue):
                    break
            path, rel = queue[done]
            if cancelled():
                raise _Cancelled
            for step in self._read_file(path, rel, books, writer, run, commit, cancelled):
                yield weight.of(step, done, run.added)
            done += 1
            weight.finished(done)
            yield Progress(
                done=done,
                total=len(queue),
                path=rel,
                phase="read",
                read=weight.at,
                articles=run.added,
            )
            yield from self._checkpoint_if_due(books, writer, run, None)
        self._flush_deferred(books, writer, run)
        if cancelled():
            raise _Cancelled

    def _copies_to_read_again(self, books: Books, again: set[str]) -> list[tuple[Path, str]]:
        """Files holding a skipped copy of an article that changed or went in this run."""
        found = []
        for key in sorted(books.files_with_copies() - again):
            again.add(key)
            entry = books.files.get(key)
            if entry is not None:
                found.append((Path(key), entry.get("rel", Path(key).name)))
        books.touched.clear()
        return found

    def _parts(
        self, path: Path, rel: str, known: tuple[dict, dict], size: int, stop: tuple
    ) -> Iterator[Progress | FileLoad]:
        """The parts of a file as read, with the bytes read told meanwhile for a large one.

        Reading the records of a 16 MB part takes seconds before the first of
        them is indexed: the part is read on a thread beside the update, which
        says how far it has got (`load`) and stops it when the build is stopped.
        """
        known_digests, known_lines = known
        if size < READ_BESIDE_BYTES:
            yield from load_file_parts(path, rel, known=known_digests, lines=known_lines)
            return
        meter = Meter("load", total=size)

        def on_read(done: int) -> None:
            if meter.abandoned:
                raise ReadingStopped
            meter.done = done

        cancelled, current = stop

        def report(meter: Meter) -> Progress:
            if cancelled():
                raise _Cancelled(current)
            return Progress(done=meter.done, total=size, path=rel, phase="load")

        parts = load_file_parts(path, rel, known=known_digests, lines=known_lines, on_read=on_read)
        while True:
            yield report(meter)
            loaded = yield from run_beside(lambda: next(parts, None), meter, report)
            if loaded is None:
                return
            yield loaded

    def _checkpoint_if_due(
        self, books: Books, writer: _Writer, run: _Run, current: tuple[str, dict] | None
    ) -> Iterator[Progress]:
        points = self.checkpoints
        if points is None:
            return
        if points.stop() and writer.writer is not None:  # something to answer from
            raise _Paused(current)
        if points.due():
            meter = writer.meter
            yield Progress(done=0, total=0, phase="commit")
            yield from run_beside(
                lambda: self._checkpoint(books, writer, run, current, meter), meter, _progress_of
            )

    def _checkpoint(
        self,
        books: Books,
        writer: _Writer,
        run: _Run,
        current: tuple[str, dict] | None,
        meter: Meter,
    ) -> None:
        """Commit exactly what has been written so far, marked partial, for readers and
        for the next run to carry on from (files not read to the end are read again)."""
        points = self.checkpoints
        if writer.writer is None:
            points.done()
            return
        records = self._records(_snapshot(books, run, current))
        meter.start("commit")
        writer.commit()
        meter.start("verify")
        if self._mismatched(writer, _expected(records)):
            points.done()  # left to the check at the end, which repairs
            return
        self._commit(records, self._quotes(run), writer, run, meter)
        points.done()

    def _records(self, records: dict) -> dict:
        """The books as committed, naming the new reference dates only once no article
        read against the old ones is left: a checkpoint taken before then keeps the old
        key (each article's own reference, in `read_against`, says which are left)."""
        if self.redating:
            records["references"] = self.old_references
        return records

    def _quotes(self, run: _Run) -> dict[str, list]:
        """Quote rows of every article committed: those of the last commit (this run's
        last checkpoint, or the one it builds on) not read again, and this run's."""
        base = self.written or self.base
        quotes = {} if base is None else st.read_side(self.index_dir, base, "quotes") or {}
        for article_id in run.deleted:
            quotes.pop(article_id, None)
        quotes.update(run.quotes)
        return quotes

    def _delete(self, writer: _Writer, run: _Run, article_id: str) -> None:
        run.deleted.add(article_id)
        self.redating.discard(article_id)  # gone, or written again with the reference now
        run.quotes.pop(article_id, None)
        if not writer.rebuild:  # a new index holds nothing to delete
            writer.delete(article_id)

    def _read_file(
        self, path: Path, rel: str, books: Books, writer: _Writer, run: _Run, commit, cancelled
    ) -> Iterator[Progress]:
        key = file_key(path)
        first_read = key not in run.read
        run.read.add(key)
        self._forget_earlier_read(run, key)
        said_before, duplicates_before = len(run.problems), run.duplicates
        try:
            # Before reading: a record appended meanwhile changes the file
            # after this, so the next run reads it again.
            stat = stat_key(path)
        except OSError:
            stat = None
        entry = books.files.get(key, {})
        old = entry.get("articles", {})
        known_file = key in books.files
        for article_id in old:
            books.release(article_id, key)
        kept: dict[str, list] = {}
        copies: dict[str, list] = {}
        lines: dict[str, int] = {}
        # What a checkpoint records of this file while it is read (the same dicts, filling).
        current = (
            key,
            {
                "rel": rel,
                "articles": kept,
                "duplicates": copies,
                "old": old,
                "lines": lines,
                "old_lines": entry.get("lines", {}),
            },
        )
        # An article whose reference date changed is built and extracted again, its
        # text unchanged: left out of what the loader may keep unread.
        known = {aid: v[0] for aid, v in old.items() if aid not in self.redating}
        read_said: list[Problem] = []
        counter = _FileCount(stat["size"] if stat else 0)
        whole = False
        known_lines = (known, entry.get("lines", {}))
        parts = self._parts(path, rel, known_lines, counter.size, (cancelled, current))
        for loaded in parts:
            if isinstance(loaded, Progress):
                yield loaded
                continue
            run.problems.extend(loaded.problems)
            read_said.extend(loaded.problems)
            lines.update(loaded.lines)
            moved = set(loaded.moved)
            whole = whole or any(p.kind in _FILE_SKIPPED for p in loaded.problems)
            for article_id in loaded.kept:
                if article_id in old:
                    kept[article_id] = old[article_id]
                    books.claim(article_id, key, None)
            year = books.corpus_year()
            count = len(loaded.articles)
            counter.part(count)
            step = count // 100 + 1 if count > PROGRESS_EVERY else 0
            for number, article in enumerate(loaded.articles, 1):
                if cancelled():
                    raise _Cancelled(current)
                digest = loaded.digests.get(article.id) or record_hash(article)
                if article.id in moved and old.get(article.id, [None])[0] == digest:
                    self._reline(article, key, old, kept, books, writer)
                    continue
                self._take(article, digest, key, rel, old, kept, copies, books, writer, run, year)
                if step and number % step == 0:
                    done, total, estimated = counter.at(number)
                    yield Progress(done, total, rel, "index", estimated)
                if self.checkpoints is not None:
                    yield from self._checkpoint_if_due(books, writer, run, current)
        books.touched |= {aid for aid, v in old.items() if kept.get(aid, [None])[0] != v[0]}
        for article_id in set(old) - set(kept):
            self._delete(writer, run, article_id)
        if not first_read:
            pass  # read again for a copy: counted when it was first read
        elif whole and not kept and not copies:
            run.skipped_files += 1
        elif key in self.for_reference:
            run.redated_files += 1
        elif known_file:
            run.changed_files += 1
        else:
            run.new_files += 1
        # What reading said again on a second read; not what extraction said of the
        # articles written, which a second read keeps rather than writes again.
        said = read_said + [
            p for p in run.problems[said_before:] if p.path == rel and p.kind in ("duplicate", "id")
        ]
        run.copies_read[key] = (run.duplicates - duplicates_before, said)
        stat = stat or {"mtime_ns": -1, "size": -1}  # gone while read: read again next time
        lines = {aid: line for aid, line in lines.items() if aid in kept}
        books.files[key] = {**stat, "rel": rel, "articles": kept, "duplicates": copies}
        if lines:
            books.files[key]["lines"] = lines

    def _forget_earlier_read(self, run: _Run, key: str) -> None:
        """A file read again in this run: what its first read counted and said is
        replaced by what this read finds (quotes and dates it wrote stay written)."""
        counted, said = run.copies_read.pop(key, (0, []))
        run.duplicates -= counted
        if said:
            gone = {id(p) for p in said}
            run.problems[:] = [p for p in run.problems if id(p) not in gone]

    def _reline(self, article: Article, key: str, old, kept, books: Books, writer) -> None:
        """A record that only moved (a line above it deleted or added): its new line
        is written, nothing is extracted again."""
        books.claim(article.id, key, content_key(article))
        kept[article.id] = old[article.id]
        writer.reline(article, key)

    def _take(
        self,
        article: Article,
        digest: str,
        key: str,
        rel: str,
        old,
        kept,
        copies,
        books,
        writer,
        run,
        year,
    ) -> None:
        """Index one article of a file read, or skip it as a copy of one held elsewhere."""
        ckey = content_key(article)
        article = self._own_id(article, ckey, key, rel, books, run)
        original = books.duplicate_of(article.id, ckey, key, kept)
        if original:
            run.duplicates += 1
            copies[article.id] = [digest, original]
            books.copies.setdefault(original, set()).add(key)
            where = books.files.get(books.owner.get(article.id, ""), {}).get("rel")
            what = (
                f"same text as {original}, and same metadata"
                if original != article.id
                else f"duplicate id (also in {where})"
                if where and where != rel
                else "duplicate id"
            )
            named = "" if article.id == rel else f" {article.id}"  # a text file's id is its name
            run.problems.append(
                Problem(rel, f"skipped{named}: {what}", article.line, "warning", "duplicate")
            )
            return
        books.claim(article.id, key, ckey)
        same = article.id in old and old[article.id][0] == digest
        if same and article.id not in self.redating:
            kept[article.id] = old[article.id]
            return
        if same:
            run.redated_articles += 1
        if article.id in old or article.id in run.deleted:
            self._delete(writer, run, article.id)
        kept[article.id] = self._add(writer, run, books, article, digest, year)

    def _own_id(
        self, article: Article, ckey: str, key: str, rel: str, books: Books, run: _Run
    ) -> Article:
        """The article under an id of its own when another file's article has its id.

        Two files numbering their records alike hold different articles: the
        later one gets a suffix drawn from its content (the same in every
        build), and the clash is said; a copy of the same article keeps the id
        and is folded as a duplicate.
        """
        owner = books.owner.get(article.id)
        if owner in (None, key) or books.content_of.get(article.id) == ckey:
            return article
        own = f"{article.id}~{ckey[:8]}"
        where = books.files.get(owner, {}).get("rel", owner)
        run.problems.append(
            Problem(
                rel,
                f"id {article.id!r} is also that of an article in {where}: indexed as {own!r}",
                article.line,
                "warning",
                "id",
            )
        )
        return replace(article, id=own)

    def _add(
        self, writer: _Writer, run: _Run, books: Books, article: Article, digest: str, year
    ) -> list:
        """Index one article now, or later if undated and the corpus's year is not known."""
        counts = [digest, 0, 0]
        if article.date is None and year is None and len(run.deferred) < DEFERRED_UNDATED:
            run.deferred.append((article, counts))
            return counts
        self._write_article(writer, run, books, article, counts, year)
        return counts

    def _flush_deferred(self, books: Books, writer: _Writer, run: _Run) -> None:
        year = books.corpus_year()
        for article, counts in run.deferred:
            self._write_article(writer, run, books, article, counts, year)
        run.deferred.clear()

    def _write_article(
        self, writer: _Writer, run: _Run, books: Books, article: Article, counts: list, year
    ) -> None:
        reference = None
        if reads_reference(article):
            reference = self.references.given_for(books.owner.get(article.id, ""))
        docs, quotes = article_documents(article, year, run.problems, reference)
        if books.read_against is not None:
            if reads_reference(article):
                books.read_against[article.id] = reference_text(reference)
            else:
                books.read_against.pop(article.id, None)
        target = writer.get()
        for doc in docs:
            target.add_document(**doc)
        counts[1] = sum(1 for d in docs if d["kind"] == "quote")
        counts[2] = sum(1 for d in docs if d["kind"] == "event")
        run.quotes[article.id] = [quote_row(q) for q in quotes]
        run.added += 1
        if article.date:
            year_key = str(article.date.year)
            books.years[year_key] = books.years.get(year_key, 0) + 1

    # -- commit ----------------------------------------------------------------------

    def _write_out(
        self, commit: st.Commit | None, books: Books, writer: _Writer, run: _Run, meter: Meter
    ) -> None:
        """Whoosh's commit, its check, the speaker merge and the commit record, in that order."""
        meter.start("commit")
        writer.commit()
        meter.start("verify")
        self._verify_and_repair(books, writer, run)
        self._commit(self._records(books.to_json()), self._quotes(run), writer, run, meter)

    def _verify_and_repair(self, books: Books, writer: _Writer, run: _Run) -> None:
        """Check the written generation holds exactly the articles meant; rewrite the rest once.

        A document lost on the way (a writer that died, a bug) would otherwise
        be reported as indexed and later runs would call the file unchanged.
        """
        expected = books.expected()
        wrong = self._mismatched(writer, expected)
        if not wrong:
            return
        for article_id in wrong:
            writer.delete(article_id)
        missing = {aid for aid in wrong if aid in expected}
        self._write_again(books, writer, run, missing)
        writer.commit()
        still = self._mismatched(writer, expected)
        if still:
            names = ", ".join(sorted(still)[:3]) + (" and more" if len(still) > 3 else "")
            raise IndexIncompleteError(
                f"{self.index_dir}: {len(still)} articles could not be indexed completely"
                f" ({names}); the previous index is unchanged"
            )
        run.repaired += len(missing)

    def _mismatched(self, writer: _Writer, expected: dict[str, list]) -> set[str]:
        storage = FileStorage(str(writer.store), supports_mmap=False, readonly=True)
        ix = st.PinnedIndex(storage, writer.generation)
        found: dict[str, list[int]] = {}
        with ix.searcher() as searcher:
            owners = list(bytes_column(searcher, "article_id")) if searcher.doc_count() else []
            for slot, kind in enumerate(KINDS):
                for docnum in searcher.docs_for_query(query_mod.Term("kind", kind)):
                    aid = owners[docnum].decode("utf-8", "surrogateescape")
                    found.setdefault(aid, [0, 0, 0])[slot] += 1
        wrong = {aid for aid in found if aid not in expected}
        for aid, (_digest, quotes, events) in expected.items():
            if found.get(aid) != [1, quotes, events]:
                wrong.add(aid)
        return wrong

    def _write_again(self, books: Books, writer: _Writer, run: _Run, missing: set[str]) -> None:
        by_file: dict[str, set[str]] = {}
        for aid in missing:
            by_file.setdefault(books.owner[aid], set()).add(aid)
        year = books.corpus_year()
        for key, wanted in sorted(by_file.items()):
            entry = books.files[key]
            for loaded in load_file_parts(Path(key), entry.get("rel", key)):
                for article in loaded.articles:
                    if article.id in wanted:
                        counts = entry["articles"][article.id]
                        self._write_article(writer, run, books, article, counts, year)
                        run.added -= 1

    def _commit(
        self, records: dict, quotes: dict[str, list], writer: _Writer, run: _Run, meter: Meter
    ) -> st.Commit:
        """Write the side files, sync everything, then replace the commit record.

        `records` are the books as committed (a checkpoint's leave out what is not
        written yet). What is carried over (problems of files not read again, the
        digests of files already described) comes from the last commit on disk.
        """
        old = self.written or self.base
        commit_id = st.new_id()
        store = writer.store
        quotes = {aid: rows for aid, rows in quotes.items() if rows}
        meter.start("speakers", sum(len(rows) for rows in quotes.values()))
        table = build_speaker_table(meter.counted(quotes_of(quotes), then="merge"))
        meter.start("save")
        side = {
            "records": records,
            "quotes": quotes,
            "problems": problems_json(self._problems_to_keep(old, records["files"], run)),
        }
        names = {}
        for role, data in side.items():
            names[role] = f"{role}-{commit_id}.json"
            st.write_durable(store / names[role], _json_bytes(data))
        names["speakers"] = f"speakers-{commit_id}.json"
        st.write_durable(store / names["speakers"], table_json(table))
        whoosh_files = (
            st.generation_files(store, writer.generation, writer.segments)
            if writer.segments is not None
            else [n for n in (old.files if old else {}) if n not in old.side.values()]
        )
        known = old.files if old is not None and old.store == store.name else {}
        files = st.describe_files(store, [*whoosh_files, *names.values()], known)
        counts = Counter()
        for _digest, quotes_n, events_n in _expected(records).values():
            counts.update(article=1, quote=quotes_n, event=events_n)
        commit = st.Commit(
            id=commit_id,
            store=store.name,
            generation=writer.generation,
            schema=SCHEMA_VERSION,
            extractors=extractor_fingerprint(),
            files=files,
            counts={kind: counts.get(kind, 0) for kind in KINDS},
            side=names,
            partial=any(entry.get("size") == -1 for entry in records["files"].values()),
            corpus=self.roots,
        )
        st.write_commit(self.index_dir, commit)
        self.written = commit
        st.remove_uncommitted(self.index_dir, commit)
        st.remove_legacy(self.index_dir)
        return commit

    def _walk_problems_changed(
        self, commit: st.Commit | None, books: Books, walked: list[Problem]
    ) -> bool:
        """True when what the walk passed over (a pipe, a link out, a settings line) is not
        what is stored: a new pipe alone must still reach the problem list."""
        if commit is None:
            return True
        rels = {entry.get("rel") for entry in books.files.values()}
        stored = [p for p in read_stored_problems(self.index_dir, commit) if p.path not in rels]
        return set(stored) != set(walked)

    def _problems_to_keep(
        self, old: st.Commit | None, files: dict[str, dict], run: _Run
    ) -> list[Problem]:
        """This run's problems, and those stored for files it did not read again.

        An update reads only changed files, so the problems of the others
        (a duplicate, a cp1252 file) would otherwise vanish from the list.
        """
        unread = {entry.get("rel") for key, entry in files.items() if key not in run.read}
        stored = read_stored_problems(self.index_dir, old) if old is not None else ()
        return [p for p in stored if p.path in unread] + run.problems


def _expected(records: dict) -> dict[str, list]:
    """Article id -> [digest, quotes, events] of every article the records hold."""
    return Books(records).expected()


def _snapshot(books: Books, run: _Run, current: tuple[str, dict] | None) -> dict:
    """The books as a checkpoint commits them: only what is written to the index.

    The file being read goes in with what has been taken from it so far, and
    undated articles held back for the corpus's year are left out of theirs;
    either file gets an impossible stat, so the next run reads it again and
    keeps, unextracted, every article already committed.
    """
    files = dict(books.files)
    if current is not None:
        # Of the file being read, what is taken so far, and its articles from before
        # not reached yet: those are still in the index until the file is read to its end.
        key, entry = current
        files[key] = {
            "rel": entry["rel"],
            "articles": {**entry["old"], **entry["articles"]},
            "duplicates": dict(entry["duplicates"]),
            "lines": {**entry["old_lines"], **entry["lines"]},
        }
    held = {article.id for article, _counts in run.deferred}
    for key, entry in files.items():
        articles = entry.get("articles", {})
        if key == (current and current[0]) or held & articles.keys():
            files[key] = {
                **entry,
                "mtime_ns": -1,
                "size": -1,
                "articles": {aid: v for aid, v in articles.items() if aid not in held},
            }
    records = books.to_json()
    live = {aid for entry in files.values() for aid in entry.get("articles", {})}
    records["content"] = {c: a for c, a in records["content"].items() if a in live}
    if books.read_against is not None:
        # The file being read has released its articles not reached yet; they are
        # still committed, read against the reference they were.
        records["read_against"] = {a: r for a, r in books.read_against.items() if a in live}
    records["files"] = files
    return records


class _ReadWeight:
    """How far reading has got, each file weighed by its size: a folder of small files and
    one 27 MB file then move one bar evenly, and a file's articles move it within the
    file's share rather than from nothing to full."""

    def __init__(self, queue: list[tuple[Path, str]]) -> None:
        self.sizes: list[int] = []
        self.files = 0
        self.at = 0.0
        self._within = 0.0
        self.add(queue)

    def add(self, files: list[tuple[Path, str]]) -> None:
        for path, _rel in files:
            try:
                self.sizes.append(max(path.stat().st_size, 1))
            except OSError:
                self.sizes.append(1)
        self.files = len(self.sizes)

    def of(self, step: Progress, number: int, articles: int) -> Progress:
        """`step` of the file at `number` in the queue, with the whole reading's share."""
        if step.phase == "index" and step.total:
            self._within = max(self._within, min(step.done / step.total, 1.0))
        elif step.phase not in ("index", "load"):
            return step
        size = self.sizes[number]
        self.at = (sum(self.sizes[:number]) + self._within * size) / sum(self.sizes)
        return replace(step, read=self.at, articles=articles)

    def finished(self, done: int) -> None:
        self._within = 0.0
        self.at = sum(self.sizes[:done]) / sum(self.sizes)


def _progress_of(meter: Meter) -> Progress:
    return Progress(done=meter.done, total=meter.total, phase=meter.phase)


def _json_bytes(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogateescape"
    )


def article_documents(
    article: Article,
    fallback_year: int | None,
    problems: list[Problem],
    reference: GivenDate | dt.date | Period | None = None,
) -> tuple[list[dict], list]:
    """The Whoosh documents of one article (itself, its quotes, its events), and its quotes."""
    quotes, events = extract_for_index(article, fallback_year, problems, reference)
    docs = [article_doc(article, "")]
    docs.extend(quote_doc(quote, article) for quote in quotes)
    docs.extend(event_doc(event, article) for event in events)
    return docs, quotes


def read_speaker_table(index_dir: Path, commit: st.Commit) -> SpeakerTable:
    data = st.read_side(index_dir, commit, "speakers")
    if data is None:
        return SpeakerTable((), {}, {})
    try:
        return table_from_json(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexDamagedError(f"{index_dir}: the speaker table is damaged ({exc})") from exc


def read_stored_problems(index_dir: Path, commit: st.Commit) -> tuple[Problem, ...]:
    """The problems stored with a commit; none for an index written before they were."""
    return problems_from_json(st.read_side(index_dir, commit, "problems"))


def read_books(index_dir: Path, commit: st.Commit) -> dict:
    return st.read_side(index_dir, commit, "records") or {}
