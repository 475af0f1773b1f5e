"""The index folders an index root holds: which one a corpus opens, and which can go.

An index root (the cache folder, `--index-dir` or `$NEWSEXPLORE_INDEX_DIR`) holds
one folder per corpus, named by `paths.index_folder_name`, so corpora that share
a root never replace or wait for each other's index. Earlier versions kept one
corpus's index at the top of an `--index-dir` itself; that index is still opened
for the corpus its commit names, in place, so nothing already built is read again
(the user's marks and corrections were never in it: they live in the user store).

Indexes of corpora that are gone, or of an older index format, are only disk
space: `held_indexes` lists what a root holds and `remove_index` takes one away,
never one an update is writing.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..errors import IndexDamagedError, IndexLockedError
from ..paths import INDEX_PREFIX, SCHEMA_VERSION, corpus_roots, default_index_dir, index_root
from . import commits as st
from .update import open_lock, try_lock, update_running

__all__ = ["HeldIndex", "IndexState", "held_indexes", "index_dir_for", "remove_index"]

IndexState = Literal["present", "gone", "older", "newer", "unknown"]
"""Its corpus is there; a path of its corpus no longer exists; an older or a newer
index format than this version reads; nothing says which corpus (no committed index)."""

_VERSION = re.compile(rf"^{re.escape(INDEX_PREFIX)}(\d+)-")


@dataclass(frozen=True)
class HeldIndex:
    """One index in an index root, as `newsexplore index --list` shows it."""

    path: Path
    state: IndexState
    corpus: tuple[str, ...] = ()
    """The resolved corpus paths its commit names; empty when unknown."""
    articles: int = 0
    building: bool = False
    """An update holds its lock now: it is never removed."""
    top_level: bool = False
    """Kept at the top of the root by an earlier version, not in a folder of its own."""
    partial: bool = False
    """Committed by a build stopped before its end: it holds only part of its corpus."""

    @property
    def removable(self) -> bool:
        return self.state in ("gone", "older") and not self.building


def index_dir_for(corpus_paths: Sequence[Path], root: Path | None = None) -> Path:
    """Where the index of a corpus lives under `root` (default: `paths.index_root()`).

    Its own folder, unless the root itself holds this corpus's index, as an
    `--index-dir` did before each corpus had a folder: that one is opened in
    place rather than built again (a large corpus takes minutes).
    """
    root = root or index_root()
    own = default_index_dir(corpus_paths, root)
    if not own.exists() and _top_commit_corpus(root) == corpus_roots(corpus_paths):
        return root
    return own


def _top_commit_corpus(root: Path) -> list[str] | None:
    try:
        commit = st.read_commit(root)
    except IndexDamagedError:
        return None
    return commit.corpus if commit is not None and commit.corpus else None


def held_indexes(root: Path | None = None) -> list[HeldIndex]:
    """Every index in `root`, the one an earlier version kept at its top first."""
    root = root or index_root()
    try:
        names = sorted(os.listdir(root))
    except OSError:
        return []
    found = []
    if st.COMMIT in names or any(name.startswith(st.STORE_PREFIX) for name in names):
        found.append(_describe(root, top_level=True))
    for name in names:
        if _VERSION.match(name) and (root / name).is_dir():
            found.append(_describe(root / name))
    return found


def _describe(path: Path, *, top_level: bool = False) -> HeldIndex:
    building = update_running(path)
    try:
        commit = st.read_commit(path)
    except IndexDamagedError:
        commit = None
    named = _VERSION.match(path.name) if not top_level else None
    version = int(named.group(1)) if named else commit.schema if commit else SCHEMA_VERSION
    corpus = tuple(commit.corpus) if commit else ()
    articles = commit.counts.get("article", 0) if commit else 0
    if version != SCHEMA_VERSION:
        state: IndexState = "older" if version < SCHEMA_VERSION else "newer"
    elif not corpus:
        state = "unknown"
    elif not all(Path(p).exists() for p in corpus):
        state = "gone"
    else:
        state = "present"
    partial = bool(commit and commit.partial)
    return HeldIndex(path, state, corpus, articles, building, top_level, partial)


def remove_index(held: HeldIndex) -> None:
    """Delete one index, under its update lock so no update is writing it meanwhile.

    Raises `IndexLockedError` when an update holds the lock. Of an index kept at
    the top of a root, only the index's own files go: the root may hold others.
    """
    handle = open_lock(held.path)
    try:
        if not try_lock(handle):
            raise IndexLockedError(f"{held.path}: an update is writing this index; not removed")
        if not held.top_level:
            shutil.rmtree(held.path, ignore_errors=True)
            return
        for name in os.listdir(held.path):
            if name.startswith(st.STORE_PREFIX) or name in st.LEGACY_NAMES:
                shutil.rmtree(held.path / name, ignore_errors=True)
        for name in (st.COMMIT, *st.LEGACY_NAMES, st.LOCK):
            with contextlib.suppress(OSError):
                (held.path / name).unlink()
    finally:
        handle.close()
