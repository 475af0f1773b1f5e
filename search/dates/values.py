"""What the words of a date expression mean, and how TimeML writes a value.

Plain tables and functions with no knowledge of where an expression sits in a
text: month and number words, holidays, and the TimeML value forms (`1998-02-13`,
`1998-W07`, `1998-Q3`, `1998-SU`, `199` for a decade).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

# --- vocabulary -------------------------------------------------------------

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a few": 3, "a couple of": 2, "several": 3, "a half": 0,
}  # fmt: skip
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
            "fourth": 4, "4th": 4}  # fmt: skip
_ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
DAY_ORDINALS = {w: n for n, w in enumerate(_ORDINAL_WORDS, 1)}
DAY_ORDINALS.update({f"twenty-{w}": 20 + n for n, w in enumerate(_ORDINAL_WORDS[:9], 1)})
DAY_ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
UNITS_TENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
DIGITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}  # fmt: skip
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip


# --- value formatting --------------------------------------------------------

_YEAR_REST = re.compile(r"(\d{4})(.*)$")


def fmt_day(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def fmt_month(year: int, month: int) -> str:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def fmt_quarter(year: int, quarter: int) -> str:
    year += (quarter - 1) // 4
    quarter = (quarter - 1) % 4 + 1
    return f"{year:04d}-Q{quarter}"


def shift_value(value: str, precision: str, years: int) -> str | None:
    """The same period `years` years earlier or later, keeping its precision."""
    m = _YEAR_REST.match(value)
    if not m:
        return None
    y = int(m.group(1)) + years
    rest = m.group(2)
    if precision == "week" or rest.startswith("-W"):
        return None
    return f"{y:04d}{rest}"


# --- reading the matched words ------------------------------------------------

_MONTH_WORD = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_YEAR_DIGITS = re.compile(r"(?<![\d'])(1[0-9]\d\d|20\d\d)(?!\d)")
_DAY_DIGITS = re.compile(r"(?<!\d)([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])")
_SPELLED = re.compile(
    r"(nineteen|twenty)[\s-]+(hundred|\w+)(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine))?"
    r"|two thousand",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[a-z]+")
_DAY_WORD = re.compile(
    r"\b((?:twenty[\s-]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth|thirty[\s-]+first)\b",
    re.IGNORECASE,
)


def month_of(s: str) -> int | None:
    m = _MONTH_WORD.search(s)
    return MONTHS[m.group(1).lower()] if m else None


def year_of(s: str) -> int | None:
    m = _YEAR_DIGITS.search(s)
    if m:
        return int(m.group(1))
    m = _SPELLED.search(s)
    if not m:
        return None
    if m.group(0).lower().startswith("two thousand"):
        return 2000
    century = 1900 if m.group(1).lower() == "nineteen" else 2000
    if m.group(2).lower() == "hundred":
        return century
    tens = UNITS_TENS.get(m.group(2).lower())
    if tens is None:
        return None
    return century + tens + (DIGITS.get((m.group(3) or "").lower(), 0) if tens >= 20 else 0)


def day_of(s: str) -> int | None:
    without_years = _YEAR_DIGITS.sub(" ", s)
    m = _DAY_DIGITS.search(without_years)
    if m:
        return int(m.group(1))
    m = _DAY_WORD.search(s)
    if m:
        return DAY_ORDINALS[re.sub(r"[\s-]+", "-", m.group(1).lower())]
    return _cardinal_day(s)


_CARDINAL_DAY = re.compile(
    r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+"
    r"((?:(?:twenty|thirty)[\s-]+)?[a-z]+)\b",
    re.IGNORECASE,
)


def _cardinal_day(s: str) -> int | None:
    """ "April one", "June twenty-two": a day spelled as a number right after its month,
    unless the words are a year ("May nineteen ninety")."""
    m = _CARDINAL_DAY.search(s)
    if m is None:
        return None
    spelled = _SPELLED.match(s, m.start(1))
    if spelled and year_of(spelled.group()) is not None:
        return None
    words = re.split(r"[\s-]+", m.group(1).lower())
    if not all(w in NUMBERS for w in words) or len(words) > 2:
        return None
    day = sum(NUMBERS[w] for w in words)
    return day if 1 <= day <= 31 and (len(words) == 1 or words[0] in ("twenty", "thirty")) else None


def words_of(s: str) -> list[str]:
    return _LETTERS.findall(s.lower())


# --- holidays ------------------------------------------------------------------


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n=-1: the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


_SUPER_TUESDAYS = {
    1984: dt.date(1984, 3, 13),
    1988: dt.date(1988, 3, 8),
    1992: dt.date(1992, 3, 10),
    1996: dt.date(1996, 3, 12),
    2000: dt.date(2000, 3, 7),
    2004: dt.date(2004, 3, 2),
    2008: dt.date(2008, 2, 5),
}
"""The cycles whose Super Tuesday was not the first Tuesday of March, or that set the rule
before it held: the day the states chose, as the story's readers knew it."""


def _super_tuesday(year: int) -> dt.date:
    """The first Tuesday of March in every cycle since 2012, the day held before that."""
    return _SUPER_TUESDAYS.get(year) or nth_weekday(year, 3, 1, 1)


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas": lambda y: dt.date(y, 12, 25),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's": lambda y: dt.date(y, 1, 1),  # only before "weekend" (the rule's pattern)
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "halloween": lambda y: dt.date(y, 10, 31),
    "independence day": lambda y: dt.date(y, 7, 4),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "election day": lambda y: nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "easter": easter,
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "black friday": lambda y: nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1),
    "columbus day": lambda y: nth_weekday(y, 10, 0, 2),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "veterans' day": lambda y: dt.date(y, 11, 11),
    "presidents day": lambda y: nth_weekday(y, 2, 0, 3),
    "presidents' day": lambda y: nth_weekday(y, 2, 0, 3),
    "martin luther king": lambda y: nth_weekday(y, 1, 0, 3),
    "mlk day": lambda y: nth_weekday(y, 1, 0, 3),
    "mother's day": lambda y: nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: nth_weekday(y, 6, 6, 3),
    "st. patrick's day": lambda y: dt.date(y, 3, 17),
    "st patrick's day": lambda y: dt.date(y, 3, 17),
    "saint patrick's day": lambda y: dt.date(y, 3, 17),
    "cinco de mayo": lambda y: dt.date(y, 5, 5),
    "bastille day": lambda y: dt.date(y, 7, 14),
    "juneteenth": lambda y: dt.date(y, 6, 19),
    "flag day": lambda y: dt.date(y, 6, 14),
    "earth day": lambda y: dt.date(y, 4, 22),
    "pearl harbor day": lambda y: dt.date(y, 12, 7),
    "v-e day": lambda y: dt.date(y, 5, 8),
    "ve day": lambda y: dt.date(y, 5, 8),
    "canada day": lambda y: dt.date(y, 7, 1),
    "australia day": lambda y: dt.date(y, 1, 26),
    "armistice day": lambda y: dt.date(y, 11, 11),
    # Days of the US presidential calendar, which falls every fourth year: each is read as
    # the one of the election year holding `y` (the inauguration of the year after it), so
    # the year nearest the story is chosen among election years as for any holiday.
    "super tuesday": lambda y: _super_tuesday(y - y % 4),
    "inauguration day": lambda y: dt.date(y - (y - 1) % 4, 1, 20),
}
