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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Told in April 1987: a second term of the same purchase, with no shipment word.
        (
            "It bought wheat for various June/Aug shipments, with 90,000 tonnes for Aug/Sept,"
            " the exporters said.",
            [("June", "1987-06"), ("Aug", "1987-08"), ("Aug", "1987-08"), ("Sept", "1987-09")],
        ),
        # The months of a pair run forward: Nov is the one after April, not the one before.
        (
            "A tender for 225,000 tonnes of wheat for various April/Nov shipments is still awaited.",
            [("April", "1987-04"), ("Nov", "1987-11")],
        ),
        (
            "Rapeseed oil was offered at 640 marks for April/Dec, traders said.",
            [("April", "1987-04"), ("Dec", "1987-12")],
        ),
        # Figures for a pair of months gone by stay gone by.
        (
            "The trade surplus for January/February was 17.6 billion marks.",
            [("January", "1987-01"), ("February", "1987-02")],
        ),
        (
            "Exports were 90,000 tonnes for Jan/Feb, customs figures showed.",
            [("Jan", "1987-01"), ("Feb", "1987-02")],
        ),
    ],
)
def test_a_pair_of_months_a_shipment_is_for_lies_ahead(text: str, expected: list) -> None:
    assert values(text) == expected


def test_a_pair_of_months_is_read_from_the_member_nearest_the_story() -> None:
    """Told in April, "Jan" alone in a forecast is the January ahead; paired with "Sept",
    the nearer member, it is the one that opens this year's term."""
    found = values("Exports are expected to drop 500,000 tonnes during Jan/Sept, they said.")
    assert found == [("Jan", "1987-01"), ("Sept", "1987-09")]


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rubber market closed higher at 228 cents per kilo for May, dealers said.",
            [("May", "1987-05")],
        ),
        (
            "Dealers sold two cargoes at 237.35 dlrs a tonne cif for April/May.",
            [("April", "1987-04"), ("May", "1987-05")],
        ),
        ("Resistance is seen at 19.00 dlrs a barrel for May crude.", [("May", "1987-05")]),
        (
            "Exporters bought whites last week at 202.90 dlrs a tonne for March/April.",
            [("last week", "1987-W14"), ("March", "1987-03"), ("April", "1987-04")],
        ),
    ],
)
def test_a_month_a_price_is_quoted_for_is_the_coming_delivery_month(
    text: str, expected: list
) -> None:
    """Written on 7 April 1987: a price for May is for May delivery, the May ahead, whatever
    the tense of the trading; a term running into this month ("for March/April") is this
    year's."""
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cargill received a cargo at 93.75 dlrs per tonne for November 1-15 delivery.",
            [("November 1", "1987-11-01"), ("15", "1987-11-15")],
        ),
        (
            "The oil was for June 20/July 20 shipment at 321 dlrs per tonne.",
            [("June 20", "1987-06-20"), ("July 20", "1987-07-20")],
        ),
        (
            "Cargill won it for September 1-15 and November 5-20 delivery.",
            [
                ("September 1", "1987-09-01"),
                ("15", "1987-09-15"),
                ("November 5", "1987-11-05"),
                ("20", "1987-11-20"),
            ],
        ),
    ],
)
def test_the_days_of_a_delivery_term_lie_ahead(text: str, expected: list) -> None:
    """Written on 27 March 1987: "for November 1-15 delivery" is this November."""
    assert values(text, dt.date(1987, 3, 27)) == expected


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "Gold was valued at 757.24 rand an ounce for March against 754.59 rand for February.",
            APRIL,
            [("March", "1987-03"), ("February", "1987-02")],
        ),
        (
            "The allocation, for the February 27-July 7 shipment period, is the third.",
            dt.date(1987, 3, 2),
            [("February 27", "1987-02-27"), ("July 7", "1987-07-07")],
        ),
        (
            "It showed a deficit of 162 mln dlrs for January, the bank said.",
            APRIL,
            [("January", "1987-01")],
        ),
        (
            "The fund paid six cts for November and seven cts for December.",
            APRIL,
            [("November", "1986-11"), ("December", "1986-12")],
        ),
    ],
)
def test_a_month_of_figures_or_a_term_begun_stays_behind(
    text: str, day: dt.date, expected: list
) -> None:
    assert values(text, day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traders sold cargoes at 240 dlrs a tonne for June/July and took options to sell"
            " more at the same price for July/August.",
            [("June", "1987-06"), ("July", "1987-07"), ("July", "1987-07"), ("August", "1987-08")],
        ),
        (
            "The tender called for two cargoes of May/June.",
            [("May", "1987-05"), ("June", "1987-06")],
        ),
        (
            "Routine sales were made. June/July sold at 4,300 and 4,310 dlrs.",
            [("June", "1987-06"), ("July", "1987-07")],
        ),
        (
            "Sales were light with June/July going at 1,850 dlrs, August/September at 1,870 dlrs.",
            [
                ("June", "1987-06"),
                ("July", "1987-07"),
                ("August", "1987-08"),
                ("September", "1987-09"),
            ],
        ),
        (
            "June/July oil went at 2.27 times the futures price, January/March at 4,400 dlrs.",
            [
                ("June", "1987-06"),
                ("July", "1987-07"),
                ("January", "1988-01"),
                ("March", "1988-03"),
            ],
        ),
        (
            "Houses sold the other cargoes for shipment between June/July/September.",
            [("June", "1987-06"), ("July", "1987-07"), ("September", "1987-09")],
        ),
        (
            "Crushers bought 50,000 tonnes for shipment in late June/July, traders said.",
            [("late June", "1987-06"), ("July", "1987-07")],
        ),
        (
            "Dealers were on both sides of July/December at 7-1/2 cents.",
            [("July", "1987-07"), ("December", "1987-12")],
        ),
    ],
)
def test_every_month_of_a_priced_delivery_pair_lies_ahead(text: str, expected: list) -> None:
    """Written on 7 April 1987: each pair of months in a list of prices or cargoes is a
    delivery period ahead, however the pair is written, so one sentence never spans two
    years."""
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports in January/February at 512 mln dlrs were up 5 pct.",
            [("January", "1987-01"), ("February", "1987-02")],
        ),
        (
            "The index stood at 112.5 in January/February, the office said.",
            [("January", "1987-01"), ("February", "1987-02")],
        ),
    ],
)
def test_a_pair_of_months_of_figures_stays_behind(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sugar output in the 1986/87 season (October/September) rose to 3.66 mln tonnes.",
            [("1986", "1986"), ("87", "1987"), ("October", "1986-10"), ("September", "1987-09")],
        ),
        (
            "Imports are forecast at 425,000 tonnes in 1987/88 (October/September).",
            [("1987", "1987"), ("88", "1988"), ("October", "1987-10"), ("September", "1988-09")],
        ),
        (
            "Deliveries were 24.38 mln tonnes in 1985/86 (August/July).",
            [("1985", "1985"), ("86", "1986"), ("August", "1985-08"), ("July", "1986-07")],
        ),
        (
            "Rice from the 1985-86 (November/March) crop is on offer.",
            [("1985", "1985"), ("86", "1986"), ("November", "1985-11"), ("March", "1986-03")],
        ),
        (
            "The target for the 1987/88 season (November/May) was set at 600,000 tonnes.",
            [("1987", "1987"), ("88", "1988"), ("November", "1987-11"), ("May", "1988-05")],
        ),
        (
            "Coffee output in the 1986/87 (Oct/Sept) season will fall.",
            [("1986", "1986"), ("87", "1987"), ("Oct", "1986-10"), ("Sept", "1987-09")],
        ),
    ],
)
def test_the_months_of_a_season_lie_in_its_own_years(text: str, expected: list) -> None:
    """Told in April 1987: a season or marketing year's months, given after its years, run
    from the first year into the second, where "September" had been put in 1986."""
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aug/Sept sold at 1,870 and 1,880 dlrs per tonne FOB.",
            [("Aug", "1987-08"), ("Sept", "1987-09")],
        ),
        (
            "June/July went at 4,400 dlrs and Oct/Dec at 1.25 times New York Dec.",
            [("June", "1987-06"), ("July", "1987-07"), ("Oct", "1987-10"), ("Dec", "1987-12")],
        ),
        (
            "SOYMEAL afloat 184 Oct/Dec 177 down one Jan/Mar 182 unch sellers",
            [("Oct", "1987-10"), ("Dec", "1987-12"), ("Jan", "1988-01"), ("Mar", "1988-03")],
        ),
        (
            "SOYMEAL afloat 184 October/December 177 down one",
            [("October", "1987-10"), ("December", "1987-12")],
        ),
    ],
)
def test_a_pair_of_abbreviated_months_reads_as_a_pair_of_months(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Output rose 2.1 pct in Jan-Feb from a year earlier.",
            [("Jan", "1987-01"), ("Feb", "1987-02"), ("a year earlier", "1986-02")],
        ),
        ("Imports in Jan-Sept 1986 fell.", [("Jan", "1986-01"), ("Sept 1986", "1986-09")]),
        ("Exports in Jan-Dec, 1985 fell.", [("Jan", "1985-01"), ("Dec, 1985", "1985-12")]),
        (
            "Coffee output in the 1986/87 (Oct-Sept) season will fall from 1.9 mln bags the "
            "previous year.",
            [
                ("1986", "1986"),
                ("87", "1987"),
                ("Oct", "1986-10"),
                ("Sept", "1987-09"),
                ("the previous year", "1985"),
            ],
        ),
        ("Dealers quoted Apr-May at 214.00 dlrs.", [("Apr", "1987-04"), ("May", "1987-05")]),
        # not months: names and words with a hyphen
        ("Kim Jun-ho and Jan-Erik Olsen met.", []),
    ],
)
def test_an_abbreviated_month_opening_a_range_with_a_hyphen_is_a_month(
    text: str, expected: list
) -> None:
    """ "Jan-Feb", "Oct-Sept", "Apr-May": a month abbreviated with no stop is read where a
    month follows it across a slash, and now a hyphen too; its months in brackets after a
    season's years give the season's span and are no date "the previous year" counts from."""
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("A local house bought July soymeal, with sellers scattered.", "July", "1987-07"),
        ("Brokers said April heating oil could rally above 53 cents.", "April", "1987-04"),
        ("A dealer sold 500 lots of May cocoa in late trade.", "May", "1987-05"),
        (
            "Losses ran from 2 cents in May wheat to 3 in new December barley.",
            "December",
            "1987-12",
        ),
        ("Funds were the featured buyers of May soybeans, traders said.", "May", "1987-05"),
        ("Selling of March silver weighed on the market.", "March", "1988-03"),
        ("A trade house did 250 lots of May against actuals.", "May", "1987-05"),
        ("Speculators bought July and sold May, pit brokers said.", "July", "1987-07"),
        ("Speculators bought July and sold May, pit brokers said.", "May", "1987-05"),
        ("Cargill was a buyer of September, brokers said.", "September", "1987-09"),
        ("A local house steadily bought new crop November.", "November", "1987-11"),
        ("ADM was a steady buyer in new crop December.", "December", "1987-12"),
    ],
)
def test_a_month_before_a_traded_commodity_is_its_contract_ahead(
    text: str, expression: str, value: str
) -> None:
    assert (expression, value) in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The agency said that in December oil production fell 4 pct.", "1986-12"),
        ("Norway's February oil output rose 22 pct to one mln barrels a day.", "1987-02"),
        ("January wheat exports comprised 251,000 tonnes.", "1987-01"),
        ("Argentina's February wheat shipments were 300,000 tonnes.", "1987-02"),
        ("March cocoa grindings rose 4 pct, the association said.", "1987-03"),
        ("He said the January coffee quota was cut.", "1987-01"),
    ],
)
def test_a_month_of_commodity_figures_is_no_contract(text: str, value: str) -> None:
    assert values(text)[0][1] == value


