"""A new reference date reads again only the articles whose dates count from it.

Changing `--reference-date` (or a folder's `newsexplore.cfg` `date:`) used to
throw the index away and read the whole corpus again: 3 min 39 s on Reuters,
whose articles are all dated and none of whose dates depend on it. Now the
records say which articles were read against which reference, and an update
reads again only the files holding undated ones whose reference moved.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from newsexplore.search import Library, Period, UpdateSummary
from newsexplore.search.corpus.settings import find_reference_dates
from newsexplore.search.index import commits as store
from newsexplore.search.index import update as index_mod
from newsexplore.tui.cli import main

MEETING = "The board met last week and will meet again on Monday, the chairman said."
"""'last week' and 'Monday' count from the day the story was written."""


def story(title: str, date: str | None = None, body: str = MEETING) -> str:
    header = f"Title: {title}\n" + (f"Date: {date}\n" if date else "")
    return f"{header}\n{body}\nShares in the harbour company rose.\n"


def dated_corpus(root: Path) -> Path:
    """Stories dated to the day, and one dated only to a month (read as undated within it,
    but never against the user's reference)."""
    root.mkdir(parents=True)
    for day in (2, 3, 4):
        (root / f"wire-{day}.txt").write_text(story(f"Wire {day}", f"1987-03-0{day}"))
    (root / "monthly.txt").write_text(story("Monthly", "1987-03"))
    return root


def mixed_corpus(root: Path) -> Path:
    dated_corpus(root)
    (root / "desk").mkdir()
    for name in ("a", "b"):
        (root / "desk" / f"undated-{name}.txt").write_text(story(f"Undated {name}"))
    return root


def update(library: Library, cancelled=None) -> UpdateSummary:
    steps = list(library.update(cancelled))
    assert isinstance(steps[-1], UpdateSummary)
    return steps[-1]


def events(library: Library) -> dict[tuple[str, str], tuple[str | None, bool]]:
    """(article, expression) -> (value, inferred) of every mentioned date."""
    return {
        (e.article_id, e.expression): (e.value, e.inferred)
        for e in library.events()
        if e.kind == "mentioned"
    }


def hits(library: Library) -> list[str]:
    return [hit.article_id for hit in library.search("harbour OR board").hits]


def test_a_new_reference_date_reads_no_file_of_a_corpus_whose_stories_are_dated(
    tmp_path: Path, capsys
) -> None:
    root = dated_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    first = Library([root], index)
    update(first)
    before = (events(first), hits(first))
    given = Library([root], first.index_dir, reference_date=Period.read("2020-01-01"))
    assert given.pending_update() is None
    summary = update(given)
    assert (summary.added_articles, summary.redated, summary.unchanged) == (0, 0, 4)
    assert (events(given), hits(given)) == before
    # As the user sees it: the summary `newsexplore index` prints, and back without it.
    for extra in (["--reference-date", "2021-05"], []):
        code = main(["index", str(root), "--index-dir", str(index), *extra])
        err = capsys.readouterr().err
        assert code == 0 and "articles written 0" in err and "unchanged 4" in err, err
    assert (events(first), hits(first)) == before


def test_only_undated_stories_are_read_again_and_count_from_the_new_reference(
    tmp_path: Path, capsys
) -> None:
    root = mixed_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    first = Library([root], index)
    update(first)
    dated_before = {k: v for k, v in events(first).items() if not k[0].startswith("desk/")}
    assert events(first)[("desk/undated-a.txt", "last week")] == (None, False)

    given = Library([root], first.index_dir, reference_date=Period.read("2024-06-12"))
    pending = given.pending_update()
    assert pending is not None and (pending.redated_files, pending.redated_articles) == (2, 2)
    assert "2 undated articles in 2 files" in pending.describe()
    summary = update(given)
    assert (summary.redated, summary.redated_articles, summary.added_articles) == (2, 2, 2)
    assert (summary.updated, summary.unchanged) == (0, 4)
    now = events(given)
    for name in ("a", "b"):
        assert now[(f"desk/undated-{name}.txt", "last week")] == ("2024-W23", True)
        assert now[(f"desk/undated-{name}.txt", "Monday")] == ("2024-06-17", True)
    assert {k: v for k, v in now.items() if not k[0].startswith("desk/")} == dated_before
    assert given.pending_update() is None

    code = main(["index", str(root), "--index-dir", str(index)])  # back to no reference
    err = capsys.readouterr().err
    assert code == 0 and "read again for the reference date 2 (2 undated articles)" in err, err
    assert "articles written 2" in err and "unchanged 4" in err
    assert events(first)[("desk/undated-b.txt", "Monday")] == (None, False)
    # A command given the option reads those two files again before it answers, and says so.
    where = ["--corpus", str(root), "--index-dir", str(index), "--reference-date", "2024-06-12"]
    assert main(["timeline", *where, "--format", "jsonl"]) == 0
    err = capsys.readouterr().err
    assert "reading 2 files with undated articles again before answering" in err, err
    assert events(first)[("desk/undated-b.txt", "Monday")] == ("2024-06-17", True)


def test_a_folder_date_that_changes_reads_only_that_folder_again(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    for folder, day in (("north", "2024-06-12"), ("south", "2024-06-12")):
        (root / folder).mkdir(parents=True)
        (root / folder / "newsexplore.cfg").write_text(f"date: {day}\n")
        for name in ("a", "b"):
            (root / folder / f"{name}.txt").write_text(story(f"{folder} {name}"))
    library = Library([root], tmp_path / "index")
    update(library)
    (root / "south" / "newsexplore.cfg").write_text("date: 2025-01-15\n")
    summary = update(library)
    assert (summary.redated, summary.redated_articles, summary.unchanged) == (2, 2, 2)
    now = events(library)
    assert now[("north/a.txt", "Monday")] == ("2024-06-17", True)
    assert now[("south/a.txt", "Monday")] == ("2025-01-20", True)
    assert library.pending_update() is None


def test_records_written_before_the_articles_were_marked_are_read_again_in_full(
    tmp_path: Path, monkeypatch
) -> None:
    """An index that does not say which articles read a reference cannot tell which to
    read again: every one is, as before, so no date is left counted from the old one."""
    root = mixed_corpus(tmp_path / "corpus")
    library = Library([root], tmp_path / "index")
    unmarked = index_mod.Books.to_json

    def without_marks(books: index_mod.Books) -> dict:
        data = unmarked(books)
        data.pop("read_against", None)
        return data

    monkeypatch.setattr(index_mod.Books, "to_json", without_marks)
    update(library)
    monkeypatch.undo()
    given = Library([root], library.index_dir, reference_date=Period.read("2024-06-12"))
    pending = given.pending_update()
    assert pending.redated_all and "every file is read again" in pending.describe()
    assert update(given).added_articles == 6
    assert events(given)[("desk/undated-a.txt", "Monday")] == ("2024-06-17", True)


def test_a_checkpoint_keeps_the_old_key_until_every_marked_article_is_read_again(
    tmp_path: Path, monkeypatch
) -> None:
    """A first build stopped before its end, carried on with another reference date,
    commits checkpoints as it goes: each holds the articles' own references, and names
    the new reference dates only once none read against the old ones is left."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a-dated.txt").write_text(story("Dated", "1987-03-02"))  # the year, known first
    (root / "desk.jsonl").write_text("".join(undated_records(300)))
    monkeypatch.setattr(index_mod, "FIRST_CHECKPOINT_SECONDS", 0.0)
    library = Library([root], tmp_path / "index")
    asked = iter(range(10_000))
    assert update(library, cancelled=lambda: next(asked) > 120).partial
    old = _records(library)
    assert set(old["read_against"].values()) == {""} and len(old["read_against"]) > 60

    given = Library([root], library.index_dir, reference_date=Period.read("2024-06-12"))
    asked = iter(range(10_000))
    assert update(given, cancelled=lambda: next(asked) > 30).partial  # stops in desk.jsonl
    records = _records(given)
    assert set(records["read_against"].values()) == {"", "2024-06-12"}  # some not yet
    assert records["references"] == old["references"] != _key(root, "2024-06-12")

    assert not update(given).partial
    records = _records(given)
    assert set(records["read_against"].values()) == {"2024-06-12"}
    assert len(records["read_against"]) == 300
    assert records["references"] == _key(root, "2024-06-12")
    for (article_id, expression), value in events(given).items():
        if article_id.startswith("u"):
            assert value == (MEETING_VALUES[expression], True), (article_id, expression)


def undated_records(count: int) -> list[str]:
    return [
        json.dumps({"id": f"u{i}", "title": f"u{i}", "text": f"Story {i}. {MEETING}"}) + "\n"
        for i in range(count)
    ]


MEETING_VALUES = {"last week": "2024-W23", "Monday": "2024-06-17"}
"""What `MEETING`'s dates are against 2024-06-12, a Wednesday."""


UPDATER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from newsexplore.search import Library, Period, Progress
    library = Library(
        [Path(sys.argv[1])], Path(sys.argv[2]), reference_date=Period.read(sys.argv[3])
    )
    for step in library.update():
        if isinstance(step, Progress) and step.phase == "index" and step.done > 20:
            print("writing", flush=True)
    """
)


def kill_update(root: Path, index_dir: Path, reference: str) -> None:
    """SIGKILL a real update's process group once it has extracted some articles again."""
    proc = subprocess.Popen(
        [sys.executable, "-c", UPDATER, str(root), str(index_dir), reference],
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        line = proc.stdout.readline()  # blocks until the update is under way, or it ends
        assert line == b"writing\n" and time.monotonic() < deadline
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        proc.stdout.close()


def test_an_update_killed_while_reading_again_leaves_the_old_index_and_the_next_finishes(
    tmp_path: Path,
) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "desk.jsonl").write_text("".join(undated_records(600)))
    (root / "dated.txt").write_text(story("Dated", "1987-03-02"))
    (root / "zz-undated.txt").write_text(story("Undated"))
    library = Library([root], tmp_path / "index")
    update(library)
    record = library.index_dir / store.COMMIT
    committed = record.read_bytes()

    kill_update(root, library.index_dir, "2024-06-12")
    assert record.read_bytes() == committed  # nothing of the killed update is seen
    assert events(library)[("u7", "Monday")] == (None, False)

    given = Library([root], library.index_dir, reference_date=Period.read("2024-06-12"))
    pending = given.pending_update()
    assert (pending.redated_files, pending.redated_articles) == (2, 601)
    summary = update(given)
    assert (summary.redated, summary.redated_articles) == (2, 601)
    assert given.check() == [] and given.article_count() == 602
    clean = Library([root], tmp_path / "clean", reference_date=Period.read("2024-06-12"))
    update(clean)
    assert events(given) == events(clean)
    for (article_id, expression), value in events(given).items():
        if article_id != "dated.txt":
            assert value == (MEETING_VALUES[expression], True), (article_id, expression)


def _records(library: Library) -> dict:
    commit = store.read_commit(library.index_dir)
    return store.read_side(library.index_dir, commit, "records")


def _key(root: Path, given: str) -> str:
    return find_reference_dates([root], Period.read(given)).key


RESUMER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from newsexplore.search import Library, Period
    from newsexplore.search.index import update
    update.FIRST_CHECKPOINT_SECONDS = 0.0
    library = Library(
        [Path(sys.argv[1])], Path(sys.argv[2]), reference_date=Period.read(sys.argv[3])
    )
    for _step in library.update():
        pass
    """
)


def test_a_first_build_killed_after_a_checkpoint_with_a_new_reference_is_never_wrong(
    tmp_path: Path, monkeypatch
) -> None:
    """A partial index carried on with a new reference date, killed -9 once a checkpoint
    is committed: every committed article's dates are those of the reference its records
    name, the old key stands while any is left, and the next run finishes exactly."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a-dated.txt").write_text(story("Dated", "1987-03-02"))
    (root / "desk.jsonl").write_text("".join(undated_records(700)))
    monkeypatch.setattr(index_mod, "FIRST_CHECKPOINT_SECONDS", 3600.0)
    library = Library([root], tmp_path / "index")
    asked = iter(range(10_000))
    assert update(library, cancelled=lambda: next(asked) > 500).partial
    record = library.index_dir / store.COMMIT
    partial = record.read_bytes()
    old_key = _records(library)["references"]

    proc = subprocess.Popen(
        [sys.executable, "-c", RESUMER, str(root), str(library.index_dir), "2024-06-12"],
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while record.read_bytes() == partial:  # the resumed build's first checkpoint
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)

    records = _records(library)
    against = records["read_against"]
    assert set(against.values()) == {"", "2024-06-12"}  # killed with some still to read
    assert records["references"] == old_key
    seen = Library([root], library.index_dir)
    assert seen.check() == []
    for (article_id, expression), value in events(seen).items():
        if article_id.startswith("u"):
            meant = (MEETING_VALUES[expression], True) if against[article_id] else (None, False)
            assert value == meant, (article_id, expression, against[article_id])

    given = Library([root], library.index_dir, reference_date=Period.read("2024-06-12"))
    assert not update(given).partial
    clean = Library([root], tmp_path / "clean", reference_date=Period.read("2024-06-12"))
    update(clean)
    assert events(given) == events(clean) and given.article_count() == 701
    assert _records(given)["references"] == _key(root, "2024-06-12")
