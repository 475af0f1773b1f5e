"""The rules that recognise temporal expressions and resolve them against a DCT.

Each rule is a pattern (run over lower-cased text) and a handler that turns the
matched words into a TimeML value, using the document creation time (DCT, the
article's date) for relative expressions. Extents follow TimeML: prepositions
stay outside ("on **Monday**"), modifiers that belong to the expression stay
inside ("**last week**", "**a year ago**", "**early next year**").

Rules are ordered longest first because a regex alternation takes the first
alternative that matches at a position, not the longest one.

Resolution follows what news annotators do (and HeidelTime's news mode): a bare
weekday or month is the most recent one on or before the DCT unless the clause
is in the future tense; a written day without a year is the nearest such day;
"the quarter" or "a year earlier" points back at the period last mentioned.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .models import Precision
from .timevalues import (
    DECADE_WORDS,
    FUTURE_REF,
    HOLIDAYS,
    MONTHS,
    NUMBERS,
    ORDINALS,
    PAST_REF,
    PRESENT_REF,
    SEASONS,
    WEEKDAYS,
    day_of,
    fmt_day,
    fmt_month,
    fmt_quarter,
    fmt_week,
    month_of,
    shift_value,
    words_of,
    year_of,
)

# --- pattern pieces (all non-capturing; handlers re-read the matched words) --

# Patterns run over the lower-cased text (case-sensitive matching is twice as fast);
# names of months, days and holidays are then checked for their capital in the original.
MONTH_FULL = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)(?![\w-])"
)
MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|(?![\w.]))"
MON = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\w)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[:.]\d)"
# Days spelled out, as broadcast transcripts write them ("March eighth").
DAYWORD = (
    r"(?:(?:twenty[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth|thirty[\s-]first)(?![\w-])"
)
DAY = rf"(?:{DAYNUM}|{DAYWORD})"
YEAR = r"(?<![\d,.$£€#])(?:1[5-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d)"
SPELLED_YEAR = (
    r"(?:nineteen|twenty)[\s-]+(?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two thousand(?:[\s-]+and[\s-]+\w+)?"
)
ANYYEAR = rf"(?:{YEAR}|{SPELLED_YEAR})"
NUM = (
    r"(?:(?<![\d,.])\d{1,3}|a couple of|a few|several|a|an|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)"
)
APPROX = (
    r"(?:(?:about|almost|nearly|some|roughly|only|just|barely|more than|less than|over|around)\s+)"
)
POD = r"(?:\s+(?:morning|afternoon|evening|night))"
EDGE = r"(?:early|late|mid|the (?:beginning|end|middle|start|rest|first half|second half) of)"
ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
QMOD = (
    r"(?:(?:fiscal|calendar|year-ago|year-earlier|same|comparable|corresponding|latest|current"
    rf"|{YEAR}|fiscal {YEAR}|{YEAR}'s|this year's|last year's|next year's)[\s-]+)"
)


# --- tense cues --------------------------------------------------------------

_CUE = re.compile(
    r"\b(?P<fut>will|won't|shall|(?:is|are) expected|(?:is|are|was|were) (?:due|set|scheduled"
    r"|slated|expected|going"
    r"|planned|poised) to|(?:is|are) to|plans? to|plann(?:ed|ing) to"
    r"|(?:expects?|hopes?|aims?|wants?|intends?|set|ready) to|scheduled (?:for|to)|'ll)\b"
    r"|\b(?P<past>said|was|were|had|did|told|met|made|took|went|came|gave|saw|left|held|began"
    r"|won|lost|fell|rose|sold|bought|paid|struck|hit|killed|found|got|led|ran|spoke|wrote"
    r"|brought|thought|sought|caught|fought|became|chose|drew|fled|flew|grew|knew|sent|spent"
    r"|stood|threw|seen|"
    r"[a-z]{3,}ed)\b"
)


@dataclass
class Context:
    """What a rule's handler may look at: the text, the DCT and what came before."""

    text: str
    low: str
    """`text` lower-cased, offsets unchanged."""
    dct: dt.date | None
    fallback_year: int | None
    ref: tuple[str, str] | None = None
    """The last resolved (value, precision), for anaphora such as "the quarter"."""
    ref_end: int = 0
    """Where the reference expression ended."""
    quarter: tuple[str, int] | None = None
    """The last quarter mentioned and where it ended: what "a year ago" compares with."""

    def future(self, start: int, end: int, reach: int = 70, *, far: bool = False) -> bool | None:
        """The tense of the clause around `[start, end)`: True future, False past, None unknown.

        A deadline word just before ("by", "until", "as soon as") or "since" decides;
        otherwise the nearest tensed verb in the same sentence does.
        """
        lo = max(0, start - reach)
        cut = max(self.low.rfind(". ", lo, start), self.low.rfind("\n", lo, start))
        lo = cut + 1 if cut >= 0 else lo
        lead = _LEAD_CUE.search(self.low, max(lo, start - 20), start)
        if lead:
            return lead.group(1) != "since"
        best: tuple[int, bool] | None = None
        for m in _CUE.finditer(self.low, lo, min(len(self.low), end + min(reach, 50))):
            if start <= m.start() < end:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            if m.start() >= end and _crosses_clause(self.text, end, m.start()):
                continue
            if self._not_a_tense(m):
                continue
            if best is None or dist < best[0]:
                best = (dist, m.lastgroup == "fut")
        if best is None and far:
            return self._later_verb(end, end + min(reach, 50), end + _FAR_REACH)
        return None if best is None else best[1]

    def _later_verb(self, end: int, lo: int, hi: int) -> bool | None:
        """The first tensed verb further on in the clause, for a date that opens it."""
        for m in _CUE.finditer(self.low, lo, min(len(self.low), hi)):
            if _crosses_clause(self.text, end, m.start()):
                return None
            if not self._not_a_tense(m):
                return m.lastgroup == "fut"
        return None

    def _not_a_tense(self, m: re.Match[str]) -> bool:
        """ "will be paid", "is held", "a still unspecified date": a participle after a present
        or bare "be", or after a determiner, is no past tense."""
        return m.lastgroup == "past" and bool(
            _NOT_PAST_BEFORE.search(self.low, max(0, m.start() - 12), m.start())
        )


