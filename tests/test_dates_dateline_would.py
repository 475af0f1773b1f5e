"""A dateline's day is when the story was filed, not a time of telling that a "would" after
it counts from: "MEXICO CITY, March 5 - PEMEX said its customers would be charged ... in
February" is the February just gone, as it is without the dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def value_of(text: str, expression: str, day: dt.date) -> str | None:
    article = Article(id="d", title="", text=text, date=day)
    return [e.value for e in extract_events(article) if e.expression == expression][0]


@pytest.mark.parametrize(
    ("text", "day", "expression", "value"),
    [
        (
            "MEXICO CITY, March 5 - The Mexican state oil company PEMEX said its Far East"
            " customers would be charged 17.25 dlrs per barrel for Isthmus crude in February.",
            dt.date(1987, 3, 5),
            "February",
            "1987-02",
        ),
        (
            "WASHINGTON, June 2 - The Federal Reserve Board said it would release April"
            " consumer instalment credit figures on Friday.",
            dt.date(1987, 6, 2),
            "April",
            "1987-04",
        ),
    ],
)
def test_a_month_just_gone_after_a_dateline_and_would_stays_gone(
    text: str, day: dt.date, expression: str, value: str
) -> None:
    assert value_of(text, expression, day) == value


def test_a_time_of_telling_in_the_sentence_still_counts() -> None:
    text = "In January the company said it would close the plant in May."
    assert value_of(text, "May", dt.date(1987, 7, 10)) == "1987-05"
