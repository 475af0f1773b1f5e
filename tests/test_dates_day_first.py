"""Dates as British and international copy writes them: the day before its month in
ranges and lists ("14-18 May", "on 1, 2 and 3 June"), and the fortnight."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates import extract_events
from newsexplore.search.models import Article

WRITTEN = dt.date(2008, 3, 12)  # a Wednesday


def dates(text: str, day: dt.date | None = WRITTEN) -> list[tuple[str, str | None]]:
    article = Article(id="a", title="", text=text, date=day)
    return [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The festival runs 14-18 May in the old town.",
            [("14", "2008-05-14"), ("18 May", "2008-05-18")],
        ),
        (
            "The festival runs from 14 to 18 May in the old town.",
            [("14", "2008-05-14"), ("18 May", "2008-05-18")],
        ),
        (
            "The conference, held 3–5 February in Davos, drew 400 people.",
            [("3", "2008-02-03"), ("5 February", "2008-02-05")],
        ),
        (
            "Voting takes place between 1 and 3 June, officials said.",
            [("1", "2008-06-01"), ("3 June", "2008-06-03")],
        ),
        (
            "Meetings will be held on 1, 2 and 3 June in Vienna.",
            [("1", "2008-06-01"), ("2", "2008-06-02"), ("3 June", "2008-06-03")],
        ),
        (
            "Polls open on the 5th and 6th of April across the country.",
            [("5th", "2008-04-05"), ("6th of April", "2008-04-06")],
        ),
        (
            "The talks of 10-12 September 2007 ended without a deal.",
            [("10", "2007-09-10"), ("12 September 2007", "2007-09-12")],
        ),
    ],
)
def test_days_before_the_month_in_a_range_or_list_are_each_dated(text, expected) -> None:
    """Read alone, only the day beside the month was dated, and "14-18 May" not at all."""
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Scores were 6-3, 4-6, 7-5 before the final on 12 March.", "12 March"),
        ("The index rose 3.5 to 18 May levels, traders said.", "18 May"),
        ("Sales rose to 280 from 25 March, the company said.", "25 March"),
        ("The show ran from 28 to 3 March, the organisers said.", "3 March"),
    ],
)
def test_numbers_before_a_day_that_are_no_days_of_its_month_stay_undated(text, alone) -> None:
    """A score, a figure, or a number that cannot be an earlier day of the same month."""
    assert [written for written, _value in dates(text)] == [alone]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fortnight ago the minister resigned.", [("A fortnight ago", "2008-W09")]),
        ("Two fortnights ago the plant shut.", [("Two fortnights ago", "2008-W07")]),
        ("Talks will resume in a fortnight, the envoy said.", [("a fortnight", "2008-W13")]),
        ("A fortnight later, the strike ended.", [("A fortnight later", None)]),
    ],
)
def test_a_fortnight_counts_two_weeks(text, expected) -> None:
    assert dates(text) == expected


def test_a_fortnight_that_is_a_length_of_time_names_no_date() -> None:
    assert dates("The ban lasted a fortnight, and prices rose in a fortnight.") == []
