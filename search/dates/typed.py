"""A date a user types ("1987-03", "March 1987", "last week") read into a TimeML value.

The timeline's jump key and the CLI's `--around` take any form the extractor
reads in articles, so one set of rules serves both. Relative forms resolve
against a reference day the caller chooses: for a corpus, its own period,
never today, since "last week" in a 1987 archive means 1987.
"""

from __future__ import annotations

import datetime as dt
import re

from .timex import find_timexes
from .values import MONTHS, WEEKDAYS

__all__ = ["read_typed_date"]

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_TIMEML = re.compile(
    r"\d{2,3}|\d{4}-(?:W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI)", re.IGNORECASE
)
"""The coarser values the timeline writes (`1987-W08`, `1987-W08-WE`, `1987-Q3`,
`1987-SU`, and TimeML's decade `198` and century `19`), typed back."""
_CALENDAR_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(MONTHS.keys() | WEEKDAYS.keys(), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_PHRASINGS = ("{}", "in {}", "on {}")
"""A bare "1987" or "May 5" is a date only after a preposition in running text."""


def read_typed_date(text: str, reference: dt.date | None = None) -> str | None:
    """The TimeML value of a typed date, or None when no rule reads it as one.

    Args:
        text: what the user typed: "1987", "1987-03-02", "March 1987", "last week".
        reference: the day relative forms count from (and a missing year's source).
    """
    typed = " ".join(text.split())
    if _TIMEML.fullmatch(typed):
        return typed.upper() if _real_week(typed) else None
    # In a box nobody capitalises: "march 1987" means the month, not the verb, as it would in prose.
    typed = _CALENDAR_WORD.sub(lambda m: m.group().capitalize(), typed)
    if not typed:
        return None
    if (iso := _ISO.fullmatch(typed)) and _valid(iso):
        return typed
    for phrasing in _PHRASINGS:
        sentence = phrasing.format(typed) + "."
        found = find_timexes(sentence, reference, fallback_year=reference and reference.year)
        whole = [t for t in found if t.value and sentence[t.start : t.end].strip() != ""]
        if len(whole) == 1 and _covers(sentence, whole[0].start, whole[0].end, typed):
            return whole[0].value
    return None


def _real_week(value: str) -> bool:
    """Whether a week value names a week its year has (2023 has no week 53); other
    values are true."""
    if not value[6:8].isdigit():  # "1987-WI" is winter
        return True
    try:
        dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
    except ValueError:
        return False
    return True


def _valid(iso: re.Match[str]) -> bool:
    year, month, day = (int(part) if part else 1 for part in iso.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _covers(sentence: str, start: int, end: int, typed: str) -> bool:
    """Whether the expression found is (nearly) all that was typed, not one word of it."""
    found = sentence[start:end].lower()
    return len(found) >= len(typed) * 0.6
