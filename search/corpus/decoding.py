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

Japanese, Chinese and Korean legacy text is the exception to "any UTF-8 stays
UTF-8": its two-byte characters form valid UTF-8 pairs by chance (a Shift JIS
`は` before `」`), so such a file would count as UTF-8 with bad lines and
every character of it would be garbled through cp1252. A file (or a line)
whose valid UTF-8 characters are fewer than its bad bytes, that reads cleanly
as one of those code pages and reads as runs of that script, is read whole in
it instead.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = [
    "LEGACY_ENCODINGS",
    "Repair",
    "decode_cjk",
    "decode_legacy",
    "decode_utf8_repairing",
]

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
        fixed, message = _cjk_line(text[start:end]) or _repair_line(text[start:end])
        pieces.append(text[done:start])
        pieces.append(fixed)
        repairs.append(Repair(line, message))
        done = end
    pieces.append(text[done:])
    return "".join(pieces), repairs


def _cjk_line(line: str) -> tuple[str, str] | None:
    """A line of Japanese, Chinese or Korean legacy text (a record pasted from a Shift JIS
    export) read whole in its code page: repaired byte by byte it is garbled throughout."""
    reading = decode_cjk(line.encode("utf-8", "surrogateescape"))
    if reading is None:
        return None
    return reading[0], f"bytes that are not UTF-8: line read as {reading[1]}"


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


CJK_ENCODINGS = ("cp932", "euc_jp", "gb18030", "big5", "euc_kr")
"""Code pages of Japanese, Chinese and Korean text, tried in this order when the detector
cannot tell them apart (cp932 is Shift JIS with the Windows additions)."""

_CJK = "\u3000-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff60"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_CJK_RUN = re.compile(f"[{_CJK}]{{2,}}")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_CJK_SHARE = 0.9
_CJK_LEAST = 4
"""Characters in runs below which bytes are too few to tell: a UTF-8 `“` cut short
(`\\xe2\\x80`) reads as two kanji in Shift JIS."""


def decode_cjk(data: bytes) -> tuple[str, str] | None:
    """Bytes that are Japanese, Chinese or Korean legacy text: the text and its code page.

    None unless the bytes have fewer valid UTF-8 characters than bad bytes (a
    UTF-8 file with a Latin-1 line keeps its line repairs), decode without an
    error in one of `CJK_ENCODINGS`, and read as that script: nearly every
    character beyond ASCII one of it, mostly in runs of two or more (and a few
    such runs at least). Latin-1 text that happens to decode (`\\xe9t` is a
    kanji in Shift JIS) gives lone characters between Latin letters, not runs.
    """
    text = data.decode("utf-8", "surrogateescape")
    bad = sum(map(len, _ESCAPED.findall(text)))
    if not bad or len(_NON_ASCII.findall(text)) - bad >= bad:
        return None
    readings = {}
    for encoding in CJK_ENCODINGS:
        try:
            decoded = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _reads_as_cjk(decoded) and not _utf8_lines(text, encoding):
            readings[encoding] = decoded
    if not readings:
        return None
    encoding = next(iter(readings))
    if len(readings) > 1:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:_SAMPLE], cp_isolation=list(readings)).best()
        if best is not None and best.encoding in readings:
            encoding = best.encoding
    return readings[encoding], encoding


def _utf8_lines(text: str, encoding: str) -> bool:
    """Whether a line of `text` is good UTF-8 beyond ASCII that is not that script in
    `encoding`: a UTF-8 record beside a Shift JIS one, which reading whole would garble."""
    for line in text.splitlines():
        if _NON_ASCII.search(line) and not _ESCAPED.search(line):
            decoded = line.encode("utf-8").decode(encoding, "replace")
            if len(_CJK_CHAR.findall(decoded)) < _CJK_SHARE * len(_NON_ASCII.findall(decoded)):
                return True
    return False


def _reads_as_cjk(text: str) -> bool:
    beyond = len(_NON_ASCII.findall(text))
    cjk = len(_CJK_CHAR.findall(text))
    in_runs = sum(map(len, _CJK_RUN.findall(text)))
    return in_runs >= _CJK_LEAST and cjk >= _CJK_SHARE * beyond and 2 * in_runs >= cjk
