"""Early in a year, the fourth quarter whose results, loss or charge a company will report
("will report a fourth quarter loss", "would take a 200 mln dlrs charge in the fourth
quarter", "warranted by fourth quarter results") is the one just ended: results come out
after their quarter. One a plan looks to ("expects to start up the field by the fourth
quarter") or one told with "this year" still lies ahead."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MARCH = dt.date(1987, 3, 3)


def value_of(text: str, expression: str) -> str | None:
    article = Article(id="t", title="", text=text, date=MARCH)
    return [e.value for e in extract_events(article) if e.expression == expression][-1]


def test_a_fourth_quarters_results_to_come_are_of_the_one_just_ended() -> None:
    text = "The drug maker said the company will report a fourth quarter loss after its audit."
    assert value_of(text, "a fourth quarter") == "1986-Q4"
    text = "The group said it would take a 90 mln dlrs charge in the fourth quarter from the sale."
    assert value_of(text, "the fourth quarter") == "1986-Q4"


def test_a_fourth_quarter_a_plan_looks_to_or_of_this_year_lies_ahead() -> None:
    text = "The company expects to start up the field by the fourth quarter, an official said."
    assert value_of(text, "the fourth quarter") == "1987-Q4"
    text = "It said it will report a fourth quarter loss this year as the plant closes."
    assert value_of(text, "a fourth quarter") == "1987-Q4"
