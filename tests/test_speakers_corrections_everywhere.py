"""Speaker corrections seen by every command that shows or filters by speaker.

`quotes` and the reader applied the user's merges and renames while `search`,
`speaker:` in a query and the timeline still read the names the index was
built with: one speaker had 8 quotes in one place and 6 in another.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsexplore.search import Correction, Library
from tests.cli_support import run

BUDGET = """Title: Budget row
Date: 2026-01-05

Prime Minister Keir Starmer defended the budget on Monday.

"We have made the right choices for working people," Keir Starmer said.

Nigel Farage disagreed with him on Tuesday.

"This budget lets down the north of England badly," Farage said.
"""

REACTION = """Title: Budget reaction
Date: 2026-01-07

The vote was close in the Commons on Wednesday.

"The choices we made were hard but they were right," Prime Minister Starmer said.

Liz Kendall was asked about the plan.

"We will keep listening to everyone in the party," Kendall said.
"""
"""Keir Starmer is only "Prime Minister Starmer" here: the index holds "Starmer" for his
quote, tied to him by the office both stories give."""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "budget.txt").write_text(BUDGET, encoding="utf-8")
    (folder / "reaction.txt").write_text(REACTION, encoding="utf-8")
    return folder


@pytest.fixture
def opts(corpus: Path, tmp_path: Path) -> list[str]:
    return [
        "--corpus",
        str(corpus),
        "--index-dir",
        str(tmp_path / "index"),
        "--store",
        str(tmp_path / "store.sqlite"),
    ]


@pytest.fixture
def library(corpus: Path, tmp_path: Path) -> Library:
    built = Library([corpus], tmp_path / "index")
    for _ in built.update():
        pass
    return built


def hits(capsys, opts: list[str], query: str, *flags: str) -> list[dict]:
    code, out, err = run(["search", "--format", "jsonl", *flags, *opts, "--", query], capsys)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def quote_ids(library: Library, query: str) -> set[tuple[str, int]]:
    results = library.search(query, scope="quotes", limit=100)
    assert results.error is None
    return {(h.quote.article_id, h.quote.start) for h in results.hits if h.quote}


def of(library: Library, speaker_id: str) -> set[tuple[str, int]]:
    return {(q.article_id, q.start) for q in library.quotes(speaker_id=speaker_id)}


@pytest.mark.parametrize(
    "query", ['speaker:"keir starmer"', "speaker:keir", 'speaker:"Keir Starmer"']
)
def test_a_full_name_finds_every_quote_of_its_speaker(library: Library, query: str) -> None:
    """One article calls him only "Starmer"; his full name must still find that quote."""
    expected = of(library, "keir-starmer")
    assert len(expected) == 2
    assert quote_ids(library, query) == expected
    articles = library.search(query, limit=100)
    assert {h.article_id for h in articles.hits} == {"budget.txt", "reaction.txt"}


def test_a_merge_is_seen_by_speaker_queries(library: Library) -> None:
    library.set_corrections([Correction("merge", "keir-starmer", "nigel-farage")])
    merged = of(library, "keir-starmer")
    assert len(merged) == 3
    for query in ("speaker:starmer", "speaker:farage", 'speaker:"nigel farage"'):
        results = library.search(query, scope="quotes", limit=100)
        assert {(h.quote.article_id, h.quote.start) for h in results.hits} == merged, query
        assert {h.quote.speaker for h in results.hits} == {"Keir Starmer"}, query
    found = library.search("", scope="quotes", speaker_id="keir-starmer", limit=100)
    assert found.total == 3


def test_a_rename_is_seen_by_speaker_queries(library: Library) -> None:
    library.set_corrections([Correction("rename", "liz-kendall", "Elizabeth Kendall")])
    kendall = of(library, "liz-kendall")
    assert kendall and quote_ids(library, 'speaker:"elizabeth kendall"') == kendall
    assert quote_ids(library, "speaker:elizabeth") == kendall
    assert quote_ids(library, "speaker:liz") == kendall, "the old name stays an alias"
    found = library.search("listening", scope="quotes")
    assert [h.quote.speaker for h in found.hits] == ["Elizabeth Kendall"]


def test_a_split_is_seen_by_speaker_queries(library: Library) -> None:
    library.set_corrections([Correction("split", "keir-starmer", "Starmer")])
    assert quote_ids(library, 'speaker:"keir starmer"') == {("budget.txt", 61)}
    assert len(of(library, "keir-starmer")) == 1


def test_a_quote_given_to_someone_else_leaves_its_speakers_queries(library: Library) -> None:
    quote = next(q for q in library.quotes() if q.speaker == "Nigel Farage")
    library.set_corrections(
        [
            Correction(
                "assign", "Liz Kendall", "Nigel Farage", quote.article_id, quote.start, quote.text
            )
        ]
    )
    assert quote_ids(library, "speaker:farage") == set()
    assert (quote.article_id, quote.start) in quote_ids(library, "speaker:kendall")


def test_search_applies_the_stored_corrections(capsys, opts: list[str]) -> None:
    before = hits(capsys, opts, "", "--speaker", "Keir Starmer")
    assert len(before) == 2
    code, _, _ = run(["speakers", "merge", "Keir Starmer", "Nigel Farage", *opts], capsys)
    assert code == 0
    code, out, _ = run(["quotes", "--speaker", "Keir Starmer", *opts], capsys)
    assert code == 0 and len(out.splitlines()) == 3
    assert len(hits(capsys, opts, "", "--speaker", "Keir Starmer")) == 3
    said = hits(capsys, opts, "budget", "--scope", "quotes")
    assert said and {h["speaker"] for h in said} == {"Keir Starmer"}
    code, out, _ = run(["search", "--scope", "quotes", *opts, "--", "budget"], capsys)
    assert code == 0 and "Nigel Farage:" not in out and "Keir Starmer:" in out


def test_search_finds_a_renamed_speaker_by_the_new_name(capsys, opts: list[str]) -> None:
    code, _, _ = run(["speakers", "rename", "Liz Kendall", "Elizabeth Kendall", *opts], capsys)
    assert code == 0
    found = hits(capsys, opts, "listening", "--speaker", "Elizabeth Kendall")
    assert [h["speaker"] for h in found] == ["Elizabeth Kendall"]
    assert [h["speaker"] for h in hits(capsys, opts, "listening", "--scope", "quotes")] == [
        "Elizabeth Kendall"
    ]
    phrase = hits(capsys, opts, 'speaker:"elizabeth kendall"', "--scope", "quotes")
    assert len(phrase) == 1


def test_a_search_never_creates_the_store(capsys, opts: list[str], tmp_path: Path) -> None:
    hits(capsys, opts, "budget")
    assert not (tmp_path / "store.sqlite").exists()


def test_a_timeline_filtered_by_speaker_has_the_dates_of_their_articles(library: Library) -> None:
    quoting = {h.article_id for h in library.search("speaker:starmer", limit=100).hits}
    assert quoting == {"budget.txt", "reaction.txt"}
    events = library.events(query="speaker:starmer")
    assert events and {e.article_id for e in events} == quoting
    page = library.timeline_page(query="speaker:farage", dates="all")
    assert page.groups and {e.article_id for g in page.groups for e in g.events} == {"budget.txt"}


def test_the_timeline_command_filters_by_speaker(capsys, opts: list[str]) -> None:
    code, out, err = run(["timeline", "speaker:kendall", *opts], capsys)
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and {r["article_id"] for r in rows} == {"reaction.txt"}
    run(["speakers", "rename", "Liz Kendall", "Elizabeth Kendall", *opts], capsys)
    code, out, _ = run(["timeline", 'speaker:"elizabeth kendall"', *opts], capsys)
    assert code == 0 and {json.loads(line)["article_id"] for line in out.splitlines()} == {
        "reaction.txt"
    }


def test_a_correction_after_searching_reaches_the_speaker_queries(library: Library) -> None:
    """The names speakers are found by are kept from one search to the next; a
    correction made after them, and each one after that, is seen at once, by
    `speaker:` and by a plain word (which the quotes scope also looks up among
    speakers' names)."""
    kendall = of(library, "liz-kendall")
    assert kendall and quote_ids(library, "speaker:kendall") == kendall
    assert quote_ids(library, "elizabeth") == set()
    assert quote_ids(library, "speaker:eliz*") == set()
    library.set_corrections([Correction("rename", "liz-kendall", "Elizabeth Kendall")])
    for query in ("speaker:elizabeth", "elizabeth", "speaker:eliz*", 'speaker:"elizabeth kendall"'):
        assert quote_ids(library, query) == kendall, query
    library.set_corrections(
        [
            Correction("rename", "liz-kendall", "Elizabeth Kendall"),
            Correction("merge", "keir-starmer", "liz-kendall"),
        ]
    )
    merged = of(library, "keir-starmer")
    assert merged > kendall
    for query in ("speaker:kendall", "speaker:starmer", "kendall"):
        assert quote_ids(library, query) == merged, query
    library.set_corrections([])
    assert quote_ids(library, "speaker:kendall") == kendall
    assert quote_ids(library, "elizabeth") == set()
