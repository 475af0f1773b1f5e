"""The incremental update of the Whoosh index (documents are mapped in `documents`).

Incremental updates work at two levels: a file whose size and mtime are
unchanged is not read at all; a changed file is read and only its records whose
content changed are re-extracted and re-indexed. That keeps a one-record edit
in a 20k-record JSONL file to a couple of seconds.

Safety: updates take an exclusive `flock` on `update.lock`, so a second process
waits (and says so) instead of corrupting anything. Whoosh commits are atomic,
so an update that is cancelled or killed leaves the previous index readable; a
full rebuild (new schema or extraction code) is written beside the old index and
swapped in only once committed, so it too leaves the old one usable until then.
The side files (`manifest.json`, `records.json`, `quotes.pickle`,
`speakers.pickle`) are written after the commit by atomic rename; every
article is deleted before it is (re)added, so side files one commit behind
only cause redundant work, never duplicates.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import pickle
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from whoosh import index
from whoosh.reading import SegmentReader
from whoosh.writing import MERGE_SMALL, IndexWriter

from ..corpus.load import content_key, iter_corpus_files, load_file
from ..errors import IndexLockedError, IndexUnusableError
from ..models import Article, Problem, Quote
from ..paths import SCHEMA_VERSION, extractor_fingerprint
from ..speakers.table import SpeakerTable, build_speaker_table
from .documents import article_doc, event_doc, make_schema, quote_doc, quote_from_fields

WHOOSH_DIR = "whoosh"
STAGING_DIR = "whoosh.new"
RETIRED_DIR = "whoosh.old"
MANIFEST = "manifest.json"
RECORDS = "records.json"
SPEAKERS = "speakers.pickle"
QUOTES = "quotes.pickle"
LOCK = "update.lock"
INDEX_NAME = "MAIN"

# Whoosh's multiprocess writer pays a start-up cost that only bulk loads repay.
RECLAIM_SHARE = 0.3
"""A segment with more than this share of deleted documents is rewritten at commit."""
BULK_THRESHOLD = 500
LOCK_WAIT_SECONDS = 120.0


# -- side files -------------------------------------------------------------


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}


RebuildReason = Literal["format", "rules"]
"""Why an index is read again in full: a new index format, or new extraction rules."""


def _stale(manifest: dict) -> RebuildReason | None:
    if manifest.get("schema") != SCHEMA_VERSION:
        return "format"
    if manifest.get("extractors") != extractor_fingerprint():
        return "rules"
    return None


@dataclass
class Manifest:
    """What the index holds, per file, so the next update knows what changed."""

    schema: int = SCHEMA_VERSION
    extractors: str = field(default_factory=extractor_fingerprint)
    """The extraction code the index was built with; other code means re-reading it all."""
    files: dict[str, dict] = field(default_factory=dict)
    """Absolute path -> {"mtime_ns", "size", "rel"}."""
    years: dict[str, int] = field(default_factory=dict)
    """Publication year -> article count, to infer a missing year in undated articles."""
    articles: int = 0

    @classmethod
    def read(cls, index_dir: Path) -> Manifest | None:
        data = _read_json(index_dir / MANIFEST)
        if _stale(data):
            return None
        return cls(
            data["schema"],
            data["extractors"],
            data.get("files", {}),
            data.get("years", {}),
            data.get("articles", 0),
        )

    def write(self, index_dir: Path) -> None:
        _write_atomic(index_dir / MANIFEST, json.dumps(asdict(self)).encode())

    @staticmethod
    def outdated(index_dir: Path) -> RebuildReason | None:
        """Why an existing index must be read again in full: the user should be told, since
        it takes as long as a first build. None when there is no index or it is current."""
        data = _read_json(index_dir / MANIFEST)
        return _stale(data) if data else None


def file_key(path: Path) -> str:
    """How the manifest names a corpus file: the same file however its path was spelled.

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
    st = path.stat()
    return {"mtime_ns": st.st_mtime_ns, "size": st.st_size}


