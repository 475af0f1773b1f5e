"""Corpus loading: every input format, every kind of bad input, ids, dates and page furniture."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsexplore.search.corpus import load_corpus
from newsexplore.search.models import Article

SEED_000 = "000_a886e2d11f6a18e9.txt"
SEED_003 = "003_d8092089b7cd25ff.txt"


def spans(article: Article, label: str) -> list[str]:
    return [article.text[s.start : s.end] for s in article.boilerplate if s.label == label]


@pytest.fixture
def seeds(seeds_dir: Path) -> dict[str, Article]:
    loads = list(load_corpus([seeds_dir]))
    assert all(not load.problems for load in loads)
    return {a.id: a for load in loads for a in load.articles}


def test_seed_corpus_is_two_articles(seeds: dict[str, Article]) -> None:
    assert sorted(seeds) == [SEED_000, SEED_003]


def test_seed_inline_date_is_metadata_not_text(seeds: dict[str, Article], seeds_dir: Path) -> None:
    article = seeds[SEED_000]
    raw = (seeds_dir / SEED_000).read_text(encoding="utf-8")
    assert str(article.date) == "2026-01-08"
    assert article.text.startswith('The Prime Minister has said X need to "get their act')
    assert raw.endswith(article.text)


def test_seed_title_drops_photo_credit(seeds: dict[str, Article]) -> None:
    article = seeds[SEED_000]
    assert article.title == (
        'The Prime Minister has said X need to "get their act together" amid concerns'
        " about the creation of AI sexualised images"
    )
    assert spans(article, "photo-credit") == ["Picture: Getty"]
    assert spans(article, "headline") == [article.title]


def test_seed_byline_gives_author(seeds: dict[str, Article]) -> None:
    article = seeds[SEED_000]
    assert article.author == "Flaminia Luck"
    assert spans(article, "byline") == ["By Flaminia Luck"]


def test_seed_read_more_runs_end_where_prose_resumes(seeds: dict[str, Article]) -> None:
    article = seeds[SEED_000]
    runs = spans(article, "read-more")
    assert runs and all(run.startswith("Read more:") for run in runs)
    assert runs[-1].endswith("using AI tool")
    assert spans(article, "subheading") == ["'Utterly unusable'"]
    after = max(s.end for s in article.boilerplate if s.label == "subheading")
    assert article.text[after:].lstrip().startswith("Writing on Blue Sky")


def test_seed_without_date_stays_undated(seeds: dict[str, Article], seeds_dir: Path) -> None:
    article = seeds[SEED_003]
    first_line = (seeds_dir / SEED_003).read_text(encoding="utf-8").split("\n")[0]
    assert article.date is None
    assert article.title == first_line.strip()
    assert not spans(article, "headline")


def test_seed_paragraphs_are_trimmed_lines(seeds: dict[str, Article]) -> None:
    article = seeds[SEED_003]
    lines = [line.strip() for line in article.text.split("\n") if line.strip()]
    assert [article.text[p.start : p.end] for p in article.paragraphs] == lines
