"""A range of months takes the year written at its end."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def test_a_range_between_two_months_takes_the_year_written_at_its_end() -> None:
    text = "Between February and October 1986, California's crude oil production slipped."
    article = Article(id="x", title="", text=text, date=dt.date(1987, 3, 4))
    found = [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]
    assert found[0] == ("February", "1986-02")


def test_the_start_of_a_month_after_the_end_of_the_one_before_is_in_its_year() -> None:
    """ "late November or early December" is one stretch of time: a plan told in January
    for it was made for the weeks just gone, both of them, not for next December."""
    text = "The party agreed to allow him to use its voter file in late November or early December."
    article = Article(id="x", title="", text=text, date=dt.date(2016, 1, 5))
    found = [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]
    assert found == [("late November", "2015-11"), ("early December", "2015-12")]
    text = "The sale has been postponed until late March or early April, bankers said."
    article = Article(id="x", title="", text=text, date=dt.date(1987, 3, 2))
    found = [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]
    assert found == [("late March", "1987-03"), ("early April", "1987-04")]