def scan_changes(
    corpus_paths: Sequence[Path],
    manifest: Manifest | None,
    *,
    follow_links: bool = False,
    problems: list[Problem] | None = None,
) -> tuple[list, list, list]:
    """Split the corpus files into (to read, unchanged, removed) by stat alone.

    Files the walk passes over (pipes, devices, links out of the corpus) are
    added to `problems`.
    """
    known = manifest.files if manifest else {}
    to_read: list[tuple[Path, str]] = []
    unchanged: list[str] = []
    seen: set[str] = set()
    for path, rel in iter_corpus_files(corpus_paths, follow_links=follow_links, problems=problems):
        key = file_key(path)
        seen.add(key)
        try:
            current = stat_key(path)
        except OSError:
            to_read.append((path, rel))
            continue
        old = known.get(key)
        if (
            old
            and old.get("mtime_ns") == current["mtime_ns"]
            and old.get("size") == current["size"]
        ):
            unchanged.append(key)
        else:
            to_read.append((path, rel))
    removed = [key for key in known if key not in seen]
    return to_read, unchanged, removed


def record_hash(article: Article) -> str:
    """Changes whenever anything indexed about the article changes."""
    h = hashlib.blake2b(digest_size=12)
    for part in (article.title, article.text, str(article.date), article.source, article.author):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    h.update(article.url.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


# -- the update -------------------------------------------------------------


@dataclass(frozen=True)
class Waiting:
    """Yielded once when another process holds the index; the update then waits."""

    message: str


def open_lock(index_dir: Path):
    """The lock file's handle; the lock is released by the OS even on kill -9."""
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


def open_or_create(index_dir: Path, rebuild: bool) -> index.Index:
    """Open the Whoosh index, creating it if there is none.

    A rebuild is written beside the index it replaces (`whoosh.new`) and only
    swapped in once committed (`swap_in_rebuild`), so a rebuild that is
    cancelled, fails or is killed leaves the previous index as it was.
    """
    store = index_dir / (STAGING_DIR if rebuild else WHOOSH_DIR)
    try:
        if rebuild and store.exists():
            shutil.rmtree(store)
        store.mkdir(parents=True, exist_ok=True)
        if index.exists_in(str(store), indexname=INDEX_NAME):
            return index.open_dir(str(store), indexname=INDEX_NAME)
        return index.create_in(str(store), make_schema(), indexname=INDEX_NAME)
    except OSError as exc:
        raise IndexUnusableError(f"{store}: cannot open or create the index ({exc})") from exc


def swap_in_rebuild(index_dir: Path) -> None:
    """Put a committed rebuild in place of the old index.

    Two renames: the old store steps aside, the new one takes its name, then
    the old one is removed. `recover_store` finishes the job if the process
    dies between the renames.
    """
    store, staged, old = (index_dir / n for n in (WHOOSH_DIR, STAGING_DIR, RETIRED_DIR))
    try:
        if old.exists():
            shutil.rmtree(old)
        if store.exists():
            store.rename(old)
        staged.rename(store)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        raise IndexUnusableError(f"{store}: cannot put the rebuilt index in place ({exc})") from exc


def recover_store(index_dir: Path) -> None:
    """Undo what an interrupted run left: a half-written rebuild, or a swap cut short."""
    store, staged, old = (index_dir / n for n in (WHOOSH_DIR, STAGING_DIR, RETIRED_DIR))
    if old.exists() and not store.exists():
        old.rename(store)
    for leftover in (staged, old):
        if leftover.exists():
            shutil.rmtree(leftover, ignore_errors=True)


@dataclass
class _Batch:
    """Work found in the changed files: what to delete and what to add."""

    delete_ids: set[str] = field(default_factory=set)
    add: list[tuple[Article, str]] = field(default_factory=list)
    quotes: dict[str, list[Quote]] = field(default_factory=dict)
    """Quotes extracted in this batch, per article, for the speaker table."""
    new_files: int = 0
    changed_files: int = 0
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class Progress:
    """One step of an index build, yielded so the CLI and the TUI draw the same bar."""

    done: int
    total: int
    path: str = ""
    phase: str = "read"
    """`read` (files), `index` (articles), `commit`, then `speakers`."""


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
    added_articles: int = 0
    """Articles (re)extracted and written in this run."""


class IndexUpdate:
    """One run of the incremental update, as a generator of progress.

    Split in phases (scan, read, write, aggregate) so each stays small and the
    caller sees steady progress through the slow ones.
    """

    def __init__(
        self, corpus_paths: Sequence[Path], index_dir: Path, *, follow_links: bool = False
    ) -> None:
        self.corpus_paths = tuple(corpus_paths)
        self.index_dir = index_dir
        self.follow_links = follow_links

    def run(self, cancelled: Callable[[], bool]) -> Iterator[object]:
        try:
            self.index_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise IndexUnusableError(f"{self.index_dir}: cannot create ({exc.strerror})") from exc
        handle = yield from locked(self.index_dir)
        with handle:
            recover_store(self.index_dir)
            manifest = Manifest.read(self.index_dir)
            rebuild = manifest is None
            records = {} if rebuild else _read_json(self.index_dir / RECORDS)
            manifest = manifest or Manifest()
            batch = _Batch()
            to_read, unchanged, removed = scan_changes(
                self.corpus_paths, manifest, follow_links=self.follow_links, problems=batch.problems
            )
            total = len(to_read)
            for done, (path, rel) in enumerate(to_read, 1):
                if cancelled():
                    yield UpdateSummary(cancelled=True, problems=tuple(batch.problems))
                    return
                self._read_file(path, rel, manifest, records, batch)
                yield Progress(done=done, total=total, path=rel, phase="read")
            for key in removed:
                batch.delete_ids.update(records.pop(key, {}).get("articles", {}))
                manifest.files.pop(key, None)
            if not (batch.add or batch.delete_ids) and not rebuild:
                self._finish(manifest, records, batch)
                yield self._summary(batch, removed, unchanged, manifest, UpdateSummary)
                return
            _count_years(manifest, batch)
            ix = open_or_create(self.index_dir, rebuild)
            committed = yield from self._write(ix, batch, manifest, cancelled, rebuild, Progress)
            if not committed:
                recover_store(self.index_dir)
                yield UpdateSummary(cancelled=True, problems=tuple(batch.problems))
                return
            if rebuild:
                swap_in_rebuild(self.index_dir)
                ix = open_or_create(self.index_dir, rebuild=False)
            yield Progress(done=len(batch.add), total=len(batch.add), phase="speakers")
            self._aggregate(ix, batch, rebuild)
            self._finish(manifest, records, batch)
            yield self._summary(batch, removed, unchanged, manifest, UpdateSummary)

    def _read_file(
        self, path: Path, rel: str, manifest: Manifest, records: dict, batch: _Batch
    ) -> None:
        key = file_key(path)
        previous = records.get(key, {})
        old = previous.get("articles", {})
        old_dups = previous.get("duplicates", {})
        loaded = load_file(path, rel, known={**old, **old_dups})
        batch.problems.extend(loaded.problems)
        if key in manifest.files:
            batch.changed_files += 1
        else:
            batch.new_files += 1
        new = {aid: old[aid] for aid in loaded.kept if aid in old}
        dups = {aid: old_dups[aid] for aid in loaded.kept if aid in old_dups}
        seen_content = records.setdefault("_content", {})
        for article in loaded.articles:
            digest = loaded.digests.get(article.id) or record_hash(article)
            ckey = content_key(article)
            owner = _duplicate_of(article.id, seen_content.get(ckey), old, new)
            if article.id in new or owner:
                batch.duplicates += 1
                dups[article.id] = digest
                what = "duplicate id" if article.id in new else f"same text as {owner}"
                batch.problems.append(
                    Problem(rel, f"skipped {article.id}: {what}", article.line, "warning")
                )
                continue
            new[article.id] = digest
            seen_content[ckey] = article.id
            if old.get(article.id) != digest:
                batch.delete_ids.add(article.id)
                batch.add.append((article, key))
        batch.delete_ids.update(set(old) - set(new))
        records[key] = {"articles": new, "duplicates": dups}
        try:
            manifest.files[key] = {**stat_key(path), "rel": rel}
        except OSError:
            manifest.files.pop(key, None)

    def _write(self, ix, batch: _Batch, manifest: Manifest, cancelled, rebuild: bool, Progress):
        bulk = len(batch.add) >= BULK_THRESHOLD
        try:
            writer = (
                ix.writer(procs=2, multisegment=True, limitmb=256)
                if bulk
                else ix.writer(limitmb=128)
            )
        except Exception as exc:  # Whoosh raises LockError or OSError here
            raise IndexUnusableError(f"{self.index_dir}: cannot write the index ({exc})") from exc
        try:
            if not rebuild:
                _delete_articles(ix, writer, batch.delete_ids)
            years = _corpus_year(manifest)
            total = len(batch.add)
            step = max(1, total // 200)
            for done, (article, _file_key) in enumerate(batch.add, 1):
                if cancelled():
                    writer.cancel()
                    return False
                batch.quotes[article.id] = _add_article(writer, article, years, batch.problems)
                if done % step == 0 or done == total:
                    yield Progress(done=done, total=total, path=article.path, phase="index")
            yield Progress(done=total, total=total, phase="commit")
            writer.commit(mergetype=reclaim_then_merge_small)
        except BaseException:
            writer.cancel()
            raise
        return True

    def _aggregate(self, ix, batch: _Batch, rebuild: bool) -> None:
        """Merge speakers and group quotes over the whole index, after every commit.

        Every quote in the corpus is needed, so they are kept in a side file
        updated with each batch; the index is read only when that file is
        missing or unreadable.
        """
        by_article = {} if rebuild else _read_pickle(self.index_dir / QUOTES)
        if by_article is None:
            with ix.searcher() as searcher:
                by_article = {}
                for stored in searcher.documents(kind="quote"):
                    quote = quote_from_fields(stored)
                    by_article.setdefault(quote.article_id, []).append(quote)
        else:
            for article_id in batch.delete_ids:
                by_article.pop(article_id, None)
            by_article.update((aid, quotes) for aid, quotes in batch.quotes.items() if quotes)
        table = build_speaker_table(q for quotes in by_article.values() for q in quotes)
        _write_atomic(self.index_dir / QUOTES, pickle.dumps(by_article, pickle.HIGHEST_PROTOCOL))
        _write_atomic(self.index_dir / SPEAKERS, pickle.dumps(table, pickle.HIGHEST_PROTOCOL))

    def _finish(self, manifest: Manifest, records: dict, batch: _Batch) -> None:
        manifest.articles = sum(
            len(r.get("articles", {})) for k, r in records.items() if k != "_content"
        )
        live = {aid for k, r in records.items() if k != "_content" for aid in r.get("articles", {})}
        records["_content"] = {c: a for c, a in records.get("_content", {}).items() if a in live}
        _write_atomic(self.index_dir / RECORDS, json.dumps(records).encode())
        manifest.write(self.index_dir)

    @staticmethod
    def _summary(batch: _Batch, removed: list, unchanged: list, manifest: Manifest, UpdateSummary):
        return UpdateSummary(
            indexed=batch.new_files,
            updated=batch.changed_files,
            removed=len(removed),
            unchanged=len(unchanged),
            duplicates=batch.duplicates,
            articles=manifest.articles,
            problems=tuple(batch.problems),
            added_articles=len(batch.add),
        )


def _duplicate_of(article_id: str, owner: str | None, old: dict, new: dict) -> str | None:
    """The live article this one repeats, if any.

    `owner` is the last article seen with the same text. It counts when it is
    live: read (or kept) in this pass of this file, or held by another file.
    An owner that was in this file before but is gone now does not.
    """
    if not owner or owner == article_id:
        return None
    return owner if owner in new or owner not in old else None


def _count_years(manifest: Manifest, batch: _Batch) -> None:
    for article, _key in batch.add:
        if article.date:
            year = str(article.date.year)
            manifest.years[year] = manifest.years.get(year, 0) + 1


def _corpus_year(manifest: Manifest) -> int | None:
    if not manifest.years:
        return None
    return int(Counter(manifest.years).most_common(1)[0][0])


def _delete_articles(ix, writer: IndexWriter, article_ids: Iterable[str]) -> None:
    for article_id in article_ids:
        writer.delete_by_term("article_id", article_id)


def _add_article(
    writer: IndexWriter, article: Article, fallback_year: int | None, problems: list[Problem]
) -> list[Quote]:
    # Imported here, not at the top: the extractors compile hundreds of
    # patterns, and opening an index to search must not pay for that.
    from ..dates.extract import extract_events
    from ..quotes.extract import extract_quotes

    writer.add_document(**article_doc(article, ""))
    quotes = _extracted("quotes", extract_quotes, article, problems)
    for quote in quotes:
        writer.add_document(**quote_doc(quote, article))
    year = None if article.date else fallback_year
    for event in _extracted("dates", extract_events, article, problems, fallback_year=year):
        writer.add_document(**event_doc(event, article))
    return quotes


def _extracted(what: str, extract: Callable, article: Article, problems: list[Problem], **kw):
    """What an extractor finds in one article; an article it fails on is still searchable.

    Extraction runs hand-written rules over untrusted text: a failure on one
    article is reported with the article's file and line, and the build goes on.
    """
    try:
        return extract(article, **kw)
    except Exception as exc:
        message = " ".join(str(exc).split())[:120]
        why = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
        problems.append(
            Problem(
                article.path, f"{article.id}: {what} not extracted ({why})", article.line, "warning"
            )
        )
        return []


def _read_pickle(path: Path):
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None


def read_speaker_table(index_dir: Path) -> SpeakerTable | None:
    try:
        return pickle.loads((index_dir / SPEAKERS).read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None
