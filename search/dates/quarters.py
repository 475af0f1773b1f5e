"""Handlers for fiscal quarters and the comparisons results reports make.

Earnings stories name a quarter once ("the third quarter") and then lean on it:
"the quarter", "this quarter's loss", "a year earlier", "the year-ago period".
So a quarter without a year resolves through the context: the quarter the
report is about if one was named shortly before, else the last one ended by
the DCT; and "a year earlier" shifts whatever period the report compares.
"""

from __future__ import annotations

import datetime as dt
import re

from .calendar import leading_rel
from .context import (
    A_YEAR_BACK,
    COMPARED_BEFORE,
    LAST_YEAR_AFTER,
    QUARTER_VALUE,
    UNRESOLVED,
    Context,
    Result,
    dateline_day,
    fiscal_year_of,
    name_fiscal,
    quarter_of,
)
from .values import MONTHS, ORDINALS, fmt_quarter, fmt_week, shift_value, year_of

_YEARS_LAST = re.compile(r"the\s+(?:final|last)\s+(?:fiscal\s+)?quarter\s+of\b")
_OF_NOT_YEAR = re.compile(r"\s+of\s+(?!(?:fiscal\s+)?\d{4})")

_PLAN_REACH = 70
"""How far back a tensed verb sets a quarter's tense, as for a month; a plan or forecast
further back in the sentence ("predicts GNP will grow ..., accelerate during the second
quarter") counts too."""
# How far back a quarter still frames a comparison: results paragraphs are short.
_QUARTER_REACH = 400


def quarter(ctx: Context, s: str, start: int, end: int) -> Result:
    low = s.lower().replace("qtr", "quarter")
    q = next((n for w, n in ORDINALS.items() if re.search(rf"\b{w}\b", low)), None)
    if q is None and _YEARS_LAST.match(low):
        q = 4
    year = written = year_of(s)
    back = 1 if A_YEAR_BACK.search(low) else 0
    if year is None and LAST_YEAR_AFTER.match(ctx.low, end):
        back = 1  # "similar to its fourth quarter earnings last year": a year before its turn
    if _BEFORE_IT.search(low) and (q is not None or _AND_ITS_YEAR.match(ctx.low, end)):
        # "the prior third quarter", "Prior qtr and year figures exclude": a results table's
        # column for the year before
        back = 1
    if year is None and ctx.dct is None:
        return UNRESOLVED
    if year is None and re.search(r"(this|next) year", low):
        year = ctx.dct.year + (1 if "next year" in low else 0)
    if year is None and q is not None and "last year" in low:
        # "last year's fourth quarter" names its year: early in a year it is not a year
        # before the fourth quarter just ended
        year = ctx.dct.year - 1
    if q is None:
        return _anaphoric_quarter(ctx, low, year, back, (start, end))
    of_fiscal = _OF_A_FISCAL_YEAR.match(ctx.low, end)
    fiscal = "fiscal" in low or of_fiscal is not None
    if year is None and of_fiscal is not None and of_fiscal.group(1):
        year = written = int(of_fiscal.group(1))  # "the fourth quarter of our fiscal 1987"
    ends = _day_it_ends(ctx, end) if year is None and not back else None
    if ends is None and year is None and not back:
        ends = _day_named_before(ctx, start)
    if ends is not None:
        year = ends.year
        fiscal = fiscal or ends.month != 3 * q  # "the fourth quarter ended January 31"
        if fiscal and ctx.fiscal_end is None and ends.month % 3 != 0:
            # the company's year ends 4 - q quarters on: its later quarters are numbered so
            ctx.fiscal_end = (ends.month + 3 * (4 - q) - 1) % 12 + 1
        if ctx.dct is not None and ends <= ctx.dct:
            # A quarter just reported on, whatever its fiscal number: what "the quarter"
            # and "a year ago" that follow are about.
            ctx.quarter = (fmt_quarter(year, q), end)
    elif year is None and ctx.fiscal is not None and (told := _year_told(ctx, start)) is not None:
        year, fiscal = told - back, True  # "In 1986, X reported a third quarter loss"
    elif year is None and (named := fiscal_year_of(ctx, q)) is not None:
        # After a fiscal quarter or half, "the third quarter", "second-quarter earnings" are
        # the company's too: that fiscal year's, not the calendar's, and as uncertain
        year, fiscal = max(named, ctx.quarters_written.get(q, named)) - back, True
        if not back and (ctx.quarter is None or fmt_quarter(year, q) >= ctx.quarter[0]):
            # what "a year ago" next compares with, as a quarter ended would be
            ctx.quarter = (fmt_quarter(year, q), end)
    if year is None and (stated := _year_of_the_results(ctx, q, start, end)) is not None:
        year = stated - back  # "for the fourth quarter and 68 mln for the full year 1986"
    if year is None:
        year = _quarter_year(ctx, q, start, end) - back
        fiscal = fiscal or ctx.fiscal_end is not None
        named = fmt_quarter(year, q)
        if ctx.fiscal_end is not None and not back and ctx.quarter is None:
            ctx.quarter = (named, end)  # what "a year earlier" next compares with
    if fiscal and not back:
        name_fiscal(ctx, year, q, start, written=written is not None)
    if written is not None and not back:
        ctx.quarters_written[q] = max(written, ctx.quarters_written.get(q, written))
    # A fiscal quarter keeps TimeML's value (its year and number, as annotators write "the
    # fiscal first quarter" 1989-Q1), but which months it covers is the company's to say:
    # marked inferred, the timeline does not pass its value off as those calendar months.
    return fmt_quarter(year, q), "quarter", fiscal


_OF_A_FISCAL_YEAR = re.compile(
    r"\s+of\s+(?:its|our|their|the|the\s+company['’]s)\s+(?:current\s+|new\s+|next\s+)?fiscal\b"
    r"(?:\s+((?:19|20)\d\d)\b)?"
)
"""After a quarter, the fiscal year it belongs to: "the third quarter of its fiscal year
ending September 30", "the fourth quarter of our fiscal 1987"."""


