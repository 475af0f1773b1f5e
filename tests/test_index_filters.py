"""Every search filter against a plain scan of a small corpus built here.

A filter that matches nothing must give nothing (never "no filter"), and a
filter that matches some articles must give exactly those: the ids a search
returns are compared with the ids a straightforward loop over the articles
finds, for empty, partial and full ranges.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsexplore.search import Library
from newsexplore.search.corpus import load_corpus

SOURCES = ("Daily Planet", "Evening Star", "Harbour Gazette")
AUTHORS = ("Ann Lee", "Bob Stone", "Ann Stone")
SPEAKERS = ("Jane Doe", "Paul Grey", "John Doe")
FIRST_DAY = dt.date(2024, 3, 1)


def _write_corpus(folder: Path, count: int = 15) -> None:
    for n in range(count):
        dated = n % 5 != 4  # every fifth article has no date
        day = FIRST_DAY + dt.timedelta(days=40 * n)
        speaker = SPEAKERS[n % 3]
        header = [f"Title: Harbour report {n}"]
        if dated:
            header.append(f"Date: {day.isoformat()}")
        header += [f"Source: {SOURCES[n % 3]}", f"Author: {AUTHORS[n % 3]}"]
        body = (
            f"The harbour council met again on report {n}. "
            f'"We must act together on the harbour," said {speaker}, who chairs the board.\n\n'
            f'"Nothing is settled yet," {speaker} added. The meeting ended late.\n'
        )
        (folder / f"article_{n:02d}.txt").write_text("\n".join(header) + "\n\n" + body)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Library, list]:
    folder = tmp_path_factory.mktemp("corpus")
    _write_corpus(folder)
    library = Library([folder], tmp_path_factory.mktemp("index"))
    for _ in library.update():
        pass
    articles = [a for load in load_corpus([folder]) for a in load.articles]
    assert len(articles) == 15
    return library, articles


def _ids(library: Library, scope: str = "articles", **filters) -> set[str]:
    results = library.search("harbour", scope=scope, limit=1000, **filters)
    assert results.error is None
    assert results.total == len(results.hits)
    return {hit.article_id for hit in results.hits}


DATE_RANGES = [
    (dt.date(2030, 1, 1), None),  # empty: after every article
    (None, dt.date(2000, 1, 1)),  # empty: before every article
    (dt.date(2024, 6, 1), dt.date(2024, 6, 2)),  # empty: between two articles
    (dt.date(2024, 6, 1), None),  # partial
    (None, dt.date(2025, 1, 1)),  # partial
    (dt.date(2024, 7, 1), dt.date(2025, 6, 30)),  # partial
    (dt.date(2000, 1, 1), dt.date(2030, 1, 1)),  # every dated article
]


@pytest.mark.parametrize(("date_from", "date_to"), DATE_RANGES)
@pytest.mark.parametrize("scope", ["articles", "quotes"])
def test_date_filter_equals_a_scan(corpus, scope: str, date_from, date_to) -> None:
    library, articles = corpus
    low, high = date_from or dt.date.min, date_to or dt.date.max
    expected = {a.id for a in articles if a.date and low <= a.date <= high}
    assert _ids(library, scope, date_from=date_from, date_to=date_to) == expected


def test_date_filter_on_an_undated_corpus_finds_nothing(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("Title: Harbour\n\nThe harbour is quiet today.\n")
    library = Library([tmp_path / "c"], tmp_path / "index")
    for _ in library.update():
        pass
    assert _ids(library) == {"a.txt"}
    assert _ids(library, date_from=dt.date(2000, 1, 1)) == set()
    assert _ids(library, date_to=dt.date(2030, 1, 1)) == set()
    assert library.search("", date_from=dt.date(2000, 1, 1)).total == 0


@pytest.mark.parametrize("source", [*SOURCES, "daily planet", "Nowhere Times"])
@pytest.mark.parametrize("scope", ["articles", "quotes"])
def test_source_filter_equals_a_scan(corpus, scope: str, source: str) -> None:
    library, articles = corpus
    expected = {a.id for a in articles if a.source.lower() == source.lower()}
    assert _ids(library, scope, source=source) == expected


@pytest.mark.parametrize("author", ["Ann", "Stone", "Ann Stone", "ann lee", "Carl"])
def test_author_filter_equals_a_scan(corpus, author: str) -> None:
    library, articles = corpus
    wanted = author.lower().split()
    expected = {a.id for a in articles if all(w in a.author.lower().split() for w in wanted)}
    assert _ids(library, author=author) == expected


@pytest.mark.parametrize("speaker", ["Doe", "Jane Doe", "grey", "Nobody"])
@pytest.mark.parametrize("scope", ["articles", "quotes"])
def test_speaker_filter_equals_a_scan(corpus, scope: str, speaker: str) -> None:
    library, _ = corpus
    wanted = speaker.lower().split()
    expected = {
        q.article_id
        for q in library.quotes()
        if q.speaker and all(w in q.speaker.lower().split() for w in wanted)
    }
    assert _ids(library, scope, speaker=speaker) == expected
    if speaker == "Nobody":
        assert expected == set()


def test_filters_combine_as_a_scan(corpus) -> None:
    library, articles = corpus
    low = dt.date(2024, 9, 1)
    expected = {a.id for a in articles if a.date and a.date >= low and a.source == "Evening Star"}
    assert expected and _ids(library, date_from=low, source="Evening Star") == expected
    assert _ids(library, date_from=dt.date(2030, 1, 1), source="Evening Star") == set()


def test_scope_quotes_returns_quotes_of_matching_articles(corpus) -> None:
    library, _ = corpus
    results = library.search("settled", scope="quotes", limit=1000)
    expected = [q for q in library.quotes() if "settled" in q.text.lower()]
    assert sorted((h.quote.article_id, h.quote.start) for h in results.hits) == sorted(
        (q.article_id, q.start) for q in expected
    )
    assert library.search("meeting", scope="quotes").total == 0
