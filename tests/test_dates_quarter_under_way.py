"""The quarter a results story compares with when it speaks of the quarter under way.

A firm that "expects second quarter earnings to rise" in June compares them with
the second quarter a year before, not with the quarter that ended before the
story; "the quarter just ended" is still the one that ended.
"""

from __future__ import annotations

import datetime as dt

import pytest

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


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        (
            "Inflation for the first two months of this year was 4.0 pct against 5.0 pct for "
            "the same period last year.",
            dt.date(1987, 3, 5),
            "the same period last year",
            "1986",
        ),
        (
            "Year-to-date car sales fell to 18,094 units from 22,073 units in the same period "
            "last year.",
            dt.date(1987, 3, 4),
            "the same period last year",
            "1986",
        ),
        (
            "Exports in the first four months were 639 mln dlrs, against 771 mln in the "
            "year-earlier period.",
            dt.date(1987, 6, 18),
            "the year-earlier period",
            "1986",
        ),
        (
            "In the first nine months of last year output rose 1.1 pct, against a fall in the "
            "same period a year earlier.",
            dt.date(1987, 3, 12),
            "the same period a year earlier",
            "1985",
        ),
    ],
)
def test_a_calendar_year_to_date_a_year_back_is_the_year_before(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    """Part of a year has no TimeML value of its own: the year holding it, not a quarter."""
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "date", "expression"),
    [
        (
            "The company has started the current financial year well, with the first four "
            "months up on the same period last year.",
            dt.date(1987, 3, 2),
            "the same period last year",
        ),
        (
            "Sales for the first six months of the year were 242 mln dlrs, above the 210 mln "
            "reported in the same period last year.",
            dt.date(1987, 3, 9),
            "the same period last year",
        ),
        (
            "Turnover in the first five months of 1986/87 was 19 pct above the same year-ago "
            "period.",
            dt.date(1987, 3, 26),
            "the same year-ago period",
        ),
    ],
)
def test_a_fiscal_year_to_date_a_year_back_is_not_read_as_a_calendar_year(
    text: str, date: dt.date, expression: str
) -> None:
    assert values(text, date).get(expression) not in ("1986", "1985")
