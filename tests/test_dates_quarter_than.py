"""A quarter right after "than" ("earnings will be less than the second quarter's 12 cents",
told in October) is one compared with, gone by: a "will" of the comparison does not send it
to next year's turn."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

OCTOBER = dt.date(1987, 10, 19)


def value_of(text: str, expression: str) -> str | None:
    article = Article(id="t", title="", text=text, date=OCTOBER)
    return [e.value for e in extract_events(article) if e.expression == expression][-1]


def test_a_quarter_compared_with_by_than_is_the_one_gone_by() -> None:
    text = (
        "Both makers have said their third quarter earnings would be reduced by pressures."
        " One said third quarter earnings will be less than the second quarter's 12 cents a"
        " share while revenues will rise."
    )
    assert value_of(text, "the second quarter") == "1987-Q2"


def test_a_quarter_a_plan_looks_to_is_next_years() -> None:
    text = "The company will resume shipments in the second quarter, it said."
    assert value_of(text, "the second quarter") == "1988-Q2"
