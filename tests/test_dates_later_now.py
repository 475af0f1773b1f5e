"""A step "later" from a time told before that would land after the story's own date, in a
clause that does not look ahead, is no future year: told in the present it is now."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import PRESENT_REF, Article


def found(text: str, day: dt.date) -> dict[str, str | None]:
    article = Article(id="e", title="", text=text, date=day)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


def test_a_decade_later_told_in_the_present_is_now() -> None:
    text = (
        "Last year, the founder said that change brings arrows in the back. And a decade later,"
        " the firm remains on the brink of ruin."
    )
    assert found(text, dt.date(2012, 6, 5))["a decade later"] == PRESENT_REF


def test_a_decade_later_that_lies_behind_the_story_is_that_year() -> None:
    text = "The plant closed in 1990. A decade later, the town voted to rebuild it."
    assert found(text, dt.date(2012, 6, 5))["A decade later"] == "2000"
