"""A quote correction stays on the quote it was made on, or says it is lost.

Checking one quote used to check every quote of its article with the same
words, and a correction whose quote's words changed after a re-index was
dropped without a word (or put on whichever quote now started there).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsexplore.search import Correction, Library, UserStore
from tests.cli_support import run

REPEATED = """Title: Strike talks
Date: 2026-02-02

"We will not back down," Keir Starmer said on Monday.

The talks went on late into the night with no deal in sight.

"We will not back down," Louise Haigh said on Tuesday.
"""


def build(folder: Path, index: Path) -> Library:
    library = Library([folder], index)
    for _ in library.update():
        pass
    return library


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "talks.txt").write_text(REPEATED, encoding="utf-8")
    return folder


def test_a_check_belongs_to_one_quote(corpus: Path, tmp_path: Path) -> None:
    library = build(corpus, tmp_path / "index")
    first, second = library.quotes(article_id="talks.txt")
    assert first.text == second.text and first.start != second.start
    library.set_corrections([Correction("check", "", "", "talks.txt", second.start, second.text)])
    checked = {q.start: q.checked for q in library.quotes(article_id="talks.txt")}
    assert checked == {first.start: False, second.start: True}


def listed(capsys, where: list[str]) -> list[dict]:
    code, out, err = run(["quotes", *where], capsys)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def where(corpus: Path, tmp_path: Path) -> list[str]:
    return [
        "--corpus",
        str(corpus),
        "--index-dir",
        str(tmp_path / "index"),
        "--store",
        str(tmp_path / "store.sqlite"),
    ]


def test_quotes_check_marks_one_of_two_alike(capsys, where: list[str]) -> None:
    first, second = listed(capsys, where)
    assert first["quote"] == second["quote"]
    assert run(["quotes", "check", second["id"], *where], capsys)[0] == 0
    assert [q["checked"] for q in listed(capsys, where)] == [False, True]


def test_a_quote_whose_words_changed_keeps_its_correction_and_says_so(
    capsys, corpus: Path, tmp_path: Path, where: list[str]
) -> None:
    first = listed(capsys, where)[0]
    assert run(["quotes", "assign", first["id"], "Angela Rayner", *where], capsys)[0] == 0
    assert "Angela Rayner" in {q["speaker"] for q in listed(capsys, where)}
    (corpus / "talks.txt").write_text(
        REPEATED.replace('"We will not back down," Keir', '"We shall never give in," Keir')
    )
    assert run(["index", str(corpus), "--index-dir", str(tmp_path / "index")], capsys)[0] == 0
    code, out, err = run(["quotes", *where], capsys)
    assert code == 0
    assert "Angela Rayner" not in out, "put on another quote"
    assert "no longer found" in err and first["id"] in err
    assert "Angela Rayner" not in {q["speaker"] for q in listed(capsys, where)}
    kept = UserStore(tmp_path / "store.sqlite").corrections.all()
    assert [c.kind for c in kept] == ["assign"]


def test_the_app_says_a_correction_is_lost(corpus: Path, tmp_path: Path) -> None:
    import asyncio

    from newsexplore.tui.app import make_app
    from tests.tui_support import Notices, wait_for, wait_until_settled

    library = build(corpus, tmp_path / "index")
    first = library.quotes(article_id="talks.txt")[0]
    store = UserStore.for_corpus([corpus])
    store.corrections.add(
        Correction("assign", "Angela Rayner", "", first.article_id, first.start, first.text)
    )
    store.close()
    (corpus / "talks.txt").write_text(
        REPEATED.replace('"We will not back down," Keir', '"We shall never give in," Keir')
    )
    build(corpus, tmp_path / "index")
    app = make_app([corpus], index_dir=tmp_path / "index")

    told = Notices()

    async def opened() -> None:
        async with app.run_test(size=(120, 40), message_hook=told) as pilot:
            await wait_until_settled(pilot)
            await wait_for(
                pilot, lambda: told.any("no longer"), "a notification of the lost correction"
            )

    asyncio.run(opened())


def test_no_reader_gets_the_counts_before_a_split_is_counted(
    seeds_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app reads speakers on one thread while another applies a split: the speaker
    list showed "8 Keir Starmer", "0 Nigel Farage" until a restart."""
    import threading
    import time

    library = build(seeds_dir, tmp_path / "index")
    merge = Correction("merge", "keir-starmer", "nigel-farage")
    library.set_corrections([merge])
    library.speakers()
    seen: list[dict[str, int]] = []
    recount = library._recounted

    def racing(corrected):
        other = threading.Thread(
            target=lambda: seen.append({s.name: s.quote_count for s in library.speakers()})
        )
        other.start()
        time.sleep(0.3)  # the other reader asks while the counts are being taken again
        racing.other = other
        return recount(corrected)

    monkeypatch.setattr(library, "_recounted", racing)
    library.set_corrections([merge, Correction("split", "keir-starmer", "Nigel Farage")])
    final = {s.name: s.quote_count for s in library.speakers()}
    racing.other.join(20)
    assert final["Keir Starmer"] == 6 and final["Nigel Farage"] == 2
    assert seen == [final]


