"""Seasons as news writes them: told in the past before this year's has come, joined in
pairs ("the spring and summer"), pointed back at ("that fall"), and told in a story of
another year."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

FEBRUARY = dt.date(2024, 2, 14)
OCTOBER = dt.date(2024, 10, 9)


def values(text: str, date: dt.date = FEBRUARY) -> dict[str, str | None]:
    article = Article(id="x", title="", text=text, date=date)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        # Told in the past before this year's season has begun: the one gone by.
        ("The mayor has led in the polls since the fall.", FEBRUARY, "the fall", "2023-FA"),
        ("Sales slowed over the summer, the company said.", FEBRUARY, "the summer", "2023-SU"),
        # Still ahead, or under way, or told of what is to come: this year's.
        ("The council will vote on the plan in the fall.", FEBRUARY, "the fall", "2024-FA"),
        ("Sales slowed over the summer, the company said.", OCTOBER, "the summer", "2024-SU"),
        # Looking ahead once this year's has ended: next year's.
        ("The bridge will reopen in the spring.", OCTOBER, "the spring", "2025-SP"),
        # A past verb, but the sentence still looks ahead: this year's.
        (
            "The firm said the phone will be launched over the summer.",
            FEBRUARY,
            "the summer",
            "2024-SU",
        ),
        ("The union hoped to sign a deal in the summer.", FEBRUARY, "the summer", "2024-SU"),
        # The next sentence's tense is not this one's.
        (
            "He has led the polls since the fall. But his lead could still vanish.",
            FEBRUARY,
            "the fall",
            "2023-FA",
        ),
        (
            "He has led for much of the fall. But his lead could still vanish.",
            FEBRUARY,
            "the fall",
            "2023-FA",
        ),
        (
            "COULD THE LEAD VANISH? - He has led the polls for much of the fall and winter.",
            FEBRUARY,
            "the fall",
            "2023-FA",
        ),
        ("One in nine voters this fall is expected to be young.", FEBRUARY, "this fall", "2024-FA"),
    ],
)
def test_a_season_told_by_tense_is_the_one_the_clause_means(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "date", "found"),
    [
        (
            "The senator led the field for much of the fall and winter.",
            FEBRUARY,
            {"the fall": "2023-FA", "winter": "2023-WI"},
        ),
        (
            "Crews will work through the spring and summer to finish the line.",
            FEBRUARY,
            {"the spring": "2024-SP", "summer": "2024-SU"},
        ),
        (
            "The festival is held each year, and this summer and fall it will expand.",
            FEBRUARY,
            {"this summer": "2024-SU", "fall": "2024-FA"},
        ),
    ],
)
def test_the_second_season_of_a_pair_is_a_date_too(
    text: str, date: dt.date, found: dict[str, str]
) -> None:
    got = values(text, date)
    for expression, value in found.items():
        assert got.get(expression) == value


def test_that_season_and_that_month_are_of_the_year_told() -> None:
    got = values(
        "She joined the firm in 2009. That fall she moved to Boston. That November, she ran "
        "for the council, and by that December she had won.",
        OCTOBER,
    )
    assert got["That fall"] == "2009-FA"
    assert got["That November"] == "2009-11"
    assert got["that December"] == "2009-12"


def test_that_before_a_month_or_season_after_a_verb_is_no_pointer() -> None:
    got = values(
        "Back in 2009, officials said that November sales had fallen. Farmers noted that "
        "spring crops yield less.",
        OCTOBER,
    )
    assert "that November" not in got
    assert "that spring" not in got


def test_a_bare_season_after_a_date_of_another_year_in_its_sentence_is_in_that_year() -> None:
    got = values(
        "He won the primaries in early June of 2008 and chose a running mate later in the summer.",
        OCTOBER,
    )
    assert got["the summer"] == "2008-SU"


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell in the spring and rose again.",
        "The fall and rise of the company made headlines.",
        "He took a fall and winter coat from the rack.",
        "The ministry attributed the fall to lower oil prices.",
        "The fall was largely due to weaker exports, the bank said.",
        "Officials tried to contain the fall-out from the dispute.",
    ],
)
def test_no_second_season_where_none_is_meant(text: str) -> None:
    got = values(text, OCTOBER)
    assert not any(e in got for e in ("rise", "winter", "summer", "the fall", "The fall"))
