"""A weekday placed in a year written right after it ("One Sunday in late 2001") is a day of
that year, which the weekday alone cannot name: never a day of the story's week."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def found(text: str, day: dt.date) -> dict[str, str | None]:
    article = Article(id="e", title="", text=text, date=day)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


def test_a_weekday_in_an_old_year_is_no_day_of_the_story() -> None:
    dates = found("One Sunday in late 1996, the treasurer called the mayor.", dt.date(2003, 4, 2))
    assert dates["Sunday"] is None
    assert dates["late 1996"] == "1996"


def test_a_weekday_with_no_year_after_it_is_still_a_day() -> None:
    dates = found("On Sunday, the treasurer called the mayor.", dt.date(2003, 4, 2))
    assert dates["Sunday"] == "2003-03-30"