_FOR_BEFORE = re.compile(r"\bfor\s+$")
_AND_THE_YEAR = re.compile(
    r"[^.;:,\n]{0,60}?\band\b[^.;:,\n]{0,40}?\bfor\s+(?:the\s+)?(?:(?:full|fiscal|calendar)\s+)?"
    r"(?:year\s+)?((?:19|20)\d\d)\b(?![/-]\d)"
)


def _year_of_the_results(ctx: Context, q: int, start: int, end: int) -> int | None:
    """The year a results sentence states for the year beside the quarter ("losses of 57 mln
    dlrs for the fourth quarter and 68 mln dlrs for the full year 1986"): the quarter is that
    year's, once it has ended, however far ahead the verb ("expects to report") looks."""
    if ctx.dct is None or not _FOR_BEFORE.search(ctx.low, max(0, start - 6), start):
        return None
    m = _AND_THE_YEAR.match(ctx.low, end)
    if m is None:
        return None
    year = int(m.group(1))
    ends = dt.date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1) - dt.timedelta(days=1)
    return year if ends <= ctx.dct else None


def _year_told(ctx: Context, start: int) -> int | None:
    """A year written earlier in the quarter's sentence ("In 1986, Floating Point reported a
    third quarter loss"): the quarter is that year's, not the fiscal year reported on."""
    if ctx.ref is None or ctx.ref[1] != "year" or not ctx.ref[0].isdigit():
        return None
    if ctx.ref_start < ctx.sentence_start(start) or ctx.low.rfind(". ", ctx.ref_end, start) >= 0:
        return None
    return int(ctx.ref[0])


def quarter_ref(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the quarter", "the year-ago period": never a bare "the period" or "a quarter of"."""
    low = s.lower().replace("qtr", "quarter")
    if low.endswith("period") and not re.search(
        r"latest|year-ago|year-earlier|comparable|corresponding|same|\d{4}", low
    ):
        return None
    if _OF_NOT_YEAR.match(ctx.text, end):
        return None
    if (apposed := _in_apposition(ctx, low, start)) is not None:
        return apposed
    if (
        re.search(r"\bperiod\b", low)
        and (A_YEAR_BACK.search(low) or _THE_SAME.search(low))
        and (fiscal := _fiscal_quarter_back(ctx, s, start)) is not None
    ):
        return fiscal
    if low.endswith("period") and _ENDING_THEN.match(ctx.low, end):
        return None
    if (year := _a_span_to_date_compared(ctx, low, start, end)) is not None:
        return f"{year:04d}", "year", False
    if (month := _a_month_compared(ctx, low, start)) is not None:
        named = _IN_A_YEAR.match(ctx.low, end) if _THE_SAME.search(low) else None
        return (f"{named.group(1)}{month[4:]}" if named else month), "month", False
    if low.endswith("period") and (span := months_span_compared(ctx, start, year_of(s))):
        return span
    if _A_PERIOD.search(low) and not _a_quarter_in_view(ctx, start):
        return _period_of_no_quarter(ctx, s, low, start, end)
    result = quarter(ctx, s, start, end)
    named = _IN_A_YEAR.match(ctx.low, end) if _THE_SAME.search(low) else None
    if named is None or result is None or not (result[0] or "")[:4].isdigit():
        return result
    # "the same period of 1985", "the comparable quarter in 1986": that year's
    return f"{named.group(1)}{result[0][4:]}", result[1], result[2]


_EACH_QUARTER = re.compile(r"\b(?:each|every|all)\s+(?:of\s+the\s+)?(?:four\s+)?quarters?\b")
_QUARTER_ENDED = re.compile(
    r"\bquarter\s+(?P<verb>ended|ending|ends)\s+(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*\.?\s+\d{1,2}\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)


def _fiscal_quarter_back(ctx: Context, s: str, start: int) -> Result:
    """ "The same year-ago period" after "the fourth quarter ending May 30" is March to May a
    year back, which no calendar quarter names: the year those months lie in, marked ≈ (or
    no value when they run across a new year), never the calendar fourth quarter. After
    "each quarter" the period compared is each of them, no one quarter. None when neither
    is told in the sentence, or the quarter ends with a calendar quarter."""
    lo = ctx.sentence_start(start)
    if _EACH_QUARTER.search(ctx.low, lo, start):
        return UNRESOLVED
    ended = None
    for found in _QUARTER_ENDED.finditer(ctx.low, lo, start):
        ended = found
    if ended is None or ctx.dct is None:
        return None
    month = MONTHS[ended.group("month")]
    if month % 3 == 0:
        return None  # "the second quarter ended June 30": the calendar's, read as such
    if (written := year_of(s)) is not None:
        year = written  # "the same 1986 period"
    elif month <= 2:
        return UNRESOLVED  # November to January: across a new year
    elif ended.group("year"):
        year = int(ended.group("year")) - 1
    elif ended.group("verb") == "ended":
        year = ctx.dct.year - (1 if month > ctx.dct.month else 0) - 1
    else:
        year = ctx.dct.year + (1 if month < ctx.dct.month else 0) - 1
    return f"{year:04d}", "year", True


_A_QUARTER_NAMED = re.compile(r"\b(?:quarters?|qtrs?)\b")
_A_HALF = re.compile(r"\b(?:half|halves|h[12])\b")
_A_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)?\d\d)\b")
_A_SPAN_ENDED = re.compile(
    r"\b(?:weeks?|months?|days|season|(?:crop|marketing|fiscal|financial)\s+year)\b[^.;]{0,40}?"
    r"\b(?:end(?:ed|ing)|to|through|thru|began|begun|beginning|starting|started|since)\b"
)


