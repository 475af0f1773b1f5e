"""A weekday's event opening a sentence told in the present ("Saturday's count is
estimated at", "Monday's board meeting is a regular one"): the nearer such day."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

FRIDAY = dt.date(2024, 3, 8)
THURSDAY = dt.date(2024, 3, 7)


def values(text: str, date: dt.date) -> dict[str, str | None]:
    article = Article(id="x", title="", text=text, date=date)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        # Told on the Friday: tomorrow's, not last Saturday's.
        ("Saturday's sheep sale is estimated at 4,000 head.", FRIDAY, "Saturday", "2024-03-09"),
        ("Monday's council meeting is a routine one.", FRIDAY, "Monday", "2024-03-11"),
        # The nearer day is the one gone by: it stays.
        ("Tuesday's count is disputed by the losing side.", THURSDAY, "Tuesday", "2024-03-05"),
        # Told in the past: gone by.
        ("Monday's council meeting was a routine one.", FRIDAY, "Monday", "2024-03-04"),
    ],
)
def test_a_weekdays_event_told_in_the_present_is_the_nearer_such_day(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # A figure already reported, told with "was due to": the day gone by.
        (
            "He said that about 750 mln dlrs of Wednesday's float figure was due to holdover.",
            "Wednesday",
            "2024-03-06",
        ),
        (
            "Wednesday's session was expected to be quiet, but it was not.",
            "Wednesday",
            "2024-03-06",
        ),
        # Told in the present, the plan still looks ahead.
        ("Wednesday's session is expected to be quiet.", "Wednesday", "2024-03-13"),
    ],
)
def test_a_weekdays_event_told_as_a_plan_in_the_past_is_the_day_gone_by(
    text: str, expression: str, value: str
) -> None:
    assert values(text, THURSDAY)[expression] == value
