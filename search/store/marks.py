"""Marks: the articles, quotes and dated sentences a user keeps, with notes and tags.

A mark is keyed by what it points at, not by an index's document numbers:
the article id, the kind of item, and the marked words with their offsets.
That key outlives re-indexing, new extraction rules and a moved index; when
the article's text changes, `Marks.reanchor` follows the words through the
edit (`anchor.place_again`, from the text the mark was made in) and moves the
offsets, and reports the marks whose words are gone instead of dropping them
or moving them onto the same words elsewhere. Each mark also keeps a copy of what it is cited with (title, date,
outlet, speaker...), so the collection can be listed and exported without
opening the index.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Literal

from ..anchor import place_again, text_key
from ..counted import counted_from_note
from ..errors import StoreError
from ..models import Article, Event, Quote, published_value
from .db import Database, now
from .originals import forget_unused, keep_text, read_text

__all__ = [
    "Citation",
    "Mark",
    "MarkKind",
    "Marks",
    "ReanchorReport",
    "Target",
    "ArticleDates",
    "article_target",
    "dated_now",
    "event_target",
    "passage_target",
    "quote_target",
]

MarkKind = Literal["article", "quote", "event", "passage"]
"""`passage` is any span a script marks by offsets that is neither a quote nor a dated sentence."""
MarkStatus = Literal["ok", "moved", "lost"]


@dataclass(frozen=True)
class Citation:
    """Where a marked item comes from, as a reader of the cited piece needs it."""

    title: str = ""
    date: str = ""
    """The article's publication date (ISO), or empty when it gives none."""
    source: str = ""
    """The outlet."""
    author: str = ""
    url: str = ""
    path: str = ""
    """The corpus file, relative to its corpus root."""
    line: int | None = None
    """The record's line in `path`, for JSONL/CSV records."""
    speaker: str = ""
    roles: tuple[str, ...] = ()
    value: str = ""
    """A dated sentence's resolved date (TimeML), for event marks."""
    expression: str = ""
    """The words of a dated sentence that carry its date, for event marks."""
    inferred: bool = False
    """The date's value was inferred (≈), for event marks: nobody wrote it so."""
    counted_from: str = ""
    """What an inferred value was counted from (`counted_from_note`), so a pasted date
    can be judged where it lands; "" when unknown or for marks made before it was kept."""
    date_changed: bool = False
    """The article dates the marked words otherwise now than when they were marked (its
    settings date or the run's `--reference-date` moved, say): `value`, `inferred` and
    `counted_from` are then the date it gives now, and the `marked_` fields the date
    as marked. Worked out as a mark is shown (`dated_now`), never stored."""
    marked_value: str = ""
    marked_inferred: bool = False
    marked_counted_from: str = ""
    repaired: tuple[str, ...] = ()
    """The article's fields whose mis-decoded characters were repaired on reading
    (`Article.misdecoded`): the cited words and offsets are not the file's bytes."""

    @classmethod
    def from_json(cls, text: str) -> Citation:
        try:
            data = json.loads(text or "{}")
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        for name in ("roles", "repaired"):
            if name in known:
                known[name] = tuple(known[name])
        return cls(**known)

    def to_json(self) -> str:
        kept = {k: v for k, v in asdict(self).items() if k not in _SHOWN_ONLY}
        return json.dumps(kept, ensure_ascii=False, sort_keys=True)


_SHOWN_ONLY = frozenset({"date_changed", "marked_value", "marked_inferred", "marked_counted_from"})
"""Citation fields worked out as a mark is shown: a mark stores the date it was made with."""


@dataclass(frozen=True)
class Target:
    """Something that can be marked: an article, a quote or a dated sentence in one."""

    article_id: str
    kind: MarkKind
    start: int = 0
    end: int = 0
    text: str = ""
    """The words marked: the quote, the dated sentence; empty for a whole article."""
    citation: Citation = field(default_factory=Citation)
    original: str = field(default="", repr=False, compare=False)
    """The article's text the offsets count in, kept so an edit can be followed."""

    def overlaps(self, mark: Mark) -> bool:
        """True when `mark` is this item: same article and kind, and spans that meet."""
        if (mark.article_id, mark.kind) != (self.article_id, self.kind):
            return False
        if self.kind == "article":
            return True
        return mark.start < self.end and self.start < mark.end