def _a_quarter_in_view(ctx: Context, start: int) -> bool:
    """Whether a quarter or a half is what the sentence (or the one before) talks about: a
    quarter reported on ("third-quarter net ... the year-ago period"), or one or a half named
    ("in the first quarter of 1987 from ... in the same 1986 period"), or a story that told
    of a quarter before ("Du Pont reported that third-quarter profit grew ... In the
    year-earlier period"). There the period compared is that quarter, as TimeBank annotates a
    results report."""
    if _reported_quarter(ctx, start) is not None or ctx.fiscal is not None:
        return True
    if _A_QUARTER_NAMED.search(ctx.low, 0, start):
        return True
    lo = ctx.sentence_start(start)
    lo = ctx.sentence_start(max(0, lo - 2)) if lo > 0 else lo
    return _A_HALF.search(ctx.low, lo, start) is not None


def _period_of_no_quarter(ctx: Context, s: str, low: str, start: int, end: int) -> Result:
    """ "the same 1986 period", "the year-ago period" in a release that names no quarter: the
    span it compares with ("January and February this year", "the 52 weeks ended March 28")
    is none the rules above could date, so the year it lies in when that is known (written,
    or a year back from the year told), else no value: never the last quarter ended before
    the story, a quarter the story does not talk about."""
    if ctx.dct is None:
        return UNRESOLVED  # an undated story's: read against its reference, if one is given
    if _A_YEAR_RANGE.search(low) or _SPLIT_OR_FISCAL.match(ctx.low, end):
        return UNRESOLVED  # "the 1961-1966 period", "the same period in 1985/86"
    year, inferred = None, False
    named = _IN_A_YEAR.match(ctx.low, end) if _THE_SAME.search(low) else None
    if named is not None:
        year = int(named.group(1))  # "the same period of 1986"
    elif (written := year_of(s)) is not None:
        # "the same 1986 period"; "the fiscal 1987 period" is the company's year, not 1987's
        year, inferred = written, "fiscal" in low
    lo = ctx.sentence_start(start)
    before = ctx.sentence_start(max(0, lo - 2)) if lo > 0 else lo
    if (three := _THREE_MONTHS.search(ctx.low, before, start)) is not None:
        # "raised more than $33 million during the last three months of 2015 ... within $4
        # million of the $37 million raised by Clinton during the same period"
        told_year = int(three.group("year") or ctx.dct.year - bool(three.group("last")))
        back = 1 if A_YEAR_BACK.search(low) else 0
        q = 1 if three.group("end") == "first" else 4
        return fmt_quarter(year if year is not None else told_year - back, q), "quarter", inferred
    if year is None and not A_YEAR_BACK.search(low):
        return UNRESOLVED  # "during the same period": the span just told, undated here
    told = ctx.ref[0][:4] if ctx.ref is not None and ctx.ref_start >= lo else ""
    months = _MONTH_RANGE.search(ctx.low, lo, start)
    if months is not None:
        first, last = MONTHS[months.group("m1")], MONTHS[months.group("m2")]
        if first > last:
            return UNRESOLVED  # "October-February": across the turn of a year
        if year is None:
            year = (int(told) if told.isdigit() else ctx.dct.year) - 1
        whole = None if months.group("d1") or months.group("d2") else _WHOLE.get((first, last))
        if whole is not None:  # "from January to March ... the same period last year"
            return f"{year:04d}{whole}", "quarter" if "Q" in whole else "year", inferred
        return f"{year:04d}", "year", inferred
    if year is not None:
        return f"{year:04d}", "year", inferred
    if (
        _A_SPAN_ENDED.search(ctx.low, lo, start)
        or _A_BUSINESS_YEAR.search(ctx.low, lo, start)
        or _A_YEAR_RANGE.search(ctx.low, lo, start)
        or _TO_DATE.search(ctx.low, lo, start)
    ):
        # "the 52 weeks ended March 28", "the first five months of 1986/87": a span across
        # two years; "the first six months of the year" told in March, a business year's
        return UNRESOLVED
    year = int(told) if told.isdigit() else ctx.dct.year
    return f"{year - 1:04d}", "year", True


_THREE_MONTHS = re.compile(
    r"\b(?P<end>first|last|final)\s+three\s+months\s+of\s+(?:(?P<year>(?:19|20)\d\d)(?![/-]\d)"
    r"|(?P<last>last)\s+year|this\s+year|the\s+year)\b"
)
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_MONTH_RANGE = re.compile(
    rf"\b(?P<m1>{_MON})[a-z]*\.?(?:\s+(?P<d1>\d{{1,2}})(?!\d))?\s*(?:[-–/]|\s(?:to|through|thru"
    rf"|and)\s)\s*(?P<m2>{_MON})[a-z]*\.?(?:\s+(?P<d2>\d{{1,2}})(?!\d))?"
)
"""Months a figure is for ("January and February", "from January to March", "Jan/Dec")."""
_WHOLE = {(1, 3): "-Q1", (4, 6): "-Q2", (7, 9): "-Q3", (10, 12): "-Q4", (1, 6): "-H1"}
_WHOLE |= {(7, 12): "-H2", (1, 12): ""}


