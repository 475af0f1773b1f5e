"""Words found in most documents only filter a query of several words.

Scoring "bank of" stepped through every document holding "of" (0.35 s at
100k articles); the common word now only decides which documents match.
What a user sees must not change: the same articles, the same count, and
the rarer words still deciding the order.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsexplore.search import Library
from newsexplore.search.index import library as library_module


def stories() -> list[dict]:
    """Thirty stories all holding "of"; "bank" in some, as often as their number says."""
    rows = []
    for n in range(30):
        banks = " ".join(["The bank of the region lent more."] * (n % 4)) if n % 3 else ""
        japan = "Japan said so." if n % 5 == 0 else ""
        rows.append(
            {
                "id": f"s{n}",
                "title": f"Story {n}",
                "date": (dt.date(2024, 1, 1) + dt.timedelta(days=n)).isoformat(),
                "text": f"Most of the day was quiet. {banks} {japan}".strip(),
            }
        )
    return rows


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = tmp_path_factory.mktemp("common")
    path = root / "stories.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in stories()))
    built = Library([path], root / "index")
    for _ in built.update():
        pass
    return built


def found(library: Library, query: str, **kw) -> tuple[int, list[str]]:
    results = library.search(query, limit=100, **kw)
    assert results.error is None, results.error
    return results.total, [hit.article_id for hit in results.hits]


@pytest.mark.parametrize(
    "query", ["bank of", "of bank", "bank of japan", "of the", "title:story of", "bank OR of"]
)
def test_a_common_word_finds_the_same_articles_and_count(
    library: Library, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    monkeypatch.setattr(library_module, "COMMON_MIN_DOCS", 10**9)  # every word scored
    library.forget_recent_searches()
    scored_total, scored = found(library, query)
    monkeypatch.setattr(library_module, "COMMON_MIN_DOCS", 1)  # "of" and "the" only filter
    library.forget_recent_searches()
    total, hits = found(library, query)
    assert scored_total > 0
    assert (total, sorted(hits)) == (scored_total, sorted(scored))


def test_the_rarer_word_still_ranks_the_articles(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_module, "COMMON_MIN_DOCS", 1)
    library.forget_recent_searches()
    total, hits = found(library, "bank of")
    assert total == sum(1 for n in range(30) if n % 3 and n % 4)
    times = {row["id"]: row["text"].count("bank") for row in stories()}
    assert [times[h] for h in hits] == sorted((times[h] for h in hits), reverse=True)


def test_a_common_word_keeps_the_date_range(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_module, "COMMON_MIN_DOCS", 1)
    library.forget_recent_searches()
    total, hits = found(
        library, "bank of", date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 1, 10)
    )
    wanted = {f"s{n}" for n in range(10) if n % 3 and n % 4}
    assert (total, set(hits)) == (len(wanted), wanted)
    assert found(library, "bank of", date_from=dt.date(2025, 1, 1))[0] == 0
