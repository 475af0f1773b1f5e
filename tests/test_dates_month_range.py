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
