"""Where indexes live.

The bundled corpus is read-only once installed, and a user's corpus folder is
theirs, so indexes go in a per-user cache folder keyed by the resolved corpus
paths and the index format version: a format change never reads an old index.
Every location is overridable (option or environment variable) from here only.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import platformdirs

SCHEMA_VERSION = 6
"""Bump whenever the index schema or the extractors' output changes meaning."""

CACHE_ENV = "NEWSEXPLORE_CACHE_DIR"
INDEX_ENV = "NEWSEXPLORE_INDEX_DIR"


def bundled_seeds() -> Path:
    """The sample corpus shipped with the package.

    `seeds/` sits beside `search/` both in the source tree (editable install)
    and in the wheel (`newsexplore/seeds`), so one relative path serves both.
    """
    return Path(__file__).resolve().parent.parent / "seeds"


def cache_root() -> Path:
    """The folder holding every corpus's index, unless an environment variable moves it."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir("newsexplore"))


def corpus_key(corpus_paths: Sequence[Path]) -> str:
    """A short stable hash of the resolved corpus paths, order-independent."""
    resolved = sorted(str(Path(p).resolve()) for p in corpus_paths)
    return hashlib.sha256("\n".join(resolved).encode()).hexdigest()[:16]


def default_index_dir(corpus_paths: Sequence[Path]) -> Path:
    """The index folder for a corpus: `$NEWSEXPLORE_INDEX_DIR` or one under the cache root."""
    override = os.environ.get(INDEX_ENV)
    if override:
        return Path(override)
    return cache_root() / f"index-v{SCHEMA_VERSION}-{corpus_key(corpus_paths)}"
