"""Months that name a futures contract or a shipment term, and the second day of a range."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

APRIL = dt.date(1987, 4, 7)


def values(text: str, day: dt.date = APRIL) -> list[tuple[str, str | None]]:
    article = Article(id="m", title="", text=text, date=day)
    return [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Selling pushed the June contract lower.", "1987-06"),
        ("June bonds closed at 100-4/32, off 12/32.", "1987-06"),
        ("May crude closed 24 cts higher at 18.64 dlrs.", "1987-05"),
        ("Traders said resistance stands at 19 dlrs for May crude futures.", "1987-05"),
        ("The pacesetting June gold delivery traded at 423.60 dlrs an ounce.", "1987-06"),
        ("Cotton for December delivery was up 0.40 cent at 55.15 cents.", "1987-12"),
        ("Egypt bought 200,000 tonnes of wheat for March shipment.", "1988-03"),
        ("The sugar sold at 160 dlrs for July/August shipment, traders said.", "1987-07"),
        ("The tender was for first and second half March shipments.", "1988-03"),
        ("The December loading rose to 19.65 dlrs.", "1987-12"),
    ],
)
def test_a_contract_or_shipment_month_is_the_next_such_month(text: str, value: str) -> None:
    assert values(text)[0][1] == value


def test_every_month_of_a_shipment_pair_looks_ahead() -> None:
    found = values("Wheat was sold for July/August shipment.")
    assert found == [("July", "1987-07"), ("August", "1987-08")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("February shipments were 677.8 mln dlrs, up 4.9 pct.", "1987-02"),
        ("Pan Am said February load factor rose two points.", "1987-02"),
        ("Placements rose, and May cattle marketings were off 9 pct.", "1986-05"),
        ("The February trade surplus narrowed to 235 mln dlrs.", "1987-02"),
    ],
)
def test_a_month_of_reported_figures_stays_in_the_past(text: str, value: str) -> None:
    assert values(text)[0][1] == value


def test_a_shipment_term_running_through_the_month_of_writing_is_this_years() -> None:
    found = values("The basis will be afloat, May/July shipment.", dt.date(1987, 6, 2))
    assert found == [("May", "1987-05"), ("July", "1987-07")]


@pytest.mark.parametrize(
    "text",
    [
        "The main factor in the January revision was contracts for plant.",
        "The union rejected in late January a contract proposal.",
    ],
)
def test_a_contract_merely_near_a_month_leaves_it_in_the_past(text: str) -> None:
    assert values(text)[0][1] == "1987-01"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The hearing is set for April 29 and 30, the court said.", ("30", "1987-04-30")),
        ("He will be in Rome from June 3 to 6 as a guest.", ("6", "1987-06-06")),
        ("It bought shares between March 13 and 30 at 3.25 dlrs.", ("30", "1987-03-30")),
        ("Lyng plans to be in Japan April 14-27.", ("27", "1987-04-27")),
        ("Results are due on April 22 or 23.", ("23", "1987-04-23")),
        ("Output fell in the period February 1 through 25.", ("25", "1987-02-25")),
    ],
)
def test_the_second_day_of_a_range_of_days_is_a_date_too(text: str, second: tuple) -> None:
    assert values(text)[1] == second


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose on March 3 and 4 pct on March 5.",
        "He met them on March 3, 1987 and 4 others.",
        "The vote on March 30 and 4 others failed.",
        "Shipments were due May 10-June 10.",
    ],
)
def test_a_number_after_a_day_that_counts_something_is_no_day(text: str) -> None:
    found = values(text)
    assert all(not expression.isdigit() for expression, _ in found)


def test_a_year_after_the_second_day_is_the_first_days_year_too() -> None:
    found = values("Holders may subscribe from September 1 to 30, 1986, the bank said.")
    assert found == [("September 1", "1986-09-01"), ("30, 1986", "1986-09-30")]


def test_a_spaced_dash_after_a_dateline_starts_no_range() -> None:
    found = values("HANOVER, Md., June 1 - 4th qtr ended March 31.", dt.date(1987, 6, 1))
    assert all(expression != "4" for expression, _ in found)


def test_the_second_year_of_a_range_is_listed_once() -> None:
    assert values("Output fell in 1986/1987, the ministry said.") == [
        ("1986", "1986"),
        ("1987", "1987"),
    ]