@dataclass(frozen=True)
class Mark:
    """A kept item and what the user wrote about it."""

    id: int
    article_id: str
    kind: MarkKind
    start: int
    end: int
    text: str
    note: str = ""
    tags: tuple[str, ...] = ()
    citation: Citation = field(default_factory=Citation)
    status: MarkStatus = "ok"
    """`moved` after its words were found at new offsets, `lost` when they are gone."""
    created: str = ""
    original: str = field(default="", repr=False)
    """The key of the article text the offsets count in ('' when not known)."""

    @property
    def target(self) -> Target:
        return Target(self.article_id, self.kind, self.start, self.end, self.text, self.citation)


@dataclass(frozen=True)
class ReanchorReport:
    """What `Marks.reanchor` found: marks moved to new offsets, and marks it could not place."""

    moved: tuple[Mark, ...] = ()
    lost: tuple[Mark, ...] = ()
    """Marks whose words (or whole article) are no longer in the corpus; kept, not deleted."""


def article_target(article: Article) -> Target:
    return Target(article.id, "article", 0, 0, "", _article_citation(article), article.text)


def quote_target(quote: Quote, article: Article | None) -> Target:
    citation = _article_citation(article) if article else Citation()
    speaker = quote.speaker or quote.mention or ""
    citation = replace(citation, speaker=speaker, roles=tuple(quote.roles))
    original = article.text if article else ""
    return Target(quote.article_id, "quote", quote.start, quote.end, quote.text, citation, original)


def event_target(event: Event, article: Article | None) -> Target:
    """A dated sentence: the whole sentence is marked, its date words kept for the citation."""
    citation = _article_citation(article) if article else Citation()
    citation = replace(
        citation,
        value=event.value or "",
        expression=event.expression,
        inferred=event.inferred and event.value is not None,
        counted_from=counted_from_note(event, article.text if article else None),
    )
    start, end, words = event.sentence_start, event.sentence_end, event.sentence
    if not words or end <= start:
        start, end, words = event.start, event.end, event.expression
    original = article.text if article else ""
    return Target(event.article_id, "event", start, end, words, citation, original)


ArticleDates = Callable[[str], "tuple[Sequence[Event], str] | None"]
"""An article's dates as the index gives them now, with its text, by article id; None
when the article is not in the index."""


def dated_now(marks: Iterable[Mark], article_dates: ArticleDates) -> list[Mark]:
    """The marks with each marked date as its article gives it now, and flagged
    (`Citation.date_changed`, with the date as marked) where that is not the date the
    mark was made with.

    A mark keeps its words and the citation it was made with, but an undated
    story's "yesterday" names another day once its folder's settings date or the
    run's `--reference-date` moves: cited as marked, the date would silently
    disagree with the timeline. The marked sentence stays; the date cited is the
    one the article gives, and the one it was marked with is said beside it.
    """
    known: dict[str, tuple[Sequence[Event], str] | None] = {}
    shown = []
    for mark in marks:
        citation = mark.citation
        if mark.kind != "event" or mark.status == "lost" or not citation.expression:
            shown.append(mark)
            continue
        if mark.article_id not in known:
            known[mark.article_id] = article_dates(mark.article_id)
        found = known[mark.article_id]
        if found is None:  # not in the index (a partial one): nothing to say otherwise
            shown.append(mark)
            continue
        shown.append(replace(mark, citation=_date_now(mark, *found)))
    return shown


def _date_now(mark: Mark, events: Sequence[Event], text: str) -> Citation:
    citation = mark.citation
    dates = [
        (
            event.value or "",
            event.inferred and event.value is not None,
            counted_from_note(event, text),
        )
        for event in events
        if event.expression == citation.expression
        and mark.start <= event.start
        and event.end <= mark.end
    ]
    for value, inferred, counted in dates:
        # A mark made before what a date counted from was kept names no source: the
        # same value is the same date, its source now filled in.
        same_source = counted == citation.counted_from or not citation.counted_from
        if (value, inferred) == (citation.value, citation.inferred) and same_source:
            return replace(citation, counted_from=counted)
    value, inferred, counted = dates[0] if dates else ("", False, "")
    return replace(
        citation,
        value=value,
        inferred=inferred,
        counted_from=counted,
        date_changed=True,
        marked_value=citation.value,
        marked_inferred=citation.inferred,
        marked_counted_from=citation.counted_from,
    )


def passage_target(article: Article, start: int, end: int) -> Target:
    """Any span of an article, as a script marks it by offsets."""
    text = article.text[start:end]
    return Target(article.id, "passage", start, end, text, _article_citation(article), article.text)


