"""A month an estimate, a forecast or a measure was taken in ("less than forecast in July",
"official estimates in February of 175 billion", "because of low margins in January and
February") is one gone by when it comes before the story's month: what was measured then
was measured this year, whatever "will" or "would" tells of its consequence."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def months(text: str, day: dt.date) -> list[tuple[str, str | None]]:
    article = Article(id="t", title="", text=text, date=day)
    return [
        (e.expression, e.value)
        for e in extract_events(article)
        if e.kind == "mentioned" and e.precision == "month"
    ]


def test_a_forecast_or_an_estimate_made_in_a_month_gone_by() -> None:
    text = "Output will expand by a tepid 1.6 pct, half a point less than forecast in July."
    assert months(text, dt.date(1987, 10, 5)) == [("July", "1987-07")]
    text = "The deficit would overshoot both the target and official estimates in February."
    assert months(text, dt.date(1987, 6, 18)) == [("February", "1987-02")]


def test_margins_in_a_list_of_months_gone_by() -> None:
    text = "Refining results will look pretty poor because of low margins in January and February."
    assert months(text, dt.date(1987, 4, 2)) == [("January", "1987-01"), ("February", "1987-02")]


def test_a_forecast_in_a_month_still_to_come_looks_ahead() -> None:
    text = "The bank will publish a new forecast in October, an official said."
    assert months(text, dt.date(1987, 4, 2)) == [("October", "1987-10")]
