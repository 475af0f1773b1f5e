"""Turning untrusted corpus strings into Rich `Text` that is safe to draw.

Corpus text is shown literally: it never goes through Rich or Textual markup
(so `[bold]` or `[link=…]` stay brackets), and no control character reaches the
terminal. Every control character is swapped for exactly one visible
stand-in (ESC shows as ␛, as on the command line), so character offsets from
`search` stay valid in the cleaned text.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.fuzzy import Matcher

from newsexplore.search import printable

__all__ = ["clean", "clean_line", "highlighted", "literal", "safe_line", "safe_text"]


def clean(value: str) -> str:
    """Control characters made visible one for one, as the command line shows them;
    line breaks kept, and tabs as spaces, since a tab laid out wide would move offsets."""
    return printable(value).replace("\t", " ")


def clean_line(value: str) -> str:
    """Control characters made visible one for one, and line breaks folded into spaces."""
    return printable(value, keep_newlines=False)


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
