"""Handlers for references relative to the DCT or to a date mentioned before.

"Three weeks ago", "next month", "the end of the year" count from the DCT;
"that day", "the following year", "the next morning" step from the date last
resolved; "now", "recently", "the near future" have no calendar value and
become TimeML's PRESENT_REF, PAST_REF and FUTURE_REF.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models import FUTURE_REF, PAST_REF, PRESENT_REF
from .calendar import calendar_rule
from .context import COMPARED_BEFORE, UNRESOLVED, Context, Result, quarter_of
from .guards import a_title, word_before
from .quarters import a_bound_or_base, a_compared_year, compared_period
from .values import (
    NUMBERS,
    fmt_day,
    fmt_month,
    fmt_quarter,
    fmt_week,
    shift_value,
    words_of,
)

_DIGITS = re.compile(r"\b(\d+)\b")
_AGO_UNIT = re.compile(
    r"(day|week|fortnight|month|year|decade)s?\s+(?:or\s+so\s+)?(\w+(?:\s+now)?)$"
)
_PLURAL_UNIT = re.compile(r"(few|several|\d+|two|three)\s+\w+$|s$")
_UNIT = re.compile(r"(week|weekend|month|year|quarter|decade|century)s?\b")
_NOT_TEMPORAL_CURRENT = re.compile(
    r"\s+(?:accounts?|assets?|liabilities|affairs|events|dollars|flows?|ratio|yield|coupon"
    r"|rates?)\b|\s+(?:of|in|and|or|to|is|was|from|at)\b"
)


def _amount(low: str) -> int | None:
    m = _DIGITS.search(low)
    if m:
        return int(m.group(1))
    for phrase in ("a couple of", "a few", "several"):
        if phrase in low:
            return None
    words = words_of(low)
    for i, w in enumerate(words):
        if w in NUMBERS:
            units = NUMBERS.get(words[i + 1], 10) if i + 1 < len(words) else 10
            # "twenty-five": the tens and the units after them
            return NUMBERS[w] + units if NUMBERS[w] >= 20 and units < 10 else NUMBERS[w]
    return None


def ago(ctx: Context, s: str, start: int, end: int) -> Result:
    low = s.lower()
    unit = _AGO_UNIT.search(low)
    if unit is None:
        return None
    n, kind, direction = _amount(low), unit.group(1), unit.group(2)
    if direction == "before":
        if not _period_compared_in_sentence(ctx, start):
            return None
        direction = "earlier"
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if n is None:
        return (PAST_REF if sign < 0 else FUTURE_REF), "unknown", False
    n, kind = _in_weeks(n, kind)
    told = direction in ("later", "earlier") and (
        _told_on(ctx, end)
        or _set_beside(ctx, start)
        or (kind == "year" and sign * n == -1 and _period_after(ctx, end))
        # "a year earlier" in a results report is the quarter reported on, a year back
        or (kind == "year" and compared_period(ctx, start, direction, sign * n))
        or _from_date_mentioned(ctx, start, kind, sign * n)
    )
    if told and sign < 0 and _after_the_story(ctx, told[0]) and not ctx.future(start, end):
        return UNRESOLVED  # "next Tuesday's primary. A day earlier, six were arrested"
    if told and sign > 0 and _past_the_story(ctx, told[0]):
        tense = ctx.future(start, end)
        if tense is None and kind in ("year", "decade") and _NOW_AFTER.match(ctx.low, end):
            return PRESENT_REF, "unknown", False  # "Last year ... a decade later, HP remains"
        if tense is False:
            return UNRESOLVED
    if told:
        return told
    if kind == "year":
        shifted = compared_period(ctx, start, direction, sign * n)
        if shifted:
            return shifted
    if ctx.dct is None:
        return UNRESOLVED
    if direction == "later" and not ctx.from_story and ctx.future(start, end, far=True) is not True:
        # "Two days later, the army withdrew", "200 years later, the nation is divided":
        # later than some event the story told, which no date names; counted from the
        # publication date it is certainly wrong. Only a plan looks ahead from today
        # ("two days later the mines will close").
        return UNRESOLVED
    return _shift_dct(ctx.dct, kind, sign * n)


def _period_compared_in_sentence(ctx: Context, start: int) -> bool:
    """Whether "a year before" closing a comparison has its period named before it in its own
    sentence ("February sales rose to 8.0 mln dlrs from 6.4 mln dlrs a year before", "the
    second quarter ended January 31 ... a year before"), and no run of months or weeks
    ("nine month revenues", "the four weeks ended February 28", "year-to-date", "the full
    fiscal year") that no value of the calendar names. "A year earlier" is read with the
    period last named however far back; "before" is far more often a length joined to an
    event, and is read only where its sentence says what it compares."""
    lo = ctx.sentence_start(start)
    named = [ctx.ref_end if ctx.ref else -1]
    named += [ctx.quarter[1] if ctx.quarter else -1, ctx.half[1] if ctx.half else -1]
    if max(named) < lo:
        return False
    return _A_RUN_OF_TIME.search(ctx.low, lo, start) is None


_A_RUN_OF_TIME = re.compile(r"\b(?:months?|mths?|weeks?|year[- ]to[- ]date|full)\b")


def ago_half(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "a year and a half ago" is 18 months back (a month), "a decade and a half ago" 15
    years (a year): read as "a year ago" the half would be lost."""
    low = s.lower()
    before_half = low.split(" and a half")[0]
    n = 1 if re.search(r"\ban?\s+(?:year|decade)$", before_half) else _amount(before_half)
    if n is None:
        return None
    if ctx.dct is None:
        return UNRESOLVED
    if "decade" in low:
        return _shift_dct(ctx.dct, "year", -(10 * n + 5))
    return _shift_dct(ctx.dct, "month", -(12 * n + 6))


_PERIOD_AFTER = re.compile(
    r"\s+to\s+(?:an?\s+)?(?:estimated\s+|revised\s+|record\s+)?[$\d][\d.,]*"
    r"(?:\s+(?!in\b)[a-z%]+){0,4}?\s+in\s+(?:the\s+month\s+of\s+)?"
    r"((?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)(?![\w/-])|(?:19|20)\d\d(?=/\d\d(?!\d)|(?![\w/-])))"
)


def _period_after(ctx: Context, end: int) -> Result:
    """ "fell 430,000 from a year earlier to 14.22 mln people in February", "rose 9.5 pct
    from a year earlier to 161,266 vehicles in May": the period the figure is for is written
    after it, in the same phrase, and "a year earlier" is that month (or year) a year back,
    not one named before it nor the dateline's day."""
    m = _PERIOD_AFTER.match(ctx.low, end)
    if m is None:
        return None
    a, b = m.span(1)
    if not ctx.text[a].isupper() and not ctx.text[a].isdigit():
        return None  # "may" the verb
    found = calendar_rule(ctx, ctx.text[a:b], a, b) if ctx.text[a].isalpha() else None
    if ctx.text[a].isdigit():
        found = (ctx.text[a:b], "year", False)  # "in 1986/87": the split year's first
    if not found or not found[0] or found[1] not in ("month", "year"):
        return None
    value = shift_value(found[0], found[1], -1)
    return (value, found[1], False) if value else None


_TOLD_ON = re.compile(
    r",?\s+(?:on\s+)?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{1,2}"
    r"(?:,?\s+\d{4})?)(?![\d:])"
)


def _told_on(ctx: Context, end: int) -> Result:
    """ "Two days later, on March 3, ...": the date written beside the step is its value."""
    m = _TOLD_ON.match(ctx.low, end)
    if m is None:
        return None
    found = calendar_rule(ctx, ctx.text[m.start(1) : m.end(1)], m.start(1), m.end(1))
    return found if found and found[0] and found[1] == "day" else None


def in_units(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "talks will resume in two weeks": the day (week, month, year) that far past the DCT.

    Only in a clause that looks ahead: "prices rose 5% in two weeks" is a length of
    time, and so is any count ("a couple of") with no number to step by.
    """
    low = s.lower()
    unit, n = _IN_UNIT.search(low), _amount(low)
    if unit is None or n is None:
        return None
    tense = ctx.future(start, end)
    if tense is None and _told_as_a_schedule(ctx, start, end):
        tense = True  # "in two weeks the report is due", "the vote comes in three days"
    if tense is not True:
        return None
    n, kind = _in_weeks(n, unit.group(1))
    if _LOOKED_BACK_OVER.search(ctx.low, max(0, start - 60), start):
        return None  # "for the first time in seven years", "the highest in ten years"
    if n != 1 and not low.endswith("s") and _A_NOUN_AFTER.match(ctx.low, end):
        return None  # "in 15 year convertible shares": how long each runs, not when
    if ctx.dct is None:
        return UNRESOLVED
    return _shift_dct(ctx.dct, kind, n)


_A_SCHEDULE = re.compile(
    r"\b(?:(?:is|are)\s+due|falls?\s+due|comes|begins|starts|ends|expires|closes|opens"
    r"|arrives|resumes|takes\s+effect|runs\s+out|matures)\b"
)
"""A verb of schedule told in the present: news writes "the vote comes in three days" and
"in two weeks the report is due" for what is set to happen. A habit ("prices typically rise
in two weeks") has no such verb and stays a length of time."""


def _told_as_a_schedule(ctx: Context, start: int, end: int) -> bool:
    """Whether the clause of "in three days" tells a schedule in the present tense."""
    lo = ctx.sentence_start(start)
    hi = ctx.low.find(". ", end, end + 80)
    hi = min(len(ctx.low), end + 80) if hi < 0 else hi
    comma = ctx.low.rfind(",", lo, start)
    lo = max(lo, comma + 1)
    stop = ctx.low.find(",", end, hi)
    return _A_SCHEDULE.search(ctx.low, lo, hi if stop < 0 else stop) is not None


def _in_weeks(n: int, kind: str) -> tuple[int, str]:
    """A fortnight, as British copy counts ("a fortnight ago", "in a fortnight"), is two weeks."""
    return (2 * n, "week") if kind == "fortnight" else (n, kind)


_IN_UNIT = re.compile(r"(day|week|fortnight|month|year)s?$")
_LOOKED_BACK_OVER = re.compile(
    r"\b(?:(?:first|second|third|only)\s+time|(?:first|second|third)(?=\s+in\s)|(?:high|low|larg|bigg|b|wor|strong|weak|long|short"
    r"|fast|slow|sharp|steep|deep|great|small|cold|warm|hott|wett|poor|rich|tight|cheap|low"
    r"|wid|narrow|[a-z]{2,}i)est|worst)\b[^.;]*\bin\s+$"
)
"""A superlative before "in ten years" looks back over that span ("the worst recession in 20
years", "the heaviest rains in a decade"): no day ahead is named."""
_A_NOUN_AFTER = re.compile(
    r"[\s-]+(?!(?:and|or|but|to|from|after|before|when|if|as|at|on|in|of|for"
    r"|with|the|a|an|time|times|ago|earlier|later)\b)[a-z]"
)
"""After a count with its unit in the singular ("15 year", "30 day"), a word it qualifies:
"15 year convertible shares" are shares that run 15 years, "30 day tranches" last 30 days."""


STORY_REACH = 400
"""Characters back a day just mentioned anchors "two days later" (about two sentences)."""


def _from_date_mentioned(ctx: Context, start: int, kind: str, n: int) -> Result:
    """ "Two days later", "two years later" tell a story on from the date it last named (in
    about two sentences), not from today; a step in days or weeks needs a day to step
    from, one in months a month."""
    if ctx.ref is None or start - ctx.ref_end > _reach(ctx, kind):
        return None
    if a_bound_or_base(ctx):
        return None  # "the lowest since December 1977, ... below a month earlier"
    value, precision = ctx.ref
    if kind in ("day", "week"):
        if precision != "day":
            return None
        try:
            return _shift_dct(dt.date.fromisoformat(value[:10]), kind, n)
        except ValueError:
            return None
    if kind == "month":
        if precision not in ("day", "month"):
            return None
        return fmt_month(int(value[:4]), int(value[5:7]) + n), "month", False
    if not value[:4].isdigit() or precision not in ("day", "month", "year"):
        return None
    if n < 0 and (
        ctx.dct is None
        or int(value[:4]) > ctx.dct.year - OLD_YEAR
        or COMPARED_BEFORE.search(ctx.low, max(0, ctx.ref_start - 70), ctx.ref_start)
    ):
        return None  # "a year earlier" in a report compares with the period reported on
    return f"{int(value[:4]) + n * (10 if kind == 'decade' else 1):04d}", "year", False


def _reach(ctx: Context, kind: str) -> int:
    """How far back the date a step counts from may lie: a step of years from a year long
    gone is told on over a paragraph or two of that story ("In late 2000, Keyworth rushed to
    meet her. ... But Fiorina, who had moved a year earlier"); nothing nearer is named."""
    if kind not in ("year", "decade") or ctx.ref is None or ctx.dct is None:
        return STORY_REACH
    old = ctx.ref[0][:4].isdigit() and int(ctx.ref[0][:4]) <= ctx.dct.year - OLD_YEAR
    return 2 * STORY_REACH if old else STORY_REACH


OLD_YEAR = 2
"""Years back from the story's a named year must lie for "a year earlier" after it to count
from it: last year's is the period a results report compares with, an older one ("In late
2000, ... who had moved a year earlier") is the time a passage tells of."""


def _set_beside(ctx: Context, start: int) -> Result:
    """ "elections for October 2014, just eight months later": a step set beside the date
    just written, after a comma, restates that date; it does not step on from it."""
    if ctx.ref is None or not ctx.ref[0] or not ctx.ref[0][:4].isdigit():
        return None
    if _BESIDE.fullmatch(ctx.low, ctx.ref_end, start) is None:
        return None
    return ctx.ref[0], ctx.ref[1], False  # type: ignore[return-value]


_BESIDE = re.compile(r",\s+(?:just|only|barely|some|about|nearly|almost)?\s*")


def _after_the_story(ctx: Context, value: str | None) -> bool:
    """Whether a day's value lies after the story's own date."""
    if ctx.dct is None or not value or len(value) < 10:
        return False
    try:
        return dt.date.fromisoformat(value[:10]) > ctx.dct
    except ValueError:
        return False


def _past_the_story(ctx: Context, value: str | None) -> bool:
    """Whether a value lies after the story's date at its own precision ("2025" told in
    2016): a step "later" landing there tells of the future only in a clause that looks
    ahead."""
    if ctx.dct is None or not value or not _A_CALENDAR_VALUE.fullmatch(value):
        return False
    return value > ctx.dct.isoformat()[: len(value)]


_A_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")
_NOW_AFTER = re.compile(
    r",?\s+(?:[\w'’-]+\s+){1,4}?(?:still\s+)?(?:remains|is|are|has|have|stands|seems|looks)\b"
)
"""After a step of years, a subject and a verb in the present: "a decade later, HP remains",
"years later, the firm is still"; a forecast's figure ("110.3 billion a year later") or a
schedule ("followed by deliveries a year later") has none."""


_A_BOUND_BEFORE = re.compile(r"\b(?:since|before|until|till)\s+$")
"""Before a date, words that make it a bound the story measures from or to, not the time
it tells of: "the lowest since December 1977"."""


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


def year_ago(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "year-earlier profit": the period being compared, a year before."""
    compared = compared_period(ctx, start, "earlier", -1)
    if compared:
        return compared
    return _shift_dct(ctx.dct, "year", -1) if ctx.dct else UNRESOLVED


_WITHIN = re.compile(r"\bwithin\s+$")
_THE_NEXT = re.compile(r"(?:^|\s)the\s+next\s+(?:weekend|week|month|year)$")
_SPAN_BEFORE = re.compile(r"\b(?:in|over|within|during|for|through|throughout|into)\s+$")
"""Told after a date, "the next week" is the week after it, as "the following week" is
("the dam failed on 2 April; repairs began the next week"); "in", "over" or "within the
next year" is the year ahead of the writer, a span of the future."""
_LAST_AS_VERB = re.compile(r"last\s+(?:few|several|couple|two|three|four|five|six|\d)")
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|not|'ll)\s+$")
"""Before "last" and a count, words that make it a verb: "is expected to last two weeks",
"could last several months" tell how long, not when."""


def relative_unit(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "next week", "the past few years": a period counted from the DCT. "Within the next
    year" bounds how long something takes (a DURATION), and names no period of its own;
    "within this year" still names this year."""
    if a_title(ctx.text, start, end):
        return None
    low = s.lower()
    if _WITHIN.search(ctx.low, max(0, start - 8), start) and not low.startswith("this "):
        return None
    if _LAST_AS_VERB.match(low) and _VERB_BEFORE.search(ctx.low, max(0, start - 8), start):
        return None
    if _THE_NEXT.search(low) and not _SPAN_BEFORE.search(ctx.low, max(0, start - 12), start):
        stepped = anaphor(ctx, s, start, end)
        if stepped is not None and stepped[0] is not None:
            return stepped
    rel_m = re.search(
        r"(this past|this coming|the past|the coming|the last|last|next|this|past|coming)\s", low
    )
    rel = rel_m.group(1) if rel_m else "this"
    unit_m = _UNIT.search(low, rel_m.end() if rel_m else 0)
    backwards = rel in ("this past", "the past", "the last", "last", "past")
    if unit_m is None or _PLURAL_UNIT.search(low):
        return (PAST_REF if backwards else FUTURE_REF), "unknown", False
    if ctx.dct is None:
        return UNRESOLVED
    step = -1 if backwards else 1 if rel in ("next", "the coming", "this coming") else 0
    if unit_m.group(1) == "century" and rel not in ("last", "next", "the coming"):
        return None  # "over the past century", "the last century": a hundred years to now
    if step == 0 and unit_m.group(1) == "weekend" and _weekend_gone(ctx, start, end):
        step = -1
    if unit_m.group(1) == "week" and ctx.dct.weekday() == 6 and rel in _A_SUNDAYS_WEEK:
        step = _sunday_week(ctx, low, rel, start, end)
    return _step_unit(ctx.dct, unit_m.group(1), step)


_A_SUNDAYS_WEEK = ("this", "this past", "the past", "the last")


def _sunday_week(ctx: Context, low: str, rel: str, start: int, end: int) -> int:
    """A Sunday ends its ISO week, and its stories look both ways: "this week's convention",
    "is not available this week" are the week about to begin, while "campaigned in the
    state this week" and "this past week" or "the past week" are the seven days ending that
    Sunday, not the ISO week before them. Counted from the Sunday's own week, the coming
    one is a step ahead."""
    if rel != "this" or low.startswith(("earlier", "early")):
        return 0
    if low.startswith(("later", "late")):
        return 1
    return 0 if ctx.future(start, end) is False else 1


def _weekend_gone(ctx: Context, start: int, end: int) -> bool:
    """A Monday's "this weekend" is the one just gone unless told as ahead ("OPEC agreed
    this weekend"): the week starts on Monday, but its story reports the two days before
    far more than it looks five ahead. Later in the week a past verb is no proof ("hoped
    a cargo could leave this weekend" looks ahead), so the coming one stays unless, up to
    Thursday, the past tells of it with no modal in the sentence ("This weekend, Sanders
    complained", "This weekend's debate gave Democrats much to be proud of", on a
    Wednesday): what a weekend did is over."""
    if ctx.dct is None or ctx.dct.weekday() > 3:
        return False
    if ctx.dct.weekday() == 0:
        return ctx.future(start, end) is not True
    lo = ctx.sentence_start(start)
    hi = ctx.low.find(". ", end)
    hi = len(ctx.low) if hi < 0 else hi
    return ctx.future(start, end) is False and not _A_MODAL.search(ctx.text, lo, hi)


_A_MODAL = re.compile(r"\b(?:could|might|may|would|should|can|must|will)\b|'ll\b|’ll\b")


def _step_unit(dct: dt.date, unit: str, step: int) -> Result:
    if unit == "week":
        return fmt_week(dct + dt.timedelta(days=7 * step)), "week", False
    if unit == "weekend":
        return fmt_week(dct + dt.timedelta(days=7 * step)) + "-WE", "weekend", False
    if unit == "month":
        return fmt_month(dct.year, dct.month + step), "month", False
    if unit == "quarter":
        return fmt_quarter(dct.year, quarter_of(dct) + step), "quarter", False
    if unit == "decade":
        return f"{dct.year // 10 + step:03d}", "decade", False
    if unit == "century":
        # "this century" is left alone: TimeBank and AQUAINT give it as a hundred years
        # (P100Y), and "the past century" is one
        return (f"{dct.year // 100 + step:02d}", "century", False) if step else None
    return f"{dct.year + step:04d}", "year", False


def edge_of_unit(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the end of the year", "year-end": the DCT's own period, or the last one's end."""
    if ctx.dct is None:
        return UNRESOLVED
    low = s.lower()
    unit = re.search(r"(week|month|year|decade|century)", low)
    if unit is None:
        return None
    if unit.group(1) in ("decade", "century"):
        return _edge_of_long_unit(ctx, unit.group(1), start, end)
    if low.endswith("full year") and (told := _full_year_named(ctx, start, end)) is not None:
        return f"{told:04d}", "year", False
    ended = _ENDED_IN_YEAR.match(ctx.low, end) if low.endswith("fiscal year") else None
    if ended is not None and int(ended.group(1)) <= ctx.dct.year:
        return ended.group(1), "year", False  # "the fiscal year ended August 31, 1986"
    step = -1 if "latest" in low or _end_gone_by(ctx, low, unit.group(1), start, end) else 0
    return _step_unit(ctx.dct, unit.group(1), step)


def _edge_of_long_unit(ctx: Context, unit: str, start: int, end: int) -> Result:
    """ "by the end of the decade", "before the end of the century": TimeML gives the edge of a
    period the period's own value ("198", "19"). After a decade or century just named ("in the
    1970s ... by the end of the decade") it is that one, unless the clause looks ahead ("output
    fell from the late 1970s ... Plans to increase output by the end of the decade"); else the
    one under way."""
    assert ctx.dct is not None
    if (
        ctx.ref is not None
        and ctx.ref[1] == unit
        and start - ctx.ref_end <= STORY_REACH
        and ctx.future(start, end) is not True
    ):
        return ctx.ref[0], unit, False
    if unit == "decade":
        return f"{ctx.dct.year // 10:03d}", "decade", False
    return f"{ctx.dct.year // 100:02d}", "century", False


_YEAR_WRITTEN_AFTER = re.compile(
    r"\s+(?:(?:of|in)\s+)?(?:((?:19|20)\d\d)(?![\d/-])|(last\s+year)\b)"
    r"|\s+ended\s+[a-z]+\.?\s+\d{1,2},?\s+((?:19|20)\d\d)(?!\d)"
)


_ENDED_IN_YEAR = re.compile(
    r",?\s+(?:which\s+|that\s+)?(?:ended|ending|ends|end)\s+(?:on\s+)?[a-z]+\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)"
)
"""After "the fiscal year", the day it ends with its year: a fiscal year over, or ending in the
story's own year, is the year it ends in ("for the fiscal year ended August 31, 1986", told in
1987). One ending next year is left to be the year under way: whose name it takes differs
("the fiscal year ending March 31 1988" is Japan's fiscal 1987, a retailer's ending in January
its fiscal 1987, Canada's fiscal 1988)."""


_COMPARED_WITH_BEFORE = re.compile(
    r"\b(?:from|against|vs|versus|compared\s+(?:with|to)|than)\b(?:[^.;:()]|\.\d){0,60}$"
)


def _full_year_named(ctx: Context, start: int, end: int) -> int | None:
    """The year "the full year" is: the one written after it ("for the full year 1986", "the
    full year ended May 31 1986", "for the full year last year"), else a past year named just
    before it in a clause not looking ahead ("In 1986 ChemLawn earned 1.19 dlrs per share for
    the full year", "the early part of fiscal 1988. However, the average for the full year");
    results told of a year gone by are that year's. A plan or forecast after a past year
    ("expects a loss for the full year") is of the year under way, as with no year named."""
    assert ctx.dct is not None
    if (after := _YEAR_WRITTEN_AFTER.match(ctx.low, end)) is not None:
        if after.group(2):
            return ctx.dct.year - 1
        return int(after.group(1) or after.group(3))
    ref = ctx.ref
    if ref is None or ref[1] != "year" or not ref[0].isdigit() or start - ctx.ref_end > 300:
        return None
    if ctx.low.count(". ", ctx.ref_end, start) > 1 or a_bound_or_base(ctx):
        return None
    if _COMPARED_WITH_BEFORE.search(ctx.low, max(0, ctx.ref_start - 70), ctx.ref_start):
        return None  # "fell to 398.2 billion at end-1986 from ... 464.7 billion at end-1985"
    year = int(ref[0])
    if year > ctx.dct.year + 1 or (year < ctx.dct.year and ctx.future(start, end) is True):
        return None
    return year


def _end_gone_by(ctx: Context, low: str, unit: str, start: int, end: int) -> bool:
    """ "had a bigger cash balance at year's end" written in January is last year's end: the
    end of the current year, told in the past tense, has not come yet. (A month's end is
    left alone: "expected output to pick up towards the end of the month" looks ahead.)"""
    assert ctx.dct is not None
    if "end" not in low or unit != "year":
        return False
    if ctx.dct.month < 12 and _RESULTS_AFTER.match(ctx.low, end):
        return True  # "a statement accompanying year-end figures": a year closed, reported
    return ctx.dct.month < 12 and ctx.future(start, end) is False


_RESULTS_AFTER = re.compile(r"\s+(?:figures|results|earnings|profits?|data|numbers)\b")


def current_unit(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "its current fiscal year": the DCT's own period."""
    if ctx.dct is None:
        return UNRESOLVED
    return _step_unit(ctx.dct, s.split()[-1], 0)


def present(ctx: Context, s: str, start: int, end: int) -> Result:
    if ctx.text[end : end + 1] == "-":
        return None
    return PRESENT_REF, "unknown", False


def current(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "his current position" is now, "the then current price" a time gone by; a "current
    account" is no time at all."""
    if _NOT_TEMPORAL_CURRENT.match(ctx.low, end):
        return None
    return (PAST_REF if s[:4].lower() == "then" else PRESENT_REF), "unknown", False


def past(ctx: Context, s: str, start: int, end: int) -> Result:
    return PAST_REF, "unknown", False


def future_ref(ctx: Context, s: str, start: int, end: int) -> Result:
    return FUTURE_REF, "unknown", False


_MODALS = frozenset(
    ["will", "would", "may", "might", "could", "should", "can", "shall", "to", "ll"]
)
_WORD_AFTER = re.compile(r"\s+([a-z]+)")


def soon(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "will soon begin", "may soon seek", "to soon grow", "will one day be" look ahead; "was
    soon released" or "one day he left" tell a story after the fact, and the modal beside the
    words is what tells the two apart (a tense cue further off often belongs to another
    clause)."""
    before = word_before(ctx.text, start)
    after = _WORD_AFTER.match(ctx.low, end)
    if before not in _MODALS and (after is None or after.group(1) not in _MODALS):
        return None
    return FUTURE_REF, "unknown", False


def anaphor(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "that day", "the following year": a step from the date last mentioned."""
    low = s.lower()
    if low.endswith("weekend"):
        return _weekend_stepped(ctx, low, start)
    unit = re.search(r"(day|week|month|year)(?:\s+(?:before|after))?$", low)
    if unit is None:
        return None
    step = _step_of(low)
    if unit.group(1) == "year" and _AGO_AFTER.match(ctx.low, end):
        return None  # "the same year ago period" compares with a period, it names no year
    if unit.group(1) == "year" and not step and ctx.written_year is not None:
        # "that year", "the same year": the year last written, not one a bare month was
        # given since ("April 1989 ... in May, June and September of that year")
        return f"{ctx.written_year:04d}", "year", False
    if unit.group(1) == "day" and step and _a_generic_day(ctx, start, end):
        return None
    ref = _anaphor_ref(ctx, unit.group(1), start)
    if ref is None:
        return UNRESOLVED
    if unit.group(1) == "year" and (
        ("prior" in low and _compared_before(ctx)) or (step == -1 and a_compared_year(ctx, start))
    ):
        step = 0  # "compared with 1985's profit ... the prior year's revenue" is 1985's
    found = _step_value(ref, unit.group(1), step)
    if step and found is not None and found[0] is not None and _A_WORKING_DAY.search(low):
        found = _working_day(found[0], step), "day", False
    away = _A_YEAR_AWAY.match(ctx.low, end)
    if away is None or found is None or found[0] is None:
        return found
    # "the same month last year", "the same week in 1986": the period named, in that year
    year = int(away.group(1)) if away.group(1) else int(found[0][:4]) - 1
    return f"{year:04d}{found[0][4:]}", found[1], found[2]


_A_WORKING_DAY = re.compile(r"\b(?:business|trading|working)\s+day$")


def _working_day(value: str, step: int) -> str:
    """ "the previous business day" from a Monday is the Friday before it, "the next trading
    day" from a Friday the Monday after: a step that lands on a weekend goes on over it."""
    day = dt.date.fromisoformat(value[:10])
    while day.weekday() >= 5:
        day += dt.timedelta(days=step)
    return fmt_day(day)


def _weekend_stepped(ctx: Context, low: str, start: int) -> Result:
    """ "the following weekend", "the previous weekend", "that weekend": the weekend of the
    week stepped from the date last named; after a weekday "the following weekend" is the
    one that ends its own week."""
    ref = _anaphor_ref(ctx, "week", start)
    if ref is None or ref[1] not in _STEPPABLE:
        return UNRESOLVED
    step = _step_of(low)
    if step == 1 and ref[1] == "day" and dt.date.fromisoformat(ref[0][:10]).weekday() < 5:
        step = 0
    found = _step_value(ref, "week", step)
    if found is None or found[0] is None:
        return found
    return found[0] + "-WE", "weekend", False


_AGO_AFTER = re.compile(r"\s*-?\s*ago\b")
_GENERIC = re.compile(
    r"\b(?:can|could|may|might|must|should|would|usually|normally|typically|generally|always"
    r"|often|each|every|if|whenever|in\s+the\s+(?:rare\s+)?event)\b"
    r"|\b(?:is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b"
)
"""In a sentence, words that make it tell what happens as a rule rather than on one day: a
modal, a condition, a frequency, or a present passive ("orders are shipped")."""
_HABIT_BEFORE = re.compile(r"\b[a-z]+[^s\W]s\s+(?:on\s+)?$")
"""Right before "the next day", a verb in the present ("the trade settles the next day")."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _a_generic_day(ctx: Context, start: int, end: int) -> bool:
    """ "Orders are shipped the next day", "the trade settles the next day", "can offset their
    cash position with futures the next day": a step told of what happens as a rule, with
    no day named in its sentence or the one before, steps from no day at all. "On May 6,
    for reply the next day" and "There was a slight recovery the following day" after a
    day's trading keep their day."""
    here = ctx.sentence_start(start)
    before = ctx.sentence_start(max(0, here - 2)) if here > 0 else 0
    if max(ctx.ref_end, ctx.day_ref_end) > before and (ctx.ref or ctx.day_ref):
        return False
    stop = _SENTENCE_END.search(ctx.low, end)
    hi = stop.start() if stop else len(ctx.low)
    if _GENERIC.search(ctx.low, here, hi):
        return True
    return _HABIT_BEFORE.search(ctx.low, max(0, start - 24), start) is not None


def _anaphor_ref(ctx: Context, unit: str, start: int) -> tuple[str, str] | None:
    """The date "the previous week" or "that year" steps from: the one last named, unless
    it is a bound ("the first change since January 2. Rates also fell the same week") or a
    year, too coarse to step a day or week from ("the week ended January 9, the first of
    the 1987 quota year, ... the previous week"); then the last day or week named, if near."""
    ref = ctx.ref
    if ref is not None and _A_BOUND_BEFORE.search(
        ctx.low, max(0, ctx.ref_start - 8), ctx.ref_start
    ):
        ref = None
    if ref is not None and not re.match(r"\d{4}", ref[0]):
        ref = None
    if unit in ("day", "week") and ref is not None and _opens_a_term(ctx, ctx.ref_start):
        ref = None  # "the 1987/88 season, which begins June 1. ... the previous week's low"
    if unit in ("day", "week") and (ref is None or ref[1] in _TOO_COARSE):
        return _day_ref(ctx, start)
    return ref


def _opens_a_term(ctx: Context, at: int) -> bool:
    """Whether the date at `at` is the day a season or term opens on ("the season, which
    begins June 1", "starting June 1"): a boundary of the calendar, not a day the story
    tells of, so no "the previous week" or "the next day" steps from it."""
    return _A_TERM_OPENS_BEFORE.search(ctx.low, max(0, at - 40), at) is not None


_A_TERM_OPENS_BEFORE = re.compile(
    r"(?:\b(?:which|that)|\b(?:season|year|term|period|quota|program|programme|contract))"
    r"\s+(?:beg[ia]ns?|start(?:s|ed)?|opens?|opened)\s+(?:on\s+)?$"
)
"""Before a day, words that make it the day a season or term opens on: "the 1987/88 season,
which begins June 1", "the marketing year starts October 1"; not an event that began then
("the strike began on May 4"), nor a day something runs from ("on sale from March 23 ...
from the same day", "the week beginning June 15 ... that week"), which is the day told of."""


def _compared_before(ctx: Context) -> bool:
    """Whether the year last named was itself the earlier side of a comparison ("vs a loss of
    354,000 dlrs in 1985", "compared with 1985's profit"): a results report's "the prior year"
    then means that year, the one before the year reported on."""
    lo = max(0, ctx.ref_start - 45, ctx.low.rfind(". ", 0, ctx.ref_start) + 1)
    return _COMPARED.search(ctx.low, lo, ctx.ref_start) is not None


_COMPARED = re.compile(r"\b(?:vs\b|versus|compared (?:with|to))[^.;,]*(?:,[^.;,]*)?$")


_STEPPABLE = frozenset({"day", "week", "weekend"})
_TOO_COARSE = frozenset({"year", "decade", "unknown"})
"""A year or longer named after a day says nothing of which week "the previous week" is; a
month ("in the fourth week of March, ... the previous week") narrows it too little to
step from, and too much to pass over for an older day."""


def _day_ref(ctx: Context, start: int) -> tuple[str, str] | None:
    if ctx.day_ref is None or start - ctx.day_ref[2] > STORY_REACH:
        return None
    value, precision, at = ctx.day_ref
    if _A_BOUND_BEFORE.search(ctx.low, max(0, at - 8), at) or _A_START_BEFORE.search(
        ctx.low, max(0, at - 16), at
    ):
        return None
    return value, precision


_A_START_BEFORE = re.compile(r"\b(?:beg[ia]ns?|beginning|start(?:s|ed|ing)?|from)\s+(?:on\s+)?$")
"""Before a day, words that make it the start of a season or term ("the season, which began
October 1"), which no "the previous week" in a weekly report steps from."""


_A_YEAR_AWAY = re.compile(
    r"\s+(?:last year|a year (?:earlier|ago|before)|(?:in|of) (\d{4}))(?!\w)(?![/-]\d)"
)


def day_anaphor(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the next morning", "that evening": a part of the day last mentioned, or of the DCT."""
    step = _step_of(s.lower())
    if ctx.ref is not None and ctx.ref[1] == "day":
        return _step_value(ctx.ref, "day", step)
    if ctx.dct is None or step:
        return UNRESOLVED
    return fmt_day(ctx.dct), "day", False


def _step_of(low: str) -> int:
    """How far "the following", "the previous" or "that" step from the date last mentioned."""
    if re.search(r"following|next|after$", low):
        return 1
    return -1 if re.search(r"previous|prior|before$", low) else 0


def _step_value(ref: tuple[str, str], unit: str, step: int) -> Result:
    value = ref[0]
    if unit == "day" and ref[1] == "day":
        d = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=step)
        return fmt_day(d), "day", False
    if unit == "month" and re.match(r"\d{4}-\d\d", value):
        return fmt_month(int(value[:4]), int(value[5:7]) + step), "month", False
    if unit == "month" and ref[1] in _STEPPABLE:
        # The month holding most of the week: "the last week of February ... the same month".
        thursday = _monday_of(value) + dt.timedelta(days=3)
        return fmt_month(thursday.year, thursday.month + step), "month", False
    if unit == "week" and ref[1] in _STEPPABLE:
        return fmt_week(_monday_of(value) + dt.timedelta(days=7 * step)), "week", False
    if unit == "year":
        return f"{int(value[:4]) + step:04d}", "year", False
    return UNRESOLVED


def _monday_of(value: str) -> dt.date:
    """A day of the week a day, ISO-week or weekend value names ("1998-05-04", "1998-W19",
    "1998-W19-WE")."""
    if "-W" in value:
        return dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
    return dt.date.fromisoformat(value[:10])
