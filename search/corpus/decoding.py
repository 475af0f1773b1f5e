"""Bytes that are not UTF-8: repaired where they are, never by re-reading the whole file.

A corpus file is UTF-8 almost always; when it is not, it is most often a UTF-8
file with a few stray bytes (one record pasted from a Latin-1 export). Reading
such a file whole in a guessed code page turns every other record into words
it does not contain (`“` becomes `‚Äú`) and loses their quotes, so a file
holding any valid UTF-8 beyond ASCII stays UTF-8 and only the lines with bad
bytes are repaired, each repair reported with its line. Only a file with no
UTF-8 in it at all is read whole in a legacy encoding: cp1252 for Western
text, or another script's code page when the detector (charset-normalizer)
is sure of it, from a short list the README names.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = ["LEGACY_ENCODINGS", "Repair", "decode_legacy", "decode_utf8_repairing"]

_ESCAPED = re.compile("[\udc80-\udcff]+")
_BEYOND_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_SHOWN = 3


@dataclass(frozen=True)
class Repair:
    """What was done to the bad bytes of one line."""

    line: int
    message: str


def decode_utf8_repairing(
    data: bytes, first_line: int = 1, *, legacy: bool = True
) -> tuple[str, list[Repair]] | None:
    """UTF-8 text with each line's bad bytes repaired, or None when nothing in it is UTF-8.

    A line without any valid UTF-8 beyond ASCII is read as cp1252 (what a
    Latin-1 or Windows export holds); in a line that also has valid UTF-8, a
    lone bad byte is read as cp1252 and a UTF-8 character cut short becomes
    U+FFFD. cp1252 bytes that have no character become U+FFFD. Line breaks
    are never touched, so line numbers hold.

    Returns:
        The text and one `Repair` per repaired line; None for a file with no
        valid UTF-8 sequence beyond ASCII, which is better read whole
        (`decode_legacy`), unless `legacy` is False.
    """
    text = data.decode("utf-8", "surrogateescape")
    if legacy and not _BEYOND_ASCII.search(text):
        return None
    pieces: list[str] = []
    repairs: list[Repair] = []
    done, line, counted = 0, first_line, 0
    while (found := _ESCAPED.search(text, done)) is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        line += text.count("\n", counted, start)
        counted = start
        fixed, message = _repair_line(text[start:end])
        pieces.append(text[done:start])
        pieces.append(fixed)
        repairs.append(Repair(line, message))
        done = end
    pieces.append(text[done:])
    return "".join(pieces), repairs


def _repair_line(line: str) -> tuple[str, str]:
    """A line holding escaped bad bytes, repaired, and what was done to it."""
    as_cp1252: list[tuple[bytes, str]] = []
    replaced = 0
    whole = not _BEYOND_ASCII.search(line)

    def repair(run: re.Match[str]) -> str:
        nonlocal replaced
        out = []
        for chunk in _chunks(run.group().encode("utf-8", "surrogateescape"), whole):
            char = _cp1252(chunk)
            if char == "\ufffd":
                replaced += 1
            else:
                as_cp1252.append((chunk, char))
            out.append(char)
        return "".join(out)

    fixed = _ESCAPED.sub(repair, line)
    return fixed, _described(as_cp1252, replaced)


def _chunks(bad: bytes, whole: bool) -> list[bytes]:
    """Bad bytes one by one, but a UTF-8 character cut short as one chunk of several.

    In a line that is all cp1252 (`whole`), `é“` is two characters, not a cut
    UTF-8 sequence; beside valid UTF-8 a lead byte and its continuations are
    what is left of one character.
    """
    if whole:
        return [bytes([byte]) for byte in bad]
    chunks, at = [], 0
    while at < len(bad):
        size = 1
        if 0xC2 <= bad[at] <= 0xF4:
            while at + size < len(bad) and 0x80 <= bad[at + size] <= 0xBF and size < 4:
                size += 1
        chunks.append(bad[at : at + size])
        at += size
    return chunks


def _cp1252(chunk: bytes) -> str:
    if len(chunk) > 1 or chunk[0] in _CP1252_UNDEFINED:
        return "\ufffd"
    return chunk.decode("cp1252")


def _described(as_cp1252: list[tuple[bytes, str]], replaced: int) -> str:
    """`bytes that are not UTF-8 read as cp1252: \\xef as 'ï'; 1 replaced with U+FFFD`."""
    parts = []
    if as_cp1252:
        shown = [f"{_hex(chunk)} as {char!r}" for chunk, char in as_cp1252[:_SHOWN]]
        more = len(as_cp1252) - _SHOWN
        if more > 0:
            shown.append(f"{more} more")
        parts.append("read as cp1252: " + ", ".join(shown))
    if replaced:
        parts.append(f"{replaced} replaced with U+FFFD")
    return "bytes that are not UTF-8 " + "; ".join(parts)


def _hex(chunk: bytes) -> str:
    return "".join(f"\\x{byte:02x}" for byte in chunk)


LEGACY_ENCODINGS = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp1258",
    "koi8-r",
    "koi8-u",
    "iso8859-2",
    "iso8859-5",
    "iso8859-7",
    "shift_jis",
    "cp932",
    "euc_jp",
    "gb18030",
    "big5",
    "cp949",
    "euc_kr",
)
"""The encodings a file with no UTF-8 in it may be read in (the README lists them)."""

_ALLOWED = {codecs.lookup(name).name: codecs.lookup(name).name for name in LEGACY_ENCODINGS}
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15"})
_CLOSE_CHAOS = 0.1
_SAMPLE = 65536 * 4


def decode_legacy(data: bytes) -> tuple[str, str]:
    """A file with no UTF-8 in it, read whole: the text and the encoding it was read in.

    cp1252 unless the detector finds another of `LEGACY_ENCODINGS` clearly
    better; bytes the chosen code page has no character for become U+FFFD.
    """
    encoding = _detect_encoding(data[:_SAMPLE]) or "cp1252"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace"), "cp1252"


def _detect_encoding(sample: bytes) -> str | None:
    """The detector's best guess among `LEGACY_ENCODINGS`, but cp1252 when it is nearly as good.

    On a short English or French text the detector often prefers a Baltic,
    Central European or Mac code page that turns `crème` into `crčme`; the
    corpora this tool reads are mostly Western, so a close call goes to
    cp1252, and an encoding outside the list (Mac, DOS code pages) is never
    taken. The detector names one code page for several that read the bytes
    alike (`cp1250` for a text cp1252 reads the same way), so those it could
    be are looked at too.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    if not matches or matches[0].encoding in ("utf_8", "ascii"):
        return None
    best = matches[0]
    for match in matches:
        western = _WESTERN.intersection(match.could_be_from_charset or [match.encoding])
        if western and match.chaos <= best.chaos + _CLOSE_CHAOS:
            return "cp1252"
    return next((_allowed(m.encoding) for m in matches if _allowed(m.encoding)), None)


def _allowed(encoding: str) -> str | None:
    try:
        return _ALLOWED.get(codecs.lookup(encoding).name)
    except LookupError:
        return None
