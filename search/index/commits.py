"""What an index folder holds on disk, and how a commit of it is made durable and checked.

An index folder holds one lock file, one commit record (`commit.json`) and one
or more store folders (`store-<id>`). A store holds Whoosh's files and the side
files (records, quotes, speakers) of each generation, named after the commit
they belong to. The commit record names the store, the Whoosh generation, and
the size and digest of every file that generation needs: it is the only thing
a reader trusts, and it is replaced (atomically, after everything it names is
synced to disk) only once a new generation has been written and verified. So:

- a writer killed at any moment leaves the previous commit whole, and the next
  writer removes whatever is not named in it before it starts;
- a reader never needs the write lock: it opens the generation the commit names,
  which no writer deletes until a newer commit has replaced it;
- damage (a truncated, garbled or missing file) is a size or digest mismatch,
  found before Whoosh reads a byte of it.

Every commit has a random id, so a front end that compares ids notices a new
index even when a rebuild starts Whoosh's generation numbers again.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.index import TOC, FileIndex

from ..errors import IndexDamagedError

COMMIT = "commit.json"
LOCK = "update.lock"
STORE_PREFIX = "store-"
INDEX_NAME = "MAIN"
COMMIT_FORMAT = 1
FULL_CHECK_BYTES = 16 * 1024 * 1024
"""Below this total size, opening an index checks every file's digest, not only its size.

Above it, opening checks sizes and hashes only the small files (TOC, side
files): hashing a 20k-article index (about 180 MB) took longer than the
100 ms an open may take. `index` and `index --check` always hash everything."""
LEGACY_NAMES = (
    "whoosh",
    "whoosh.new",
    "whoosh.old",
    "manifest.json",
    "records.json",
    "quotes.pickle",
    "speakers.pickle",
)
"""What the previous layout kept in an index folder; removed once a commit replaces it."""

_SEGMENT = re.compile(rf"^({INDEX_NAME}_[0-9a-z]+)[.]")


@dataclass(frozen=True)
class Commit:
    """One committed state of the index: everything a reader needs, nothing it must guess."""

    id: str
    store: str
    generation: int
    schema: int
    extractors: str
    files: dict[str, list] = field(default_factory=dict)
    """File name in the store -> [size, digest]."""
    counts: dict[str, int] = field(default_factory=dict)
    """Documents per kind (article, quote, event), as verified at commit."""
    side: dict[str, str] = field(default_factory=dict)
    """Side file role (records, quotes, speakers) -> file name in the store."""
    format: int = COMMIT_FORMAT
    partial: bool = False
    """A checkpoint of a build that has not finished: what it holds is exact, but
    files are still to be read (the records mark them so the next run reads them)."""
    corpus: list[str] = field(default_factory=list)
    """The resolved corpus paths it was built from, so that an index folder shared
    by two corpora never answers for the other one (empty: written before this was kept)."""

    def other_corpus(self, roots: list[str]) -> bool:
        """True when this is the index of another corpus than the one at `roots`."""
        return bool(self.corpus) and self.corpus != roots

    def store_dir(self, index_dir: Path) -> Path:
        return index_dir / self.store


def new_id() -> str:
    return uuid.uuid4().hex


def read_commit(index_dir: Path) -> Commit | None:
    """The last commit, None when there is none; raises `IndexDamagedError` when unreadable."""
    path = index_dir / COMMIT
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IndexDamagedError(f"{path}: cannot be read ({exc.strerror})") from exc
    try:
        record = json.loads(data)
        commit = Commit(**record)
        valid = (
            commit.format == COMMIT_FORMAT
            and commit.store.startswith(STORE_PREFIX)
            and "/" not in commit.store
            and all(isinstance(v, list) and len(v) == 2 for v in commit.files.values())
            and isinstance(commit.partial, bool)
            and isinstance(commit.corpus, list)
            and all(isinstance(root, str) for root in commit.corpus)
            and all("/" not in name for name in commit.files)
            and toc_name(commit.generation) in commit.files
        )
    except (ValueError, TypeError):
        valid = False
    if not valid:
        raise IndexDamagedError(f"{path}: damaged (not a commit record)")
    return commit


def commit_identity(index_dir: Path) -> tuple[int, int, int] | None:
    """Changes whenever a new commit replaces the last one: a cheap test for readers."""
    try:
        st = (index_dir / COMMIT).stat()
    except OSError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


# -- durable writes -------------------------------------------------------------


def fsync_path(path: Path) -> None:
    """Push a file or folder to disk; a folder's entry is what makes a rename durable."""
    flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_durable(path: Path, data: bytes) -> None:
    """Write a file whole or not at all, and on disk when this returns."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_path(path.parent)


def digest_file(path: Path) -> str:
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def describe_os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EDQUOT:
        return "the disk quota is exceeded"
    return exc.strerror or str(exc)


# -- generations ----------------------------------------------------------------


class PinnedIndex(FileIndex):
    """A Whoosh index opened at one generation, not at the newest TOC in the folder.

    A writer may have written a newer TOC that is not committed yet (or never
    will be, if it was killed); readers and the next writer must not see it.

    Whoosh's TOC is a pickle, and Whoosh reads it again from disk for every
    new searcher or writer. So it is read once, checked against the size and
    digest its commit recorded (`committed`), and only those bytes, held in
    memory, are ever unpickled: a TOC changed on disk after the index was
    opened is never read, and one changed before is damage, found before a
    byte of it is unpickled.
    """

    def __init__(
        self, storage: FileStorage, generation: int, committed: list | None = None
    ) -> None:
        self.storage = storage
        self._schema = None
        self.indexname = INDEX_NAME
        self.generation = generation
        self._toc = RamStorage()
        name = toc_name(generation)
        self._toc.files[name] = _checked_bytes(Path(storage.folder) / name, committed)
        self._read_toc()

    def latest_generation(self) -> int:
        return self.generation

    def _read_toc(self):
        return TOC.read(self._toc, self.indexname, gen=self.generation, schema=self._schema)


def _checked_bytes(path: Path, committed: list | None) -> bytes:
    """A file's bytes, once they match the [size, digest] committed for it (if any)."""
    data = path.read_bytes()
    if committed is not None:
        size, digest = committed
        if len(data) != size:
            raise IndexDamagedError(f"{path}: damaged ({len(data)} bytes, {size} committed)")
        if hashlib.blake2b(data, digest_size=16).hexdigest() != digest:
            raise IndexDamagedError(f"{path}: damaged (its content changed since it was committed)")
    return data


