""" "The last Friday in August" is one day, the last Friday of that August, not "last
Friday" (the week before the story) and a month beside it."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def found(text: str, day: dt.date) -> dict[str, str | None]:
    article = Article(id="e", title="", text=text, date=day)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


def test_the_last_friday_in_a_month_is_one_day() -> None:
    dates = found("On the last Friday in August 2005, the board convened.", dt.date(2009, 5, 12))
    assert dates == {"the last Friday in August 2005": "2005-08-26"}


def test_the_first_monday_of_a_month_ahead_is_that_day() -> None:
    dates = found("The court will sit on the first Monday of October.", dt.date(2009, 5, 12))
    assert dates == {"the first Monday of October": "2009-10-05"}
