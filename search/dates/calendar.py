"""Handlers for dates named on the calendar: days, months, weekdays, holidays, seasons, years.

These expressions carry their own calendar position and need the DCT only for
what they leave out: the year of "March 6", the week of "Friday". That missing
part comes from a modifier ("last March"), else from the clause's tense, else
from the nearest such date, as news annotators resolve them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .context import (
    _CUE,
    UNRESOLVED,
    Context,
    Result,
    dateline_day,
    fiscal_year_of,
    name_fiscal,
    quarter_of,
)
from .guards import (
    HOLIDAY_PREFIXES,
    a_named_weekday,
    a_paper,
    a_persons_name,
    a_title,
    clock_time,
    delivery_term,
    every_week,
    in_a_company_name,
    in_a_list_of_months,
    index_named_before,
    last_price_after,
    not_a_month,
    plausible_year,
    recurring,
    table_row_date,
    traded_month,
    weekly_kind,
    word_before,
)
from .values import (
    DECADE_WORDS,
    HOLIDAYS,
    MONTHS,
    SEASONS,
    WEEKDAYS,
    day_of,
    fmt_day,
    fmt_month,
    fmt_week,
    month_of,
    year_of,
)

_REL_YEAR = re.compile(r"\b(last|this|next)\s+year\b")
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
_LEADING_REL = re.compile(r"(this past|this coming|the past|last|next|this)\b")
_WEEKDAY_REL = re.compile(r"(this past|this coming|the previous|the following|last|next|this)\s")
_FOUR_DIGITS = re.compile(r"\d{4}")

DAY_REACH = 12
MONTH_REACH = 70
_AHEAD_WEIGHT = 1.5


def _follows_on(ctx: Context, start: int, end: int, month: int) -> int | None:
    """The year of a month opening its sentence after "In" ("In August, she flew") after a
    month of a year two or more back ("June 2001", up to a few sentences before, nothing
    between) and later in the calendar: a story told in order goes on in that year. Not in
    a clause that looks ahead, nor after a month that was a bound ("since July, 1979")."""
    if ctx.dct is None or ctx.ref is None or ctx.ref[1] not in ("month", "day"):
        return None
    value = ctx.ref[0]
    if not value[:4].isdigit() or ctx.written_year != int(value[:4]):
        return None
    if ctx.written_year > ctx.dct.year - 2 or month <= int(value[5:7]):
        return None
    if start - ctx.ref_end > _FOLLOWS_REACH or not ctx.opens_sentence(start):
        return None
    if not ctx.low.endswith(("in ", "by "), max(0, start - 3), start):
        return None
    if _A_BOUND_BEFORE_REF.search(ctx.low, max(0, ctx.ref_start - 12), ctx.ref_start):
        return None  # "the largest rise since July, 1979": a bound, not the time told of
    if ctx.future(start, end, MONTH_REACH, plans=True):
        return None
    return ctx.written_year


_FOLLOWS_REACH = 700
"""Characters from the month of a year gone by to a month that goes on in its year: three or
four sentences of a story told in order ("In June 2001, ... a month later ... In August")."""
_A_BOUND_BEFORE_REF = re.compile(r"\b(?:since|before|until|till|from|than)\s+$")


def _year_for(ctx: Context, start: int, end: int, month: int, day: int, rel: str) -> int | None:
    """The year of a month (and day) written without one, by modifier, then tense."""
    dct = ctx.dct
    if dct is None:
        return None
    here = (month, day)
    now = (dct.month, dct.day if day else 0)
    if rel in ("this", "this coming"):
        return dct.year
    if rel == "last" and not day:
        # "last February" written in March is a year back: last month would be "last month".
        return dct.year if month < dct.month - 1 else dct.year - 1
    if rel in ("last", "this past", "the past"):
        return dct.year if here < now else dct.year - 1
    if rel == "next":
        return dct.year if here > now else dct.year + 1
    if not rel and not day and (told := _follows_on(ctx, start, end, month)) is not None:
        return told  # "The board met in June 2001. In August, she flew to New York"
    if not rel and _in_last_years_phrase(ctx, start):
        return dct.year - 1  # "since last year's boom around the May elections"
    if not day and here > now and _LOOMING_BEFORE.search(ctx.low, max(0, start - 50), start):
        return dct.year  # "he was not hopeful about the looming showdown in July"
    if coming := _COMING_BEFORE.search(ctx.low, max(0, start - 40), start):
        # "the coming May/September harvest"; "the developing October/April main crop" runs
        # from the coming October into the April after it.
        first = month_of(coming.group(0).split(None, 1)[-1]) or month
        year = dct.year if (first, day) >= now else dct.year + 1
        return year if month >= first else year + 1
    if (
        not day
        and here > now
        and _A_PROSPECT_BEFORE.search(ctx.low, ctx.sentence_start(start), start)
    ):
        return dct.year  # "prospects for a quota accord in October", told in April
    lo = max(0, start - 16)
    if not day and "pre" in ctx.low[lo:start] and _PREVIOUS_BEFORE.search(ctx.low, lo, start):
        # "up from 1,995 the previous March", "a peak the previous November" after "last
        # July": the latest such month before the date just named, or the story's
        ref = ctx.ref[0] if ctx.ref and ctx.ref[1] in ("month", "day") else ""
        year, last = (int(ref[:4]), int(ref[5:7])) if ref[:4].isdigit() else (dct.year, dct.month)
        return year if month < last else year - 1
    season = _year_in_season(ctx, start, month) if not day else None
    if season is not None:
        return season
    paired = _year_by_pair(ctx, start, end, month, day)
    if paired is not None:
        return paired
    last = delivery_term(ctx.low, start, end) if day else traded_month(ctx.low, start, end)
    if last is not None:
        # A term ("May/July shipment") lies in or after the DCT's month, and so does its end.
        year = dct.year if last >= dct.month else dct.year + 1
        return year if month <= last else year - 1
    if day and _A_YEAR_ENDS_BEFORE.search(ctx.low, max(0, start - 40), start):
        return _year_by_tense(dct.year, True, (here > now) - (here < now))
    if (
        not day
        and month <= dct.month
        and _MEASURED_IN_BEFORE.search(ctx.low, max(0, start - 60), start)
    ):
        return dct.year  # "less than forecast in July", told in October
    if not day and _figures_of(ctx, start, end):
        # Figures for a month come out after it: the latest such month.
        return dct.year if month <= dct.month else dct.year - 1
    if _an_event_over(ctx, start, end):
        return _year_by_tense(dct.year, False, (here > now) - (here < now))
    if here > now and _the_coming_election(ctx, start, end):
        return dct.year  # "could push it until after the November election", in a campaign
    if not day and (election := _an_election(ctx, start, end)):
        ahead = election in ("a", "to") or ctx.future(start, end, MONTH_REACH) is not False
        return _year_by_tense(dct.year, ahead, (here > now) - (here < now))
    if (
        not day
        and _A_NAMED_ACCORD_AFTER.match(ctx.text, end)
        and not _AN_BEFORE.search(ctx.low, max(0, start - 4), start)
    ):
        return dct.year if here <= now else dct.year - 1  # "the February Louvre accord"
    if _attributive(ctx, *_unbracketed(ctx, start, end)):
        start, end = _unbracketed(ctx, start, end)  # "the (December) accord": an editor's note
        if _AGREED_AFTER.match(ctx.low, end) and not _AN_BEFORE.search(ctx.low, start - 4, start):
            return dct.year if here <= now else dct.year - 1  # "despite the July agreement"
        if not day and month > now[0] and _A_CONTEST_AFTER.match(ctx.low, end) and _a_campaign(ctx):
            return dct.year  # "a November matchup", told in March in a story of a campaign
        return _nearest_year(dct, month, day or 15)
    if not day and month > now[0] and _BIDDING_BEFORE.search(ctx.text, max(0, start - 30), start):
        return dct.year
    if _SINCE_DONE_BEFORE.search(ctx.low, max(ctx.sentence_start(start), start - 70), start):
        # "Since announcing in October that he would not run, he has": gone by, whatever the
        # tense of what was announced.
        return _year_by_tense(dct.year, False, (here > now) - (here < now))
    # A month opening its sentence takes the tense of the verb after it; any other looks
    # back as far as a plan ("is due to begin production at the plant in September").
    far = not day and ctx.opens_sentence(start)
    starts = bool(day) and _A_START_BEFORE.search(ctx.low, max(0, start - 24), start) is not None
    future = ctx.future(start, end, DAY_REACH if day else MONTH_REACH, far=far, plans=True)
    if not day and not future and ctx.reported_ahead(start, end):
        future = True  # "said April sales will rise": the tense of what was said
    if not day and not future and _a_modal_ahead_before(ctx, start):
        # "could be forfeited between September and end-year"; "the deal embraced by Clinton
        # might lead to gains in November": the modal, nearer than the past verb, is the tense.
        future = True
    if _MATURING_BEFORE.search(ctx.low, max(0, start - 24), start):
        future = True  # "bills maturing from May through September 24"
    if not future and ctx.named_as_target(start, end):
        # "set October 1 as a target date"; a weekday so set is most often the one gone by
        # ("set Friday as the deadline", told on the Saturday), so only months and days.
        future = True
    if future is None and day and _EFFECTIVE_BEFORE.search(ctx.low, max(0, start - 16), start):
        future = True  # "was chosen Executive Director, effective October 1", in March
    passed = _STARTED_DAYS if starts and not _a_leaving(ctx, start) else _JUST_PASSED_DAYS
    if future is None and not day and _of_an_election(ctx, start, end, campaign=month > now[0]):
        return _year_by_tense(dct.year, True, (here > now) - (here < now))
    if not future and not day and month > now[0] and _told_now(ctx, start, end, future):
        return dct.year  # "have 24 seats up in November", "Can he win voters in November?"
    if future is None or (future and day and _just_passed(dct, month, day, passed)):
        return _nearest_year(dct, month, day or 15)
    if future and (said := _said_then(ctx, start)) is not None:
        return said[0] if (month, day or said[2]) >= said[1:] else said[0] + 1
    year = _year_by_tense(dct.year, future, (here > now) - (here < now))
    ahead = (year - dct.year) * 12 + month - dct.month
    if (
        future
        and ahead >= FAR_AHEAD_MONTHS
        and not _named_as_ahead(ctx, start, end)
        and not (day and _WILL_BEFORE.search(ctx.low, max(0, start - 40), start))
    ):
        return year - 1  # "would be producing its quota in March" in April: the one gone
    if future is False and -ahead >= FAR_AHEAD_MONTHS and _a_target_ahead(ctx, start):
        return year + 1  # "opened export registrations for May" in April: the coming May
    return year


_LAST_YEARS = re.compile(r"\blast\s+year['’]s\s+(?:[a-z-]+\s+){0,4}?(?:(?:early|late|mid)[\s-]+)?$")


def _in_last_years_phrase(ctx: Context, start: int) -> bool:
    """Whether the date stands in a phrase "last year's" opens, with no comma and no verb
    between ("since last year's boom around the May elections", "last year's exceptional
    first half performance"): the phrase's own time, last year's. "Unlike last year's crop,
    the May harvest" and "last year's output fell, and sales will rise in May" are not."""
    m = _LAST_YEARS.search(ctx.low, max(0, start - 60), start)
    return m is not None and not ctx.tensed(m.start() + len("last year's"), start)


def _told_now(ctx: Context, start: int, end: int, future: bool | None) -> bool:
    """Whether a month later in the year than the story, which no verb set ahead, is told
    from now: in the present ("Republicans have 24 seats up in November", "she is marching
    toward November"), with a modal ("any impact it may have in November") or as a question
    ("Can he mobilize new voters in November?"). What is told so of a month is of the one to
    come; the one gone by is told in the past ("endorsed her in November") or set against
    now ("up from November", "since November"). A past tense `future` found nearer than
    the present counts only where it is another clause's ("a year that had a favorable
    landscape: Republicans have 24 seats up in November")."""
    first = ctx.sentence_start(start)
    if _NOT_NOW_BEFORE.search(ctx.low, max(first, start - 12), start):
        return False
    past = ctx.last_past(first, start)
    stop = _SENTENCE_STOP.search(ctx.text, end, min(len(ctx.text), end + 200))
    if future is None and past is None and stop is not None and stop.group() == "?":
        return True
    lo = max(first, past or 0, *(ctx.low.rfind(c, first, start) + 1 for c in ",;:(—"))
    hi = _CLAUSE_STOP.search(ctx.low, end, min(len(ctx.low), end + 200))
    if future is False and ctx.last_past(end, hi.start() if hi else end + 200) is not None:
        return False  # "the Democrats who have seats up in November lost them"
    return any(
        ctx.text[m.start()].islower() for m in _NOW_VERB.finditer(ctx.low, lo, start)
    )  # not a name: "American Can sold ... to Triangle in November"


_NOT_NOW_BEFORE = re.compile(r"\b(?:from|since|than|as|over|to|versus|vs\.?)\s+(?:in\s+)?$")
"""A month something is measured from or against ("up from November", "than in November",
"compared to November") is one gone by, in any tense."""
_SENTENCE_STOP = re.compile(r"[.!?\n]")
_CLAUSE_STOP = re.compile(r"[.!?\n,;:(—]|\s(?:and|but)\s")
"""Where the clause after a month ends: "it is almost July and Congress has failed to act"
tells of July by "is", and "has failed" is the next clause's."""
_BIDDING_BEFORE = re.compile(
    r"(?:^|[.!?:;]\s+|[\"“‘]\s*|\n\s*)(?:Remember|Vote|Watch|Expect|Mark)\s+(?:in|on|come)\s+$"
)
"""A clause opened by a bidding ("Remember in November the Democrats who filibustered",
"Vote in November"): what it bids for lies ahead, whatever the tense of what follows."""
_PARTICIPLE = (
    r"(?:[a-z]+(?:ed|en|wn)|been|had|won|lost|cut|put|set|made|done|gone|come|run|held|led"
    r"|met|paid|said|seen|told|sold|left|hit|got|begun|become|brought|bought|fought|kept|felt)"
)
_NOW_VERB = re.compile(
    r"\b(?:(?:is|are|am)(?:n['’]t)?|(?:has|have)(?:n['’]t)?|can(?:['’]t|not)?"
    r"|(?:may|might|must)(?:\s+have)?)"
    rf"(?!\s+(?:not\s+)?{_PARTICIPLE}\b)\b"
)
"""A verb in the present, or a modal: "have" but not "have won", "may have" but not "may
have been"; not "could", as often the past of "can" ("could not attend in September")."""


_EFFECTIVE_BEFORE = re.compile(r"\beffective\s+(?:on\s+|from\s+)?$")
"""Before a day, the day a change takes effect: with no tense near ("was chosen Executive
Director of the ICCO, effective October 1", in March) it is announced ahead of it or soon
after it began (`_STARTED_DAYS`), not the day half a year gone by."""


def _a_leaving(ctx: Context, start: int) -> bool:
    """ "will retire, effective December 31", told in March: a leaving (retiring, resigning,
    stepping down) is not back-dated as a price or a merger may be, so the day it takes
    effect is the coming one unless only a few days gone."""
    return _LEAVING.search(ctx.low, max(ctx.sentence_start(start), start - 60), start) is not None


_LEAVING = re.compile(
    r"\b(?:retires?|retiring|resigns?|resigning|step(?:s|ping)?\s+down|leaves?|leaving)\b"
)
"""A leaving told as still to come; "retired effective December 31" is one over."""


_A_MODAL_AHEAD = re.compile(
    r"\b(?:could|might|may)(?:\s+(?:well|also|still|even|only))?\s+"
    rf"(?!have\s+{_PARTICIPLE}\b|not\b)[a-z]+"
)
_MATURING_BEFORE = re.compile(
    r"\bmatur(?:ing|es?)\s+(?:on\s+|in\s+|from\s+|between\s+)?(?:early\s+|late\s+|mid-?)?$"
)
"""Before a date, a maturity: bills and notes "maturing from May" mature after they are
issued and traded, which news reports as it happens."""


def _a_modal_ahead_before(ctx: Context, start: int) -> bool:
    """Whether the clause tells what may come of the month with a modal before it and no
    verb with a tense between ("could be forfeited between September and end-year", "may
    rise in September", "any impact it may have in November"): a forecast, where nothing else
    gave the month a tense. "Could not" is as often what could not be done then, and "could
    have done" what is over."""
    lo = max(ctx.sentence_start(start), start - 60)
    modal = None
    for m in _A_MODAL_AHEAD.finditer(ctx.text, lo, start):
        modal = m
    if modal is None or _ANOTHER_CLAUSE.search(ctx.low, modal.end(), start):
        return False
    if modal.group().endswith("have") and not ctx.low[modal.end() : start].strip():
        return False  # "the spoiler he could have [been] Tuesday": a "have" cut short
    return not ctx.tensed(modal.end(), start)


_ANOTHER_CLAUSE = re.compile(r"[,;:]|\b(?:since|has|have|had|was|were|is|are)\b")
"""Between a modal and a date, what makes the date another clause's: "funds may be allocated
at lower than the rate the bank has set since ... the end of January"."""


def _a_target_ahead(ctx: Context, start: int) -> bool:
    """A month or day a thing is for or runs to ("export registrations for May", "booked for
    April-June delivery", "extended its tender offer to March 31"), told in the past and so
    ten or more months back, is the one coming: what is done now is done for a month ahead,
    and one a year gone is named with its year or "last year" ("Last year ... was not
    drilled until May")."""
    if _A_TARGET_BEFORE.search(ctx.low, max(0, start - 12), start) is None:
        return False
    return _LAST_YEAR.search(ctx.low, ctx.sentence_start(start), start) is None


_A_TARGET_BEFORE = re.compile(
    r"(?<!back )(?<!dating )\b(?:for|to|until|till|through|thru)\s+(?:early\s+|late\s+|mid-?)?$"
)
_LAST_YEAR = re.compile(r"\b(?:last\s+year|a\s+year\s+(?:ago|earlier)|(?:19|20)\d\d)\b")


def _named_as_ahead(ctx: Context, start: int, end: int) -> bool:
    """What keeps a month or day far ahead: "next" before it ("when VAT comes in next January
    1"), a word that sets it ahead by itself ("by Jan. 4", "postponed until March", "set
    for"), the end of a period ("fiscal 1988, ending January 31", "1987/88 end-February 1"), or
    a list or pair of months whose order carries the year ("forecasts will be issued in
    October, November, January and April", "instalments on February 28 and August 31",
    "the impact will be in February/April")."""
    if word_before(ctx.text, start) == "next" or _PERIOD_END_BEFORE.search(
        ctx.low, max(0, start - 12), start
    ):
        return True
    if ctx.named_as_target(start, end) or (
        ctx.led_ahead(start) and not ctx.by_told_past(start, end)
    ):
        return True  # "the talks will end by Jan. 4", "postponed until March"
    return in_a_list_of_months(ctx.low, start, end) or "/" in ctx.low[max(0, start - 2) : end + 2]


_PREVIOUS_BEFORE = re.compile(r"\b(?:the|a)\s+(?:previous|preceding)\s+$")
_PERIOD_END_BEFORE = re.compile(r"\b(?:ending|end)[\s-]*(?:on\s+)?$")


FAR_AHEAD_MONTHS = 10
"""How far ahead a month or day written without its year may be put by a future tense. One
ten or eleven months ahead is the month just gone a year on: news names next year's as
"next January" or "January 1988", and a "will", "would" or "expected" near last month's
date ("stocks climbed to 1.62 mln by the end of January", "would be producing its quota in
March", "the Fed had previously offered to buy on March 31") is most often of the report,
not the date."""


_WILL_BEFORE = re.compile(r"\b(?:will|shall)\s+(?:not\s+)?(?:be\s+)?(?:[a-z]+\s+){0,2}(?:on\s+)?$")
"""Before a day, a plain future the clause itself states ("the fair will be held on 14
May"): not reported speech, whose "would" may be of the report and not of the day."""


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_COMING_BEFORE = re.compile(
    rf"\b(?:coming|upcoming|forthcoming|developing)\s+(?:(?:{_MONTH_NAMES})\.?\s*[/–-]\s*)*$"
)
"""Before a month (or the second of a pair), words that put it ahead: "the coming May/September
harvest", "the upcoming December meeting"."""
_LOOMING_BEFORE = re.compile(
    r"\b(?:looming|upcoming|impending|approaching|forthcoming)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:in|on|during|for)\s+(?:early\s+|late\s+|mid-?)?$"
)
"""Before a month later in the year than the story, a thing told as still to come: "the looming
showdown in July", "the upcoming vote in November", whatever tense the telling is in."""
_A_PROSPECT_BEFORE = re.compile(
    r"\b(?:(?:prospects?|chances?|possibility|likelihood)\s+(?:for|of)|aimed\s+at)\b"
    r"[^.;:]{0,100}?\b(?:in|before|by)\s+$"
)
"""Before a month later in the year than the story, a prospect or an aim: what it looks to
lies ahead of the looking, told now, however bleak it "looked" ("prospects for a quota
accord in October also looked bleak", "talks aimed at restoring quotas before October").
"Hopes for an accord in February were dashed" may be of a month gone by."""
_SEASON_BEFORE = re.compile(
    r"\b((?:19|20)\d\d)\s*[/-]\s*(\d\d(?:\d\d)?)(?![\d/-])[^().;\n]{0,30}\(\s*"
    rf"(?:({_MONTH_NAMES})\.?\s*[/–-]\s*)?$"
)


def _year_in_season(ctx: Context, start: int, month: int) -> int | None:
    """The year of a month that opens or closes a season written after its years: "the 1986/87
    season (October/September)" runs from October 1986 to September 1987, "1985/86
    (August/July)" from August 1985 to July 1986, whenever the story is told."""
    m = _SEASON_BEFORE.search(ctx.low, max(0, start - 60), start)
    if m is None:
        return None
    first, digits = int(m.group(1)), m.group(2)
    second = int(digits) if len(digits) == 4 else first - first % 100 + int(digits)
    if second != first + 1 and not (len(digits) == 2 and second == first - 99):
        return None
    opening = MONTHS[m.group(3)] if m.group(3) else None
    if opening is None:
        return first
    return first if month > opening else first + 1


def _said_then(ctx: Context, start: int) -> tuple[int, int, int] | None:
    """The (year, month, day) a future told in the past was told on, when the sentence says so.

    "In January it said it would close the plant in May": the May after January, even in
    a July story. A "would" with no time of telling counts from the story's own day, as
    news reports what was said just now. Day 0 stands for a whole month."""
    if ctx.ref is None or ctx.ref[1] not in ("day", "month") or ctx.dct is None:
        return None
    if ctx.sentence_start(start) > ctx.ref_start:
        return None
    if _WOULD.search(ctx.low, ctx.ref_end, start) is None:
        return None
    if dateline_day(ctx):
        return None  # "MEXICO CITY, March 5 - PEMEX said ... would": the day of filing
    value = ctx.ref[0]
    told = (int(value[:4]), int(value[5:7]), int(value[8:10] or 0))
    return told if told[:2] <= (ctx.dct.year, ctx.dct.month) else None


_WOULD = re.compile(r"\bwould\b")


def _unbracketed(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The span of a date with the brackets an editor put round it ("by the (December)
    accord", in a quote): the words beyond them are the date's own."""
    if ctx.low[start - 1 : start] in ("(", "[") and ctx.low[end : end + 1] in (")", "]"):
        return start - 1, end + 1
    return start, end


def _attributive(ctx: Context, start: int, end: int) -> bool:
    """ "the Aug. 7 terrorist blasts", "an April 13 decision", "their February 22 Paris pact":
    a date naming a thing, between a determiner and its noun, says when that thing was; the
    tense of the clause around it ("she hoped to help the countries where the Aug. 7 blasts
    killed 257", "will meet to review their February 22 pact") is of something else."""
    if _DETERMINER_BEFORE.search(ctx.low, max(0, start - 8), start) is None:
        return False
    after = _WORD_AFTER.match(ctx.low, end)
    return after is not None and after.group(1) not in _NOT_A_NOUN


_A_CONTEST_AFTER = re.compile(
    r"\s+(?:matchups?|match-ups?|showdown|contests?|race|results|ballots?|turnout|vote)\b"
)
"""After a month naming it, the contest of an election: "a November matchup against Trump",
"after the November results have been tallied"."""
_A_NAMED_ACCORD_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[A-Z][A-Za-z.&-]+){1,2}\s+(?i:accords?|agreements?|pacts?|treaty)\b"
)
"""After a month, an accord's own name and its noun ("the February Louvre accord",
"February's Louvre Accord", "the December OPEC accord"): an accord named so is one already
made, as "the July agreement" is; a hoped-for one is "a February Paris accord"."""
_AGREED_AFTER = re.compile(
    r"\s+(?:agreements?|accords?|pacts?|deals?|settlements?|understandings?|arrangements?"
    r"|truces?|cease-?fires?)\b"
)
"""After a month naming it, something agreed: "despite the July agreement", "their June
accord" name an agreement already made, so the month gone by, not the nearer one ahead
(a hoped-for one is "a June agreement")."""


_EVENT_OVER_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:a|an|the|and|or|of|to|in|on|for|by|at|from|with)\b)[a-z][a-z-]*){0,2}?"
    r"\s+(?:attacks?|shootings?|massacre|bombings?|killings?|deaths?"
    r"|crash|explosion|blasts?|earthquake|quake|murders?|slaying|stabbing|ambush|riots?|win"
    r"|victory|victories|loss|losses|defeat|upset|sweep|landslide|collapse)\b(?!-)"
)