def toc_name(generation: int) -> str:
    return TOC._filename(INDEX_NAME, generation)


def generation_files(store: Path, generation: int, segment_ids: Iterable[str]) -> list[str]:
    """The Whoosh files one generation reads: its TOC and its segments' files."""
    wanted = set(segment_ids)
    names = [toc_name(generation)]
    for name in os.listdir(store):
        match = _SEGMENT.match(name)
        if match and match.group(1) in wanted:
            names.append(name)
    return sorted(names)


def describe_files(store: Path, names: Iterable[str], known: dict[str, list]) -> dict[str, list]:
    """[size, digest] per file, synced to disk; files already committed keep their digest."""
    described = {}
    for name in names:
        path = store / name
        if name in known and path.stat().st_size == known[name][0]:
            described[name] = known[name]
            continue
        fsync_path(path)
        described[name] = [path.stat().st_size, digest_file(path)]
    fsync_path(store)
    return described


def damage(index_dir: Path, commit: Commit, *, full: bool | None = None) -> list[str]:
    """What is wrong with the committed files, one line each; empty when all is intact.

    `full` hashes every file; by default only when the index is small enough
    for that to be quick, otherwise sizes are checked and only small files hashed.
    """
    store = commit.store_dir(index_dir)
    if full is None:
        full = sum(size for size, _d in commit.files.values()) <= FULL_CHECK_BYTES
    found = []
    for name, (size, digest) in sorted(commit.files.items()):
        path = store / name
        try:
            actual = path.stat().st_size
            if actual != size:
                found.append(f"{path}: damaged ({actual} bytes, {size} committed)")
            elif (full or size < 1 << 20) and digest_file(path) != digest:
                found.append(f"{path}: damaged (its content changed since it was committed)")
        except FileNotFoundError:
            found.append(f"{path}: missing")
        except OSError as exc:
            found.append(f"{path}: cannot be read ({exc.strerror})")
    return found


def interrupted(index_dir: Path, commit: Commit | None) -> bool:
    """True when a writer left a store no commit names: a build was killed before its
    first commit (read without the lock, so a build running now looks the same)."""
    keep_store = commit.store if commit else None
    return any(
        entry.startswith(STORE_PREFIX) and entry != keep_store for entry in _listdir(index_dir)
    )


def remove_uncommitted(index_dir: Path, commit: Commit | None) -> None:
    """Delete what an interrupted writer left: files and stores no commit names.

    Run under the write lock only. Without it, a stray TOC newer than the
    commit would become the base of the next update.
    """
    keep_store = commit.store if commit else None
    for entry in _listdir(index_dir):
        path = index_dir / entry
        if entry.startswith(STORE_PREFIX) and entry != keep_store:
            shutil.rmtree(path, ignore_errors=True)
        elif entry.startswith(".") and entry.endswith(".tmp"):
            with contextlib.suppress(OSError):
                path.unlink()
    if commit is None:
        return
    store = commit.store_dir(index_dir)
    for entry in _listdir(store):
        if entry not in commit.files:
            path = store / entry
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    path.unlink()


def remove_legacy(index_dir: Path) -> None:
    for name in LEGACY_NAMES:
        path = index_dir / name
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        elif path.exists():
            with contextlib.suppress(OSError):
                path.unlink()


def _listdir(path: Path) -> list[str]:
    try:
        return os.listdir(path)
    except OSError:
        return []


def write_commit(index_dir: Path, commit: Commit) -> None:
    write_durable(index_dir / COMMIT, json.dumps(asdict(commit)).encode())


def open_committed(index_dir: Path, commit: Commit) -> PinnedIndex:
    store = commit.store_dir(index_dir)
    # Read without mmap: Whoosh maps each whole segment file and the pages it
    # touches count as the process's memory (about 1 GB at 100k articles).
    storage = FileStorage(str(store), supports_mmap=False, readonly=True)
    return PinnedIndex(storage, commit.generation, commit.files.get(toc_name(commit.generation)))


def side_path(index_dir: Path, commit: Commit, role: str) -> Path | None:
    name = commit.side.get(role)
    return commit.store_dir(index_dir) / name if name else None


def read_side(index_dir: Path, commit: Commit, role: str):
    """A side file's JSON, checked against its committed digest; None when absent."""
    path = side_path(index_dir, commit, role)
    if path is None:
        return None
    size, digest = commit.files.get(path.name, (None, None))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IndexDamagedError(f"{path}: cannot be read ({exc.strerror})") from exc
    if len(data) != size or hashlib.blake2b(data, digest_size=16).hexdigest() != digest:
        raise IndexDamagedError(f"{path}: damaged (its content changed since it was committed)")
    try:
        # File names that are not UTF-8 are written back as the bytes they were.
        return json.loads(data.decode("utf-8", "surrogateescape"))
    except ValueError as exc:
        raise IndexDamagedError(f"{path}: damaged ({exc})") from exc
