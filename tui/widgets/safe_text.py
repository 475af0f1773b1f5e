"""Turning untrusted corpus strings into Rich `Text` that is safe to draw.

Corpus text is shown literally: it never goes through Rich or Textual markup
(so `[bold]` or `[link=…]` stay brackets), and no control character reaches the
terminal. Every control character is swapped for exactly one visible
placeholder, so character offsets from `search` stay valid in the cleaned text.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.fuzzy import Matcher

__all__ = ["clean", "clean_line", "highlighted", "literal", "safe_line", "safe_text"]


def _build_table(single_line: bool) -> dict[int, str]:
    """Map every dangerous code point to a one-character stand-in."""
    table: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}  # ␀…␟
    table[0x09] = " "
    table[0x0D] = " "
    table[0x0A] = " " if single_line else "\n"
    table[0x7F] = "\u2421"  # ␡
    for code in range(0x80, 0xA0):  # C1 controls, including CSI (0x9B) and OSC (0x9D)
        table[code] = "\ufffd"
    # Bidirectional overrides can reorder what the user sees ("Trojan Source").
    for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C):
        table[code] = "\ufffd"
    for code in (0x2028, 0x2029, 0x0085):
        table[code] = " " if single_line else "\n"
    return table


_BLOCK_TABLE = _build_table(single_line=False)
_LINE_TABLE = _build_table(single_line=True)


def clean(value: str) -> str:
    """Replace control characters one-for-one, keeping line breaks."""
    return value.translate(_BLOCK_TABLE)


def clean_line(value: str) -> str:
    """Replace control characters one-for-one and fold line breaks into spaces."""
    return value.translate(_LINE_TABLE)


def safe_text(value: str, style: str = "") -> Text:
    """A multi-line `Text` for corpus content; never parsed as markup."""
    return Text(clean(value), style=style, end="")


def safe_line(value: str, style: str = "") -> Text:
    """A single-line `Text` for titles, names and sources."""
    return Text(clean_line(value), style=style, end="")


def literal(value: str) -> Content:
    """One line of corpus text for a Textual label, palette entry or dialog title.

    Textual reads a plain `str` there as markup: a title `[/]` raised an
    error and `[@click=app.screenshot(...)]` ran an action. `Content` built
    from the string is shown as it is.
    """
    return Content(clean_line(value))


def highlighted(matcher: Matcher, value: str) -> Content:
    """A palette entry's literal text with the letters the query matched styled.

    `Matcher.highlight` parses its candidate as markup; this places the same
    highlight on literal text instead.
    """
    text = clean_line(value)
    content = Content(text)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