_ENDING_THEN = re.compile(
    r"\s+to\s+(?:(?:end|mid)-|(?:early|late)\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
"""After "the same period", the month it runs to: "the 9.4 pct rise in the same period to
January" after "the six months to February" is the six months ended January, a span the
month after it dates; no quarter. "The 1986 period ended February 1" names its own period."""


_APPOSED = re.compile(r",\s*")


def _in_apposition(ctx: Context, low: str, start: int) -> Result:
    """ "totaled 2,436,000 in the week ended March 21, the latest period for which that figure
    was available": a period set off by a comma right after a date names that date (the
    week it ends), not the quarter last ended."""
    if not low.endswith("period") or A_YEAR_BACK.search(low) or _THE_SAME.search(low):
        return None
    if ctx.ref is None or not _APPOSED.fullmatch(ctx.low, ctx.ref_end, start):
        return None
    return _span_ended(ctx, 0) or (ctx.ref[0], ctx.ref[1], False)


def _a_span_to_date_compared(ctx: Context, low: str, start: int, end: int) -> int | None:
    """ "Year-to-date car sales fell to 18,094 from 22,073 in the same period last year",
    "inflation for the first two months of this year was 4.0 pct against 5.0 pct for the
    same period last year": the months of a calendar year to date, a year back, lie in the
    year before (TimeML has no value for part of a year, so the year itself), not in a
    quarter. A season's or fiscal year's span to date runs across two years and is left."""
    if not _A_PERIOD.search(low) or ctx.dct is None:
        return None
    lo = ctx.sentence_start(start)
    span = _TO_DATE.search(ctx.low, lo, start)
    if span is None or _SPLIT_OR_FISCAL.match(ctx.low, end):
        return None  # "the corresponding period of 1985/86", "of fiscal 1986"
    if (named := _IN_A_YEAR.match(ctx.low, end)) is not None and _THE_SAME.search(low):
        return int(named.group(1))  # "in the comparable period of 1986"
    if not A_YEAR_BACK.search(low):
        return None  # "the same period" alone may be the span itself
    if _A_BUSINESS_YEAR.search(ctx.low, lo, start):
        return None  # "the current financial year ... the first four months"
    if span.group("last"):
        return ctx.dct.year - 2  # "the first nine months of last year"
    if span.group("year"):
        return int(span.group("year")) - 1
    months = span.group("months")
    count = _COUNTS.get(months, 0) if months and not months.isdigit() else int(months or 0)
    if count > ctx.dct.month:
        return None  # "the first six months" told in March: a fiscal year's
    return ctx.dct.year - 1


_TO_DATE = re.compile(
    r"\b(?<!fiscal )(?<!fiscal-)year[- ]to[- ]date\b|\bso far (?:this|in the) year\b|\bsince the"
    r" (?:start|beginning) of the year\b|\b(?<!fiscal )(?:the )?first (?P<months>two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months"
    r"(?! of (?:fiscal|the (?:current|fiscal|financial)|(?:19|20)\d\d[/-]\d))"
    r"(?: of (?:this year|the year|(?P<last>last year)|(?P<year>(?:19|20)\d\d)))?\b"
)
_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11,
}  # fmt: skip
_A_BUSINESS_YEAR = re.compile(r"\b(?:financial|fiscal|business|crop|marketing) year\b|\bseason\b")
_A_PERIOD = re.compile(r"period(?:\s+(?:last year|a year (?:earlier|ago)))?$")
_SPLIT_OR_FISCAL = re.compile(r"\s+(?:in|of)\s+(?:fiscal\s|(?:19|20)\d\d[/-]\d)")


def _a_month_compared(ctx: Context, low: str, start: int) -> str | None:
    """ "retail sales fell in January ... compared with a 9.6 pct increase in the year-earlier
    period": in a monthly release, with no quarter reported on, the period a year back is
    the month just named (one of the last twelve), a year back; "the comparable period of
    1986" is that month in the year written."""
    if not _A_PERIOD.search(low) or not A_YEAR_BACK.search(low):
        return None  # "the same period last year" as well as "the year-earlier period"
    if _reported_quarter(ctx, start) is not None or ctx.ref is None:
        return None
    if ctx.ref[1] != "month" and not (ctx.ref[1] == "day" and _a_span_of_days(ctx)):
        return None
    if start - ctx.ref_end >= _QUARTER_REACH or not ctx.ref[0][:4].isdigit() or ctx.dct is None:
        return None
    if ctx.ref[1] == "month" and _A_RANGE_OPENED.search(
        ctx.low, max(0, ctx.ref_start - 24), ctx.ref_start
    ):
        return None  # "from January to March ... the same period last year": the months all
    months_back = (ctx.dct.year - int(ctx.ref[0][:4])) * 12 + ctx.dct.month - int(ctx.ref[0][5:7])
    if not 0 <= months_back <= 12:
        return None  # "compared with 1.78 billion in January 1986": already the year before
    return shift_value(ctx.ref[0][:7], "month", -1)


_A_RANGE_OPENED = re.compile(
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:[-–]|to|through)"
    r"|between\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+and)\s*$"
)
_DAYS_BEFORE = re.compile(
    r"(?:\b(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{1,2}\s*"
    r"(?:[-–]|\s(?:to|through|thru)\s)\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+)?$"
)
_DAYS_AFTER = re.compile(
    r"\s*(?:[-–]|\s(?:to|through|thru)\s)\s*\d{1,2}\b(?![.,]\d)"
    r"(?!\s*(?:pct|percent|mln|million|billion|dlrs|tonnes|barrels|bpd)\b)"
)


def _a_span_of_days(ctx: Context) -> bool:
    """Whether the day last named ends a span of days ("the March 11-20 period", "in the
    May 1-10 period"): what is compared a year back is those days, which TimeML has no value
    for; the month they lie in, a year back, not a quarter."""
    assert ctx.ref is not None
    days = _DAYS_BEFORE.search(ctx.low, max(0, ctx.ref_start - 36), ctx.ref_start)
    month = (ctx.ref[0] or "")[5:7]
    if days is not None and days.group("mon") and f"{MONTHS[days.group('mon')]:02d}" != month:
        return False  # "from January 1 to March 23": days of more than one month
    return days is not None or _DAYS_AFTER.match(ctx.low, ctx.ref_end) is not None


_THE_SAME = re.compile(r"\b(?:same|comparable|corresponding)\b")
_IN_A_YEAR = re.compile(r"\s+(?:in|of)\s+((?:19|20)\d\d)(?![\d/-])")


_ENDS_ON = re.compile(
    r",?\s+(?:which\s+|that\s+)?(end(?:ed|ing|s))\s+(?:on\s+|in\s+)?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(\d{1,2}))?(?!\d)"
    r"(?:,?\s+((?:19|20)\d\d))?"
)
_SLACK = dt.timedelta(days=31)
"""How far before the DCT a quarter "ending" on a day may have ended: results for "the year
ending March 31" come out in April and May."""


