"""Find temporal expressions in news prose and resolve them to TimeML values.

The rules (in `rules`) would be slow run at every word of a text, so the
text is lower-cased once, a cheap pattern finds the words every date expression
contains (month and day names, units such as "week" or "quarter", years, "now"),
and only the stretches around those words are scanned, each with just the rules
its words call for. Most of a news story is far from any date.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, replace

from ..models import Precision
from .context import UNRESOLVED
from .rules import FAMILIES, HOLIDAY_NAMES, MON, RULES, WDAY, Context, remember
from .sentences import sentence_bounds


@dataclass(frozen=True)
class Timex:
    """One temporal expression found in a text, with its resolved value."""

    start: int
    end: int
    value: str | None
    precision: Precision
    inferred: bool = False


_NAMED = frozenset("MWH")
_PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
_TRIGGER_WORDS = {
    "M": "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april"
    " june july august september october november december",
    "W": "monday tuesday wednesday thursday friday saturday sunday",
    "T": "today tonight yesterday tomorrow",
    "U": "day days week weeks weekend weekends month months year years quarter quarters"
    " period decade decades century qtr fortnight fortnights",
    "S": "spring summer fall autumn winter",
    "R": "now currently current nowadays recently recent future past soon",
    "H": "christmas thanksgiving easter halloween valentine independence labor memorial"
    " election boxing columbus veterans presidents inauguration mlk",
    "Y": "nineteen thousand twenties thirties forties fifties sixties seventies eighties nineties",
}
_FAMILY_OF = {w: f for f, words in _TRIGGER_WORDS.items() for w in words.split()}
# Phrases, where the single word would wake the scanner far more often than it dates anything.
_FAMILY_OF.update(
    {"these days": "R", "new year's": "H", "half of": "U", "as soon as possible": "R"}
    # "a year and a half ago": its own family, so that the wire's many units do not each
    # try it
    | {"and a half": "A"}
    | {f"{w}{q}s day": "H" for w in ["mother", "father", "patrick"] for q in "'’"}
    | {"new year’s": "H", "martin luther king": "H"}
    | dict.fromkeys(["cinco de mayo", "bastille day", "juneteenth", "flag day", "earth day"], "H")
    | dict.fromkeys(["pearl harbor day", "v-e day", "ve day", "canada day", "australia day"], "H")
    | {"armistice day": "H"}
    | {f"{w} {d}": "H" for w, d in [("super", "tuesday"), ("good", "friday"), ("black", "friday")]}
    | {f"this {part}": "T" for part in _PARTS_OF_DAY[:3]}
    | {"last night": "T"}
    | {f"a {w} {n}": "R" for w in ["later", "future"] for n in ["date", "time", "stage"]}
)
_FAMILY_OF.update({f"{w} half": "U" for w in ["first", "second", "last", "latter", "1st", "2nd"]})
_FAMILY_OF.update({f"{w}-half": "U" for w in ["first", "second", "1st", "2nd"]})
_FAMILY_OF.update(
    {f"{w} term": "R" for w in ["near", "nearer", "short", "shorter", "long", "longer"]}
)
_FAMILY_OF.update(
    {
        f"{w} {part}": "P"
        for w in ["that", "next", "following", "previous"]
        for part in _PARTS_OF_DAY
    }
)


_FAR_YEAR_TRIGGERS = (
    ("a", r"d"),
    ("a", r"\.d(?=\.)"),
    ("i", r"n\s[1-9]\d{2,3}(?=,)"),
    ("2", r"[1-9]\d0s"),
    ("2", r"(?:(?<=by\s2)|(?<=in\s2)|(?<=until\s2)|(?<=before\s2)|(?<=beyond\s2))[1-9]\d\d"),
    # "Q3", "H1", "FY24": results copy's shorthand for periods (see `short`).
    ("q", r"[1-4]"),
    ("h", r"[12]"),
    ("f", r"y(?:\d\d){0,2}"),
)


def _trigger_pattern() -> str:
    """The trigger words grouped by first letter, so the regex engine rejects most words at
    their first character instead of trying every alternative."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted(_FAMILY_OF, key=len, reverse=True):
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]))
    # Years outside 1500-2099 that the words around mark ("AD 800", "In 1066,", "by 2100",
    # "the 2100s"; "the year 1066" has "year"): only these wake the scanner, each in the
    # group of its first character, for a branch that every number or word tried cost
    # several per cent of the extraction time on wire copy.
    for first, rest in _FAR_YEAR_TRIGGERS:
        by_letter.setdefault(first, []).append(rest)
    alternatives = [f"{c}(?:{'|'.join(rest)})" for c, rest in sorted(by_letter.items())]
    alternatives.append(
        r"(?:1[5-9]|20)\d(?:\d|0s)|(?<=['’‘])\d(?:0s|\d(?![\w'’%-]))|\d{1,2}/\d{1,2}/\d\d"
    )
    return r"\b(?:" + "|".join(alternatives) + r")\b"


