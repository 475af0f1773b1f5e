"""The plain values that cross from `search` to every front end.

They are frozen dataclasses carrying character offsets into `Article.text`, so
that the TUI and the CLI never hold Whoosh objects and a jump to a quote or an
event is exact.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal, get_args

SpeakerKind = Literal["person", "organisation"]
Evidence = Literal["named", "pronoun", "description", "subject", "continued", "none", "user"]
"""How a quotation's speaker was found: named at the cue, through a pronoun or a
description, as the sentence's subject with no speech verb, carried on from an
earlier quotation, not at all, or given by the user."""
Confidence = Literal["high", "medium", "low", "none"]
EventKind = Literal["published", "mentioned"]
CountedFrom = Literal[
    "", "reference", "reference-date", "settings", "published", "own-date", "usual-year", "fiscal"
]
"""What an inferred date was counted from (see `Event.counted_from`)."""
Precision = Literal[
    "day", "week", "weekend", "month", "quarter", "season", "year", "decade", "unknown"
]


@dataclass(frozen=True)
class Span:
    """A half-open character range `[start, end)` in an article's text."""

    start: int
    end: int
    label: str = ""
    """What the span is, e.g. `headline`, `byline`, `read-more`, `photo-credit`."""


def published_value(day: dt.date | None, precision: str = "day") -> str:
    """A publication date as precise as its source gave it: `2025-12-08`, `2025-12`, `2025`.

    An article published "2025-12" holds the month's first day in `date`;
    written out as that day, it would be cited with a day nobody gave. "" when
    there is no date.
    """
    if day is None:
        return ""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


_PERIOD = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True)
class Period:
    """A day, month or year a user gave ("1987-03-02", "1987-03", "1987"): the days it spans.

    A range bound is the period's first day when it starts a range and its last
    when it ends one, so `--to 1987` keeps all of December; a month given as the
    time a folder's articles were written says no more than the month.
    """

    first: dt.date
    last: dt.date

    @classmethod
    def read(cls, text: str) -> Period:
        """The period written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; ValueError for anything else."""
        m = _PERIOD.fullmatch(text.strip())
        if m is None:
            raise ValueError(f"not a date (use YYYY-MM-DD, YYYY-MM or YYYY): {text.strip()!r}")
        year, month, day = (int(part) if part else None for part in m.groups())
        if year == 0:  # the calendar goes from 1 BC to AD 1
            raise ValueError(f"not a date (no year 0): {text.strip()!r}")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"not a date (no month {month}): {text.strip()!r}")
        try:
            if day is not None:
                return cls.of_day(dt.date(year, month, day))
            if month is not None:
                first = dt.date(year, month, 1)
                return cls(first, dt.date(year, month, calendar.monthrange(year, month)[1]))
            return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))
        except ValueError:
            raise ValueError(f"not a date (no such day): {text.strip()!r}") from None

    @classmethod
    def of_day(cls, day: dt.date) -> Period:
        return cls(day, day)

    @property
    def is_day(self) -> bool:
        return self.first == self.last

    def __str__(self) -> str:
        """As a user writes it (`1987-03-02`, `1987-03`, `1987`), so a message or a command
        to paste names the period that was given."""
        first, last = self.first, self.last
        if self.is_day:
            return first.isoformat()
        if first == dt.date(first.year, 1, 1) and last == dt.date(first.year, 12, 31):
            return f"{first.year:04d}"
        month_end = calendar.monthrange(first.year, first.month)[1]
        if first.day == 1 and last == first.replace(day=month_end):
            return first.strftime("%Y-%m")
        return f"{first.isoformat()}/{last.isoformat()}"


