"""Decades and centuries named as a reader says them: "the 1980s", "the 19th century".

TimeML writes a decade as its first three digits ("198") and a century as its
first two ("18" is 1800-1899, the 19th century), which a script or a reader
takes for the year 198 or 18. The timeline's headings, the command line's
`period` and a cited date name them the same way from here, and a query names
them back the same way (`mentions:1990s`); finer periods keep their TimeML
value. A shared value of `search/`: it imports nothing.
"""

from __future__ import annotations

import re

__all__ = ["coarse_period_name", "coarse_period_value"]

_NAMED = re.compile(
    r"(?:the\s+)?(?:(?P<decade>\d{3})0['\u2019]?s|(?P<nth>\d{1,2})(?:st|nd|rd|th)\s+century)",
    re.IGNORECASE,
)


def coarse_period_name(value: str | None) -> str | None:
    """ "1980s" for the decade "198", "19th century" for the century "18"; else None."""
    if not value or not value.isdigit() or len(value) not in (2, 3):
        return None
    if len(value) == 3:
        return f"{value}0s"
    nth = int(value) + 1
    suffix = "th" if nth % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(nth % 10, "th")
    return f"{nth}{suffix} century"


def coarse_period_value(text: str) -> str | None:
    """The TimeML value of a decade or century written as the timeline heads it
    ("1990s", "the 1990s", "20th century", "the 20th century"); else None.

    The inverse of `coarse_period_name`, so a period read off a heading can be
    typed back into a query. The TimeML forms ("199", "19") are values already.
    """
    match = _NAMED.fullmatch(text.strip())
    if match is None:
        return None
    if match.group("decade"):
        return match.group("decade")
    nth = int(match.group("nth"))
    return f"{nth - 1:02d}" if nth >= 1 else None
