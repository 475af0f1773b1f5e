"""A weekday's event (its debate, primary, vote) after a verb in the present perfect ("Trump
has complimented the moderator of Monday night's first debate") is the nearer such day: the
perfect tells of the time up to now, not of the event, as a looking verb does."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

FRIDAY = dt.date(2016, 9, 23)


def value_of(text: str, expression: str, day: dt.date = FRIDAY) -> str | None:
    article = Article(id="t", title="", text=text, date=day)
    return [e.value for e in extract_events(article) if e.expression == expression][-1]


def test_a_weekdays_event_after_a_perfect_is_the_nearer_one() -> None:
    text = "The candidate has praised the moderator of Monday night's first debate, a TV anchor."
    assert value_of(text, "Monday night") == "2016-09-26"
    tuesday = dt.date(2016, 9, 27)
    assert value_of(text, "Monday night", tuesday) == "2016-09-26"


def test_a_weekdays_event_told_in_the_past_or_since_stays_gone_by() -> None:
    text = "The candidate praised the moderator of Monday night's first debate, a TV anchor."
    assert value_of(text, "Monday night") == "2016-09-19"
    text = "The candidate has gained in the polls since Monday night's debate."
    assert value_of(text, "Monday night") == "2016-09-19"