# Every rule's match contains one of these words, so only the text near them is scanned:
# most of a news story is far from any date, and this is what keeps extraction fast.
_TRIGGER = re.compile(_trigger_pattern())
_BEFORE, _AFTER = 30, 20
_WORD_END = re.compile(r"[\w'-]*")
_HANDLERS = {name: (handler, sets_ref) for name, _, handler, sets_ref in RULES}
_CAPITALISED = re.compile(rf"{MON}|{WDAY}|{HOLIDAY_NAMES}")


_RULE_ORDER = {name: i for i, (name, _, _, _) in enumerate(RULES)}


def _family_scanner(family: str) -> re.Pattern[str]:
    """One alternation of a family's rules, in rule order."""
    chosen = [(n, p) for n, p, _, _ in RULES if FAMILIES[n] == family]
    return re.compile(_START[family] + "(?:" + "|".join(f"(?P<{n}>{p})" for n, p in chosen) + ")")


# An expression starts at a word, not inside a hyphenated one ("year-end-1986"), but a month
# may follow a hyphen after a word or number: the second end of "April-June", "March
# 30-April 4", "October-to-December"; a month's name must still be capitalised.
_START = defaultdict(lambda: r"(?<![\w'-])", {"M": r"(?:(?<![\w'-])|(?<=[a-z0-9.]-)(?=[a-z]))"})


_SCANNERS = {family: _family_scanner(family) for family in set(_FAMILY_OF.values())}


def _regions(low: str) -> list[tuple[int, int, frozenset[str]]]:
    """Stretches of text around trigger words, merged, each with the families it holds."""
    regions: list[tuple[int, int, set[str]]] = []
    for m in _TRIGGER.finditer(low):
        start, end = max(0, m.start() - _BEFORE), m.end() + _AFTER
        family = _FAMILY_OF.get(m.group(), "Y")
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], end, regions[-1][2] | {family})
        else:
            regions.append((start, end, {family}))
    return [(a, _WORD_END.match(low, min(b, len(low))).end(), frozenset(f)) for a, b, f in regions]


def _lowered(text: str) -> str:
    """The text in lower case with every offset kept (a few letters grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _matches(text: str, low: str) -> Iterator[re.Match[str]]:
    for start, end, families in _regions(low):
        for m in _region_matches(low, start, end, families):
            if FAMILIES[m.lastgroup or ""] not in _NAMED or _names_capitalised(text, m):
                yield m


def _region_matches(low: str, start: int, end: int, families: frozenset[str]) -> list[re.Match]:
    """Matches of the region's families; where two overlap, the earlier, then the first rule."""
    if len(families) == 1:
        (family,) = families
        return list(_SCANNERS[family].finditer(low, start, end))
    found = [m for f in families for m in _SCANNERS[f].finditer(low, start, end)]
    found.sort(key=lambda m: (m.start(), _RULE_ORDER[m.lastgroup or ""]))
    chosen: list[re.Match] = []
    for m in found:
        if not chosen or m.start() >= chosen[-1].end():
            chosen.append(m)
    return chosen


def _names_capitalised(text: str, m: re.Match[str]) -> bool:
    """Month, day and holiday names are proper nouns: "may" or "march" alone are verbs."""
    low = m.string
    return all(text[n.start()].isupper() for n in _CAPITALISED.finditer(low, m.start(), m.end()))


SLASH_DAY_FIRST: ContextVar[bool | None] = ContextVar("slash_day_first", default=None)
"""How the file of the article being read writes slash dates (`Article.slash_day_first`):
set once for an article, it reaches every reading of its text, whatever date that is
read against."""


