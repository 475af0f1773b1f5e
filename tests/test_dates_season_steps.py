"""A season told from a date the story gives: "the following spring", "the previous winter"."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def values(text: str, date: dt.date | None) -> dict[str, str | None]:
    article = Article(id="x", title="", text=text, date=date)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The pavilion burned down on 3 August 2022. By the following spring it had reopened.",
            "the following spring",
            "2023-SP",
        ),
        (
            "The mill shut in February 2019. The following summer its workers moved away.",
            "The following summer",
            "2019-SU",
        ),
        (
            "The dam was finished in June 2015. The previous autumn the valley had flooded.",
            "The previous autumn",
            "2014-FA",
        ),
    ],
)
def test_a_season_steps_from_the_date_told_before_it(
    text: str, expression: str, value: str
) -> None:
    assert values(text, dt.date(2024, 5, 1))[expression] == value


def test_in_an_undated_story_it_steps_from_the_stories_own_date() -> None:
    found = values(
        "The pavilion burned down on 3 August 2022. By the following spring it had reopened.",
        None,
    )
    assert found["the following spring"] == "2023-SP"


def test_with_no_date_told_before_it_it_steps_from_the_day_of_writing() -> None:
    found = values("Builders will return the following spring.", dt.date(2024, 5, 1))
    assert found["the following spring"] == "2025-SP"