def _an_event_over(ctx: Context, start: int, end: int, *, day: bool = False) -> bool:
    """ "Sunday's attack", "the Feb. 13 death of the justice", "Tuesday's primary win": a
    date naming what nobody schedules (an attack, a death, a crash) or what is known only
    once it is over (a win, a defeat, an upset) names a day gone by, whatever the verb after
    says of its consequences ("Tuesday's win will give him momentum"). So does the date of
    such an event named before it ("the church massacre in June", "the slaying in Chicago on
    Friday"); a win or a defeat only when it is someone's and the date a weekday ("her
    victories in four states on Tuesday will", "a boost from the win Tuesday"): "a win in
    November would" may still come."""
    if _EVENT_OVER_AFTER.match(ctx.low, end):
        return True
    lo = max(0, start - 120)
    if _EVENT_OVER_BEFORE.search(ctx.low, lo, start):
        return True
    return day and _OUTCOME_BEFORE.search(ctx.low, lo, start) is not None


_PLACE = (
    r"(?:\s+(?:in|at|near|outside)\s+(?:(?!\band\s+(?:the|a|an|his|her|their|its)\b)"
    r"[^.;:!?()\n]){1,60}?)?\s+(?:(?:in|on)\s+)?$"
)
"""Between an event and its date, where it took place: "the slaying in Chicago on Friday",
"her victories in Pennsylvania, Maryland, Connecticut and Delaware on Tuesday"; not another
thing joined by "and" ("the attack in Paris and the talks on Tuesday")."""
_EVENT_OVER_BEFORE = re.compile(
    r"\b(?:the|this|that|last|its|their|his|her)\s+(?:[a-z][a-z.'’-]*\s+){0,3}?"
    r"(?:attacks?|shootings?|massacre|bombings?|killings?|deaths?|crash|explosion|blasts?"
    rf"|earthquake|quake|murders?|slaying|stabbing|ambush|riots?){_PLACE}"
)
_OUTCOME_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?:[a-z][a-z.'’-]*\s+){0,3}?"
    rf"(?:wins?|victor(?:y|ies)|loss(?:es)?|defeats?|upset|sweep){_PLACE}"
)


_ELECTION_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?:general|presidential|parliamentary|congressional|legislative|midterm"
    r"|local|state|national|municipal|regional|primary|run-?off))?"
    r"\s+(?:elections?|ballot|vote|polls|run-?off|referendum)\b"
)
_ELECTED_BEFORE = re.compile(
    r"\b(?:win|wins|winning|lose|loses|losing|elected|vote|votes|voting|beat|beats|defeat"
    r"|defeats|run|runs|running|electoral)\b(?:\s+[a-z'’-]+){0,3}?\s+in\s+$"
)


def _an_election(ctx: Context, start: int, end: int) -> str:
    """ "the November election", "November's general election", "can win in November",
    "if a Republican is elected president in November": an election named by its month
    alone is the coming one unless the clause tells it in the past ("won control of the
    Senate in the November election"). The nearer month a year back is not meant: a past
    election is told in the past or named with its year ("last November's elections").
    One named with "a" ("pressure to call a June election") is still to be held whatever
    the tense, and so is one voted or won in by an infinitive ("less likely to vote for the
    party in November", said of a poll), unless one that failed or was tried. Returns "a",
    "the", "to" or "in" for the form found, "" for none."""
    if _ELECTION_AFTER.match(ctx.low, end):
        return "a" if _AN_BEFORE.search(ctx.low, max(0, start - 4), start) else "the"
    elected = _ELECTED_BEFORE.search(ctx.low, max(0, start - 60), start)
    if elected is None:
        return ""
    if _TO_VOTE.match(ctx.low, max(0, elected.start() - 3)) and not _TRIED_BEFORE.search(
        ctx.low, max(0, elected.start() - 24), elected.start()
    ):
        return "to"  # "are less likely to vote Republican in November", told through a poll
    if _A_VOTE.match(elected.group()) and _MODAL_BEFORE.search(
        ctx.low, max(0, elected.start() - 12), elected.start()
    ):
        return "to"  # "a candidate who can win in November", "Let's defeat her in November"
    return "in"


