"""An undated story's day or month written without a year ("April 7", "from June"): the
year most of the corpus's stories were published in, marked inferred, as the README says;
words counted from the day of writing ("on Friday") stay unresolved."""

from __future__ import annotations

from pathlib import Path

from newsexplore.search import Library, Period, UpdateSummary


def corpus(root: Path) -> Path:
    root.mkdir()
    (root / "undated.txt").write_text(
        "Title: Hearing\n\nThe hearing is set for April 7. Charges will rise from June. "
        "The minister spoke on Friday.\n"
    )
    for day in (1, 2):
        (root / f"dated-{day}.txt").write_text(
            f"Title: Report {day}\nDate: 2023-09-0{day}\n\nA report was published.\n"
        )
    (root / "older.txt").write_text("Title: Old\nDate: 2019-05-01\n\nAn old note.\n")
    return root


def mentioned(library: Library) -> dict[str, tuple[str | None, bool]]:
    steps = list(library.update())
    assert isinstance(steps[-1], UpdateSummary)
    return {
        e.expression: (e.value, e.inferred)
        for e in library.events()
        if e.kind == "mentioned" and e.article_id == "undated.txt"
    }


def test_a_missing_year_is_the_corpus_usual_year_marked_inferred(tmp_path: Path) -> None:
    found = mentioned(Library([corpus(tmp_path / "c")], tmp_path / "index"))
    assert found["April 7"] == ("2023-04-07", True)
    assert found["June"] == ("2023-06", True)
    assert found["Friday"] == (None, False)


def test_a_reference_date_counts_instead_of_the_corpus_year(tmp_path: Path) -> None:
    library = Library(
        [corpus(tmp_path / "c")], tmp_path / "index", reference_date=Period.read("2021-03-15")
    )
    found = mentioned(library)
    assert found["April 7"] == ("2021-04-07", True)
    assert found["Friday"] == ("2021-03-12", True)


def test_a_whole_year_given_is_the_year_of_a_date_written_without_one(tmp_path: Path) -> None:
    library = Library(
        [corpus(tmp_path / "c")], tmp_path / "index", reference_date=Period.read("2021")
    )
    found = mentioned(library)
    assert found["April 7"] == ("2021-04-07", True)
    assert found["Friday"] == (None, False)
