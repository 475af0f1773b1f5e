"""A month or half named inside "last year's" phrase ("since last year's boom around the May
elections", "last year's exceptional first half performance") is last year's; one in another
clause ("Unlike last year's crop, the May harvest will be large") is not."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MARCH = dt.date(1987, 3, 30)


def value_of(text: str, expression: str) -> str | None:
    article = Article(id="t", title="", text=text, date=MARCH)
    return [e.value for e in extract_events(article) if e.expression == expression][-1]


def test_a_month_in_last_years_phrase_is_last_years() -> None:
    text = "Trade has not been like this since last year's boom around the May elections."
    assert value_of(text, "May") == "1986-05"
    assert value_of("Last year's May elections gave the coalition a majority.", "May") == (
        "1986-05"
    )


def test_a_half_in_last_years_phrase_is_last_years() -> None:
    text = "The firm failed to repeat last year's exceptional first half performance."
    assert value_of(text, "first half") == "1986-H1"


def test_a_month_past_a_comma_or_a_verb_keeps_its_own_year() -> None:
    text = "Unlike last year's crop, the May harvest will be large."
    assert value_of(text, "May") == "1987-05"
    text = "Last year's output fell, and sales will rise in May."
    assert value_of(text, "May") == "1987-05"
