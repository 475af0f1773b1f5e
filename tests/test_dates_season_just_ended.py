"""A season that has just ended, told in its own clause as gone by, is that one and not the
next, though another clause of the sentence looks ahead: "the winter" in a story of March
whose cold "was" or whose snows a region "experienced", one got "through" in a counterfactual
("could have kept loading through the winter"), or something done "after the winter"."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MARCH = dt.date(1991, 3, 14)
APRIL = dt.date(1991, 4, 22)
SEPTEMBER = dt.date(1991, 9, 17)


def value_of(text: str, expression: str, day: dt.date) -> str | None:
    article = Article(id="t", title="", text=text, date=day)
    return [e.value for e in extract_events(article) if e.expression == expression][-1]


@pytest.mark.parametrize(
    ("text", "expression", "day", "value"),
    [
        (
            "Yields could fall sharply because mild weather had let the beetles survive the"
            " winter, the ministry said.",
            "the winter",
            MARCH,
            "1990-WI",
        ),
        (
            "A thaw is expected soon in the north, which saw record frosts this winter.",
            "this winter",
            MARCH,
            "1990-WI",
        ),
        (
            "Sowing may slip two weeks in the valley, where the winter was unusually wet.",
            "the winter",
            APRIL,
            "1990-WI",
        ),
        (
            "Ferries could have kept running through the winter if the pier had not been"
            " closed for repairs.",
            "the winter",
            MARCH,
            "1990-WI",
        ),
        (
            "The canal, due to reopen April 2 after the winter, expects less traffic.",
            "the winter",
            MARCH,
            "1990-WI",
        ),
        (
            "The museum, set to reopen next week after the summer, expects fewer visitors.",
            "the summer",
            SEPTEMBER,
            "1991-SU",
        ),
    ],
)
def test_a_season_just_ended_told_as_gone_in_its_clause_is_that_one(
    text: str, expression: str, day: dt.date, value: str
) -> None:
    assert value_of(text, expression, day) == value


@pytest.mark.parametrize(
    ("text", "expression", "day", "value"),
    [
        ("Traders said heating oil would be dearer this winter.", "this winter", MARCH, "1991-WI"),
        ("The dealers were restocking for the winter.", "the winter", MARCH, "1991-WI"),
        ("Gas may run short next winter, analysts said.", "next winter", APRIL, "1991-WI"),
        (
            "The plant, which closed last month, will stay shut through the winter.",
            "the winter",
            APRIL,
            "1991-WI",
        ),
        ("The talks will resume after the summer break.", "the summer", APRIL, "1991-SU"),
    ],
)
def test_a_season_still_looked_ahead_to_is_the_coming_one(
    text: str, expression: str, day: dt.date, value: str
) -> None:
    assert value_of(text, expression, day) == value