def find_timexes(
    text: str,
    dct: dt.date | None,
    *,
    fallback_year: int | None = None,
    from_story: bool = False,
) -> list[Timex]:
    """Every temporal expression in `text`, in order, resolved against `dct`.

    Args:
        text: the article body; offsets in the result point into it.
        dct: the publication date, or None for an undated article (then only
            absolute dates resolve, and year-less ones only with `fallback_year`).
        fallback_year: a year to assume for year-less dates, marked inferred.
        from_story: `dct` is a date the story states, not its publication day.
    """
    low = _lowered(text)
    ctx = Context(
        text=text,
        low=low,
        dct=dct,
        fallback_year=fallback_year,
        from_story=from_story,
        slash_day_first=SLASH_DAY_FIRST.get(),
    )
    found: list[Timex] = []
    for m in _matches(text, low):
        handler, sets_ref = _HANDLERS[m.lastgroup or ""]
        start, end = m.span()
        if m.lastgroup in ("dm", "dmy") and (lead := _DAY_DASH.match(low, start)):
            start = lead.end()  # "14-18 May": the day beside the month; `_first_days` the 14
        if "\n\n" in low[start:end]:
            continue  # a paragraph break: words from two paragraphs are not one date
        if found and start < found[-1].end:
            continue  # already read as the second end of a range ("1986/1987")
        result = _resolved(handler, ctx, text[start:end], start, end)
        if result is None:
            continue
        value, precision, inferred = result
        if found and (joined := _range_year(text, found[-1], start, end, value)) is not None:
            value = joined
        found.append(Timex(start, end, value, precision, inferred))
        remember(ctx, m.lastgroup or "", low[start:end], value, precision, end, sets_ref=sets_ref)
        if (second := _range_end(text, found[-1])) is not None:
            found.append(second)
        elif precision == "day" and (
            days := _first_days(text, found[-1], found) or _last_day(text, found[-1])
        ):
            found[-1:] = days
        elif precision == "day" and (beside := _day_beside(text, found[-1])) is not None:
            found[-1] = beside
    found = _months_listed_in_order(text, _pairs_in_order(text, found, dct), dct)
    return _ranges_ending_now(text, _one_year_a_month(text, found, dct), dct)


_LIST_JOIN = re.compile(r"(?:,|,?\s+(?:and|or))\s+|,?\s+and\s+|\s*,\s*")
_BARE_MONTH = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)",
    re.IGNORECASE,
)
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)$")


def _months_listed_in_order(text: str, found: list[Timex], dct: dt.date | None) -> list[Timex]:
    """A list of months with no year ("in February and March", "expiration months of April,
    July and October", "in January and December") runs through the calendar one after the
    other, up or down: each month is the one nearest its neighbour. Read one at a time, a
    list had its months split across years ("April 1987, July 1987, October 1986" for an
    option's expiration months); the member nearest the story's date, the one the clause
    reads most surely, sets the rest, moving a month later (or back from a year ahead).
    Lists in calendar order that wrap ("January, May, July and October" in April) stay."""
    if dct is None or sum(t.precision == "month" for t in found) < 2:
        return found
    for i, j in _month_runs(text, found, _BARE_MONTH, _LIST_JOIN):
        _order_run(found, i, j, dct)
    return found


