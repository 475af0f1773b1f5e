"""Problems of a build: each has a kind, they are told by kind worst first, and they
are kept with the index, so they can be read again after a restart."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsexplore.search import (
    Library,
    Problem,
    Progress,
    UpdateSummary,
    group_problems,
    summarise_problems,
)
from newsexplore.search.index import meter as meter_mod

STORY = "Ministers met on Tuesday to discuss the plan for the coming year.\n"


def build(library: Library) -> tuple[UpdateSummary, list[Progress]]:
    steps = list(library.update())
    summary = steps[-1]
    assert isinstance(summary, UpdateSummary)
    return summary, [step for step in steps if isinstance(step, Progress)]


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """A scraped corpus as it comes: copies, a cp1252 file, a broken line, a binary file."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Plan agreed\n\n" + STORY)
    (corpus / "a-copy.txt").write_text("Plan agreed\n\n" + STORY)
    (corpus / "a-copy2.txt").write_text("Plan agreed\n\n" + STORY)
    (corpus / "cafe.txt").write_bytes(
        "Café crème and naïve \u201cquotes\u201d \u2013 the déjà vu season.".encode("cp1252")
    )
    lines = [
        json.dumps({"id": "r1", "title": "One", "text": "First record text here."}),
        "{not json",
        json.dumps({"id": "r2", "title": "Two", "text": "Second.", "date": "someday"}),
    ]
    (corpus / "feed.jsonl").write_text("\n".join(lines) + "\n")
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return corpus


def test_every_problem_has_a_kind_and_the_worst_kinds_come_first(
    messy: Path, tmp_path: Path
) -> None:
    summary, _ = build(Library([messy], tmp_path / "index"))
    kinds = [group.kind for group in group_problems(summary.problems)]
    assert kinds == ["unreadable", "partial", "encoding", "date", "duplicate"]
    assert all(problem.kind != "other" for problem in summary.problems)
    line = summarise_problems(summary.problems)
    assert line == (
        "1 file unreadable, 1 record skipped, 1 file decoded as cp1252, "
        "1 unrecognised date, 2 duplicates"
    )


def test_the_summary_says_nothing_was_lost_when_nothing_was() -> None:
    copies = [Problem("b.txt", "skipped b: same text as a", None, "warning", "duplicate")] * 101
    decoded = Problem("c.txt", "decoded as cp1252 (not UTF-8)", None, "warning", "encoding")
    assert summarise_problems([*copies, decoded]) == (
        "1 file decoded as cp1252, 101 duplicates; no file unreadable"
    )
    assert summarise_problems([]) == ""


def test_a_flood_of_bad_records_is_counted_in_full(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    good = json.dumps({"id": "ok", "text": "A readable record."})
    (corpus / "feed.jsonl").write_text(good + "\n" + "{broken\n" * 120)
    summary, _ = build(Library([corpus], tmp_path / "index"))
    (group,) = group_problems(summary.problems)
    assert group.kind == "partial" and group.count == 120
    assert len(group.problems) < 120  # listed in part, counted in full
    assert summarise_problems(summary.problems) == "120 records skipped; no file unreadable"


def test_problems_are_kept_with_the_index_and_read_after_a_restart(
    messy: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    summary, _ = build(Library([messy], index))
    again = Library([messy], index)
    assert not again.needs_update()
    assert sorted(map(str, again.problems())) == sorted(map(str, summary.problems))


def test_an_update_keeps_the_problems_of_files_it_did_not_read(messy: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    build(Library([messy], index))
    feed = messy / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "r1", "title": "One", "text": "First record text.", "date": "2026-01-02"})
        + "\n"
    )
    summary, _ = build(Library([messy], index))
    assert {p.kind for p in summary.problems} <= {"unreadable", "skipped"}  # only feed.jsonl read
    kept = Library([messy], index).problems()
    kinds = [group.kind for group in group_problems(kept)]
    assert kinds == ["unreadable", "encoding", "duplicate"]  # the feed's bad line is fixed
    assert not any(p.path == "feed.jsonl" for p in kept)


def test_an_index_built_before_problems_were_kept_has_none_to_show(tmp_path: Path) -> None:
    assert Library([tmp_path], tmp_path / "none-yet").problems() == ()


@pytest.fixture
def quick_heartbeat(monkeypatch: pytest.MonkeyPatch):
    """Report as often as the threads switch, and switch them often, so that a
    small corpus shows its steps."""
    monkeypatch.setattr(meter_mod, "HEARTBEAT", 0.0)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.00001)
    yield
    sys.setswitchinterval(interval)


def test_writing_the_index_and_grouping_quotes_report_rising_counts(
    tmp_path: Path, quick_heartbeat
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = []
    for n in range(400):
        text = " ".join(
            f'"We will build {n} homes in ward {k}," said Councillor Name{n % 40} Smith{k}.'
            for k in range(6)
        )
        records.append(json.dumps({"id": f"s{n}", "title": f"Story {n}", "text": text}))
    (corpus / "stories.jsonl").write_text("\n".join(records) + "\n")
    _, progress = build(Library([corpus], tmp_path / "index"))
    for phase in ("commit", "speakers"):
        steps = [p for p in progress if p.phase == phase and p.total]
        counts = [p.done for p in steps]
        assert counts == sorted(counts), phase
        assert any(0 < done < steps[-1].total for done in counts), (phase, counts[:20])
    phases = [p.phase for p in progress]
    assert phases.index("commit") < phases.index("speakers")
