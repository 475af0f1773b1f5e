"""Make untrusted corpus text safe to write to a terminal, a JSON file or a spreadsheet.

Article text, titles and names come from files anyone could have written. An
escape sequence in them could recolour, retitle or even rewrite a user's
terminal, set its clipboard or clear its screen; a bidirectional override
can make a quote read differently from what it says; a CSV cell starting
with `=` runs as a formula when a spreadsheet opens it. Every output goes
through here: on a terminal escape sequences are dropped whole and other
control characters become a visible placeholder; in JSON they are `\\u`
escapes, so the data keeps every character; in CSV a visible stand-in, and a
cell that would be a formula starts with an apostrophe.
"""

from __future__ import annotations

import json
import re
from typing import Any

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other two-char ESC forms, and the
# 8-bit CSI/OSC introducers; then any other C0 (but \t and \n), DEL and C1 character.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[@-_]?"
)
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
"""Marks that reorder how text is shown ("Trojan Source"), with the plain direction marks."""
_CONTROLS = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}]")
PLACEHOLDER = "\ufffd"


def printable(text: str, *, keep_newlines: bool = True) -> str:
    """Text with escape sequences removed and control characters made visible."""
    text = _ESCAPES.sub(PLACEHOLDER, text)
    if not keep_newlines:
        text = text.replace("\n", " ").replace("\t", " ")
    return _CONTROLS.sub(PLACEHOLDER, text)


def printable_same_length(text: str) -> str:
    """Like `printable` but one character for one, so offsets into the text still hold.

    The reader highlights spans by offset, so it needs each unsafe character
    replaced in place rather than whole sequences removed.
    """
    return _CONTROLS.sub(PLACEHOLDER, text)


_JSON_RAW = re.compile(f"[\\x7f-\\x9f\\u2028\\u2029{_BIDI}]")


def json_text(data: Any, *, indent: int | None = None) -> str:
    """JSON with every control and bidi character written as a `\\u` escape.

    `json.dumps` escapes C0 controls but leaves DEL, C1 controls (an 8-bit
    CSI or OSC) and bidi overrides raw; escaped, the data is unchanged for a
    program reading it and inert on a terminal showing it.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_CSV_UNSAFE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ESC shows as ␛
    return "\u2421" if code == 0x7F else PLACEHOLDER


def csv_cell(value: Any) -> Any:
    """A CSV cell with controls shown as visible stand-ins and formulas made inert.

    Line breaks and tabs inside a cell stay (CSV quotes them); a cell that a
    spreadsheet would evaluate gets the usual leading apostrophe.
    """
    if isinstance(value, list | tuple):
        value = "; ".join(str(part) for part in value)
    if not isinstance(value, str):
        return value
    if value.startswith(_FORMULA_START):
        value = "'" + value
    return _CSV_UNSAFE.sub(_stand_in, value)