@dataclass(frozen=True)
class Article:
    """One news article as loaded and normalised."""

    id: str
    """The record's own id when it has one, else a stable id from its path (and record number)."""
    title: str
    text: str
    """The body as written (metadata headers removed); all offsets point into it."""
    date: dt.date | None = None
    """Publication date, or None when the article gives none (never today, never the mtime)."""
    source: str = ""
    author: str = ""
    url: str = ""
    path: str = ""
    """The file it came from, relative to its corpus root."""
    line: int | None = None
    """Line (JSONL/CSV) or record number (JSON) inside `path`, for records."""
    boilerplate: tuple[Span, ...] = ()
    """Spans that are not the article's own prose (headline, byline, "Read more:", credits).

    The reader shows them dimmed; extractors skip them.
    """
    paragraphs: tuple[Span, ...] = ()
    """Paragraph spans, split on blank lines or single newlines."""
    time: str = ""
    """Publication time and zone as given (ISO), when the source had one."""
    date_precision: Precision = "day"
    """How much of `date` the source gave: `month` or `year` when it gave no day
    (`2025-12`, `2025`), `date` then being the period's first day."""
    slash_day_first: bool | None = None
    """How the file the article came from writes slash dates (`03/04/2024`): day first
    (True) or month first (False), so its text reads them as its date field does; None
    when no file says (each then read as the day nearer the article's date)."""
    misdecoded: tuple[str, ...] = ()
    """Fields ("title", "text", ...) whose characters had been mis-decoded before they
    reached the corpus ("PeÃ±a") and were repaired on reading ("Peña"): what is shown,
    searched and cited is the repaired text, which the file does not hold as such."""


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who said it."""

    article_id: str
    start: int
    end: int
    """Offsets of the quoted words (inside the marks) in the article text."""
    text: str
    speaker: str | None = None
    """The speaker's name as resolved in this article (full form), or None if unknown."""
    speaker_id: str | None = None
    """Corpus-wide speaker id, filled in when speakers are merged across articles."""
    mention: str | None = None
    """How the text refers to the speaker here (`he`, `the Prime Minister`, `Sir Keir`)."""
    cue: str | None = None
    """The verb or phrase that attributes it (`said`, `added`, `went on`, `read`, `told`)."""
    partial: bool = False
    """True for a fragment quoted inside reported speech."""
    speaker_kind: SpeakerKind = "person"
    roles: tuple[str, ...] = ()
    """Roles and descriptions of the speaker seen in this article."""
    group: str | None = None
    """Id shared by identical or near-identical quotes in different articles."""
    evidence: Evidence = "none"
    """How the speaker was found, so a reader can tell a name at the cue from a guess."""
    confidence: Confidence = "none"
    """`high` for a name at the cue; `medium` for a pronoun or description the text
    ties closely; `low` for a guess from nearness or sentence shape; `none` when
    there is no speaker."""
    basis: str = ""
    """The words the speaker was resolved through: `he → Tony Blair, 2 sentences earlier`."""
    checked: bool = False
    """The user has checked this attribution (or given the speaker themselves)."""
    antecedent: str | None = None
    """The name a pronoun or description points back to, as the text writes it there
    (`Baker` for a `he`): splitting that name off its speaker takes this quote too."""

    @property
    def id(self) -> str:
        """Names one quote for a user or a script (`quotes assign ID SPEAKER`): its
        article and where it starts, which extraction keeps across re-indexing."""
        return f"{self.article_id}@{self.start}"


@dataclass(frozen=True)
class Speaker:
    """One person or organisation quoted anywhere in the corpus, aliases merged."""

    id: str
    name: str
    kind: SpeakerKind = "person"
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    quote_count: int = 0
    article_count: int = 0


CorrectionKind = Literal["merge", "unmerge", "split", "rename", "kind", "assign", "check"]


@dataclass(frozen=True)
class Correction:
    """Something the user said about speakers, kept apart from what extraction found.

    Corrections live in the user's store and are applied, in the order they were
    made, on top of each new speaker table, so they survive re-indexing. They name
    speakers by id (a slug of the canonical name, stable while the name is) and
    quotes by article, offset and words (found again by their words if moved).
    """

    kind: CorrectionKind
    speaker: str = ""
    """merge, unmerge, split, rename, kind: the speaker's id; assign: the name of the new
    speaker."""
    value: str = ""
    """merge, unmerge: the id of the speaker merged in (or taken back out); split:
    the alias split off; rename: the new name; kind: "person" or "organisation";
    assign: the speaker name the quote had."""
    article_id: str = ""
    start: int = 0
    text: str = ""
    """assign, check: the quote's words, to find it again if its offsets move."""
    id: int = 0
    """The store's row number: the order corrections were made in."""
    original: str = field(default="", repr=False)
    """assign, check: the article's text `start` counts in, so an edit is followed
    word by word ('' for one made before texts were kept: found only where it was)."""
    names: str = field(default="", repr=False)
    """merge, unmerge, split, rename: JSON of each speaker id it names -> that
    speaker's name and aliases when it was made. Ids follow names, and a change in
    extraction can change a name ("Bache Securities Inc" to "Bache Securities"):
    the correction then finds its speaker again by these ('' for older ones)."""


