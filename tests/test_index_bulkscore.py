"""Words scored a block at a time rank and count exactly as Whoosh does.

The quick scorer stands in for Whoosh on typed words, so any difference would
change which articles a user sees first. Each query runs both ways on a corpus
of several segments with replaced articles (deleted documents) and the
results are compared: totals, order and scores, to the last bit.
"""

from __future__ import annotations

import datetime as dt
import pickle
import random
import zlib

import pytest
from whoosh.codec import whoosh3
from whoosh.reading import TermNotFound

from newsexplore.search import Library
from newsexplore.search.index import bulkscore, postblocks, postings
from newsexplore.search.index import library as library_module

WORDS = [
    "oil",
    "prices",
    "rose",
    "in",
    "the",
    "bank",
    "of",
    "japan",
    "said",
    "trade",
    "deficit",
    "coffee",
    "exports",
    "wheat",
    "harvest",
    "steel",
    "strike",
    "opec",
    "quota",
    "yen",
    "dollar",
    "market",
    "shares",
    "fell",
    "after",
    "talks",
    "on",
    "a",
    "new",
    "deal",
]
DAY = dt.date(1987, 1, 1)

QUERIES = (
    "oil",
    "in",
    "the",
    "bank of",
    "bank of japan",
    "bank of j",
    "oil prices",
    "trade deficit",
    "oil -prices",
    "oil NOT japan",
    "oil OR coffee",
    "oil OR coffee AND yen",
    "steel strike opec quota yen",
    "zzzz",
    "oil zzzz",
    "oil*",
    "ba*",
    "o*",
    "bank of ja*",
    "japn~",
    '"bank of japan"',
    '"oil prices" OR yen',
    "title:in",
    "text:said",
    "title:oil text:prices",
    "title:bank OR text:japan",
    "said AND NOT oil",
    "in -the",
    "(oil OR coffee) -yen",
    "in date:[1987-02-01 TO 1987-05-01]",
    "said date:[1987-03-01 TO]",
    "the AND of",
)


def _article(rng: random.Random, n: int, edition: int) -> str:
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6)))
    paragraphs = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 60))) + "."
        for _ in range(rng.randint(1, 4))
    ]
    day = DAY + dt.timedelta(days=n + edition)
    return f"Title: {title}\nDate: {day.isoformat()}\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder = tmp_path_factory.mktemp("corpus")
    rng = random.Random(7)
    lib = Library([folder], tmp_path_factory.mktemp("index"))
    for first, count in ((0, 150), (150, 60), (210, 40)):  # three updates: several segments
        for n in range(first, first + count):
            (folder / f"a{n:03d}.txt").write_text(_article(rng, n, 0))
        for _ in lib.update():
            pass
    for n in range(0, 250, 9):  # rewritten articles leave deleted documents behind
        (folder / f"a{n:03d}.txt").write_text(_article(rng, n, 1))
    for _ in lib.update():
        pass
    with lib.searcher() as searcher:
        assert len(searcher.leaf_searchers()) > 1
        assert any(sub.reader().has_deletions() for sub, _ in searcher.leaf_searchers())
    return lib


def _shown(lib: Library, query: str, **options) -> tuple:
    lib.forget_recent_searches()
    results = lib.search(query, limit=20, **options)
    assert results.error is None
    return results.total, [(hit.article_id, hit.score) for hit in results.hits]


def _both_ways(lib: Library, monkeypatch: pytest.MonkeyPatch, query: str, **options):
    """The quick scorer's results, then plain Whoosh's: scoring and block reading its own."""
    quick = _shown(lib, query, **options)
    with monkeypatch.context() as patched:
        patched.setattr(library_module, "ranked", lambda *args, **kwargs: None)
        patched.setattr(whoosh3.W3LeafMatcher, "_read_ids", postings._WHOOSH_READ_IDS)
        whoosh = _shown(lib, query, **options)
    return quick, whoosh


@pytest.mark.parametrize("query", QUERIES)
def test_typed_words_rank_and_count_as_whoosh_does(library, monkeypatch, query) -> None:
    quick, whoosh = _both_ways(library, monkeypatch, query)
    assert quick == whoosh


@pytest.mark.parametrize("query", ["oil", "bank of", "oil -prices"])
def test_a_date_range_keeps_the_same_articles_and_order(library, monkeypatch, query) -> None:
    options = {"date_from": DAY + dt.timedelta(days=30), "date_to": DAY + dt.timedelta(days=120)}
    quick, whoosh = _both_ways(library, monkeypatch, query, **options)
    assert quick == whoosh
    assert 0 < quick[0] < _shown(library, query)[0]


def test_the_quick_scorer_is_the_one_that_ranks_plain_words(library) -> None:
    with library.searcher() as searcher:
        parsed = library._parse(library_module.ARTICLE_FIELDS, "bank of japan")
        found = bulkscore.ranked(searcher, parsed, 5)
    assert found is not None
    total, best = found
    assert total == library.search("bank of japan").total > 5
    assert [score for score, _ in best] == sorted((score for score, _ in best), reverse=True)


