"""How articles, quotes and events become Whoosh documents, and back.

One index holds the three kinds, told apart by `kind`; each kind has text
and date fields of its own so a query for one kind never has to exclude the
others. Bump `paths.SCHEMA_VERSION` whenever anything here changes meaning.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from whoosh import columns, fields
from whoosh.analysis import LowercaseFilter, RegexTokenizer, StandardAnalyzer, StemFilter

from ..models import FUTURE_REF, PAST_REF, PRESENT_REF, Article, Event, Quote, Span
from .accents import accent_filter
from .quickwords import QuickPositions
from .sortdays import UNDATED, sortday_of

REFERENCES = frozenset({PRESENT_REF, PAST_REF, FUTURE_REF})
"""Values of expressions such as "now" or "recently" that name no date."""
UNDATED_EVENT = UNDATED
"""The `sortday` of an unresolved event, past every real day."""


KIND_CODES = {"article": 1, "quote": 2, "mentioned": 3, "published": 4, "reference": 5}
"""Each document's kind (an event's by its kind of date) as one number in a column.

The timeline's list of mentioned dates is read from this column in one go:
the posting list of `ekind:mentioned` holds 400k entries at 100k articles
and took 0.2 s to read, before the timeline's first screen."""


def kind_codes(kind: str) -> frozenset[int]:
    """The codes of "article", "quote", "event" or one kind of event ("event:mentioned")."""
    if kind == "event":
        return frozenset(KIND_CODES[k] for k in ("mentioned", "published", "reference"))
    _field, _colon, name = kind.rpartition(":")
    code = KIND_CODES.get(name)
    return frozenset() if code is None else frozenset({code})


def make_schema() -> fields.Schema:
    """The one schema; bump `paths.SCHEMA_VERSION` when it changes."""
    # No stop list and one-letter tokens kept: "X" is a company and phrase
    # queries such as "all options to be on the table" must match exactly.
    # Accents folded before stemming, so "García" and "garcia" are one word.
    text = RegexTokenizer() | LowercaseFilter() | accent_filter() | StemFilter()
    names = StandardAnalyzer() | accent_filter()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        kind=fields.ID(stored=True),
        # A column too, so the timeline can filter events by article cheaply.
        article_id=fields.ID(stored=True, sortable=True),
        title=_quick(fields.TEXT(analyzer=text, stored=True, field_boost=2.0)),
        text=_quick(fields.TEXT(analyzer=text, stored=True)),
        speaker=fields.TEXT(analyzer=names, stored=True),
        speaker_key=fields.ID(stored=True),
        author=fields.TEXT(analyzer=names, stored=True),
        source=fields.KEYWORD(stored=True, lowercase=True, commas=True),
        date=fields.DATETIME(stored=True, sortable=True),
        # Quotes and events get fields of their own so that an article query
        # never has to be intersected with a `kind` filter to exclude them.
        quote=_quick(fields.TEXT(analyzer=text, stored=True)),
        qdate=fields.DATETIME(stored=True, sortable=True),
        # One term per event (a YYYY-MM-DD string) instead of DATETIME's eight
        # trie terms: events are the most numerous documents.
        edate=fields.ID(stored=True),
        # "published", "mentioned" or "reference" ("now", "recently": no date):
        # the timeline shows each kind on its own.
        ekind=fields.ID(),
        # yyyymmdd as a column only (nothing indexed): undated articles and
        # unresolved events sort after every dated one in either direction.
        sortday=fields.COLUMN(columns.NumericColumn("i")),
        # An event's article as a number (see `article_key`), a column only.
        article_key=fields.COLUMN(columns.NumericColumn("q")),
        # An article's or event's source as a number (see `source_key`), a column only.
        source_key=fields.COLUMN(columns.NumericColumn("q")),
        # Each document's kind, and an event's kind of date, as a number (see `KIND_CODES`).
        kcode=fields.COLUMN(columns.NumericColumn("b")),
        payload=fields.STORED(),
    )


def _quick(field: fields.TEXT) -> fields.TEXT:
    """The field with its words found in one pass (see `quickwords`); the index is the same."""
    field.format = QuickPositions(field_boost=field.format.field_boost)
    return field


def name_key(name: str | None) -> str:
    """The form of a speaker name used to find its quotes: case and spacing folded."""
    return " ".join((name or "").lower().split())


