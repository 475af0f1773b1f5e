"""The query API: the one surface the CLI and the TUI both call.

Everything returned is a plain frozen dataclass (see `models`), so front ends
never touch Whoosh. One `Library` wraps one corpus and its index; each call
opens its own searcher, so a `Library` may be shared by worker threads.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import threading
import time
from array import array
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from whoosh import index as whoosh_index
from whoosh import query as query_mod
from whoosh.qparser import (
    FieldAliasPlugin,
    FuzzyTermPlugin,
    GtLtPlugin,
    MultifieldParser,
    QueryParser,
)
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.searching import Searcher

from ..corpus.settings import SETTINGS_NAME, find_reference_dates
from ..errors import IndexDamagedError, IndexUnusableError
from ..models import (
    Article,
    Correction,
    Event,
    Period,
    Precision,
    Problem,
    Quote,
    Span,
    Speaker,
)
from ..paths import corpus_roots
from ..speakers.corrections import (
    CorrectedTable,
    LostFix,
    apply_corrections,
    corrected_quote,
    place_fixes,
    shown_basis,
    with_names,
)
from ..speakers.table import SpeakerTable
from . import commits as store
from .accents import fold_accents
from .broad import WordsSet, is_broad, is_pattern, pattern_docnums, ranks_nothing
from .daylists import DayList, unpack
from .documents import (
    KIND_CODES,
    UNDATED_EVENT,
    article_from_fields,
    event_from_fields,
    event_sortday,
    kind_codes,
    name_key,
    quote_from_fields,
    source_term_key,
)
from .folders import index_dir_for
from .memcolumns import (
    bytes_column,
    bytes_column_whole,
    deleted_docnums,
    keep_lengths_in_memory,
    numeric_column,
)
from .owners import (
    article_owners,
    coded,
    docnum_mask,
    keys_kept,
    owned_by,
    values_in,
)
from .pending import PendingUpdate, pending_update
from .postings import common_to, live_in, segment_docnum_array, term_docnums, union_of
from .postings import install as install_bisecting_skip
from .quotequery import QuoteMatches, mentions_quote_field, quote_matches, quotes_as_articles
from .snippets import Snippet, make_snippet, quote_snippet, term_spans
from .sortdays import is_day, key_bounds, sortday_span, within
from .speakerquery import SPEAKER_ID, DocSet, SpeakerMatch, SpeakerNames, is_speaker_leaf
from .syntax import (
    ARTICLE_FIELDS,
    QUOTE_FIELDS,
    PhrasesAreWordsSaid,
    check_syntax,
    fuzzy_needs_first_letter,
    hyphenated_as_phrases,
    is_single_word,
    mentioned_ranges,
    mentions_as_terms,
    mentions_days,
    needs_kind_term,
    open_ends,
    restricted,
    signs_as_operators,
    words_like_operators,
)
from .timeline import (
    UNDATED_ARTICLE,
    Grouping,
    TimelineGroup,
    TimelinePage,
    TypedDatesOrigin,
    WhichDates,
    busiest_month,
    contained_keys,
    count_sources,
    day_counts,
    landing,
    nearest,
    nearest_groups,
    page_of_groups,
    period_key,
    position_of,
)
from .update import (
    IndexUpdate,
    Progress,
    RebuildReason,
    UpdateSummary,
    read_books,
    read_speaker_table,
    read_stored_problems,
    settings_origin,
    stale,
    update_running,
)

if TYPE_CHECKING:
    import numpy as np

    from .bulkscore import LeafScores

install_bisecting_skip()

T = TypeVar("T")

SCORED_FIELDS = (*ARTICLE_FIELDS, *QUOTE_FIELDS)
"""The fields free words are scored in, whose lengths BM25 reads for every match."""

RECENT_SEARCHES = 32
"""Results kept for queries asked again, as when a space is typed or deleted."""
KEPT_VERSIONS = 2
"""Index versions whose derived lists are kept (the current one and the one before)."""
RECENT_MATCH_SETS = 4
"""Queries whose matching articles are kept per index version for the timeline."""
RECENT_TIMELINES = 4
"""Filtered timelines (query, kind of date, source, range) kept per index version."""
"""Queries whose matching articles are kept per index version for the timeline."""
QUOTES_SHOWN = 20
"""The matching quotes of one article read for its snippet: its window shows a few."""

Scope = Literal["articles", "quotes"]
Sort = Literal["relevance", "date"]


@dataclass(frozen=True)
class Hit:
    """One search result."""

    article_id: str
    title: str
    date: dt.date | None
    source: str
    author: str
    score: float
    snippet: Snippet
    quote: Quote | None = None
    """Set when the search scope is quotes."""
    matches: int = 0
    """How often the query's words occur in the article's text (or the quote), so a
    list can say which results use them most without opening each; for an article
    found by `quote:` words, how many of its quotes say them."""
    match_unit: Literal["hit", "quote"] = "hit"
    """What `matches` counts: words in the text, or quotes (`2 quotes`)."""
    date_precision: Precision = "day"
    """`month` or `year` when the article's source gave no finer publication date."""


@dataclass(frozen=True)
class SearchResults:
    query: str
    total: int
    hits: tuple[Hit, ...] = ()
    error: str | None = None
    """A query syntax problem, in words, instead of results."""
    estimated: bool = False
    """True when `total` is Whoosh's upper estimate rather than an exact count."""
    newest_first: bool = False
    """True when every hit ties (nothing but patterns too broad to rank), so the hits
    are newest first whatever order was asked for: a front end must not say "by relevance"."""
    note: str | None = None
    """How a query that looks like something else was read (a lowercase `or` searched
    as a word), for the front end to say beside the count."""


