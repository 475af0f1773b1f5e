"""Words written on a sign, placard or banner ("Merger today, Chapter 11 tomorrow") are a
slogan: their "today" is not the day of the story."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def found(text: str, day: dt.date) -> dict[str, str | None]:
    article = Article(id="e", title="", text=text, date=day)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


def test_today_on_a_protest_sign_is_no_day_of_the_story() -> None:
    text = (
        'In May 1997, workers marched, carrying placards reading, "Sale today, layoffs tomorrow."'
    )
    dates = found(text, dt.date(2003, 4, 2))
    assert dates.get("today") is None
    assert dates.get("tomorrow") is None


def test_today_in_a_quotation_someone_says_is_still_the_day() -> None:
    text = 'The mayor said, "We will sign the deal today."'
    assert found(text, dt.date(2003, 4, 2))["today"] == "2003-04-02"
