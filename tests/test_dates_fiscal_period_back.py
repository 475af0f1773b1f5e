"""The period a year back of a quarter ended off the calendar's quarter ends ("the fourth
quarter ending May 30") is that fiscal quarter's months a year back, which no calendar
quarter names: never the calendar quarter of the same number. "Each quarter" compared with
"the corresponding year-earlier period" is no one quarter."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def event(text: str, expression: str, day: dt.date):  # noqa: ANN201
    article = Article(id="t", title="", text=text, date=day)
    return [e for e in extract_events(article) if e.expression == expression][-1]


@pytest.mark.parametrize(
    ("text", "expression", "day"),
    [
        (
            "Acme Foods expects profit for the fourth quarter ending May 31 to beat that of the"
            " same year-ago period, its chairman said.",
            "the same year-ago period",
            dt.date(1993, 2, 10),
        ),
        (
            "Bolt Corp earned 2.1 mln dlrs for the second quarter ended April 30, against a"
            " loss of 1.2 mln dlrs in the same period last year.",
            "the same period last year",
            dt.date(1993, 6, 3),
        ),
    ],
)
def test_a_fiscal_quarter_a_year_back_is_no_calendar_quarter(
    text: str, expression: str, day: dt.date
) -> None:
    got = event(text, expression, day)
    assert "Q" not in (got.value or "")
    assert got.value in (None, "1992")


def test_a_calendar_quarter_a_year_back_is_still_that_quarter() -> None:
    text = (
        "Bolt Corp earned 2.1 mln dlrs for the second quarter ended June 30, against a loss of"
        " 1.2 mln dlrs in the same period last year."
    )
    assert event(text, "the same period last year", dt.date(1993, 7, 20)).value == "1992-Q2"


def test_each_quarter_against_the_year_before_is_no_one_quarter() -> None:
    text = (
        "Results for the fourth quarter rose 10 pct. It was the third year that earnings in"
        " each quarter improved over the corresponding year-earlier period."
    )
    got = event(text, "the corresponding year-earlier period", dt.date(1993, 3, 2))
    assert "Q" not in (got.value or "")


def test_a_period_of_a_written_year_after_no_quarter_read_is_that_year() -> None:
    # "Fouth-quarter" as the story misspells it: no quarter is read, so none is assumed.
    text = (
        "Mortgage lending rose 54 pct last year. Fouth-quarter lending by the thrifts was 75 pct"
        " above the volume of the same 1991 period."
    )
    assert event(text, "the same 1991 period", dt.date(1993, 4, 8)).value == "1991"
