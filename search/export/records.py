"""The columns of each kind of item, shared by the CLI's output and the app's exports.

A script reading `newsexplore quotes --format csv` and a user exporting a
speaker's quotes from the app should get the same columns; exports then add
the citation and the user's note and tags, which the index does not know.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..counted import counted_from_text
from ..models import Event, Quote, Speaker, published_value
from ..store import Mark, Target

__all__ = [
    "CITATION_COLUMNS",
    "EVENT_COLUMNS",
    "MARK_COLUMNS",
    "QUOTE_COLUMNS",
    "SPEAKER_COLUMNS",
    "ExportItem",
    "event_record",
    "hit_record",
    "mark_record",
    "quote_record",
    "speaker_record",
    "with_citation",
]

CITATION_COLUMNS = (
    "title",
    "date",
    "source",
    "author",
    "url",
    "path",
    "line",
    "speaker",
    "roles",
    "value",
)
"""Citation fields an export adds after an item's own columns, unless it already has them."""


@dataclass(frozen=True)
class ExportItem:
    """One row of an export: its columns, what it cites, and its mark when it has one."""

    record: dict[str, Any]
    target: Target | None
    """None for a row that is no words in an article (a speaker of a speaker list)."""
    mark: Mark | None = None


def hit_record(hit: Any) -> dict[str, Any]:
    """A search result (`index.Hit`) as the CLI's `search` writes it."""
    record: dict[str, Any] = {
        "article_id": hit.article_id,
        "title": hit.title,
        "date": published_value(hit.date, hit.date_precision) or None,
        "source": hit.source,
        "author": hit.author,
        "score": round(hit.score, 4),
        "matches": hit.matches,
        "snippet": hit.snippet.text,
        "highlights": [list(span) for span in hit.snippet.spans],
    }
    if hit.quote is not None:
        record.update(quote_record(hit.quote))
    return record


QUOTE_COLUMNS = (
    "article_id",
    "quote",
    "speaker",
    "start",
    "end",
    "cue",
    "partial",
    "speaker_id",
    "mention",
    "group",
    "id",
    "evidence",
    "confidence",
    "basis",
    "checked",
)
EVENT_COLUMNS = (
    "article_id",
    "text",
    "value",
    "start",
    "end",
    "sentence",
    "precision",
    "kind",
    "inferred",
    "counted_from",
)
SPEAKER_COLUMNS = ("id", "name", "kind", "aliases", "roles", "quote_count", "article_count")
_MARK_OWN = ("id", "article_id", "kind", "text", "start", "end", "status", "created")
_MARK_DATE = (
    "expression",
    "inferred",
    "counted_from",
    "date_changed",
    "marked_value",
    "marked_counted_from",
)
"""A marked date's words and whether its value was inferred, and from what: a script
reading the value alone would take an inferred date for one somebody wrote. The value
is the date its article gives now; where that is not the one marked (`date_changed`),
the marked one follows, so a citation pasted earlier can be put right."""
MARK_COLUMNS = (
    *_MARK_OWN,
    *_MARK_DATE,
    *(name for name in CITATION_COLUMNS if name not in _MARK_OWN),
    "marked",
    "note",
    "tags",
)
"""The CSV header of each kind, written even when nothing matched."""


def quote_record(quote: Quote) -> dict[str, Any]:
    return {
        "article_id": quote.article_id,
        "quote": quote.text,
        "speaker": quote.speaker,
        "start": quote.start,
        "end": quote.end,
        "cue": quote.cue,
        "partial": quote.partial,
        "speaker_id": quote.speaker_id,
        "mention": quote.mention,
        "group": quote.group,
        "id": quote.id,
        "evidence": quote.evidence,
        "confidence": quote.confidence,
        "basis": quote.basis,
        "checked": quote.checked,
    }


def event_record(event: Event) -> dict[str, Any]:
    """A dated expression; a publication date not written in the text has no offsets.

    Such a date comes from the article's metadata, so `start`/`end` are null
    rather than a 0-0 span that would point at the text's first characters.
    An article with no publication date, which the publication dates list last,
    is kind `undated` with no value: no script can take it for a date. An inferred
    date says what it was counted from (`counted_from_text`), so it can be judged.
    """
    placed = event.end > event.start
    return {
        "article_id": event.article_id,
        "text": event.expression,
        "value": event.value,
        "start": event.start if placed else None,
        "end": event.end if placed else None,
        "sentence": event.sentence,
        "precision": event.precision,
        "kind": "undated" if event.undated_article else event.kind,
        "inferred": event.inferred,
        "counted_from": counted_from_text(event),
    }


def speaker_record(speaker: Speaker) -> dict[str, Any]:
    return {**asdict(speaker), "aliases": list(speaker.aliases), "roles": list(speaker.roles)}


def mark_record(mark: Mark) -> dict[str, Any]:
    """A mark with what it cites, its note and tags, as `newsexplore marks` lists it."""
    record: dict[str, Any] = {
        "id": mark.id,
        "article_id": mark.article_id,
        "kind": mark.kind,
        "text": mark.text,
        "start": mark.start,
        "end": mark.end,
        "status": mark.status,
        "created": mark.created,
        "expression": mark.citation.expression,
        "inferred": mark.citation.inferred,
        "counted_from": mark.citation.counted_from.removeprefix("counted from "),
        "date_changed": mark.citation.date_changed,
        "marked_value": mark.citation.marked_value,
        "marked_counted_from": mark.citation.marked_counted_from.removeprefix("counted from "),
    }
    return with_citation(record, mark.target, mark)


def with_citation(record: dict[str, Any], target: Target, mark: Mark | None) -> dict[str, Any]:
    """The record followed by the citation fields it lacks, then the user's note and tags.

    The fields are read one by one: `asdict` copies deeply, and took a third of the
    time of an export of 56,000 dates.
    """
    citation = target.citation
    extra = {name: getattr(citation, name) for name in CITATION_COLUMNS if name not in record}
    if "roles" in extra:
        extra["roles"] = list(citation.roles)
    note = mark.note if mark else ""
    tags = list(mark.tags) if mark else []
    return {**record, **extra, "marked": mark is not None, "note": note, "tags": tags}
