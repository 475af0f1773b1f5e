"""Each document's article, and the timeline filtered by a query, made on arrays.

Each is built both ways, as arrays and a document at a time as before, and
compared: on made-up columns with every layout the guess from the nearest
article can get wrong, and on a small index edited after its build (deleted
documents, an article written again apart from its quotes and dates).
"""

from __future__ import annotations

import json
import random
from array import array

import numpy as np
import pytest
from whoosh import query as query_mod

from newsexplore.search import Library, UpdateSummary
from newsexplore.search.index.memcolumns import bytes_column
from newsexplore.search.index.owners import article_owners
from newsexplore.search.index.postings import term_docnums
from newsexplore.search.index.sortdays import within
from newsexplore.search.index.syntax import ARTICLE_FIELDS, restricted

LOW = 0xFFFFFFFF


def owners_by_dictionary(ids: list[bytes], articles: list[int]) -> array:
    """The map as it was built before: every document's id looked up among the articles'."""
    article_of = {ids[n]: n for n in articles}
    return array("i", [article_of.get(value, -1) for value in ids])


def as_column(ids: list[bytes]) -> tuple:
    lengths = np.array([len(value) for value in ids], dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
    return np.frombuffer(b"".join(ids), dtype=np.uint8), starts, lengths


def test_made_up_columns_give_the_map_a_dictionary_of_ids_gives() -> None:
    """Runs of an article's documents after it, and what breaks the runs: documents
    before any article, of no article, of an article written again further on, and
    ids differing only past the first 8 or 16 bytes, or only in length."""
    rng = random.Random(5)
    stems = [b"", b"a", b"ab", b"wire-1", b"wire-10", b"wire-100-r1", b"wire-100-r2"]
    stems += [b"story-2026-01-08-%d" % n for n in range(20)]  # differ past 16 bytes
    stems += [b"x" * 40 + b"%d" % n for n in range(5)]  # long ids, same start
    for _round in range(20):
        ids: list[bytes] = [rng.choice(stems) for _ in range(rng.randrange(4))]
        articles: list[int] = []
        for stem in rng.sample(stems, rng.randrange(1, len(stems))):
            if rng.random() < 0.2:  # its documents first, the article written again later
                ids.extend([stem] * rng.randrange(3))
            articles.append(len(ids))
            ids.extend([stem] * rng.randrange(1, 6))
            if rng.random() < 0.3:  # a document of another article, or of none, in between
                ids.append(rng.choice([*stems, b"nobody"]))
                ids.extend([stem] * rng.randrange(3))
        marked = np.array(articles, dtype=np.int64)
        made = article_owners(*as_column(ids), marked)
        assert made == owners_by_dictionary(ids, articles)
    assert article_owners(*as_column([]), np.empty(0, dtype=np.int64)) == array("i")


def build(library: Library) -> None:
    steps = list(library.update())
    assert isinstance(steps[-1], UpdateSummary)


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """A wire built, then edited: a story changed, a line deleted (every later story's
    own entry written again, apart from its quotes and dates) and a story added."""
    root = tmp_path_factory.mktemp("edited")
    rows = [
        {
            "id": f"s{n}",
            "title": f"Harbour story {n}",
            "source": "Wire" if n % 3 else "Post",
            "date": f"1987-03-{n % 20 + 1:02d}",
            "text": f'Talks {n} resume on April 14, the union said. "We will sign on May {n % 9 + 1}," '
            f"Jane Doe said. {'Gold fell last week.' if n % 4 == 0 else 'Wheat rose.'}",
        }
        for n in range(24)
    ]
    path = root / "wire.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    library = Library([path], root / "index")
    build(library)
    rows[3]["text"] = "Talks end on May 5 and June 6. Gold rose, the union said."
    extra = {"id": "late", "title": "Late story", "date": "1987-04-01", "text": "Gold on June 1."}
    path.write_text("".join(json.dumps(row) + "\n" for row in [*rows[:10], *rows[11:], extra]))
    build(library)
    return library


def test_an_edited_index_gives_the_map_a_dictionary_of_ids_gives(edited: Library) -> None:
    with edited.searcher() as searcher:
        assert searcher.reader().has_deletions()
        articles = sorted(term_docnums(searcher, "kind", "article"))
        expected = owners_by_dictionary(list(bytes_column(searcher, "article_id")), articles)
        assert edited._owners(searcher) == expected
        assert sum(1 for owner in expected if owner >= 0) > 3 * len(articles)


@pytest.mark.parametrize(
    "query", ["gold", "said", "wheat OR gold", "talks AND gold", "harb*", '"union said"', "nothing"]
)
@pytest.mark.parametrize("dates", ["mentioned", "published", "all"])
def test_a_query_keeps_the_events_a_walk_of_every_event_keeps(
    edited: Library, query: str, dates: str
) -> None:
    """The articles a query matches (read from the postings, or from what a search of the
    same words kept), and the timeline filtered by it, with a source and a range too, as
    found by Whoosh and by a walk of every event in Python."""
    import datetime as dt

    with edited.searcher() as searcher:
        parsed = edited._parse(ARTICLE_FIELDS, query)
        restricted_query = restricted(parsed, [query_mod.Term("kind", "article")])
        matched = set(searcher.docs_for_query(restricted_query))
        assert edited._find_articles(searcher, query).tolist() == sorted(matched)
        edited.search(query)  # its words' documents kept, deleted ones with them
        assert edited._find_articles(searcher, query).tolist() == sorted(matched)
        articles = sorted(term_docnums(searcher, "kind", "article"))
        owners = owners_by_dictionary(list(bytes_column(searcher, "article_id")), articles)
        flags = bytearray(searcher.doc_count_all())
        for flag, kind in ((1, "published"), (2, "reference")):
            for docnum in term_docnums(searcher, "ekind", kind):
                flags[docnum] = flag
        wanted = {"published": (1,), "mentioned": (0,), "all": (0, 1)}[dates]
        sources = {"post": set(term_docnums(searcher, "source", "post")), None: None}
        for source in sources:
            for first, last in [(None, None), (dt.date(1987, 4, 1), dt.date(1987, 5, 31))]:
                inside = within(first, last) if first else None
                walked = [
                    key
                    for key in edited._day_lists(searcher, "event").keys
                    if owners[key & LOW] in matched
                    and flags[key & LOW] in wanted
                    and (sources[source] is None or key & LOW in sources[source])
                    and (inside is None or inside(key >> 32))
                ]
                keys = edited._timeline_keys(searcher, dates, query, source, first, last)
                assert list(keys) == walked, (source, first)
