"""Where indexes and the user's own data live.

The bundled corpus is read-only once installed, and a user's corpus folder is
theirs, so indexes go in a per-user cache folder keyed by the resolved corpus
paths and the index format version: a format change never reads an old index.
What the user adds (marks, notes, search history) cannot be rebuilt, so it goes
in the user data folder instead, keyed by the same corpus paths but not by the
index format: a rebuild or a moved index never touches it.
Every location is overridable (option or environment variable) from here only.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import platformdirs

SCHEMA_VERSION = 15
"""Bump whenever the index schema changes; extraction changes are caught by
`extractor_fingerprint` without a bump."""

EXTRACTION_PACKAGES = ("corpus", "quotes", "speakers", "dates")
"""The packages whose code shapes what an index stores (articles, quotes, speakers,
dates). `index/` only stores and queries it, so its changes need no re-read."""

APPLIED_WHEN_READ = frozenset({"speakers/corrections.py", "dates/typed.py"})
"""Modules of those packages that never shape what an index stores, so their changes
need no re-read: they run over an index as it is read (the user's speaker corrections)
or read what the user types (a date to jump to, `--around`). No extraction code calls
them (`tests/test_index_fingerprint.py`)."""

CACHE_ENV = "NEWSEXPLORE_CACHE_DIR"
INDEX_ENV = "NEWSEXPLORE_INDEX_DIR"
DATA_ENV = "NEWSEXPLORE_DATA_DIR"
STORE_ENV = "NEWSEXPLORE_STORE"


@functools.cache
def extractor_fingerprint() -> str:
    """A digest of the code that turns article text into quotes, speakers and dates.

    An index stores what extraction produced, so better rules would never reach
    articles already indexed: each commit records this digest, and an update that
    finds another one re-reads the whole corpus. Hashing the source rather than
    keeping a number means no change to the rules can forget to bump it.
    """
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    modules = [
        here / "models.py",
        here / "index" / "documents.py",
        here / "index" / "extraction.py",
        here / "index" / "sortdays.py",
    ]
    for package in EXTRACTION_PACKAGES:
        found = sorted((here / package).glob("*.py"))
        modules.extend(m for m in found if f"{package}/{m.name}" not in APPLIED_WHEN_READ)
    for module in modules:
        digest.update(module.relative_to(here).as_posix().encode())
        digest.update(module.read_bytes())
    return digest.hexdigest()[:16]


def bundled_seeds() -> Path:
    """The sample corpus shipped with the package.

    `seeds/` sits beside `search/` both in the source tree (editable install)
    and in the wheel (`newsexplore/seeds`), so one relative path serves both.
    """
    return Path(__file__).resolve().parent.parent / "seeds"


def cache_root() -> Path:
    """The per-user cache folder, unless an environment variable moves it."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir("newsexplore"))


def corpus_roots(corpus_paths: Sequence[Path]) -> list[str]:
    """The corpus paths resolved and sorted: one corpus however its paths were spelled."""
    return sorted(str(Path(p).resolve()) for p in corpus_paths)


def corpus_key(corpus_paths: Sequence[Path]) -> str:
    """A short stable hash of the resolved corpus paths, order-independent."""
    return hashlib.sha256("\n".join(corpus_roots(corpus_paths)).encode()).hexdigest()[:16]


INDEX_PREFIX = "index-v"
"""How every index folder's name starts: the format version, then the corpus key."""


def index_root() -> Path:
    """The folder holding one index folder per corpus: `$NEWSEXPLORE_INDEX_DIR` or the cache root."""
    override = os.environ.get(INDEX_ENV)
    return Path(override) if override else cache_root()


def index_folder_name(corpus_paths: Sequence[Path]) -> str:
    """The name of a corpus's index folder, the same in every index root and on every run."""
    return f"{INDEX_PREFIX}{SCHEMA_VERSION}-{corpus_key(corpus_paths)}"


def default_index_dir(corpus_paths: Sequence[Path], root: Path | None = None) -> Path:
    """The index folder of a corpus under `root` (default: `index_root()`).

    Each corpus has its own, so giving one root to several corpora (an
    `--index-dir` or `$NEWSEXPLORE_INDEX_DIR` set once for every corpus) never
    makes one corpus's build replace, or wait for, another's. `index.folders`
    adds the index kept at the top of a root by earlier versions.
    """
    return (root or index_root()) / index_folder_name(corpus_paths)


def data_root() -> Path:
    """The folder holding every corpus's user store, unless an environment variable moves it."""
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir("newsexplore"))


def default_store_path(corpus_paths: Sequence[Path]) -> Path:
    """The user store of a corpus: `$NEWSEXPLORE_STORE` or one file under the data root."""
    override = os.environ.get(STORE_ENV)
    if override:
        return Path(override)
    return data_root() / f"corpus-{corpus_key(corpus_paths)}.sqlite3"
