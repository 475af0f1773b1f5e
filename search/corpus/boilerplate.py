"""Find the parts of an article's text that are not its own prose.

Scraped news keeps the page furniture: a headline run into a photo credit, a
byline, "Read more:" links flattened into a paragraph, newsletter prompts. The
text itself is never changed (offsets must point into it as written); these
parts are only marked as labelled spans, so the reader can dim them and the
extractors can skip them. Every pattern here is anchored or bounded so that a
19 MB corpus is scanned in well under a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..models import Span

TITLE_LIMIT = 120

_CREDIT_WORD = (
    r"(?:Picture|Pictures|Pic|Photo|Photos|Photograph|Image|Images|Credit"
    r"|PICTURE|PHOTO|IMAGE|CREDIT)"
)
# Credits and "Read more:" markers both end in a colon. Finding colons first and
# looking back a few characters is far cheaper than trying an alternation of
# words at every position of a long text.
_COLON = re.compile(":")
_BEFORE_COLON = re.compile(
    rf"(?:(?P<open>\(?)\b(?P<credit>{_CREDIT_WORD})"
    r"|(?<!\S)(?P<more>Read more|READ MORE|Read More|Also read|ALSO READ|Also Read|Read next"
    r"|READ NEXT|Related|RELATED|See also|SEE ALSO|More on this story|Recommended))[ \t]*$"
)
# A credit in brackets is unambiguous anywhere; a bare one only at the end of a line.
_BRACKETED_TAIL = re.compile(r"[^()\n]{1,80}\)")
_TRAILING_TAIL = re.compile(r"[ \t]*[^\n:.!?()]{1,60}?\.?[ \t]*(?=\n|$)")
_HEAD_TIDY = " \t.|•–—-("
_BYLINE = re.compile(r"(?:By|BY|by)[ \t]+(?P<names>[^\n]{2,100}?)[ \t]*$", re.MULTILINE)
_NAME = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|den|da|del|la|le|bin|al|el))*$"
)
_ROLE = re.compile(
    r"\b(?:editor|correspondent|reporter|writer|staff|journalist|columnist|contributor|"
    r"news|agency|press|associated|bureau|desk)s?\b",
    re.IGNORECASE,
)
# "Jane Doe in Washington", "John Roe for The Times": the name is the part before.
_PLACE_TAIL = re.compile(r"\s+(?:in|for|at|from)\s+\S.*$")
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&|\|)\s*")

# A flattened subheading: a short quoted phrase starting with a capital, followed by
# a capitalised word that begins the next sentence.
_SUBHEADING = re.compile(r"[ \t](['‘\"“][A-Z][^'‘’\"“”\n.!?:]{0,60}['’\"”])(?=[ \t]+[A-Z])")
_QUESTION_END = re.compile(r"[!?]['’\"”]?(?=[ \t]+[A-Z'‘\"“])")
_WORD = re.compile(r"\S+")
_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "of", "on", "in", "at", "to", "for", "from", "by", "with", "and", "or"}
    | {"but", "over", "after", "before", "as", "into", "about", "against", "amid", "between"}
    | {"during", "under", "than", "via", "is", "are", "was", "were", "be"}
)
_READ_MORE_WORDS = 30
_FALLBACK_WORDS = 20

_FURNITURE = re.compile(
    r"(?:Advertisement|ADVERTISEMENT|Share this (?:article|story|page)|Most read|Most Read|"
    r"Skip to (?:main )?content|Story continues below(?: advertisement)?|Listen to this article|"
    r"Continue reading(?: below)?|Scroll down for video|ABSTRACT\.?|FULL TEXT\.?)[ \t]*$"
    r"|(?:Sign up (?:to|for)|Subscribe to|Follow us on|Click here|Download the|"
    r"Get the latest|Like us on|All rights reserved|Copyright ©|©)[^\n]*?(?:[.!?](?=\s)|$)",
)
# The first letters of the furniture above: most paragraphs are ruled out without a regex.
_FURNITURE_INITIALS = frozenset("AMSLCDGF©")
_EMBED_END = re.compile(
    r"[—–-][ \t]*[^\n()]{1,80}\(@\w{1,15}\)[ \t]+[A-Z][a-z]+\.? \d{1,2}, \d{4}[ \t]*$", re.MULTILINE
)
_PARAGRAPH = re.compile(r"[^\S\n]*(\S(?:[^\n]*\S)?)")
_SENTENCE_END = re.compile(r"[.!?:;,]['’\"”)]*$")


@dataclass(frozen=True)
class Layout:
    """What the shape of a text says about the article."""

    title: str
    author: str
    boilerplate: tuple[Span, ...]
    paragraphs: tuple[Span, ...]


def analyse(text: str, title: str = "", markdown: bool = False) -> Layout:
    """Work out title, byline author, furniture spans and paragraphs of an article text.

    Args:
        text: The article text as it will be stored.
        title: The explicit title from metadata, if any; otherwise the first line is used.
        markdown: Whether a leading `# ` marks the first line as a heading.
    """
    paragraphs = _paragraphs(text)
    credits, markers = _scan_colons(text)
    spans = list(credits)
    derived = ""
    if paragraphs:
        derived, headline = _first_line(text, paragraphs[0], title, markdown, credits, paragraphs)
        spans.extend(headline)
    author, byline = _byline(text, paragraphs[1:6])
    if byline:
        spans.append(byline)
    spans.extend(_read_more(text, markers))
    spans.extend(_furniture(text, paragraphs))
    spans.extend(_embeds(text, paragraphs))
    final_title = tidy_title(title) if title.strip() else derived
    return Layout(final_title, author, tuple(sorted(set(spans), key=_order)), paragraphs)


def tidy_title(title: str) -> str:
    """Collapse whitespace and trim a long title at a word boundary."""
    title = " ".join(title.split())
    if title.endswith(" ."):
        title = title[:-2]
    if len(title) <= TITLE_LIMIT + 20:
        return title
    cut = title.rfind(" ", 0, TITLE_LIMIT)
    return title[: cut if cut > 40 else TITLE_LIMIT].rstrip(" ,;:-") + "…"


def _order(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _paragraphs(text: str) -> tuple[Span, ...]:
    """Each non-blank line, its outer whitespace trimmed."""
    return tuple([Span(m.start(1), m.end(1)) for m in _PARAGRAPH.finditer(text)])


def _scan_colons(text: str) -> tuple[list[Span], list[tuple[int, int]]]:
    """Photo-credit spans, and (start, end) of each "Read more:"-style marker."""
    credits: list[Span] = []
    markers: list[tuple[int, int]] = []
    for colon in _COLON.finditer(text):
        at = colon.start()
        before = _BEFORE_COLON.search(text, max(0, at - 24), at)
        if before is None:
            continue
        if before.group("more"):
            markers.append((before.start("more"), at + 1))
        elif credit := _credit_at(text, before, at + 1):
            credits.append(credit)
    return credits, markers


def _credit_at(text: str, before: re.Match[str], after: int) -> Span | None:
    if before.group("open"):
        tail = _BRACKETED_TAIL.match(text, after)
        return Span(before.start("open"), tail.end(), "photo-credit") if tail else None
    tail = _TRAILING_TAIL.match(text, after)
    if tail is None:
        return None
    return Span(before.start("credit"), after + len(tail.group().rstrip()), "photo-credit")


def _first_line(
    text: str,
    first: Span,
    title: str,
    markdown: bool,
    credits: list[Span],
    paragraphs: tuple[Span, ...],
) -> tuple[str, list[Span]]:
    """The title the first line gives, and its headline span when it is a headline."""
    start = first.start
    line = text[first.start : first.end]
    heading = markdown and line.startswith("#")
    if heading:
        start += len(line) - len(line.lstrip("#").lstrip())
    credit = next((c for c in credits if start <= c.start < first.end), None)
    head = text[start : credit.start].rstrip(_HEAD_TIDY) if credit else line[start - first.start :]
    spans = []
    if _is_headline(head, title, credit is not None, heading, len(paragraphs) > 1):
        spans.append(Span(first.start, start + len(head), "headline"))
    return tidy_title(head), spans


def _is_headline(head: str, title: str, credited: bool, heading: bool, has_more: bool) -> bool:
    if title.strip():
        return _fold(head) == _fold(title)
    if credited or heading:
        return True
    # An untitled text whose first line reads as a sentence is the lede, not a headline.
    return has_more and len(head) <= 200 and not _SENTENCE_END.search(head)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".")


def _byline(text: str, candidates: tuple[Span, ...]) -> tuple[str, Span | None]:
    """The author named by a `By ...` line near the top, and that line's span."""
    for para in candidates:
        match = _BYLINE.match(text, para.start, para.end)
        if match is None or match.end() != para.end:
            continue
        names = _byline_names(match.group("names"))
        if names:
            return ", ".join(names), Span(para.start, para.end, "byline")
    return "", None