def _month_runs(
    text: str, found: list[Timex], written: re.Pattern[str], joined: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    """(first, last) index of each run of two or more months in a row written as `written`
    matches and joined as `joined` does: the members of a list or a pair. Each run is
    handed over before the next is looked for, so a caller may move its months' years."""
    i = 0
    while i < len(found) - 1:
        j = i
        while (
            j + 1 < len(found)
            and _month_alone(text, found[j], written)
            and _month_alone(text, found[j + 1], written)
            and joined.fullmatch(text, found[j].end, found[j + 1].start)
        ):
            j += 1
        if j > i:
            yield i, j
        i = j + 1


def _month_alone(text: str, t: Timex, written: re.Pattern[str]) -> bool:
    """A month read with no year of its own, written as `written` matches."""
    return (
        t.precision == "month"
        and not t.inferred
        and _MONTH_VALUE.match(t.value or "") is not None
        and written.fullmatch(text, t.start, t.end) is not None
    )


def _month_index(value: str) -> int:
    m = _MONTH_VALUE.match(value)
    assert m is not None
    return int(m.group(1)) * 12 + int(m.group(2)) - 1


def _nearest_to(month: int, other: int) -> int:
    """The index of calendar month `month % 12` nearest `other`, later on a tie."""
    base = other - (other % 12) + month % 12
    options = (base - 12, base, base + 12)
    return min(options, key=lambda m: (abs(m - other), -m))


def _order_run(found: list[Timex], i: int, j: int, dct: dt.date) -> None:
    now = dct.year * 12 + dct.month - 1
    months = [_month_index(found[k].value or "") for k in range(i, j + 1)]
    anchor = min(range(len(months)), key=lambda k: (abs(months[k] - now), k))
    for k in range(anchor + 1, len(months)):
        months[k] = _nearest_to(months[k], months[k - 1])
    for k in range(anchor - 1, -1, -1):
        months[k] = _nearest_to(months[k], months[k + 1])
    for k, m in enumerate(months):
        t = found[i + k]
        was = _month_index(t.value or "")
        # Moved later, or back from the year ahead's same season: lists in calendar order
        # ("Expirations will be January, May, July and October", told in April) name the
        # coming January after October, which a move back would undo.
        if m > was or (m < was and was - now >= _A_YEAR_AHEAD):
            found[i + k] = replace(t, value=f"{m // 12:04d}-{m % 12 + 1:02d}")


def _one_year_a_month(text: str, found: list[Timex], dct: dt.date | None) -> list[Timex]:
    """A month named twice in one sentence, each time alone ("Cargill sold 1.0 mln bushels
    of May, and Staley bought May and July", "the introduction of December ... as December
    is quoted above May"), is one month: a contract or a term, told twice in one breath.
    Read one at a time, a cue near one (a price, "bought") put it ahead and the other, with
    none, in the year gone by; both take the later year, the one the cue read. A month
    gone by told beside its namesake is told so ("from the previous January's level",
    "last year's"), and a sentence that writes a year is left to what it writes."""
    if dct is None or sum(t.precision == "month" for t in found) < 2:
        return found
    starts = sentence_bounds(text)
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, t in enumerate(found):
        if _month_alone(text, t, _BARE_MONTH):
            sentence = bisect_right(starts, t.start) - 1
            groups[(sentence, text[t.start : t.end].lower())].append(i)
    for (sentence, _), members in groups.items():
        years = {(found[i].value or "")[:4] for i in members}
        if len(members) < 2 or len(years) != 2:
            continue
        lo = starts[sentence]
        hi = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
        if _TOLD_AS_ANOTHER_YEAR.search(text, lo, hi):
            continue
        if int(max(years)) - int(min(years)) != 1:
            continue
        later = max(found[i].value or "" for i in members)
        for i in members:
            found[i] = replace(found[i], value=later)
    return found


def _ranges_ending_now(text: str, found: list[Timex], dct: dt.date | None) -> list[Timex]:
    """A range of months within one calendar year that ends in the story's own month ("to
    review performance in the January-June period", told in June; "from January to early
    April", told late in April) is the one ending now, as the story's month alone is this
    year's. Read from its start, a "will" or "would" nearby put the start ahead and the end
    after it, a whole year on; one meant for next year says so ("next year") or writes it."""
    if dct is None:
        return found
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if a.precision != "month" or b.precision != "month" or a.inferred or b.inferred:
            continue
        first, last = _MONTH_VALUE.match(a.value or ""), _MONTH_VALUE.match(b.value or "")
        if first is None or last is None or first.group(1) != last.group(1):
            continue
        if int(last.group(1)) != dct.year + 1 or int(last.group(2)) != dct.month:
            continue
        if first.group(2) > last.group(2) or not _RANGE_BETWEEN.fullmatch(text, a.end, b.start):
            continue
        if _DIGIT.search(text, a.start, b.end) or _NEXT_YEAR_AFTER.match(text, b.end):
            continue
        year = f"{dct.year:04d}"
        found[i] = replace(a, value=year + (a.value or "")[4:])
        found[i + 1] = replace(b, value=year + (b.value or "")[4:])
    return found


_RANGE_BETWEEN = re.compile(r"\s*[-–]\s*|\s+(?:to|through|thru|until|till)\s+")
_DIGIT = re.compile(r"\d")
_NEXT_YEAR_AFTER = re.compile(r"[^.;\n]{0,40}?\b(?:next|coming|following)\s+year\b", re.IGNORECASE)


_TOLD_AS_ANOTHER_YEAR = re.compile(
    r"\b(?:[Pp]revious|[Pp]receding|[Pp]rior|[Ll]ast|year[- ]ago|year[- ]earlier"
    r"|a year (?:ago|before)|(?:19|20)\d\d)\b"
)


_SLASH = re.compile(r"\s*/\s*")
_PAIRED_MONTH = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.IGNORECASE
)


