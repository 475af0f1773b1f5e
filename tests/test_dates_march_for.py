"""A march named "March for ..." is a name, not the month; "in March for Sanders" is March."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

JULY = dt.date(2016, 7, 25)


def months(text: str) -> list[str | None]:
    article = Article(id="m", title="", text=text, date=JULY)
    return [e.value for e in extract_events(article) if e.expression == "March"]


def test_a_march_named_for_someone_is_no_month() -> None:
    assert months("Mr. Taylor's group, March for Bernie at DNC, drew hundreds.") == []


def test_a_month_a_rally_was_held_in_for_someone_stays_a_month() -> None:
    assert months("He held rallies in March for Sanders in Ohio.") == ["2016-03"]