def _as_datetime(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime(day.year, day.month, day.day) if day else None


def event_start(value: str | None) -> dt.datetime | None:
    """The first day a TimeML value covers, so events sort and filter by date."""
    if value and len(value) == 3 and value.isdigit():
        return dt.datetime(int(value) * 10, 1, 1)  # a decade: "199" is the 1990s
    if value and len(value) == 2 and value.isdigit():
        return dt.datetime(max(1, int(value) * 100), 1, 1)  # a century: "18" is the 1800s
    if not value or not value[:4].isdigit():
        return None
    year = int(value[:4])
    rest = value[5:]
    try:
        if rest.startswith("W") and rest[1:3].isdigit():
            return dt.datetime.fromisocalendar(year, int(rest[1:3]), 1)
        if rest.startswith("Q") and rest[1:2].isdigit():
            return dt.datetime(year, 3 * int(rest[1]) - 2, 1)
        if len(rest) >= 2 and rest[:2].isdigit():
            month = int(rest[:2])
            day = int(rest[3:5]) if len(rest) >= 5 and rest[3:5].isdigit() else 1
            return dt.datetime(year, month, day)
        return dt.datetime(year, 1, 1)
    except ValueError:
        return None


def event_sortday(value: str | None) -> int:
    """The key an event sorts and is grouped at: a day, or a slot of its own precision
    ("2026" is 20260003, "2026-01" 20260100, "2026-W02" 20260145; see `sortdays`)."""
    return sortday_of(value)


def _day_key(moment: dt.datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%d") if moment else None


def _sortday(day: dt.date | None, missing: int) -> int:
    return day.year * 10000 + day.month * 100 + day.day if day else missing


def article_doc(article: Article, file_key: str) -> dict:
    return {
        "id": f"a:{article.id}",
        "kind": "article",
        "kcode": KIND_CODES["article"],
        "article_id": article.id,
        "title": article.title,
        "text": article.text,
        "author": article.author,
        "source": article.source,
        "source_key": source_key(article.source),
        "date": _as_datetime(article.date),
        "sortday": _sortday(article.date, 0),
        "payload": {
            "file": file_key,
            "source": article.source,
            "url": article.url,
            "path": article.path,
            "line": article.line,
            "time": article.time,
            "precision": article.date_precision,
            "boilerplate": [(s.start, s.end, s.label) for s in article.boilerplate],
            "paragraphs": [(s.start, s.end) for s in article.paragraphs],
            "misdecoded": list(article.misdecoded),
        },
    }


def _fields(obj: object) -> dict:
    """A dataclass's fields as a dict; `asdict` deep-copies and costs 10x more per document."""
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}


def quote_doc(quote: Quote, article: Article) -> dict:
    payload = _fields(quote)
    payload["roles"] = list(quote.roles)
    return {
        "kind": "quote",
        "kcode": KIND_CODES["quote"],
        "article_id": article.id,
        "quote": quote.text,
        "speaker": " ".join(filter(None, (quote.speaker, quote.mention))),
        "speaker_key": name_key(quote.speaker),
        "source": article.source,
        "qdate": _as_datetime(article.date),
        "sortday": _sortday(article.date, 0),
        "payload": {
            "quote": payload,
            "title": article.title,
            "source": article.source,
            "precision": article.date_precision,
        },
    }


def article_key(article_id: str) -> int:
    """A number standing for an article in its events' column, the same in every index.

    A timeline heading counts its articles from the events under it alone:
    the map from every document to its article's document number took 0.7 s
    to build at 100k articles, and the first screen waited for it. Two of
    100k articles share a 64-bit number once in about 4 billion corpora, and
    would then be counted as one.
    """
    digest = hashlib.blake2b(article_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def source_key(source: str) -> int:
    """A number standing for a source in a column (0: none), the same in every index.

    A timeline heading names the sources of every article under it; reading
    them from the source terms' posting lists cost 20 ms per 100k documents
    before the first screen, a column 1 ms. It stands for the source as the
    index keeps it (lowercase, the first of several given with commas), so it
    is found again from the index's list of sources (`source_term_key`).
    """
    first = source.split(",", 1)[0].strip().lower()
    return source_term_key(first) if first else 0


def source_term_key(term: str) -> int:
    """`source_key` of a source as the index's lexicon holds it."""
    digest = hashlib.blake2b(term.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True) or 1


def event_doc(event: Event, article: Article) -> dict:
    start = event_start(event.value)
    ekind = "reference" if event.value in REFERENCES else event.kind
    # Events are found by date and article, not by their words: indexing every
    # sentence again would double the index for little gain, so a word filter
    # on events is applied to the stored sentence instead (see `Library.events`).
    return {
        "kind": "event",
        "article_id": article.id,
        "source": article.source,
        "edate": _day_key(start),
        "ekind": ekind,
        "kcode": KIND_CODES[ekind],
        "sortday": event_sortday(event.value),
        "article_key": article_key(article.id),
        "source_key": source_key(article.source),
        "payload": {"event": _fields(event), "title": article.title, "source": article.source},
    }


def article_from_fields(stored: dict) -> Article:
    """Rebuild an `Article` from its stored document."""
    extra = stored.get("payload") or {}
    date = stored.get("date")
    return Article(
        id=stored["article_id"],
        title=stored.get("title", ""),
        text=stored.get("text", ""),
        date=date.date() if date else None,
        source=extra.get("source", ""),
        author=stored.get("author", ""),
        url=extra.get("url", ""),
        path=extra.get("path", ""),
        line=extra.get("line"),
        time=extra.get("time", ""),
        date_precision=extra.get("precision", "day"),
        boilerplate=tuple(Span(s, e, label) for s, e, label in extra.get("boilerplate", ())),
        paragraphs=tuple(Span(s, e) for s, e in extra.get("paragraphs", ())),
        misdecoded=tuple(extra.get("misdecoded", ())),
    )


def quote_from_fields(stored: dict) -> Quote:
    data = dict(stored["payload"]["quote"])
    data["roles"] = tuple(data.get("roles", ()))
    return Quote(**data)


def event_from_fields(stored: dict) -> Event:
    return Event(**stored["payload"]["event"])