def _pairs_in_order(text: str, found: list[Timex], dct: dt.date | None) -> list[Timex]:
    """Months paired with a slash ("for April/Nov shipments", "the January/March quarter",
    "during Jan/Sept") are a term running forward through the calendar, each month the
    first such month after the one before it. Read one at a time, a pair was split across
    years ("April 1987/Nov 1986", "Jun 1986/Jul 1987"); the member nearest the story's date,
    the one read most surely, sets the other."""
    if dct is None:
        return found
    for i, j in _month_runs(text, found, _PAIRED_MONTH, _SLASH):
        _forward_run(found, i, j, dct)
    return found


def _forward_run(found: list[Timex], i: int, j: int, dct: dt.date) -> None:
    now = dct.year * 12 + dct.month - 1
    months = [_month_index(found[k].value or "") for k in range(i, j + 1)]
    anchor = min(range(len(months)), key=lambda k: (abs(months[k] - now), k))
    for k in range(anchor + 1, len(months)):
        months[k] = months[k - 1] + (months[k] - months[k - 1]) % 12
    for k in range(anchor - 1, -1, -1):
        months[k] = months[k + 1] - (months[k + 1] - months[k]) % 12
    for k, m in enumerate(months):
        if m != _month_index(found[i + k].value or ""):
            found[i + k] = replace(found[i + k], value=f"{m // 12:04d}-{m % 12 + 1:02d}")


_A_YEAR_AHEAD = 11
"""How far ahead of the story a listed month must lie to be taken back to its neighbours'
year: "exported in February and March", told in March, had put February a year on."""


# Only a hyphen or dash set close: " - " after a dateline's day ends the dateline, and "from
# April 1 through March 13" may span a year the first end has wrong.
_RANGE_JOIN = re.compile(r"(?<=\w)(?:-|–|-to-)")
_MONTH_OR_DAY = re.compile(r"(\d{4})-(\d\d)(-\d\d)?$")


def _range_year(text: str, first: Timex, start: int, end: int, value: str | None) -> str | None:
    """The year of a range's second month when only the first says it, as a range reads: in
    "the January-December quota year", "March 30-April 4", "the October-to-February season" the
    second end follows the first, in its year or, for an earlier month, the next."""
    if value is None or first.value is None or start - first.end > 12:
        return None
    if not _RANGE_JOIN.fullmatch(text, first.end, start) or re.search(r"\d{4}", text[start:end]):
        return None
    a, b = _MONTH_OR_DAY.match(first.value), _MONTH_OR_DAY.match(value)
    if a is None or b is None:
        return None
    year = int(a.group(1)) + (1 if int(b.group(2)) < int(a.group(2)) else 0)
    return f"{year:04d}-{b.group(2)}{b.group(3) or ''}"


_DAY_AT_END = re.compile(r"(?<![\d,])\d{1,2}(?:st|nd|rd|th)?$")
_LAST_DAY = re.compile(
    r"(?:[-–]|\s*(?:and|or|to|through|thru)\s+)(\d{1,2}(?:st|nd|rd|th)?)"
    r"(?![\d%/:]|[.,]\d|\s*(?:pct|percent|per\b|mln|million|billion|dlrs|dollars|cents|cts"
    r"|points|pts|tonnes|tons|years?|months?|weeks?|days?|hours?|minutes|shares|others|of\b))"
    r"(?:,?\s+((?:1[5-9]|20)\d\d)(?!\d))?"
)


def _last_day(text: str, first: Timex) -> list[Timex]:
    """The end of a range or pair of days written with one month ("April 29 and 30", "June 3 to
    6", "April 14-27"), so the timeline lists the second day too; "March 3 and 4 pct" counts,
    and a dash with spaces ends a dateline ("June 1 - 4th qtr"). A year after the second day
    ("September 1 to 30, 1987") is the first day's year too."""
    value = first.value or ""
    if first.precision != "day" or len(value) != 10 or not value[:4].isdigit():
        return []
    written = _DAY_AT_END.search(text, first.start, first.end)
    m = _LAST_DAY.match(text, first.end) if written else None
    if m is None or int(m.group(1).rstrip("stndrh")) <= int(value[8:]):
        return []
    year = int(m.group(2) or value[:4])
    try:
        day = dt.date(year, int(value[5:7]), int(m.group(1).rstrip("stndrh")))
    except ValueError:
        return []
    second = Timex(
        m.start(1), m.end(2) if m.group(2) else m.end(1), day.isoformat(), "day", first.inferred
    )
    if not m.group(2):
        return [first, second]
    return [
        replace(first, value=f"{year:04d}{value[4:]}", inferred=False),
        replace(second, inferred=False),
    ]