# -- the corrected quote's words deleted, the same words left elsewhere ---------------

HAIGH = '"We will not back down," Louise Haigh said on Tuesday.\n'


def test_a_correction_whose_quote_was_deleted_stays_off_the_alike_quote_left(
    capsys, corpus: Path, tmp_path: Path, where: list[str]
) -> None:
    second = listed(capsys, where)[1]
    assert run(["quotes", "assign", second["id"], "Angela Rayner", *where], capsys)[0] == 0
    (corpus / "talks.txt").write_text(REPEATED.replace(HAIGH, "Louise Haigh left early.\n"))
    assert run(["index", str(corpus), "--index-dir", str(tmp_path / "index")], capsys)[0] == 0
    code, out, err = run(["quotes", "--format", "csv", *where], capsys)
    assert code == 0
    assert "Angela Rayner" not in out, "put on the quote Keir Starmer gave"
    assert len(err.splitlines()) == 1
    assert "no longer found" in err and second["id"] in err
    kept = UserStore(tmp_path / "store.sqlite").corrections.all()
    assert [(c.kind, c.start) for c in kept] == [("assign", second["start"])]


def test_a_check_whose_quote_was_deleted_checks_no_other(
    capsys, corpus: Path, tmp_path: Path, where: list[str]
) -> None:
    second = listed(capsys, where)[1]
    assert run(["quotes", "check", second["id"], *where], capsys)[0] == 0
    (corpus / "talks.txt").write_text(REPEATED.replace(HAIGH, "Louise Haigh left early.\n"))
    assert run(["index", str(corpus), "--index-dir", str(tmp_path / "index")], capsys)[0] == 0
    assert [q["checked"] for q in listed(capsys, where)] == [False]
    code, _out, err = run(["quotes", *where], capsys)
    assert code == 0 and "checked" in err and "no longer found" in err


def test_a_correction_follows_its_own_quote_pushed_far_from_an_alike_one(
    capsys, corpus: Path, tmp_path: Path, where: list[str]
) -> None:
    second = listed(capsys, where)[1]
    assert run(["quotes", "assign", second["id"], "Angela Rayner", *where], capsys)[0] == 0
    added = "Both sides met again on Tuesday morning at the union's offices.\n\n" * 8
    (corpus / "talks.txt").write_text(REPEATED.replace(HAIGH, added + HAIGH))
    assert run(["index", str(corpus), "--index-dir", str(tmp_path / "index")], capsys)[0] == 0
    code, out, err = run(["quotes", *where], capsys)
    assert code == 0 and err == ""
    speakers = [json.loads(line)["speaker"] for line in out.splitlines()]
    assert speakers == ["Keir Starmer", "Angela Rayner"]


def test_a_correction_kept_before_texts_were_follows_edits_once_seen_in_place(
    capsys, corpus: Path, tmp_path: Path, where: list[str]
) -> None:
    second = listed(capsys, where)[1]
    store = UserStore(tmp_path / "store.sqlite")
    fields = ("talks.txt", second["start"], second["quote"])
    store.corrections.add(Correction("assign", "Angela Rayner", "Louise Haigh", *fields))
    store.close()
    assert "Angela Rayner" in {q["speaker"] for q in listed(capsys, where)}
    added = "Both sides met again on Tuesday morning at the union's offices.\n\n" * 8
    (corpus / "talks.txt").write_text(REPEATED.replace(HAIGH, added + HAIGH))
    assert run(["index", str(corpus), "--index-dir", str(tmp_path / "index")], capsys)[0] == 0
    assert [q["speaker"] for q in listed(capsys, where)] == ["Keir Starmer", "Angela Rayner"]
