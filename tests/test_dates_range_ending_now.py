"""A range of months within one calendar year that ends in the story's own month ("to
review performance in the January-June period", told in June; "prices frozen from January
to early April", told late in April) is the one ending now, as that month alone is this
year's: a "will" or "would" nearby no longer puts the whole range a year ahead."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def values(text: str, day: dt.date) -> list[tuple[str, str | None]]:
    """The months read, in order (other dates of the sentence left out)."""
    article = Article(id="t", title="", text=text, date=day)
    return [
        (e.expression, e.value)
        for e in extract_events(article)
        if e.kind == "mentioned" and e.precision == "month"
    ]


def test_a_period_ending_in_the_stories_month_is_this_years() -> None:
    text = "A mission would visit here soon to review performance in the January-June period."
    assert values(text, dt.date(1987, 6, 2)) == [("January", "1987-01"), ("June", "1987-06")]


def test_a_term_from_a_month_gone_to_early_this_month_is_this_years() -> None:
    text = "The ministry will this week ask about the freeze on prices from January to early April."
    assert values(text, dt.date(1987, 4, 27)) == [
        ("January", "1987-01"),
        ("early April", "1987-04"),
    ]


def test_a_range_ahead_or_with_its_year_written_stays() -> None:
    day = dt.date(1987, 6, 2)
    text = "The plant will be closed from August to October for repairs."
    assert values(text, day) == [("August", "1987-08"), ("October", "1987-10")]
    text = "Shipments will run in the January-June period next year."
    assert values(text, day)[:2] == [("January", "1988-01"), ("June", "1988-06")]
