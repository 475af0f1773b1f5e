"""A story published in a known month or year, its day unknown: its own period is the
reference its relative dates count from, as the same month given for a folder would be."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.index.extraction import extract_for_index
from newsexplore.search.models import Article


def mentioned(text: str, date: dt.date, precision: str) -> dict[str, str | None]:
    article = Article(id="a", title="t", text=text, date=date, date_precision=precision)
    _, events = extract_for_index(article, None, [])
    return {e.expression: e.value for e in events if e.kind == "mentioned"}


def test_a_month_of_publication_resolves_what_every_day_of_it_agrees_on() -> None:
    found = mentioned(
        "The plant closed yesterday. Next month it will be sold. Last year it lost money.",
        dt.date(2024, 3, 1),
        "month",
    )
    assert found["Next month"] == "2024-04"
    assert found["Last year"] == "2023"
    assert found["yesterday"] is None  # any of 31 days: not pinned to one


def test_a_year_of_publication_resolves_last_year_but_not_next_month() -> None:
    found = mentioned(
        "Last year the plant lost money. Next month it will be sold.", dt.date(2024, 1, 1), "year"
    )
    assert found["Last year"] == "2023"
    assert found["Next month"] is None
