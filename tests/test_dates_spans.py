"""Dates told relative to another date, year ranges, and numbers that are index levels."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates import extract_events
from newsexplore.search.models import Article

WRITTEN = dt.date(1998, 2, 10)


def dates(text: str, day: dt.date | None = WRITTEN) -> list[tuple[str, str | None]]:
    article = Article(id="a", title="", text=text, date=day)
    return [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike began on March 3. Two days later, the mines closed.",
            [("March 3", "1997-03-03"), ("Two days later", "1997-03-05")],
        ),
        (
            "Stocks rose to 136,000 tonnes on March 21 from 31,000 a week earlier.",
            [("March 21", "1998-03-21"), ("a week earlier", "1998-W11")],
        ),
        (
            "The strike began on March 3. The day before, the unions met.",
            [("March 3", "1997-03-03"), ("The day before", "1997-03-02")],
        ),
    ],
)
def test_a_step_told_from_a_date_just_named_counts_from_that_date(text, expected) -> None:
    assert dates(text) == expected


def test_with_no_date_named_before_it_a_step_counts_from_the_article_date() -> None:
    assert dates("Two days later the mines will close.") == [("Two days later", "1998-02-12")]


def test_with_no_date_named_before_it_a_step_told_in_the_past_is_left_unresolved() -> None:
    assert dates("Two days later the mines closed.") == [("Two days later", None)]


@pytest.mark.parametrize(
    "text",
    [
        "More than 200 years later, the nation is divided.",
        "Thirty years later, the case remains unsolved.",
        "Two years later, she runs the firm.",
    ],
)
def test_with_no_date_named_before_it_a_step_told_in_the_present_is_left_unresolved(
    text: str,
) -> None:
    """ "Later" than the day of writing is written "from now"; a step in the present with
    no date before it goes on from an event the story tells, and counted from the
    article's date it would show a year two centuries ahead."""
    assert [value for _, value in dates(text)] == [None]


def test_the_day_before_an_event_is_no_date_of_its_own() -> None:
    assert dates("The strike began on March 3. The day before the vote, they met.") == [
        ("March 3", "1997-03-03")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 1986/87 crop year", [("1986", "1986"), ("87", "1987")]),
        ("It rose during 1985-86.", [("1985", "1985"), ("86", "1986")]),
        ("for 1987-1988", [("1987", "1987"), ("1988", "1988")]),
        ("the 1999-00 season", [("1999", "1999"), ("00", "2000")]),
        ("a 1987-12 ratio", [("1987", "1987")]),
        ("in 1960-1990", [("1960", "1960")]),
    ],
)
def test_a_year_range_lists_both_ends(text, expected) -> None:
    assert dates(text) == expected


def test_a_number_before_level_far_from_the_article_year_is_an_index_level() -> None:
    assert dates("The last time the Dow touched the 1840 level was in November.") == [
        ("November", "1997-11")
    ]
    assert dates("Output will stay at the 1997 level.") == [("1997", "1997")]


@pytest.mark.parametrize(
    "text",
    [
        "The Dow closed above 2000 for the first time.",
        "The index hit 1840 on Tuesday.",
        "The FT-SE index closed at 1995 on Friday.",
        "The index rose to 2050 in active trading.",
        "The Dow Jones industrial average fell to 1850 by midday.",
        "The FT-SE index has gained 22.5 pct since January to current levels around 2050.",
    ],
)
def test_a_level_an_index_stands_at_is_no_year(text: str) -> None:
    assert all(not value.isdigit() for _, value in dates(text) if value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index was created in 1980.", [("1980", "1980")]),
        ("The Dow is at its best level since 1987.", [("1987", "1987")]),
        ("The index rose 5% in 1996.", [("1996", "1996")]),
        ("The index rose to 1996 levels.", [("1996", "1996")]),
        ("The system will be kept until the year 2050.", [("the year 2050", "2050")]),
    ],
)
def test_a_year_beside_an_index_stays_a_year(text: str, expected) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was found clinging to a tube last Thanksgiving.",
            [("last Thanksgiving", "1997-11-27")],
        ),
        ("The couple will marry next Christmas.", [("next Christmas", "1998-12-25")]),
        ("The offer closes around Nov. 1, the firm said.", [("around Nov. 1", "1998-11-01")]),
        ("He quit the day after Christmas.", [("the day after Christmas", "1997-12-26")]),
        (
            "They met the day before last Tuesday's hearing.",
            [("the day before last Tuesday", "1998-02-02")],
        ),
    ],
)
def test_modifiers_that_belong_to_a_date_are_part_of_it(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output fell in the last quarter of 1986.", [("the last quarter of 1986", "1986-Q4")]),
        (
            "Growth was flat in the final quarter of last year.",
            [("the final quarter of last year", "1997-Q4")],
        ),
    ],
)
def test_the_last_quarter_of_a_year_is_its_fourth(text: str, expected: list) -> None:
    assert dates(text) == expected