def _byline_names(raw: str) -> list[str]:
    """The names in a byline, or none when it reads as a sentence (`By Monday, the plan...`).

    Every comma- or `and`-separated part must be a capitalised name or
    affiliation; names run until the first role (`Political Editor`, `Associated Press`).
    """
    names: list[str] = []
    in_roles = False
    for part in _NAME_SPLIT.split(raw.strip()):
        part = _PLACE_TAIL.sub("", part)
        if not part:
            continue
        if not _NAME.match(part) or len(part.split()) > 5:
            return []
        in_roles = in_roles or _ROLE.search(part) is not None
        if not in_roles:
            names.append(part)
    return names


def _read_more(text: str, markers: list[tuple[int, int]]) -> Iterator[Span]:
    """`Read more:` runs, each up to where the article's own prose resumes."""
    for index, (start, after) in enumerate(markers):
        line_end = text.find("\n", after)
        limit = len(text) if line_end < 0 else line_end
        if index + 1 < len(markers):
            limit = min(limit, markers[index + 1][0])
        end, subheading = _read_more_end(text, after, limit)
        yield Span(start, end, "read-more")
        if subheading is not None:
            yield subheading


def _read_more_end(text: str, start: int, limit: int) -> tuple[int, Span | None]:
    """Where a linked headline ends: the run's natural end when it is short, else a guess.

    Linked headlines carry no full stop, so a short run that does not end in one
    is all headline. Otherwise the end is the first sign of a new sentence: a
    flattened quoted subheading, a `?`/`!`, or a capitalised word after a
    lowercase content word (`...using AI tool Writing on Blue Sky`).
    """
    words = list(_WORD.finditer(text, start, limit))
    if not words:
        return _rstrip(text, start, limit), None
    if len(words) <= _READ_MORE_WORDS and not words[-1].group().endswith("."):
        return _rstrip(text, start, limit), None
    window = words[min(len(words), _READ_MORE_WORDS) - 1].end()
    sub = _SUBHEADING.search(text, start, window)
    if sub is not None:
        return _rstrip(text, start, sub.start()), Span(sub.start(1), sub.end(1), "subheading")
    question = _QUESTION_END.search(text, start, window)
    if question is not None:
        return question.end(), None
    return _capital_break(text, start, words[:_READ_MORE_WORDS]), None