def _the_coming_election(ctx: Context, start: int, end: int) -> bool:
    """ "until after the November election", "by the time of the Nov. 8 election", "if he won
    the presidential election on Nov. 8": the election named by a month or day later in the
    year than the story is the coming one. The tense around it tells of what is said or done
    about it ("Lawyers said the ruling could push", "Cross called November's general
    election"), not of the vote: one gone by is told with a verb of its outcome ("won the
    November election", but not "if he won") or reached back to ("since the November
    election"), or named with its year or "last"."""
    if not _ELECTION_AFTER.match(ctx.low, end) and not _ELECTION_ON_BEFORE.search(
        ctx.low, max(0, start - 40), start
    ):
        return False
    lo = ctx.sentence_start(start)
    if _BACK_TO_ELECTION.search(ctx.low, max(lo, start - 30), start):
        return False
    return not any(
        not _IF_BEFORE.search(ctx.low, max(lo, m.start() - 30), m.start())
        for m in _OUTCOME_VERB.finditer(ctx.low, lo, start)
    )


_ELECTION_ON_BEFORE = re.compile(r"\belections?\s+(?:on|in)\s+(?:early\s+|late\s+|mid-?)?$")
_OUTCOME_VERB = re.compile(
    r"\b(?:won|lost|held|swept|carried|beat|defeated|voted|captured|regained|took"
    r"|(?:was|were)\s+(?:re-?)?elected)\b"
)
_IF_BEFORE = re.compile(r"\b(?:if|unless|whether)\s+(?:[a-z'’.-]+\s+){0,3}$")
"""Before a verb of an election's outcome, a condition: "if he won" imagines the vote ahead."""
_BACK_TO_ELECTION = re.compile(
    r"(?:\bsince|(?<!until )(?<!till )\bafter|\bfollowing|\bbefore|\bwake\s+of|\bresults?\s+of)"
    r"\s+(?:the\s+|this\s+)?(?:[a-z]+\s+){0,2}?$"
)
"""Before an election's date, words that reach back to it: "since the November election",
"after the Nov. 8 election" (not "until after"), "polls before the November election"."""


_ELECTION_WORDS = re.compile(
    r"\b(?:elections?|electab\w*|electorate|electoral|voters?|votes|voting|ballots?|nominee"
    r"|matchup|ticket|swing\s+states?|down-ballot)\b"
)
_A_POLL_BEFORE = re.compile(r"\b(?:polls?|polling|surveys?|interviews?)\b[^.;:]{0,25}$")


def _of_an_election(ctx: Context, start: int, end: int, *, campaign: bool = False) -> bool:
    """Whether a month's sentence speaks of an election ("electability in November", "could
    have big consequences in November if he is the nominee", "regain control of the Senate in
    November"): with no tense told of it, the month is the coming vote's, not the one a few
    months back that the nearest such month would be. With `campaign` (a month later in the
    year than the story), a story about a campaign is enough ("Then there's November."): a
    campaign runs within the year of its vote, so the month gone by is last year's, before it."""
    lo = max(ctx.sentence_start(start), start - _ELECTION_REACH)
    if _A_POLL_BEFORE.search(ctx.low, max(lo, start - 40), start) or _A_SPAN_BEFORE.search(
        ctx.low, max(lo, start - 30), start
    ):
        return False  # "a CNN/ORC poll in January shows", "spent through the end of September"
    if ctx.low.startswith(("'s", "’s"), end):
        return False  # "July's polling": a thing of that month, gone by
    if campaign and _a_campaign(ctx):
        return True
    hi = ctx.low.find(". ", end, end + _ELECTION_REACH)
    hi = min(len(ctx.low), end + _ELECTION_REACH) if hi < 0 else hi
    return bool(_ELECTION_WORDS.search(ctx.low, lo, hi))


_ELECTION_REACH = 60

_CAMPAIGN_WORDS = re.compile(
    r"\b(?:general\s+election|nominee|nomination|primar(?:y|ies)|caucus(?:es)?|electab\w*"
    r"|swing\s+states?|running\s+mate|electoral\s+college"
    r"|presidential\s+(?:race|campaign|candidates?|election))\b"
)
CAMPAIGN_WORDS = 5
"""How many campaign words make a story one about a campaign: a story that mentions an
election in passing ("the union, which endorsed her for the nomination") is not one."""


def _a_campaign(ctx: Context) -> bool:
    """Whether the story is about an election campaign, by its words: "the nomination",
    "the primaries", "the nominee", "swing states", "running mate"."""
    if ctx.campaign is None:
        ctx.campaign = len(_CAMPAIGN_WORDS.findall(ctx.low, 0, 20000)) >= CAMPAIGN_WORDS
    return ctx.campaign


_A_SPAN_BEFORE = re.compile(
    r"\b(?:through|thru|until|till|since|according\s+to)\s+(?:the\s+(?:end|start|middle|beginning)"
    r"\s+of\s+)?(?:early\s+|late\s+|mid-?)?$"
)


_TO_VOTE = re.compile(r"to\s+(?:vote|votes|win|run|beat|defeat)\b")
_A_VOTE = re.compile(r"(?:vote|win|run|beat|defeat)\b")
_MODAL_BEFORE = re.compile(r"\b(?:can|could|will|would|might|may|must|let['’]s)\s+$|['’]ll\s+$")
"""Before "win", "vote", "beat" or "defeat": a modal, or "let's", that looks to the election
still to come whatever tense tells of the saying ("cared most about a candidate who can win
in November")."""
_TRIED_BEFORE = re.compile(
    r"\b(?:failed|fails|tried|managed|unable|sought|attempted|hoped|expected|wanted)\s+to\s+$"
)
"""Before "to vote ... in November", what tells of an election gone by: "failed to win in
November", "had hoped to win in November"."""


_AN_BEFORE = re.compile(r"\ban?\s+$")


_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|an?|their|its|his|her|our)|\w['’]s)\s+$")
"""Not "this" or "that": "the year ending this Aug 31" points, it does not name."""
_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]*)\b")
_NOT_A_NOUN = frozenset(
    [
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "but",
        "through",
        "thru",
        "until",
        "till",
        "when",
        "as",
        "is",
        "was",
        "were",
        "will",
        "would",
        "has",
        "had",
        "have",
        "be",
        "been",
        "from",
        "by",
        "with",
        "than",
        "after",
        "before",
        "since",
        "this",
        "last",
        "next",
        "should",
        "could",
        "may",
        "might",
        "must",
        "can",
        "shall",
    ]
)


_FIGURE_WORDS = (
    r"(?:figures?|data|reports?|statistics|numbers|index|indices|deficit|surplus|trade"
    r"|inflation|unemployment|jobless|payrolls|money\s+supply|prices|retail\s+sales"
    r"|current\s+account|balance|reading|estimate)"
)
_NOT_A_MODIFIER = (
    r"(?:a|an|the|of|in|for|to|and|or|will|would|is|was|are|were|be|been|has|have|had|at|on|by"
    r"|with|from|when|because|which|that|as|after|before|if|while|but|than|it|its|their|this)"
)
"""Words that cannot stand between a month and the figures it qualifies ("the February U.S.
trade data"): "available in October at prices", "agreed to in December because oil prices"
speak of something else."""
_FIGURES_AFTER = re.compile(
    rf"(?:\s*/\s*[a-z]+\.?)?(?:['’]s)?(?:\s+(?!{_NOT_A_MODIFIER}\b)[a-z.-]+){{0,2}}"
    rf"\s+{_FIGURE_WORDS}(?![\w-])"
)
_FIGURES_FOR_BEFORE = re.compile(rf"\b{_FIGURE_WORDS}\s+(?:for|of)\s+$")
_COMPARED_IN_BEFORE = re.compile(
    r"\b(?<!far )(?:from|against|compared\s+with|versus|vs)\s+(?!(?:a\s+|the\s+)?current)"
    r"(?:[^.;:,]|\.\d){0,50}?\d(?:[^.;:,]|\.\d){0,30}?\bin\s+$"
)


_A_CHANGE_FROM_BEFORE = re.compile(
    rf"(?:\bin\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTH_NAMES})\.?"
    r"|\b(?:up|down|r[oi]se|rises|rising|f[ae]ll|falls|falling|gr[oe]w|grows|growing|gain(?:ed|s)?"
    r"|drop(?:ped|s)?|increased?|decreased?|declined?|climbed?|jumped?)\s+(?:by\s+)?(?:an?\s+)?"
    r"(?:[a-z]+\s+)?[\d.]+\s*(?:pct|percent|per\s+cent|%))"
    r"\s+from\s+(?:(?:early|late|mid)[\s-]+)?$"
)
"""Before a month, the base of a change: another month or a change by a figure, then "from"
("down 0.5 pct in January from December", "would have to grow 2.6 pct from October/December").
A level then "from" starts a term ("cut to 73.8 pct from 74 pct from April"), and so does
"raise prices from July"."""


def _figures_of(ctx: Context, start: int, end: int) -> bool:
    """ "the January deficit will be revised", "will publish trade figures for February",
    "the February trade data", "to show a deficit of 13 billion, from 14.8 billion in
    January": a month whose figures are spoken of, or the month a figure is compared with,
    is one gone by (or the month now ending), whatever tense tells of publishing them."""
    if _FIGURES_AFTER.match(ctx.low, end) or _COMPARED_IN_BEFORE.search(
        ctx.low, max(0, start - 90), start
    ):
        return True
    if _A_CHANGE_FROM_BEFORE.search(ctx.low, max(0, start - 40), start):
        return True  # "down 0.5 pct in January from December"
    return _FIGURES_FOR_BEFORE.search(ctx.low, max(0, start - 40), start) is not None


_MEASURED_IN_BEFORE = re.compile(
    r"\b(?:estimates?|forecasts?|forecasted|projections?|projected|margins|readings?)\s+in\s+"
    rf"(?:(?:{_MONTH_NAMES})\.?(?:,|\s+and|\s+or)?\s+)*(?:early\s+|late\s+|mid-?)?$"
)
"""Before a month, an estimate, a forecast or a measure taken in it ("less than forecast in
July", "official U.S. estimates in February of 175 billion", "because of low margins in
January and February"): one earlier in the year than the story is this year's, measured
already, whatever "will" or "would" tells of what follows from it."""
_A_YEAR_ENDS_BEFORE = re.compile(
    r"\b(?:fiscal|financial|reporting|business|crop|marketing|tax|accounting)?\s*year"
    r"\s+(?:ends|closes|finishes)\s+(?:on\s+)?$"
)
"""Before a day, a year said in the present to end on it: "its fiscal year ends September 30",
"until the financial year ends on June 30" is the end of the year under way, the coming
such day, never last year's."""
_A_START_BEFORE = re.compile(r"\b(?:effective|starting|beginning|commencing|from)(?:\s+on)?\s+$")
"""Before a day, words that start a term: a plan told further back in the sentence sets its
tense ("would take effect from July 1", "will cease production effective August 26")."""
_RANGE_TO = re.compile(r"\s*(?:through|thru|to)\s+|[-–]")
"""Between the ends of a range of months. A spaced dash ends a dateline ("March 18 - Feb
28 end"), "and" joins a list in any order, and "until" follows a date that only names a
thing ("debentures due December 1, 1988 until April 23")."""
_OF_RECORD = re.compile(r",?\s+to\s+(?:[a-z]+\s+){0,3}of\s+record(?:\s+on|\s+as\s+of)?\s+")
"""A record date told right after the payment it qualifies for: "payable June 19 to holders
of record June 1"."""


def _year_by_pair(ctx: Context, start: int, end: int, month: int, day: int) -> int | None:
    """The year a date takes from the one it is paired with: the end of a range follows
    its start ("from April through October", "May to September"; not "a revision Friday
    to December's figures"), and a record date
    precedes the payment it qualifies for ("paid Dec. 22 to holders of record Nov. 30")."""
    if ctx.ref is None or ctx.ref[1] not in ("month", "day"):
        return None
    value = ctx.ref[0]
    ref_year, ref_here = int(value[:4]), (int(value[5:7]), int(value[8:10] or 0))
    between = ctx.low[ctx.ref_end : start]
    named = month_of(ctx.low[max(0, ctx.ref_end - 16) : ctx.ref_end]) is not None
    if named and len(between) < 12 and _RANGE_TO.fullmatch(between):
        if (month, day) >= ref_here:
            return ref_year
        # A range into the next year only where the clause looks ahead; otherwise ("from
        # April 1 through March 13 totaled") the start more likely lies a year back.
        return ref_year + 1 if ctx.future(start, end, MONTH_REACH) else None
    if ctx.ref[1] == "day" and _OF_RECORD.fullmatch(between):
        return ref_year if (month, day) <= ref_here else ref_year - 1
    next_month = not day and ctx.ref[1] == "month" and month == ref_here[0] + 1
    if named and next_month and _EARLY_NEXT.fullmatch(ctx.low, ctx.ref_end, end):
        return ref_year  # "in late November or early December": one stretch of time
    return None


_EARLY_NEXT = re.compile(r"\s+(?:or|and|to)\s+early\s+[a-z]+\.?")
"""Between the end of a month and the start of the next ("late November or early December",
"for November and early December shipment"): one stretch of time, in the year of the first,
whatever would set the second alone (the first, far ahead, put a year back; the second, in
a list of months, not)."""


def _just_passed(dct: dt.date, month: int, day: int, days: int) -> bool:
    """A day a few days before the DCT: a deadline the story looks back on as still to meet
    ("to repatriate the child by Jan. 14" on the 15th), never one a year ahead."""
    try:
        nearest = dt.date(_nearest_year(dct, month, day), month, day)
    except ValueError:
        return False
    return 0 < (dct - nearest).days <= days


_JUST_PASSED_DAYS = 7
_STARTED_DAYS = 92
"""A term a plan starts from may have begun up to a quarter ago ("will be dissolved,
effective February 24" in March; "prices for the year from April 1" in June)."""


def _year_by_tense(year: int, future: bool, side: int) -> int:
    """The year that puts a date on the side of the DCT the clause's tense says: on or
    after it in a future clause, on or before it otherwise.

    `side` is where the date falls in the DCT's own year: -1 before, 0 on it, 1 after.
    """
    if future:
        return year if side >= 0 else year + 1
    return year if side <= 0 else year - 1


def _nearest_year(dct: dt.date, month: int, day: int) -> int:
    """The year that puts a month and day closest to the DCT: a written date is usually near.

    News reports what happened more than what is planned, so a day ahead counts as further
    away than the same day behind."""
    day = min(day, 28)
    return min(
        (dct.year - 1, dct.year, dct.year + 1),
        key=lambda y: _distance(dt.date(y, month, day) - dct),
    )


def _distance(delta: dt.timedelta) -> float:
    return delta.days * _AHEAD_WEIGHT if delta.days > 0 else -delta.days


