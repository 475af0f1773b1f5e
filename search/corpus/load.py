"""Turn the files of a corpus into `Article`s, reporting what could not be read.

A corpus is whatever a user has: folders of text files saved from the web,
JSONL dumps, CSV exports. Loading must never stop on one bad file or record, so
every reader returns its articles together with one-line `Problem`s naming the
file and line. The article text is kept exactly as written (apart from line
endings, a byte-order mark and NUL bytes) because every offset the extractors
produce points into it.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import yaml

from ..models import Article, FileLoad, Precision, Problem
from .boilerplate import analyse
from .decoding import decode_cjk, decode_legacy, decode_utf8_repairing
from .formats import FIELDS, ProblemLog, read_records
from .misdecoded import repair_misdecoded
from .published import SlashDates, parse_published, parse_published_period
from .walk import SUPPORTED_SUFFIXES, CorpusWalk, check_root, kind_of

__all__ = [
    "SUPPORTED_SUFFIXES",
    "OnRead",
    "ReadingStopped",
    "content_key",
    "iter_corpus_files",
    "load_corpus",
    "load_file",
    "load_file_parts",
    "parse_published",
]

_RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json", ".csv", ".tsv"})

OnRead = Callable[[int], None]
"""Told how many bytes of a file its records have been read from, as they are read.

