"""A holiday's name closing a quoted title ("How the Grinch Stole Christmas") is no date."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def found(text: str, day: dt.date) -> dict[str, str | None]:
    article = Article(id="h", title="", text=text, date=day)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


def test_a_holiday_in_a_quoted_title_is_no_date() -> None:
    text = "He had roles in “How the Grinch Stole Christmas,” “Apollo 13” and others."
    assert "Christmas" not in found(text, dt.date(2016, 4, 12))


def test_a_quoted_holiday_on_its_own_is_still_a_date() -> None:
    text = "The shop said sales for “Christmas” rose."
    assert found(text, dt.date(2016, 4, 12)).get("Christmas") is not None
