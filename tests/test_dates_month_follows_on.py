"""A month opening a sentence right after a month of a year long gone, later in the
calendar, follows on in that year: the story is being told in order."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def found(text: str, day: dt.date) -> dict[str, str | None]:
    article = Article(id="e", title="", text=text, date=day)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


def test_a_month_after_an_old_month_is_in_its_year() -> None:
    text = "The council met in June 1996. In August, she flew to Lyon to tell the board."
    assert found(text, dt.date(2003, 4, 2))["August"] == "1996-08"


def test_a_month_looked_ahead_to_after_an_old_month_stays_ahead() -> None:
    text = "The plant opened in June 1996. In August, the company will close it."
    assert found(text, dt.date(2003, 4, 2))["August"] == "2003-08"
