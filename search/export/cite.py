"""A marked or selected item as a citation: its words and where they come from.

Plain text is what most places take (a chat, a draft, a spreadsheet cell);
Markdown is for notes kept in it. Both name the speaker and their role, the
outlet, the date, the title, and the URL (or the file, when there is none)
with the character offsets, so the passage can be found again exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..period_names import coarse_period_name
from ..store import Target

__all__ = ["cite_markdown", "cite_plain", "cited_date", "speaker_markdown"]


def cite_plain(target: Target) -> str:
    """The item and its source, as plain text of one or two lines."""
    citation = target.citation
    lines = []
    if target.text:
        lines.append(_words(target))
    facts = [_speaker(target)] if target.kind == "quote" else []
    facts += [citation.source, _date(target)]
    facts.append(f'"{citation.title}"' if citation.title else "")
    facts.append(_where(target))
    facts.append(_repaired(target))
    lines.append(", ".join(fact for fact in facts if fact))
    return "\n".join(lines)


def cite_markdown(target: Target) -> str:
    """The item as a Markdown block quote followed by its source, linked when it has a URL."""
    citation = target.citation
    lines = []
    if target.text:
        words = _words(target, _md_escape).splitlines()
        lines += [f"> {_md_line_start(line)}" if line.strip() else ">" for line in words]
        lines.append("")
    title = _md_escape(citation.title or target.article_id)
    title = f"[{title}]({citation.url})" if citation.url else f"*{title}*"
    facts = [f"**{_md_escape(_speaker(target))}**"] if target.kind == "quote" else []
    facts += [_md_escape(citation.source), _date(target), title]
    if not citation.url:
        facts.append(f"`{_where(target)}`")
    elif target.kind != "article":
        facts.append(f"chars {target.start}–{target.end}")
    facts.append(_repaired(target))
    lines.append("— " + " · ".join(fact for fact in facts if fact))
    return "\n".join(lines)


def _words(target: Target, literal: Callable[[str], str] = str) -> str:
    """The cited words (through `literal`, which keeps them from reading as markup),
    with what a date among them was read as."""
    text = literal(target.text)
    if target.kind == "quote":
        return f"“{text}”"
    citation = target.citation
    if target.kind != "event":
        return text
    value = cited_date(citation.value, citation.inferred, citation.counted_from)
    if citation.date_changed:
        # The date as marked, beside the one the article gives now: a citation pasted
        # before it changed is found out, and the one pasted now is true.
        was = cited_date(
            citation.marked_value, citation.marked_inferred, citation.marked_counted_from
        )
        value = f"{value or 'no date there now'}; marked as {was or 'no date'}"
    if not value:
        return text
    if citation.expression and citation.expression != target.text:
        # A sentence may hold several dates: the value says which words it dates.
        value = f"{literal(citation.expression)}: {value}"
    return f"{text} [{value}]"


def cited_date(value: str, inferred: bool, counted_from: str) -> str:
    """A marked date as cited: `≈` and what it counted from when inferred, for pasted
    elsewhere an inferred date must still say nobody wrote it so."""
    if not value:
        return ""
    value = coarse_period_name(value) or value  # "06" reads as a year; "7th century" not
    return ", ".join(filter(None, (f"≈ {value}", counted_from))) if inferred else value


def _speaker(target: Target) -> str:
    citation = target.citation
    name = citation.speaker or "unknown speaker"
    return f"{name} ({'; '.join(citation.roles)})" if citation.roles else name


def _date(target: Target) -> str:
    return target.citation.date or "undated"


def _where(target: Target) -> str:
    """The URL, else the file (and record line) with the offsets of the words."""
    citation = target.citation
    place = citation.url or citation.path or target.article_id
    if not citation.url and citation.line is not None:
        place += f":{citation.line}"
    if target.kind != "article":
        place += f", chars {target.start}–{target.end}"
    return place


def _repaired(target: Target) -> str:
    """Said of words whose characters the file holds mis-decoded: what is cited is
    what the reader showed, and whoever opens the file finds "PeÃ±a" for "Peña"."""
    fields = target.citation.repaired
    return f"{' and '.join(fields)} repaired: mis-decoded characters" if fields else ""


def _md_escape(text: str) -> str:
    """Keep corpus text from turning into links, emphasis, code, HTML, entities or
    struck-out words where the Markdown is read: cited words must read as written."""
    return "".join(f"\\{char}" if char in "\\`*_[]<>#|&~" else char for char in text)


_BLOCK_START = re.compile(r"([-+=])|(\d{1,9})([.)])")


def _md_line_start(line: str) -> str:
    """A line of cited words that would open a list, a heading underline or a code
    block at the start of a quoted line opens none: its leading spaces go (Markdown
    would drop or misread them) and the marker is escaped."""
    line = line.lstrip()
    start = _BLOCK_START.match(line)
    if start is None:
        return line
    if start.group(1):
        return "\\" + line
    return f"{start.group(2)}\\{line[start.end(2) :]}"


def speaker_markdown(record: dict[str, Any]) -> str:
    """A speaker row of an export as one Markdown line: name, kind, roles, counts, aliases."""
    facts = [f"**{_md_escape(str(record.get('name', '')))}**"]
    if record.get("kind") == "organisation":
        facts.append("organisation")
    facts += [_md_escape(", ".join(record.get("roles") or ()))]
    quotes, articles = record.get("quote_count", 0), record.get("article_count", 0)
    facts.append(
        f"{quotes} quote{'s' * (quotes != 1)} in {articles} article{'s' * (articles != 1)}"
    )
    aliases = [a for a in record.get("aliases") or () if a != record.get("name")]
    if aliases:
        facts.append("also " + _md_escape(", ".join(aliases)))
    return " · ".join(fact for fact in facts if fact)