def _article_citation(article: Article) -> Citation:
    return Citation(
        title=article.title,
        date=published_value(article.date, article.date_precision),
        source=article.source,
        author=article.author,
        url=article.url,
        path=article.path,
        line=article.line,
        repaired=article.misdecoded,
    )


_COLUMNS = 'id, article_id, kind, start, "end", text, note, citation, status, created, original'


class Marks:
    """The marks of one store: add, remove, annotate, list and re-anchor."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, target: Target, *, note: str = "", tags: Iterable[str] = ()) -> Mark:
        """Mark an item (or return its mark when it already has one), adding note and tags."""
        with self._db.write() as connection:
            connection.execute(
                'INSERT OR IGNORE INTO marks (article_id, kind, start, "end", text, citation,'
                " created, original) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    target.article_id,
                    target.kind,
                    target.start,
                    target.end,
                    target.text,
                    target.citation.to_json(),
                    now(),
                    keep_text(connection, target.original),
                ),
            )
            # A lost mark keeps its old offsets but never stands for what is there now.
            mark_id = connection.execute(
                'SELECT id FROM marks WHERE article_id = ? AND kind = ? AND start = ? AND "end" = ?'
                " AND status != 'lost'",
                (target.article_id, target.kind, target.start, target.end),
            ).fetchone()[0]
            if note:
                connection.execute("UPDATE marks SET note = ? WHERE id = ?", (note, mark_id))
            _add_tags(connection, mark_id, tags)
        return self.get(mark_id)  # type: ignore[return-value]

    def remove(self, mark_id: int) -> bool:
        """Forget a mark with its note and tags; False when there was none."""
        with self._db.write() as connection:
            gone = connection.execute("DELETE FROM marks WHERE id = ?", (mark_id,)).rowcount > 0
            forget_unused(connection)
            return gone

    def toggle(self, target: Target) -> Mark | None:
        """Unmark the item when marked (returns None), else mark it (returns the mark)."""
        existing = self.find(target)
        if existing is not None:
            self.remove(existing.id)
            return None
        return self.add(target)

    def find(self, target: Target) -> Mark | None:
        """The mark of this item: same article and kind, and a span that meets its span;
        a lost mark's old place holds other words now, so it is nobody's mark."""
        marks = self.in_article(target.article_id)
        return next((m for m in marks if m.status != "lost" and target.overlaps(m)), None)

    def finder(self) -> Callable[[Target], Mark | None]:
        """`find` for many items at once, the marks read in one query: an export of
        56,000 dates asked the store 56,000 times. Marks made after it are not seen."""
        by_article: dict[str, list[Mark]] = {}
        for mark in self._select("WHERE status != 'lost' ORDER BY start", ()):
            by_article.setdefault(mark.article_id, []).append(mark)

        def find(target: Target) -> Mark | None:
            marks = by_article.get(target.article_id, ())
            return next((m for m in marks if target.overlaps(m)), None)

        return find

    def get(self, mark_id: int) -> Mark | None:
        with self._db.read() as connection:
            row = connection.execute(
                f"SELECT {_COLUMNS} FROM marks WHERE id = ?", (mark_id,)
            ).fetchone()
            return _mark(connection, row) if row else None

    def in_article(self, article_id: str) -> list[Mark]:
        return self._select("WHERE article_id = ? ORDER BY start", (article_id,))

    def all(self, tag: str | None = None) -> list[Mark]:
        """Every mark, oldest first; only those carrying `tag` when given."""
        if tag:
            where = "WHERE id IN (SELECT mark_id FROM mark_tags WHERE tag = ?) ORDER BY id"
            return self._select(where, (tag.strip(),))
        return self._select("ORDER BY id", ())

    def places(self) -> set[tuple[str, str, int, int]]:
        """(article id, kind, start, end) of every mark drawn in the panes, cheap enough to
        ask on every redraw; a lost mark's old offsets hold other words now, so it has none."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT article_id, kind, start, \"end\" FROM marks WHERE status != 'lost'"
            )
            return {tuple(row) for row in rows}  # type: ignore[misc]

    def tags(self) -> list[str]:
        """Every tag in use, sorted."""
        with self._db.read() as connection:
            rows = connection.execute("SELECT DISTINCT tag FROM mark_tags ORDER BY tag")
            return [row[0] for row in rows]

    def set_note(self, mark_id: int, note: str) -> None:
        with self._db.write() as connection:
            connection.execute("UPDATE marks SET note = ? WHERE id = ?", (note, mark_id))

    def set_tags(self, mark_id: int, tags: Iterable[str]) -> None:
        """Replace a mark's tags."""
        with self._db.write() as connection:
            connection.execute("DELETE FROM mark_tags WHERE mark_id = ?", (mark_id,))
            _add_tags(connection, mark_id, tags)

    def reanchor(
        self, article_text: Callable[[str], str | None], *, partial: bool = False
    ) -> ReanchorReport:
        """Move each mark to where its own words are now; report those that cannot be placed.

        Args:
            article_text: The current text of an article by id, None when it is gone.
            partial: The index holds part of the corpus (a build that did not finish):
                an article missing from it may not be read yet, so its marks are left
                as they are rather than called lost.
        """
        moved: list[Mark] = []
        lost: list[Mark] = []
        texts: dict[str, str | None] = {}
        for mark in self.all():
            if mark.article_id not in texts:
                texts[mark.article_id] = article_text(mark.article_id)
            text = texts[mark.article_id]
            if text is None and partial:
                continue
            place = None if text is None else self._place(mark, text)
            if place is None:
                lost.append(self._lose(mark))
            elif place != (mark.start, mark.end) or mark.status == "lost":
                moved.extend(self._move(mark, place, text))  # type: ignore[arg-type]
            elif mark.original != text_key(text):  # type: ignore[arg-type]
                self._set_place(mark.id, *place, mark.status, text)  # type: ignore[arg-type]
        with self._db.write() as connection:
            forget_unused(connection)
        return ReanchorReport(tuple(moved), tuple(lost))

    def _place(self, mark: Mark, text: str) -> tuple[int, int] | None:
        with self._db.read() as connection:
            original = read_text(connection, mark.original)
        return place_again(original, text, mark.start, mark.end, mark.text)

    def _lose(self, mark: Mark) -> Mark:
        """A mark whose words are gone keeps its offsets and the text they count in,
        so it is found again if the words come back."""
        if mark.status != "lost":
            with self._db.write() as connection:
                connection.execute("UPDATE marks SET status = 'lost' WHERE id = ?", (mark.id,))
        return replace(mark, status="lost")

    def _move(self, mark: Mark, place: tuple[int, int], text: str) -> list[Mark]:
        """A mark found again: moved if its words are elsewhere, else back to ok (one
        called lost while its article was missing is where it always was)."""
        status = "ok" if place == (mark.start, mark.end) else "moved"
        if not self._set_place(mark.id, *place, status, text):
            return []
        return [replace(mark, start=place[0], end=place[1], status=status)]

    def _set_place(self, mark_id: int, start: int, end: int, status: str, text: str) -> bool:
        """Move a mark into `text`; False when another mark already holds that place."""
        try:
            with self._db.write() as connection:
                connection.execute(
                    'UPDATE marks SET start = ?, "end" = ?, status = ?, original = ? WHERE id = ?',
                    (start, end, status, keep_text(connection, text), mark_id),
                )
        except StoreError as exc:  # the write wraps SQLite's refusal
            if isinstance(exc.__cause__, sqlite3.IntegrityError):
                return False
            raise
        return True

    def _select(self, where: str, parameters: tuple) -> list[Mark]:
        with self._db.read() as connection:
            rows = connection.execute(f"SELECT {_COLUMNS} FROM marks {where}", parameters)
            return [_mark(connection, row) for row in rows.fetchall()]


def _add_tags(connection: sqlite3.Connection, mark_id: int, tags: Iterable[str]) -> None:
    clean = {" ".join(tag.split()) for tag in tags} - {""}
    connection.executemany(
        "INSERT OR IGNORE INTO mark_tags (mark_id, tag) VALUES (?, ?)",
        [(mark_id, tag) for tag in sorted(clean)],
    )


def _mark(connection: sqlite3.Connection, row: tuple) -> Mark:
    mark_id, article_id, kind, start, end, text, note, citation, status, created, original = row
    tags = connection.execute(
        "SELECT tag FROM mark_tags WHERE mark_id = ? ORDER BY tag", (mark_id,)
    ).fetchall()
    return Mark(
        id=mark_id,
        article_id=article_id,
        kind=kind,
        start=start,
        end=end,
        text=text,
        note=note,
        tags=tuple(tag for (tag,) in tags),
        citation=Citation.from_json(citation),
        status=status,
        created=created,
        original=original,
    )