_FAR_REACH = 160


_NOT_PAST_BEFORE = re.compile(
    r"\b(?:be|being|is|are|am|a|an|the|its|his|her|their|our|this|these|those|still|newly)\s+$"
)
_LEAD_CUE = re.compile(
    r"\b(by|until|till|as (?:soon|early) as|ahead of|since"
    r"|(?:extend|postpon|delay|defer|adjourn|reschedul|push)(?:ed|e|es|ing)?(?: back)? to)"
    r"\s+(?:the\s+)?$"
)


def _crosses_clause(text: str, a: int, b: int) -> bool:
    return any(c in ".;:!?\n" for c in text[a:b])


Result = tuple[str | None, Precision, bool] | None
"""A handler's answer: (value, precision, inferred), or None to reject the match."""

UNRESOLVED: Result = (None, "unknown", False)


# --- small patterns the handlers use -------------------------------------------

_REL_YEAR = re.compile(r"\b(last|this|next)\s+year\b")

_LEADING_REL = re.compile(r"(this past|this coming|the past|last|next|this)\b")
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_NUMBER_AFTER = re.compile(r"\s*-?\d")
_A_YEAR_BACK = re.compile(r"year-(?:ago|earlier)|last year|comparable|corresponding")
_DIGITS = re.compile(r"\b(\d+)\b")
_AGO_UNIT = re.compile(r"(day|week|month|year|decade)s?\s+(?:or\s+so\s+)?(\w+(?:\s+now)?)$")
_WEEKDAY_REL = re.compile(r"(this past|this coming|the previous|the following|last|next|this)\s")
_PLURAL_UNIT = re.compile(r"(few|several|\d+|two|three)\s+\w+$|s$")
_FOUR_DIGITS = re.compile(r"\d{4}")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")
_OF_A_NAME = re.compile(r"\s+of\s+(?!(?:fiscal\s+)?\d{4}|(?:that|the same|this|last|next)\s+year)")
_OF_NOT_YEAR = re.compile(r"\s+of\s+(?!(?:fiscal\s+)?\d{4})")


# --- resolution helpers -------------------------------------------------------


def _year_for(ctx: Context, start: int, end: int, month: int, day: int, rel: str) -> int | None:
    """The year of a month (and day) written without one, by modifier, then tense."""
    dct = ctx.dct
    if dct is None:
        return None
    here = (month, day)
    now = (dct.month, dct.day if day else 0)
    if rel in ("this", "this coming"):
        return dct.year
    if rel in ("last", "this past", "the past"):
        return dct.year if here < now else dct.year - 1
    if rel == "next":
        return dct.year if here > now else dct.year + 1
    future = ctx.future(start, end, DAY_REACH if day else MONTH_REACH)
    if future:
        return dct.year if here >= now else dct.year + 1
    if future is None:
        return _nearest_year(dct, month, day or 15)
    return dct.year if here <= now else dct.year - 1


DAY_REACH = 12
MONTH_REACH = 70


def _nearest_year(dct: dt.date, month: int, day: int) -> int:
    """The year that puts a month and day closest to the DCT: a written date is usually near.

    News reports what happened more than what is planned, so a day ahead counts as further
    away than the same day behind."""
    day = min(day, 28)
    return min(
        (dct.year - 1, dct.year, dct.year + 1),
        key=lambda y: _distance(dt.date(y, month, day) - dct),
    )


_AHEAD_WEIGHT = 1.5


def _distance(delta: dt.timedelta) -> float:
    return delta.days * _AHEAD_WEIGHT if delta.days > 0 else -delta.days


def _calendar(ctx: Context, s: str, start: int, end: int, rel: str = "") -> Result:
    month, day, year = month_of(s), day_of(s), year_of(s)
    if month is None:
        return None
    rel_year = _REL_YEAR.search(s)
    inferred = False
    if rel_year and year is None:
        if ctx.dct is None:
            return UNRESOLVED
        year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[rel_year.group(1).lower()]
    elif year is None:
        year = _year_for(ctx, start, end, month, day or 0, rel)
        if year is None and ctx.fallback_year is not None:
            year, inferred = ctx.fallback_year, True
        if year is None:
            return UNRESOLVED
    if day is None:
        return fmt_month(year, month), "month", inferred
    try:
        return fmt_day(dt.date(year, month, day)), "day", inferred
    except ValueError:
        return None


