"""A month a change is measured from ("down 0.5 pct in January from December", "would have
to grow 2.6 pct from October/December") is the base of a comparison: the one gone by, whatever
"is likely" or "would" tells of what comes next."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MARCH = dt.date(1987, 3, 10)


def months(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="t", title="", text=text, date=MARCH)
    return [
        (e.expression, e.value)
        for e in extract_events(article)
        if e.kind == "mentioned" and e.precision == "month"
    ]


def test_a_month_compared_from_after_another_month_is_gone_by() -> None:
    text = "Output, down 0.5 pct in January from December, is likely to turn up in February."
    assert ("December", "1986-12") in months(text)


def test_a_quarter_grown_from_by_a_figure_is_gone_by() -> None:
    text = (
        "Demand in the first quarter would have to grow 2.6 pct from October/December, they said."
    )
    assert months(text) == [("October", "1986-10"), ("December", "1986-12")]


def test_a_month_a_plan_starts_from_still_lies_ahead() -> None:
    assert months("The company will raise prices from July, it said.") == [("July", "1987-07")]


def test_a_month_after_a_level_and_from_starts_a_term() -> None:
    text = "The banks' share in the group will be cut to 73.8 pct from 74 pct from July."
    assert months(text) == [("July", "1987-07")]
