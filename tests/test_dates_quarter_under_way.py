"""The quarter a results story compares with when it speaks of the quarter under way.

A firm that "expects second quarter earnings to rise" in June compares them with
the second quarter a year before, not with the quarter that ended before the
story; "the quarter just ended" is still the one that ended.
"""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def values(text: str, day: dt.date) -> dict[str, str | None]:
    article = Article(id="x", title="", text=text, date=day)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


JUNE = dt.date(1987, 6, 18)


def test_the_year_ago_quarter_of_a_quarter_under_way() -> None:
    found = values(
        "Acme Corp said it expects second quarter earnings to rise sharply. It expects a "
        "good operating performance compared with the year-ago quarter.",
        JUNE,
    )
    assert found["the year-ago quarter"] == "1986-Q2"


def test_the_quarter_after_a_charge_in_the_quarter_under_way() -> None:
    found = values(
        "Acme Corp said it will add 58 mln dlrs to reserves in the second quarter. The "
        "charge will reduce earnings for the quarter by 13 cts a share.",
        dt.date(1987, 6, 2),
    )
    assert found["the quarter"] == "1987-Q2"


def test_a_reported_quarter_still_comes_first() -> None:
    found = values(
        "Acme Corp said first quarter net income rose 20 pct. It expects second quarter "
        "sales to rise too. First quarter sales were up from the year-ago quarter.",
        dt.date(1987, 4, 20),
    )
    assert found["the year-ago quarter"] == "1986-Q1"


def test_the_quarter_just_ended_is_the_one_ended() -> None:
    found = values(
        "Xebec expects second quarter sales to fall. IBM accounted for 20 pct of revenue "
        "during the quarter just ended.",
        dt.date(1987, 4, 8),
    )
    assert found["the quarter"] == "1987-Q1"


def test_the_quarter_starting_on_a_day_is_the_one_it_opens() -> None:
    found = values(
        "Bankruptcies are expected to increase in the quarter starting April 1 due to "
        "slow consumer spending.",
        dt.date(1987, 3, 12),
    )
    assert found["the quarter"] == "1987-Q2"