Reading the records of a large file takes seconds (a 16 MB part of JSON Lines
about two, more on a loaded machine) before any of them can be indexed; a
front end told nothing meanwhile looks stuck. The count follows the records
built, so it is as near to the bytes as their sizes are alike."""


class ReadingStopped(Exception):
    """Raised by an `OnRead` to stop reading at once: the file is not said to be
    unreadable, the exception reaches whoever asked for the file."""


_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})


def iter_corpus_files(
    paths: Sequence[Path], *, follow_links: bool = False, problems: list[Problem] | None = None
) -> Iterator[tuple[Path, str]]:
    """List the regular files of a corpus in a stable order, each with the id path articles get.

    Every path is checked before anything is listed, so a typo fails at once
    rather than after a long load. What the walk passes over (pipes, devices,
    links out of the corpus or in a loop, unreadable folders) is appended to
    `problems`, one line each.

    Returns:
        (absolute path, path relative to the folder given, in posix form) pairs;
        a file given directly is named by its file name.

    Raises:
        CorpusPathError: a path does not exist or is not a supported file.
    """
    walk = CorpusWalk([check_root(Path(path)) for path in paths], follow_links)
    if problems is not None:
        walk.problems = problems
    return iter(walk)


def load_corpus(paths: Sequence[Path]) -> Iterator[FileLoad]:
    """Load every file of a corpus, one `FileLoad` at a time so callers can show progress."""
    for path, rel in iter_corpus_files(paths):
        yield load_file(path, rel)


def load_file(
    path: Path,
    rel: str,
    known: Mapping[str, str] | None = None,
    lines: Mapping[str, int] | None = None,
    on_read: OnRead | None = None,
) -> FileLoad:
    """Read one corpus file; bad content becomes problems, never an exception.

    `known` maps article ids to the digests a previous load returned: records
    that still match are listed in `kept` instead of being rebuilt, which is
    most of the cost of re-reading a large JSONL or CSV file after one edit.
    A record's digest is its content, not its line, so deleting a line does not
    change the records after it; `lines` (id -> line as last read) tells which
    of them moved, and those are rebuilt and listed in `moved`. `on_read` is
    told how far the records have been read.
    """
    log = ProblemLog(rel)
    try:
        return _load(Path(path), rel, log, (known or {}, lines or {}), on_read)
    except ReadingStopped:
        raise
    except Exception as exc:  # one file, whatever is wrong with it, never costs the others
        log.add(f"skipped: could not be read ({_describe(exc)})", kind="unreadable")
        return FileLoad(path=rel, problems=log.problems)


PART_BYTES = 16 * 1024 * 1024
"""A JSON Lines file larger than this is read in parts of about this many bytes."""


def load_file_parts(
    path: Path,
    rel: str,
    known: Mapping[str, str] | None = None,
    part_bytes: int | None = None,
    lines: Mapping[str, int] | None = None,
    on_read: OnRead | None = None,
) -> Iterator[FileLoad]:
    """`load_file` in parts of whole lines for a large JSON Lines file, whole for any other.

    A 200 MB JSONL file read whole held its text, its records and its
    articles at once (about 1 GB); in parts, memory follows the part. Parts
    are decoded as UTF-8 (the JSON Lines encoding), bytes that are not are
    replaced with U+FFFD and reported. `on_read` is told how far the records
    of the file have been read, across its parts.
    """
    path = Path(path)
    part_bytes = part_bytes or PART_BYTES
    suffix = path.suffix.lower() or Path(rel).suffix.lower()
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if suffix not in (".jsonl", ".ndjson") or size <= part_bytes:
        yield load_file(path, rel, known, lines, on_read)
        return
    try:
        known_lines = (known or {}, lines or {})
        yield from _jsonl_parts(path, rel, suffix, known_lines, part_bytes, on_read)
    except OSError as exc:
        log = ProblemLog(rel)
        log.add(f"stopped reading: {_describe(exc)}", kind="partial")
        yield FileLoad(path=rel, problems=log.problems)


def _jsonl_parts(
    path: Path, rel: str, suffix: str, known: _Known, part_bytes: int, on_read: OnRead | None
) -> Iterator[FileLoad]:
    first_line = 1
    ids: dict[str, tuple[str, int]] = {}
    slash = _slash_dates_of(path)
    with open(path, "rb") as stream:
        while chunk := stream.read(part_bytes):
            chunk += stream.readline()
            told = _told_from(on_read, stream.tell() - len(chunk), len(chunk))
            log = ProblemLog(rel)
            if first_line == 1 and chunk.startswith(codecs.BOM_UTF8):
                chunk = chunk[len(codecs.BOM_UTF8) :]
            text = _decode_part(chunk, log, first_line)
            text = _without_nul_bytes(text, log, first_line).replace("\r\n", "\n")
            try:
                yield _record_articles(text, rel, suffix, log, known, first_line, ids, told, slash)
            except ReadingStopped:
                raise
            except Exception as exc:  # one part, whatever is wrong with it, never the rest
                log.add(f"part skipped ({_describe(exc)})", first_line, kind="partial")
                yield FileLoad(path=rel, problems=log.problems)
            first_line += chunk.count(b"\n")


_Told = Callable[[int, int], None]
"""Told `done` of `count` records of the text being read."""


def _slash_dates_of(path: Path) -> SlashDates:
    """What the slash dates of a file read in parts show of their order, found before its
    first part is read: each part read by its own dates could read 05/04/2024 one way in
    one part and the other in the next. A scan of the bytes costs a small part of reading
    the records (it stops once both orders are seen)."""
    slash = SlashDates()
    tail = b""
    with open(path, "rb") as stream:
        while chunk := stream.read(PART_BYTES):
            cut = chunk.rfind(b"\n") + 1 or len(chunk)
            slash.see_bytes(tail + chunk[:cut])
            if slash.day_first and slash.month_first:
                break
            tail = chunk[cut:]
        else:
            slash.see_bytes(tail)
    return slash


def _told_from(on_read: OnRead | None, start: int, size: int) -> _Told | None:
    """Records read of a text of `size` bytes from byte `start`, as bytes of the file."""
    if on_read is None:
        return None
    on_read(start)
    return lambda done, count: on_read(start + size * done // max(count, 1))


def _decode_part(chunk: bytes, log: ProblemLog, first_line: int) -> str:
    """A part of a JSON Lines file (UTF-8 by definition), its bad lines repaired and reported."""
    try:
        return chunk.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # A part is never read in another encoding: the other parts of the file are UTF-8.
    text, repairs = decode_utf8_repairing(chunk, first_line, legacy=False) or ("", [])
    for repair in repairs:
        log.add(repair.message, repair.line, "warning", kind="repaired")
    return text


def _describe(exc: BaseException) -> str:
    message = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def _load(path: Path, rel: str, log: ProblemLog, known: _Known, on_read: OnRead | None) -> FileLoad:
    text = _read_text(path, log)
    if text is None:
        return FileLoad(path=rel, problems=log.problems)
    suffix = Path(path).suffix.lower() or Path(rel).suffix.lower()
    if suffix in _RECORD_SUFFIXES:
        told = _told_from(on_read, 0, _size_of(path))
        return _record_articles(text, rel, suffix, log, known, told=told)
    articles = _text_articles(text, rel, suffix in _MARKDOWN_SUFFIXES, log)
    digests = {a.id: _digest(text) for a in articles}
    return FileLoad(path=rel, articles=tuple(articles), problems=log.problems, digests=digests)


def _size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _digest(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=12)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


# Reading and decoding -------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_MAGIC = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x7fELF",
)
_SAMPLE = 65536
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _read_bytes(path: Path, log: ProblemLog) -> bytes | None:
    """The file's bytes, if it is a regular file: a pipe or device is never read.

    The walk lists only regular files, but one can be replaced before it is
    read. Opening without blocking and checking what was opened means a named
    pipe put in a file's place cannot hang the build.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        log.add(
            f"skipped: cannot read file ({error.strerror or type(error).__name__})",
            kind="unreadable",
        )
        return None
    try:
        kind = kind_of(os.fstat(fd).st_mode)
        if kind is not None:
            log.add(f"skipped: {kind}, not a regular file", kind="skipped")
            return None
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError as error:
        log.add(
            f"skipped: cannot read file ({error.strerror or type(error).__name__})",
            kind="unreadable",
        )
        return None
    finally:
        os.close(fd)