_DAY_DASH = re.compile(r"(?:the\s+)?\d\d?[-–]")
_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]")
_EARLIER_DAYS = re.compile(
    r"(?<![\w.,/$£€-])((?:\d{1,2}(?:st|nd|rd|th)?\s*,\s*)*?)(\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:\s*[-–]\s*|\s+(?:to|through|until|till|and|or)\s+|\s*,\s*(?=\d))$"
)
_LISTED_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


def _first_days(text: str, last: Timex, found: list[Timex]) -> list[Timex]:
    """The earlier days of a range or list written day first with one month ("14-18 May",
    "from 14 to 18 May", "between 1 and 3 June", "on 1, 2 and 3 June", "the 5th and 6th of
    April"), as British and international copy writes them: read alone, only the day next
    to the month was dated, and "14-18 May" not at all. Each earlier day takes the month
    and year of the last, and must come before it in that month."""
    value = last.value or ""
    head = _DAY_FIRST.match(
        text, last.start + (4 if text.startswith(("the ", "The "), last.start) else 0)
    )
    if len(value) != 10 or not value[:4].isdigit() or head is None:
        return []
    since = max(found[-2].end if len(found) > 1 else 0, last.start - 40)
    m = _EARLIER_DAYS.search(text, since, head.start())
    if m is None:
        return []
    day = int(value[8:])
    earlier = [
        (n.start(), n.end(), int(n.group(1)))
        for n in _LISTED_DAY.finditer(text, m.start(), m.end(2))
    ]
    if not all(0 < d < day for _s, _e, d in earlier) or any(
        a[2] >= b[2] for a, b in zip(earlier, earlier[1:], strict=False)
    ):
        return []
    days = [Timex(s, e, f"{value[:8]}{d:02d}", "day", last.inferred) for s, e, d in earlier]
    return [*days, last]


def _resolved(handler, ctx: Context, written: str, start: int, end: int) -> tuple | None:
    """The handler's value, unresolved for a date past the calendar's ends (years 1 to 9999).

    "Next year" in an article dated 9999-12-31 has no date to name; it is listed
    among the unresolved, as it is in an undated article read against that day,
    so the user sees it was written, and the article keeps every other date.
    """
    try:
        result = handler(ctx, written, start, end)
    except OverflowError:
        return UNRESOLVED
    except ValueError as exc:
        if "out of range" in str(exc):
            return UNRESOLVED
        raise
    year = _LEADING_YEAR.match(result[0] or "") if result else None
    if year and not 1 <= int(year.group()) <= 9999:
        return UNRESOLVED
    return result


_LEADING_YEAR = re.compile(r"\d+")


_RANGE_END = re.compile(r"[-/–](\d{2}|\d{4})(?!\d|[/.,-]\d)")
RANGE_YEARS = 10
"""The longest span a year range ("1986/87", "1957-58", "2004-2010") is read as."""


def _range_end(text: str, first: Timex) -> Timex | None:
    """The other end of a year range, so "the 1986/87 season" lists 1987 as well as 1986."""
    if first.precision != "year" or not (first.value or "").isdigit() or len(first.value) != 4:
        return None
    m = _RANGE_END.match(text, first.end)
    if m is None:
        return None
    year = int(first.value)
    digits = m.group(1)
    second = int(digits) if len(digits) == 4 else year - year % 100 + int(digits)
    if len(digits) == 2 and second < year:
        second += 100  # "1999-00"
    if not 0 < second - year <= RANGE_YEARS:
        return None
    return Timex(m.start(1), m.end(1), f"{second:04d}", "year", first.inferred)


_DAY_BESIDE = re.compile(r"(?:\bthe\s+)?\bday\s+(before|after)\s+$", re.IGNORECASE)


def _day_beside(text: str, day: Timex) -> Timex | None:
    """ "the day after Christmas", "the day before last Tuesday's hearing": one day off the
    date named, written as one expression."""
    value = day.value or ""
    m = _DAY_BESIDE.search(text, max(0, day.start - 20), day.start)
    if m is None or len(value) != 10:
        return None
    try:
        named = dt.date.fromisoformat(value)
    except ValueError:
        return None
    step = dt.timedelta(days=1 if m.group(1).lower() == "after" else -1)
    return replace(day, start=m.start(), value=(named + step).isoformat())