def calendar(ctx: Context, s: str, start: int, end: int, rel: str = "") -> Result:
    month, day, year = month_of(s), day_of(s), year_of(s)
    if month is None or table_row_date(s, year):
        return None
    if year is not None and s[-4:].isdigit() and last_price_after(ctx.text, end):
        return None  # a ring-trading row, "MAY 1922 (1934)": a month's price, not May 1922
    rel_year = _REL_YEAR.search(s)
    inferred = False
    if year is None and not rel and (old := _OLD_YEAR_AFTER.match(ctx.text, end)):
        year = int(old.group(1))  # "14 October 1066": no year of this story's
    if rel_year and year is None:
        if ctx.dct is None:
            return UNRESOLVED
        year = ctx.dct.year + _YEAR_STEP[rel_year.group(1).lower()]
    elif year is None and ctx.written_year is not None and s[:5].lower() == "that ":
        year = ctx.written_year  # "That November, she ran": the year told before
    elif year is None and ctx.written_year is not None and _OF_THAT_YEAR.match(ctx.low, end):
        year = ctx.written_year  # "arriving in May, June and September of that year"
    elif (
        year is None and ctx.dct is not None and (listed := _LISTED_TO_REL_YEAR.match(ctx.low, end))
    ):
        year = ctx.dct.year + _YEAR_STEP[listed.group(1)]  # "between June and August last year"
    elif year is None and (month, day) == (9, 11) and not rel and _the_attacks(ctx, end):
        year = 2001
    elif year is None and day and not rel and (told := _day_told_before(ctx, start, month, day)):
        year = told
    elif year is None and not day and (upto := _range_to_year(ctx, start, end)):
        # "completion due April-May 1988": the first month of a range in the year of its end
        year = int(upto.group(2)) - (1 if month > MONTHS[upto.group(1)] else 0)
    elif year is None:
        year = _year_for(ctx, start, end, month, day or 0, rel)
        if year is None and ctx.fallback_year is not None:
            year, inferred = ctx.fallback_year, True
        if year is None:
            return UNRESOLVED
    if (
        month != 12
        and ctx.low.find("year", max(0, start - 30), start) >= 0
        and _FISCAL_YEAR_ENDS.search(ctx.low, max(0, start - 40), start)
    ):
        ctx.fiscal_end = month  # "a company whose fiscal year ends May 31"
    if day is None:
        return fmt_month(year, month), "month", inferred
    if (to_date := _MONTHS_ENDED.search(ctx.low, max(0, start - 40), start)) is not None:
        months = _MONTHS_COUNTED[to_date.group(1)]
        if month != months:
            # "the first nine months ended February 28": a fiscal year's first three quarters
            name_fiscal(ctx, year, months // 3, start, written=False)
    if year_of(s) is None:
        reach = WEEKDAY_YEARS if inferred else 0 if ctx.dct is None else 1
        fits = _year_weekday_fits(s, year, month, day, reach, None if inferred else ctx.dct)
        if fits is None:
            return UNRESOLVED
        year = fits
    try:
        return fmt_day(dt.date(year, month, day)), "day", inferred
    except ValueError:
        return None


WEEKDAY_YEARS = 3
"""How many years from the corpus's usual year a day whose weekday does not fit it may be
moved to the nearest year it fits; against a story's own date, only a year either way, and
a year the story tells is not moved at all."""


NEAR_STORY_DAYS = 7
"""Days from a story's date within which a day written with its weekday is taken as told,
the weekday fitting it, whatever the tense put the day before or after the story."""


def _year_weekday_fits(
    s: str, year: int, month: int, day: int, reach: int, dct: dt.date | None
) -> int | None:
    """The year nearest `year` (within `reach`) where the weekday written with a day falls
    on it: "Tuesday, May 12" is not 12 May 1986, a Monday. None when no year near fits, so
    that no date the text contradicts is given; `year` itself when no weekday is written.

    Against the story's own date the year was chosen by tense, so the day must stay on the
    same side of that date: a hearing "held on Tuesday, May 12" is not next year's."""
    low = s.lower()
    wd = next((n for w, n in WEEKDAYS.items() if w in low), None)
    if wd is None:
        return year
    try:
        side = None if dct is None else dt.date(year, month, day) > dct
    except ValueError:
        return year
    if dct is not None:
        # A day the weekday names within a week of the story is that day, whatever the
        # tense says of it ("the meeting on Thursday, June 11 was cancelled", told the
        # Wednesday before): the weekday settles the year the tense could not.
        for near in (dct.year - 1, dct.year, dct.year + 1):
            try:
                told = dt.date(near, month, day)
            except ValueError:
                continue
            if told.weekday() == wd and abs((told - dct).days) <= NEAR_STORY_DAYS:
                return near
    for step in sorted(range(-reach, reach + 1), key=lambda k: (abs(k), k < 0)):
        try:
            moved = dt.date(year + step, month, day)
        except ValueError:
            continue
        if moved.weekday() == wd and (side is None or step == 0 or (moved > dct) == side):
            return year + step
    return None


_FISCAL_YEAR_ENDS = re.compile(
    r"\b(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?(?:ends|ending|ended)\s+"
    r"(?:on\s+|in\s+)?$"
)
_MONTHS_ENDED = re.compile(
    r"\b(?:the\s+)?(?:first\s+)?(six|nine)\s+months\s+(?:ended|ending|to)\s+(?:on\s+)?$"
)
_MONTHS_COUNTED = {"six": 6, "nine": 9}
"""Before a day, months of a year to date it ends ("the first nine months ended February
28"); ended off the calendar's (not June or September 30), a fiscal year's."""


_OLD_YEAR_AFTER = re.compile(
    r",?[ \t]+([1-9]\d\d|1[0-4]\d\d)(?![\d%]|[.,]\d)"
    r"(?=[ \t]*[,.;:)!?]|[ \t]+(?:at|in|on|when|and|by|as|after|before|with|where|during"
    r"|under|near|against|over|until|the|a|an|he|she|they|it)\b)"
)
"""A year before 1500 after a day or month ("14 October 1066 at Hastings", "June 15, 1215,",
"25 December 800."): years so early are not read alone, but left unread here the day took
the story's year. A count after a day is followed by what it counts ("June 15, 1200 workers"),
a price by its decimals ("Jun/Jul 395.00"), and a table's figure by no stop or word of prose."""


_A_FULL_DAY = re.compile(
    rf"\b(?:({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"({_MONTH_NAMES})\.?),?\s+((?:1[5-9]|20)\d\d)(?!\d)"
)


_RANGE_TO_YEAR = re.compile(
    rf"\s*(?:-|–|to|through)\s*({_MONTH_NAMES})\.?,?\s+((?:1[5-9]|20)\d\d)(?!\d)"
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:early\s+|late\s+|mid-?)?$")
_AND_TO_YEAR = re.compile(rf"\s+and\s+({_MONTH_NAMES})\.?,?\s+((?:1[5-9]|20)\d\d)(?!\d)")
_PAIRED_TO_YEAR = re.compile(
    rf"(?:\s+(?:and|or)\s+|\s*/\s*)({_MONTH_NAMES})\.?,?\s+((?:1[5-9]|20)\d\d)(?![\d/-])"
)
"""A month paired with one whose year is written ("stock splits in January and June 1986",
"during Jan/Sept 1987", "in December or January 1987"): one stretch or one pair, in the
year written, the first a year before it when it comes later in the calendar."""


def _range_to_year(ctx: Context, start: int, end: int) -> re.Match[str] | None:
    """The end of a range or pair of months that states its year: "April-May 1988", "between
    January and August 1987", "in January and June 1986"."""
    upto = _RANGE_TO_YEAR.match(ctx.low, end)
    if upto is None and _BETWEEN_BEFORE.search(ctx.low, max(0, start - 16), start):
        upto = _AND_TO_YEAR.match(ctx.low, end)
    return upto or _PAIRED_TO_YEAR.match(ctx.low, end)


_COMPARED_WITH = re.compile(r"\b(?:against|versus|vs\.?|compared\s+with|from)\b[^.;]*$")
"""Before a full date, words that make it the base of a comparison: "326 mln on April 1
against 316 mln on April 1 1986" compares this year's April 1 with last year's."""


def _day_told_before(ctx: Context, start: int, month: int, day: int) -> int | None:
    """The year of the same day written in full earlier in the story ("admitted on
    November 12, 2012 ... the November 12th admission"): one day named twice, the second
    time without the year the reader has just been given."""
    if ctx.dct is None:
        return None
    year = None
    for m in _A_FULL_DAY.finditer(ctx.low, 0, start):
        name, number = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if MONTHS.get(name) == month and int(number) == day:
            compared = _COMPARED_WITH.search(ctx.low, max(0, m.start() - 40), m.start())
            year = None if compared else int(m.group(5))
    # A day ahead shares its month and day with others by habit (a bond's coupons fall on
    # the day it matures: "due April 7, 1997 ... the payment date is April 7"); a day gone
    # by is retold.
    return year if year is not None and year < ctx.dct.year else None


_ATTACKS_AFTER = re.compile(
    r"(?:th)?,?\s+(?:terrorist\s+|terror\s+)?(?:attacks|hijackers|hijackings|conspiracy)\b"
)


def _the_attacks(ctx: Context, end: int) -> bool:
    """ "the Sept. 11 attacks", "after the September 11 terrorist attacks", "Sept. 11
    conspiracy theories": news since has named the attacks of 11 September 2001 by their
    day alone. Only with those words: "the Sept. 11 memorial ceremony" is that year's, and
    "the September 11 attack" in Benghazi was another (2012)."""
    return (ctx.dct is None or ctx.dct > dt.date(2001, 9, 11)) and bool(
        _ATTACKS_AFTER.match(ctx.low, end)
    )


_OF_THAT_YEAR = re.compile(
    r"(?:(?:,|,?\s+(?:and|or|through|to))\s+[a-z]+(?:\s+\d{1,2})?)*"
    r"\s+(?:(?:of|in)\s+)?(?:that|the\s+same)\s+year\b"
)
"""After a month, the year it is in told by pointing back, through a list of months."""
_LISTED_TO_REL_YEAR = re.compile(
    rf"(?:(?:,|,?\s+(?:and|or|through|to))\s+(?:{_MONTH_NAMES})\.?(?:\s+\d{{1,2}})?)+"
    r"\s+(?:of\s+)?(last|this|next)\s+year\b"
)
"""After a month, a list or range of months ending in "last year", "this year" or "next
year", which tells the year of every month of it: "between June and August next year"."""


