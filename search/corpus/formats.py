"""Read records out of JSON Lines, JSON and CSV files, whatever their field names.

Exports from scrapers, news APIs and spreadsheets name the same things
differently (`body` or `content`, `pubDate` or `published_at`, an author list
or a byline string). Each record is reduced to the few fields an `Article`
needs, under one name each. A record that cannot be read is reported with its
line and skipped, so one bad line never costs the rest of the file.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Generator, Iterator
from typing import Literal, NamedTuple

from ..models import Problem, ProblemKind

FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article"),
    "title": ("title", "headline"),
    "date": ("date", "published", "publication_date", "pubdate", "datetime", "published_at"),
    "source": ("source", "publication", "publisher", "outlet"),
    "author": ("author", "byline", "authors"),
    "url": ("url", "link"),
    "id": ("id",),
}
"""Each article field and the record keys (lower case, in order of preference) that supply it."""

_ALIASES = {
    name: (field, rank) for field, names in FIELDS.items() for rank, name in enumerate(names)
}
_CONTAINER_KEYS = ("articles", "items", "data")
_CSV_DELIMITERS = ",\t;|"
_SURROGATE = re.compile("[\ud800-\udfff]")
_NUL = re.compile("\x00")

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


class Record(NamedTuple):
    """One record of a file, with its fields by article field name."""

    line: int
    """The line the record starts on, which every problem and citation names."""
    fields: dict[str, str]
    number: int
    """What an id made from the record's place counts: its line in JSON Lines and
    CSV, its 1-based place in a JSON file. Such ids are kept in users' marks, so
    this never changes meaning, even where `line` is the better place to show."""


class ProblemLog:
    """Collects one file's problems, keeping the first few of a flood.

    A file of 100,000 records without a text field should say so without
    100,000 lines of output; the lines left out are still counted, by kind.
    """

    LIMIT = 50

    def __init__(self, path: str) -> None:
        self.path = path
        self._problems: list[Problem] = []
        self._hidden: dict[ProblemKind, int] = {}

    def add(
        self,
        message: str,
        line: int | None = None,
        severity: Literal["warning", "error"] = "error",
        *,
        kind: ProblemKind,
    ) -> None:
        if len(self._problems) < self.LIMIT:
            self._problems.append(Problem(self.path, message, line, severity, kind))
        else:
            self._hidden[kind] = self._hidden.get(kind, 0) + 1

    def __len__(self) -> int:
        return len(self._problems)

    def in_line_order(self, since: int = 0) -> None:
        """Put the problems added since the first `since` in the order of their lines:
        those of reading the records and those of building their articles were found
        in two passes, but a user reads them down the file."""
        self._problems[since:] = sorted(self._problems[since:], key=lambda p: p.line or 0)

    @property
    def problems(self) -> tuple[Problem, ...]:
        more = tuple(
            Problem(
                self.path,
                f"{count} more problems like these not listed",
                None,
                "warning",
                kind,
                count,
            )
            for kind, count in self._hidden.items()
        )
        return (*self._problems, *more)


def read_records(text: str, suffix: str, log: ProblemLog, first_line: int = 1) -> Iterator[Record]:
    """The records of a `.jsonl`/`.ndjson`, `.json`, `.csv` or `.tsv` (tab-separated) file's text.

    `first_line` numbers the lines of a part of a JSON Lines file read in parts.
    """
    if suffix in (".jsonl", ".ndjson"):
        raw: Iterator[tuple[int, int, object]] = _numbered(_jsonl(text, log, first_line))
    elif suffix == ".json":
        raw = _json(text, log)
    else:
        raw = _numbered(_csv(text, log, "\t" if suffix == ".tsv" else _CSV_DELIMITERS))
    for line, number, value in raw:
        if not isinstance(value, dict):
            log.add(f"record is not an object (found {_json_type(value)})", line, kind="partial")
            continue
        fields = record_fields(value)
        if "text" not in fields and (odd := _text_not_words(value)):
            log.add(f"record skipped: its text field {odd}, not words", line, kind="partial")
            continue
        replaced = _replace(fields, _SURROGATE)
        if replaced:
            what = f"{replaced} lone UTF-16 surrogate{'s' * (replaced > 1)}"
            log.add(f"replaced {what} with U+FFFD", line, "warning", kind="repaired")
        nuls = _replace(fields, _NUL)
        if nuls:
            what = f"{nuls} NUL character{'s' * (nuls > 1)}"
            log.add(f"replaced {what} with U+FFFD", line, "warning", kind="repaired")
        yield Record(line, fields, number)


def _numbered(raw: Iterator[tuple[int, object]]) -> Iterator[tuple[int, int, object]]:
    """Records whose ids count lines: their line is their number too."""
    for line, value in raw:
        yield line, line, value


def record_fields(raw: dict[str, object]) -> dict[str, str]:
    """The article fields of one record, matched case-insensitively, as text."""
    best: dict[str, tuple[int, str]] = {}
    for key, value in raw.items():
        alias = _ALIASES.get(str(key).strip().lower())
        if alias is None:
            continue
        field, rank = alias
        if field in best and best[field][0] <= rank:
            continue
        text = _as_text(value, field)
        if text.strip():
            best[field] = (rank, text)
    return {field: text for field, (_, text) in best.items()}


def _text_not_words(raw: dict[str, object]) -> str | None:
    """`'text' is a number (12345)` for a record whose text fields hold no words.

    Called once none of them gave text. Indexed as words, `{"text": 12345}`
    became an article whose title and text are "12345", which no source wrote;
    `{"content": {"html": …}}` was said to have no text field at all, though it
    has one. Either is skipped and said to be, naming what the field holds.
    Null and blank text are no text, said as such by the caller.
    """
    for key, value in raw.items():
        alias = _ALIASES.get(str(key).strip().lower())
        if alias is None or alias[0] != "text":
            continue
        if (kind := _not_words(value)) is not None:
            return f"{str(key)[:40]!r} is {kind}"
    return None


def _not_words(value: object) -> str | None:
    """What a text field holds when it is not words, e.g. `a number (12)`; None for
    null or a string."""
    if value is None or isinstance(value, str):
        return None
    if isinstance(value, bool):
        return f"a boolean ({json.dumps(value)})"
    if isinstance(value, int | float):
        return f"a number ({json.dumps(value)})"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        if not value:
            return "an empty list"
        kinds = sorted({_PLURALS.get(type(item), "other values") for item in value})
        return f"a list of {' and '.join(kinds)}"
    return None


_PLURALS = {
    dict: "objects",
    list: "lists",
    str: "strings",
    int: "numbers",
    float: "numbers",
    bool: "booleans",
    type(None): "nulls",
}


def _replace(fields: dict[str, str], bad: re.Pattern[str]) -> int:
    """Make a record's text encodable and safe, one character for one so offsets hold.

    JSON may spell half of a UTF-16 pair (`"\\ud800"`); Python decodes it to
    a lone surrogate, which no index, file or terminal can encode. It may spell
    a NUL (`"\\u0000"`), which ends strings in C and in terminals; dropping it
    would move every offset after it by one from the record's own text.
    """
    count = 0
    for name, text in fields.items():
        fixed, found = bad.subn("\ufffd", text)
        if found:
            fields[name], count = fixed, count + found
    return count


def _as_text(value: object, field: str) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, str):
        if field == "text" and "\r" in value:
            return value.replace("\r\n", "\n").replace("\r", "\n")
        return value
    if isinstance(value, int | float):
        return "" if field == "text" else str(value)  # a number is no article's words
    if isinstance(value, dict):
        return _as_text(value.get("name"), field)
    if isinstance(value, list):
        parts = [part for item in value if (part := _as_text(item, field).strip())]
        return ("\n\n" if field == "text" else ", ").join(parts)
    return ""


def _json_type(value: object) -> str:
    names = {list: "a list", str: "a string", int: "a number", float: "a number", bool: "a boolean"}
    return names.get(type(value), "null")


def _decode_error(error: json.JSONDecodeError) -> str:
    return f"not valid JSON: {error.msg} (column {error.colno})"


def _jsonl(text: str, log: ProblemLog, first_line: int = 1) -> Iterator[tuple[int, object]]:
    for number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as error:
            log.add(_decode_error(error), number, kind="partial")
        except RecursionError:
            log.add("not valid JSON: nested too deeply", number, kind="partial")


def _json(text: str, log: ProblemLog) -> Iterator[tuple[int, int, object]]:
    """Each record of a JSON file with the line it starts on and its place in the file.

    The records are decoded one by one where they are written, so each one's
    offset is known; lines are then counted from one record to the next, once
    over the text. A file that is not one JSON value (it is broken, or holds
    several) is read whole as before, to say why.
    """
    located = _located(text, log)
    if located is None:
        yield from _json_whole(text, log)
        return
    line, counted = 1, 0
    for number, (offset, value) in enumerate(located, start=1):
        line += text.count("\n", counted, offset)
        counted = offset
        yield line, number, value


class _NotOneValue(ValueError):
    """The text is not one JSON value, as `json.loads` would tell with its own words."""


def _located(text: str, log: ProblemLog) -> list[tuple[int, object]] | None:
    """The records of a JSON document, each with the offset it starts at; None when
    the text is not one JSON value."""
    start = _SPACE.match(text).end()
    try:
        if text.startswith("[", start):
            records, end = _array(text, start)
        elif text.startswith("{", start):
            members, end = _members(text, start)
            document = {key: value for key, value, _ in members}
            chosen = _json_records(document, log)
            records = next(
                (found for _, value, found in members if value is chosen and found is not None),
                [(start, document)],
            )
        else:
            value, end = _DECODER.raw_decode(text, start)
            records = [(start, item) for item in _json_records(value, log)]
    except (json.JSONDecodeError, _NotOneValue, RecursionError):
        return None
    if _SPACE.match(text, end).end() != len(text):
        return None
    return records


def _array(text: str, at: int) -> tuple[list[tuple[int, object]], int]:
    """The values of the array opening at `at`, each with its offset, and where it ends."""
    items: list[tuple[int, object]] = []
    at = _SPACE.match(text, at + 1).end()
    if text.startswith("]", at):
        return items, at + 1
    while True:
        value, end = _DECODER.raw_decode(text, at)
        items.append((at, value))
        at = _SPACE.match(text, end).end()
        if text.startswith("]", at):
            return items, at + 1
        if not text.startswith(",", at):
            raise _NotOneValue
        at = _SPACE.match(text, at + 1).end()


def _members(
    text: str, at: int
) -> tuple[list[tuple[str, object, list[tuple[int, object]] | None]], int]:
    """The members of the object opening at `at`, an array's values with their offsets,
    and where it ends: the records may be the array under any of its keys."""
    members: list[tuple[str, object, list[tuple[int, object]] | None]] = []
    at = _SPACE.match(text, at + 1).end()
    if text.startswith("}", at):
        return members, at + 1
    while True:
        if not text.startswith('"', at):
            raise _NotOneValue
        key, end = _DECODER.raw_decode(text, at)
        at = _SPACE.match(text, end).end()
        if not text.startswith(":", at):
            raise _NotOneValue
        at = _SPACE.match(text, at + 1).end()
        if text.startswith("[", at):
            items, end = _array(text, at)
            members.append((key, [value for _, value in items], items))
        else:
            value, end = _DECODER.raw_decode(text, at)
            members.append((key, value, None))
        at = _SPACE.match(text, end).end()
        if text.startswith("}", at):
            return members, at + 1
        if not text.startswith(",", at):
            raise _NotOneValue
        at = _SPACE.match(text, at + 1).end()


def _json_whole(text: str, log: ProblemLog) -> Iterator[tuple[int, int, object]]:
    """A file that is not one JSON value, said to be, or read as JSON Lines."""
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and error.lineno > 1:
            log.add(
                "several JSON values in one file; read as JSON Lines",
                severity="warning",
                kind="repaired",
            )
            yield from _numbered(_jsonl(text, log))
        else:
            log.add(_decode_error(error), error.lineno, kind="unreadable")
        return
    except RecursionError:
        log.add("not valid JSON: nested too deeply", kind="unreadable")
        return
    # Read whole where it could not be read value by value: the two readers disagree.
    log.add("not read: its records could not be told apart", kind="unreadable")


def _json_records(document: object, log: ProblemLog) -> list[object]:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        lowered = {str(key).lower(): value for key, value in document.items()}
        for key in _CONTAINER_KEYS:
            if isinstance(lowered.get(key), list):
                return lowered[key]
        return [document]
    log.add(
        f"expected a list of articles or an object, found {_json_type(document)}",
        kind="unreadable",
    )
    return []


_CSV_MAX_UNCLOSED = 50
"""Unclosed quotes after which the rest of a file is given up, so a hostile file stays linear."""


def _csv(text: str, log: ProblemLog, delimiters: str) -> Iterator[tuple[int, object]]:
    # Article bodies easily exceed the csv module's default 128 KiB field limit.
    if csv.field_size_limit() < 2**31 - 1:
        csv.field_size_limit(2**31 - 1)
    first_line = text.split("\n", 1)[0]
    delimiter = max(delimiters, key=first_line.count)
    lines = io.StringIO(text, newline="").readlines()
    header: list[str] | None = None
    for start, row in _csv_rows(lines, delimiter, log):
        if header is None:
            header = [name.strip().lower() for name in row]
            if not any(name in header for name in FIELDS["text"]):
                looked = ", ".join(FIELDS["text"])
                log.add(
                    f"no text column in the header (looked for {looked})", start, kind="unreadable"
                )
                return
            continue
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
            what = f"row has {len(row)} fields but the header has {len(header)}"
            log.add(what, start, kind="partial")
            continue
        yield start, dict(zip(header, row, strict=False))


def _csv_rows(lines: list[str], delimiter: str, log: ProblemLog) -> Iterator[tuple[int, list[str]]]:
    """Non-empty rows with the physical line each starts on; a broken row is reported and passed.

    A quote opened and never closed makes the csv module read every later line
    into that one field: that row is skipped and reading starts again on the
    line after it, so the articles below it are neither lost nor shown as its words.
    """
    offset, unclosed = 0, 0
    while offset < len(lines):
        resume = yield from _csv_rows_from(lines, offset, delimiter, log)
        if resume is None:
            return
        unclosed += 1
        if unclosed >= _CSV_MAX_UNCLOSED:
            what = f"{unclosed} quotes never closed; the rest of the file is skipped"
            log.add(what, resume + 1, kind="partial")
            return
        offset = resume


def _csv_rows_from(
    lines: list[str], offset: int, delimiter: str, log: ProblemLog
) -> Generator[tuple[int, list[str]], None, int | None]:
    """Rows from line `offset` on; the 0-based line to start again from after an unclosed quote."""
    reader = csv.reader(iter(lines[offset:]), delimiter=delimiter)
    consumed = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return None
        except csv.Error as error:
            line = reader.line_num
            log.add(f"not valid CSV: {error}", offset + consumed + 1, kind="partial")
            if line == consumed:
                return None
            consumed = line
            continue
        start, consumed = consumed + 1, reader.line_num
        # A quote left open on the file's last line ends the row at the end of the
        # file, one line long, as a closed one would: only strict reading tells.
        last = offset + consumed >= len(lines)
        if (consumed > start or last) and _malformed(
            lines[offset + start - 1 : offset + consumed], delimiter
        ):
            log.add(
                "a quote opened on this line is never properly closed; the row is skipped",
                offset + start,
                kind="partial",
            )
            return offset + start
        if any(cell.strip() for cell in row):
            yield offset + start, row


def _malformed(row_lines: list[str], delimiter: str) -> bool:
    """Whether a row read over several lines breaks the quoting rules, as a swallowed row does."""
    strict = csv.reader(iter(row_lines), delimiter=delimiter, strict=True)
    try:
        next(strict)
    except csv.Error:
        return True
    except StopIteration:
        return False
    return False
