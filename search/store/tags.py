"""Tags as a user reads and types them: `#harbour`, `#"council vote"`.

A tag may hold spaces ("council vote"); shown as `#council vote` it reads as
the tag "council" and a word. A tag that a space, a comma, a quotation mark
or a leading `#` would make unclear is written in quotation marks, with `\\`
before a quotation mark or backslash inside, and what is shown can be typed
back where a tag is asked for (the collection's filter, `marks --tag`, the
note dialog's list).
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["read_tag", "read_tags", "shown_tag", "tag_list"]

_UNCLEAR = frozenset(',"\\')


def _written(tag: str, *, spaces: bool) -> str:
    """The tag bare when nothing in it could be misread, else in quotation marks."""
    plain = tag and not tag.startswith("#")
    if plain and not any((c.isspace() and not spaces) or c in _UNCLEAR for c in tag):
        return tag
    return '"' + tag.replace("\\", "\\\\").replace('"', '\\"') + '"'


def shown_tag(tag: str) -> str:
    """`#harbour`, or `#"council vote"` for a tag that would not read as one."""
    return "#" + _written(tag, spaces=False)


def tag_list(tags: Iterable[str]) -> str:
    """Tags separated by commas (`council vote, pm`), read back by `read_tags`."""
    return ", ".join(_written(tag, spaces=True) for tag in tags)


def read_tags(text: str) -> list[str]:
    """The tags of a comma-separated list, each bare, quoted or shown with its `#`."""
    tags: list[str] = []
    rest = text
    while rest.strip():
        tag, rest = _one(rest)
        if tag:
            tags.append(tag)
    return tags


def read_tag(text: str) -> str:
    """One tag as typed: `#"council vote"`, `"council vote"` or `council vote`.

    An opening quotation mark without its close is read to the end, so a
    filter typed half-way (`#"council v`) already means what it will.
    """
    text = text.strip().removeprefix("#").lstrip()
    return _quoted(text)[0] if text.startswith('"') else " ".join(text.split())


def _one(text: str) -> tuple[str, str]:
    """The first tag of a list and what follows its comma."""
    text = text.lstrip().removeprefix("#").lstrip()
    if text.startswith('"'):
        tag, rest = _quoted(text)
        return tag, rest.partition(",")[2]
    tag, _comma, rest = text.partition(",")
    return " ".join(tag.split()), rest


def _quoted(text: str) -> tuple[str, str]:
    """The words inside the quotation marks that open `text`, and what follows them."""
    chars: list[str] = []
    index = 1
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            chars.append(text[index + 1])
            index += 2
            continue
        if char == '"':
            return "".join(chars), text[index + 1 :]
        chars.append(char)
        index += 1
    return "".join(chars), ""
