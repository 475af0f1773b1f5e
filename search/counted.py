"""What an inferred (≈) date was counted from, in the words every front end shows.

A fact-checker weighs "yesterday ≈ 2024-04-30" by what it was counted from: a
day someone gave for the run, a folder's settings file, a date the story
itself tells, or the year most of the corpus was published in. The command
line's columns, the `article` command, a copied or marked date's citation, and
the app's reader and timeline say it alike because they all say it through here.
It imports only `models`, so the store's citations can use it too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import PurePath

from .models import Event

__all__ = ["counted_from_note", "counted_from_text", "dates_counted_from"]


def counted_from_text(event: Event, text: str | None = None, *, brief: bool = False) -> str:
    """What one inferred date was counted from: `2024-05-01 (--reference-date)`, `1987
    (the corpus's usual year)`, `1987-03-03 (its own date, at 120)`; "" for a date not
    inferred, or kept by a version that did not record it. Given the article's `text`,
    the story's own date is named in its words (`its own date "March 3, 1987"`), as a
    reader finds it on the page rather than by its offset. `brief` names a settings
    file by its folder and name alone (the name says what it is), for a one-line row: a whole path pushed the file's
    name and line out of sight at 80 columns."""
    kind, date = event.counted_from, event.counted_date
    if kind == "own-date":
        if not date:
            return "its own dates"
        start, _dash, end = event.counted_where.partition("-")
        if not start:
            return f"{date} (its own date)"
        if text is not None and start.isdigit() and end.isdigit():
            words = " ".join(text[int(start) : int(end)].split())
            return f'{date} (its own date "{words}", at {start})'
        return f"{date} (its own date, at {start})"
    if kind == "fiscal":
        return "a fiscal period (its calendar months are the company's to say)"
    return f"{date} ({_source(event, brief=brief)})" if kind else ""


def counted_from_note(event: Event, text: str | None = None, *, brief: bool = False) -> str:
    """The words after an inferred date's value: `counted from 2024-05-01
    (--reference-date)`, or what a fiscal period is; "" when there is nothing to say."""
    said = counted_from_text(event, text, brief=brief)
    if not said or event.counted_from == "fiscal":
        return said
    return f"counted from {said}"


def _source(event: Event, *, brief: bool = False) -> str:
    kind, where = event.counted_from, event.counted_where
    if kind == "settings":
        path, _colon, line = where.rpartition(":")
        if brief and path:
            return f"{'/'.join(PurePath(path).parts[-2:])}, line {line}"
        return f"settings file {path}, line {line}" if path else "a settings file"
    if kind == "published":
        return "its publication year" if len(event.counted_date) == 4 else "its publication month"
    return {
        "reference-date": "--reference-date",
        "usual-year": "the corpus's usual year",
    }.get(kind, "the reference date")


def _reference(event: Event) -> str:
    """One source as an article's summary names it: the dates its own dates gave are one."""
    kind, date = event.counted_from, event.counted_date
    if kind == "own-date":
        return "its own dates"
    if kind == "usual-year":
        return f"the corpus's usual year {date}"
    if kind == "published":
        return f"{_source(event)} {date}"
    return counted_from_text(event)


def dates_counted_from(events: Iterable[Event]) -> str:
    """What an article's inferred dates were counted from, the most used source first:
    `3 dates ≈ counted from 2024-05-01 (--reference-date), 1 from its own dates`.
    "" when none was counted from a date (a fiscal period is inferred, not counted)."""
    sources = Counter(
        _reference(e) for e in events if e.inferred and e.counted_from not in ("", "fiscal")
    )
    parts = []
    for i, (source, count) in enumerate(sources.most_common()):
        dates = f"{count} date{'s' * (count != 1)} ≈ counted" if i == 0 else str(count)
        parts.append(f"{dates} from {source}")
    return ", ".join(parts)
