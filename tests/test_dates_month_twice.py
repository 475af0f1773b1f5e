"""A month named twice in one sentence with no year ("one trader sold 2 mln bushels of
May, and another bought May and July") is one month, a contract or a term to come: both
take one year. A month gone by told beside it is told so ("the previous January's rise",
"last year's"), and a sentence that writes a year is left to it."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

APRIL = dt.date(1987, 4, 7)


def values(text: str, expression: str) -> list[str | None]:
    article = Article(id="t", title="", text=text, date=APRIL)
    return [e.value for e in extract_events(article) if e.expression == expression]


def test_a_contract_month_sold_and_bought_in_one_sentence_is_one_month() -> None:
    text = "One dealer sold 2.0 mln bushels of May, and a miller bought May and July, brokers said."
    assert values(text, "May") == ["1987-05", "1987-05"]


def test_a_month_brought_in_and_quoted_in_one_sentence_is_one_month() -> None:
    text = (
        "Bringing December into the average may lift the index as December is quoted about"
        " 75 points above May on the exchange."
    )
    assert values(text, "December") == ["1987-12", "1987-12"]


def test_a_month_set_against_its_previous_namesake_keeps_two_years() -> None:
    text = "Output in January rose from the previous January's level, the agency said."
    assert values(text, "January") == ["1987-01", "1986-01"]