ROWS = """Barge freight rates firmed, dealers said. Quotes included -

- Sept/Nov lower Ohio River 137-1/2 pct bid/145 offered, with Sept/Dec same section 125 pct bid.

- May Illinois River (ex Joliet) 100 pct bid/107-1/2 offered - no comparison.

- June/July upper Mississippi offered at 120 pct, no bids."""


def test_the_periods_heading_rows_of_rates_lie_ahead() -> None:
    found = values(ROWS, dt.date(1987, 4, 1))
    assert found == [
        ("Sept", "1987-09"),
        ("Nov", "1987-11"),
        ("Sept", "1987-09"),
        ("Dec", "1987-12"),
        ("May", "1987-05"),
        ("June", "1987-06"),
        ("July", "1987-07"),
    ]


def test_a_list_of_figures_is_no_row_of_rates() -> None:
    text = "Results -\n\n- February sales rose 5 pct.\n\n- In March it offered 5 pct more."
    assert values(text, dt.date(1987, 4, 1)) == [("February", "1987-02"), ("March", "1987-03")]


def test_a_figure_with_thousands_after_a_month_is_no_day() -> None:
    text = "Open positions were May 27,836 Jul 20,669 Sep 17,533 Dec 25,023, total 91,061."
    assert not [v for _, v in values(text) if v and len(v) == 10]
    assert ("May 17, 1987", "1987-05-17") in values("The hearing is on May 17, 1987, it said.")


