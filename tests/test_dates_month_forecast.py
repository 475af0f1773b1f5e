"""A bare month or weekday in a forecast lies ahead: what "might", "could" or "may" happen in it,
what is said of it as a forecast, and a maturity ("bills maturing from May")."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MARCH = dt.date(1987, 3, 12)


def values(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="x", title="", text=text, date=MARCH)
    return [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sources said arrivals from May through July might only reach 600,000 bags.",
            [("May", "1987-05"), ("July", "1987-07")],
        ),
        (
            "A further 100 mln bu of soybeans could be forfeited between September and end-year.",
            [("September", "1987-09")],
        ),
        ("Officials said exports in September may rise again.", [("September", "1987-09")]),
        # The modal, not a past verb further back, tells of the month.
        (
            "They said the loan agreement announced by Argentina could be signed in August.",
            [("August", "1987-08")],
        ),
        (
            "The Iran deal embraced by the party might lead to gains in November.",
            [("November", "1987-11")],
        ),
        (
            "The Fed bought bills maturing from May through September 24 for delivery.",
            [("May", "1987-05"), ("September 24", "1987-09-24")],
        ),
    ],
)
def test_a_month_in_a_forecast_or_a_maturity_lies_ahead(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What could not be done then, and what was: gone by.
        ("He could not attend the meeting in September.", [("September", "1986-09")]),
        ("Output fell in September and could fall further.", [("September", "1986-09")]),
        ("The sources said arrivals in September were 600,000 bags.", [("September", "1986-09")]),
    ],
)
def test_a_month_told_in_the_past_stays_gone_by(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


SATURDAY = dt.date(2016, 3, 12)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # What may come on a weekday, by a modal before it: the coming one.
        ("The ad, airing on cable, could hit Florida airwaves Monday, aides said.", "2016-03-14"),
        ("Fundamentals may provide most of the direction in futures on Monday.", "2016-03-14"),
        # What nobody could do, and a day told as the one the story was written on, stay.
        ("Neither he nor his aides could be located Monday in their hometown.", "2016-03-07"),
        ("He may face a skeptical audience when he speaks later Monday.", "2016-03-07"),
    ],
)
def test_a_weekday_what_may_come_on_is_the_coming_one(text: str, value: str) -> None:
    article = Article(id="x", title="", text=text, date=SATURDAY)
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found["Monday"] == value