def _capital_break(text: str, start: int, words: list[re.Match[str]]) -> int:
    for previous, word in zip(words[2:], words[3:], strict=False):
        token, before = word.group(), previous.group()
        starts_sentence = token[0].isupper() and token[1:2].islower()
        after_content = before[0].islower() and before.lower() not in _FUNCTION_WORDS
        if starts_sentence and after_content:
            return _rstrip(text, start, word.start())
    return _rstrip(text, start, words[min(len(words), _FALLBACK_WORDS) - 1].end())


def _rstrip(text: str, start: int, end: int) -> int:
    return start + len(text[start:end].rstrip())


def _furniture(text: str, paragraphs: tuple[Span, ...]) -> Iterator[Span]:
    for para in paragraphs:
        if text[para.start] in _FURNITURE_INITIALS:
            match = _FURNITURE.match(text, para.start, para.end)
            if match:
                yield Span(match.start(), match.end(), "boilerplate")


def _embeds(text: str, paragraphs: tuple[Span, ...]) -> Iterator[Span]:
    """Embedded posts (`... — Name (@handle) January 7, 2026`) are quoted material, not prose."""
    if "(@" not in text:
        return
    for para in paragraphs:
        if _EMBED_END.search(text, para.start, para.end):
            yield Span(para.start, para.end, "embed")
