"""Election Day with no year written: the one of a year the story has just named; in an
election year, never the off-year election of the year before."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def found(text: str, day: dt.date) -> dict[str, str | None]:
    article = Article(id="e", title="", text=text, date=day)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


def test_election_day_after_a_year_named_is_that_years() -> None:
    text = (
        "Campaigning against Mitt Romney in 2012, he barely mentioned climate change.\n\n"
        "But soon after Election Day, Mr. Obama interrupted a broad discussion with historians."
    )
    assert found(text, dt.date(2016, 9, 8))["Election Day"] == "2012-11-06"


def test_election_day_told_in_the_past_in_an_election_year_is_no_off_year_election() -> None:
    text = "It would also allow us to know what our vote goal was on the actual Election Day."
    assert found(text, dt.date(2016, 2, 17)).get("Election Day") is None


def test_election_day_looked_ahead_to_after_a_year_named_is_the_coming_one() -> None:
    text = (
        "Looking to correct some missteps the party made in 2012, Priebus has authorized more"
        " staff in the states expected to be most pivotal on Election Day."
    )
    assert found(text, dt.date(2016, 5, 26))["Election Day"] == "2016-11-08"