def _day_it_ends(ctx: Context, end: int) -> dt.date | None:
    """The day a quarter is said to end on ("the fourth quarter ended February 28", "ending
    May 30"): a company's fiscal quarters are numbered in the year they end, so a fourth
    quarter that ends in February is that February's year, not the one before."""
    m = _ENDS_ON.match(ctx.low, end)
    if m is None or ctx.dct is None:
        return None
    month = MONTHS[m.group(2)]
    day = min(int(m.group(3) or 28), 28)
    if m.group(4):
        return dt.date(int(m.group(4)), month, day)
    this_year = dt.date(ctx.dct.year, month, day)
    if m.group(1) == "ended":
        return (
            this_year if this_year <= ctx.dct + _SLACK else this_year.replace(year=ctx.dct.year - 1)
        )
    return this_year if this_year >= ctx.dct - _SLACK else this_year.replace(year=ctx.dct.year + 1)


_DAY_BEFORE = re.compile(
    r"\b(?:the|its|their|a|an)[ \t]+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"[ \t]+(\d{1,2})(?:,?[ \t]+((?:19|20)\d\d))?[ \t]+$"
)


def _day_named_before(ctx: Context, start: int) -> dt.date | None:
    """The day a quarter is named by ("the January 31 second quarter", "its June 30 third
    quarter"): the day it ends, as in "the second quarter ended January 31"; without a year,
    the nearest such day."""
    m = _DAY_BEFORE.search(ctx.low, max(0, start - 30), start)
    if m is None or ctx.dct is None:
        return None
    month, day = MONTHS[m.group(1)], min(int(m.group(2)), 28)
    if m.group(3):
        return dt.date(int(m.group(3)), month, day)
    days = (dt.date(ctx.dct.year + k, month, day) for k in (-1, 0, 1))
    return min(days, key=lambda d: abs((d - ctx.dct).days))


def _quarter_year(ctx: Context, q: int, start: int, end: int) -> int:
    """The year of quarter `q` named without one: the calendar's, or the fiscal year's
    stated in the story ("a company whose fiscal year ends May 31": its third quarter,
    told in March, is the one ended in February, of the fiscal year ending in May)."""
    assert ctx.dct is not None
    here, year = quarter_of(ctx.dct), ctx.dct.year
    lo = max(0, start - 16)
    if ctx.fiscal_end is not None:
        month = (ctx.dct.month - ctx.fiscal_end - 1) % 12 + 1
        here, year = (month - 1) // 3 + 1, year + (ctx.dct.month > ctx.fiscal_end)
    if q > here:
        compared = COMPARED_BEFORE.search(ctx.low, max(0, start - 70), start) is not None
        # What is said of a quarter still to come this year looks ahead ("said that second
        # quarter growth could be zero"); a fourth quarter named early in a year is the one
        # just ended, whose results and figures are still to come ("said the fourth quarter
        # figures could surprise").
        said = here > 1 or q < 4
        if not said and ctx.fiscal_end is None and _results_just_ended(ctx, start, end):
            return year - 1  # "will report a fourth quarter loss", told in March
        ahead = (said and ctx.reported_ahead(start, end)) or ctx.future(
            start, end, _PLAN_REACH, plans=not compared
        )
        return year if ahead else year - 1
    if q < here - 1 and ctx.future(start, end) and not _THAN_BEFORE.search(ctx.low, lo, start):
        # a quarter ended half a year ago or more cannot lie ahead, so a future clause means
        # its next turn; results still to come for the quarter just ended stay in its year
        return year + 1
    return year


_RESULTS = r"(?:results?|loss(?:es)?|earnings|profits?|net|charges?|gains?|write-?offs?)"
_RESULTS_AFTER = re.compile(rf"(?:\s+[a-z-]+)?\s+{_RESULTS}\b")
_RESULTS_BEFORE = re.compile(rf"\b{_RESULTS}\s+(?:of\s+[^.;:]{{0,30}}?)?(?:in|for)\s+$")
_THIS_YEAR = re.compile(r"\b(?:this|next|current)\s+year\b|\b(?:19|20)\d\d\b")


def _results_just_ended(ctx: Context, start: int, end: int) -> bool:
    """Whether the fourth quarter, named early in a year, is the one whose results are told:
    "will report a fourth quarter loss", "would take a 200 mln dlrs charge in the fourth
    quarter", "warranted by fourth quarter results". Results, a loss or a charge come out
    after their quarter, so a "will" of reporting them looks back to the quarter just
    ended; one told with "this year" or a year written is left to it."""
    lo, hi = ctx.sentence_start(start), min(len(ctx.low), end + 80)
    stop = ctx.low.find(". ", end, hi)
    if _THIS_YEAR.search(ctx.low, lo, hi if stop < 0 else stop):
        return False
    if _RESULTS_AFTER.match(ctx.low, end):
        return True
    return _RESULTS_BEFORE.search(ctx.low, max(0, start - 50), start) is not None


_THAN_BEFORE = re.compile(r"\bthan\s+(?:in\s+|during\s+|for\s+)?$")
"""Right before a quarter, "than": the quarter compared with ("earnings will be less than the
second quarter's 12 cents", told in October), one gone by, whatever "will" tells of the
comparison; "more than 5 pct in the second quarter" compares amounts, not the quarter."""