def _week_of(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the week of March 6": the ISO week holding that day."""
    day = _calendar(ctx, s, start, end)
    if day is None or day[0] is None or day[1] != "day":
        return day
    return fmt_week(dt.date.fromisoformat(day[0])), "week", day[2]


def _leading_rel(s: str) -> str:
    m = _LEADING_REL.match(s.lower())
    return m.group(1).lower() if m else ""


def _weekday_date(ctx: Context, wd: int, rel: str, start: int, end: int) -> dt.date:
    dct = ctx.dct
    assert dct is not None
    back = (dct.weekday() - wd) % 7
    ahead = (wd - dct.weekday()) % 7
    if rel in ("last", "this past", "the previous"):
        return dct - dt.timedelta(days=back or 7)
    if rel in ("next", "the following"):
        return dct + dt.timedelta(days=ahead or 7)
    if rel in ("this", "this coming"):
        return dct + dt.timedelta(days=ahead)
    if ctx.future(start, end, far=True):
        return dct + dt.timedelta(days=ahead)
    return dct - dt.timedelta(days=back)


def _quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def _ref_quarter(ctx: Context) -> tuple[int, int] | None:
    if ctx.quarter:
        m = _QUARTER_VALUE.match(ctx.quarter[0])
        if m:
            return int(m.group(1)), int(m.group(2))
    return None


def _latest_quarter(ctx: Context) -> tuple[int, int] | None:
    """The quarter a bare "the quarter" means: the one last mentioned, else the last one ended."""
    ref = _ref_quarter(ctx)
    if ref:
        return ref
    if ctx.dct is None:
        return None
    q = _quarter_of(ctx.dct) - 1
    return (ctx.dct.year, q) if q else (ctx.dct.year - 1, 4)


def _shift_ref(ctx: Context, years: int) -> Result:
    """The period last mentioned, `years` years away ("a year earlier", "the year-ago quarter")."""
    if ctx.ref is None:
        return None
    value = shift_value(ctx.ref[0], ctx.ref[1], years)
    return (value, ctx.ref[1], False) if value else None


def remember(
    ctx: Context,
    rule: str,
    low: str,
    value: str | None,
    precision: str,
    end: int,
    *,
    sets_ref: bool,
) -> None:
    """Keep what later anaphora point back at: the last date, and the quarter results are
    being reported for. Only a quarter ended by the DCT can be reported on, so
    "a fourth-quarter charge" expected in October does not become what "a year ago" compares
    with; "the latest quarter" does, while "the year-ago quarter" is the comparison itself."""
    if not value or not value[:1].isdigit():
        return
    if sets_ref:
        ctx.ref, ctx.ref_end = (value, precision), end
    if rule in _QUARTER_RULES and not _A_YEAR_BACK.search(low) and _recent_quarter(ctx, value):
        # The report is about the latest quarter it names; a look back at an earlier one
        # ("after a flat second quarter") keeps the talk on quarters but not its subject.
        latest = value if ctx.quarter is None else max(value, ctx.quarter[0])
        ctx.quarter = (latest, end)


_QUARTER_RULES = frozenset({"quarter_noun", "quarter_adj", "quarter_ref"})


def _recent_quarter(ctx: Context, value: str) -> bool:
    """One of the four quarters ended by the DCT: the ones a report can be about."""
    m = _QUARTER_VALUE.match(value)
    if m is None or ctx.dct is None:
        return m is not None
    ago = (ctx.dct.year - int(m.group(1))) * 4 + _quarter_of(ctx.dct) - int(m.group(2))
    return 1 <= ago <= 4


# --- rule handlers --------------------------------------------------------------

Handler = Callable[[Context, str, int, int], Result]


def _iso(ctx: Context, s: str, start: int, end: int) -> Result:
    try:
        return fmt_day(dt.date.fromisoformat(s)), "day", False
    except ValueError:
        return None


def _calendar_rule(ctx: Context, s: str, start: int, end: int) -> Result:
    return _calendar(ctx, s, start, end, _leading_rel(s))


def _bare_month(ctx: Context, s: str, start: int, end: int) -> Result:
    """A month name alone: not a modal "may", not a first name ("April Glaspie")."""
    before = _word_before(ctx.text, start)
    if s.lower() == "may" and before not in _TIME_PREPS:
        return None
    if _NAME_AFTER.match(ctx.text, end) and before not in _TIME_PREPS:
        return None
    if _OF_A_NAME.match(ctx.low, end):
        return None  # "the March of Dimes" names something; "March of that year" is a date
    if _NUMBER_AFTER.match(ctx.text, end):
        return None
    if before in _DETERMINERS and not _NOUN_AFTER.match(ctx.text, end):
        return None  # "the March for Life" names an event; "the October slaying" dates one
    return _calendar(ctx, s, start, end)


def _season(ctx: Context, s: str, start: int, end: int) -> Result:
    code = next(c for w, c in SEASONS.items() if w in s.lower())
    year = year_of(s)
    if year is None:
        if ctx.dct is None:
            return UNRESOLVED
        rel = _leading_rel(re.sub(r"^(?:the\s+|early\s+|late\s+|mid-?\s*)+", "", s.lower()))
        year = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    elif not re.search(r"\d", s) and not s.lower().startswith("the"):
        return None
    return f"{year:04d}-{code}", "season", False


def _quarter(ctx: Context, s: str, start: int, end: int) -> Result:
    low = s.lower()
    q = next((n for w, n in ORDINALS.items() if re.search(rf"\b{w}\b", low)), None)
    year = year_of(s)
    back = 1 if _A_YEAR_BACK.search(low) else 0
    if year is None and ctx.dct is None:
        return UNRESOLVED
    if year is None and re.search(r"(this|next) year", low):
        year = ctx.dct.year + (1 if "next year" in low else 0)
    if q is None:
        return _anaphoric_quarter(ctx, low, year, back, (start, end))
    if year is None:
        year = _quarter_year(ctx, q, start, end) - back
    return fmt_quarter(year, q), "quarter", False


def _quarter_year(ctx: Context, q: int, start: int, end: int) -> int:
    assert ctx.dct is not None
    if q <= _quarter_of(ctx.dct) or ctx.future(start, end):
        return ctx.dct.year
    return ctx.dct.year - 1


def _reported_quarter(ctx: Context, start: int) -> str | None:
    """The quarter a results report named shortly before `start`, if any."""
    if ctx.quarter is None or start - ctx.quarter[1] >= _QUARTER_REACH:
        return None
    return ctx.quarter[0]


def _anaphoric_quarter(
    ctx: Context, low: str, year: int | None, back: int, span: tuple[int, int]
) -> Result:
    if ctx.dct is None and year is None:
        return UNRESOLVED
    if year is not None:
        latest = _latest_quarter(ctx)
        return (fmt_quarter(year, latest[1]), "quarter", False) if latest else None
    assert ctx.dct is not None
    here = _quarter_of(ctx.dct)
    rel = _leading_rel(low)
    reported = _reported_quarter(ctx, span[0])
    if rel == "this" and reported and not ctx.future(*span):
        return reported, "quarter", False  # "this quarter's loss" in a results report
    if rel == "this" or "current" in low:
        return fmt_quarter(ctx.dct.year, here), "quarter", False
    if rel == "next":
        return fmt_quarter(ctx.dct.year, here + 1), "quarter", False
    if (rel == "last" or "latest" in low) and not back:
        return fmt_quarter(ctx.dct.year, here - 1), "quarter", False
    latest = _latest_quarter(ctx)
    if latest is None:
        return None
    return fmt_quarter(latest[0] - back, latest[1]), "quarter", False


def _half_year(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the second half of 1989": TimeML writes half-years as `1989-H2`."""
    low = s.lower()
    year = year_of(s)
    if year is None:
        rel = _REL_YEAR.search(low)
        if ctx.dct is None or rel is None:
            return UNRESOLVED
        year = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[rel.group(1)]
    half = 1 if " first " in f" {low} " else 2
    return f"{year:04d}-H{half}", "year", False


def _decade(ctx: Context, s: str, start: int, end: int) -> Result:
    low = s.lower()
    m = re.search(r"(\d\d)(\d)0s", low)
    if m:
        return f"{m.group(1)}{m.group(2)}", "decade", False
    m = re.search(r"'(\d)0s", low)
    digit = int(m.group(1)) if m else next(n for w, n in DECADE_WORDS.items() if w in low)
    ref_year = ctx.dct.year if ctx.dct else 1999
    century = ref_year // 100
    if century * 100 + digit * 10 > ref_year:
        century -= 1
    return f"{century}{digit}", "decade", False


def _amount(low: str) -> int | None:
    m = _DIGITS.search(low)
    if m:
        return int(m.group(1))
    for phrase in ("a couple of", "a few", "several"):
        if phrase in low:
            return None
    words = words_of(low)
    for w in words:
        if w in NUMBERS:
            return NUMBERS[w]
    return None


def _ago(ctx: Context, s: str, start: int, end: int) -> Result:
    low = s.lower()
    unit = _AGO_UNIT.search(low)
    if unit is None:
        return None
    n, kind, direction = _amount(low), unit.group(1), unit.group(2)
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if n is None:
        return (PAST_REF if sign < 0 else FUTURE_REF), "unknown", False
    if kind == "year":
        shifted = _compared_period(ctx, start, direction, sign * n)
        if shifted:
            return shifted
    if ctx.dct is None:
        return UNRESOLVED
    return _shift_dct(ctx.dct, kind, sign * n)


# How far back a quarter still frames a comparison: results paragraphs are short.
_QUARTER_REACH = 400


def _compared_period(ctx: Context, start: int, direction: str, years: int) -> Result:
    """ "a year earlier" after "the third quarter" is that quarter a year before; after a
    date in the same sentence, that date a year before."""
    if ctx.quarter and start - ctx.quarter[1] < _QUARTER_REACH:
        value = shift_value(ctx.quarter[0], "quarter", years)
        return (value, "quarter", False) if value else None
    if direction == "earlier" and ctx.ref and ctx.low.rfind(". ", ctx.ref_end, start) < 0:
        return _shift_ref(ctx, years)
    return None


def _shift_dct(dct: dt.date, kind: str, n: int) -> Result:
    if kind == "day":
        return fmt_day(dct + dt.timedelta(days=n)), "day", False
    if kind == "week":
        return fmt_week(dct + dt.timedelta(days=7 * n)), "week", False
    if kind == "month":
        return fmt_month(dct.year, dct.month + n), "month", False
    if kind == "decade":
        n *= 10
    return f"{dct.year + n:04d}", "year", False


def _today(ctx: Context, s: str, start: int, end: int) -> Result:
    if ctx.dct is None:
        return UNRESOLVED
    low = s.lower()
    offset = -1 if "yesterday" in low else 1 if "tomorrow" in low else 0
    return fmt_day(ctx.dct + dt.timedelta(days=offset)), "day", False


def _weekday(ctx: Context, s: str, start: int, end: int) -> Result:
    if ctx.dct is None:
        return UNRESOLVED
    low = s.lower()
    wd = next(n for w, n in WEEKDAYS.items() if w in low)
    m = _WEEKDAY_REL.match(low)
    d = _weekday_date(ctx, wd, m.group(1) if m else "", start, end)
    return fmt_day(d), "day", False


_UNIT = re.compile(r"(week|weekend|month|year|quarter|decade|century)s?\b")


def _relative_unit(ctx: Context, s: str, start: int, end: int) -> Result:
    low = s.lower()
    rel_m = re.search(
        r"(this past|this coming|the past|the coming|the previous|the following|the last|last"
        r"|next|this|past|coming)\s",
        low,
    )
    rel = rel_m.group(1) if rel_m else "this"
    unit_m = _UNIT.search(low, rel_m.end() if rel_m else 0)
    backwards = rel in ("this past", "the past", "the previous", "the last", "last", "past")
    if unit_m is None or _PLURAL_UNIT.search(low):
        return (PAST_REF if backwards else FUTURE_REF), "unknown", False
    if ctx.dct is None:
        return UNRESOLVED
    step = (
        -1
        if backwards
        else 1
        if rel in ("next", "the coming", "this coming", "the following")
        else 0
    )
    return _step_unit(ctx.dct, unit_m.group(1), step)


def _step_unit(dct: dt.date, unit: str, step: int) -> Result:
    if unit == "week":
        return fmt_week(dct + dt.timedelta(days=7 * step)), "week", False
    if unit == "weekend":
        return fmt_week(dct + dt.timedelta(days=7 * step)) + "-WE", "weekend", False
    if unit == "month":
        return fmt_month(dct.year, dct.month + step), "month", False
    if unit == "quarter":
        return fmt_quarter(dct.year, _quarter_of(dct) + step), "quarter", False
    if unit == "decade":
        return f"{dct.year // 10 + step:03d}", "decade", False
    if unit == "century":
        return None
    return f"{dct.year + step:04d}", "year", False


def _edge_of_unit(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the end of the year", "year-end": the DCT's own period."""
    if ctx.dct is None:
        return UNRESOLVED
    low = s.lower()
    unit = re.search(r"(week|month|year)", low)
    return _step_unit(ctx.dct, unit.group(1), -1 if "latest" in low else 0) if unit else None


def _year_ago(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "year-earlier profit": the period being compared, a year before."""
    compared = _compared_period(ctx, start, "earlier", -1)
    if compared:
        return compared
    return _shift_dct(ctx.dct, "year", -1) if ctx.dct else UNRESOLVED


def _weekend(ctx: Context, s: str, start: int, end: int) -> Result:
    if ctx.dct is None:
        return UNRESOLVED
    dct = ctx.dct
    if ctx.future(start, end):
        d = dct if dct.weekday() < 5 else dct + dt.timedelta(days=7)
    else:
        d = dct if dct.weekday() >= 5 else dct - dt.timedelta(days=7)
    return fmt_week(d) + "-WE", "weekend", False


def _year(ctx: Context, s: str, start: int, end: int) -> Result:
    year = year_of(s)
    if year is None:
        return None
    bare = _FOUR_DIGITS.fullmatch(s) is not None
    if bare and not _plausible_year(ctx.text, start, end, year):
        return None
    return f"{year:04d}", "year", False


def _present(ctx: Context, s: str, start: int, end: int) -> Result:
    if ctx.text[end : end + 1] == "-":
        return None
    return PRESENT_REF, "unknown", False


_NOT_TEMPORAL_CURRENT = re.compile(
    r"\s+(?:accounts?|assets?|liabilities|affairs|events|dollars|flows?|ratio|yield|coupon"
    r"|rates?)\b|\s+(?:of|in|and|or|to|is|was|from|at)\b"
)


def _current(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "his current position" is now; a "current account" or "the then current price" is not."""
    if _NOT_TEMPORAL_CURRENT.match(ctx.low, end) or _word_before(ctx.text, start) == "then":
        return None
    return PRESENT_REF, "unknown", False


def _current_unit(ctx: Context, s: str) -> Result:
    """ "its current fiscal year": the DCT's own period."""
    if ctx.dct is None:
        return UNRESOLVED
    return _step_unit(ctx.dct, s.split()[-1], 0)


def _past(ctx: Context, s: str, start: int, end: int) -> Result:
    return PAST_REF, "unknown", False


def _future_ref(ctx: Context, s: str, start: int, end: int) -> Result:
    return FUTURE_REF, "unknown", False


def _anaphor(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "that day", "the following year": a step from the date last mentioned."""
    low = s.lower()
    unit = re.search(r"(day|week|month|year)$", low)
    if unit is None:
        return None
    step = 1 if re.search(r"following|next|after", low) else -1 if "previous" in low else 0
    if ctx.ref is None or not re.match(r"\d{4}", ctx.ref[0]):
        return UNRESOLVED
    return _step_value(ctx.ref, unit.group(1), step)


def _day_anaphor(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the next morning", "that evening": a part of the day last mentioned, or of the DCT."""
    low = s.lower()
    step = 1 if re.search(r"following|next", low) else -1 if "previous" in low else 0
    if ctx.ref is not None and ctx.ref[1] == "day":
        return _step_value(ctx.ref, "day", step)
    if ctx.dct is None or step:
        return UNRESOLVED
    return fmt_day(ctx.dct), "day", False


def _step_value(ref: tuple[str, str], unit: str, step: int) -> Result:
    value = ref[0]
    if unit == "day" and ref[1] == "day":
        d = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=step)
        return fmt_day(d), "day", False
    if unit == "month" and re.match(r"\d{4}-\d\d", value):
        return fmt_month(int(value[:4]), int(value[5:7]) + step), "month", False
    if unit == "year":
        return f"{int(value[:4]) + step:04d}", "year", False
    return UNRESOLVED


# --- guards against numbers and names that only look like dates ---------------


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TIME_PREPS = _wordset(
    "in on since by until till from during through throughout before after of for to and or"
    " between early late mid around circa last this next fiscal calendar year than as into"
    " spring summer fall autumn winter"
)
_NOT_YEAR_BEFORE = _wordset(
    "no number section article page room flight route highway model rule chapter at top about"
    " nearly some approximately over under just only than all"
)
_COUNT_NOUNS = _wordset(
    "people persons votes voters troops soldiers workers members students cases deaths units"
    " shares jobs employees homes houses cars vehicles barrels tons tonnes acres miles feet"
    " meters metres kilometers kilometres dollars pounds euros yen points seats times copies"
    " signatures children men women residents refugees families patients delegates words"
    " pages hours minutes calories rooms beds guns"
)
_DETERMINERS = _wordset("the a an that this its his her their our")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|for|on|to|in|at|by|and|or|with|from|as|is|was|were|are|has|had|will)\b)[a-z]"
)
_HOLIDAY_PREFIXES = _wordset("good black super ash holy maundy cyber easter palm")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.']*)\s*$")


def _word_before(text: str, start: int, *, keep_case: bool = False) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not m:
        return ""
    word = m.group(1).rstrip(".")
    return word if keep_case else word.lower()


def _plausible_year(text: str, start: int, end: int, year: int) -> bool:
    """A bare four-digit number is a year unless its neighbours say it counts or labels."""
    before = _word_before(text, start, keep_case=True)
    low = before.lower()
    if text[max(0, start - 2) : start].strip() in ("$", "#", "£", "€"):
        return False
    if low in _NOT_YEAR_BEFORE:
        return False
    capitalised = before[:1].isupper() and low not in _TIME_PREPS and low not in MONTHS
    if low in _DETERMINERS or low.endswith("'s"):
        capitalised = False
    if capitalised and low not in SEASONS and text[start - 1 : start] != "\n":
        return False
    nxt = _WORD_AFTER.match(text, end)
    if nxt and nxt.group(1) in _COUNT_NOUNS:
        return False
    return year >= 1800 or low in _TIME_PREPS


def _not_a_named_day(ctx: Context, s: str, start: int, end: int) -> Result:
    if _word_before(ctx.text, start) in _HOLIDAY_PREFIXES and s[:1].isupper():
        return None
    return _weekday(ctx, s, start, end)


def _holiday(ctx: Context, s: str, start: int, end: int) -> Result:
    low = s.lower()
    rule = next(f for name, f in HOLIDAYS.items() if low.startswith(name))
    year = year_of(s)
    inferred = False
    if year is None and ctx.dct is not None:
        this = rule(ctx.dct.year)
        if ctx.future(start, end):
            year = ctx.dct.year if this >= ctx.dct else ctx.dct.year + 1
        else:
            year = ctx.dct.year if this <= ctx.dct else ctx.dct.year - 1
    elif year is None and ctx.fallback_year is not None:
        year, inferred = ctx.fallback_year, True
    if year is None:
        return UNRESOLVED
    return fmt_day(rule(year)), "day", inferred


# --- the rules, longest first -----------------------------------------------------

HOLIDAY_NAMES = (
    r"(?:christmas(?: eve| day)?|new year's (?:day|eve)|thanksgiving(?: day)?|easter(?: sunday)?"
    r"|halloween|valentine's day|independence day|labor day|memorial day|election day"
    r"|boxing day)(?!\w)"
)
_REL_UNITS = (
    r"(?:this past|this coming|the past|the coming|the last|the next|last|next|this"
    r"|(?:past|coming|future)(?=\s+(?:days|weeks|months|quarters|years)))\s+"
    r"(?:(?:few|several|couple of|two|three|four|five|six|\d+)\s+)?"
    r"(?:weekend|week|month|year|quarter|decade|century)s?(?![\w-])"
)
# "in the past" is the past at large; "the past few years", "the past 20 months" are spans.
_NOT_A_SPAN = (
    r"(?!\s+(?:few|several|couple|dozen|\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|days?|weeks?|months?|years?"
    r"|decades?|century|centuries|quarters?|seasons?|spring|summers?|fall|autumn|winters?)\b)"
)
_SAME_PERIOD = r"(?:\s+(?:last year|a year (?:earlier|ago)))?"

RULES: list[tuple[str, str, Handler, bool]] = [
    # name, pattern, handler, whether the value becomes the reference for anaphora
    (
        "half_year",
        rf"the\s+(?:first|second|last|latter)\s+half\s+of\s+(?:fiscal\s+)?(?:{YEAR}"
        r"|(?:this|next|last)\s+year)(?![\w-])",
        _half_year,
        True,
    ),
    ("iso", r"(?:1[5-9]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])", _iso, True),
    (
        "wday_date",
        rf"{WDAY},?\s+(?:the\s+)?(?:{MON}\s*{DAY}|{DAYNUM}\s+(?:of\s+)?{MON})(?:,?\s+{YEAR})?",
        _calendar_rule,
        True,
    ),
    (
        "week_of",
        rf"the\s+week\s+of\s+(?:{MON}\s*{DAYNUM}|{DAYNUM}\s+(?:of\s+)?{MON})(?:,?\s+{YEAR})?",
        _week_of,
        True,
    ),
    ("mdy", rf"{MON}\s*{DAY},?\s+{YEAR}", _calendar_rule, True),
    (
        "dmy",
        rf"(?:(?:the\s+)?{DAYNUM}\s+(?:of\s+)?|the\s+{DAYWORD}\s+of\s+){MON},?\s+{YEAR}",
        _calendar_rule,
        True,
    ),
    ("holiday", rf"{HOLIDAY_NAMES}(?:,?\s+{YEAR})?", _holiday, True),
    ("month_rel_year", rf"{MON}\s+(?:of\s+)?(?:last|this|next)\s+year(?!\w)", _calendar_rule, True),
    ("month_year", rf"(?:{EDGE}[\s-]*)?{MON},?\s+(?:of\s+)?{ANYYEAR}", _calendar_rule, True),
    ("md", rf"{MON}\s*{DAY}", _calendar_rule, True),
    (
        "dm",
        rf"(?:the\s+)?{DAYNUM}\s+(?:of\s+)?{MON}|the\s+{DAYWORD}\s+of\s+{MON}",
        _calendar_rule,
        True,
    ),
    (
        "quarter_noun",
        rf"(?:(?:the|this|that|a)\s+)?(?:flat\s+)?{QMOD}*{ORD}\s+(?:fiscal\s+)?quarter"
        rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:{YEAR}|this year|last year|next year))?(?![\w-])",
        _quarter,
        True,
    ),
    (
        "quarter_adj",
        rf"(?:(?:fiscal|calendar|year-ago|year-earlier|{YEAR})[\s-]+)*{ORD}-quarter(?![\w-])",
        _quarter,
        True,
    ),
    (
        "quarter_ref",
        rf"(?:(?:the|this|that|last|next)\s+{QMOD}*|{QMOD}+)(?:quarter|period)(?![\w-])"
        rf"{_SAME_PERIOD}",
        lambda ctx, s, a, b: _quarter_ref(ctx, s, a, b),
        False,
    ),
    (
        "season_year",
        rf"(?:the\s+)?(?:(?:early|late|mid)[\s-]*)?{SEASON}\s+(?:of\s+)?{ANYYEAR}",
        _season,
        True,
    ),
    (
        "decade",
        r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?:1[5-9]|20)\d0s|'\d0s)(?!\w)"
        r"|the\s+(?:(?:early|late|mid)[\s-]+)?(?:twenties|thirties|forties|fifties|sixties"
        r"|seventies|eighties|nineties)(?!\w)",
        _decade,
        True,
    ),
    (
        "ago",
        rf"{APPROX}?{NUM}\s+(?:or\s+(?:so|two|three)\s+)?(?:days?|weeks?|months?|years?|decades?)"
        r"\s+(?:or\s+so\s+)?(?:ago|earlier|later|from\s+now|hence)(?!\w)",
        _ago,
        False,
    ),
    (
        "today",
        rf"(?:(?:early|late|earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow)(?:{POD})?(?!\w)",
        _today,
        True,
    ),
    (
        "rel_unit",
        rf"(?:(?:early|late|earlier|later|sometime|mid)[\s-]+|{EDGE}\s+)?{_REL_UNITS}",
        _relative_unit,
        True,
    ),
    (
        "edge_unit",
        r"(?:around\s+)?(?:the\s+(?:end|beginning|start|middle)\s+of\s+the\s+(?:year|month|week)"
        r"|(?:earlier|later)\s+in\s+the\s+(?:year|month|week)"
        r"|the\s+(?:full|current|(?:current\s+|latest\s+)?fiscal)\s+year"
        r"|year[-\s]end|year's\s+end)(?!\w)",
        _edge_of_unit,
        True,
    ),
    (
        "weekday",
        r"(?:(?:this past|this coming|the previous|the following|last|next|this"
        rf"|early|late)\s+)?{WDAY}(?:{POD})?",
        _not_a_named_day,
        True,
    ),
    ("weekend", r"the\s+weekend(?!\w)", _weekend, True),
    ("year_ago", r"year-(?:earlier|ago)(?![\w-])", _year_ago, False),
    (
        "season_rel",
        rf"(?:(?:early|late|mid)[\s-]+)?(?:this past|this coming|last|next|this|the)\s+"
        rf"(?:(?:early|late)\s+)?{SEASON}(?!\w)",
        _season,
        True,
    ),
    (
        "month_mod",
        r"(?:(?:the\s+(?:beginning|end|middle|start)\s+of|this past|this coming|last|next|this"
        rf"|early|late|mid)[\s-]+){MONTH_FULL}(?!\s*\d)",
        _calendar_rule,
        True,
    ),
    (
        "year",
        rf"(?:(?:{EDGE}|fiscal|calendar|the year|around)[\s-]+)?{ANYYEAR}(?!s\b|')"
        r"(?:\s+(?:or|and)\s+(?:later|earlier|beyond|before|after))?",
        _year,
        True,
    ),
    ("month", MONTH_FULL, _bare_month, True),
    ("present", r"(?:right\s+)?now(?!\w)|currently|nowadays|these\s+days(?!\w)", _present, False),
    (
        "past",
        r"(?:more\s+)?recently|recent\s+(?:days|weeks|months|years)"
        r"(?:\s+and\s+(?:days|weeks|months|years))?(?!\w)",
        _past,
        False,
    ),
    ("future", r"the\s+(?:near\s+|distant\s+|foreseeable\s+)?future(?!\w)", _future_ref, False),
    (
        "current_unit",
        r"current\s+(?:fiscal\s+|calendar\s+)?(?:year|quarter|month|week)(?![\w-])",
        lambda ctx, s, a, b: _current_unit(ctx, s),
        True,
    ),
    ("current", r"current(?=\s+[a-z])", _current, False),
    ("soon", r"as\s+soon\s+as\s+possible(?!\w)", _future_ref, False),
    ("term", r"the\s+(?:near|short|long)(?:er)?\s+term(?![\w-])", _future_ref, False),
    ("past_noun", rf"(?<=in )the\s+past(?![\w-]){_NOT_A_SPAN}", _past, False),
    (
        "anaphor",
        r"(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same|the\s+following|the\s+next"
        r"|the\s+previous|the\s+prior)\s+(?:day|week|month|year)(?!\w)",
        _anaphor,
        False,
    ),
    (
        "day_anaphor",
        r"(?:that|the\s+(?:next|following|previous))\s+(?:morning|afternoon|evening|night)(?!\w)",
        _day_anaphor,
        False,
    ),
]


