"""The reference dates undated articles are read against.

An undated story's "last week" means nothing until someone says when it was
written. A user says so for one run (`--reference-date`), or for a whole
folder in a small settings file beside its articles, `newsexplore.cfg`:

    # Articles in this folder (and below) were written around this day.
    date: 2024-05-01

One `key: value` a line; `#` starts a comment; `date` is the only key so far.
It may name a month (`date: 1987-03`) or a year (`date: 1987`) when that is all
anyone knows: then only what is the same whichever day of it an article was
written resolves ("last year", "next month"), and "yesterday" stays unresolved.
`--reference-date` takes the same three forms, read by the same function
(`read_reference_date`), so a value that works in one works in the other.
The file nearest an article (its folder, then the folders above it up to the
corpus folder) applies; a date given for the run applies to every undated
article and wins over the files. A file that cannot be read is reported as a
problem naming its line, and ignored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..models import Period, Problem

__all__ = [
    "SETTINGS_NAME",
    "GivenDate",
    "ReferenceDates",
    "find_reference_dates",
    "read_reference_date",
]

SETTINGS_NAME = "newsexplore.cfg"


@dataclass(frozen=True)
class GivenDate:
    """A reference date and where the user gave it, so a date counted from it can say so."""

    period: Period
    file: str = ""
    """The settings file it is written in (absolute); "" for the run's `--reference-date`."""
    line: int = 0
    """The line of that file, from 1."""

    @property
    def where(self) -> str:
        """`file:line`, or "" for the run's date."""
        return f"{self.file}:{self.line}" if self.file else ""


@dataclass(frozen=True)
class ReferenceDates:
    """Where undated articles take their reference date from."""

    run: Period | None = None
    """The day, month or year given for this run; applies everywhere."""
    folders: tuple[tuple[str, Period, int], ...] = ()
    """(absolute folder, period, its line in the folder's settings file) from the settings
    files, deepest folders first."""
    problems: tuple[Problem, ...] = ()

    def for_file(self, path: str) -> Period | None:
        """The reference period for articles read from the file at `path` (absolute)."""
        given = self.given_for(path)
        return None if given is None else given.period

    def given_for(self, path: str) -> GivenDate | None:
        """The reference for articles read from the file at `path` (absolute), and where
        it was given."""
        if self.run is not None:
            return GivenDate(self.run)
        for folder, period, line in self.folders:
            if path.startswith(folder + os.sep):
                return GivenDate(period, os.path.join(folder, SETTINGS_NAME), line)
        return None

    @property
    def key(self) -> str:
        """Changes whenever any article's reference date may change."""
        if self.run is None and not self.folders:
            return ""
        # A day is keyed as the date it was before a month or a year could be given
        # for the run, so an index read with `--reference-date 2024-06-12` is not read again.
        run = self.run.first if self.run is not None and self.run.is_day else self.run
        text = repr((run, self.folders))
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def read_reference_date(text: str) -> Period:
    """A reference date as a user writes it, in a settings file or on the command line:
    `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Both places read it here, so they cannot come to
    accept different forms. ValueError, saying what is wrong, for anything else."""
    return Period.read(text)


def find_reference_dates(
    corpus_paths: Sequence[Path], run: Period | dt.date | None = None
) -> ReferenceDates:
    """Read the settings files in the corpus folders; `run` is the date given for this run."""
    if isinstance(run, dt.date):
        run = Period.of_day(run)
    folders: list[tuple[str, Period, int]] = []
    problems: list[Problem] = []
    for folder in _folders(corpus_paths):
        path = os.path.join(folder, SETTINGS_NAME)
        if os.path.isfile(path):
            given = _read_settings(Path(path), problems)
            if given is not None:
                folders.append((folder, *given))
    folders.sort(key=lambda item: len(item[0]), reverse=True)
    return ReferenceDates(run, tuple(folders), tuple(problems))


def _folders(corpus_paths: Sequence[Path]) -> Iterator[str]:
    """Every real folder under the corpus folders, each once, links and hidden ones left out.

    A loop, a link or a folder thousands deep must not stop an index build
    over a setting: the walk keeps its own stack and skips what it cannot list.
    """
    seen: set[tuple[int, int]] = set()
    stack = [os.path.realpath(path) for path in corpus_paths if os.path.isdir(path)]
    while stack:
        folder = stack.pop()
        try:
            status = os.stat(folder)
            with os.scandir(folder) as listing:
                entries = [e for e in listing if not e.name.startswith(".")]
        except OSError:
            continue
        if (status.st_dev, status.st_ino) in seen:
            continue
        seen.add((status.st_dev, status.st_ino))
        yield folder
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
            except OSError:
                continue


def _read_settings(path: Path, problems: list[Problem]) -> tuple[Period, int] | None:
    """The date the file gives and its line (the last such line, as a later one wins)."""
    try:
        # utf-8-sig: Windows Notepad starts a UTF-8 file with a byte-order mark.
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(str(path), f"cannot read settings ({exc})", kind="settings"))
        return None
    day = None
    for number, line in enumerate(lines, 1):
        content = line.split("#", 1)[0].strip()
        if not content:
            continue
        key, colon, value = content.partition(":")
        if not colon or key.strip().lower() != "date":
            problems.append(
                Problem(
                    str(path),
                    f"expected 'date: YYYY-MM-DD' (or YYYY-MM, YYYY), got {content!r}",
                    number,
                    kind="settings",
                )
            )
            continue
        try:
            given = (read_reference_date(value), number)
        except ValueError as exc:
            problems.append(Problem(str(path), str(exc), number, kind="settings"))
            continue
        if day is not None:
            said = f"this date replaces the one on line {day[1]}: the last date line is used"
            problems.append(Problem(str(path), said, number, "warning", kind="settings"))
        day = given
    return day