def week_of(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the week of March 6": the ISO week holding that day."""
    day = calendar(ctx, s, start, end)
    if day is None or day[0] is None or day[1] != "day":
        return day
    return fmt_week(dt.date.fromisoformat(day[0])), "week", day[2]


def week_of_month(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the first week of April", "the last week of February": the ISO week holding the
    middle of those seven days, in the year the month alone would take."""
    at = s.lower().index(" of ") + 4
    month = calendar(ctx, s[at:], start + at, end)
    if month is None or month[0] is None or month[1] != "month":
        return month
    year, number = int(month[0][:4]), int(month[0][5:7])
    days = (dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=1)).day
    middle = _WEEK_MIDDLE.get(s.lower().split()[1], days - 3)
    return fmt_week(dt.date(year, number, middle)), "week", month[2]


_WEEK_MIDDLE = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def weekday_of_month(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the last Friday in August", "the first Monday of October": one day of the month, in
    the year the month alone would take; read apart, "last Friday" would be the week before
    the story and the month a date of its own."""
    low = s.lower()
    at = re.search(r"\s(?:in|of)\s", low)
    assert at is not None
    month = calendar(ctx, s[at.end() :], start + at.end(), end)
    if month is None or month[0] is None or month[1] != "month":
        return month
    year, number = int(month[0][:4]), int(month[0][5:7])
    weekday = _WEEKDAYS.index(low.split()[2])
    ordinal = low.split()[1]
    if ordinal in ("last", "final"):
        day = dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=1)
        day -= dt.timedelta(days=(day.weekday() - weekday) % 7)
    else:
        day = dt.date(year, number, 1)
        day += dt.timedelta(days=(weekday - day.weekday()) % 7 + 7 * _ORDINAL[ordinal])
    return fmt_day(day), "day", month[2]


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ORDINAL = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def month_quarter(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the December quarter": the calendar quarter that month ends, in the year the month
    alone would take (or the one written, or the one before for "last year")."""
    month = month_of(s)
    year = year_of(s)
    if month is None:
        return None
    inferred = False
    if year is None:
        at = _MONTH_IN.search(s)
        assert at is not None
        found = calendar(ctx, at.group(), start + at.start(), start + at.end())
        if found is None or found[0] is None:
            return found
        year, inferred = int(found[0][:4]), found[2]
        if s.lower().endswith("last year"):
            year -= 1
    return f"{year:04d}-Q{(month - 1) // 3 + 1}", "quarter", inferred


_MONTH_IN = re.compile(r"(?i)\b(?:march|june|september|december|mar\.|jun\.|sept?\.|dec\.)")


def month_span_quarter(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the October/December quarter", "the April-June period": a calendar quarter named by
    its first and last months is that quarter (`1986-Q4`), one expression, not two months.

    Its year is the one written, else the story's for the quarter under way (whatever the
    tense: "GNP in the January/March period would have to grow", told in March), for one
    earlier in the year and for the one just ended, which figures report ("will announce GNP
    figures for the October/December quarter today", told in March, is 1986's). A quarter
    later in the year is this year's unless told in the past ("In the July/September
    quarter, GNP rose", told in March, is last year's)."""
    month = month_of(s)
    if month is None:
        return None
    quarter = (month - 1) // 3 + 1
    if (year := year_of(s)) is not None:
        return f"{year:04d}-Q{quarter}", "quarter", False
    if ctx.dct is None:
        return UNRESOLVED
    now = quarter_of(ctx.dct)
    year = ctx.dct.year
    if now == 1 and quarter == 4:
        year -= 1  # the quarter just ended
    elif quarter > now and ctx.future(start, end) is False:
        year -= 1
    return f"{year:04d}-Q{quarter}", "quarter", False


def leading_rel(s: str) -> str:
    m = _LEADING_REL.match(s.lower())
    return m.group(1).lower() if m else ""


def _weekday_date(ctx: Context, wd: int, rel: str, start: int, end: int) -> dt.date:
    dct = ctx.dct
    assert dct is not None
    if rel in ("the previous", "the following") and ctx.ref is not None and ctx.ref[1] == "day":
        # "down 4.5% from the previous Friday" steps from the day the story is on, not the DCT.
        dct = dt.date.fromisoformat(ctx.ref[0][:10])
    back = (dct.weekday() - wd) % 7
    ahead = (wd - dct.weekday()) % 7
    if rel in ("last", "this past", "the previous"):
        return dct - dt.timedelta(days=back or 7)
    if rel in ("next", "the following"):
        return dct + dt.timedelta(days=ahead or 7)
    if not rel and (week := _WEEK_NAMED_AFTER.match(ctx.low, end)) is not None:
        monday = dct - dt.timedelta(days=dct.weekday())
        return monday + dt.timedelta(weeks=_WEEK_STEP[week.group(1)], days=wd)
    if not rel and (before := _day_ahead_in_series(ctx, start)) is not None:
        return before + dt.timedelta(days=(wd - before.weekday()) % 7)
    term = _A_TERM_FROM.search(ctx.low, max(0, start - 16), start)
    if (
        term
        and term.group(1) in ("starting", "beginning")
        and ctx.done_from(term.start(), start, end)
    ):
        return dct - dt.timedelta(days=back)
    if rel in ("this", "this coming") or term:
        return dct + dt.timedelta(days=ahead)
    if back < ahead and _a_plan_told_past(ctx, start):
        return dct - dt.timedelta(days=back)
    if (
        ahead < back
        and not rel
        and _SUBJECT_TOLD_NOW.match(ctx.low, end)
        and (ctx.opens_sentence(start))
    ):
        # "Saturday's cattle slaughter is guesstimated at", told on the Friday
        return dct + dt.timedelta(days=ahead)
    if not rel and ahead == 1 and ctx.opened_by_by(start):
        # "By Wednesday afternoon, the White House cited ...", dated the Tuesday: the story
        # runs on to its writing, into the day after its date, not back to six days before.
        return dct + dt.timedelta(days=1)
    if not _an_event_over(ctx, start, end, day=True) and ctx.future(start, end, far=True):
        return dct + dt.timedelta(days=ahead)
    if _a_weekday_may_come(ctx, start, end) or _a_condition_ahead(ctx, start):
        return dct + dt.timedelta(days=ahead)  # "could hit Florida airwaves Monday"
    if ahead < back and not rel and _an_awaited_event(ctx, start, end):
        return dct + dt.timedelta(days=ahead)
    if ahead < back and not rel and _an_event_looked_to(ctx, start, end):
        return dct + dt.timedelta(days=ahead)
    return dct - dt.timedelta(days=back)


def _a_weekday_may_come(ctx: Context, start: int, end: int) -> bool:
    """ "could hit Florida airwaves Monday", "may provide most of the direction on Monday",
    "it could be Friday before": what may come on a weekday, with a modal before it and no
    verb with a tense between, is on the coming one. Not what nobody could do ("Neither he
    nor his grandparents could be located Wednesday"), nor "later Monday", which tells the
    day the story was written on."""
    if _LATER_DAY.search(ctx.low, max(0, start - 10), start) or _an_event_over(ctx, start, end):
        return False
    if not _a_modal_ahead_before(ctx, start):
        return False
    lo = max(ctx.sentence_start(start), start - 60)
    return _NOBODY.search(ctx.low, lo, start) is None


_IF_AFTER_MODAL = re.compile(
    r"\b(?:could|might|may|would|will|can)\s+(?!have\b)[a-z]+(?:\s+[a-z]+)?\s+if\s+[^,;:.]*$"
)


def _a_condition_ahead(ctx: Context, start: int) -> bool:
    """ "It could happen if Donald Trump rolls through the Iowa caucuses Monday", told on the
    Sunday: a weekday in the condition of what may happen, told with no past verb, is the
    coming one."""
    lo = max(ctx.sentence_start(start), start - 90)
    m = _IF_AFTER_MODAL.search(ctx.low, lo, start)
    if m is None:
        return False
    cond = m.end() - len(m.group()) + m.group().rfind(" if ") + 4
    return ctx.last_past(cond, start) is None and "had" not in ctx.low[cond:start].split()


_LATER_DAY = re.compile(r"\b(?:later|early|earlier|late)\s+$")
_NOBODY = re.compile(r"\b(?:neither|nor|nobody|no one|none|never)\b")


_SUBJECT_TOLD_NOW = re.compile(r"['’]s\s+(?:[a-z][a-z-]*\s+){1,3}?(?:is|are)\b")
"""After a weekday opening its sentence, its event as the subject of "is" or "are":
"Saturday's hog slaughter is guesstimated at", "Monday's board meeting is a regular
monthly meeting". Told in the present, the event is the nearer such day, ahead or gone
by; the past tense ("was") puts it behind as before."""


_AWAITING = (
    r"\b(?:before|ahead\s+of|prior\s+to|heading\s+into|going\s+into|leading\s+up\s+to"
    r"|(?:lead|run)[\s-]up\s+to|in\s+advance\s+of|on\s+the\s+eve\s+of)\s+"
)
_CONTEST = (
    r"(?:primary|primaries|caucus|caucuses|debates?|elections?|votes?|run-?offs?|referendums?"
    r"|contests?|ballots?|conventions?|summits?|hearings?|meetings?|talks)"
)
_AWAITED_BEFORE = re.compile(
    rf"{_AWAITING}(?:the\s+)?(?:[a-z.'’-]+\s+){{0,4}}?{_CONTEST}\s+(?:on\s+)?$"
)
_AWAITING_BEFORE = re.compile(rf"{_AWAITING}$")
_CONTEST_AFTER = re.compile(rf"['’]s\s+(?:[a-z.'’-]+\s+){{0,4}}?{_CONTEST}\b")


def _an_awaited_event(ctx: Context, start: int, end: int) -> bool:
    """ "days before Tuesday's primary", "heading into Monday's caucuses", "ahead of the
    vote on Tuesday": an event the story waits for or looks back to the eve of. Told in the
    past (it is what happened before the event that is told), it is still the nearer such
    day: written on the Sunday, the coming Tuesday; on the Wednesday, the one just gone."""
    lo = max(0, start - 80)
    if _AWAITING_BEFORE.search(ctx.low, max(0, start - 24), start):
        return _CONTEST_AFTER.match(ctx.low, end) is not None
    return _AWAITED_BEFORE.search(ctx.low, lo, start) is not None


_EVENT_NAMED_AFTER = re.compile(
    rf"(?:['’]s\s+(?:[a-z.'’-]+\s+){{0,4}}?|\s+(?:[a-z-]+\s+)?)(?:{_CONTEST}|deadlines?"
    r"|encounter)\b"
)
_FOR_OR_INVITED_TO = re.compile(
    r"\b(?:(?:qualif|prepar|rehears|practic|cramm|gear)[a-z]*(?:\s+up)?|ready(?:ing)?|tickets?"
    r"|rules|plans?|invitations?)\s+for\s+$|\binvit(?:e|es|ed|ing)\s+(?:[\w'’.-]+\s+){0,4}?to\s+$"
)
"""Before a weekday's event, what is done for it or whom someone invites to it: "barely
qualified for Tuesday's undercard debate", "prepared for Sunday's vote", "to invite Gennifer
Flowers to Monday night's debate"; not figures for it ("8 million for Saturday's debate")."""
_FROM_AFTER_BEFORE = re.compile(r"\b(?:during|after|since|following|from)\s+$")
_LOOKS_TO_BEFORE = re.compile(
    r"\b(?:is|are|'re|['’]s)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b"
    r"|\b(?:can|could|may|might|must)\s+(?:[a-z]+\s+)?(?:win|lose|use|face|watch|decide|shape)\b"
    # "who badly needs a win in Tuesday's primary", "needs to carry Tuesday's primary"
    r"|\bneeds?\s+(?:a|an|to)\b"
    # "has complimented the moderator of Monday night's first debate": the perfect tells of
    # the time up to now, not of the event.
    r"|\b(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b"
)


def _an_event_looked_to(ctx: Context, start: int, end: int) -> bool:
    """ "can win New Hampshire's Tuesday primary", "will probably use Monday night's first
    debate", "is facing a tough race in Tuesday's primary": a weekday's event (its debate,
    primary, deadline) that the verb before it looks ahead to, by the future, a modal or the
    present progressive, is the nearer such day. So is one something is done for or someone
    invited to, whatever the tense ("qualified for Tuesday's undercard debate", "the tweet to
    invite Gennifer Flowers to Monday night's debate"): that is done before it. The tense
    the clause reads from the verb the event is the subject of ("the impact of Monday's
    debate is still small") does not count, and neither does a past verb between ("found a
    problem during Monday's debate")."""
    if not _EVENT_NAMED_AFTER.match(ctx.low, end) or _FROM_AFTER_BEFORE.search(
        ctx.low, max(0, start - 12), start
    ):
        return False  # "is raising questions about his microphone during Monday's debate"
    lo = max(ctx.sentence_start(start), start - 80)
    if _FOR_OR_INVITED_TO.search(ctx.low, lo, start):
        return True
    cues = list(_CUE.finditer(ctx.low, lo, start))
    if cues and cues[-1].lastgroup in ("fut", "sched"):
        return True
    looks = list(_LOOKS_TO_BEFORE.finditer(ctx.low, lo, start))
    if not looks:
        return False
    return not any(m.start() >= looks[-1].end() for m in cues)


def _a_plan_told_past(ctx: Context, start: int) -> bool:
    """ "was set to receive an endorsement on Friday", "was scheduled to leave New Hampshire
    late Tuesday", "was expected to resume service Saturday", "was going to sign it
    Wednesday": a plan told in the past tense is told once its weekday has come, or gone by
    undone, when that day is nearer than the coming one; a plan still ahead is told in the present ("is set to", "will"), or is one
    called off ("Palin was scheduled to speak Saturday morning", told on the Friday).
    "Were planning to drive around the airport on Monday" is a plan still being made."""
    lo = ctx.sentence_start(start)
    plans = list(_PAST_PLAN.finditer(ctx.low, max(lo, start - 80), start))
    return bool(plans) and _NOW_AHEAD.search(ctx.low, plans[-1].end(), start) is None


_PAST_PLAN = re.compile(
    r"\b(?:was|were)\s+(?:(?:also|still|originally|initially)\s+)?(?:(?:set|scheduled|slated"
    r"|expected|supposed|going)\s+)?to\b"
)
"""A plan told in the past: "was set to", "was scheduled to", and the bare future of the past,
"was to arrive on Monday", "said he was going to sign it Wednesday morning"."""
_NOW_AHEAD = re.compile(r"\b(?:will|is|are|now|tomorrow|next)\b|[.;:!?]")


_WEEK_NAMED_AFTER = re.compile(
    rf"(?:\s*(?:to|through|thru|until|till|and|or|-|–)\s*(?:{'|'.join(WEEKDAYS)}))?,?\s+"
    r"(?:of\s+)?(last|this|next)\s+week\b(?!['’])"
)
"""After a weekday (or a range or pair of them), the week it falls in: "on Wednesday last week",
"Friday of last week", "Monday or Tuesday next week", "from Monday to Thursday last week"."""
_WEEK_STEP = {"last": -1, "this": 0, "next": 1}

SERIES_GAP = 60
"""Characters between two days of one list ("on Thursday, four on Friday, six on Saturday")."""
_NOT_A_SERIES = re.compile(
    r"[.;:!?\n]|\b(?:after|before|since|following|because|when|while|which|who|that|than|but"
    r"|if|unless|by)\b"
)
_SERIES_ON = re.compile(r"\s*(?:[,(]|(?:and|or|to|through|then)\b)")
_RELATIVE_DAY = re.compile(
    rf"(?:\w+\s+)?(?:{'|'.join(WEEKDAYS)}|tomorrow|today|tonight)(?:\s+(?:morning|afternoon"
    r"|evening|night))?"
)
SERIES_AHEAD = dt.timedelta(days=14)
"""How far ahead a list of weekdays may run: two weeks, each day after the one before."""


def _day_ahead_in_series(ctx: Context, start: int) -> dt.date | None:
    """The day ahead that a weekday continues a list from: "for two hours on Thursday, four on
    Friday, six on Saturday", "talks tomorrow and Friday", "out Monday, Wednesday and
    Thursday". A list of days that begins ahead goes on ahead, each day after the one
    before it; a verb or a clause between them ("after they collapsed on Friday") ends the
    list, and the day takes its own tense."""
    if ctx.day_ref is None or ctx.day_ref[1] != "day" or ctx.dct is None:
        return None
    lo = ctx.day_ref_end
    if not 0 <= start - lo <= SERIES_GAP or not _SERIES_ON.match(ctx.low, lo):
        return None
    if _NOT_A_SERIES.search(ctx.low, lo, start) or ctx.tensed(lo, start):
        return None
    if not _RELATIVE_DAY.fullmatch(ctx.low, ctx.day_ref[2], lo):
        return None  # "notes due Oct 8, 1987, on Monday": a calendar date begins no list
    try:
        day = dt.date.fromisoformat(ctx.day_ref[0][:10])
    except ValueError:
        return None
    return day if ctx.dct < day <= ctx.dct + SERIES_AHEAD else None


_A_TERM_FROM = re.compile(r"\b(effective|starting|beginning|commencing)\s+(?:on\s+)?$")
"""Before a weekday, words that make it the day a term starts ("raised its prime rate,
effective Thursday", "the fiscal year starting on Saturday", "talks starting Monday"): news
tells of a term from the day it is set, so its first day is the coming one, or today."""


def iso(ctx: Context, s: str, start: int, end: int) -> Result:
    try:
        return fmt_day(dt.date.fromisoformat(s)), "day", False
    except ValueError:
        return None


def numeric(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "08/01/2026", "8.1.2026", "2026/01/08": the day and month in whichever order is valid.

    Dots are written day first; slashes either way (Britain 8/1, America 1/8). When both
    readings are valid the order of the article's file is taken, as its date field is read
    (see `SlashDates`); with no file to say, the one nearer the article's date, as a reader
    would; with no article date to go by either, only the year is certain.
    """
    parts = [int(p) for p in re.split(r"[/.]", s)]
    if len(s.rsplit("/", 1)[-1]) == 2 and parts[0] <= 31:  # not "2026/01/08"
        parts[2] = full_year(ctx, parts[2])
    if parts[0] > 31:
        readings = [(parts[0], parts[1], parts[2])]
    elif "." in s:
        readings = [(parts[2], parts[1], parts[0])]
    else:
        readings = [(parts[2], parts[1], parts[0]), (parts[2], parts[0], parts[1])]
    days = []
    for year, month, day in readings:
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    if len(set(days)) > 1 and "/" in s and ctx.slash_day_first is not None:
        days = days[:1] if ctx.slash_day_first else days[1:]
    days = sorted(set(days))
    if not days:
        return None
    if len(days) > 1:
        if ctx.dct is None:
            return f"{days[0].year:04d}", "year", False
        days.sort(key=lambda d: abs((d - ctx.dct).days))
    return fmt_day(days[0]), "day", False


def full_year(ctx: Context, yy: int) -> int:
    """The year "87" or "16" stands for: the one of the article's century, unless that lies
    more than 20 years ahead of it; with no date, 1950-2049."""
    if ctx.dct is None:
        return 1900 + yy if yy >= 50 else 2000 + yy
    year = ctx.dct.year - ctx.dct.year % 100 + yy
    return year - 100 if year > ctx.dct.year + 20 else year


def calendar_rule(ctx: Context, s: str, start: int, end: int) -> Result:
    return calendar(ctx, s, start, end, leading_rel(s))


def bare_month(ctx: Context, s: str, start: int, end: int) -> Result:
    """A month name alone: not a modal "may", not a first name ("April Glaspie")."""
    if not_a_month(ctx.text, ctx.low, s, start, end) or recurring(ctx.text, start, end):
        return None
    return calendar(ctx, s, start, end)


_MONTH_BEFORE_SLASH = re.compile(r"\b([a-z]+)\.?(?:\s*/\s*|[-–])$")
_PAIRS_DASHED = re.compile(r"/\s*[a-z]+\.?[-–]$")
_SLASH_AFTER = re.compile(r"\s*/")


def paired_month(ctx: Context, s: str, start: int, end: int) -> Result:
    """An abbreviated month in a pair ("Aug/Sept at 1,870 dlrs", "the Oct/Dec quarter"), read
    as a full month's name is; alone, "Dec" or "Mar" too often heads a table row."""
    before = _MONTH_BEFORE_SLASH.search(ctx.low, max(0, start - 16), start)
    if before is not None and before.group(1) not in MONTHS:
        return None
    if _PAIRS_DASHED.search(ctx.low, max(0, start - 16), start) and not _SLASH_AFTER.match(
        ctx.low, end
    ):
        return None  # "Dec/Feb-Jan/Mar": a row of paired months, no range across the dash
    return calendar(ctx, s, start, end)


def season(ctx: Context, s: str, start: int, end: int) -> Result:
    code = next(c for w, c in SEASONS.items() if w in s.lower())
    year = year_of(s)
    if table_row_date(s, year):
        return None
    if year is None and _A_KIND_AFTER.match(ctx.low, end):
        return None  # "the winter wheat areas", "the Summer Olympics": a kind or a name
    if year is None and _WHAT_IT_BRINGS.match(ctx.low, end):
        return None  # "the winter demand", "the winter storm": what any winter brings
    if (
        year is None
        and re.fullmatch(r"(?:the|this)\s+fall", s.lower())
        and (
            _A_DROP_AFTER.match(ctx.text, end)
            or (s[:3].lower() == "the" and _A_DROP_TOLD.match(ctx.low, end))
            or _A_DROP_BEFORE.search(ctx.low, max(0, start - 16), start)
        )
    ):
        return None
    low = s.lower()
    stepped = _STEPPED.match(low) if year is None else None
    if stepped is not None:
        return _season_stepped(ctx, code, stepped.group(1) == "following")
    if year is None and low.startswith("that"):
        if _THAT_SAID_BEFORE.search(ctx.low, max(0, start - 16), start):
            return None
        year = ctx.written_year  # "She joined in 2009. That fall she moved"
        if year is None:
            return None
    elif (
        year is None and low in SEASONS and not _IN_BEFORE.search(ctx.low, max(0, start - 4), start)
    ):
        # "the fall and winter", "this summer and fall": the second of a pair, and only that
        paired = _PAIRED_SEASON.search(ctx.low, max(0, start - 40), start)
        year = _second_of_pair(ctx, paired, code) if paired else None
        if year is None:
            return None
    elif year is None:
        if ctx.dct is None:
            return UNRESOLVED
        rel = leading_rel(re.sub(r"^(?:the\s+|early\s+|late\s+|mid-?\s*)+", "", low))
        year = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
        if code == "WI":
            year = _winter_year(ctx, start, end, rel)
        elif _BARE_SEASON.fullmatch(low) or low in SEASONS:
            year = _season_by_tense(ctx, start, end, code, year)
    elif not re.search(r"\d", s) and not low.startswith("the"):
        return None
    return f"{year:04d}-{code}", "season", False


_A_KIND_AFTER = re.compile(
    r"[\s-]+(?:wheats?|barley|rye|oats|rapeseed|crops?|olympics|olympic\s+games|games"
    r"|paralympics)\b"
)
"""After a season, a word that makes it a kind of crop or part of a name: winter wheat is sown
in the autumn and "the winter crops" are those crops whenever they grow; "the Summer
Olympics" is an event's name. "The summer grain harvest" and "the spring meeting" are that
season's."""
_IN_BEFORE = re.compile(r"\bin\s+$")
"""Before a season with no article, "in" makes it a time ("the test will come in summer"),
read as "the summer" is; alone elsewhere a season is too often a name or a kind."""
_WHAT_IT_BRINGS = re.compile(
    r"[\s-]+(?:[a-z]+ing\s+)?(?:demand|consumption|storms?|snowfalls?|snows?|snowpack|weather"
    r"|rains?|frosts?|temperatures|fuels?|clothes|clothing|coats?|tires|tyres|wear)\b"
)
"""After a season, a noun (or "-ing" word and noun) for what every such season brings: "the
winter demand", "the winter storm", "the winter snowfall", "the summer driving demand"
speak of a kind of demand or weather, not of one winter. "The winter months", "the summer
quarter", "the spring meeting" and "the fall campaign" name a time in one season and stay."""
_STEPPED = re.compile(r"the\s+(following|previous|prior)\s")
_SEASON_SPAN = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
"""A season's first and last months counted from its year's January: a winter runs
into the next year, after that year's fall, as in a pair ("the fall and winter")."""


def _season_stepped(ctx: Context, code: str, following: bool) -> Result:
    """ "the following spring", "the previous winter": the first such season after (or the
    last before) the date last told, as "the following month" steps from it; with no date
    told, from the day of writing."""
    month = _month_of_value(ctx.ref[0]) if ctx.ref is not None else None
    if month is None and ctx.dct is not None:
        month = ctx.dct.year * 12 + ctx.dct.month
    if month is None:
        return UNRESOLVED
    first, last = _SEASON_SPAN[code]
    # The first year whose season starts after the month, or the last whose season ends before.
    year = (month - first) // 12 + 1 if following else -((last - month) // 12) - 1
    return f"{year:04d}-{code}", "season", False


_VALUE_MONTH = re.compile(
    r"(\d{4})(?:-(\d\d)(?:-\d\d)?|-(SP|SU|FA|WI)|-Q([1-4])|-W(\d\d)(?:-WE)?)?$"
)


def _month_of_value(value: str) -> int | None:
    """The month a value names, counted from year 0 (`year * 12 + month`): a season's or
    quarter's middle month, a week's Monday's, a year's last (its following spring is the
    next year's)."""
    m = _VALUE_MONTH.match(value)
    if m is None:
        return None
    year = int(m.group(1))
    if m.group(2):
        return year * 12 + int(m.group(2))
    if m.group(3):
        first, last = _SEASON_SPAN[m.group(3)]
        return year * 12 + (first + last) // 2
    if m.group(4):
        return year * 12 + int(m.group(4)) * 3 - 1
    if m.group(5):
        try:
            monday = dt.date.fromisocalendar(year, int(m.group(5)), 1)
        except ValueError:
            return None
        return monday.year * 12 + monday.month
    return year * 12 + 12


_SINCE_BEFORE = re.compile(r"\bsince\s+$")
_SINCE_DOING_BEFORE = re.compile(r"\bsince\s+[a-z]+ing\b[^,.;:!?()]{0,50}?\s+(?:in\s+)?$")
"""Before a season, "since" and what was done in it: "since taking over as speaker in the
fall", "since joining the firm in the spring" reach back to it, gone by."""
_SINCE_DONE_BEFORE = re.compile(
    r"\bsince\s+[a-z]+ing\b[^,.;:!?()]{0,50}?\s+(?:(?:in|on)\s+)?(?:early\s+|late\s+|mid-?)?$"
)
"""Before a month or day, "since" and what was done then ("since announcing in October",
"since taking office on Jan. 20"): a time gone by, which the story counts from."""
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|would|could|should|may|might|shall|hopes?|hoped|plans?|planned|expects?"
    r"|expected|intends?|going\s+to|to\s+be|if|unless|until)\b|'ll\b|’ll\b"
)
"""In a sentence told in the past, words that still look ahead ("said Galaxy will be
introduced over the summer", "hoped to sign in the summer"): the season is left this year's."""
_THAT_SAID_BEFORE = re.compile(
    r"\b(?:said|says|say|noted|notes|added|adds|believes?|believed|thinks?|thought|knows?"
    r"|knew|expects?|expected|hopes?|hoped|showed|shows|found|reported|announced|stated"
    r"|claimed|claims|warned|warns|suggests?|suggested|argued|argues|means?|meant|ensures?"
    r"|agreed|feared|fears|predicted|predicts|insisted|insists|so|such|now)\s+$"
)
"""Before "that spring", a verb "that" opens a clause after ("noted that spring crops
yield less"): no pointer back at a year."""
_BARE_SEASON = re.compile(r"the\s+(?:(?:early|late)\s+)?(?:spring|summer|fall|autumn)")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
_PAIRED_SEASON = re.compile(
    r"\b(?:the|this|last|next)\s+(spring|summer|fall|autumn|winter)\s+(?:and|or)\s+$"
)
_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def _second_of_pair(ctx: Context, paired: re.Match[str], code: str) -> int | None:
    """The second season of a pair follows the first, read just before it: its year, or
    the next one when it comes round again first ("the winter and spring")."""
    first = SEASONS[paired.group(1)]
    if ctx.ref is None or ctx.ref[1] != "season" or not ctx.ref[0].endswith(first):
        return None
    year = int(ctx.ref[0][:4])
    return year if _SEASON_ORDER.index(code) > _SEASON_ORDER.index(first) else year + 1


def _season_by_tense(ctx: Context, start: int, end: int, code: str, year: int) -> int:
    """ "the fall" with no word of which: the one a story of another year's dates is in
    ("in early June of that year and ... later in the summer"), else by the clause's tense:
    told in the past before this year's has begun, last year's ("has led since the fall",
    in February); looking ahead after this year's has ended, next year's."""
    dct = ctx.dct
    assert dct is not None
    if (
        ctx.ref is not None
        and ctx.ref[0][:4].isdigit()
        and int(ctx.ref[0][:4]) < year
        and ctx.ref_end > ctx.sentence_start(start)
        and ctx.future(start, end, MONTH_REACH) is not True
    ):
        return int(ctx.ref[0][:4])
    first, last = _SEASON_MONTHS[code]
    if dct.month < first and _told_in_past(ctx, start, end):
        return year - 1
    if dct.month > last and ctx.future(start, end, MONTH_REACH) is True:
        if dct.month - last <= 3 and _AFTER_BEFORE.search(ctx.low, max(0, start - 8), start):
            return year  # "set to reopen next week after the summer", in September
        return year + 1
    return year


def _told_in_past(ctx: Context, start: int, end: int) -> bool:
    """Whether a season's sentence tells of it as gone by: "since the fall", or a past verb
    in a sentence with no word still looking ahead ("said the phone will be launched")."""
    if _SINCE_BEFORE.search(ctx.low, max(0, start - 8), start):
        return True
    if _SINCE_DOING_BEFORE.search(ctx.low, max(ctx.sentence_start(start), start - 70), start):
        return True  # "popular since taking over as speaker in the fall", told in May
    return ctx.future(start, end, MONTH_REACH) is False and not _looks_ahead(ctx, start, end)


def _looks_ahead(ctx: Context, start: int, end: int) -> bool:
    """Whether a season's sentence has a word that looks ahead ("will", "expects", "if")
    anywhere in it, whatever verb is nearest."""
    lo = ctx.sentence_start(start)
    lo = max(lo, ctx.low.rfind("? ", lo, start) + 1, ctx.low.rfind("! ", lo, start) + 1)
    hi = ctx.low.find(". ", end, end + 160)
    hi = end + 160 if hi < 0 else hi
    return ctx.future(start, end, MONTH_REACH) is True or bool(
        _LOOKS_AHEAD.search(ctx.low, lo, min(len(ctx.low), hi))
    )


_LAST_REL = ("last", "this past", "the past")


def _winter_year(ctx: Context, start: int, end: int, rel: str) -> int:
    """A winter is named by the year it begins in (`2023-WI` runs from December 2023 into
    February 2024), so in January and February the winter under way is last year's: "this
    winter" then is `2023-WI`, "last winter" `2022-WI`, "next winter" `2024-WI`. With none
    under way, "last winter" is the one over in February, "next winter" the one beginning
    in December; "this winter" is that coming one too, unless told in the past in the
    spring just after the last one ended ("snowfall this winter was heavy", in March), and
    "the winter" told in the past is the one gone by."""
    dct = ctx.dct
    assert dct is not None
    if dct.month <= 2 or dct.month == 12:
        under_way = dct.year - 1 if dct.month <= 2 else dct.year
        return under_way + (-1 if rel in _LAST_REL else 1 if rel == "next" else 0)
    if rel in _LAST_REL:
        return dct.year - 1
    if rel in ("next", "this coming"):
        return dct.year
    if _FOR_BEFORE.search(ctx.low, max(0, start - 8), start):
        return dct.year
    if rel in ("", "this") and dct.month <= 5 and _gone_in_its_clause(ctx, start, end):
        return dct.year - 1
    if (not rel or dct.month <= 5) and _told_in_past(ctx, start, end):
        return dct.year - 1
    if rel == "this" and dct.month <= 5 and not _looks_ahead(ctx, start, end):
        return dct.year - 1  # "snowcover this winter has been excellent", in March
    return dct.year


_AFTER_BEFORE = re.compile(r"\bafter\s+$")
_CLAUSE_OPENS = re.compile(r"[,;:(]|\b(?:because|which|where|who|when|while|as)\b")
_CLAUSE_ENDS = re.compile(r"[,;:()]|\.(?:\s|$)|\b(?:if|unless|but)\b")
_HAD_BEEN_ABLE = re.compile(
    r"\b(?:could|would|might|should)\s+(?:not\s+)?have\s+(?!to\b)[a-z]+(?:ed|en|t)\b"
)
""""Could have kept loading", "would have sold": what might have been, in a time gone by."""


def _gone_in_its_clause(ctx: Context, start: int, end: int) -> bool:
    """Whether a season just ended is told as gone by in its own clause, whatever other
    clauses of the sentence look ahead to: done "after the winter" told in March, or a past
    verb ("because the winter was unusually cold", "which experienced record snows this
    winter", "could have kept loading through the winter") with no word looking ahead
    between the clause's opening and its end. A sentence's "could fall" or "is expected"
    elsewhere tells of the crops or the thaw, not of the winter."""
    if _AFTER_BEFORE.search(ctx.low, max(0, start - 8), start):
        return True
    lo = ctx.sentence_start(start)
    for m in _CLAUSE_OPENS.finditer(ctx.low, max(lo, start - 120), start):
        lo = m.end()
    stop = _CLAUSE_ENDS.search(ctx.low, end, min(len(ctx.low), end + 80))
    hi = stop.start() if stop else min(len(ctx.low), end + 80)
    if _HAD_BEEN_ABLE.search(ctx.low, lo, start):
        return True
    return not _LOOKS_AHEAD.search(ctx.low, lo, hi) and ctx.future(start, end, MONTH_REACH) is False


_FOR_BEFORE = re.compile(r"\bfor\s+$")
"""Stocks built or a port closed "for the winter" are readied for the one to come, whatever
tense tells of the readying."""


_A_DROP_AFTER = re.compile(
    r"\s+(?:in\s+(?:the\s+)?(?!(?:early|late|mid|first|second|last|same|his|her|its|their|our"
    r"|my|your|a|an|the|this|that|which|what|order)\b)[a-z]"
    r"|of\s+(?!(?:that|this|last|next|the\s+same|each|every|the)\s+year\b|\d|'|an?\b)"
    r"|to\s+\$?\d"
    r"|and\s+rise\b)"
    r"|-out\b"
)
_A_DROP_TOLD = re.compile(r"\s+(?:was|is|came|comes|meant|means|brought|reflects|reflected)\b")
"""After "the fall" (not "this fall", which "is expected to" follows as often), a verb it is
the subject of: a drop ("the fall was largely due to", "the fall meant")."""
_A_DROP_BEFORE = re.compile(
    r"\b(?:attributed|attributes|blamed|blames|despite|explained|explains|featured)\s+$"
)
"""After "the fall" or "this fall", what makes it a drop and no season: "the fall in prices",
"this fall in rice production", "the fall of the dollar", "the fall to 1.5 pct" (news writes
"fall" for a decline far more than for autumn next to a figure); "the fall of 1987", "the
fall of that year", "this fall in Iowa", "in the fall of a new disk system", "last fall in
his home" stay the season. "The fall was largely due to", "the fall-out", and before it
"attributed the fall to", "despite the fall" are drops too."""


_A_MONTH = re.compile(rf"\b(?:{_MONTH_NAMES})\b")


_HALF_OF_ANOTHER = re.compile(r"[\s-]+(?:century|centuries|decade|hour|dozen|mile|inning)s?\b")


def half_year(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the second half of 1989", "the first two quarters": TimeML writes half-years as
    `1989-H2`; without a year, the half is one of the publication year's."""
    low = s.lower()
    if (month := _A_MONTH.search(low)) is not None:
        return calendar(ctx, s[month.start() :], start + month.start(), end)
    if _HALF_OF_ANOTHER.match(ctx.low, end):
        return None  # "the last half century", "the second half hour"
    year = written = year_of(s)
    half = 1 if re.search(r"\b(?:first|1st)\b", low) else 2
    fiscal = "fiscal" in low  # a company's half, as a quarter
    if year is None:
        if ctx.dct is None:
            return UNRESOLVED
        rel = _REL_YEAR.search(low)
        year = ctx.dct.year + (_YEAR_STEP[rel.group(1)] if rel else 0)
        named = fiscal_year_of(ctx, 2 * half) if rel is None else None
        if named is not None and re.search(r"\bhalf\b", low):
            year, fiscal = named, True  # "the first half" after a fiscal quarter or half
        elif rel is None and not fiscal and _in_last_years_phrase(ctx, start):
            year -= 1  # "last year's exceptional first half performance"
        elif rel is None and not fiscal and half == 2 and ctx.dct.month <= 6:
            # "margins improved in the second half", told in March: last year's, as "the fall"
            # told in the past before this year's has begun is
            year -= _told_in_past(ctx, start, end) and ctx.verb_on_its_side(start, end)
    if fiscal:
        name_fiscal(ctx, year, 2 * half, start, written=written is not None)
    ctx.half = (f"{year:04d}-H{half}", end, fiscal)
    return f"{year:04d}-H{half}", "year", fiscal


def decade(ctx: Context, s: str, start: int, end: int) -> Result:
    low = s.lower()
    m = re.search(r"(\d\d)(\d)0['’]?s", low)
    if m and m.group(1) > "20" and index_named_before(ctx.text, start):
        return None  # "the S&P 500 traded in the 2100s": levels, not a decade
    if m:
        return f"{m.group(1)}{m.group(2)}", "decade", False
    m = re.search(r"['’‘](\d)0s", low)
    digit = int(m.group(1)) if m else next(n for w, n in DECADE_WORDS.items() if w in low)
    ref_year = ctx.dct.year if ctx.dct else 1999
    century = ref_year // 100
    if century * 100 + digit * 10 > ref_year:
        century -= 1
    return f"{century}{digit}", "decade", False


_A_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def century(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "the 19th century": TimeML writes a century as its first two digits, `18`. Event
    precisions stop at the decade, so a century's is left "unknown"."""
    digits = re.search(r"\d+", s)
    nth = int(digits.group()) if digits else day_of(s)
    named = s.split()[-1][:1].isupper() and _A_NAME_AFTER.match(ctx.text, end)
    if not nth or named:
        return None  # "20th Century Fox", "21st Century Insurance" are names
    return f"{nth - 1:02d}", "unknown", False


def today(ctx: Context, s: str, start: int, end: int) -> Result:
    """Today and its kin, unless they mean an age ("today's youth", "the people of tomorrow"):
    these times name no day, and TimeBank's annotators leave them untagged too."""
    low = s.lower()
    if a_title(ctx.text, start, end):
        return None
    if low == "tomorrow" and _A_TENOR_AFTER.match(ctx.low, end):
        return None  # "tomorrow/next": a money-market deposit's term, no day of the story
    if low in ("today", "tomorrow", "yesterday") and (
        (low != "yesterday" and _AN_AGE_AFTER.match(ctx.low, end))
        or (
            not ctx.low.startswith(("'s", "’s"), end)
            and _AN_AGE_BEFORE.search(ctx.low, max(0, start - 40), start)
        )
    ):
        return None
    if ctx.dct is None or _ON_A_SIGN.search(ctx.text, max(0, start - 80), start):
        return UNRESOLVED  # 'carrying signs saying, "Merger today, Chapter 11 tomorrow."'
    offset = -1 if "yesterday" in low or "last" in low else 1 if "tomorrow" in low else 0
    day = _day_quoted_on(ctx, start) or ctx.dct
    return fmt_day(day + dt.timedelta(days=offset)), "day", False


_A_TENOR_AFTER = re.compile(r"\s*[/-]\s*next\b")
_ON_A_SIGN = re.compile(
    r"(?i)\b(?:signs?|placards?|banners?|posters?|t-shirts?|shirts?|buttons?|bumper\s+stickers?"
    r"|stickers?|billboards?)\s+(?:that\s+|which\s+)?(?:say(?:s|ing)?|said|read(?:s|ing)?"
    r"|bearing|with\s+the\s+(?:words|slogan)|proclaim(?:s|ed|ing)?|declar(?:es|ed|ing))"
    r"[,:]?\s*[\"“‘'][^\"”’\n]*$"
)
"""A quotation opened after a sign's verb ("carrying signs saying, "Merger today, Chapter 11
tomorrow"", "a banner reading "Jobs now""): a slogan whose days are nobody's day."""


def _day_quoted_on(ctx: Context, start: int) -> dt.date | None:
    """The day a quotation holding `start` was said on, when the words that bring it in name
    an earlier day: in 'Richards said last Thursday, "Mattox's decision today turns the
    heat down"' or 'Sanders on Tuesday night warned: "our victory tonight will ..."' the
    speaker's today is that day, not the day of publication. Only a day named before the
    quotation, in its sentence, with a verb of saying there, counts."""
    para = max(ctx.text.rfind("\n", 0, start), 0)
    opened = _quote_opened(ctx.text, para, start)
    if opened is None or ctx.dct is None:
        return None
    if (after := _day_said_after(ctx, opened, start)) is not None:
        return after
    if ctx.day_ref is None or ctx.day_ref[1] != "day":
        return None
    lo = ctx.sentence_start(opened)
    if not (lo <= ctx.day_ref[2] and ctx.day_ref_end <= opened):
        return None
    if _SAYING.search(ctx.low, lo, opened) is None:
        return None
    try:
        day = dt.date.fromisoformat(ctx.day_ref[0][:10])
    except ValueError:
        return None
    return day if day < ctx.dct else None


def _day_said_after(ctx: Context, opened: int, start: int) -> dt.date | None:
    """The earlier day named by the words that close a quotation: '"... again today," Mrs.
    Abedini wrote on her Facebook page on Sunday' is Sunday's today. A weekday after a verb
    of saying in the past is the nearest one gone by."""
    assert ctx.dct is not None
    mark = "”" if ctx.text[opened] == "“" else "''" if ctx.text[opened] in "`'" else '"'
    closed = ctx.text.find(mark, start)
    if closed < 0 or "\n" in ctx.text[start:closed] or ctx.text[:closed].endswith("."):
        return None  # '"... as of noon today."  He said talks will resume Friday' is another
    said = _SAID_ON.match(ctx.low, closed + len(mark))
    if said is None:
        return None
    wd = WEEKDAYS[said.group(2)]
    back = (ctx.dct.weekday() - wd) % 7
    if said.group(1):
        back = back or 7
    return ctx.dct - dt.timedelta(days=back) if back else None


_SAID_ON = re.compile(
    r"\s*,?\s*(?:[a-z.'’-]+\s+){0,5}?(?:said|wrote|told|added|posted|tweeted|declared|stated)\b"
    r"(?:(?!\b(?:that|and|but|adding|as|when|after|before|while|which|who|because|if|about)\b)"
    r"[^.;:!?\n\"“”]){0,50}?\b(?:on\s+)?(last\s+)?(monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b(?!['’]s)"
)


def _quote_opened(text: str, lo: int, start: int) -> int | None:
    """Where the quotation holding `start` opened, within `[lo, start)`, if it is inside one."""
    span = text[lo:start]
    curly_open, curly_close = span.rfind("“"), span.rfind("”")
    if curly_open > curly_close:
        return lo + curly_open
    if "``" in span:  # ``wire copy's quotes'' open and close with different marks
        tick_open, tick_close = span.rfind("``"), span.rfind("''")
        return lo + tick_open if tick_open > tick_close else None
    for mark in ('"', "''"):
        if span.count(mark) % 2 == 1:
            return lo + span.rfind(mark)
    return None


_SAYING = re.compile(
    r"\b(?:said|says|told|wrote|warned|saying|added|declared|tweeted|posted|stated|insisted"
    r"|argued|explained|testified)\b"
)


def weekday(ctx: Context, s: str, start: int, end: int) -> Result:
    """A weekday, unless it is part of a named day ("Good Friday", "Super Tuesday")."""
    if word_before(ctx.text, start) in HOLIDAY_PREFIXES and s[:1].isupper():
        return None
    if a_paper(ctx.text, s, start, end) or recurring(ctx.text, start, end):
        return None
    if a_named_weekday(ctx.text, s, start, end) or a_persons_name(ctx.text, s, start, end):
        return None
    if every_week(ctx.text, start, end) or weekly_kind(ctx.text, end):
        return None
    if ctx.dct is None:
        return UNRESOLVED
    low = s.lower()
    if _IN_A_YEAR_AFTER.match(ctx.low, end):
        return UNRESOLVED  # "One Sunday in late 2001": a day of that year, not of the story's
    wd = next(n for w, n in WEEKDAYS.items() if w in low)
    m = _WEEKDAY_REL.match(low)
    d = _weekday_date(ctx, wd, m.group(1) if m else "", start, end)
    return fmt_day(d), "day", False


_IN_A_YEAR_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+in\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?:(?:19|20)\d\d)(?![\w/-])"
)
"""After a weekday, the year it fell in ("One Sunday in late 2001", "a Friday night in 1998"):
which of that year's Sundays is not told, so no day can be given."""


_AN_AGE_AFTER = re.compile(
    r"['’]s(?:\s+(?!(?:a|an|the|and|or|of|to|in|on|for|by|at|from|with)\b)[a-z][a-z-]*){0,2}?"
    r"\s+(?:world|youth|society|societies|generations?|young|children|kids|teen(?:ager)?s|parents"
    r"|families|culture|standards|era|times|climate|environment|realit(?:y|ies)|life|lives"
    r"|lifestyles?|economy|politics|media|technolog(?:y|ies)|voters|workers|students|consumers"
    r"|americans|democrats|republicans|conservatives|liberals|refugees|immigrants|women|men"
    r"|girls|boys|millennials|citizens)\b(?![\w'’-])"
    r"(?!\s+(?:[a-z]+\s+)?(?:meeting|session|conference|briefing|summit|rally|march|protest"
    r"|strike|hearing|talks|vote|final|match|game|show|event|edition|issue|report|statement"
    r"|announcement|bank|cup)s?\b)"
)
"""After "today", what makes it these times rather than the day of writing: "today's youth",
"today's young voters", "in today's climate of austerity", "today's refugees"; a day's event
of such people ("today's media briefing", "today's youth rally") keeps its day."""
_AN_AGE_BEFORE = re.compile(
    r"\b(?:people|world|leaders|youth|children|society|candidates|senators|politicians|heroes"
    r"|voices|policies|politics|rhetoric|ideas|solutions|problems|battles|wars|jobs|economy"
    r"|technolog(?:y|ies)|generations?) of\s+$"
    r"|\b(?:nominee|candidate|leader|politician|figure|relic)s? from\s+$"
    r"|\ba\s+(?:(?:better|brighter|new|different|bright|safer)\s+)?$"  # "imagine a tomorrow where"
    r"|\bthe\s+(?:[a-z-]+\s+){0,2}?(?!(?:as|whole|end|rest|start|beginning|remainder|course|morning"
    r"|afternoon|evening|night|hours|minutes|day|events?|session|meeting|business|agenda|edition|issue|close"
    r"|opening|outcome|results?)\s)[a-z-]+\s+of\s+$"
)
"""Before "today", what makes it these times: "the people of tomorrow", "a better tomorrow",
"the Germany of today", "the democratic institutions of today", "the candidates of tomorrow",
"the policies of yesterday", "a nominee from yesterday"; "as of today", "the rest of today",
"the events of today", "the early hours of yesterday", "unchanged from yesterday" are the
day."""

_CLOCK = re.compile(r"(\d+)(?::(\d\d))?\s*([ap])\.m\.(?:\s+\w+)?,?\s+")


def clock_day(ctx: Context, s: str, start: int, end: int) -> Result:
    """ "9 a.m. Tuesday", "5 p.m. EST Nov. 9": the day resolves as it would alone (a deadline
    word before the clock still counts), and TimeML writes the hour into its value."""
    m = _CLOCK.match(s)
    if m is None:
        return None
    day = s[m.end() :]
    found = (
        weekday(ctx, day, start, end)
        if day.lower() in WEEKDAYS
        else calendar_rule(ctx, day, start, end)
    )
    if found is None or found[0] is None or found[1] != "day":
        return found
    hour = int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0)
    return f"{found[0]}T{hour:02d}:{m.group(2) or '00'}", "day", found[2]


def weekend(ctx: Context, s: str, start: int, end: int) -> Result:
    if ctx.dct is None:
        return UNRESOLVED
    dct = ctx.dct
    if ctx.future(start, end):
        d = dct if dct.weekday() < 5 else dct + dt.timedelta(days=7)
    else:
        d = dct if dct.weekday() >= 5 else dct - dt.timedelta(days=7)
    return fmt_week(d) + "-WE", "weekend", False


def year_rule(ctx: Context, s: str, start: int, end: int) -> Result:
    year = year_of(s)
    if year is None:
        return None
    bare = _FOUR_DIGITS.fullmatch(s) is not None
    if bare and not plausible_year(ctx.text, start, end, year):
        return None
    if bare and in_a_company_name(ctx.text, start, end):
        return None
    if bare and _a_level(ctx, end, year):
        return None
    if s[-1:].isdigit() and clock_time(ctx.text, end):  # "around 1500 GMT" is a time
        return None
    if _LEVELS_AROUND.search(ctx.low, max(0, start - 12), end) and (
        ctx.dct is None or abs(year - ctx.dct.year) > LEVEL_YEARS
    ):
        return None  # "to current levels around 2050": an index level, not a year
    return f"{year:04d}", "year", False


SHORT_YEAR_AHEAD = 10
"""How far past the story's year "in '08" may lie: beyond it the year is the century's before
("the Crash of '29" told in 1987 is 1929, "in '16" told in 2016 is 2016)."""


def short_year(ctx: Context, s: str, start: int, end: int) -> Result:
    """A year in two digits after an apostrophe ("in '08"), in the century that puts it at
    most `SHORT_YEAR_AHEAD` years after the story's year."""
    yy = int(s[-2:])
    base = ctx.dct.year if ctx.dct is not None else ctx.fallback_year
    if base is None:
        return UNRESOLVED
    year = (base // 100) * 100 + yy
    if year > base + SHORT_YEAR_AHEAD:
        year -= 100
    elif year + 100 <= base + SHORT_YEAR_AHEAD:
        year += 100
    return f"{year:04d}", "year", ctx.dct is None


def far_year(ctx: Context, s: str, start: int, end: int) -> Result:
    """A year before 1500 or after 2099 that its words mark as one: "the year 1066", "AD 800"
    (written in capitals, not the word "ad"), "In 1066, William invaded", "warming by 2100".
    A count or a clock time has the same digits ("in 800 firms", "by 2100 GMT", "a rise in
    2100 tonnes"), so a number after "in" or "by" is a year only with nothing counted after
    it, and one opening "In 1066," only at the start of a sentence."""
    digits = re.search(r"\d+", s)
    assert digits is not None
    year = int(digits.group())
    low = s.lower()
    if "a" in low.replace("year", "") and not re.search(r"A\.?D\b", s):
        return None  # "an ad 800 times"
    if low[:1].isdigit() and "a" not in low:
        if clock_time(ctx.text, end) or not _YEAR_ENDS.match(ctx.text, end):
            return None
        if year < 1500 and not _OPENS_WITH_IN.search(ctx.text, max(0, start - 6), start):
            return None
        if _CHANGED_BY.search(ctx.low, max(0, start - 40), start):
            return None  # "output rose by 2100, to 9,000"
    return f"{year:04d}", "year", False


_YEAR_ENDS = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:and|or|may|might|will|would|could|should|can|is|are|was|were"
    r"|the|a|an|when|if|as|at|for|to|with|than)\b"
)
"""What may follow a year after "in" or "by" that a count may not: "by 2100, seas", "by 2100 may
sound scary", "in 2150 the sea"; "in 2100 tonnes", "by 2100 GMT" count or tell the time."""
_CHANGED_BY = re.compile(
    r"\b(?:rose|rise|rises|fell|fall|falls|up|down|increased?|increases|decreased?|cut|raised"
    r"|lowered|grew|dropped|drop|gained|gain|lost|climbed|declined|reduced|jumped|slipped|eased"
    r"|added|trimmed|boosted)\s+(?:\w+\s+){0,2}by\s+$"
)
_OPENS_WITH_IN = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+$")


_LEVELS_AROUND = re.compile(r"\blevels?\s+(?:of\s+)?(?:around|near|about)\s+\d{4}$")
_LEVEL_AFTER = re.compile(r"\s+(?:level|levels|mark|barrier|area|line|threshold|zone)\b", re.I)
LEVEL_YEARS = 25
"""How far from the article's year "the NNNN level" may lie and still be a year's level."""


def _a_level(ctx: Context, end: int, year: int) -> bool:
    """ "The Dow fell to the 1840 level": an index level, unless the number is near enough
    the article's own year to be one ("output stays at the 1986 level")."""
    if not _LEVEL_AFTER.match(ctx.text, end):
        return False
    if ctx.dct is None:
        return year < 1900
    return abs(year - ctx.dct.year) > LEVEL_YEARS


def holiday(ctx: Context, s: str, start: int, end: int) -> Result:
    """A holiday, or the week holding it ("Easter week", "Thanksgiving week")."""
    if (
        _AN_EVENT_NAMED.match(ctx.low, end)
        or _A_THING_NAMED.match(ctx.low, end)
        or (" " not in s.strip() and _A_NAME_GOES_ON.match(ctx.text, end))
    ):
        return None
    rel = leading_rel(s)
    low = _YEAR_BEFORE.sub("", s.lower()[len(rel) :].lstrip().replace("’", "'"))
    rule = next(f for name, f in HOLIDAYS.items() if low.startswith(name))
    weekend = low.endswith("weekend")
    week = bool(_A_WEEK.search(low)) or weekend
    year = year_of(s)
    inferred = False
    if _IN_A_TITLE.search(ctx.text, max(0, start - 60), start) and _TITLE_CLOSES.match(
        ctx.text, end
    ):
        return None  # "roles in “How the Grinch Stole Christmas,” and": a title, no day
    election = low.startswith("election day") and not rel
    told = _election_year_told(ctx, rule, start) if year is None and election else None
    if told is not None:
        year = told  # "Campaigning against Mitt Romney in 2012 ... soon after Election Day"
    elif year is None and ctx.dct is not None and rel:
        year = _holiday_year(rule, ctx.dct, rel)
    elif (
        year is None and ctx.dct is not None and (placed := _holiday_placed(ctx, rule, start, end))
    ):
        year = placed
    elif year is None and ctx.dct is not None and _election_day_ahead(ctx, low, start, end):
        year = ctx.dct.year if rule(ctx.dct.year) >= ctx.dct else ctx.dct.year + 1
    elif year is None and ctx.dct is not None:
        this, now = rule(ctx.dct.year), ctx.dct
        if week:  # the week we are in is neither behind nor ahead
            this, now = this.isocalendar()[:2], now.isocalendar()[:2]
        side = (this > now) - (this < now)
        future = ctx.future(start, end, MONTH_REACH, plans=True)
        if future is None:  # no tense to go by: the nearest one, as for a month
            year = min(
                (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1),
                key=lambda y: _distance(rule(y) - ctx.dct),
            )
        else:
            year = _year_by_tense(ctx.dct.year, future, side)
    elif year is None and ctx.fallback_year is not None:
        year, inferred = ctx.fallback_year, True
    if (
        election
        and ctx.dct is not None
        and year == ctx.dct.year - 1
        and ctx.dct.year % 2 == 0
        and rule(ctx.dct.year) >= ctx.dct
        and year_of(s) is None
        and told is None
    ):
        # In an election year, an Election Day told as gone by, with no year, is no
        # off-year election of the year before: which one it was the words do not say.
        return UNRESOLVED
    if year is None:
        return UNRESOLVED
    if weekend:
        return fmt_week(_nearest_weekend_day(rule(year))) + "-WE", "weekend", inferred
    if week:
        return fmt_week(rule(year)), "week", inferred
    return fmt_day(rule(year)), "day", inferred


_IN_A_TITLE = re.compile(r"[“\"](?:[A-Z][\w'’]*[ \t]+|(?:the|a|an|of|and|in|on)[ \t]+){1,8}$")
_TITLE_CLOSES = re.compile(r",?[”\"]")


def _election_year_told(ctx: Context, rule: Callable[[int], dt.date], start: int) -> int | None:
    """The year of an Election Day the sentence, or the one before it, names: "Campaigning
    against Mitt Romney in 2012, he barely mentioned climate change. But soon after Election
    Day, ..." is 2012's, not the one before the story."""
    if ctx.dct is None or ctx.ref is None or ctx.ref[1] != "year" or not ctx.ref[0].isdigit():
        return None
    lo = ctx.sentence_start(start)
    lo = ctx.sentence_start(max(0, lo - 2)) if lo > 0 else lo
    year = int(ctx.ref[0])
    if ctx.ref_start < lo or year >= ctx.dct.year or rule(year) >= ctx.dct:
        return None
    if ctx.future(start, start + len("election day"), MONTH_REACH, plans=True):
        return None  # "to correct missteps made in 2012 ... expected to be pivotal on Election Day"
    return year


def _election_day_ahead(ctx: Context, low: str, start: int, end: int) -> bool:
    """ "Working backward from Election Day", "urge people to vote for him on Election Day":
    told with no tense, or voted on by an infinitive, Election Day is the coming one, as an
    election's month is (`_an_election`); the nearest, when the story is told in the spring,
    would be last year's. Not one reached back to ("soon after Election Day") or told in the
    past ("Turnout on Election Day was low")."""
    if not low.startswith("election day"):
        return False
    if _BACK_TO_ELECTION.search(ctx.low, max(0, start - 30), start):
        return False
    if _TO_VOTE_BEFORE.search(ctx.low, max(ctx.sentence_start(start), start - 50), start):
        return True
    return ctx.future(start, end, MONTH_REACH, plans=True) is None


_TO_VOTE_BEFORE = re.compile(
    r"\bto\s+(?:vote|turn\s+out|go\s+to\s+the\s+polls)\b[^.;:!?]{0,30}?\s+(?:on\s+)?$"
)


def _nearest_weekend_day(day: dt.date) -> dt.date:
    """ "Memorial Day weekend" (a Monday) is the Saturday and Sunday before it, "Thanksgiving
    weekend" (a Thursday) the two days after: the Saturday or Sunday nearest the holiday,
    the later one when two are as near."""
    return min(
        (day + dt.timedelta(days=d) for d in (3, -3, 2, -2, 1, -1, 0)),
        key=lambda d: (d.weekday() < 5, abs((d - day).days)),
    )


_A_WEEK = re.compile(r"\bweek\b")
_YEAR_BEFORE = re.compile(r"^(?:\d{4}|the(?:\s+long)?)\s+")
# "the Good Friday agreement", "the Easter Rising", "the Tet offensive": events named after
# the day they began, years ago, not the holiday of the story's year.
_AN_EVENT_NAMED = re.compile(r"\s+(?:agreement|accords?|rising|uprising|offensive|war)\b")
_A_THING_NAMED = re.compile(
    r"(?:[ \t]+(?:trees?|cards?|lights?|decorations?|ornaments?|wreaths?|stockings?|turkeys?"
    r"|eggs?|costumes?|masks?|cand(?:y|ies)|movies?|films?|gifts?|presents?|carols?|songs?"
    r"|music|albums?|ads?|bonus(?:es)?)|-(?:themed|style))(?![\w-])"
)
"""A holiday before a thing made or sold for it names the thing, not a day: "Christmas
trees", "Halloween costumes", "the Independence Day movie", "a Christmas-themed ad"; the
occasion itself stays a date ("Christmas sales", "the Christmas shopping season", "the
Thanksgiving weekend", "a Labor Day cookout")."""
_A_NAME_GOES_ON = re.compile(
    r"[ \t]+(?!(?:Day|Eve|Week|Weekend|Holidays?|Season|Sunday|Monday|Morning|Night|Vigil|Mass"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z]"
)
"""After a one-word holiday, a capitalised word that is no day, season or month makes it part
of a name: "Easter Island", "Easter Seals", "Christmas Island"; "Easter Sunday", "Christmas
Eve", "for Easter April 9" stay dates."""
HOLIDAY_BEHIND = 7
HOLIDAY_AHEAD = 31
"""How far a holiday may lie from the story's day and still be the one it means whatever the
tense: its run-up and the days just after it belong to it ("hams fell as Easter buying came
to an end" twelve days before Easter, "closures last week for the Easter holiday")."""


