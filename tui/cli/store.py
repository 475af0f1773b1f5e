"""The user store a command reads or writes: the corpus's own, or the one named.

The app and the commands share one store per corpus (marks, notes, tags, speaker
corrections); `marks` and the correction verbs open it alike, and one that had
to be set aside, or cannot be saved to, is said in one line.
"""

from __future__ import annotations

import os
from pathlib import Path

from newsexplore.search import Library, StoreError, UserStore

from .common import warn

__all__ = ["STORE_ENV", "open_store"]

STORE_ENV = "NEWSEXPLORE_STORE"


def open_store(
    library: Library, path: Path | None, *, writing: bool = False, quiet: bool = False
) -> UserStore:
    """The corpus's store; a store that had to be set aside is reported on stderr.

    With `quiet`, a store that cannot be saved to is not reported: the command
    that is about to save says so itself, in its one line.

    With `writing`, a store that could only be kept in memory, or is read-only, is
    an error (`StoreError`, exit 1): what the command was asked to save would be lost.
    """
    env = os.environ.get(STORE_ENV)
    store = UserStore.for_corpus(library.corpus_paths, path or (Path(env) if env else None))
    if writing:
        store.require_file()
    if store.problem and not (quiet and not _saves(store)):
        warn(store.problem, one_line=True)
    return store


def _saves(store: UserStore) -> bool:
    try:
        store.require_file()
    except StoreError:
        return False
    return True