FUTURES_STORY = (
    "Soybean futures closed higher in light trade. May settled at 5.04 dlrs, and November"
    " closed at 5.10 dlrs. Cocoa futures were steady with near July trading at 1,319 stg."
    " June share price index futures reached 1767.0. Spot May dropped 0.27 cent to 6.52 cents."
)


def test_months_trading_at_a_price_in_a_futures_story_are_contracts_ahead() -> None:
    found = values(FUTURES_STORY)
    assert found == [
        ("May", "1987-05"),
        ("November", "1987-11"),
        ("July", "1987-07"),
        ("June", "1987-06"),
        ("May", "1987-05"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cocoa futures fell. In September prices rose 5 pct, the board said.",
        "Cocoa futures fell. February trading encompassed a record 66,087 contracts.",
        "Exports rose. September fell 3 pct from August, the ministry said.",
    ],
)
def test_a_month_of_figures_beside_futures_stays_behind(text: str) -> None:
    assert all(v < "1987-04" for _, v in values(text) if v)


@pytest.mark.parametrize(
    ("text", "day", "expression", "value"),
    [
        (
            "Retail sales fell 2 pct in January. Year-on-year sales rose 5.3 pct compared with"
            " a 9.6 pct increase in the year-earlier period.",
            dt.date(1987, 3, 19),
            "the year-earlier period",
            "1986-01",
        ),
        (
            "Its March load factor declined to 59.2 pct from 61.3 pct in the same year-ago period.",
            dt.date(1987, 4, 7),
            "the same year-ago period",
            "1986-03",
        ),
        (
            "Third-quarter net rose to five mln dlrs from four mln dlrs in the year-ago period.",
            dt.date(1987, 10, 20),
            "the year-ago period",
            "1986-Q3",
        ),
    ],
)
def test_the_period_a_year_back_is_the_month_a_monthly_release_reports(
    text: str, day: dt.date, expression: str, value: str
) -> None:
    """In a monthly release "the year-ago period" is the month reported, a year back; in a
    results report it stays the quarter."""
    assert dict(values(text, day))[expression] == value


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "The sorghum is for shipment March-May, exporters said.",
            dt.date(1987, 2, 10),
            [("March", "1987-03"), ("May", "1987-05")],
        ),
        (
            "Output rose 4.1 pct in the January-May period.",
            dt.date(1987, 6, 20),
            [("January", "1987-01"), ("May", "1987-05")],
        ),
        (
            "The corn is for loading April-May, traders said.",
            dt.date(1987, 2, 10),
            [("April", "1987-04"), ("May", "1987-05")],
        ),
    ],
)
def test_may_after_a_month_and_a_hyphen_ends_a_range(
    text: str, day: dt.date, expected: list
) -> None:
    """ "March-May" is a range of months, as "March/May" and "March to May" are: the
    "May" after a month and a hyphen is not the modal verb."""
    assert values(text, day) == expected


