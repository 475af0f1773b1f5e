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
        # "since" and what was done in it reach back to it, whatever else looks ahead.
        (
            "Popular since taking over as speaker in the fall, he would like to help.",
            FEBRUARY,
            "the fall",
            "2023-FA",
        ),
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


JANUARY = dt.date(2024, 1, 20)
MARCH = dt.date(2024, 3, 12)
DECEMBER = dt.date(2024, 12, 10)


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        # A winter runs from December into the next year and is named by the year it
        # begins in: told in January or February, "this winter" is the one under way.
        ("Snow has piled up in the hills this winter.", FEBRUARY, "this winter", "2023-WI"),
        ("The contests this winter will test the field.", JANUARY, "this winter", "2023-WI"),
        ("He spoke in Boise last winter, aides said.", JANUARY, "last winter", "2022-WI"),
        ("Gas may run short next winter, analysts said.", FEBRUARY, "next winter", "2024-WI"),
        ("The winter has been mild so far.", FEBRUARY, "The winter", "2023-WI"),
        # In December the winter under way is the year's own.
        ("Snow has piled up in the hills this winter.", DECEMBER, "this winter", "2024-WI"),
        ("He spoke in Boise last winter, aides said.", DECEMBER, "last winter", "2023-WI"),
        # Once it is over, "last winter" is the one just gone, "next winter" the coming one.
        ("He spoke in Boise last winter, aides said.", MARCH, "last winter", "2023-WI"),
        ("Gas may run short next winter, analysts said.", MARCH, "next winter", "2024-WI"),
        # Told in the past just after it ended, "this winter" is the one just gone; told
        # ahead, or later in the year, the coming one.
        ("Snowfall this winter was heavier than usual.", MARCH, "this winter", "2023-WI"),
        ("Oil prices will rise this winter, he said.", MARCH, "this winter", "2024-WI"),
        # Just after it ended, "this winter" with no word of the future is the one just gone,
        # whatever the tense ("has been excellent", "severe cold this winter").
        (
            "This winter, however, snowcover has generally been excellent.",
            MARCH,
            "This winter",
            "2023-WI",
        ),
        (
            "Crops suffered from severe cold this winter, an analyst said.",
            MARCH,
            "this winter",
            "2023-WI",
        ),
        ("He expected higher oil prices this winter.", MARCH, "this winter", "2024-WI"),
        ("Oil prices will rise this winter, he said.", OCTOBER, "this winter", "2024-WI"),
        # "the winter" by tense: told in the past before the next has begun, the last one.
        ("Sales slowed over the winter, the company said.", OCTOBER, "the winter", "2023-WI"),
        ("The port will close for the winter.", OCTOBER, "the winter", "2024-WI"),
        # Readied "for the winter", told in the past: still the one to come.
        (
            "Restocking for the winter lifted prices, traders said.",
            OCTOBER,
            "the winter",
            "2024-WI",
        ),
    ],
)
def test_a_winter_is_the_one_the_clause_means_across_the_new_year(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Only half of the winter wheat areas had snow cover.", "the winter"),
        ("Frost will determine the outcome of the winter crops.", "the winter"),
        ("Farmers had seeded 30 pct of the spring wheat acres.", "the spring"),
        ("Ratings rose with the start of the Summer Olympics.", "the Summer"),
    ],
)
def test_a_season_naming_a_crop_or_the_games_is_no_date(text: str, expression: str) -> None:
    assert expression not in values(text, OCTOBER)


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Producers try to take advantage of the winter demand to sell oil.", "the winter"),
        ("Prices drew support from the winter storm that swept the Plains.", "the winter"),
        ("Levels will stay low when the winter snowfall starts to melt.", "the winter"),
        ("Refiners built stocks for the summer driving demand.", "the summer"),
    ],
)
def test_a_season_naming_what_each_such_season_brings_is_no_date(
    text: str, expression: str
) -> None:
    assert expression not in values(text, dt.date(1987, 3, 4))


def test_a_season_naming_a_time_in_it_is_still_a_date() -> None:
    got = values("Sales fell in the winter months. Sales will rise in the summer quarter.", OCTOBER)
    assert got["the winter"] == "2023-WI"
    assert got["the summer"] == "2025-SU"


def test_a_season_before_a_harvest_or_a_meeting_is_still_a_date() -> None:
    got = values(
        "The drought will cut the summer grain harvest. Ministers meet at the spring meeting.",
        FEBRUARY,
    )
    assert got["the summer"] == "2024-SU"
    assert got["the spring"] == "2024-SP"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # A season after "in" with no article is read as "the summer" is, by tense.
        ("The test will come in summer when demand rises.", "summer", "1987-SU"),
        ("The budget is to be voted by Parliament in autumn.", "autumn", "1987-FA"),
        ("The harvest was poor in autumn, the ministry said.", "autumn", "1986-FA"),
        ("Snow cover was thin in winter, the ministry said.", "winter", "1986-WI"),
    ],
)
def test_a_bare_season_after_in_is_read_by_tense(text: str, expression: str, value: str) -> None:
    assert values(text, dt.date(1987, 3, 24))[expression] == value


def test_a_bare_season_after_in_is_unresolved_in_an_undated_story() -> None:
    article = Article(id="x", title="", text="In spring the park will reopen.", date=None)
    found = [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]
    assert found == [("spring", None)]


@pytest.mark.parametrize(
    ("text", "expression"),
    [("Farmers sowed more in spring wheat.", "spring"), ("Area rose in winter crops.", "winter")],
)
def test_a_bare_season_naming_a_kind_stays_no_date(text: str, expression: str) -> None:
    assert expression not in values(text, dt.date(1987, 3, 24))