def _without_nul_bytes(text: str, log: ProblemLog, first_line: int) -> str:
    """A part of a JSON Lines file without its NUL bytes, which no JSON may hold
    unescaped; reported on the line of the first, as a whole file's are."""
    count = text.count("\x00")
    if not count:
        return text
    line = first_line + text.count("\n", 0, text.index("\x00"))
    nuls = f"{count} NUL byte{'s' if count > 1 else ''}"
    log.add(f"removed {nuls}", line, "warning", kind="repaired")
    return text.replace("\x00", "")


def _read_text(path: Path, log: ProblemLog) -> str | None:
    data = _read_bytes(path, log)
    if data is None:
        return None
    text = _decode(data, log)
    if text is None:
        return None
    if "\x00" in text:
        count = text.count("\x00")
        nuls = f"{count} NUL byte{'s' if count > 1 else ''}"
        log.add(f"removed {nuls}", severity="warning", kind="repaired")
        text = text.replace("\x00", "")
    if not text.strip():
        log.add("skipped: empty file", severity="warning", kind="empty")
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, log: ProblemLog) -> str | None:
    if not data.strip():
        log.add("skipped: empty file", severity="warning", kind="empty")
        return None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding, log)
    sample = data[:_SAMPLE]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return _decode_as(data, utf16, log)
    if _looks_binary(sample):
        log.add("skipped: binary file", kind="unreadable")
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(data, log)


_MOSTLY_REPLACED = 0.2
"""Share of characters that failed to decode from which a file is no such text at all."""


