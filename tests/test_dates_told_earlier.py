"""A step "earlier" or "later" in a passage about another time counts from the time the
passage names, never from the story's own date, and "earlier" never lands after it."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def found(text: str, day: dt.date) -> dict[str, str | None]:
    article = Article(id="e", title="", text=text, date=day)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


def test_a_year_earlier_after_an_old_year_is_the_year_before_it() -> None:
    text = (
        "In late 1994, the mayor flew to Paris to meet the bankers. But the treasurer, who"
        " had resigned a year earlier from the council, stayed at home."
    )
    assert found(text, dt.date(2009, 5, 12))["a year earlier"] == "1993"


def test_a_step_set_beside_the_date_it_names_is_that_date() -> None:
    text = (
        "After the flood in March 2003, the council called an early vote for November 2003,"
        " only eight months later."
    )
    assert found(text, dt.date(2009, 5, 12))["only eight months later"] == "2003-11"


def test_a_day_earlier_than_a_day_ahead_is_not_after_the_story() -> None:
    text = (
        "Voters go to the polls in next Tuesday's runoff. A day earlier, four marchers were"
        " detained by the police."
    )
    value = found(text, dt.date(2009, 5, 12))["A day earlier"]
    assert value is None or value <= "2009-05-12"


def test_a_year_earlier_a_paragraph_after_an_old_year_counts_from_it() -> None:
    text = (
        "In late 1994, the mayor flew to Paris to meet the bankers at their headquarters on the"
        " river, to discuss a plan that would swallow a rival and double the city's debt.\n\n"
        "The treasurer was one of the more trusted minds on the council, and he was so fired up"
        " about the plan's potential that he said she should call the bank's chief right away,"
        " before anyone else in the building could hear of it.\n\n"
        "But the mayor, who had moved a year earlier from her post at the port, was cold."
    )
    assert found(text, dt.date(2009, 5, 12))["a year earlier"] == "1993"