def _quarter_ref(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the quarter", "the year-ago period": never a bare "the period" or "a quarter of"."""
    low = s.lower()
    if low.endswith("period") and not re.search(
        r"latest|year-ago|year-earlier|comparable|corresponding|same|\d{4}", low
    ):
        return None
    if _OF_NOT_YEAR.match(ctx.text, end):
        return None
    return _quarter(ctx, s, start, end)


# Which trigger words each rule's matches always contain: M month, W weekday, Y a year
# in digits or words, U a unit (day, week, quarter...), T today and its kin, S season,
# R now/recently/future, H a holiday's name.
FAMILIES = {
    "half_year": "U", "week_of": "M", "iso": "Y", "wday_date": "W", "mdy": "M", "dmy": "M", "holiday": "H",
    "month_rel_year": "M", "month_year": "M", "md": "M", "dm": "M", "quarter_noun": "U",
    "quarter_adj": "U", "quarter_ref": "U", "season_year": "S", "decade": "Y", "ago": "U",
    "today": "T", "rel_unit": "U", "edge_unit": "U", "weekday": "W", "weekend": "U",
    "season_rel": "S", "year_ago": "U", "month_mod": "M", "year": "Y", "month": "M", "present": "R",
    "past": "R", "future": "R", "anaphor": "U", "past_noun": "R",
    "current": "R", "current_unit": "R", "day_anaphor": "P", "soon": "R", "term": "R",
}  # fmt: skip