def _decode_as(data: bytes, encoding: str, log: ProblemLog) -> str | None:
    """Text in the encoding its byte-order mark (or its NUL bytes) says, with what
    does not decode told: replaced in silence, a file of something else after a
    UTF-32 mark was indexed as an article of U+FFFD."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        pass
    text = data.decode(encoding, errors="replace")
    name = codecs.lookup(encoding).name.upper().replace("_", "-").removesuffix("-SIG")
    name = name.removesuffix("-LE").removesuffix("-BE")
    replaced = text.count("\ufffd")
    if replaced > _MOSTLY_REPLACED * max(len(text.strip()), 1):
        log.add(f"skipped: not {name} text, though it opens as {name}", kind="unreadable")
        return None
    plural = "s" if replaced > 1 else ""
    log.add(
        f"{replaced} byte sequence{plural} not valid {name} replaced with U+FFFD",
        severity="warning",
        kind="repaired",
    )
    return text


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text has a NUL in every other byte; binary data has them anywhere."""
    if len(sample) < 4 or sample.count(0) < len(sample) // 3:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.9 * (len(sample) // 2) and even == 0:
        return "utf-16-le"
    if even > 0.9 * (len(sample) // 2) and odd == 0:
        return "utf-16-be"
    return None


def _looks_binary(sample: bytes) -> bool:
    if sample.startswith(_BINARY_MAGIC):
        return True
    # A stray NUL in a saved web page is damage to repair; many of them mean binary data.
    nuls = sample.count(0)
    if nuls * 10 > len(sample) or (nuls > 8 and nuls * 100 > len(sample)):
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls * 10 > len(sample)


def _decode_legacy(data: bytes, log: ProblemLog) -> str:
    """Decode text that is not UTF-8: each bad line repaired in a UTF-8 file, else whole."""
    repaired = decode_utf8_repairing(data)
    if repaired is not None and (cjk := decode_cjk(data)) is not None:
        # Japanese, Chinese or Korean legacy text that is UTF-8 in places only by chance.
        text, encoding = cjk
        log.add(f"decoded as {encoding} (not UTF-8)", severity="warning", kind="encoding")
        return text
    if repaired is not None:
        text, repairs = repaired
        for repair in repairs:
            log.add(repair.message, repair.line, "warning", kind="repaired")
        return text
    text, encoding = decode_legacy(data)
    note = ""
    if replaced := text.count("\ufffd"):
        note = (
            f"; {replaced} byte{'s' * (replaced > 1)} it has no character for replaced with U+FFFD"
        )
    log.add(f"decoded as {encoding} (not UTF-8){note}", severity="warning", kind="encoding")
    return text


# Plain text and Markdown ----------------------------------------------------

_FRONT_MATTER = re.compile(r"---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)", re.DOTALL)
_KEY_VALUE = re.compile(r"([A-Za-z][\w -]{0,30}?)[ \t]*:[ \t]*(.*)")
_HEADER_KEYS = frozenset(
    key for field in ("title", "date", "source", "author", "url") for key in FIELDS[field]
)
# ` date 2026-01-08 The Prime Minister...`: a date run into the first sentence. What
# follows must be words, not the rest of a timestamp (`Date: 2026-01-08 10:15 GMT`).
_INLINE_DATE = re.compile(
    r"[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)[ \t]+"
    r"(?=[^\W\d])(?!(?:Z|UTC|GMT|[AP]M)\b)",
    re.IGNORECASE,
)
_LEADING_BLANK_LINES = re.compile(r"(?:[ \t]*\n)+")

Meta = dict[str, tuple[str, int | None]]
"""Metadata by article field: (value, line it was found on)."""


def _text_articles(text: str, rel: str, markdown: bool, log: ProblemLog) -> list[Article]:
    meta, body = _split_metadata(text, log)
    body = body[_blank_prefix(body) :]
    if not body.strip():
        log.add("skipped: no article text after the metadata", severity="warning", kind="empty")
        return []
    meta.setdefault("id", (rel, None))
    slash = SlashDates()
    date, line = meta.get("date", ("", None))
    found = [(line, slash.see(date), slash.see(body))]
    day_first = _slash_order(slash, found, log)
    return [_build(body, meta, rel, None, log, markdown=markdown, day_first=day_first)]


def _blank_prefix(text: str) -> int:
    match = _LEADING_BLANK_LINES.match(text)
    return match.end() if match else 0


def _split_metadata(text: str, log: ProblemLog) -> tuple[Meta, str]:
    """Metadata as {field: (value, line)} and the text that follows it."""
    found = _front_matter(text, log)
    if found is not None:
        return found
    for reader in (_inline_date, _header_lines):
        found = reader(text)
        if found is not None:
            return found
    return {}, text


# libyaml's reader when the wheel has it: 90 µs a front matter instead of 1.5 ms.
_YAML_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_YAML_NULLS = frozenset({"~", "null", "Null", "NULL"})


def _front_matter(text: str, log: ProblemLog) -> tuple[Meta, str] | None:
    """Front matter read as the YAML it is written in.

    A hand-made subset got quoting wrong (a quoted `"[Updated] ..."` read as a
    list, `''` left doubled), and a title cited wrongly is the worst thing a
    reader of news can get from here. The loader resolves no types, so `No` or
    `1984` stay the words they are and dates stay as written for our own date
    reading. Front matter that is not valid YAML (`title: Breaking: votes`,
    which many sites write) is said with its line and read line by line.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None
    block = match.group(1) or ""
    try:
        root = yaml.compose(block, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        meta = _front_matter_lines(block)
        if meta is None:
            return None  # a horizontal rule and prose, not front matter
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "not readable"
        log.add(
            f"front matter is not valid YAML ({problem}); its lines were read one by one",
            line,
            severity="warning",
            kind="repaired",
        )
        return meta, text[match.end() :]
    if root is None:
        return {}, text[match.end() :]
    if not isinstance(root, yaml.MappingNode):
        return None  # a horizontal rule and prose, not front matter
    meta: Meta = {}
    for key, node in root.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        field, value = _field_of(key.value), _yaml_text(node)
        if field and value:
            meta.setdefault(field, (value, key.start_mark.line + 2))
    return meta, text[match.end() :]


def _yaml_text(node: yaml.Node) -> str:
    """A scalar as its string, a list of scalars (authors) joined with commas."""
    if isinstance(node, yaml.ScalarNode):
        if not node.style and node.value in _YAML_NULLS:  # plain, not quoted
            return ""
        return node.value.strip()
    if isinstance(node, yaml.SequenceNode):
        return ", ".join(
            text
            for item in node.value
            if isinstance(item, yaml.ScalarNode) and (text := _yaml_text(item))
        )
    return ""


def _front_matter_lines(block: str) -> Meta | None:
    """Each `key: value` line of front matter YAML cannot read as a whole.

    A value that is YAML alone (a quoted string, a list) is read as YAML; one
    that is not (`Breaking: council votes`) is taken as written.
    """
    meta: Meta = {}
    author_list = False
    for number, line in enumerate(block.split("\n"), start=2):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[:1] in " \t-":
            # Only a list under an author key matters here; other lists (tags) are ignored.
            if author_list and stripped.startswith("- "):
                _add_author(meta, _yaml_value(stripped[2:]), number)
            continue
        pair = _KEY_VALUE.fullmatch(stripped)
        if pair is None:
            return None
        field, value = _field_of(pair.group(1)), _yaml_value(pair.group(2))
        author_list = field == "author" and not value
        if field and value:
            meta.setdefault(field, (value, number))
    return meta


def _yaml_value(value: str) -> str:
    try:
        node = yaml.compose(value, Loader=_YAML_LOADER)
    except yaml.YAMLError:
        return value.strip()
    if node is None or isinstance(node, yaml.MappingNode):
        return value.strip()
    return _yaml_text(node)


def _add_author(meta: Meta, name: str, number: int) -> None:
    current = meta.get("author", ("", number))[0]
    meta["author"] = (f"{current}, {name}" if current else name, number)


def _field_of(key: str) -> str | None:
    key = key.strip().lower()
    for field, names in FIELDS.items():
        if key in names:
            return field
    return None


def _header_lines(text: str) -> tuple[Meta, str] | None:
    meta: Meta = {}
    offset = 0
    number = 0
    while offset < len(text):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        pair = _KEY_VALUE.fullmatch(text[offset:end].strip())
        if pair is None or pair.group(1).strip().lower() not in _HEADER_KEYS:
            break
        number += 1
        field = _field_of(pair.group(1))
        if field and pair.group(2).strip():
            meta.setdefault(field, (pair.group(2).strip(), number))
        offset = end + 1
    if not meta:
        return None
    return meta, text[min(offset, len(text)) :]


def _inline_date(text: str) -> tuple[Meta, str] | None:
    match = _INLINE_DATE.match(text)
    if match is None:
        return None
    return {"date": (match.group(1), 1)}, text[match.end() :]


# Records --------------------------------------------------------------------


_Known = tuple[Mapping[str, str], Mapping[str, int]]
"""Digests and lines of records as last read, by id (see `load_file`)."""


def _record_articles(
    text: str,
    rel: str,
    suffix: str,
    log: ProblemLog,
    known: _Known,
    first_line: int = 1,
    ids: dict[str, tuple[str, int]] | None = None,
    told: _Told | None = None,
    slash: SlashDates | None = None,
) -> FileLoad:
    ids = {} if ids is None else ids
    known_digests, known_lines = known
    articles = []
    kept = []
    moved = []
    digests: dict[str, str] = {}
    lines: dict[str, int] = {}
    records = 0
    found_before = len(log)
    every = list(read_records(text, suffix, log, first_line))
    slash = SlashDates() if slash is None else slash
    ambiguous = [
        (slash.see(fields.get("date", "")), slash.see(fields.get("text", "")))
        for _line, fields, _place in every
    ]
    day_first = _slash_order(
        slash, [(r.line, *a) for r, a in zip(every, ambiguous, strict=True)], log
    )
    for (line, fields, place), two_ways in zip(every, ambiguous, strict=True):
        if told is not None:
            told(records, len(every))
        records += 1
        meta: Meta = {key: (value, line) for key, value in fields.items() if value}
        body = meta.pop("text", ("", line))[0]
        if not body.strip():
            looked = ", ".join(FIELDS["text"])
            log.add(f"record has no text field (looked for {looked})", line, kind="partial")
            continue
        meta.setdefault("id", (f"{rel}#{place}", line))
        record_id, copy = _own_id(meta, body, line, ids, log)
        # What the record says, not where it is: a line deleted above it moves it
        # without changing it, and only its line is written again (`moved`).
        order = ["slash=day-first" if day_first else "slash=month-first"]
        # A date read by the file's order changes with it: the record is read again.
        digest = _digest(
            *(f"{k}={v}" for k, (v, _) in sorted(meta.items())), *order[: any(two_ways)], body
        )
        digests.setdefault(record_id, digest)
        lines.setdefault(record_id, line)
        same = known_digests.get(record_id) == digest and not copy
        if same and known_lines.get(record_id, line) == line:
            kept.append(record_id)
            continue
        if same:
            moved.append(record_id)
        try:
            articles.append(_build(body, meta, rel, line, log, markdown=False, day_first=day_first))
        except Exception as exc:  # one broken record never costs the rest of the file
            log.add(f"record skipped ({_describe(exc)})", line, kind="partial")
            digests.pop(record_id, None)
    if told is not None:
        told(records, records)
    log.in_line_order(found_before)
    if not records and not log.problems and first_line == 1:
        log.add("no records found", severity="warning", kind="empty")
    return FileLoad(rel, tuple(articles), log.problems, tuple(kept), digests, lines, tuple(moved))


def _own_id(
    meta: Meta, body: str, number: int, ids: dict[str, tuple[str, int]], log: ProblemLog
) -> tuple[str, bool]:
    """The record's id, made its own when an earlier record of the file has it already.

    A second record under one id is most often another article (an export
    that numbered two feeds alike), so it is kept under the id with a suffix
    drawn from its content, the same in every build, and the clash is said.
    A record alike in everything but its line is a copy: it keeps the id, and
    the index folds it into the first.

    Returns:
        The id and whether the record is such a copy.
    """
    record_id = meta["id"][0].strip()
    content = _digest(*(f"{k}={v}" for k, (v, _) in sorted(meta.items()) if k != "id"), body)
    seen = ids.get(record_id)
    if seen is None:
        ids[record_id] = (content, number)
        return record_id, False
    if seen[0] == content:
        return record_id, True
    own = f"{record_id}~{content[:8]}"
    meta["id"] = (own, number)
    if own in ids:
        return own, True
    ids[own] = (content, number)
    log.add(
        f"id {record_id!r} is also that of the record on line {seen[1]}: indexed as {own!r}",
        number,
        "warning",
        kind="id",
    )
    return own, False


# Building articles ----------------------------------------------------------


def _build(
    text: str,
    meta: Meta,
    rel: str,
    line: int | None,
    log: ProblemLog,
    *,
    markdown: bool,
    day_first: bool | None = None,
) -> Article:
    def value(field: str) -> str:
        return meta.get(field, ("", None))[0].strip()

    text, meta, misdecoded = _repaired(text, meta, line, log)
    layout = analyse(text, value("title"), markdown)
    date, time, precision = _date_of(meta, log, day_first)
    return Article(
        id=value("id"),
        title=layout.title,
        text=text,
        date=date,
        source=value("source"),
        author=value("author") or layout.author,
        url=value("url"),
        path=rel,
        line=line,
        boilerplate=layout.boilerplate,
        paragraphs=layout.paragraphs,
        time=time,
        date_precision=precision,
        slash_day_first=day_first,
        misdecoded=misdecoded,
    )


_NOT_REPAIRED = frozenset({"id", "url"})
"""Fields that name the article or its address: kept as written, so they find it again."""


def _repaired(
    text: str, meta: Meta, line: int | None, log: ProblemLog
) -> tuple[str, Meta, tuple[str, ...]]:
    """The text and metadata with characters mis-decoded upstream repaired, said once
    per article with a word as written and as read, so the file can be checked."""
    fields = []
    example = None
    if repair := repair_misdecoded(text):
        text, example = repair.text, (repair.was, repair.now)
        fields.append("text")
    for key, (value, at) in list(meta.items()):
        if key not in _NOT_REPAIRED and (repair := repair_misdecoded(value)):
            meta = {**meta, key: (repair.text, at)}
            example = example or (repair.was, repair.now)
            fields.append(key)
    if example is None:
        return text, meta, ()
    fields.sort(key=lambda name: (name != "title", name != "text", name))
    log.add(
        f"mis-decoded characters repaired in the {' and '.join(fields)}:"
        f" {example[0]!r} read as {example[1]!r}",
        line,
        "warning",
        kind="misdecoded",
    )
    return text, meta, tuple(fields)


def _slash_order(
    slash: SlashDates, ambiguous: list[tuple[int | None, str, str]], log: ProblemLog
) -> bool:
    """Whether the file's slash dates, in its date field and its text, are read day first,
    said once when none of them shows the order or the file writes them both ways.

    `ambiguous` holds each record's line and the first date of its date field and of
    its text that reads two ways ("" for none)."""
    day_first = slash.order()
    shown = day_first or (day_first is not None and slash.month_first)
    if slash.told or shown:
        return bool(day_first)
    if day_first is None:
        slash.told = True
        log.add(
            f"slash dates are written both ways in this file (day first: {slash.day_first},"
            f" month first: {slash.month_first}); each is read the only way it can be,"
            " the others month first",
            severity="warning",
            kind="date-order",
        )
        return False
    for number, in_date, in_text in ambiguous:
        value = in_date or in_text
        if value:
            slash.told = True
            shown = parse_published(value)[0]
            said = f"{shown:%-d %B %Y}" if shown else value
            log.add(
                f"read {value} as {said} (month first), like every slash date"
                " of this file: none can be read only one way to show their order",
                number,
                "warning",
                kind="date-order",
            )
            break
    return False


def _date_of(
    meta: Meta, log: ProblemLog, day_first: bool | None = None
) -> tuple[dt.date | None, str, Precision]:
    """The publication date, its time and how precise it is (a day, or a month or year)."""
    raw, line = meta.get("date", ("", None))
    if not raw.strip():
        return None, "", "day"
    date, time = parse_published(raw, day_first)
    if date is not None:
        return date, time, "day"
    if period := parse_published_period(raw):
        return period[0], "", period[1]
    what = f"unrecognised date {raw.strip()[:60]!r}; article left undated"
    log.add(what, line, "warning", kind="date")
    return None, "", "day"


# Duplicates -----------------------------------------------------------------

_QUOTE_FOLD = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "…": "...",
        "\u00a0": " ",
    }
)


def content_key(article: Article) -> str:
    """A fingerprint that two copies of one article share, however they were typed or saved.

    An article is its text, title, publication date, source and author: a wire
    story sent again under a new headline or on a later day is another item a
    researcher may cite, so only records alike in all of them are copies. Case,
    runs of whitespace, curly versus straight quotes and dash styles are folded,
    so a re-scraped or re-encoded copy is still caught.
    """
    date = article.date.isoformat() if article.date else ""
    parts = (article.text, article.title, date, article.source, article.author)
    return hashlib.blake2b("\0".join(map(_folded, parts)).encode(), digest_size=16).hexdigest()


def _folded(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTE_FOLD).casefold()
    return " ".join(folded.split())
