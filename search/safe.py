"""Make untrusted corpus text safe to write to a terminal, a JSON file or a spreadsheet.

Article text, titles and names come from files anyone could have written. An
escape sequence in them could recolour, retitle or even rewrite a user's
terminal, set its clipboard or clear its screen; a bidirectional override
can make a quote read differently from what it says; a CSV cell starting
with `=` runs as a formula when a spreadsheet opens it. Every output goes
through here: on a terminal, in the app as on the command line, each control
character is shown as a visible stand-in (ESC as ␛), the rest of a sequence as
the letters it is; in JSON they are `\\u` escapes, so the data keeps every
character; in CSV the same stand-ins, and a cell that would be a formula
starts with an apostrophe.
"""

from __future__ import annotations

import json
import re
from typing import Any

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
"""Marks that reorder how text is shown ("Trojan Source"), with the plain direction marks."""
_BIDI_CODES = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
PLACEHOLDER = "\ufffd"
"""Stands for a character with no picture of its own: a C1 control or a bidi mark."""
_LINE_BREAKS = (0x0A, 0x2028, 0x2029)
"""Shown as line breaks: the Unicode line and paragraph separators are text's own
breaks. NEL (U+0085) is not among them: an 8-bit control like its neighbours, it
shows as `PLACEHOLDER`, as the README says of every 8-bit control."""


def _shown_as(single_line: bool) -> dict[int, str]:
    """One visible character for each character a terminal would act on.

    C0 controls take their Unicode control pictures (ESC shows as ␛, BEL as
    ␇), DEL is ␡; the rest of an escape sequence is plain text, so what the
    text holds can be read and nothing is left to run. Tabs and line breaks
    stay, or become spaces on a single line.
    """
    table = {code: chr(0x2400 + code) for code in range(0x20)}
    table[0x7F] = "\u2421"
    table.update({code: PLACEHOLDER for code in (*range(0x80, 0xA0), *_BIDI_CODES)})
    table.update({code: " " if single_line else "\n" for code in _LINE_BREAKS})
    table[0x09] = " " if single_line else "\t"
    return table


_BLOCK = _shown_as(single_line=False)
_LINE = _shown_as(single_line=True)


def printable(text: str, *, keep_newlines: bool = True) -> str:
    """Text a terminal shows as it is written: each control character made visible.

    One character stands for one, so offsets into the text hold in what is
    shown (the app highlights spans by offset); the app and the command line
    show a text alike.
    """
    return text.translate(_BLOCK if keep_newlines else _LINE)


_JSON_RAW = re.compile(f"[\\x7f-\\x9f\\u2028\\u2029{_BIDI}]")


def json_text(data: Any, *, indent: int | None = None) -> str:
    """JSON with every control and bidi character written as a `\\u` escape.

    `json.dumps` escapes C0 controls but leaves DEL, C1 controls (an 8-bit
    CSI or OSC) and bidi overrides raw; escaped, the data is unchanged for a
    program reading it and inert on a terminal showing it.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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
    return printable(value)


_NAME_BREAKS = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI}\\u2028\\u2029]")


def user_name(text: str) -> str:
    """A name the user typed or pasted (a rename, a quote's new speaker), kept as a name.

    A control character (an escape pasted with a coloured name, a tab, a bell)
    or a bidi override is a space; spaces run together and the ends are trimmed.
    Shown, such characters only ever appeared as stand-ins (␛), never as part
    of a person's name, and a name is searched and matched by its words.
    """
    return " ".join(_NAME_BREAKS.sub(" ", text).split())