@pytest.mark.parametrize("query", ['"bank of japan"', "title:oil^3"])
def test_phrases_and_boosts_are_left_to_whoosh(library, query) -> None:
    with library.searcher() as searcher:
        parsed = library._parse(library_module.ARTICLE_FIELDS, query)
        assert bulkscore.ranked(searcher, parsed, 5) is None


@pytest.mark.parametrize(
    ("before", "query"),
    [("bank of", "bank"), ("bank of", "of"), ("oil -prices", "oil"), ("prices oil", "oil*")],
)
def test_a_word_ranks_the_same_after_searches_that_held_it(
    library, monkeypatch, before, query
) -> None:
    """A word's scores are kept from one search for the next, as typing goes on: what
    an earlier search read of it (in an AND, beside a NOT) must not stand for all of it."""
    library.forget_recent_searches()
    with library.searcher() as searcher:
        library._cache(searcher).pop("leaf_scores", None)
    _shown(library, before)
    quick, whoosh = _both_ways(library, monkeypatch, query)
    assert quick == whoosh


def _whoosh_blocks(matcher) -> tuple[list[int], list[float]]:
    """A word's documents and weights as Whoosh's own block reading gives them."""
    ids: list[int] = []
    weights: list[float] = []
    matcher.reset()
    while matcher.is_active():
        matcher._data = None
        postings._WHOOSH_READ_IDS(matcher)
        matcher._read_weights()
        ids.extend(matcher._ids)
        weights.extend(float(weight) for weight in matcher._weights)
        matcher._next_block()
    return ids, weights


def test_postings_read_without_positions_are_whooshs(library) -> None:
    """Every word of every field, in every segment: the documents and weights read
    without unpickling positions are the ones Whoosh reads, for whole words and block
    by block as Whoosh's own matcher asks for them."""
    words = 0
    with library.searcher() as searcher:
        for leaf, _base in searcher.reader().leaf_readers():
            for fieldname, text in leaf.all_terms():
                matcher = leaf.postings(fieldname, text)
                matcher = getattr(matcher, "child", matcher)  # deleted documents' filter
                if not postblocks.fits(matcher):
                    continue  # postings held in the word's entry
                words += 1
                ids, weights = _whoosh_blocks(matcher)
                docs, found = postblocks.read_arrays(matcher)
                assert (docs.tolist(), found.tolist()) == (ids, weights), (fieldname, text)
                matcher.reset()
                read: list[int] = []
                while matcher.is_active():
                    matcher._read_ids()  # installed over Whoosh's
                    assert matcher._data is None  # the positions were not unpickled
                    read.extend(matcher._ids)
                    matcher._next_block()
                assert read == ids
    assert words > 50


def test_a_block_that_is_not_of_the_expected_shape_is_unpickled_whole() -> None:
    """Postings without positions (a fixed-size value, or none) hold no encoded bytes
    where the positions would begin; their blocks are read as Whoosh reads them."""
    gaps, weights = (5, 1, 2, 7), (1.0, 2.0, 1.0, 3.0)
    for values in (None, b"abcd", (b"x", b"y", b"z", b"w"), (b"", b"y", b"z", b"w")):
        data = pickle.dumps((gaps, weights, values), 2)
        for stored in (data, zlib.compress(data, 3)):
            assert postblocks._gaps_and_weights(stored, stored is not data, 4) == (gaps, weights)


def test_word_entries_kept_answer_as_whooshs_word_list_does(library) -> None:
    """Whether a segment has a word, its document count, frequency and postings'
    place, asked twice (the second from what was kept), and for words it lacks."""
    reader_type = whoosh3.W3TermsReader
    with library.searcher() as searcher:
        for leaf, _base in searcher.reader().leaf_readers():
            terms = leaf._terms
            assert isinstance(terms, reader_type)
            asked = [*list(leaf.all_terms())[:200], ("text", b"zzzz"), ("title", b"")]
            for _ in range(2):
                for fieldname, text in asked:
                    key = terms._keycoder(fieldname, text)
                    present = key in terms._tindex
                    assert ((fieldname, text) in terms) is present
                    assert leaf.doc_frequency(fieldname, text) == (
                        whoosh3.W3TermInfo.read_doc_freq(
                            terms._dbfile, terms._tindex.range_for_key(key)[0]
                        )
                        if present
                        else 0
                    )
                    if present:
                        info = terms.term_info(fieldname, text)
                        original = whoosh3.W3TermInfo.from_bytes(terms._tindex[key])
                        assert info.extent() == original.extent()
                        assert leaf.frequency(fieldname, text) == original.weight()
                    else:
                        with pytest.raises(TermNotFound):
                            terms.term_info(fieldname, text)