def _holiday_placed(
    ctx: Context, rule: Callable[[int], dt.date], start: int, end: int
) -> int | None:
    """The year of a holiday the words around it place, or the one at hand; else None, for
    the tense to decide."""
    assert ctx.dct is not None
    if (told := _year_told_after(ctx, end)) is not None:
        return ctx.dct.year + told
    if (named := _month_named_before(ctx, rule, start)) is not None:
        return named
    return _holiday_near(rule, ctx.dct)


def _month_named_before(ctx: Context, rule: Callable[[int], dt.date], start: int) -> int | None:
    """The year of a month the sentence named before the holiday, when the holiday fell in
    it: "in March 1986, sales were helped by Easter shopping" is Easter 1986."""
    if ctx.ref is None or ctx.ref[1] not in ("month", "day") or not ctx.ref[0]:
        return None
    if ctx.sentence_start(start) > ctx.ref_start:
        return None
    year, month = int(ctx.ref[0][:4]), int(ctx.ref[0][5:7])
    return year if rule(year).month == month else None


def _holiday_near(rule: Callable[[int], dt.date], dct: dt.date) -> int | None:
    """The year of the holiday that falls up to a week before the DCT or a month after it."""
    for year in (dct.year - 1, dct.year, dct.year + 1):
        if -HOLIDAY_BEHIND <= (rule(year) - dct).days <= HOLIDAY_AHEAD:
            return year
    return None


_YEAR_TOLD_AFTER = re.compile(
    r"[^.;:!?\n]{0,40}?(?<!from )(?<!than )(?<!over )(?<!against )(?<!vs )(?<!versus )"
    r"\b(this|last|next)\s+year\b(?!['’])"
)


def _year_told_after(ctx: Context, end: int) -> int | None:
    """The year a holiday's own clause names after it: "because Easter falls in April this
    year", "Easter sales fell in March last year"; "up from last year" compares, it does
    not place. The step from the DCT's year, or None."""
    m = _YEAR_TOLD_AFTER.match(ctx.low, end)
    return _YEAR_STEP[m.group(1)] if m else None


def _holiday_year(rule: Callable[[int], dt.date], dct: dt.date, rel: str) -> int:
    """ "last Thanksgiving" is the latest before the DCT, "next Easter" the first after it,
    "this Christmas" this year's."""
    if rel in ("last", "this past"):
        return dct.year if rule(dct.year) < dct else dct.year - 1
    if rel in ("next", "this coming"):
        return dct.year if rule(dct.year) > dct else dct.year + 1
    return dct.year
