"""Undated articles: their own dates as anchors, a reference date, and typed dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsexplore.search import read_typed_date
from newsexplore.search.corpus import find_reference_dates
from newsexplore.search.dates import extract_events
from newsexplore.search.models import Article, Period


def values(text: str, **kw) -> list[tuple[str, str | None, bool]]:
    article = Article(id="a", title="t", text=text, date=None)
    return [(e.expression, e.value, e.inferred) for e in extract_events(article, **kw)]


FILLER = (
    "Ministers then spoke at length about the dispute, and the talks went on with little "
    "progress. Their aides met the press and said nothing of note. Observers were not "
    "surprised by any of it. "
)
"""Sentences enough that a date told from another is no longer read against the day next to it."""


def test_dates_told_from_a_full_date_count_from_it_and_are_marked_inferred() -> None:
    found = values(
        f"Talks began on March 3, 1987 in Geneva. {FILLER}The next quarter the pact was dead."
    )
    assert found == [("March 3, 1987", "1987-03-03", False), ("The next quarter", "1987-Q2", True)]


def test_the_latest_full_date_before_an_expression_is_its_anchor() -> None:
    found = values(
        f"The deal was signed on 2 June 2001. {FILLER}The next quarter it was challenged. "
        f"The court sat on 9 October 2003. {FILLER}The next quarter it ruled."
    )
    quarters = [
        (value, inferred) for expression, value, inferred in found if "quarter" in expression
    ]
    assert quarters == [("2001-Q3", True), ("2004-Q1", True)]


def test_words_counted_from_the_day_of_writing_are_not_pinned_to_a_date_the_story_tells() -> None:
    text = (
        "Macao will return to Chinese rule on December 20, 1999. A statement issued today "
        "gave the details. The bonds are due April 7, 1997. The payment date is April 7."
    )
    unanchored = {e: (v, inferred) for e, v, inferred in values(text)}
    assert unanchored["today"] == (None, False)
    assert unanchored["April 7"] == (None, False)
    given = {e: (v, inferred) for e, v, inferred in values(text, reference=dt.date(1987, 3, 20))}
    assert given["today"] == ("1987-03-20", True)
    assert given["April 7"] == ("1987-04-07", True)


def test_without_an_anchor_a_reference_date_resolves_them_and_without_one_nothing_is_guessed() -> (
    None
):
    text = "Last week the board met. Yesterday it voted. In September it will meet again."
    assert values(text) == [
        ("Last week", None, False),
        ("Yesterday", None, False),
        ("September", None, False),
    ]
    assert values(text, reference=dt.date(2024, 5, 1)) == [
        ("Last week", "2024-W17", True),
        ("Yesterday", "2024-04-30", True),
        ("September", "2024-09", True),
    ]


def test_a_long_undated_story_with_many_dates_is_read_again_about_once_not_once_a_date(
    monkeypatch,
) -> None:
    from newsexplore.search.dates import extract as extract_mod

    days = [dt.date(2001, 1, 1) + dt.timedelta(days=3 * i) for i in range(150)]
    filler = "Shares of the company changed hands in heavy volume. " * 40
    paragraphs = [
        f"The board met on {day:%B} {day.day}, {day.year}. {FILLER}The next quarter was quiet. "
        f"{filler}\n\n"
        for day in days
    ]
    text = "".join(paragraphs)
    read, real = [0], extract_mod.find_timexes

    def counting(chunk: str, *args, **kwargs):
        read[0] += len(chunk)
        return real(chunk, *args, **kwargs)

    monkeypatch.setattr(extract_mod, "find_timexes", counting)
    found = values(text)
    quarters = [(v, inferred) for expression, v, inferred in found if "quarter" in expression]
    assert quarters[0] == ("2001-Q2", True) and quarters[-1][1] and len(quarters) == 150
    assert read[0] < 6 * len(text)  # once a date it was 150 times


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1987", "1987"),
        ("1987-03", "1987-03"),
        ("1987-03-02", "1987-03-02"),
        ("March 1987", "1987-03"),
        ("2 March 1987", "1987-03-02"),
        ("Mar 2, 1987", "1987-03-02"),
        ("last week", "1987-W10"),
        ("yesterday", "1987-03-14"),
        ("the third quarter of 1987", "1987-Q3"),
        ("the 1980s", "198"),
        ("march 1987", "1987-03"),
        ("2 mar 1987", "1987-03-02"),
        ("last monday", "1987-03-09"),
        # The values the timeline itself writes: a week, a quarter, a season.
        ("1987-W08", "1987-W08"),
        ("1987-w08", "1987-W08"),
        ("1987-Q3", "1987-Q3"),
        ("1987-SU", "1987-SU"),
        ("1987-W54", None),
        ("1987-13", None),
        ("bananas", None),
        ("", None),
    ],
)
def test_a_typed_date_is_read_as_the_extractor_reads_dates(typed: str, value: str | None) -> None:
    assert read_typed_date(typed, dt.date(1987, 3, 15)) == value


def test_a_folder_settings_file_gives_its_undated_articles_a_reference_date(
    tmp_path: Path,
) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "deep").mkdir()
    (tmp_path / "old" / "newsexplore.cfg").write_text("# wire copy\ndate: 1987-03-02\n")
    (tmp_path / "old" / "deep" / "newsexplore.cfg").write_text("date: 1990-01-05\nsize: 3\n")
    found = find_reference_dates([tmp_path])
    inside = str(tmp_path / "old" / "a.txt")
    deeper = str(tmp_path / "old" / "deep" / "b.txt")
    outside = str(tmp_path / "c.txt")
    assert found.for_file(inside) == Period.of_day(dt.date(1987, 3, 2))
    assert found.for_file(deeper) == Period.of_day(dt.date(1990, 1, 5))
    assert found.for_file(outside) is None
    (problem,) = found.problems
    assert problem.line == 2 and "newsexplore.cfg" in problem.path and "size" in problem.message
    run = find_reference_dates([tmp_path], dt.date(2001, 1, 1))
    assert run.for_file(deeper) == run.for_file(outside) == Period.of_day(dt.date(2001, 1, 1))
    assert run.key != found.key != find_reference_dates([tmp_path / "old" / "deep"]).key


def test_a_folder_settings_file_may_give_a_month_or_a_year(tmp_path: Path) -> None:
    for name, written in (
        ("march", "date: 1987-03"),
        ("year", "date: 1987"),
        ("bad", "date: 1987-13"),
    ):
        (tmp_path / name).mkdir()
        (tmp_path / name / "newsexplore.cfg").write_text(written + "\n")
    found = find_reference_dates([tmp_path])
    assert found.for_file(str(tmp_path / "march" / "a.txt")) == Period(
        dt.date(1987, 3, 1), dt.date(1987, 3, 31)
    )
    assert found.for_file(str(tmp_path / "year" / "a.txt")) == Period(
        dt.date(1987, 1, 1), dt.date(1987, 12, 31)
    )
    (problem,) = found.problems
    assert problem.line == 1 and "bad" in problem.path and "not a date" in problem.message


def test_against_a_reference_month_only_what_every_day_of_it_agrees_on_resolves() -> None:
    text = "Last year the board met. Yesterday it voted. Next month it will meet again."
    assert values(text, reference=Period.read("1987-03")) == [
        ("Last year", "1986", True),
        ("Yesterday", None, False),
        ("Next month", "1987-04", True),
    ]
    assert values(text, reference=Period.read("1987")) == [
        ("Last year", "1986", True),
        ("Yesterday", None, False),
        ("Next month", None, False),
    ]
    assert values(text, reference=Period.read("1987-03-10"))[1] == ("Yesterday", "1987-03-09", True)


def test_under_a_reference_month_a_stated_date_anchors_only_what_is_told_from_it() -> None:
    text = "The strike began on 2 March 1987. The next day the mill closed. Last week it reopened."
    found = values(text, reference=Period.read("1987-05"))
    assert found[1][:2] == ("The next day", "1987-03-03")
    # "Last week" counts from the day of writing, some day of May nobody gave.
    assert found[2] == ("Last week", None, False)


@pytest.mark.parametrize(
    ("date", "reference"),
    [(dt.date(9999, 12, 31), None), (None, dt.date(9999, 12, 31))],
    ids=["dated", "reference-date"],
)
def test_a_date_past_the_calendar_is_listed_unresolved_not_left_out(
    date: dt.date | None, reference: dt.date | None
) -> None:
    """ "Next year" from 9999-12-31 has no date to name: it is listed among the unresolved,
    as in an undated article, so the user sees it was written; the day beside it keeps its date."""
    article = Article(
        id="a", title="t", date=date, text="The vault opens next year, officials said on Friday."
    )
    found = [(e.expression, e.value) for e in extract_events(article, reference=reference)]
    assert ("next year", None) in found
    assert ("Friday", "9999-12-31") in found


STRIKE = (
    "The arts festival will run 14-18 May, organisers said. Rail workers will strike on "
    "12, 13 and 14 June, the union announced the day before yesterday. Shares fell on "
    "Wednesday after the bank raised rates the day before."
)


def test_an_undated_article_read_against_a_day_gets_every_date_a_dated_one_gets() -> None:
    """Read without a date, "18 May" had no year, so "14-18 May" gave only its 18th;
    "the day before yesterday" was an unresolved "yesterday", and "the day before" was lost.
    Read against the reference, the article gives what the same article dated that day
    gives, each value inferred."""
    undated = values(STRIKE, reference=dt.date(2024, 5, 1))
    dated = Article(id="a", title="t", text=STRIKE, date=dt.date(2024, 5, 1))
    expected = [
        (e.expression, e.value, True) for e in extract_events(dated) if e.kind == "mentioned"
    ]
    assert undated == expected
    assert ("14", "2024-05-14", True) in undated
    assert ("the day before yesterday", "2024-04-29", True) in undated
    assert ("the day before", "2024-04-30", True) in undated


def test_against_a_month_a_date_its_days_disagree_on_is_listed_whole_and_unresolved() -> None:
    found = values(STRIKE, reference=Period.read("2024-05"))
    assert ("the day before yesterday", None, False) in found
    assert ("the day before", None, False) in found
    assert not any(written == "yesterday" for written, _v, _i in found)
    assert ("14", "2024-05-14", True) in found  # the same on the 1st and the 31st


NARRATIVE = (
    "On March 3, 1987 talks began. The next month the pact was dead. The next week talks "
    "resumed. Yesterday the mayor spoke. On March 3, 1987 the strike began. The next day the "
    "union met. The next week talks resumed. Two days later a deal was signed. The following "
    "month the plant reopened."
)


@pytest.mark.parametrize(
    "reference",
    [None, dt.date(2025, 6, 15), Period.read("2025-06"), Period.read("2025")],
    ids=["none", "day", "month", "year"],
)
def test_a_reference_date_leaves_what_the_story_counts_from_its_own_date_alone(
    reference: dt.date | Period | None,
) -> None:
    """The reference says when the story was written; "the next week" after "On March 3,
    1987" tells on from 1987, whatever day the reader gives for the writing."""
    found = [(e, v) for e, v, _inferred in values(NARRATIVE, reference=reference)]
    told = [(e, v) for e, v in found if e.startswith(("The", "Two"))]
    assert told == [
        ("The next month", "1987-04"),
        ("The next week", "1987-W11"),
        ("The next day", "1987-03-04"),
        ("The next week", "1987-W11"),
        ("Two days later", "1987-03-06"),
        ("The following month", "1987-04"),
    ]
    # the words of the day of writing still count from the reference alone
    assert ("Yesterday", "2025-06-14" if reference == dt.date(2025, 6, 15) else None) in found


def test_a_settings_file_saved_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """Windows Notepad saves UTF-8 with a byte-order mark and CRLF line ends: the file
    was refused ("got '\\ufeffdate: 2024-05-01'") and its stories stayed unresolved."""
    (tmp_path / "newsexplore.cfg").write_bytes("\ufeffdate: 2024-05-01\r\n".encode())
    found = find_reference_dates([tmp_path])
    assert found.problems == ()
    assert found.for_file(str(tmp_path / "a.txt")) == Period.of_day(dt.date(2024, 5, 1))


def test_a_second_date_line_in_a_settings_file_is_said(tmp_path: Path) -> None:
    (tmp_path / "newsexplore.cfg").write_text("date: 2024-05-01\ndate: 2024-06-01\n")
    found = find_reference_dates([tmp_path])
    assert found.for_file(str(tmp_path / "a.txt")) == Period.of_day(dt.date(2024, 6, 1))
    (problem,) = found.problems
    assert problem.line == 2 and problem.severity == "warning"
    assert "line 1" in problem.message
