"""Errors `search` raises for front ends to show as one line.

Each carries enough (file, line, what is wrong) that the CLI prints it to
stderr and exits non-zero, and the TUI shows it as a notification and goes on.
"""

from __future__ import annotations


class NewsExploreError(Exception):
    """Base of every error meant for a user, not a traceback."""


class StoreError(NewsExploreError):
    """The user's store could not save a change: nothing of it was kept."""


class CorpusPathError(NewsExploreError):
    """A corpus path that does not exist or cannot be read."""


class IndexLockedError(NewsExploreError):
    """Another process is writing the index and did not finish in time."""


class IndexUnusableError(NewsExploreError):
    """The index folder exists but cannot be opened or written."""


class IndexDamagedError(IndexUnusableError):
    """A committed index file is missing or no longer what was written; a rebuild repairs it."""


class IndexIncompleteError(IndexUnusableError):
    """An update could not commit every article it meant to; the previous index is kept."""
