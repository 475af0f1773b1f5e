"""Publication dates as news sources write them, read without guessing.

Metadata dates come in many shapes (ISO timestamps, RFC 2822 feed dates,
"Jan. 7, 2026", epoch seconds). Each is read with the standard library and a
small month-name pattern. A timestamp keeps the calendar date as written in its
own zone: an article stamped `2026-01-08T00:30:00+01:00` was published on the
8th where it was written, even though that instant is the 7th in UTC.
Anything not recognised gives `None`, so a caller can report it instead of
inventing a date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterable

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
_TIME = (
    r"(?:(?:,|\s+at|\s*[-–—|])?\s*(?P<time>\d{1,2}[:.]\d{2}(?::\d{2})?)"
    r"\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<zone>[A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?)?"
)
_MONTH_NAME_DATE = re.compile(
    rf"^{_WEEKDAY}(?:"
    rf"(?P<d1>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y2>\d{{4}})"
    rf"){_TIME}\s*$",
    re.IGNORECASE,
)
_YEAR_FIRST = re.compile(
    r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T,]+(\d{1,2}:\d{2}(?::\d{2})?))?$"
)
_YEAR_LAST = re.compile(
    r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T,]+(\d{1,2}:\d{2}(?::\d{2})?))?$"
)
_ISO_NAMED_ZONE = re.compile(
    r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<time>\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?)?\s*(?P<zone>[A-Z]{1,5})$"
)
_EPOCH = re.compile(r"^(\d{9,10}|\d{12,13})(?:\.\d+)?$")
_HAS_CLOCK = re.compile(r"\d{1,2}:\d{2}")

# Abbreviations with one meaning in English-language news; ambiguous ones
# (IST, ET) keep the time without a zone rather than a wrong one.
_ZONES = {
    "z": 0,
    "utc": 0,
    "gmt": 0,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
}


_PERIOD = re.compile(r"^(?P<year>\d{4})(?:[-/.](?P<month>\d{1,2}))?$")
_MONTH_YEAR = re.compile(rf"^(?P<month>{_MONTH})\.?,?\s+(?P<year>\d{{4}})$", re.IGNORECASE)


def parse_published_period(value: str) -> tuple[dt.date, str] | None:
    """A publication date given to the month (`2025-12`, `December 2025`) or year (`2025`).

    Archives often know no more than that. The period is returned as its first
    day with its precision (`"month"` or `"year"`), so nothing finer is invented;
    None when the value is not such a period.
    """
    text = " ".join(str(value).split())
    match = _PERIOD.match(text) or _MONTH_YEAR.match(text)
    if match is None:
        return None
    year, month = int(match["year"]), match["month"]
    if month is None:
        return (dt.date(year, 1, 1), "year") if year >= 1 else None
    number = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
    if year < 1 or not 1 <= number <= 12:
        return None
    return dt.date(year, number, 1), "month"


def slash_order(values: Iterable[str]) -> tuple[bool | None, str]:
    """Whether a file's slash dates (`03/04/2024`) are written day first, by the ones that
    can be read only one way: (True, "13/04/2024") day first, (False, "04/13/2024")
    month first, (False, "") when none shows it (read month first, as US sources write
    them), and (None, "") when the file writes them both ways (each read as it can be).

    One file is one export and writes its dates one way: reading each value alone put
    03/04/2024 on 4 March beside a 13/04/2024 that can only be 13 April.
    """
    day_first = month_first = ""
    for value in values:
        match = _YEAR_LAST.match(" ".join(str(value).split()))
        if match is None or match[2] != "/":
            continue
        first, second = int(match[1]), int(match[3])
        if first > 12 >= second and not day_first:
            day_first = match[0]
        elif second > 12 >= first and not month_first:
            month_first = match[0]
    if day_first and month_first:
        return None, ""
    return (True, day_first) if day_first else (False, month_first)


def ambiguous_slash_date(value: str) -> bool:
    """A slash date that reads as two days (`03/04/2024`, not `04/04/2024`)."""
    match = _YEAR_LAST.match(" ".join(str(value).split()))
    return bool(match and match[2] == "/" and match[1] != match[3]) and all(
        1 <= int(part) <= 12 for part in (match[1], match[3])
    )


def parse_published(value: str, day_first: bool | None = None) -> tuple[dt.date | None, str]:
    """Read a publication date as written in metadata; `day_first` reads slash dates
    day first (see `slash_order`).

    Returns:
        The calendar date in the timestamp's own zone (or None when the value is
        not a full date this function recognises), and the time of day with its
        zone in ISO form (`10:15:00+00:00`, `10:15:00` without a zone), or "".
    """
    text = " ".join(str(value).split())
    if not text:
        return None, ""
    for reader in (_read_iso, _read_numeric, _read_epoch, _read_rfc2822, _read_month_name):
        found = reader(text, day_first) if reader is _read_numeric else reader(text)
        if found is not None:
            return found
    return None, ""


_ISO_WEEK = re.compile(r"^\d{4}-?W\d{2}$", re.IGNORECASE)
"""A week with no day (`2024-W10`), which Python reads as its Monday."""


def _read_iso(text: str) -> tuple[dt.date, str] | None:
    if not text[:4].isdigit() or _ISO_WEEK.match(text):
        return None  # a week is no day: left unrecognised, as a quarter is
    try:
        stamp = dt.datetime.fromisoformat(text)
    except ValueError:
        return _read_loose_iso(text)
    has_time = len(text) > 10 and not text.isdigit()
    return stamp.date(), _clock(stamp) if has_time else ""


def _read_loose_iso(text: str) -> tuple[dt.date, str] | None:
    """ISO-like stamps with a named zone: `2026-01-08 10:15 GMT`, `2026-01-08 UTC`."""
    match = _ISO_NAMED_ZONE.match(text)
    if not match:
        return None
    found = _make(int(match["year"]), int(match["month"]), int(match["day"]), match["time"])
    if found is None or not found[1]:
        return found
    return found[0], _with_zone(found[1], match["zone"])


def _read_numeric(text: str, day_first: bool | None = None) -> tuple[dt.date, str] | None:
    """Slash dates are read month first (as US sources write them) unless that is
    impossible, or the file they are in writes them day first (`day_first`).

    Dotted and dashed day-month-year dates are read day first, the European habit.
    """
    if match := _YEAR_FIRST.match(text):
        year, month, day, clock = match.groups()
        return _make(int(year), int(month), int(day), clock)
    if match := _YEAR_LAST.match(text):
        first, sep, second, year, clock = match.groups()
        month_first = sep == "/" and not day_first
        month, day = (int(first), int(second)) if month_first else (int(second), int(first))
        if month > 12 and day <= 12:
            month, day = day, month
        return _make(int(year), month, day, clock)
    return None


def _read_epoch(text: str) -> tuple[dt.date, str] | None:
    match = _EPOCH.match(text)
    if not match:
        return None
    seconds = float(text)
    if len(match.group(1)) >= 12:
        seconds /= 1000
    try:
        stamp = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return stamp.date(), _clock(stamp)


def _read_rfc2822(text: str) -> tuple[dt.date, str] | None:
    # Without a clock time the email parser would invent midnight.
    if not _HAS_CLOCK.search(text):
        return None
    try:
        stamp = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return stamp.date(), _clock(stamp)


def _read_month_name(text: str) -> tuple[dt.date, str] | None:
    match = _MONTH_NAME_DATE.match(text)
    if not match:
        return None
    day = match.group("d1") or match.group("d2")
    month = _MONTHS[(match.group("m1") or match.group("m2"))[:3].lower()]
    year = match.group("y1") or match.group("y2")
    found = _make(int(year), month, int(day), None)
    if found is None or not match.group("time"):
        return found
    clock = _twelve_hour(match.group("time").replace(".", ":"), match.group("ampm"))
    return found[0], _with_zone(clock, match.group("zone"))


def _make(year: int, month: int, day: int, clock: str | None) -> tuple[dt.date, str] | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if not clock:
        return date, ""
    return date, _twelve_hour(clock, None)


def _twelve_hour(clock: str, ampm: str | None) -> str:
    parts = [int(p) for p in clock.split(":")]
    hour, minute, second = parts[0], parts[1], parts[2] if len(parts) > 2 else 0
    if ampm:
        pm = ampm.lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    if hour > 23 or minute > 59 or second > 59:
        return ""
    return f"{hour:02d}:{minute:02d}:{second:02d}"


def _with_zone(clock: str, zone: str | None) -> str:
    if not clock or not zone:
        return clock
    if zone[0] in "+-":
        digits = zone[1:].replace(":", "")
        return f"{clock}{zone[0]}{digits[:2]}:{digits[2:]}"
    minutes = _ZONES.get(zone.lower())
    if minutes is None:
        return clock
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{clock}{sign}{hours:02d}:{mins:02d}"


def _clock(stamp: dt.datetime) -> str:
    return stamp.timetz().replace(microsecond=0).isoformat()
