"""The result count is the number of matching articles, not Whoosh's estimate.

For one common word Whoosh estimates by adding the word's title and text
document counts, so an article with the word in both was counted twice
(15-30 % too many on Reuters). A count a fact-checker quotes must be exact.
"""

from __future__ import annotations

import json

import pytest

from newsexplore.search import Library

ARTICLES = 1500


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder = tmp_path_factory.mktemp("corpus")
    lines = []
    for n in range(ARTICLES):
        title = f"Harbour news {n}" if n % 3 != 2 else f"Weather news {n}"
        text = f"Report {n}: the harbour opened." if n % 3 != 1 else f"Report {n}: rain."
        lines.append(json.dumps({"id": f"r{n}", "title": title, "text": text}))
    for n in range(ARTICLES // 2):  # articles without the word keep the estimate from capping
        lines.append(json.dumps({"id": f"q{n}", "title": f"Quiet day {n}", "text": f"Calm {n}."}))
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n")
    library = Library([folder], tmp_path_factory.mktemp("index"))
    for _ in library.update():
        pass
    return library


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_a_common_word_is_counted_exactly(library: Library, sort: str) -> None:
    results = library.search("harbour", sort=sort, limit=20)
    assert results.total == ARTICLES and not results.estimated
    assert len(results.hits) == 20


def test_a_word_in_some_titles_only_is_counted_exactly(library: Library) -> None:
    expected = sum(1 for n in range(ARTICLES) if n % 3 == 2)
    assert library.search("weather", limit=5).total == expected
    assert library.search("title:harbour", limit=5).total == ARTICLES - expected
    assert library.search("calm OR weather", limit=5).total == expected + ARTICLES // 2
