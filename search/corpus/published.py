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
from dataclasses import dataclass

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


_SLASH_MIDDLE = re.compile(r"/(\d{1,2})/(?:\d{4}|\d\d)(?![\d/])")
"""A slash date from its first slash (`/04/2024`): a pattern opening on a character, not
a digit, is searched for at the speed of a plain string search, five times faster."""
_DIGITS = frozenset("0123456789")
_BEFORE = frozenset("0123456789/.")


@dataclass
class SlashDates:
    """What a file's slash dates show of their order, gathered as its records are read.

    A file is one export and writes its dates one way, in its date field and in its
    text alike: 05/04/2024 was 4 May in a file's date column and 5 April in the same
    file's text, and a "28/03/2024" in a story showed the order no date field did.
    """

    day_first: str = ""
    """The first date seen that can only be read day first (`13/04/2024`)."""
    month_first: str = ""
    """The first date seen that can only be read month first (`04/13/2024`)."""
    told: bool = False
    """Whether the file's order has been reported (once a file, over all its parts)."""

    def see(self, text: str) -> str:
        """Take the slash dates written in `text`; the first that reads two ways, or ""."""
        if "/" not in text:
            return ""
        ambiguous = ""
        for match in _SLASH_MIDDLE.finditer(text):
            start = match.start()
            first = start - 2 if text[start - 2 : start - 1] in _DIGITS else start - 1
            if first < 0 or text[first] not in _DIGITS or text[first - 1 : first] in _BEFORE:
                continue
            written = text[first : match.end()]
            if self._take(int(text[first:start]), int(match[1]), written) and not ambiguous:
                ambiguous = written
        return ambiguous

    def see_bytes(self, data: bytes) -> None:
        """`see` on raw bytes, for a file too large to hold whole: it stops once both
        orders have been seen, since nothing further can change what they show."""
        text = data.decode("latin-1")  # one character a byte; the dates are ASCII
        start = 0
        while not (self.day_first and self.month_first) and start < len(text):
            end = text.find("\n", start + 1_000_000) + 1 or len(text)
            self.see(text[start:end])
            start = end

    def _take(self, first: int, second: int, written: str) -> bool:
        """Whether the date reads two ways; one that reads one way only is kept as evidence."""
        if not (1 <= first <= 31 and 1 <= second <= 31):
            return False
        if first > 12 >= second:
            self.day_first = self.day_first or written
        elif second > 12 >= first:
            self.month_first = self.month_first or written
        return first <= 12 and second <= 12 and first != second

    def order(self) -> bool | None:
        """Day first (True) when a date shows it, else month first (False), as US
        sources write them; None when dates show both orders."""
        if self.day_first and self.month_first:
            return None
        return bool(self.day_first)


def parse_published(value: str, day_first: bool | None = None) -> tuple[dt.date | None, str]:
    """Read a publication date as written in metadata; `day_first` reads slash dates
    day first (see `SlashDates`).

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
