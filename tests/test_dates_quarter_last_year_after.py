"""A quarter whose results "last year" follows ("similar to its fourth quarter earnings last
year") is last year's, as "last year's fourth quarter" is; "fourth quarter sales will rise
from last year" compares this year's quarter with last year."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

APRIL = dt.date(1987, 4, 3)


def value_of(text: str, expression: str) -> str | None:
    article = Article(id="t", title="", text=text, date=APRIL)
    return [e.value for e in extract_events(article) if e.expression == expression][-1]


def test_a_quarters_results_last_year_are_last_years() -> None:
    text = "First quarter results will be similar to its fourth quarter earnings last year."
    assert value_of(text, "fourth quarter") == "1986-Q4"


def test_a_quarter_compared_from_last_year_is_this_years() -> None:
    assert value_of("Fourth quarter sales will rise from last year.", "Fourth quarter") == (
        "1987-Q4"
    )
