"""Two months joined by "and", "or" or a slash, the second with its year written ("stock
splits in January and June 1986", "output during Jan/Sept 1987"), are both in that year
(the first a year before it when it comes later in the calendar: "December and January
1987"), not the first read alone from the story's date."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def months(text: str, day: dt.date) -> list[tuple[str, str | None]]:
    article = Article(id="t", title="", text=text, date=day)
    return [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]


def test_a_pair_of_months_takes_the_year_written_after_it() -> None:
    day = dt.date(1987, 10, 19)
    text = (
        "The company made an offering of shares and 2-for-1 stock splits in January and June 1986."
    )
    assert months(text, day) == [("January", "1986-01"), ("June 1986", "1986-06")]
    text = "The publication expects total output during Jan/Sept 1987 to fall by eight pct."
    assert months(text, dt.date(1987, 4, 7)) == [("Jan", "1987-01"), ("Sept 1987", "1987-09")]


def test_a_pair_across_the_new_year_starts_a_year_before_the_year_written() -> None:
    text = "Sales fell sharply in December or January 1987, the company said."
    assert months(text, dt.date(1987, 6, 1)) == [
        ("December", "1986-12"),
        ("January 1987", "1987-01"),
    ]