PRESENT_REF = "PRESENT_REF"
PAST_REF = "PAST_REF"
FUTURE_REF = "FUTURE_REF"
"""TimeML values of an `Event` with no calendar date ("now", "in the past",
"in the future"), which the timeline shows apart from dated entries."""


@dataclass(frozen=True)
class Event:
    """A dated expression (or an article's publication date) tied to its sentence."""

    article_id: str
    start: int
    end: int
    expression: str
    value: str | None
    """TimeML value (`2026-01-08`, `2026-W02`, `2026-01`, `2026`), or None when unresolved."""
    precision: Precision
    kind: EventKind
    sentence_start: int = 0
    sentence_end: int = 0
    sentence: str = ""
    inferred: bool = False
    """True when part of the value (e.g. a missing year) was inferred from other articles, or
    the value is a fiscal quarter or half ("the fiscal first quarter" 1987-Q1) whose calendar
    months only the company's fiscal year would tell."""
    counted_from: CountedFrom = ""
    """What an inferred value was counted from, so a reader can judge it: a reference date
    given for the run (`reference-date`), in a folder's settings file (`settings`), or by a
    caller that does not say where (`reference`); the month or year the article was
    `published` in; a date the story itself tells (`own-date`); the corpus's `usual-year`;
    or `fiscal`, a fiscal period whose calendar months only the company's year would tell.
    "" for a date not inferred, or read by a version that did not keep this."""
    counted_date: str = ""
    """The date counted from, as written (`2024-05-01`, `1987-03`, `1987`); "" for the
    story's own dates when no one date of them can be named, and for `fiscal`."""
    counted_where: str = ""
    """Where that date is written: a settings file and its line (`/news/newsexplore.cfg:2`),
    or the story's own date as offsets into its text (`120-133`); "" otherwise."""

    @property
    def undated_article(self) -> bool:
        """An entry standing for an article with no publication date, which the
        publication dates list last: no date at all, where every other entry has one."""
        return self.kind == "published" and self.value is None


ProblemKind = Literal[
    "index",
    "unreadable",
    "partial",
    "truncated",
    "extraction",
    "store",
    "correction",
    "other",
    "repaired",
    "misdecoded",
    "encoding",
    "date",
    "date-order",
    "id",
    "settings",
    "empty",
    "skipped",
    "duplicate",
]
"""What went wrong, so that 300 duplicates do not hide the one file that could not be read."""

PROBLEM_KINDS: tuple[ProblemKind, ...] = get_args(ProblemKind)
"""Every kind, worst first: text lost, then text read in part or altered, then notes."""


@dataclass(frozen=True)
class Problem:
    """Something wrong with an input file, reported as one line and never fatal; or, of
    kind `correction`, one of the user's corrections that applies to nothing now; or, of
    kind `store`, the user's store file set aside or not writable; or, of kind `index`,
    an index that could not be brought up to date, so the last one committed is shown."""

    path: str
    message: str
    line: int | None = None
    severity: Literal["warning", "error"] = "error"
    kind: ProblemKind = "other"
    count: int = 1
    """How many problems this line stands for: more than one when a flood was cut short."""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class FileLoad:
    """What one file gave: its articles and the problems found while reading it."""

    path: str
    articles: tuple[Article, ...] = ()
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    kept: tuple[str, ...] = ()
    """Ids of records whose digest matched the caller's `known` one: not rebuilt."""
    digests: dict[str, str] = field(default_factory=dict)
    """Article id -> digest of the record as read, for the next incremental load."""
    lines: dict[str, int] = field(default_factory=dict)
    """Record id -> its line, kept and rebuilt alike, for the next incremental load."""
    moved: tuple[str, ...] = ()
    """Ids of records rebuilt only because their line moved (a line deleted or added
    above them): their content matched `known`, so only the line shown is new."""
