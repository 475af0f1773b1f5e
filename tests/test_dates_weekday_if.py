"""A weekday in a condition a modal hangs on ("It could happen if Trump rolls through the
Iowa caucuses Monday") is the coming one: what may happen is still to come."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def weekday_value(text: str, expression: str, day: dt.date) -> str | None:
    article = Article(id="w", title="", text=text, date=day)
    return [e.value for e in extract_events(article) if e.expression == expression][0]


def test_a_weekday_in_a_condition_of_what_may_happen_is_the_coming_one() -> None:
    text = "It could happen if Donald Trump rolls through the Iowa caucuses Monday."
    assert weekday_value(text, "Monday", dt.date(2016, 1, 31)) == "2016-02-01"


def test_a_weekday_in_a_condition_told_in_the_past_is_the_one_gone_by() -> None:
    text = "It could have happened if Trump had won the Iowa caucuses Monday."
    assert weekday_value(text, "Monday", dt.date(2016, 2, 4)) == "2016-02-01"
