"""The timeline of an article: its publication date and every date it mentions.

Finding and resolving the expressions is `timex`'s job; this module turns them
into `Event`s tied to their sentence, so the timeline can jump to the sentence
a date came from, and leaves out dates that sit in boilerplate (bylines,
"Read more:" links, photo credits) rather than in the story.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from ..models import Article, Event, Period, Span
from .sentences import sentence_bounds
from .timex import SLASH_DAY_FIRST, Timex, find_timexes
from .values import fmt_day, fmt_week

__all__ = ["extract_events", "sentence_bounds", "timeml_records"]

SKIPPED_LABELS = frozenset({"read-more", "photo-credit", "byline", "boilerplate"})


def _with_span_edges(starts: list[int], spans: tuple[Span, ...]) -> list[int]:
    """Sentence starts plus the edges of boilerplate, which flattened pages run into prose."""
    if not spans:
        return starts
    return sorted(set(starts).union(s.start for s in spans).union(s.end for s in spans))


def _sentence_at(text: str, starts: list[int], offset: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, offset) - 1
    start = starts[i]
    end = starts[i + 1] if i + 1 < len(starts) else len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _skipped(spans: tuple[Span, ...]) -> list[tuple[int, int]]:
    return sorted((s.start, s.end) for s in spans if s.label in SKIPPED_LABELS)


def _inside(skipped: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in skipped)


def extract_events(
    article: Article,
    *,
    fallback_year: int | None = None,
    reference: dt.date | Period | None = None,
) -> list[Event]:
    """The article's publication event (when dated), then its mentioned dates in text order.

    Relative dates resolve against `article.date`, or against the day its
    dateline gives when that is a day or two off (see `_written_on`). In an undated article they
    resolve against the article's own latest full date before them ("On March
    3, 1987 ... the next day"), failing that against `reference` (a date the
    user gave for the corpus or its folder), and are marked inferred; with
    neither they are listed with value None rather than guessed. A reference
    month or year resolves only what every day of it would (see `_against_period`).
    `fallback_year` (the corpus's usual year) fills in a missing year (as in
    "since 8 January") and marks the event inferred; a `reference` replaces it.
    Each inferred date says which of these it was counted from (`Event.counted_from`).
    """
    order = SLASH_DAY_FIRST.set(article.slash_day_first)
    try:
        return _events(article, fallback_year, reference)
    finally:
        SLASH_DAY_FIRST.reset(order)


def _events(
    article: Article, fallback_year: int | None, reference: dt.date | Period | None
) -> list[Event]:
    text = article.text
    first, timexes = _read(text, article.date, fallback_year, reference)
    bases = _counted_from(article, first, timexes, fallback_year, reference)
    timexes = _in_own_periods(text, timexes, bases)
    if article.date is None:
        timexes = _told_from_afar(text, timexes, bases)
    else:
        timexes = _days_told_from_afar(text, timexes, bases, article.date)
    timexes = _steps_from_the_story(text, timexes, bases, article.date)
    skipped = _skipped(article.boilerplate)
    starts = _with_span_edges(sentence_bounds(text), article.boilerplate) if timexes else [0]
    events: list[Event] = []
    published = _published(article, timexes, starts)
    if published is not None:
        events.append(published)
    for t in timexes:
        if _inside(skipped, t.start, t.end):
            continue
        if published is not None and (t.start, t.end) == (published.start, published.end):
            continue
        s_start, s_end = _sentence_at(text, starts, t.start)
        events.append(
            Event(
                article_id=article.id,
                start=t.start,
                end=t.end,
                expression=text[t.start : t.end],
                value=t.value,
                precision=t.precision,
                kind="mentioned",
                sentence_start=s_start,
                sentence_end=s_end,
                sentence=text[s_start:s_end],
                inferred=t.inferred,
                **bases.get((t.start, t.end), {}),
            )
        )
    return events


def _read(
    text: str,
    published: dt.date | None,
    fallback_year: int | None,
    reference: dt.date | Period | None,
) -> tuple[list[Timex], list[Timex]]:
    """The expressions as first found, then as resolved against every date there is."""
    first_fallback = fallback_year
    if published is None and reference is not None:
        # The user's reference says when the story was written; the corpus's usual year
        # is only a guess, so it must not fix "April 7" before the reference is read. A
        # whole year given is that year, as a story published in a year takes its own.
        fallback_year = _year_of(reference)
        whole_year = isinstance(reference, Period) and (
            reference.first == dt.date(reference.last.year, 1, 1)
            and reference.last == dt.date(reference.first.year, 12, 31)
        )
        first_fallback = fallback_year if whole_year else None
    first = find_timexes(text, published, fallback_year=first_fallback)
    timexes = first
    local = _written_on(text, timexes, published)
    if local is not None:
        timexes = find_timexes(text, local, fallback_year=fallback_year)
    if published is None:
        timexes = _against_period(text, timexes, reference, fallback_year)
    return first, timexes


SHIFT_YEARS = 400
"""How far the reference and the usual year are moved to see which values follow them:
400 years of the Gregorian calendar hold a whole number of weeks and the same leap
years, so a weekday or a 29 February counted from a moved date is the same day of it."""


def _counted_from(
    article: Article,
    first: list[Timex],
    timexes: list[Timex],
    fallback_year: int | None,
    reference: dt.date | Period | None,
) -> dict[tuple[int, int], dict[str, str]]:
    """(start, end) -> what each inferred value was counted from (`Event.counted_from`).

    Which rule used which date is not traced through the rules; it is asked of the
    result: the undated story is read again with its reference (or the corpus's usual
    year) moved by `SHIFT_YEARS`, and a value that moves with it was counted from it.
    A value that stays was counted from a date the story tells, or is a fiscal period
    already inferred before any date was given. The second reading is skipped where
    no value could stay (see `_may_stay`): it doubled the time dates of undated
    Reuters stories took against a reference.
    """
    inferred = [t for t in timexes if t.inferred and t.value is not None]
    if not inferred:
        return {}
    if article.date is not None:
        return {(t.start, t.end): {"counted_from": "fiscal"} for t in inferred}
    outside = _outside_date(reference, fallback_year)
    anchors = _anchors_of(article.text, first)
    fiscal = {(t.start, t.end): t.value for t in first if t.inferred}
    moved: dict[tuple[int, int], str | None] | None = None
    if outside is not None and _may_stay(
        article.text, first, inferred, anchors, reference is not None
    ):
        moved = _values_moved(article.text, fallback_year, reference, SHIFT_YEARS)
        told = [t for t in inferred if moved.get((t.start, t.end), "") == t.value]
        if any((t.start, t.end) not in anchors and (t.start, t.end) not in fiscal for t in told):
            # "1986 qtr" is the fourth quarter from any day of 1987 on, and of 2387: a year
            # back tells a quarter counted from the reference from one the story states.
            near = _values_moved(article.text, fallback_year, reference, -1)
            moved.update({k: None for k, v in near.items() if moved.get(k, "") != v})
    bases: dict[tuple[int, int], dict[str, str]] = {}
    for t in inferred:
        key = (t.start, t.end)
        stays = moved is not None and moved.get(key, "") == t.value
        if key in anchors and (moved is None or stays):
            bases[key] = anchors[key]
        elif outside is not None and not stays:
            bases[key] = dict(zip(("counted_from", "counted_date"), outside, strict=True))
        elif fiscal.get(key) == t.value:
            bases[key] = {"counted_from": "fiscal"}
        else:
            bases[key] = {"counted_from": "own-date"}
    return bases


def _may_stay(
    text: str,
    first: list[Timex],
    inferred: list[Timex],
    anchors: dict,
    against_reference: bool,
) -> bool:
    """Whether some inferred value might not move with the date from outside the story.

    Against a reference, only one the reading without it had already (a fiscal period),
    one with a year written in it or just after it ("1986 qtr", "the same period in
    1986", read only once there is a reference, are the fourth quarter from any), or one
    after a date the story writes out in full, which it might count from. Without one, the corpus's usual year gives a day or a month its
    year, and nothing else infers those; a quarter or a year may be a fiscal period's.
    """
    if against_reference:
        had = {(t.start, t.end) for t in first if t.value is not None}
        written = [t.start for t in first if t.value is not None and not t.inferred]
        return any(
            (t.start, t.end) in had
            or (written and written[0] < t.start)
            or _YEAR_WRITTEN.search(text, t.start, t.end + YEAR_REACH)
            for t in inferred
        )
    dated = ("day", "week", "weekend", "month")
    return any((t.start, t.end) not in anchors and t.precision not in dated for t in inferred)


_YEAR_WRITTEN = re.compile(r"(?<!\d)\d{4}(?!\d)")
YEAR_REACH = 40
"""Characters after an expression a year written there may give it its year from
("the third quarter ended Sept 30, 1986")."""


def _outside_date(
    reference: dt.date | Period | None, fallback_year: int | None
) -> tuple[str, str] | None:
    """(kind, date as written) of the date from outside the story it is read against."""
    if isinstance(reference, dt.date):
        return "reference", reference.isoformat()
    if reference is not None:
        return "reference", str(reference)
    if fallback_year is not None:
        return "usual-year", f"{fallback_year:04d}"
    return None


def _values_moved(
    text: str, fallback_year: int | None, reference: dt.date | Period | None, years: int
) -> dict[tuple[int, int], str | None]:
    """(start, end) -> value, the story read with the outside date `years` later, or
    as many earlier where that would leave the calendar (years 1 to 9999)."""
    if isinstance(reference, Period):
        lowest, highest = reference.first.year, reference.last.year
    elif isinstance(reference, dt.date):
        lowest = highest = reference.year
    else:
        lowest = highest = fallback_year or 1
    if not (lowest + years >= 1 and highest + years <= 9999):
        years = -years
    again = _read(text, None, _moved(fallback_year, years), _moved(reference, years))
    return {(t.start, t.end): t.value for t in again[1]}


def _moved(value, years: int):
    """A reference (day or period) or a year, `years` later: a month the same month, a
    year the same year, and 29 February the 28th where the year has none."""
    if value is None:
        return None
    if isinstance(value, int):
        return value + years
    if isinstance(value, Period):
        written = str(value)
        if "/" not in written:
            return Period.read(f"{value.first.year + years:04d}{written[4:]}")
        return Period(_moved(value.first, years), _moved(value.last, years))
    try:
        return value.replace(year=value.year + years)
    except ValueError:
        return value.replace(year=value.year + years, day=28)


CLOSE_BY = 400
"""Characters back a date an undated story tells may stand and still be plainly the one a
"the next month" after it counts from (about two sentences); one further back is a guess,
as "the story's latest date" always is, and is marked inferred."""


def _told_from_afar(
    text: str, timexes: list[Timex], bases: dict[tuple[int, int], dict[str, str]]
) -> list[Timex]:
    """`timexes` with those told from a date of the story ("the next month") that is not close
    by marked inferred, and `bases` given the date each counts from.

    The rules step such words from the date last named, however far back; in an undated
    story nothing else tells when they were, so a date 3,000 characters back is as much a
    guess as any other inferred value."""
    read: list[Timex] = []
    last: Timex | None = None
    for i, t in enumerate(timexes):
        if (
            not _in_own_period(text, timexes, i)  # "that day back in March 2010"
            and t.value is not None
            and t.value[:1].isdigit()  # "the next few years" is no date counted from one
            and not t.inferred
            and last is not None
            and t.start - last.end > CLOSE_BY
            and told_from_a_date(text[t.start : t.end])
        ):
            bases[(t.start, t.end)] = {
                "counted_from": "own-date",
                "counted_date": last.value or "",
                "counted_where": f"{last.start}-{last.end}",
            }
            t = replace(t, inferred=True)
        if t.value is not None and t.value[:1].isdigit():
            last = t
        read.append(t)
    return read


_DAY_ANAPHOR = re.compile(
    r"(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same|the\s+following|the\s+next"
    r"|the\s+previous|the\s+prior)\s+(?:day|night|morning|afternoon|evening)"
    r"|the\s+(?:day|night)\s+(?:before|after)",
    re.IGNORECASE,
)
"""Words that name a day the story has just told, or the one before or after it."""
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_OWN_PERIOD_BETWEEN = re.compile(r"\s*,?\s*(?:back\s+)?(?:in|of|during)\s+")
_YEAR_IN_WORDS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _days_told_from_afar(
    text: str,
    timexes: list[Timex],
    bases: dict[tuple[int, int], dict[str, str]],
    published: dt.date,
) -> list[Timex]:
    """In a dated story, `timexes` with "that night", "the following day" and their kin
    read as far as the text allows, and `bases` given the date each marked one counts from.

    The rules step such words from the day last named however far back, or put them on
    the publication day when none was: "he said in his victory speech that night", of
    the 2008 Iowa caucuses, became the day a 2016 story ran. Past `CLOSE_BY` characters
    from the day they count from they are marked inferred with the date the story told
    as their source, as in an undated story. One with no day told near that is not a
    step from the day last told is left unresolved, and so is one whose only day far
    back is the day of writing ("we still live today ... her actions that night"): a
    story tells "that night" of a day it has just named, and one it names far back as
    its today has mostly moved on to history since. A month and year written with
    them ("that day back in March 2010") give their value.
    """
    read: list[Timex] = []
    anchor: Timex | None = None  # the day last told, which such words step from
    for i, t in enumerate(timexes):
        told = (
            t.value is not None
            and t.value[:1].isdigit()
            and not t.inferred
            and _DAY_ANAPHOR.fullmatch(text[t.start : t.end]) is not None
        )
        if told:
            t = _day_told_of(text, timexes, i, anchor, bases, published)
        elif t.value is not None and _FULL_DAY.match(t.value):
            anchor = t
        read.append(t)
    return read


def _day_told_of(
    text: str,
    timexes: list[Timex],
    i: int,
    anchor: Timex | None,
    bases: dict[tuple[int, int], dict[str, str]],
    published: dt.date,
) -> Timex:
    """ "that night" at `timexes[i]`, read against `anchor` (see `_days_told_from_afar`)."""
    t = timexes[i]
    if _in_own_period(text, timexes, i):
        return t  # "that day back in March 2010": the words say when (see `_in_own_periods`)
    if anchor is not None and t.start - anchor.end <= CLOSE_BY:
        return t
    if (
        anchor is not None
        and (anchor.value or "")[:10] != published.isoformat()
        and _a_step_from(anchor.value or "", t, _day_step(text[t.start : t.end]))
    ):
        bases[(t.start, t.end)] = {
            "counted_from": "own-date",
            "counted_date": anchor.value or "",
            "counted_where": f"{anchor.start}-{anchor.end}",
        }
        return replace(t, inferred=True)
    return Timex(t.start, t.end, None, "unknown", False)


_A_STEP = re.compile(
    r"(?:(?:only|just|nearly|about|almost|some|barely)\s+)?(?:less\s+than\s+|more\s+than\s+)?"
    r"(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(day|week)s?\s+(earlier|later|before|after)",
    re.IGNORECASE,
)
"""A step of days or weeks from a time the story tells: "four days earlier", "two weeks
later"."""
_STEP_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_STEP_COUNTS |= {"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_A_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)$")


def _steps_from_the_story(
    text: str,
    timexes: list[Timex],
    bases: dict[tuple[int, int], dict[str, str]],
    published: dt.date | None,
) -> list[Timex]:
    """`timexes` with "two weeks later", "four days earlier" read from where the story is.

    The rules step them from a day named close before, else from the story's date (its
    publication day, or in an undated story its latest full date). A step on right after
    a month ("The next month the pact was dead. Two weeks later ...") counts from that month,
    not from the day before it: from its middle, as a week, marked inferred. Far from any
    date, in a dated story, a step from the publication day is a step from a day the
    story is not at: they count from the last day it told, marked inferred, or are left
    without a value where that day is the publication day itself ("four days earlier"
    500 characters after a "today") or none was told, as "that night" is (see
    `_days_told_from_afar`); only in its opening lines is a story with no date told at now."""
    read: list[Timex] = []
    last: Timex | None = None  # the last date told
    day: Timex | None = None  # the last day told
    for t in timexes:
        step = _A_STEP.fullmatch(text[t.start : t.end])
        if step is not None and t.value is not None and t.value[:1].isdigit():
            t = _step_read(t, step, last, day, bases, published)
        elif t.value is not None and t.value[:1].isdigit():
            last = t
            if _FULL_DAY.match(t.value):
                day = t
        read.append(t)
    return read


def _step_read(
    t: Timex,
    step: re.Match[str],
    last: Timex | None,
    day: Timex | None,
    bases: dict[tuple[int, int], dict[str, str]],
    published: dt.date | None,
) -> Timex:
    """The step `t` read against the last date and day the story told (`_steps_from_the_story`)."""
    days = _STEP_COUNTS.get(step.group(1).lower()) or int(step.group(1))
    days *= 7 if step.group(2).lower() == "week" else 1
    days *= 1 if step.group(3).lower() in ("later", "after") else -1
    if last is not None and t.start - last.end <= CLOSE_BY:
        month = _A_MONTH_VALUE.match(last.value or "")
        if month is None or days < 0:
            # A day named close by, which the rule stepped from; a month before a step back
            # is most often a figure's ("the deficit was 13.65 billion in February, down from
            # the figure reported only two days earlier"), not where the story is.
            return t
        middle = dt.date(int(month.group(1)), int(month.group(2)), 15)
        value = fmt_week(middle + dt.timedelta(days=days))
        bases[(t.start, t.end)] = _counted(last, bases)
        return Timex(t.start, t.end, value, "week", True)
    if published is None:
        return t  # counted from the story's latest full date, as `_told_from_afar` marks
    if day is None or (day.value or "")[:10] == published.isoformat():
        if last is None and t.start <= CLOSE_BY:
            return t  # in the opening lines of a story that tells no date, its day is now
        return Timex(t.start, t.end, None, "unknown", False)
    start = dt.date.fromisoformat((day.value or "")[:10]) + dt.timedelta(days=days)
    value = fmt_day(start) if t.precision == "day" else fmt_week(start)
    bases[(t.start, t.end)] = _counted(day, bases)
    return Timex(t.start, t.end, value, t.precision, True)


def _counted(told: Timex, bases: dict[tuple[int, int], dict[str, str]]) -> dict[str, str]:
    """What a date counted from `told` was counted from: `told`, or what `told` itself was
    counted from when it is a guess ("two weeks later" after a far "the next month")."""
    if told.inferred and (told.start, told.end) in bases:
        return bases[(told.start, told.end)]
    return {
        "counted_from": "own-date",
        "counted_date": told.value or "",
        "counted_where": f"{told.start}-{told.end}",
    }


def _day_step(expression: str) -> int:
    """Days "the following day", "that night" or "the day before" lie from the day told."""
    low = expression.lower()
    if re.search(r"following|next|after$", low):
        return 1
    return -1 if re.search(r"previous|prior|before$", low) else 0


def _a_step_from(day: str, t: Timex, step: int) -> bool:
    """Whether `t`'s day is `step` days from `day`, as counted from it."""
    if not (_FULL_DAY.match(day) and t.value and _FULL_DAY.match(t.value)):
        return False
    gap = dt.date.fromisoformat(t.value[:10]) - dt.date.fromisoformat(day[:10])
    return gap.days == step


def _in_own_periods(
    text: str, timexes: list[Timex], bases: dict[tuple[int, int], dict[str, str]]
) -> list[Timex]:
    """`timexes` with "that day" and its kin given the month or year written right after
    them ("that day back in March 2010"), dated or not: the words say when it was, and
    whatever day they were counted from before is not it."""
    read = list(timexes)
    for i, t in enumerate(timexes):
        if _DAY_ANAPHOR.fullmatch(text[t.start : t.end]) is None:
            continue
        own = _own_period(text, timexes, i)
        if own is not None:
            read[i] = replace(t, value=own.value, precision=own.precision, inferred=False)
            bases.pop((t.start, t.end), None)
    return read


def _own_period(text: str, timexes: list[Timex], i: int) -> Timex | None:
    """The month or year written right after "that day" ("that day back in March 2010"),
    when the day counted from elsewhere does not lie in it."""
    after = _written_after(text, timexes, i)
    if after is None or (timexes[i].value or "").startswith(after.value or ""):
        return None
    return after


def _in_own_period(text: str, timexes: list[Timex], i: int) -> bool:
    """Whether `timexes[i]` took its value from the date written right after it."""
    after = _written_after(text, timexes, i)
    return after is not None and timexes[i].value == after.value


def _written_after(text: str, timexes: list[Timex], i: int) -> Timex | None:
    """A date with its year written right after `timexes[i]` and joined to it ("in",
    "back in", "of", "during")."""
    if i + 1 >= len(timexes):
        return None
    t, after = timexes[i], timexes[i + 1]
    if (
        after.value is None
        or after.inferred
        or not after.value[:4].isdigit()
        or _OWN_PERIOD_BETWEEN.fullmatch(text, t.end, after.start) is None
        or not _YEAR_IN_WORDS.search(text, after.start, after.end)
    ):
        return None
    return after


def _anchors_of(text: str, first: list[Timex]) -> dict[tuple[int, int], dict[str, str]]:
    """(start, end) -> the story's own date an expression told from it counts from
    (see `resolve_undated`), with where that date is written."""
    at = {t.start: t for t in first}
    found: dict[tuple[int, int], dict[str, str]] = {}
    for base, origin, members in _anchored_runs(text, first):
        anchor = at[origin]
        for i in members:
            found[(first[i].start, first[i].end)] = {
                "counted_from": "own-date",
                "counted_date": base.isoformat(),
                "counted_where": f"{anchor.start}-{anchor.end}",
            }
    return found


def _year_of(reference: dt.date | Period) -> int | None:
    """The one year a reference lies in, if it lies in one."""
    if isinstance(reference, dt.date):
        return reference.year
    return reference.first.year if reference.first.year == reference.last.year else None


def _against_period(
    text: str, timexes: list[Timex], reference: dt.date | Period | None, fallback_year: int | None
) -> list[Timex]:
    """An undated article read against a reference that may be a whole month or year.

    "Last year" against March 1987 is 1986 whichever day of March the article was
    written, but "yesterday" could be any of 31 days: an expression keeps a value
    only when the period's first and last days give it the same one, so a month
    given for a folder never invents a day nobody knows.
    """
    if isinstance(reference, Period):
        if not reference.is_day:
            early = resolve_undated(text, timexes, reference.first, fallback_year)
            late = {
                (t.start, t.end): t
                for t in resolve_undated(text, timexes, reference.last, fallback_year)
            }
            read = []
            for t in early:
                b = late.get((t.start, t.end))
                # "the day before yesterday" on some day of the month: said, not dated
                read.append(t if b is not None and b.value == t.value else _unresolved(t))
            return _read_again(timexes, read)
        reference = reference.first
    return resolve_undated(text, timexes, reference, fallback_year)


REREAD_BEFORE = 3000
"""Characters before an anchoring date read again with it: what earlier expressions
leave for later ones (the last date, the quarter being reported) is nearly always
set within a story's first few paragraphs."""
REREAD_AFTER = 1000
"""Characters after a run's last expression that are read again with it: what rules
look ahead at (a range's second year, a sentence's tense) is well within this."""


def resolve_undated(
    text: str, timexes: list[Timex], reference: dt.date | None, fallback_year: int | None
) -> list[Timex]:
    """Values for an undated article's relative expressions, marked inferred.

    An expression told from another date ("the next month", see
    `told_from_a_date`) is read again as if the article had been written on the
    latest full date it states before that expression, as narrative taggers
    anchor a story's "the next day" to its last explicit date. With a
    `reference` (the day the user says it was written), the rest are read as if
    the article were dated that day; without one they stay unresolved. Only the stretch from a
    little before that date to just past the expressions it anchors is read
    again, so a long story with many dates costs about one reading of its
    length, not one per date.
    """
    if not any(t.value is None for t in timexes):
        return timexes
    if reference is not None:
        # The reference is the day of writing: the story's own dates still anchor what is
        # told from them ("On March 3, 1987 ... the next week"), whatever day is given.
        own = resolve_undated(text, timexes, None, fallback_year)
        told = {
            (t.start, t.end): o
            for t, o in zip(timexes, own, strict=True)
            if t.value is None and o.value is not None
        }
        read = _against_reference(text, timexes, reference, fallback_year)
        return [told.get((t.start, t.end), t) for t in read]
    resolved = list(timexes)
    for base, origin, members in _anchored_runs(text, timexes):
        start = text.rfind("\n", 0, max(0, origin - REREAD_BEFORE)) + 1
        stop = text.find("\n", min(len(text), timexes[members[-1]].end + REREAD_AFTER))
        stop = len(text) if stop < 0 else stop
        found = find_timexes(text[start:stop], base, fallback_year=fallback_year, from_story=True)
        again = {(t.start + start, t.end + start): t for t in found}
        for i in members:
            t = timexes[i]
            hit = again.get((t.start, t.end))
            if hit is not None and hit.value is not None:
                resolved[i] = replace(hit, start=t.start, end=t.end, inferred=True)
    return resolved


_FROM_A_DATE = re.compile(
    r"\b(?:(?:the|that)\s+(?:next|following|previous|prior|preceding|same)\b"
    r"|(?:that|the\s+same)\s+(?:day|night|morning|evening|week|weekend|month|year)\b"
    r"|the\s+(?:day|night|week|month|year)\s+(?:before|after)\b"
    r"|\w+\s+(?:days?|weeks?|months?|years?)\s+(?:later|afterwards?)\b)",
    re.IGNORECASE,
)


def told_from_a_date(expression: str) -> bool:
    """Whether an expression counts from a date the story tells ("the next day", "that
    year", "two days later") rather than from when it was written ("today", "April 7",
    "a year earlier", "this year").

    Only these are read against an undated story's own latest full date. On
    3,000 Reuters stories with their dates taken away, the others got the value
    the dated story gives in 32 of 154 cases that way: a story's full dates are
    as often maturities, deadlines and history as its today.
    """
    return _FROM_A_DATE.search(expression) is not None


def _against_reference(
    text: str, timexes: list[Timex], reference: dt.date, fallback_year: int | None
) -> list[Timex]:
    """The article read as if written on the day the user gave, its relative dates inferred.

    The user's date is when the article was written, so "today" and "last year"
    count from it, and "the next day" from the day just mentioned, exactly as
    in an article dated that day. Anchoring them to the story's latest full
    date instead put "a statement issued today" on a handover date twelve
    years ahead and "payment date is April 7" in the year a bond matures: a
    story's dates are as often maturities, deadlines and history as its today.
    """
    return _read_again(timexes, find_timexes(text, reference, fallback_year=fallback_year))


def _unresolved(t: Timex) -> Timex:
    return Timex(t.start, t.end, None, "unknown", False)


def _read_again(timexes: list[Timex], again: list[Timex]) -> list[Timex]:
    """The expressions read with a date against those read without one.

    A value found without the date (an absolute date) stands as it was; one only the
    date gave is inferred. The reading with a date is the one whose extents count:
    it finds what the first could not ("14" of "14-18 May" is a day only once the
    18th has a year; "the day before yesterday" and "the day before" are read whole
    only once "yesterday" can be), and keeping the first reading's extents lost
    those days, or listed "the day before yesterday" as an unresolved "yesterday".
    An expression of the first reading the second does not overlap is kept."""
    first = {(t.start, t.end): t for t in timexes}
    read: list[Timex] = []
    for t in again:
        old = first.get((t.start, t.end))
        if old is not None and (old.value is not None or t.value is None):
            read.append(old)
        else:
            read.append(replace(t, inferred=t.value is not None))
    kept = [(t.start, t.end) for t in read]
    for t in timexes:
        if not any(t.start < end and start < t.end for start, end in kept):
            read.append(t)
    return sorted(read, key=lambda t: (t.start, t.end))


def _anchored_runs(text: str, timexes: list[Timex]) -> list[tuple[dt.date, int, list[int]]]:
    """(the date to read against, where it is written, the unresolved expressions told
    from it)."""
    runs: list[tuple[dt.date, int, list[int]]] = []
    anchor, origin = None, 0
    for i, t in enumerate(timexes):
        if t.value is None:
            if anchor is None or not told_from_a_date(text[t.start : t.end]):
                continue
            if runs and runs[-1][:2] == (anchor, origin):
                runs[-1][2].append(i)
            else:
                runs.append((anchor, origin, [i]))
        elif t.precision == "day" and not t.inferred and (day := _full_date(t.value)):
            anchor, origin = day, t.start
    return runs


def _full_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


DATELINE_DRIFT = dt.timedelta(days=2)
"""How far a dateline may lie from the publication date and still be the day of writing:
wires stamp items in their own time zone or on the day they are archived, a day off from
where they were filed; a dateline further off names an event, not the writing."""


def _written_on(text: str, timexes: list[Timex], published: dt.date | None) -> dt.date | None:
    """The local day a wire item was written, when its dateline differs from `published`.

    "TOKYO, Oct 21 - ... yesterday" stamped October 20 means October 20: the
    reporter counted from the dateline. None when the dateline agrees, is
    missing, or lies too far off to be the day of writing.
    """
    if published is None:
        return None
    for t in timexes:
        if t.start > 200:
            break
        if t.precision != "day" or t.inferred or not re.search(r"\d", text[t.start : t.end]):
            continue
        day = _full_date(t.value or "")
        if day is None or not _dateline(text, t.start, t.end):
            continue
        return day if day != published and abs(day - published) <= DATELINE_DRIFT else None
    return None


def _published(article: Article, timexes: list, starts: list[int]) -> Event | None:
    """The publication event, placed on a dateline that states the same day if there is one."""
    if article.date is None:
        return None
    iso = article.date.isoformat()
    start = end = 0
    expression = iso
    for t in timexes:
        if t.start > 200:
            break
        written = article.text[t.start : t.end]
        if t.value == iso and re.search(r"\d", written) and _dateline(article.text, t.start, t.end):
            start, end, expression = t.start, t.end, written
            break
    s_start, s_end = _sentence_at(article.text, starts, start) if end else (0, 0)
    return Event(
        article_id=article.id,
        start=start,
        end=end,
        expression=expression,
        value=iso,
        precision="day",
        kind="published",
        sentence_start=s_start,
        sentence_end=s_end,
        sentence=article.text[s_start:s_end] if end else "",
    )


def _dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at `[start, end)` heads the story rather than being told in it.

    A dateline's date follows a place and a comma ("WASHINGTON, March 3 -", "San
    Francisco, Calif., Oct 20") or a label ("Published: 8 January 2026"), or ends a
    heading ("FEDERAL RESERVE WEEKLY REPORT - FEB 26", "LAKE SUCCESS, N.Y. March 3 -
    Tender ..."). A date the first sentence mentions ("On 8 January the talks began")
    is a mention even when it is the publication day.
    """
    lead = text[:start].strip()
    if not lead:
        return True
    if "\n" in lead or len(lead) > 80:
        return False
    if _LABEL.fullmatch(lead):
        return True
    lowercase = sum(1 for w in lead.split() if w[:1].islower())
    if lead.endswith(",") and not lowercase:
        return True
    return lowercase <= 1 and _DATELINE_END.match(text, end) is not None


_DATELINE_END = re.compile(r"[ \t]*(?:-|–|—|\(|\)|:|\n|$)")
_LABEL = re.compile(r".{0,40}\b(?:date|dated|updated|published|posted|filed)\b\W*", re.I)


def timeml_records(events: list[Event]) -> list[dict]:
    """Dates written in the text (a dateline too) as TimeML DATE records, as scorers read them."""
    return [
        {
            "article_id": e.article_id,
            "text": e.expression,
            "value": e.value,
            "start": e.start,
            "end": e.end,
            "type": "DATE",
        }
        for e in events
        if e.end > e.start
    ]
