"""Prefixes and wildcards that expand to many words.

`a*` on Reuters expands to about 3,000 words and Whoosh scored them one by
one (10 to 30 s). Past `MAX_SCORED_WORDS` words a pattern is the set of
articles holding any of them: the same articles, with the same count, and
a query of nothing else lists them newest first.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsexplore.search import Library
from newsexplore.search.index.broad import MAX_SCORED_WORDS

MANY = MAX_SCORED_WORDS + 8
WORDS = [f"zephyr{n:03d}" for n in range(MANY)]


def record(n: int, words: list[str], day: str, extra: str = "", title: str = "") -> dict:
    body = f"Report {n} on the harbour. " if n % 2 else f"Report {n} on the bridge. "
    return {
        "id": f"r{n}",
        "title": title or f"Report {n}",
        "date": day,
        "text": body + " ".join(words) + f" {extra}".rstrip() + ".",
    }


def records() -> list[dict]:
    """Ten articles, each holding a few of the words, dated out of order; one holds
    none, one holds one only in its title."""
    days = ["2024-03-05", "2023-01-02", "2024-11-30", "2022-06-15", "2024-07-01"]
    days += ["2021-12-24", "2023-08-08", "2024-02-29", "2020-05-05", "2022-10-10"]
    found = []
    for n, day in enumerate(days):
        words = WORDS[n * 4 : n * 4 + 4] if n < 9 else []
        found.append(record(n, words, day))
    found.append(record(10, [], "2025-01-01", title=f"Report {WORDS[-1]}"))
    return found


def write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "reports.jsonl"
    write(path, records())
    return path


@pytest.fixture
def library(corpus: Path, tmp_path: Path) -> Library:
    built = Library([corpus], tmp_path / "index")
    for _ in built.update():
        pass
    return built


def holding(rows: list[dict], test) -> list[str]:
    """Ids of the rows a test accepts, newest first."""
    chosen = [row for row in rows if test(row["title"] + " " + row["text"])]
    return [row["id"] for row in sorted(chosen, key=lambda row: row["date"], reverse=True)]


def ids(library: Library, query: str, **kw) -> list[str]:
    results = library.search(query, limit=100, **kw)
    assert results.error is None, results.error
    assert results.total == len(results.hits)
    return [hit.article_id for hit in results.hits]


def test_a_prefix_of_many_words_finds_every_article_holding_one_newest_first(
    library: Library,
) -> None:
    expected = holding(records(), lambda text: "zephyr" in text)
    assert len(expected) == 10, "nine in the text, one in the title only"
    assert ids(library, "zephyr*") == expected
    assert ids(library, "zeph?r*") == expected
    spelled_out = " OR ".join(WORDS)
    assert sorted(ids(library, spelled_out)) == sorted(expected)


def test_a_prefix_of_few_words_finds_the_same(library: Library) -> None:
    """`zephyr00*` is ten words, searched word by word as before."""
    results = library.search("zephyr00*", limit=100)
    assert sorted(hit.article_id for hit in results.hits) == ["r0", "r1", "r2"]
    assert results.total == 3


def test_a_broad_prefix_beside_a_word_keeps_the_words_ranking(library: Library) -> None:
    expected = holding(records(), lambda text: "zephyr" in text and "harbour" in text)
    results = library.search("zephyr* harbour", limit=100)
    assert sorted(h.article_id for h in results.hits) == sorted(expected)
    assert results.total == len(expected) and all(h.score > 0 for h in results.hits)
    without = holding(records(), lambda text: "zephyr" in text and "harbour" not in text)
    assert ids(library, "zephyr* NOT harbour") == without


def test_a_broad_prefix_keeps_the_date_range_and_the_timeline(library: Library) -> None:
    rows = [row for row in records() if "2023-01-01" <= row["date"] <= "2024-12-31"]
    expected = holding(rows, lambda text: "zephyr" in text)
    found = ids(library, "zephyr*", date_from=dt.date(2023, 1, 1), date_to=dt.date(2024, 12, 31))
    assert found == expected
    events = library.events(query="zephyr*")
    assert {event.article_id for event in events} <= set(
        holding(records(), lambda t: "zephyr" in t)
    )
    assert {event.article_id for event in events} >= {"r2", "r0"}


def test_a_broad_prefix_sees_the_articles_as_they_are_after_an_update(
    library: Library, corpus: Path
) -> None:
    assert ids(library, "zephyr*")[:1] == ["r10"]
    rows = records()
    rows[10] = record(10, [], "2025-01-01")  # its word gone from the title
    rows[9] = record(9, WORDS[-4:], "2022-10-10")  # and words given to one without
    write(corpus, rows)
    for _ in library.update():
        pass
    expected = holding(rows, lambda text: "zephyr" in text)
    assert "r10" not in expected and "r9" in expected
    assert ids(library, "zephyr*") == expected


@pytest.mark.parametrize("query", ["zephyr* date:[2022-01-01 TO 2024-12-31]", "date:2024"])
def test_a_query_whose_parts_all_tie_lists_newest_first(library: Library, query: str) -> None:
    """A broad pattern within a date range, or a date range alone, scores every article
    the same: listed in the index's order they read oldest first under "by relevance"."""
    results = library.search(query, limit=100)
    assert results.error is None and results.total == len(results.hits) > 1
    dates = [hit.date for hit in results.hits]
    assert dates == sorted(dates, reverse=True)
    assert results.newest_first
