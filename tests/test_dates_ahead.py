"""Dates that lie ahead of the article: what was set for a day, "in two weeks", the fiscal year."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

DCT = dt.date(1998, 5, 13)


def values(text: str) -> dict[str, str | None]:
    article = Article(id="x", title="", text=text, date=DCT)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The trial date was set for October 28, the court said.", "October 28", "1998-10-28"),
        ("The hearing had been scheduled for October 2.", "October 2", "1998-10-02"),
        ("A vote was slated for February 9 next year.", "February 9", "1999-02-09"),
    ],
)
def test_a_day_something_is_set_for_lies_ahead_whatever_the_tense(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


def test_a_day_set_for_a_few_days_ago_is_that_day_not_next_year() -> None:
    assert values("The vote was set for May 10, the board said.")["May 10"] == "1998-05-10"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The company will report its results in 10 days.", "10 days", "1998-05-23"),
        ("Talks will resume in two weeks, officials said.", "two weeks", "1998-W22"),
        ("The deal is expected to close in three months.", "three months", "1998-08"),
        ("The plant will be finished in a year.", "a year", "1999"),
    ],
)
def test_in_n_days_or_weeks_in_a_clause_that_looks_ahead_counts_from_the_article_date(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 5 pct in two weeks.",
        "The vote was held in three days of balloting.",
        "He said the plant would reopen within two weeks.",
        "The rules will take effect in a couple of months.",
        "Exports will rise for the first time in seven years, the department said.",
        "It would be the second highest winterkill in ten years, the analyst said.",
    ],
)
def test_a_length_of_time_is_no_date(text: str) -> None:
    assert values(text) == {}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Profit rose this fiscal year, the company said.", "this fiscal year", "1998"),
        ("It expects a loss next fiscal year.", "next fiscal year", "1999"),
        ("Sales fell last fiscal year.", "last fiscal year", "1997"),
    ],
)
def test_this_next_and_last_fiscal_year(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value
