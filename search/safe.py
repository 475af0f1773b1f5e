"""Make untrusted corpus text safe to write to a terminal.

Article text, titles and names come from files anyone could have written. An
escape sequence in them could recolour, retitle or even rewrite a user's
terminal, so every front end passes text through here before display: escape
sequences are dropped whole and other control characters become a visible
placeholder, keeping the text's length meaningful to a reader.
"""

from __future__ import annotations

import re

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other two-char ESC forms, and the
# 8-bit CSI/OSC introducers; then any other C0 (but \t and \n), DEL and C1 character.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[@-_]?"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
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