def _anaphoric_quarter(
    ctx: Context, low: str, year: int | None, back: int, span: tuple[int, int]
) -> Result:
    """A quarter named without its ordinal ("the quarter", "last quarter", "the current period")."""
    if year is not None:
        if "period" in low and ctx.quarter is None and ctx.current_quarter is None:
            # "Fouth-quarter lending ... the same 1985 period": no quarter read before it,
            # so none to compare with; the year it names, not the last quarter ended
            return f"{year:04d}", "year", False
        latest = _latest_quarter(ctx)
        if latest is None:
            return None
        if ctx.dct is not None and dt.date(year, 3 * latest[1] - 2, 1) > ctx.dct:
            # "Excludes 1987 qtr ..." told in March: the year is written, the quarter's number
            # is not, and the last one reported was 1986's fourth; 1987's has not begun.
            return f"{year:04d}", "year", False
        return fmt_quarter(year, latest[1]), "quarter", False
    assert ctx.dct is not None
    here = quarter_of(ctx.dct)
    if _BEFORE_IT.search(low) and not back:
        return _quarter_before(ctx), "quarter", False
    rel = leading_rel(low)
    reported = _reported_quarter(ctx, span[0])
    if rel == "this" and reported and not ctx.future(*span):
        return reported, "quarter", False  # "this quarter's loss" in a results report
    if rel == "this" or "current" in low:
        return fmt_quarter(ctx.dct.year, here), "quarter", False
    if rel == "next":
        return fmt_quarter(ctx.dct.year, here + 1), "quarter", False
    if (rel == "last" or "latest" in low) and not back:
        return fmt_quarter(ctx.dct.year, here - 1), "quarter", False
    if not back and (ends := _quarter_day_it_ends(ctx, span[1])) is not None:
        return fmt_quarter(ends.year, ends.month // 3), "quarter", False
    if not back and (starts := _STARTS_ON.match(ctx.low, span[1])) is not None:
        # "the quarter starting April 1": the quarter of the DCT's year that month opens
        month = MONTHS[starts.group(1)]
        return fmt_quarter(ctx.dct.year, (month - 1) // 3 + 1), "quarter", False
    if low == "the quarter" and reported is None and _under_way(ctx, *span):
        return fmt_quarter(ctx.dct.year, here), "quarter", False
    if ctx.fiscal is not None:
        # "the quarter" after a fiscal quarter is the company's quarter reported on, or the
        # one named (a March story's "fiscal 1987's third quarter" is none ended by the DCT)
        latest = _latest_quarter(ctx) if ctx.quarter is not None else ctx.fiscal
        return fmt_quarter(latest[0] - back, latest[1]), "quarter", True
    latest = _latest_quarter(ctx, under_way=not _JUST_ENDED.match(ctx.low, span[1]))
    if latest is None:
        return None
    return fmt_quarter(latest[0] - back, latest[1]), "quarter", False


_MONTHS_SPAN = re.compile(
    r"\b(?:the\s+)?(?:first\s+)?(?P<n>six|nine|6|9)[\s-]+months?\b(?:[\s-]+period)?"
    r"(?:\s+(?:ended|ending|to|through|thru)\s+(?:on\s+)?(?P<mon>jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?!\d))?(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    r"|\s+of\s+(?P<fiscal>fiscal\s+)?(?P<y2>(?:19|20)\d\d)(?![/-]\d))?"
)
_A_QUARTER_WORD = re.compile(r"\bquarters?\b|\bqtrs?\b")


def months_span_compared(
    ctx: Context, start: int, written: int | None = None, *, ended: bool = False
) -> Result:
    """ "In the nine months ended March 31, turnover climbed to 38.52 billion dlrs from 20.72
    billion a year earlier", "the six months ended December 31 ... the year-ago period": six
    or nine months named in the sentence, with no quarter after them, are what is compared a
    year back, not the quarter reported before. Six months ended June or December are that
    half; any other span the year it ended in (TimeML has no value for part of a year),
    marked inferred where it is a fiscal year's. `written` is a year the expression names
    ("the same 1986 period"). With `ended`, only a span whose end is written counts: "net
    for the nine months was 254 mln dlrs, up from 163 mln a year earlier" is the year to date
    through the quarter reported, which "a year earlier" is dated by (as TimeBank dates it)."""
    if ctx.dct is None:
        return None
    lo = ctx.sentence_start(start)
    spans = list(_MONTHS_SPAN.finditer(ctx.low, lo, start))
    if not spans or _A_QUARTER_WORD.search(ctx.low, spans[-1].end(), start):
        return None
    found = spans[-1]
    if not (found.group("mon") or found.group("y2")) and (
        ended or not found.group().startswith(("the", "first"))
    ):
        return None  # "within six months of its close": no span reported on
    six = found.group("n") in ("six", "6")
    if found.group("y2") and found.group("fiscal"):
        year = int(found.group("y2"))
        value = f"{year - 1:04d}-H1" if six else f"{year - 1:04d}"
        return (f"{written:04d}{value[4:]}" if written else value), "year", True
    if found.group("mon"):
        month = MONTHS[found.group("mon")]
        year = int(found.group("y1") or 0) or ctx.dct.year - (month > ctx.dct.month)
    elif found.group("y2"):
        month, year = (6 if six else 9), int(found.group("y2"))
    elif (reported := _reported_quarter(ctx, start)) is not None:
        # "For the third quarter ended January 31 ... For the nine months": the span ends
        # with the quarter reported, a fiscal one in no calendar month
        year, q = int(reported[:4]), int(reported[-1])
        month = 3 * q if ctx.fiscal is None else 0
    else:
        q = quarter_of(ctx.dct) - 1  # the span reported on ends with the last quarter ended
        month, year = (3 * q, ctx.dct.year) if q else (12, ctx.dct.year - 1)
    back = written if written is not None else year - 1
    if six and month in (6, 12):
        return f"{back:04d}-H{month // 6}", "year", False
    return f"{back:04d}", "year", month != 9 or six


_BEFORE_IT = re.compile(r"\b(?:previous|prior)\b")
_AND_ITS_YEAR = re.compile(r"\s+and\s+(?:year|yr|(?:\w+\s+)?(?:mths|months))\b")


def _quarter_before(ctx: Context) -> str:
    """ "up from 4.2 mln in the previous quarter": the one before the quarter the story
    reports on; with none named, the last one ended ("Qtly div 15 cts vs 12 cts in prior
    qtr": the dividend paid before this one)."""
    assert ctx.dct is not None
    named = ctx.quarter[0] if ctx.quarter else ctx.current_quarter
    m = QUARTER_VALUE.match(named) if named else None
    if m:
        return fmt_quarter(int(m.group(1)), int(m.group(2)) - 1)
    return fmt_quarter(ctx.dct.year, quarter_of(ctx.dct) - 1)


_STARTS_ON = re.compile(
    r",?\s+(?:which\s+|that\s+)?(?:start(?:ing|s)|begin(?:ning|s))\s+(?:on\s+|in\s+)?"
    r"(jan|apr|jul|oct)[a-z]*\.?(?:\s+1)?(?![\d\w])"
)
"""`the quarter starting April 1`: a quarter named by the month it opens with."""
_JUST_ENDED = re.compile(r",?\s+(?:that\s+|which\s+)?(?:has\s+)?(?:just\s+)?ended\b")
"""`the quarter just ended`: one ended by the DCT, never the one under way."""


def _quarter_day_it_ends(ctx: Context, end: int) -> dt.date | None:
    """The last day of a calendar quarter that "the quarter" is said to end on ("the quarter
    ending March 31", "ended December 31"): that quarter, where a quarter named by no number
    had been taken for the last one ended, which is not the one "ending March 31" in March."""
    m = _ENDS_ON.match(ctx.low, end)
    if m is None or MONTHS[m.group(2)] % 3 or (m.group(3) and int(m.group(3)) < 30):
        return None
    return _day_it_ends(ctx, end)


_REST_OF = re.compile(r"\b(?:(?:later|earlier)\s+in|(?:rest|remainder|balance)\s+of)\s+$")
_THROUGH = re.compile(r"\b(?:through|throughout|during|over)\s+$")


def _under_way(ctx: Context, start: int, end: int) -> bool:
    """ "later in the quarter", "the rest of the quarter", "will hang over the banks through
    the quarter": with no quarter reported on before it, the quarter under way at the DCT."""
    lo = max(0, start - 24)
    if _REST_OF.search(ctx.low, lo, start):
        return True
    return _THROUGH.search(ctx.low, lo, start) is not None and ctx.future(start, end) is True


def _reported_quarter(ctx: Context, start: int) -> str | None:
    """The quarter a results report named shortly before `start`, if any."""
    if ctx.quarter is None or start - ctx.quarter[1] >= _QUARTER_REACH:
        return None
    return ctx.quarter[0]


def _latest_quarter(ctx: Context, *, under_way: bool = True) -> tuple[int, int] | None:
    """The quarter a bare "the quarter" means: the one last reported on, else the one under
    way if the story named it, else the last one ended."""
    named = ctx.quarter[0] if ctx.quarter else None
    for value in (named, ctx.current_quarter if under_way else None):
        m = QUARTER_VALUE.match(value) if value else None
        if m:
            return int(m.group(1)), int(m.group(2))
    if ctx.dct is None:
        return None
    q = quarter_of(ctx.dct) - 1
    return (ctx.dct.year, q) if q else (ctx.dct.year - 1, 4)


def compared_period(ctx: Context, start: int, direction: str, years: int) -> Result:
    """ "a year earlier" after "the third quarter" is that quarter a year before; after a
    date in the same sentence, that date a year before."""
    if (half := _half_compared(ctx, start, years)) is not None:
        return half
    if ctx.quarter and start - ctx.quarter[1] < _QUARTER_REACH:
        if years == -1 and (span := months_span_compared(ctx, start, ended=True)) is not None:
            return span
        value = shift_value(ctx.quarter[0], "quarter", years)
        return (value, "quarter", False) if value else None
    if (
        direction == "earlier"
        and ctx.ref
        and ctx.low.rfind(". ", ctx.ref_end, start) < 0
        and not a_bound_or_base(ctx)
        and not dateline_day(ctx)
    ):
        if years == -1 and a_compared_year(ctx, start):
            return ctx.ref[0], "year", False
        if (span := _span_ended(ctx, years)) is not None:
            return span
        if years == -1 and (year := _year_to_date_compared(ctx, start)) is not None:
            return year, "year", False
        return _shift_ref(ctx, years)
    return None


_FOR_THE_YEAR = re.compile(
    r"\bfor\s+the\s+year\b(?!\s+(?:ended|ending|to|through|\d))|\byear[- ]to[- ]date\b"
    r"|\bso\s+far\s+this\s+year\b"
)


_A_PERIOD_ENDS = re.compile(r"\b(?:end(?:ed|ing|s)?|to|through)\s+(?:on\s+)?$")


def _year_to_date_compared(ctx: Context, start: int) -> str | None:
    """ "For the month sales rose to 5,495 ... and for the year they rose to 19,264 from
    17,673 a year earlier", told after a day or month of this year: the year to date a year
    back lies in the year before, and is no day of it."""
    assert ctx.ref is not None
    if ctx.ref[1] not in ("day", "week", "month") or not ctx.ref[0][:4].isdigit():
        return None
    if ctx.dct is None or int(ctx.ref[0][:4]) != ctx.dct.year:
        return None
    if _A_PERIOD_ENDS.search(ctx.low, max(0, ctx.ref_start - 20), ctx.ref_start):
        return None  # "the year ending March 31 ... for the year": a business year's
    if _FOR_THE_YEAR.search(ctx.low, ctx.sentence_start(start), start) is None:
        return None
    return f"{ctx.dct.year - 1:04d}"


_HALF_ENDS = re.compile(r",?\s+(?:which\s+|that\s+)?end(?:ed|ing|s)\s+(?:on\s+)?$")


def _half_compared(ctx: Context, start: int, years: int) -> Result:
    """ "BHP's earnings in the first half ended November 30 amounted to 397.0 mln dlrs, down
    from 589.3 mln a year earlier": a half named in the sentence, after any quarter, is what
    is compared, a year away; not the quarter before it, nor the day it ended."""
    if ctx.half is None or ctx.low.rfind(". ", ctx.half[1], start) >= 0:
        return None
    if ctx.quarter is not None and ctx.quarter[1] > ctx.half[1]:
        return None
    # only the day the half ended on may come between ("ended November 30")
    if (
        ctx.ref is not None
        and ctx.ref_end > ctx.half[1]
        and (
            ctx.ref_start - ctx.half[1] > 20
            or not _HALF_ENDS.search(ctx.low, ctx.half[1], ctx.ref_start)
        )
    ):
        return None
    value, _, fiscal = ctx.half
    return f"{int(value[:4]) + years:04d}{value[4:]}", "year", fiscal


_SINCE_CLAUSE = re.compile(r"\bsince\b[^.;:,()]{0,120}$|\b(?:before|until|till)\s+$")
_WHEN_AFTER = re.compile(r",?\s+when\b")
_BASE_BEFORE = re.compile(r"\b(?:base(?:\s+year)?(?:\s+of)?|based\s+on|constant|real)[\s:=,]*$")
_BASE_AFTER = re.compile(r"\s*(?:=\s*100\b|(?:=|as\s+)?base\b|-based\b)")
_CONSTANT_AFTER = re.compile(r"\s+(?:prices|dollars?|dlrs|terms)\b")


def a_bound_or_base(ctx: Context) -> bool:
    """Whether the date last mentioned is one the figures are measured from, not the time they
    are for, so that "a year earlier" cannot count from it: a bound ("the first rise since
    October 1985", "the worst since the government started compiling the figures in 1953")
    or an index's base year ("base 1980", "1980=100", "in constant 1980 prices")."""
    lo = max(0, ctx.ref_start - 140)
    before = ctx.low[lo : ctx.ref_start]
    if _SINCE_CLAUSE.search(before):
        # "the first growth since June 1986, when they rose 4.4 pct from a year earlier":
        # a clause about the bound itself counts from it
        return _WHEN_AFTER.match(ctx.low, ctx.ref_end) is None
    if _BASE_AFTER.match(ctx.low, ctx.ref_end):
        return True
    base = _BASE_BEFORE.search(before)
    if base is None:
        return False
    return not base.group().startswith(("constant", "real")) or bool(
        _CONSTANT_AFTER.match(ctx.low, ctx.ref_end)
    )


_EARLIER_SIDE = re.compile(
    r"\b(?:from|against|vs|versus|compared\s+(?:with|to)|after)\s+(?:[a-z]+\s+){0,3}?"
    r"[$\d][\d.,]*\s+(?:[a-z%]+\s+){0,4}?(?:in|for|during|of)\s+(?:the\s+)?$"
    r"|\b(?:compared\s+(?:with|to)|than(?:\s+(?:in|for|during))?)\s+$|\bthe\s+same\s+$"
)
"""Before a year, the earlier side of a comparison: a figure after "from", "against", "after"
and the like, then "in" ("up from 7.26 billion dlrs in 1985", "after 2.0 pct in 1985",
"against a 35 mln loss in 1985"), "compared with 1985", "than in 1985", "the same 1985
month"; not "earnings from Mobil's operations in 1986" nor "from the 1986 crop"."""
_COMPARISON = r"\b(?:from|against|vs|versus|compared\s+(?:with|to)|than|after|over|on)\b"
_NEW_COMPARISON = re.compile(rf"\d[^;:()]*{_COMPARISON}(?:[^.;:()]|\.\d)*$")


def a_compared_year(ctx: Context, start: int) -> bool:
    """Whether the year last mentioned is the earlier side of a comparison ("up from 7.26
    billion dlrs in 1985", "after 2.0 pct in 1985", "than in 1985", "in the same 1985
    month"): the figures told are a year later, so a "year earlier" or "previous year" that
    follows compares with that year itself, not the one before it ("... from 26.43 dlrs for
    oil in 1985 and to 1.49 dlrs from 2.18 dlrs a year earlier" is 1985). A clause about that
    year itself still counts from it ("compared with 1985, when it rose 19.5 pct on the
    previous year")."""
    if ctx.ref is None or ctx.ref[1] != "year" or not ctx.ref[0].isdigit():
        return False
    lo = max(0, ctx.ref_start - 80, ctx.low.rfind(". ", 0, ctx.ref_start) + 1)
    if _EARLIER_SIDE.search(ctx.low, lo, ctx.ref_start) is None:
        return False
    if _WHEN_AFTER.match(ctx.low, ctx.ref_end):
        return False
    # A comparison of its own, with its own figure, since: "in 1985 and to 1.49 dlrs from
    # 2.18 dlrs a year earlier". Without one the phrase goes on the year's own comparison:
    # "3.3 pct growth recorded in 1985 against a year earlier", "compared with 1.13 billion
    # in 1986 and 369 mln the previous year" count from that year.
    return _NEW_COMPARISON.search(ctx.low, ctx.ref_end, start) is not None


_WEEK_ENDS_BEFORE = re.compile(
    r"\bweek\s+(?:which\s+|that\s+)?(?:ended|ending|to|through)\s+(?:on\s+)?$"
)


def _span_ended(ctx: Context, years: int) -> Result:
    """ "the week ended March 14, up 4.9 pct from 46.06 billion a year earlier": the day named
    ends the week the figures are for, and what is compared is that week a year away (TimeML's
    `1986-W11`), not its last day. (Annotators give a longer span's comparison, "the six
    months ended Aug. 12 ... a year earlier", as that day a year back, and so does this.)"""
    if ctx.ref is None or ctx.ref[1] != "day":
        return None
    if _WEEK_ENDS_BEFORE.search(ctx.low, max(0, ctx.ref_start - 30), ctx.ref_start) is None:
        return None
    try:
        day = dt.date.fromisoformat(ctx.ref[0])
        day = day.replace(year=day.year + years)
    except ValueError:
        return None
    return fmt_week(day), "week", False


def _shift_ref(ctx: Context, years: int) -> Result:
    """The period last mentioned, `years` years away ("a year earlier", "the year-ago quarter")."""
    if ctx.ref is None:
        return None
    value = shift_value(ctx.ref[0], ctx.ref[1], years)
    return (value, ctx.ref[1], False) if value else None
