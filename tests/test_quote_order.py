"""A speaker's quotes in the order they were said, as a reader follows someone over time."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from newsexplore.tui.app import make_app
from tests.cli_support import run
from tests.test_tui_pilot import choose_speaker, sync
from tests.tui_support import wait_for
from tests.tui_support import wait_until_settled as settle

# File names in the opposite order to the dates, as Reuters' ids often are.
STORIES = {
    "a-late.txt": ("1987-10-19", "rates will stay where they are"),
    "b-early.txt": ("1987-03-05", "the dollar has fallen far enough"),
    "c-middle.txt": ("1987-06-15", "the talks went well"),
    "0-undated.txt": (None, "we will see"),
}
SAID_IN_ORDER = [
    "the dollar has fallen far enough.",
    "the talks went well.",
    "rates will stay where they are.",
    "we will see.",
]


def _corpus(tmp_path: Path) -> list[str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, (day, words) in STORIES.items():
        date = f"Date: {day}\n" if day else ""
        text = (
            f"Title: Baker on the dollar\n{date}\n"
            f'Treasury Secretary James Baker said: "{words}." He left at noon.\n'
        )
        (corpus / name).write_text(text, encoding="utf-8")
    return ["--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]


def test_quotes_of_a_speaker_are_listed_by_date_the_undated_last(capsys, tmp_path: Path) -> None:
    where = _corpus(tmp_path)
    code, out, _ = run(["quotes", "--speaker", "James Baker", "--format", "csv", *where], capsys)
    assert code == 0
    said = [row["quote"] for row in csv.DictReader(io.StringIO(out))]
    assert said == SAID_IN_ORDER


@sync
async def test_the_speakers_pane_lists_a_speakers_quotes_by_date(tmp_path: Path) -> None:
    _corpus(tmp_path)
    app = make_app([tmp_path / "corpus"], index_dir=tmp_path / "index", export_dir=tmp_path)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = await choose_speaker(pilot, "baker")
        await wait_for(pilot, lambda: len(pane.quotes) == 4, "Baker's quotes listed")
        assert [q.text for q in pane.quotes] == SAID_IN_ORDER


def test_quotes_found_newest_first_keep_each_articles_quotes_in_text_order(
    capsys, tmp_path: Path
) -> None:
    """Listed newest first (nothing to rank by), an article's quotes still read in the
    order it gives them, not last one first."""
    where = _corpus(tmp_path)
    story = tmp_path / "corpus" / "b-early.txt"
    story.write_text(
        story.read_text(encoding="utf-8")
        + 'Baker added: "the second thing came later." Baker then said: "the third."\n',
        encoding="utf-8",
    )
    for query in ('speaker:"james baker"', "*"):
        args = ["search", query, "--scope", "quotes", "--format", "jsonl", *where]
        code, out, _ = run([*args, "--sort", "date"], capsys)
        assert code == 0
        hits = [json.loads(line) for line in out.splitlines()]
        early = [h["quote"] for h in hits if h["article_id"].startswith("b-early")]
        assert early == [
            "the dollar has fallen far enough.",
            "the second thing came later.",
            "the third.",
        ], (query, early)
        assert [h["date"] for h in hits][:3] == ["1987-10-19", "1987-06-15", "1987-03-05"]
