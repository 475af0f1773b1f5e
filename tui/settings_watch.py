"""Noticing an edited `newsexplore.cfg` while the app runs.

The folder's settings file gives the day undated articles were written, and
their "yesterday" and "last week" count from it. A user who writes or corrects
that day with the app open expects the timeline to follow, as it does after a
restart, when the app finds the index out of date and reads again, in the
background, only the articles that count from it. The app looks at the
settings files every few seconds; when what one gives has changed (a date,
its line, a file added or removed), it says which file and updates the index
the same way.

A look walks the corpus folders (a corpus of files has none to walk). On a
corpus of many folders that takes time, so looks are spaced to take at most
`LOOK_SHARE` of the time, never less than `SETTINGS_POLL` apart.
"""

from __future__ import annotations

import time

from newsexplore.search import Library, PendingUpdate

__all__ = ["SETTINGS_POLL", "SettingsWatch", "settings_changed_notice"]

SETTINGS_POLL = 2.0
"""Seconds between looks at the settings files at least."""
LOOK_SHARE = 0.05
"""The share of the time looking may take: a look of 0.2 s waits 4 s for the next."""


class SettingsWatch:
    """What the settings files gave at the last look, and when to look again."""

    def __init__(self) -> None:
        self.seen: dict | None = None
        """Each settings file with its date and line at the last look; None before the first."""
        self.next_look = 0.0
        """`time.monotonic()` at which the next look is due."""

    def note(self, library: Library) -> None:
        """Note what the settings files give as the app opens, before it asks the index
        what it lacks: that answer covers them as they were, and the first look, which
        compares with them, catches an edit made since (while the app started, or
        before the look came round) without reading the index again."""
        self.seen = library.settings_given()

    def due(self) -> bool:
        return time.monotonic() >= self.next_look

    def look(self, library: Library) -> list[str]:
        """The settings files whose date changed, appeared or went since the last look
        or `note` (none at a first look without one, which only notes what they give)."""
        started = time.monotonic()
        now = library.settings_given()
        finished = time.monotonic()
        self.next_look = finished + max(SETTINGS_POLL, (finished - started) / LOOK_SHARE)
        before, self.seen = self.seen, now
        if before is None:
            return []
        return sorted(
            path for path in before.keys() | now.keys() if before.get(path) != now.get(path)
        )


def settings_changed_notice(files: list[str], pending: PendingUpdate) -> str:
    """What the app says when it reads the articles again for an edited settings file."""
    named = ", ".join(files)
    moved = not (pending.added or pending.changed or pending.removed)
    if pending.references and moved and not pending.redated_all:
        count = pending.redated_articles
        return (
            f"{named} changed: reading again the {count:,} undated"
            f" article{'s' * (count != 1)} it dates, in the background;"
            " the timeline shows the dates as they were meanwhile."
        )
    return (
        f"{named} changed, and the index is out of date ({pending.describe()}): updating it"
        " in the background; showing the last one committed meanwhile."
    )
