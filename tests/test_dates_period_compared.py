"""What "the same period last year" and its kin compare with when no quarter is reported on.

Results reports name a quarter and then lean on it ("third-quarter net ... the year-ago
period"): that quarter, a year back. A release of other figures names its own span ("the
first two months of 1987", "January and February", "the nine days from March 11 through
March 20"), and "the same period" is that span a year back: never the last quarter ended
before the story, which it does not talk about.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def found(text: str, day: dt.date) -> dict[str, tuple[str | None, bool]]:
    article = Article(id="p", title="", text=text, date=day)
    return {
        e.expression: (e.value, e.inferred)
        for e in extract_events(article)
        if e.kind == "mentioned"
    }


@pytest.mark.parametrize(
    ("text", "day", "expression", "value"),
    [
        (
            "Car sales for the nine days from March 11 through March 20 rose to 67,654, up 15.2"
            " pct from the 58,729 cars sold in the same period last year.",
            dt.date(1987, 3, 24),
            "the same period last year",
            "1986-03",
        ),
        (
            "Industrial output in January and February this year was 14.1 pct higher than in"
            " the same 1986 period.",
            dt.date(1987, 3, 9),
            "the same 1986 period",
            "1986",
        ),
        (
            "Exports in the first two months of 1987 rose to 1.2 billion dlrs from 1.0 billion"
            " dlrs in the same 1986 period.",
            dt.date(1987, 3, 20),
            "the same 1986 period",
            "1986",
        ),
        (
            "Output in the first five months of the year rose three pct compared with the"
            " same 1986 period.",
            dt.date(1987, 6, 18),
            "the same 1986 period",
            "1986",
        ),
        (
            "Imports for the first eight months of 1987 were 4.1 billion dlrs, compared with"
            " 3.9 billion dlrs in the same 1986 period.",
            dt.date(1987, 10, 19),
            "the same 1986 period",
            "1986",
        ),
    ],
)
def test_the_same_period_is_the_span_the_sentence_names_a_year_back(
    text: str, day: dt.date, expression: str, value: str
) -> None:
    assert found(text, day)[expression][0] == value


@pytest.mark.parametrize(
    ("text", "day", "expression"),
    [
        (
            "The EEI said power production in the 52 weeks ended March 28 was 2,558.83 billion"
            " kilowatt hours, up 2.2 pct from the year-ago period.",
            dt.date(1987, 3, 31),
            "the year-ago period",
        ),
        (
            "Shipments for the season, which began October 1, amounted to 104.3 mln lbs, vs"
            " 154.2 mln lbs in the year-ago period.",
            dt.date(1987, 3, 3),
            "the year-ago period",
        ),
        (
            "World oilseed stocks have increased 13.1 mln tonnes since 1984. During the same"
            " period, U.S. soybean stocks increased 12.1 mln tonnes.",
            dt.date(1987, 3, 11),
            "the same period",
        ),
        (
            "Canada's growth rate peaked at 9.7 pct in the 1961-1966 period.",
            dt.date(1987, 4, 13),
            "the 1961-1966 period",
        ),
    ],
)
def test_a_period_no_quarter_was_named_for_is_given_no_quarter(
    text: str, day: dt.date, expression: str
) -> None:
    """With no span it can be dated by, the period is at most a year, marked inferred."""
    value, inferred = found(text, day).get(expression, (None, False))
    assert value is None or ("Q" not in value and (inferred or len(value) == 4))
    assert value is None or "Q" not in value


@pytest.mark.parametrize(
    ("text", "day", "expression", "value"),
    [
        (
            "Third-quarter net rose to five mln dlrs from four mln dlrs in the year-ago period.",
            dt.date(1987, 10, 20),
            "the year-ago period",
            "1986-Q3",
        ),
        (
            "The current account swung to a surplus of 2.5 billion dlrs in the first quarter"
            " of 1987 from a deficit of 438 mln dlrs in the same 1986 period.",
            dt.date(1987, 4, 17),
            "the same 1986 period",
            "1986-Q1",
        ),
        (
            "First quarter group pre-tax profits rose to 686 mln marks from 649 mln in the"
            " same period last year.",
            dt.date(1987, 6, 2),
            "the same period last year",
            "1986-Q1",
        ),
    ],
)
def test_the_period_compared_with_a_quarter_reported_is_that_quarter(
    text: str, day: dt.date, expression: str, value: str
) -> None:
    """The earnings-report convention TimeBank annotates ("the year-ago period" 1988-Q3)."""
    assert found(text, day)[expression][0] == value


def test_days_from_one_month_to_another_are_no_month_a_year_back() -> None:
    value = found(
        "Total exports from January 1 to March 23 were 875.59 billion dinars, compared with"
        " 667.18 billion dinars in the same period last year.",
        dt.date(1987, 3, 30),
    )["the same period last year"][0]
    assert value != "1986-03" and "Q" not in (value or "")


def test_a_fiscal_years_period_is_marked_as_the_companys_year() -> None:
    assert found(
        "The only sales reflected in the fiscal 1987 period are sales after the acquisition.",
        dt.date(1987, 6, 18),
    )["the fiscal 1987 period"] == ("1987", True)


def test_days_of_one_month_written_once_are_that_month_a_year_back() -> None:
    assert (
        found(
            "Sales for the March 11 to 20 period dropped 62 pct to 790 from 2,100 cars in the same"
            " period a year ago.",
            dt.date(1987, 3, 24),
        )["the same period a year ago"][0]
        == "1986-03"
    )


def test_the_same_period_as_the_last_three_months_of_a_year_is_its_fourth_quarter() -> None:
    assert (
        found(
            "Sanders raised more than $33 million during the last three months of 2015. His haul"
            " puts him within $4 million of the $37 million raised by Clinton during the same"
            " period.",
            dt.date(2016, 1, 4),
        )["the same period"][0]
        == "2015-Q4"
    )


def test_a_figure_after_weeks_ended_a_day_is_no_second_day() -> None:
    value = found(
        "Imports averaged 6.2 mln bpd in the four weeks ended March 6 to 16.39 mln barrels per"
        " day from 16.08 mln in the same period a year ago.",
        dt.date(1987, 3, 11),
    )["the same period a year ago"][0]
    assert value is None or "Q" not in value and value != "1986-03"
