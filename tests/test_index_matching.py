"""Queries that skip through long posting lists find exactly the right documents.

The query API replaces Whoosh's in-block skipping with a binary search and holds
field lengths in memory; these check results and scores against what is known.
"""

from __future__ import annotations

import pytest
from whoosh import fields, query
from whoosh.filedb.filestore import RamStorage

from newsexplore.search.index import postings
from newsexplore.search.index.memcolumns import keep_lengths_in_memory

WORDS = {"alpha": 2, "beta": 3, "gamma": 7, "delta": 127, "omega": 1000}


@pytest.fixture(scope="module")
def searcher():
    assert postings.install()
    schema = fields.Schema(n=fields.NUMERIC(stored=True), body=fields.TEXT(phrase=True))
    ix = RamStorage().create_index(schema)
    with ix.writer() as writer:
        for n in range(3000):
            words = [word for word, step in WORDS.items() if n % step == 0]
            writer.add_document(n=n, body=" ".join(words or ["none"]))
    with ix.searcher() as opened:
        yield opened


def found(searcher, q) -> set[int]:
    return {hit["n"] for hit in searcher.search(q, limit=None)}


@pytest.mark.parametrize(
    ("first", "second"),
    [("alpha", "beta"), ("beta", "gamma"), ("alpha", "delta"), ("gamma", "omega")],
)
def test_and_of_two_words_finds_every_shared_document(searcher, first, second) -> None:
    step_a, step_b = WORDS[first], WORDS[second]
    expected = {n for n in range(3000) if n % step_a == 0 and n % step_b == 0}
    both = query.And([query.Term("body", first), query.Term("body", second)])
    assert found(searcher, both) == expected


def test_not_excludes_exactly_the_other_words_documents(searcher) -> None:
    q = query.And([query.Term("body", "alpha"), query.Not(query.Term("body", "gamma"))])
    assert found(searcher, q) == {n for n in range(3000) if n % 2 == 0 and n % 7}


def test_phrase_matches_only_adjacent_words(searcher) -> None:
    # "alpha beta" is adjacent whenever both are present; "alpha gamma" only when beta is absent.
    adjacent = query.Phrase("body", ["alpha", "gamma"])
    assert found(searcher, adjacent) == {n for n in range(3000) if n % 14 == 0 and n % 3}


def test_lengths_held_in_memory_score_like_lengths_read_from_disk() -> None:
    schema = fields.Schema(n=fields.NUMERIC(stored=True), body=fields.TEXT)
    ix = RamStorage().create_index(schema)
    for batch in range(3):  # several segments
        with ix.writer() as writer:
            for n in range(batch * 50, batch * 50 + 50):
                writer.add_document(n=n, body="copper " + "filler " * (n % 40))
    q = query.Term("body", "copper")
    with ix.searcher() as plain:
        expected = [(hit["n"], hit.score) for hit in plain.search(q, limit=None)]
    with ix.searcher() as held:
        keep_lengths_in_memory(held, ["body"])
        got = [(hit["n"], hit.score) for hit in held.search(q, limit=None)]
    assert got == expected
    # Length still counts: the article with no filler ranks above the longest ones.
    assert got[0][0] % 40 == 0 and got[-1][0] % 40 == 39


def test_a_numeric_column_read_whole_matches_it_read_value_by_value(tmp_path) -> None:
    from whoosh import columns
    from whoosh.filedb.filestore import FileStorage

    from newsexplore.search.index.memcolumns import numeric_column

    schema = fields.Schema(day=fields.COLUMN(columns.NumericColumn("i")), body=fields.TEXT)
    ix = FileStorage(str(tmp_path)).create_index(schema)
    for batch in range(3):  # several segments, the last one without the column
        with ix.writer() as writer:
            for n in range(40):
                if batch < 2:
                    writer.add_document(day=20260100 + n - batch * 1000, body="x")
                else:
                    writer.add_document(body="y")
    with ix.searcher() as searcher:
        one_by_one = searcher.reader().column_reader("day")
        expected = [one_by_one[n] for n in range(searcher.doc_count_all())]
        assert list(numeric_column(searcher, "day")) == expected
        assert expected[0] == 20260100 and expected[40] == 20259100


def test_a_bytes_column_read_whole_holds_every_documents_value(tmp_path) -> None:
    from whoosh.filedb.filestore import FileStorage

    from newsexplore.search.index.memcolumns import bytes_column

    schema = fields.Schema(ref=fields.ID(sortable=True, stored=True), body=fields.TEXT)
    ix = FileStorage(str(tmp_path)).create_index(schema)
    for batch in range(3):  # several segments, the last one without the column
        with ix.writer() as writer:
            for n in range(30):
                if batch < 2:
                    writer.add_document(ref=f"story-{batch}-{n * 7}", body="x")
                else:
                    writer.add_document(body="y")
    with ix.searcher() as searcher:
        count = searcher.doc_count_all()
        expected = [searcher.stored_fields(n).get("ref", "").encode() for n in range(count)]
        assert list(bytes_column(searcher, "ref")) == expected
        assert expected[1] == b"story-0-7" and expected[89] == b""