def test_a_hyphened_pair_in_a_row_of_prices_lies_ahead() -> None:
    """A row of prices names its months with a hyphen as with a slash: "Apr-May 320.00" is
    the price for that term, ahead of the story whatever tense the row was told in."""
    found = dict(values("Palm oil paid dlrs per tonne Apr-May 320.00 Jun 322.50 Jul 325.00 slrs."))
    assert found["May"] == "1987-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The barley is for shipment April-June and the bonus awarded was 38.50 dlrs.",
            [("April", "1987-04"), ("June", "1987-06")],
        ),
        (
            "The rice is for delivery March and the price paid was 210 dlrs a tonne.",
            [("March", "1987-03")],
        ),
        (
            "The sugar was for loading March/April, traders said.",
            [("March", "1987-03"), ("April", "1987-04")],
        ),
    ],
)
def test_a_term_of_shipment_named_first_lies_ahead(text: str, expected: list) -> None:
    """Told in February 1987: "for shipment April-June" is the term the goods are for, which
    lies ahead of the sale whatever tense the rest of the sentence is told in, as "for
    shipment in April" already did."""
    assert values(text, dt.date(1987, 2, 10)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WHEAT  MAY 288 3/4 UP 2 1/2 MAY 159 1/2 UP 1 1/4", []),
        ("CORN  DEC 278 3/4 UP 3/4 DEC 177 3/4 UP 3", []),
        ("COTTON TYPE 5, 1-1/16 APR/MAY 63.00 NOMINAL", [("APR", "1987-04"), ("MAY", "1987-05")]),
        # a day written before its month is still one
        ("The talks open on 4 May.", [("4 May", "1987-05-04")]),
    ],
)
def test_the_denominator_of_a_fraction_before_a_month_is_no_day(text: str, expected: list) -> None:
    """Grain and cotton rows quote prices in fractions before the next month's code: the "4"
    of "UP 3/4 DEC 177" is a quarter of a cent, not the 4th of December."""
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 40,000 tonnes are expected to be shipped in March and April.",
            [("March", "1987-03"), ("April", "1987-04")],
        ),
        # a list told as gone by stays so, and one that runs backwards keeps its order
        (
            "Sales rose in May, August and November.",
            [("May", "1986-05"), ("August", "1986-08"), ("November", "1986-11")],
        ),
        ("Output fell in March and February.", [("March", "1987-03"), ("February", "1987-02")]),
        # a list in calendar order that wraps into next year stays as read
        (
            "Expirations will be January, May, July and October.",
            [
                ("January", "1988-01"),
                ("May", "1987-05"),
                ("July", "1987-07"),
                ("October", "1987-10"),
            ],
        ),
    ],
)
def test_months_in_a_list_run_on_from_one_another(text: str, expected: list) -> None:
    """Told in April 1987: the months of a list follow one another."""
    assert values(text) == expected


def test_an_options_expiration_list_read_across_two_years_joins_up() -> None:
    """Told on 16 March 1987, each month read alone gave April 1986, July 1987 and October
    1986; the months of a list follow one another."""
    text = (
        "The exchange approved options on the stock, with initial expiration months of April,"
        " July and October."
    )
    assert values(text, dt.date(1987, 3, 16)) == [
        ("April", "1987-04"),
        ("July", "1987-07"),
        ("October", "1987-10"),
    ]