class Library:
    """One corpus and its index: the query API every front end calls.

    Cheap to create (nothing is read until asked). The Whoosh index is opened
    once and shared; each call opens its own searcher, so worker threads can
    query concurrently while the UI thread stays free.
    """

    def __init__(
        self,
        corpus_paths: Sequence[Path],
        index_dir: Path | None = None,
        *,
        follow_links: bool = False,
        reference_date: Period | dt.date | None = None,
    ) -> None:
        self.corpus_paths: tuple[Path, ...] = tuple(Path(p) for p in corpus_paths)
        self.follow_links = follow_links
        """Read files that links in the corpus folders lead to outside them."""
        self.index_dir: Path = index_dir or index_dir_for(self.corpus_paths)
        if isinstance(reference_date, dt.date):
            reference_date = Period.of_day(reference_date)
        self.reference_date: Period | None = reference_date
        """The day (or month, or year) undated articles' relative dates count from, for
        this run (see `corpus.settings` for a folder's own)."""
        self._index: whoosh_index.Index | None = None
        self._commit: store.Commit | None = None
        self._seen: tuple | None = None
        """The commit record's identity when the index was opened, to notice a new one."""
        self._table: SpeakerTable | None = None
        self._corrections: tuple[Correction, ...] = ()
        self._corrected: tuple[SpeakerTable, int, CorrectedTable] | None = None
        self._corrected_lock = threading.Lock()
        """One thread works out the corrected table; the others wait for the finished one,
        never taking one whose counts are not yet taken again."""
        self._corrections_version = 0
        """Counts the calls to `set_corrections`, so results kept for a query are not
        handed out once the speakers they were found by have changed."""
        self._name_words: tuple[CorrectedTable, SpeakerNames] | None = None
        self._speaker_field = None
        self._parsers: dict[tuple[str, ...], QueryParser] = {}
        self._idle: list[tuple[Searcher, whoosh_index.Index]] = []
        self._idle_lock = threading.Lock()
        self._caches: OrderedDict[tuple, dict] = OrderedDict()
        self._caches_lock = threading.Lock()
        self._recent: OrderedDict[tuple, SearchResults] = OrderedDict()
        self._recent_lock = threading.Lock()

    # -- building -----------------------------------------------------------

    def needs_update(self) -> bool:
        """True when there is no usable index yet or a corpus file was added, changed or removed."""
        return self.pending_update() is not None

    def pending_update(self) -> PendingUpdate | None:
        """What the committed index lacks against the corpus now; None when it is up to date.

        Asked without the write lock and without writing, so a reader can
        decide to answer from the last committed index and say what it lacks.
        """
        return pending_update(
            self.corpus_paths,
            self.index_dir,
            follow_links=self.follow_links,
            reference=self.reference_date,
        )

    def settings_given(self) -> dict[str, tuple[Period, int]]:
        """Each settings file in the corpus folders now, with the date it gives and its
        line, read afresh: a front end that stays open compares one reading with the
        next to notice an edited `newsexplore.cfg` (one walk of the corpus folders,
        nothing for a corpus of files)."""
        found = find_reference_dates(self.corpus_paths)
        return {
            os.path.join(folder, SETTINGS_NAME): (period, line)
            for folder, period, line in found.folders
        }

    def rebuild_reason(self) -> RebuildReason | None:
        """Why the next update reads the whole corpus again although an index exists: a
        new index format (`"format"`), new extraction rules (`"rules"`) or damage."""
        try:
            commit = store.read_commit(self.index_dir)
            if commit is None:
                return None
            if commit.other_corpus(corpus_roots(self.corpus_paths)):
                return "other"
            damaged = store.damage(self.index_dir, commit)
            return stale(commit) or ("damage" if damaged else None)
        except IndexDamagedError:
            return "damage"

    def update_running(self) -> bool:
        """True while another process (or thread) is writing this index."""
        return update_running(self.index_dir)

    def check(self) -> list[str]:
        """Everything wrong with the committed index, one line each, every file hashed."""
        try:
            commit = store.read_commit(self.index_dir)
        except IndexDamagedError as exc:
            return [str(exc)]
        if commit is None:
            return [f"{self.index_dir}: no index has been committed here"]
        found = store.damage(self.index_dir, commit, full=True)
        if not found:
            try:
                read_speaker_table(self.index_dir, commit)
                store.open_committed(self.index_dir, commit)
            except (IndexDamagedError, OSError, whoosh_index.IndexError) as exc:
                found.append(str(exc))
        return found

    def update(
        self, cancelled: Callable[[], bool] | None = None, *, seconds: float | None = None
    ) -> Iterator[Progress | UpdateSummary]:
        """Bring the index up to date, yielding progress and finally an `UpdateSummary`.

        With `seconds`, a build with nothing searchable before it stops after about
        that long and commits what it has read, marked partial (`UpdateSummary.partial`).
        """
        run = IndexUpdate(
            self.corpus_paths,
            self.index_dir,
            follow_links=self.follow_links,
            reference=self.reference_date,
            deadline=None if seconds is None else time.monotonic() + seconds,
        )
        yield from run.run(cancelled or (lambda: False))
        self._forget_index()

    def is_partial(self) -> bool:
        """True when the committed index is a checkpoint of a build that did not finish:
        an article it lacks may only not be read yet."""
        try:
            commit = store.read_commit(self.index_dir)
        except IndexDamagedError:
            return False
        return commit is not None and commit.partial

    def commit_identity(self) -> object:
        """Changes whenever a new commit replaces the index on disk (this process's update
        or another's): a front end compares it to know when what it shows is of an
        index that is gone."""
        return store.commit_identity(self.index_dir)

    def has_index(self) -> bool:
        """True when a committed index exists to open, even one the corpus has moved past.

        A first build cancelled or killed before its first checkpoint leaves
        none, and then there is nothing a front end can show.
        """
        try:
            return store.read_commit(self.index_dir) is not None
        except IndexDamagedError:
            return False

    def _forget_index(self) -> None:
        self._index = None
        self._commit = None
        self._table = None
        self._seen = None
        with self._idle_lock:
            idle, self._idle = self._idle, []
        for searcher, _ix in idle:
            with contextlib.suppress(Exception):
                searcher.close()

    @property
    def ix(self) -> whoosh_index.Index:
        """The last committed index; raises `IndexUnusableError` when there is none to open.

        A commit that another process replaced (an update, or a rebuild whose
        Whoosh generations start again) is noticed by the commit record's
        identity, checked on every use, and the new index is opened instead.
        """
        if self._seen is not None and store.commit_identity(self.index_dir) != self._seen:
            self._forget_index()
        if self._index is None:
            self._index, self._commit = self._open()
        return self._index

    def _open(self) -> tuple[whoosh_index.Index, store.Commit]:
        for _attempt in range(3):
            seen = store.commit_identity(self.index_dir)
            commit = store.read_commit(self.index_dir)
            if commit is None:
                raise IndexUnusableError(f"{self.index_dir}: no usable index (none built yet)")
            if commit.other_corpus(corpus_roots(self.corpus_paths)):
                raise IndexUnusableError(
                    f"{self.index_dir}: holds the index of another corpus"
                    f" ({', '.join(commit.corpus)}), not of this one; `newsexplore index` on"
                    " this corpus builds its own there"
                )
            damage = store.damage(self.index_dir, commit)
            if damage and store.commit_identity(self.index_dir) == seen:
                raise IndexDamagedError(damage[0])
            try:
                ix = store.open_committed(self.index_dir, commit)
            except (OSError, whoosh_index.IndexError, IndexDamagedError) as exc:
                if store.commit_identity(self.index_dir) == seen:  # not a commit racing us
                    raise IndexDamagedError(f"{self.index_dir}: no usable index ({exc})") from exc
                continue
            self._seen = seen
            return ix, commit
        raise IndexUnusableError(f"{self.index_dir}: the index keeps changing; try again")

    @contextlib.contextmanager
    def searcher(self) -> Iterator[Searcher]:
        """A searcher lent to one caller at a time and kept open between calls.

        Opening a searcher reads every segment's files (tens of ms at 20k
        articles) and each holds its own caches, so searchers are pooled:
        a call borrows an idle one (or opens one when all are busy, as with
        several worker threads) and gives it back, and one that the index has
        moved past is replaced. Each searcher serves one thread at a time.
        """
        ix = self.ix
        with self._idle_lock:
            borrowed = self._idle.pop() if self._idle else None
        current = borrowed[0] if borrowed else None
        if current is not None and borrowed[1] is not ix:
            current.close()
            current = None
        if current is None:
            current = ix.searcher()
            keep_lengths_in_memory(current, SCORED_FIELDS)
        try:
            yield current
        finally:
            with self._idle_lock:
                self._idle.append((current, ix))

    def _commit_id(self) -> str:
        """Names the open index; unlike Whoosh's generation, a rebuild never repeats it."""
        return self._commit.id if self._commit else ""

    def problems(self) -> tuple[Problem, ...]:
        """What was wrong with the corpus as last indexed, kept with the commit.

        Read from the commit record on disk, not the open index, so a front
        end asking right after an update sees that update's problems.
        """
        try:
            commit = store.read_commit(self.index_dir)
            return read_stored_problems(self.index_dir, commit) if commit else ()
        except IndexDamagedError:
            return ()

    @property
    def table(self) -> SpeakerTable:
        """The speakers as extraction merged them, with the user's corrections on top."""
        return self._corrected_table().table

    def _raw_table(self) -> SpeakerTable:
        self.ix  # noqa: B018 - opens the index (again, if it changed) with its commit
        if self._table is None:
            self._table = (
                read_speaker_table(self.index_dir, self._commit)
                if self._commit
                else SpeakerTable((), {}, {})
            )
        return self._table

    def set_corrections(self, corrections: Sequence[Correction]) -> None:
        """The user's corrections (from their store), applied to every table from now on."""
        self._corrections = tuple(corrections)
        self._corrections_version += 1

    def merged_into(self, speaker_id: str) -> tuple[Speaker, ...]:
        """The speakers merged into this one and not taken back, as they were before:
        the ones an unmerge can take out again."""
        return self._corrected_table().merged.get(speaker_id, ())

    def orphaned_corrections(self) -> tuple[Correction, ...]:
        """Speaker corrections whose speaker is found neither by its id nor by the names
        it was made on (kept in the store, applied to nothing)."""
        return self._corrected_table().orphaned

    def with_names(self, correction: Correction) -> Correction:
        """The correction carrying the names of the speakers it names, as shown now, so
        it finds them again should extraction give them other ids."""
        return with_names(correction, self._corrected_table().table.speakers)

    def lost_corrections(self) -> tuple[LostFix, ...]:
        """Quote corrections whose words are no longer found in their article (kept)."""
        return self._corrected_table().lost

    def _corrected_table(self) -> CorrectedTable:
        raw = self._raw_table()
        version = self._corrections_version
        cached = self._corrected
        if cached is not None and cached[0] is raw and cached[1] == version:
            return cached[2]
        with self._corrected_lock:
            cached = self._corrected
            if cached is not None and cached[0] is raw and cached[1] == version:
                return cached[2]
            corrected = self._applied(raw, self._corrections)
            self._corrected = (raw, version, corrected)
            return corrected

    def speakers_with(self, correction: Correction) -> list[Speaker]:
        """The speakers as they would be with one more correction, nothing kept: lets a
        front end refuse a correction that would take a speaker away before saving it."""
        return list(
            self._applied(self._raw_table(), (*self._corrections, correction)).table.speakers
        )

    def _applied(self, raw: SpeakerTable, corrections: Sequence[Correction]) -> CorrectedTable:
        corrected = apply_corrections(raw, corrections)
        corrected = place_fixes(corrected, self._quote_places, self._article_text)
        if corrected.touched:
            corrected = self._recounted(corrected)
        return corrected

    def _quote_places(self, article_id: str) -> list[tuple[int, str]] | None:
        """(start, words) of an article's quotes as indexed; None when a partial index
        lacks the article, which may only not be read yet."""
        parts = [query_mod.Term("kind", "quote"), query_mod.Term("article_id", article_id)]
        with self.searcher() as searcher:
            if searcher.document_number(id=f"a:{article_id}") is None and self.is_partial():
                return None
            found = searcher.docs_for_query(query_mod.And(parts))
            quotes = [searcher.stored_fields(n)["payload"]["quote"] for n in found]
        return [(quote["start"], quote["text"]) for quote in quotes]

    def _article_text(self, article_id: str) -> str | None:
        article = self.article(article_id)
        return article.text if article else None

    def _recounted(self, corrected: CorrectedTable) -> CorrectedTable:
        """Counts taken again for speakers that gained or lost quotes; the emptied go."""
        speakers = []
        for speaker in corrected.table.speakers:
            if speaker.id in corrected.touched:
                quotes = self._quotes(corrected, speaker_id=speaker.id)
                articles = len({q.article_id for q in quotes})
                speaker = replace(speaker, quote_count=len(quotes), article_count=articles)
                if not quotes:
                    continue
            speakers.append(speaker)
        speakers.sort(key=lambda s: (-s.quote_count, s.name.casefold(), s.name))
        return replace(corrected, table=replace(corrected.table, speakers=tuple(speakers)))

    # -- reading ------------------------------------------------------------

    def article_count(self) -> int:
        with self.searcher() as searcher:
            # doc_frequency would still count deleted documents until a merge.
            return len(searcher.search(query_mod.Term("kind", "article"), limit=1))

    def article(self, article_id: str) -> Article | None:
        with self.searcher() as searcher:
            stored = searcher.document(id=f"a:{article_id}")
        return article_from_fields(stored) if stored else None

    def kept_copy_of(self, article_id: str) -> str | None:
        """The id of the article kept in place of `article_id`, a copy folded into it.

        A copy (same text, title, date, source and author) is not indexed
        twice, but its id may be cited: this leads from it to the one held.
        """
        try:
            commit = store.read_commit(self.index_dir)
            files = read_books(self.index_dir, commit).get("files", {}) if commit else {}
        except IndexDamagedError:
            return None
        for entry in files.values():
            copy = entry.get("duplicates", {}).get(article_id)
            if copy and copy[1] != article_id:
                return copy[1]
        return None

    def article_file(self, article: Article) -> Path | None:
        """The corpus file an article was read from, when it is still there.

        `Article.path` is relative to its corpus root, which says where it is
        in the corpus but cannot be opened from another folder; this can.
        """
        for root in self.corpus_paths:
            if root.is_dir():
                candidate = root / article.path
            elif root.name == article.path:
                candidate = root
            else:
                continue
            if article.path and candidate.is_file():
                return candidate.resolve()
        return None

    def sources(self) -> list[str]:
        with self.searcher() as searcher:
            return sorted(term.decode() for term in searcher.lexicon("source"))

    def search(
        self,
        query: str,
        *,
        scope: Scope = "articles",
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        source: str | None = None,
        author: str | None = None,
        speaker: str | None = None,
        speaker_id: str | None = None,
        sort: Sort = "relevance",
        limit: int = 50,
    ) -> SearchResults:
        """Run a query in the Whoosh language; a syntax problem comes back as `error`.

        `speaker` keeps the quotes (or the articles quoting) of the speakers
        whose names have all its words, `speaker_id` those of one speaker; both,
        like `speaker:` in the query, see the user's corrections.
        """
        problem = check_syntax(query)
        if problem:
            return SearchResults(query, 0, (), problem)
        kind = "quote" if scope == "quotes" else "article"
        fields = QUOTE_FIELDS if kind == "quote" else ARTICLE_FIELDS
        self._parser(fields)  # built outside the try: a missing index is not a query error
        try:
            parsed = self._parse(fields, query) if query.strip() else query_mod.Every()
        except Exception as exc:  # Whoosh's plugins raise bare ValueError/TypeError
            return SearchResults(query, 0, (), f"cannot read the query: {exc}")
        parsed = fuzzy_needs_first_letter(parsed)
        if "mentions:" in query.lower():
            with self.searcher() as searcher:
                parsed = self._mentions_as_articles(searcher, parsed, kind)
        restrict = self._restrictions(kind, source, author, speaker)
        if speaker_id:
            restrict.append(query_mod.Term(SPEAKER_ID, speaker_id))
        if needs_kind_term(parsed, kind):
            restrict.insert(0, query_mod.Term("kind", kind))
        days = (date_from, date_to) if date_from or date_to else None
        found = self._run(query, parsed, restrict, days, kind, sort, limit)
        note = words_like_operators(query)
        return replace(found, note=note) if note else found

    def _run(
        self, text: str, parsed, restrict, days, kind: str, sort: Sort, limit: int
    ) -> SearchResults:
        by_date = sort == "date" or isinstance(parsed, query_mod.Every)
        with self.searcher() as searcher:
            # Typing a space, or deleting one, asks again for results just found.
            key = (self._commit_id(), " ".join(text.split()), repr(restrict))
            key += (days, kind, by_date, limit, self._corrections_version)
            if (found := self._recall(key)) is not None:
                return replace(found, query=text)
            parsed = self._resolve_speakers(searcher, parsed, kind)
            restrict = [self._resolve_speakers(searcher, part, kind) for part in restrict]
            if kind == "article":
                parsed = self._quotes_as_articles(searcher, parsed)
            if isinstance(parsed, query_mod.Every) and len(restrict) == 1:
                found = self._newest(searcher, text, kind, days, limit)
            else:
                found = self._search(searcher, text, parsed, restrict, days, kind, by_date, limit)
            self._remember(key, found)
            return found

    def forget_recent_searches(self) -> None:
        """Drop the results kept for repeated queries, so the next search runs in full."""
        with self._recent_lock:
            self._recent.clear()

    def _recall(self, key: tuple) -> SearchResults | None:
        with self._recent_lock:
            if key in self._recent:
                self._recent.move_to_end(key)
            return self._recent.get(key)

    def _remember(self, key: tuple, results: SearchResults) -> None:
        with self._recent_lock:
            self._recent[key] = results
            while len(self._recent) > RECENT_SEARCHES:
                self._recent.popitem(last=False)

    def _search(
        self, searcher: Searcher, text: str, parsed, restrict, days, kind: str, by_date: bool, limit
    ) -> SearchResults:
        allowed = self._days_filter(searcher, kind, *days) if days else None
        if allowed is not None and not allowed:
            # Whoosh takes an empty filter for no filter at all.
            return SearchResults(text, 0)
        sets = self._broad_as_sets(searcher, parsed)
        terms = self._match_terms(searcher, parsed)
        quoted = self._quote_matches(searcher, parsed, kind)
        if ranks_nothing(sets):  # every match ties: newest first, as with nothing typed
            matched = set(searcher.docs_for_query(restricted(sets, restrict)))
            return self._newest(searcher, text, kind, days, limit, matched, terms, quoted)
        from .bulkscore import LeafScores  # NumPy's, loaded by the first search

        kept = self._cache(searcher).setdefault("leaf_scores", LeafScores())
        query = restricted(sets, restrict)
        if not by_date and (found := ranked(searcher, query, limit, allowed, kept)):
            total, best = found
            hits = [
                self._stored_hit(searcher, doc, score, terms, kind, quoted) for score, doc in best
            ]
            return SearchResults(text, total, tuple(hits))
        # Whoosh's top-N search skips documents, so an exact count costs a
        # second pass. Only a single word's estimate is trustworthy; anything
        # else is scored in full in one pass, which is cheaper than two.
        one_pass = not by_date and not is_single_word(parsed)
        results = searcher.search(
            restricted(sets, restrict),
            limit=None if one_pass else limit,
            sortedby="sortday" if by_date else None,
            reverse=by_date,
            filter=allowed,
        )
        hits = []
        for hit in itertools.islice(results, limit):
            score = 0.0 if by_date else hit.score or 0.0  # a sorted hit's score is its sort key
            hits.append(self._stored_hit(searcher, hit.docnum, score, terms, kind, quoted))
        total = _count(results, searcher, restricted(sets, restrict), allowed)
        return SearchResults(text, total, _in_text_order(hits) if by_date else tuple(hits))

    def _stored_hit(
        self,
        searcher: Searcher,
        docnum: int,
        score: float,
        terms: set[str],
        kind: str,
        quoted: QuoteMatches | None = None,
    ) -> Hit:
        stored = searcher.stored_fields(docnum)
        if quoted is not None:
            return self._quoted_hit(searcher, docnum, stored, score, quoted)
        quote = self._with_ids(quote_from_fields(stored)) if kind == "quote" else None
        return self._hit(stored, score, terms, quote)

    def _kept(
        self, searcher: Searcher, kind: str, key: object, keep: int, read: Callable[[], T]
    ) -> T:
        """A value read once for the last `keep` keys of its kind per index version."""
        recent = self._cache(searcher).setdefault(kind, OrderedDict())
        with self._caches_lock:
            if key in recent:
                recent.move_to_end(key)
                return recent[key]
        value = read()
        with self._caches_lock:
            recent[key] = value
            while len(recent) > keep:
                recent.popitem(last=False)
        return value

    def _broad_as_sets(self, searcher: Searcher, parsed: query_mod.Query) -> query_mod.Query:
        """Patterns of many words as the documents holding any of them (see `broad`)."""
        reader = searcher.reader()
        # A word the parser looks for in several fields is broad in all of them if it is
        # in one: `zephyr*` in the titles (one word) and the texts (forty) ties throughout.
        broad = {_pattern_key(node) for node in parsed.leaves() if is_broad(reader, node)}

        def as_set(node: query_mod.Query) -> query_mod.Query:
            if not broad or not is_pattern(reader, node) or _pattern_key(node) not in broad:
                return node
            return WordsSet(self._pattern_docnums(searcher, node), str(node), node.boost)

        return parsed.accept(as_set)

    def _pattern_docnums(self, searcher: Searcher, node: query_mod.Query) -> list[int]:
        """A broad pattern's documents, kept for the last few patterns per index version."""
        return self._kept(
            searcher,
            "pattern_docs",
            repr(node),
            RECENT_MATCH_SETS,
            lambda: pattern_docnums(searcher.reader(), node),
        )

    def _quote_matches(self, searcher: Searcher, parsed, kind: str) -> QuoteMatches | None:
        if kind != "article":
            return None
        return quote_matches(parsed, lambda part: self._match_terms(searcher, part))

    def _quoted_hit(
        self, searcher: Searcher, docnum: int, stored: dict, score: float, quoted: QuoteMatches
    ) -> Hit:
        """An article hit of a query with `quote:` parts: the quotes it was found by
        make its snippet and its count; found by other words only, those words do."""
        docs = quoted.quotes.get(docnum)
        if not docs:
            return self._hit(stored, score, quoted.other_words, None)
        spans = self._quote_spans(searcher, docs[:QUOTES_SHOWN])
        payload = stored.get("payload") or {}
        skip = payload.get("boilerplate", ())
        snippet = quote_snippet(
            stored.get("text") or "", spans, quoted.words, quoted.other_words, skip
        )
        hit = self._hit(stored, score, set(), None, snippet)
        return replace(hit, matches=len(docs), match_unit="quote")

    def _hit(
        self,
        stored: dict,
        score: float,
        terms: set[str],
        quote: Quote | None,
        snippet: Snippet | None = None,
    ) -> Hit:
        date = stored.get("date") or stored.get("qdate")
        payload = stored.get("payload") or {}
        body = stored.get("text") or stored.get("quote") or ""
        found = list(term_spans(body, terms))  # one pass for the snippet and the count
        if snippet is None:
            skip = payload.get("boilerplate", ())
            snippet = make_snippet(body, terms, whole=quote is not None, skip=skip, found=found)
        return Hit(
            article_id=stored["article_id"],
            title=stored.get("title", payload.get("title", "")),
            date=date.date() if date else None,
            source=payload.get("source", stored.get("source", "")),
            author=stored.get("author", ""),
            score=float(score),
            snippet=snippet,
            quote=quote,
            matches=len(found),
            date_precision=payload.get("precision", "day"),
        )

    def _parse(self, fields: tuple[str, ...], query: str) -> query_mod.Query:
        return self._parser(fields).parse(
            hyphenated_as_phrases(signs_as_operators(open_ends(mentions_as_terms(query))))
        )

    def _mentions_as_articles(
        self, searcher: Searcher, parsed, kind: str = "article"
    ) -> query_mod.Query:
        """`mentions:[… TO …]`: the articles whose text mentions a date in those days.

        Mentioned dates are events, not fields of their article, so each
        filter becomes the articles owning the events in its days (in the
        quotes scope, their quotes), read from the timeline's own list: the
        articles a search finds are those whose dates the timeline shows for
        the same range.
        """

        def rewrite(node: query_mod.Query) -> query_mod.Query:
            days = mentions_days(node)
            return node if days is None else self._mentioning(searcher, *days, kind)

        return parsed.accept(rewrite)

    def _mentioning(self, searcher: Searcher, first: int, last: int, kind: str) -> query_mod.Query:
        keys = self._day_lists(searcher, "event:mentioned").keys
        found = contained_keys(keys, _sortday_date(first), _sortday_date(last))
        owners = self._owners(searcher)
        articles = {owners[key & 0xFFFFFFFF] for key in found} - {-1}
        if not articles:
            return query_mod.NullQuery
        if kind == "quote":  # the quotes scope: the quotes of those articles
            return DocSet(self._quotes_of(searcher, articles), f"{first}..{last}")
        return DocSet(articles, f"{first}..{last}")

    def _quotes_of(self, searcher: Searcher, articles: set[int]) -> set[int]:
        owners = self._owners(searcher)
        return {n for n in term_docnums(searcher, "kind", "quote") if owners[n] in articles}

    def _parser(self, fields: tuple[str, ...]) -> QueryParser:
        if fields not in self._parsers:
            parser = MultifieldParser(list(fields), self.ix.schema)
            parser.add_plugin(FuzzyTermPlugin())
            parser.add_plugin(GtLtPlugin())
            parser.add_plugin(DateParserPlugin(free=False))
            if fields == QUOTE_FIELDS:
                # In the quotes scope, text: and date: mean the quote's own fields.
                parser.add_plugin(FieldAliasPlugin({"quote": ["text"], "qdate": ["date"]}))
                parser.add_plugin(PhrasesAreWordsSaid())
            self._parsers[fields] = parser
        return self._parsers[fields]

    def _restrictions(self, kind, source, author, speaker) -> list[query_mod.Query]:
        # Intersected inside the query rather than passed as `filter=`: Whoosh
        # materialises a query filter as a set of every matching document on
        # each search, while an And skips through the postings it needs.
        parts: list[query_mod.Query] = []
        if source:
            parts.append(query_mod.Term("source", source.lower()))
        if author:
            parts.extend(query_mod.Term("author", fold_accents(w.lower())) for w in author.split())
        if speaker:
            words = self._speaker_tokens(speaker) or [""]  # no word to find: finds nothing
            parts.extend(query_mod.Term("speaker", word) for word in words)
        return parts

    def _resolve_speakers(self, searcher: Searcher, parsed, kind: str) -> query_mod.Query:
        """Speaker leaves as the documents of the speakers they name, corrections applied.

        In the quotes scope a leaf becomes those speakers' quotes, and the quotes
        with no speaker whose description has its words ("a Reagan administration
        official"); in the articles scope, the articles quoting them (speakers are
        fields of quote documents).
        """
        if not any(is_speaker_leaf(q) for q in (parsed, *parsed.leaves())):
            return parsed
        names = self._speaker_names_index()

        def resolve(node: query_mod.Query) -> query_mod.Query:
            if not is_speaker_leaf(node):
                return node
            match = names.matching(node)
            if match is None:  # a form of words not read by name: the indexed names
                return node
            docnums = self._speaker_docnums(searcher, names, match)
            if node.fieldname != SPEAKER_ID:
                docnums = sorted({*docnums, *self._unnamed_docnums(searcher, node)})
            if kind == "quote":
                return DocSet(docnums, str(node))
            return _articles_of(searcher, docnums)

        return parsed.accept(resolve)

    def _quotes_as_articles(self, searcher: Searcher, parsed) -> query_mod.Query:
        """`quote:` parts in the articles scope as the articles quoting such words."""
        if not mentions_quote_field(parsed):
            return parsed
        return quotes_as_articles(searcher, parsed, self._owners(searcher))

    def _unnamed_docnums(self, searcher: Searcher, leaf: query_mod.Query) -> list[int]:
        """Quotes nobody is named for, whose indexed description matches a speaker leaf."""
        recent = self._cache(searcher).setdefault("unnamed_docs", OrderedDict())
        key = (self._corrections_version, repr(leaf))
        with self._caches_lock:
            if key in recent:
                recent.move_to_end(key)
                return recent[key]
        unnamed = set(term_docnums(searcher, "speaker_key", ""))
        found = [n for n in searcher.docs_for_query(leaf) if n in unnamed]
        if self._corrected_table().fixed_articles():  # some may have been given a speaker
            found = [n for n in found if self._speaker_id_of(searcher, n) is None]
        with self._caches_lock:
            recent[key] = found
            while len(recent) > RECENT_MATCH_SETS:
                recent.popitem(last=False)
        return found

    def _speaker_id_of(self, searcher: Searcher, docnum: int) -> str | None:
        return self._with_ids(quote_from_fields(searcher.stored_fields(docnum))).speaker_id

    def _speaker_names_index(self) -> SpeakerNames:
        corrected = self._corrected_table()
        kept = self._name_words
        if kept is not None and kept[0] is corrected:
            return kept[1]
        names = SpeakerNames(corrected, self._speaker_tokens)
        self._name_words = (corrected, names)
        return names

    def _speaker_tokens(self, text: str) -> list[str]:
        """The words of a name as the query parser reads those of `speaker:`."""
        field = self._speaker_field
        if field is None:
            field = self._speaker_field = self.ix.schema["speaker"]
        return list(field.process_text(text, mode="query"))

    def _speaker_docnums(self, searcher: Searcher, names: SpeakerNames, match: SpeakerMatch):
        """The quote documents of some speakers, kept for the last few sets asked."""
        recent = self._cache(searcher).setdefault("speaker_docs", OrderedDict())
        key = (self._corrections_version, match)
        ids = match.ids
        with self._caches_lock:
            if key in recent:
                recent.move_to_end(key)
                return recent[key]
        plan = names.plan(set(ids))
        found = _pair_docnums(searcher, plan.sure)
        unsure = _pair_docnums(searcher, plan.check)
        quotes = set(term_docnums(searcher, "kind", "quote")) if plan.articles else set()
        for article in plan.articles:
            unsure.update(n for n in term_docnums(searcher, "article_id", article) if n in quotes)
        found.update(n for n in sorted(unsure - found) if self._speaker_id_of(searcher, n) in ids)
        for article, name, owner in match.pairs:
            pair = _pair_docnums(searcher, {(article, name)}) - found
            heirs = names.heirs(owner)
            found.update(n for n in sorted(pair) if self._speaker_id_of(searcher, n) in heirs)
        docnums = sorted(found)
        with self._caches_lock:
            recent[key] = docnums
            while len(recent) > RECENT_MATCH_SETS:
                recent.popitem(last=False)
        return docnums

    def _match_terms(self, searcher, parsed) -> set[str]:
        """The indexed words a query matched, prefix and fuzzy terms expanded; never
        the words it leaves out (`-"general strike"`), which are no hits."""
        found: set[str] = set()
        reader = searcher.reader()
        parsed = _without_negations(parsed) if parsed else parsed
        for fieldname, word in parsed.iter_all_terms(phrases=True) if parsed else ():
            if fieldname in ("text", "title", "quote") and isinstance(word, str):
                found.add(word)
        for sub in parsed.leaves() if hasattr(parsed, "leaves") else ():
            if isinstance(sub, query_mod.PatternQuery | query_mod.FuzzyTerm) and sub.fieldname in (
                "text",
                "quote",
            ):
                found.update(
                    w.decode() if isinstance(w, bytes) else w
                    for w in itertools.islice(sub._btexts(reader), 200)
                )
        return found

    def match_spans(self, article_id: str, query: str) -> list[Span]:
        """Where a query's words occur in an article, for highlighting and n / N, and
        the dates a `mentions:` filter found it by."""
        article = self.article(article_id)
        if article is None or not query.strip() or check_syntax(query):
            return []
        dates = self._mentioned_spans(article_id, query)
        try:
            parsed = self._parse(("title", "text"), query)
        except Exception:
            return dates
        with self.searcher() as searcher:
            found = self._word_spans(searcher, article, parsed)
        words = [Span(s, e, "match") for s, e in found]
        return sorted({*words, *dates}, key=lambda span: (span.start, span.end))

    def _word_spans(self, searcher: Searcher, article: Article, parsed) -> list[tuple[int, int]]:
        """The query's words in the text; `quote:` words only inside the quotes they matched."""
        quoted = None
        if mentions_quote_field(parsed):
            quoted = self._quote_matches(
                searcher, self._quotes_as_articles(searcher, parsed), "article"
            )
        if quoted is None:
            return list(term_spans(article.text, self._match_terms(searcher, parsed)))
        docnum = searcher.document_number(id=f"a:{article.id}")
        quotes = self._quote_spans(searcher, quoted.quotes.get(docnum, []))
        inside = [
            (a + x, a + y)
            for a, b in quotes
            for x, y in term_spans(article.text[a:b], quoted.words)
        ]
        return [*inside, *term_spans(article.text, quoted.other_words)]

    def _quote_spans(self, searcher: Searcher, docnums: Iterable[int]) -> list[tuple[int, int]]:
        """Where some quote documents sit in their article's text."""
        quotes = (quote_from_fields(searcher.stored_fields(n)) for n in docnums)
        return [(quote.start, quote.end) for quote in quotes]

    def _mentioned_spans(self, article_id: str, query: str) -> list[Span]:
        spans: set[Span] = set()
        for low, high in mentioned_ranges(query):
            for event in self.events(article_id=article_id, date_from=low, date_to=high):
                if event.kind == "mentioned" and event.value is not None:
                    spans.add(Span(event.start, event.end, "match"))
        return sorted(spans, key=lambda span: (span.start, span.end))

    def quotes(
        self,
        *,
        article_id: str | None = None,
        speaker_id: str | None = None,
        group: str | None = None,
    ) -> list[Quote]:
        """Quotes of one article, one speaker or one group, in the order they were said:
        by their article's date (the undated after), then article, then text order."""
        return self._quotes(self._corrected_table(), article_id, speaker_id, group)

    def _quotes(
        self,
        corrected: CorrectedTable,
        article_id: str | None = None,
        speaker_id: str | None = None,
        group: str | None = None,
    ) -> list[Quote]:
        table = corrected.table
        parts: list[query_mod.Query] = [query_mod.Term("kind", "quote")]
        wanted: set[tuple[str, int]] | None = None
        if article_id:
            parts.append(query_mod.Term("article_id", article_id))
        if speaker_id:
            owners = {speaker_id, corrected.split_from(speaker_id)}
            keys = {name_key(name) for (_a, name), sid in table.speaker_of.items() if sid in owners}
            given = corrected.articles_given(speaker_id)
            parts.append(
                query_mod.Or(
                    [query_mod.Term("speaker_key", k) for k in keys]
                    + [query_mod.Term("article_id", a) for a in given]
                    or [query_mod.NullQuery]
                )
            )
        if group:
            wanted = {key for key, gid in table.group_of.items() if gid == group}
            parts.append(
                query_mod.Or(
                    [query_mod.Term("article_id", a) for a, _s in wanted] or [query_mod.NullQuery]
                )
            )
        with self.searcher() as searcher:
            hits = searcher.search(query_mod.And(parts), limit=None)
            stored = [hit.fields() for hit in hits]
            dated = [
                (fields.get("qdate"), self._with_ids(quote_from_fields(fields), corrected))
                for fields in stored
            ]
        if speaker_id:
            dated = [(day, q) for day, q in dated if q.speaker_id == speaker_id]
        if wanted is not None:
            dated = [(day, q) for day, q in dated if (q.article_id, q.start) in wanted]
        return [q for _day, q in sorted(dated, key=_said_order)]

    def _with_ids(self, quote: Quote, corrected: CorrectedTable | None = None) -> Quote:
        """A quote as the index holds it, with its speaker and group as corrected.

        `corrected` is given while the corrected table is being worked out.
        """
        corrected = corrected or self._corrected_table()
        table = corrected.table
        sid = table.speaker_of.get((quote.article_id, quote.speaker or ""))
        sid = corrected.split_speaker(sid, quote.mention, quote.antecedent)
        gid = table.group_of.get((quote.article_id, quote.start))
        name = corrected.names.get(sid, quote.speaker) if sid else quote.speaker
        kind = corrected.kinds.get(sid, quote.speaker_kind) if sid else quote.speaker_kind
        basis = shown_basis(quote.basis, quote.speaker, name)
        quote = replace(
            quote, speaker_id=sid, group=gid, speaker=name, speaker_kind=kind, basis=basis
        )
        return corrected_quote(quote, corrected.fix_for(quote.article_id, quote.start))

    def speakers(self) -> list[Speaker]:
        """Everyone quoted, aliases merged, most quoted first."""
        return list(self.table.speakers)

    def events(
        self,
        *,
        article_id: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        query: str | None = None,
        source: str | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Dated expressions in date order, then the unresolved ones (value None), then
        those that name no date ("now", "recently": `PRESENT_REF` and the like), in a
        group of their own at the end rather than among the unresolved.

        `query` keeps the events of the articles it matches. Only the events
        returned are read from the index (and the rest of the last day a `limit`
        cuts into, so the first `limit` are the list's own first ones): the rest
        are ordered and filtered through columns, so a `limit` keeps this cheap
        at any corpus size.
        """
        with self.searcher() as searcher:
            found = self._event_docnums(searcher, article_id, date_from, date_to, query, source)
            flags = self._published_flags(searcher)
            chosen: list[int] = []
            references: list[int] = []
            last = None
            for day, docnum in found:
                if day == UNDATED_EVENT and flags[docnum] == 2:
                    references.append(docnum)
                elif limit is None or len(chosen) < limit or day == last:
                    chosen.append(docnum)
                    last = day
                else:
                    break
            events = sorted(map(self._stored_event(searcher), chosen), key=_event_order)
            if limit is None or len(events) < limit:
                events += sorted(map(self._stored_event(searcher), references), key=_event_order)
        return events[:limit]

    @staticmethod
    def _stored_event(searcher: Searcher) -> Callable[[int], Event]:
        return lambda docnum: event_from_fields(searcher.stored_fields(docnum))

    def timeline_page(
        self,
        *,
        around: dt.date | str | None = None,
        start: int | None = None,
        before: int = 10,
        after: int = 30,
        grouping: Grouping = "day",
        dates: WhichDates = "mentioned",
        query: str | None = None,
        source: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        samples: int = 3,
        count_all: bool = False,
        skip: int = 0,
    ) -> TimelinePage:
        """Groups of the timeline on both sides of a date, a few entries under each.

        Args:
            around: a day or a TimeML value ("1987-03", "1987-W10"); the page
                starts `before` groups ahead of it. Default: where the news is
                (`timeline_anchor`).
            start: a position in the whole list instead of `around` (a group's
                `position`, for paging on from it).
            dates: the dates mentioned in the text, the publication dates, or both.
            samples: entries read under each heading; the rest are only counted.
            count_all: count the articles of every heading, even one too large
                to count while a screen waits (`timeline_page` leaves those None).
            skip: entries of the group at `start` passed over, in list order, before
                its `samples` are read: a group of any size is read a part at a time.
        """
        with self.searcher() as searcher:
            keys = self._timeline_keys(searcher, dates, query, source, date_from, date_to)
            undated = self._undated_articles(searcher, dates, query, source, date_from, date_to)
            keys = _with_undated(keys, undated)
            if start is None:
                day = self._around_day(searcher, keys, around)
                start = _dated_position(
                    keys, landing(keys, day, grouping) if day is not None else 0
                )
            # Every heading counts its articles: a first page without the
            # counts read differently from the same page after a jump.
            owners = self._article_keys(searcher) if len(keys) else None
            if owners is not None and undated:
                owners = _OwnArticles(owners, undated)

            def read(docnums: Sequence[int]) -> list[tuple[Event, str, str]]:
                return [_timeline_entry(searcher.stored_fields(docnum)) for docnum in docnums]

            source_keys = self._source_keys(searcher) if len(keys) else None
            source_name = self._source_namer(searcher)

            def sources(first: int, last: int, owners: Any, articles: int | None):
                counted = count_sources(keys, first, last, source_keys, owners, articles)
                named = [(source_name(key), n) for key, n in counted]
                return sorted(named, key=lambda pair: (-pair[1], pair[0].lower()))

            page = page_of_groups(
                keys,
                grouping=grouping,
                start=min(start, len(keys)),
                before=before,
                after=after,
                read=read,
                owners=owners,
                samples=samples,
                count_all=count_all,
                skip=skip,
                sources=sources if source_keys is not None else None,
            )
            return replace(page, undated=len(undated)) if undated else page

    def timeline_groups_near(
        self,
        around: dt.date | str,
        limit: int,
        *,
        grouping: Grouping = "day",
        dates: WhichDates = "mentioned",
        query: str | None = None,
        source: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        samples: int = 3,
    ) -> list[TimelineGroup]:
        """The `limit` dated groups nearest a date, in timeline order, each counted whole:
        what `timeline --around DATE --group G --limit N` lists. The first is the one
        `timeline_page` lands on there (`nearest_groups`)."""
        filters = {"query": query, "source": source, "date_from": date_from, "date_to": date_to}
        with self.searcher() as searcher:
            keys = self._timeline_keys(searcher, dates, **filters)
            day = self._around_day(searcher, keys, around)
            if day is None or not len(keys):
                return []
            positions = nearest_groups(keys, day, grouping, limit)
        # A page of one group from each, read as any page is: the undated articles
        # `timeline_page` lists last leave the positions of the dated entries as they are.
        return [
            self.timeline_page(
                start=position,
                before=0,
                after=1,
                grouping=grouping,
                dates=dates,
                samples=samples,
                count_all=True,
                **filters,
            ).groups[0]
            for position in positions
        ]

    def timeline_events(
        self,
        *,
        around: dt.date | str | None = None,
        limit: int | None = None,
        dates: WhichDates = "all",
        query: str | None = None,
        source: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> list[Event]:
        """Events in timeline order; with `around`, the `limit` nearest that date, either side.

        `around` is a day or a TimeML value; the whole timeline is never read,
        only the entries returned. The publication dates (and both kinds together)
        end with an entry for each article that has none (`Event.undated_article`),
        as `timeline_page` lists them; near a date, or in a date range, they are not.
        """
        with self.searcher() as searcher:
            keys = self._timeline_keys(searcher, dates, query, source, date_from, date_to)
            if around is None:
                keys = _with_undated(
                    keys,
                    self._undated_articles(searcher, dates, query, source, date_from, date_to),
                )
            positions: Iterable[int] = range(len(keys) if limit is None else min(limit, len(keys)))
            if around is not None:
                day = self._around_day(searcher, keys, around)
                span = sortday_span(day) if day is not None else None
                if day is not None and span is not None and limit is not None:
                    positions = nearest(keys, day, limit)
                elif span is not None:
                    # Every date from the period on is every date starting in it or later,
                    # as `--from` keeps them: where a date sorts is not where it starts
                    # ("summer 2024" sorts at the head of 2024). Near a date lie dated
                    # entries only, so the unresolved and the undated are left out.
                    keys = contained_keys(keys, span[0], None)
                    positions = range(len(keys))
                else:
                    first, end = position_of(keys, 1), position_of(keys, UNDATED_EVENT)
                    positions = range(first, end)
            return [
                _timeline_entry(searcher.stored_fields(keys[n] & 0xFFFFFFFF))[0] for n in positions
            ]

    def timeline_entries(
        self,
        *,
        dates: WhichDates = "all",
        query: str | None = None,
        source: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> Iterator[tuple[Event, Article | None]]:
        """Every entry of a timeline in its order, each with its article: what an export
        cites. The entries are `timeline_events`' with no `around` nor `limit`.

        They are read as they are taken, so an export writes each row as it goes and
        holds no more than the rows it is writing: read into a list first, the 56,000
        dates of Reuters and their articles held 160 MB. Each article is read once,
        found through the document-to-article map (looked up by id, the 14,000
        articles of Reuters' dates took 20 s), shared by its entries and let go after
        its last one. Read on one thread, like any searcher.
        """
        with self.searcher() as searcher:
            keys = self._timeline_keys(searcher, dates, query, source, date_from, date_to)
            undated = self._undated_articles(searcher, dates, query, source, date_from, date_to)
            listed = _with_undated(keys, undated)
            owners = self._owners(searcher)

            def owner_of(key: int) -> int:
                docnum = key & 0xFFFFFFFF
                return docnum if key >> 32 == UNDATED_ARTICLE else owners[docnum]

            left = Counter(owner_of(key) for key in listed)
            articles: dict[int, Article | None] = {}
            for key in listed:
                owner = owner_of(key)
                if owner not in articles:
                    stored = searcher.stored_fields(owner) if owner >= 0 else None
                    articles[owner] = article_from_fields(stored) if stored else None
                left[owner] -= 1
                article = articles[owner] if left[owner] else articles.pop(owner)
                yield _timeline_entry(searcher.stored_fields(key & 0xFFFFFFFF))[0], article

    def timeline_counts(
        self,
        *,
        dates: WhichDates = "mentioned",
        query: str | None = None,
        source: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> list[tuple[int, int]]:
        """(sortday, count) of the timeline's entries, for its chart (unresolved left out)."""
        with self.searcher() as searcher:
            keys = self._timeline_keys(searcher, dates, query, source, date_from, date_to)
            cache = self._cache(searcher).setdefault("timeline_counts", {})
            key = (id(keys), len(keys))
            if key not in cache:
                cache.clear()
                cache[key] = (keys, day_counts(keys))
            return cache[key][1]

    def timeline_anchor(self, dates: WhichDates = "mentioned") -> dt.date | None:
        """Where the news is: the first day of the month most articles were published in,
        failing publication dates the month most mentioned, failing those None."""
        with self.searcher() as searcher:
            day = self._news_month(searcher, dates)
        return dt.date(day // 10000, day // 100 % 100, 1) if day else None

    def typed_dates_origin(self) -> TypedDatesOrigin | None:
        """The day a date a user types ("last week", "next year") counts from, and why.

        The run's reference date when one was given (a month's or a year's first
        day), since the user said when the articles were written. Else the month
        most articles were published in. With no publication date at all, the date
        the undated articles' settings files give, the day every ≈ date of theirs
        counts from (the most common one where folders differ); failing that, the
        month most mentioned. None when nothing gives a day.
        """
        if self.reference_date is not None:
            given = self.reference_date
            return TypedDatesOrigin(given.first, "reference-date", given)
        with self.searcher() as searcher:
            published = self._published_month(searcher)
            if published is None and (settings := self._settings_origin(searcher)):
                return settings
            month = published or self._news_month(searcher, "mentioned")
        if month is None:
            return None
        day = dt.date(month // 10000, month // 100 % 100, 1)
        return TypedDatesOrigin(day, "published" if published else "mentioned")

    def _published_month(self, searcher: Searcher) -> int | None:
        cache = self._cache(searcher)
        if "published_month" not in cache:
            cache["published_month"] = busiest_month(self._day_lists(searcher, "article").keys)
        return cache["published_month"]

    def _news_month(self, searcher: Searcher, dates: WhichDates) -> int | None:
        cache = self._cache(searcher)
        if ("news_month", dates) not in cache:
            month = self._published_month(searcher)
            if month is None:
                month = busiest_month(self._timeline_keys(searcher, dates, None, None, None, None))
            cache[("news_month", dates)] = month
        return cache[("news_month", dates)]

    def articles_counting_from_nothing(self) -> frozenset[str]:
        """The undated articles read against no reference date (no `--reference-date`,
        no settings file): their dates told from the day they were written ("yesterday",
        "next week") are unresolved for want of that day, which the user can give.

        Taken from the records, as the dates on screen were read: empty for an index
        of a version that did not keep them.
        """
        with self.searcher() as searcher:
            cache = self._cache(searcher)
            if "counting_from_nothing" not in cache:
                against = self._read_against(searcher)
                cache["counting_from_nothing"] = frozenset(a for a, r in against.items() if not r)
            return cache["counting_from_nothing"]

    def _read_against(self, searcher: Searcher) -> Mapping[str, str]:
        """What each undated article was read against, from the records: read once per
        searcher, and not at all when every article has a date (the records are read
        whole, 0.3 s at 100k articles, and a first paint asks)."""
        cache = self._cache(searcher)
        if "read_against" not in cache:
            books: Mapping = {}
            if self._commit and self._has_undated(searcher):
                try:
                    books = read_books(self.index_dir, self._commit)
                except IndexDamagedError:
                    books = {}
            cache["read_against"] = books.get("read_against") or {}
        return cache["read_against"]

    def _has_undated(self, searcher: Searcher) -> bool:
        """Whether any article has no publication date (they sort first, at day 0)."""
        for day, _docnum in self._day_lists(searcher, "article").pairs():
            return not day
        return False

    def _settings_origin(self, searcher: Searcher) -> TypedDatesOrigin | None:
        """The settings date most undated articles were read against, as indexed: the
        records name it for each, so it is the one their ≈ dates say they count from."""
        cache = self._cache(searcher)
        if "settings_origin" not in cache:
            cache["settings_origin"] = settings_origin(self._read_against(searcher))
        return cache["settings_origin"]

    def _around_day(self, searcher: Searcher, keys, around: dt.date | str | None) -> int | None:
        if isinstance(around, dt.date):
            return _yyyymmdd(around)
        if around:
            return period_key(around)
        return self._news_month(searcher, "mentioned")

    def _timeline_keys(self, searcher: Searcher, dates, query, source, date_from, date_to):
        """The packed keys of the events a timeline shows, in order; kept for recent filters.

        The whole timeline of one kind of date is a list of its own, so the
        first screen pays for no more than it shows; a range of it is a slice.
        """
        query = " ".join((query or "").split())
        if dates != "all" and not (query or source):
            keys = self._day_lists(searcher, f"event:{dates}").keys
            return contained_keys(keys, date_from, date_to)
        recent = self._cache(searcher).setdefault("timelines", OrderedDict())
        key = (dates, query, (source or "").lower(), date_from, date_to, self._corrections_version)
        with self._caches_lock:
            if key in recent:
                recent.move_to_end(key)
                return recent[key]
        wanted = {"published": (1,), "mentioned": (0,), "all": (0, 1)}[dates]
        # Without a range the unresolved entries stay, listed last as in the
        # unfiltered timeline; `within` holds only dates, so a range drops them.
        inside = within(date_from, date_to) if date_from or date_to else None
        keys = self._event_keys(searcher, None, query, source, wanted, inside)
        with self._caches_lock:
            recent[key] = keys
            while len(recent) > RECENT_TIMELINES:
                recent.popitem(last=False)
        return keys

    def _undated_articles(
        self, searcher: Searcher, dates: WhichDates, query, source, date_from, date_to
    ) -> set[int]:
        """The articles with no publication date that a timeline's filters keep: the
        publication dates list them last, as the dates mentioned list the unresolved,
        and so does a list of both kinds. None in the dates mentioned, nor in a date
        range, which they cannot fall in."""
        found: set[int] = set()
        if dates == "mentioned" or date_from or date_to:
            return found
        for day, docnum in self._day_lists(searcher, "article").pairs():
            if day:  # undated articles sort first, at day 0
                break
            found.add(docnum)
        if found and source:
            found &= set(searcher.docs_for_query(query_mod.Term("source", source.lower())))
        if found and query and query.strip():
            found &= set(self._matching_articles(searcher, query).tolist())
        return found

    def _published_flags(self, searcher: Searcher) -> bytearray:
        """By document number: 1 for a publication event, 2 for a reference ("now"), else 0."""
        cache = self._cache(searcher)
        if "published" not in cache:
            codes = self._kind_codes(searcher)
            if codes is not None:  # from the kinds' column: the postings took 0.1 s at 100k
                if "deleted" not in cache:
                    cache["deleted"] = deleted_docnums(searcher)
                flags = coded(codes, {KIND_CODES["published"]: 1, KIND_CODES["reference"]: 2})
                for docnum in cache["deleted"]:
                    flags[docnum] = 0
            else:
                flags = bytearray(searcher.doc_count_all())
                for flag, kind in ((1, "published"), (2, "reference")):
                    for docnum in term_docnums(searcher, "ekind", kind):
                        flags[docnum] = flag
            cache["published"] = flags
        return cache["published"]

    def prepare_timeline_filters(self) -> None:
        """Build ahead of time what filtering the timeline by a query needs.

        The first query-filtered timeline otherwise pays for the document-to-article
        map and the kinds of dates (about 0.1 s at 100k articles); a front end
        can call this while the user is reading.
        """
        with self.searcher() as searcher:
            if len(self._day_lists(searcher, "event")):
                self._owners(searcher)
                self._published_flags(searcher)

    def event_counts(
        self,
        *,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        query: str | None = None,
        source: str | None = None,
        by: Literal["day", "month", "year"] = "month",
    ) -> list[tuple[str, int]]:
        """How many resolved events fall in each day, month or year, for a histogram."""
        divisor = {"day": 1, "month": 100, "year": 10000}[by]
        unfiltered = not (date_from or date_to or source or (query and query.strip()))
        with self.searcher() as searcher:
            cache = self._cache(searcher)
            counts = cache.get(("counts", by)) if unfiltered else None
            if counts is None:
                counts = Counter()
                found = self._event_docnums(searcher, None, date_from, date_to, query, source)
                counts.update(
                    day // divisor
                    for day, _docnum in found
                    if day != UNDATED_EVENT and (by != "day" or is_day(day))
                )
            if unfiltered:  # the whole corpus's histogram, asked for whenever the query is cleared
                cache[("counts", by)] = counts
        # A key ending in 00 is coarser than the bucket ("2026" by month): no place in it.
        keys = sorted(k for k in counts if by == "year" or k % 100)
        return [(_period_label(key, by), counts[key]) for key in keys]

    def _event_docnums(
        self, searcher, article_id, date_from, date_to, query, source
    ) -> Iterator[tuple[int, int]]:
        """(sortday, docnum) of the events matching the filters, in date order, lazily.

        Walks the per-searcher sorted day list, so a `limit` stops early and
        no event is read or sorted per call. A query or a source is judged for
        all events at once on arrays instead (see `_event_keys`).
        """
        day_list = self._day_lists(searcher, "event")
        low, high = 0, UNDATED_EVENT
        positions = None
        inside = within(date_from, date_to)
        if date_from or date_to:
            low, high = key_bounds(date_from, date_to)
            positions = day_list.span(low, high)
        if (query and query.strip()) or source:
            ranged = None
            if positions is not None:
                ranged = lambda day: low <= day <= high and inside(day)  # noqa: E731
            yield from unpack(self._event_keys(searcher, article_id, query, source, None, ranged))
            return
        if article_id:  # one article's few dates, found on the array, not by a walk
            mine = term_docnums(searcher, "article_id", article_id)
            positions = day_list.positions_of(mine, positions)
        for day, docnum in day_list.pairs(positions):
            if (date_from or date_to) and not inside(day):
                continue
            yield day, docnum

    def _event_keys(
        self,
        searcher: Searcher,
        article_id: str | None,
        query: str | None,
        source: str | None,
        flags: tuple[int, ...] | None,
        day_test: Callable[[int], bool] | None,
    ) -> array:
        """Packed keys of the events kept by the filters, in day order, judged on arrays.

        `flags` are the `_published_flags` values kept; `day_test` is asked once per day.
        A query keeps the events of the articles it matches: judged an event at
        a time in Python that took 0.3-0.5 s for a word most articles hold, and
        gathering a narrow query's events by article needed a second map.
        """
        events = self._day_lists(searcher, "event")
        if not len(events):  # nor any article map to build: an empty index has no columns
            return array("q")
        size = searcher.doc_count_all()
        kept = None
        masks = []
        for name, value in (("article_id", article_id), ("source", (source or "").lower())):
            if value:
                masks.append(docnum_mask(term_docnums(searcher, name, value), size))
        if query and query.strip():
            wanted = docnum_mask(self._matching_articles(searcher, query), size)
            masks.append(owned_by(wanted, self._owners(searcher)))
        if flags is not None:
            masks.append(values_in(self._published_flags(searcher), flags))
        for mask in masks:
            kept = mask if kept is None else kept & mask
        return keys_kept(events.keys, kept, day_test)

    def _newest(
        self,
        searcher: Searcher,
        text: str,
        kind: str,
        days,
        limit: int,
        matched: set[int] | None = None,
        terms: set[str] | None = None,
        quoted: QuoteMatches | None = None,
    ) -> SearchResults:
        """Every document of a kind (or the `matched` ones), newest first, straight from
        the sorted day list."""
        day_list = self._day_lists(searcher, kind)
        allowed = self._days_filter(searcher, kind, *days) if days else None
        if matched is not None:
            allowed = matched if allowed is None else allowed & matched
        total = len(allowed) if allowed is not None else len(day_list)
        newest_first = day_list.pairs(reversed(range(len(day_list))))
        dated = (n for day, n in newest_first if day and (allowed is None or n in allowed))
        # A date range never holds the undated, and `allowed` then has none of them.
        undated = (
            n for day, n in day_list.pairs() if not day and (allowed is None or n in allowed)
        )
        chosen = list(itertools.islice(itertools.chain(dated, undated), limit))
        hits = [self._stored_hit(searcher, n, 0.0, terms or set(), kind, quoted) for n in chosen]
        return SearchResults(text, total, _in_text_order(hits), newest_first=True)

    def _days_filter(
        self, searcher: Searcher, kind: str, date_from: dt.date | None, date_to: dt.date | None
    ) -> set[int]:
        """Documents of a kind dated in a range, from a per-searcher sorted day list.

        A date range as a query expands into many trie terms whose postings
        are merged on every search; bisecting a list built once per searcher
        costs microseconds.
        """
        day_list = self._day_lists(searcher, kind)
        low = _yyyymmdd(date_from) if date_from else 1  # undated (0) never in a range
        high = _yyyymmdd(date_to) if date_to else UNDATED_EVENT
        return day_list.docnums(day_list.span(low, high))

    def _cache(self, searcher: Searcher) -> dict:
        """Lists derived from one version of the index, shared by all its searchers.

        Each pane's thread borrows its own searcher; kept per searcher, the day
        lists and event maps (about 15 MB and 1 s to build at 100k articles)
        were built again by every pane's searcher. Document numbers are the same
        for every searcher of one commit, which the segment ids and the commit
        generation name; only the two latest versions are kept.
        """
        reader = searcher.reader()
        leaves = (leaf.segment() for leaf, _ in reader.leaf_readers())
        segments = tuple(segment.segment_id() for segment in leaves if segment is not None)
        version = (segments, self._commit_id())
        with self._caches_lock:
            cache = self._caches.get(version)
            if cache is None:
                cache = self._caches[version] = {}
                while len(self._caches) > KEPT_VERSIONS:
                    self._caches.popitem(last=False)
            return cache

    def _day_lists(self, searcher: Searcher, kind: str) -> DayList:
        """Documents of a kind ("article", "event", or "event:mentioned" for one kind of
        event) in day order, built once per index version."""
        lists = self._cache(searcher)
        if kind not in lists:
            codes = self._kind_codes(searcher)
            if codes is None:  # no kinds' column: the posting lists (none in an empty index)
                field, _colon, term = kind.rpartition(":")
                docs = term_docnums(searcher, "ekind" if field else "kind", term)
                days = numeric_column(searcher, "sortday") if docs else ()
                lists[kind] = DayList(docs, days)
            else:
                if "deleted" not in lists:
                    lists["deleted"] = deleted_docnums(searcher)
                days = numeric_column(searcher, "sortday")
                lists[kind] = DayList.of_kind(codes, days, kind_codes(kind), lists["deleted"])
        return lists[kind]

    def _kind_codes(self, searcher: Searcher) -> Sequence[int] | None:
        """Every document's kind (see `documents.KIND_CODES`), read once per index version;
        None where there is no such column (an index without documents)."""
        lists = self._cache(searcher)
        if "kind_codes" not in lists:
            reader = searcher.reader()
            has = searcher.doc_count_all() and all(
                leaf.has_column("kcode") for leaf, _base in reader.leaf_readers()
            )
            lists["kind_codes"] = numeric_column(searcher, "kcode") if has else None
        return lists["kind_codes"]

    def _matching_articles(self, searcher, query: str) -> np.ndarray:
        """Document numbers of the articles a query matches, ascending (none for a
        syntax error).

        The last few are kept per index version: the timeline asks for a query's
        events and then their counts, and Whoosh collects the matches in
        Python (0.1 s for a two-word query at 100k articles).
        """
        key = (" ".join(query.split()), self._corrections_version)
        return self._kept(
            searcher,
            "matches",
            key,
            RECENT_MATCH_SETS,
            lambda: self._find_articles(searcher, query),
        )

    def _find_articles(self, searcher, query: str) -> np.ndarray:
        import numpy as np

        if check_syntax(query):
            return np.zeros(0, np.int64)
        try:
            parsed = self._mentions_as_articles(searcher, self._parse(ARTICLE_FIELDS, query))
        except Exception:
            return np.zeros(0, np.int64)
        parsed = self._resolve_speakers(searcher, parsed, "article")
        parsed = self._broad_as_sets(searcher, self._quotes_as_articles(searcher, parsed))
        # Words and their AND / OR read a posting block at a time, kept to the
        # live articles already listed: Whoosh collected them an id at a time
        # (0.7 s for "said" at 100k articles) and read the 100k `kind:article` too.
        found = _quick_docnums(searcher, parsed, self._cache(searcher).get("leaf_scores"))
        if found is not None:
            return found[self._article_mask(searcher)[found]]
        articles = restricted(parsed, [query_mod.Term("kind", "article")])
        return np.array(sorted(set(searcher.docs_for_query(articles))), dtype=np.int64)

    def _article_mask(self, searcher: Searcher) -> Any:
        """The live articles as a `docnum_mask`, built once per index version."""
        lists = self._cache(searcher)
        if "article_mask" not in lists:
            articles = self._day_lists(searcher, "article").docnum_array()
            lists["article_mask"] = docnum_mask(articles, searcher.doc_count_all())
        return lists["article_mask"]

    def _article_keys(self, searcher: Searcher) -> Sequence[int]:
        """For every document, its article's number (see `documents.article_key`).

        One read of a column per index version: what a timeline heading needs
        to count its articles, without the owners map (0.7 s at 100k articles).
        """
        lists = self._cache(searcher)
        if "article_keys" not in lists:
            lists["article_keys"] = numeric_column(searcher, "article_key")
        return lists["article_keys"]

    def _source_keys(self, searcher: Searcher) -> Sequence[int]:
        """For every document its source's `source_key` (0: none), read once per version."""
        lists = self._cache(searcher)
        if "source_keys" not in lists:
            lists["source_keys"] = numeric_column(searcher, "source_key")
        return lists["source_keys"]

    def _source_namer(self, searcher: Searcher) -> Callable[[int], str]:
        """Names a `source_key` as its articles write the source ("The Post"), not as the
        index keeps it ("the post"): read once from the first document listed under it."""
        lists = self._cache(searcher)
        if "source_terms" not in lists:
            terms = (term.decode() for term in searcher.lexicon("source"))
            lists["source_terms"] = {source_term_key(term): term for term in terms}
            lists["source_names"] = {}
        terms: dict[int, str] = lists["source_terms"]
        names: dict[int, str] = lists["source_names"]

        def name(key: int) -> str:
            if key not in names:
                term = terms.get(key, "")
                names[key] = _written_source(searcher, term) if term else "?"
            return names[key]

        return name

    def _owners(self, searcher: Searcher) -> array:
        """For every document, the document number of its article (-1 for none).

        Built once per index version, so filtering the timeline by a query is a
        lookup per event instead of reading each event's article id (2 s for
        the 390k events of 100k articles). Built on arrays (see `owners`): with
        a dictionary of ids it took 250-370 ms at 100k articles.
        """
        lists = self._cache(searcher)
        if "owners" not in lists:
            # The live articles, as the start-up already listed them: asking the
            # index again for its 100k articles' postings took 230 ms.
            articles = self._day_lists(searcher, "article")
            column = bytes_column_whole(searcher, "article_id")
            if column is not None:
                lists["owners"] = article_owners(*column, articles.docnum_array())
            else:
                is_article = articles.docnums(range(len(articles)))
                ids = list(bytes_column(searcher, "article_id"))  # read once, used twice
                article_of = {ids[n]: n for n in is_article}
                lists["owners"] = array("i", [article_of.get(value, -1) for value in ids])
        return lists["owners"]


def _pair_docnums(searcher: Searcher, pairs) -> set[int]:
    """The quotes each article gives under a name, for (article, name key) pairs.

    Read as posting lists and intersected here: Whoosh builds a matcher per
    term of an OR of ANDs, a second for a speaker quoted in a few hundred articles.
    """
    by_key: dict[str, set[int]] = {}
    found: set[int] = set()
    for article, key in sorted(pairs):
        if key not in by_key:
            by_key[key] = set(term_docnums(searcher, "speaker_key", key))
        found.update(n for n in term_docnums(searcher, "article_id", article) if n in by_key[key])
    return found


def _pattern_key(node: query_mod.Query) -> tuple:
    """A pattern leaf without its field: the same word the user typed, in each field."""
    return (type(node), getattr(node, "text", None), getattr(node, "maxdist", None))


def _articles_of(searcher: Searcher, docnums: Sequence[int]) -> query_mod.Query:
    """The articles some quote documents come from, as a query on their ids."""
    ids = {searcher.stored_fields(n)["article_id"] for n in docnums}
    if not ids:
        return query_mod.NullQuery
    return query_mod.Or([query_mod.Term("article_id", i) for i in sorted(ids)])


def _period_label(key: int, by: str) -> str:
    """ "2026-01-08", "2026-01" or "2026" for a yyyymmdd, yyyymm or yyyy key."""
    if by == "day":
        return f"{key // 10000:04d}-{key // 100 % 100:02d}-{key % 100:02d}"
    if by == "month":
        return f"{key // 100:04d}-{key % 100:02d}"
    return f"{key:04d}"


def _dated_position(keys: Sequence[int], start: int) -> int:
    """`start` moved onto the dated entries: a day past the last one ("9999", "next
    year") is the last dated entry, not the unresolved ones sorted after every day,
    and a day before the first is the first."""
    first, end = position_of(keys, 1), position_of(keys, UNDATED_EVENT)
    return min(max(start, first), end - 1) if end > first else start


def _with_undated(keys: Sequence[int], undated: set[int]) -> Sequence[int]:
    """The timeline's keys with undated articles after every date and every unresolved entry."""
    if not undated:
        return keys
    return array("q", [*keys, *(UNDATED_ARTICLE << 32 | n for n in sorted(undated))])


class _OwnArticles:
    """Each document's article number, an undated article's entry counting as its own."""

    def __init__(self, owners: Sequence[int], articles: set[int]) -> None:
        self.owners = owners
        self.articles = articles

    def __getitem__(self, docnum: int) -> int:
        # Article documents carry no article key; ~docnum is one no event has.
        return ~docnum if docnum in self.articles else self.owners[docnum]

    def __len__(self) -> int:
        return len(self.owners)


def _written_source(searcher: Searcher, term: str) -> str:
    """How the first document holding a source term writes that source."""
    for leaf, _base in searcher.reader().leaf_readers():
        if ("source", term) not in leaf:
            continue
        matcher = leaf.postings("source", term)
        if matcher.is_active():
            written = str(leaf.stored_fields(matcher.id()).get("source", ""))
            parts = (part.strip() for part in written.split(","))
            return next((part for part in parts if part.lower() == term), term)
    return term


def _timeline_entry(stored: dict) -> tuple[Event, str, str]:
    """An entry of the timeline as (event, title, source); an undated article's entry is
    its publication date, which it has not, so it lists with no value."""
    payload = stored.get("payload") or {}
    if stored.get("kind") == "article":
        event = Event(stored["article_id"], 0, 0, "", None, "unknown", "published")
        return event, stored.get("title", ""), payload.get("source", "")
    return event_from_fields(stored), payload.get("title", ""), payload.get("source", "")


def _without_negations(parsed: query_mod.Query) -> query_mod.Query:
    """The query with what it leaves out taken away: the words it looks for."""

    def drop(node: query_mod.Query) -> query_mod.Query:
        if isinstance(node, query_mod.Not):
            return query_mod.NullQuery
        if isinstance(node, query_mod.AndNot):
            return node.a
        return node

    return parsed.accept(drop)


def ranked(*args: Any, **kwargs: Any) -> Any:
    """The quick scorer (`bulkscore.ranked`), imported on the first search: it needs
    NumPy, which a run that never searches does without."""
    from .bulkscore import ranked as quick

    return quick(*args, **kwargs)


def _count(results, searcher: Searcher, query: query_mod.Query, allowed: set[int] | None) -> int:
    """The exact number of matches, counted without scoring when the search did not count.

    Whoosh's estimate for one word adds its title and text document counts,
    15-30 % over the truth for a common word; walking the postings once
    (a few ms at 20k articles) gives the number a user can quote.
    """
    if results.has_exact_length():
        return len(results)
    quick = _quick_docnums(searcher, query)
    found = searcher.docs_for_query(query) if quick is None else quick.tolist()
    return sum(1 for n in found if allowed is None or n in allowed)


def _quick_docnums(
    searcher: Searcher, query: query_mod.Query, kept: LeafScores | None = None
) -> np.ndarray | None:
    """The documents of words, patterns and their AND / OR as an ascending array, read
    a posting block at a time; None for any other form.

    Whoosh's `docs_for_query` steps through the postings one id at a time:
    counting `in` (65k articles at 100k) that way took longer than the search.
    A word whose scores a search `kept` is not read again (see `_word_docnums`).
    Arrays, not sets: the timeline's filter for "said" (76k articles in two
    fields) spent 40 ms making and uniting sets of Python integers.
    """
    import numpy as np

    if isinstance(query, DocSet):
        return np.array(query.docnums, dtype=np.int64)  # kept sorted
    if type(query) is query_mod.Term and isinstance(query.text, str):
        return _word_docnums(searcher, query.fieldname, query.text, kept)
    if is_pattern(searcher.reader(), query):
        return np.array(pattern_docnums(searcher.reader(), query), dtype=np.int64)
    if type(query) not in (query_mod.And, query_mod.Or) or not query.subqueries:
        return None
    parts = [_quick_docnums(searcher, sub, kept) for sub in query.subqueries]
    if any(part is None for part in parts):
        return None
    return union_of(parts) if type(query) is query_mod.Or else common_to(parts)


def _word_docnums(
    searcher: Searcher, fieldname: str, text: str, kept: LeafScores | None
) -> np.ndarray:
    """The live documents holding a word, ascending, from the scores a search kept
    where it did.

    The timeline follows the query the search pane has just ranked: unpacking
    the postings of "said" again (76k articles at 100k, each block with its
    positions) was 0.2 s of the timeline's 0.25 s.
    """
    import numpy as np

    tbytes = None
    if kept is not None and fieldname in searcher.schema:
        try:
            tbytes = searcher.schema[fieldname].to_bytes(text)
        except (TypeError, ValueError):
            tbytes = None
    found: list[np.ndarray] = []
    for leaf, base in searcher.reader().leaf_readers():
        if (fieldname, text) not in leaf:
            continue
        segment = leaf.segment()
        docs = None
        if tbytes is not None and segment is not None:
            docs = kept.docnums((segment.segment_id(), fieldname, tbytes))
        if docs is None:
            docs = segment_docnum_array(leaf, fieldname, text)
        else:
            docs = live_in(leaf, docs.astype(np.int64))
        found.append(docs + base if base else docs)
    return np.concatenate(found) if found else np.zeros(0, np.int64)


def _in_text_order(hits: list[Hit]) -> tuple[Hit, ...]:
    """Hits newest first with each article's quotes in the order the article gives them:
    a day's documents taken in reverse listed an article's last quote first."""
    first_seen: dict[str, int] = {}
    for n, hit in enumerate(hits):
        first_seen.setdefault(hit.article_id, n)
    return tuple(
        sorted(hits, key=lambda h: (first_seen[h.article_id], h.quote.start if h.quote else 0))
    )


def _said_order(dated: tuple[dt.datetime | None, Quote]) -> tuple:
    """A speaker's quotes as a reader follows them over time; the undated last."""
    day, quote = dated
    return (day is None, day or dt.datetime.min, quote.article_id, quote.start)


def _sortday_date(day: int) -> dt.date | None:
    """A `mentions:` bound as a day (0 and 99999999 are its open ends)."""
    if day <= 0 or day >= UNDATED_EVENT:
        return None
    return dt.date(day // 10000, day // 100 % 100, day % 100)


def _yyyymmdd(day: dt.date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def _event_order(event: Event) -> tuple:
    """The timeline's own order: a week after the days of its month, as it is keyed."""
    return (
        event_sortday(event.value),
        event.kind != "published",
        event.article_id,
        event.start,
    )
