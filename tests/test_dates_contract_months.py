"""Contract and delivery months named in a market story lie ahead, whatever the tense."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MARCH = dt.date(1987, 3, 16)


def values(text: str, date: dt.date = MARCH) -> list[tuple[str, str | None]]:
    article = Article(id="x", title="", text=text, date=date)
    return [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The May-July contract fell 3 cents.", [("May", "1987-05"), ("July", "1987-07")]),
        (
            "Traders quoted October-December at 120 cents.",
            [("October", "1987-10"), ("December", "1987-12")],
        ),
        ("July/September was bid at 5 cents.", [("July", "1987-07"), ("September", "1987-09")]),
        ("Cocoa was steady, leaving July quoted at 1,319 stg.", [("July", "1987-07")]),
        ("Cocoa ended steady basis July at its high of 1,271.", [("July", "1987-07")]),
        ("December is currently quoted about 75 stg above the spot.", [("December", "1987-12")]),
    ],
)
def test_a_month_quoted_or_a_range_of_contract_months_lies_ahead(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = values(text)
    assert [pair for pair in found if pair[0] in dict(expected)] == expected


def test_the_coming_month_lies_ahead() -> None:
    found = values("Rains helped the coming May/September temporao harvest.", dt.date(1987, 3, 31))
    assert ("September", "1987-09") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Figures for a range of months, and a month someone was offered something in.
        (
            "Sales in January-February fell 3 pct.",
            [("January", "1987-01"), ("February", "1987-02")],
        ),
        ("He was offered a job in May.", [("May", "1986-05")]),
    ],
)
def test_months_that_are_no_contracts_keep_their_tense(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


def test_a_day_a_change_takes_effect_with_no_tense_near_is_the_coming_one() -> None:
    told = dt.date(1987, 3, 28)
    text = "Kouame, of the Ivory Coast, was chosen Executive Director of the ICCO, effective October 1."
    assert values(text, told) == [("October 1", "1987-10-01")]
    # One that began a few weeks back is the one under way.
    assert values("He was named president, effective February 1.", told) == [
        ("February 1", "1987-02-01")
    ]


def test_a_leaving_that_takes_effect_on_a_day_is_the_coming_one() -> None:
    """A retirement or resignation is not back-dated, as a merger or a price may be: the day
    it takes effect, some weeks gone by this year, is the one ahead."""
    told = dt.date(1987, 3, 20)
    assert values("He will retire, effective December 31.", told) == [("December 31", "1987-12-31")]
    text = "Blanz, who announced his intention to retire effective June 1, was elected chairman."
    assert values(text, told) == [("June 1", "1987-06-01")]
    # A change that may be back-dated, and a leaving told as over, keep their reading.
    assert values("The unit will be dissolved, effective February 24.", told) == [
        ("February 24", "1987-02-24")
    ]
    assert values("He retired effective December 31.", told) == [("December 31", "1986-12-31")]


APRIL = dt.date(1987, 4, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A month that stands for a contract as the subject of a price, in a futures story.
        (
            "Yen bond futures hit record highs. Key June was 111.31 after a record. "
            "September was 110.10, below the earlier record.",
            [("June", "1987-06"), ("September", "1987-09")],
        ),
        (
            "White sugar futures were quiet. August was at a morning low of 1,168 francs.",
            [("August", "1987-08")],
        ),
        # A month before an instrument, with a few words between.
        (
            "Credit futures were mixed, with June U.S. T-bonds finishing lower at 97.27.",
            [("June", "1987-06")],
        ),
        # A pair of contract months named by the trade between them.
        (
            "Copper futures fell. The May/July backwardation settled at 25 points.",
            [("May", "1987-05"), ("July", "1987-07")],
        ),
        (
            "Sunflowerseed oil sold at 346.50 dlrs for May/Jul and 357.50 for Aug/Oct call "
            "ex-tank Rotterdam.",
            [("May", "1987-05"), ("Jul", "1987-07"), ("Aug", "1987-08"), ("Oct", "1987-10")],
        ),
    ],
)
def test_a_month_that_names_a_contract_lies_ahead(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, APRIL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Figures for a month gone by, in a futures story or not.
        (
            "Gold futures rose. September was 110.10 pct of its level, the bank said.",
            [("September", "1986-09")],
        ),
        ("Futures rose. In September prices were 5 pct higher.", [("September", "1986-09")]),
        ("He said the September spread of the disease was bad.", [("September", "1986-09")]),
    ],
)
def test_a_month_of_figures_is_no_contract(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, APRIL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Amounts to ship in a month, one after another.
        (
            "The tender calls for shipment of 6,100 tonnes in May, 12,200 tonnes each in "
            "June, July and August and 12,300 tonnes in September, they said.",
            [
                ("May", "1987-05"),
                ("June", "1987-06"),
                ("July", "1987-07"),
                ("August", "1987-08"),
                ("September", "1987-09"),
            ],
        ),
        (
            "Greece 40,000 mt bagged sugar in shipments of 10,000/15,000 tonnes spread from "
            "May to July a/c unnamed charterer.",
            [("May", "1987-05"), ("July", "1987-07")],
        ),
    ],
)
def test_a_month_goods_are_to_be_shipped_in_lies_ahead(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, dt.date(1987, 4, 9)) == expected


def test_a_pair_of_months_priced_in_a_list_of_prices_lies_ahead() -> None:
    text = (
        "Cake sales were registered at 785 to 995 dlrs for March/April, 785 dlrs for May, "
        "753 dlrs for Aug and 0.39 times New York Dec for Oct/Dec."
    )
    found = [value for _, value in values(text, dt.date(1987, 2, 26))]
    assert found[-2:] == ["1987-10", "1987-12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports of 5,000 tonnes in September were the lowest, they said.",
            [("September", "1986-09")],
        ),
        ("Shipments of 10,000 tonnes were made in October.", [("October", "1986-10")]),
        ("It earned 825 mln dlrs for Oct/Dec, it said.", [("Oct", "1986-10"), ("Dec", "1986-12")]),
    ],
)
def test_amounts_of_a_month_gone_by_keep_their_tense(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, dt.date(1987, 4, 9)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A prospect, a possibility or an aim is of something to come.
        (
            "Unless Brazil moves, prospects for a quota accord in October also looked bleak.",
            [("October", "1987-10")],
        ),
        (
            "Talks here last month aimed at restoring quotas before October, delegates noted.",
            [("last month", "1987-03"), ("October", "1987-10")],
        ),
        (
            "The possibility of reimposing quotas before October remained on the agenda.",
            [("October", "1987-10")],
        ),
        # A crop growing now is harvested in the months ahead, across the turn of the year.
        (
            "Both the temporao and the developing October/April main crop could face damage.",
            [("October", "1987-10"), ("April", "1988-04")],
        ),
    ],
)
def test_a_month_looked_ahead_to_is_the_coming_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, dt.date(1987, 4, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hopes of a month gone by this year, and a month told with no prospect.
        ("Hopes for an accord in February were dashed.", [("February", "1987-02")]),
        ("Talks on quotas broke down in October.", [("October", "1986-10")]),
    ],
)
def test_a_month_with_no_prospect_keeps_its_tense(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, dt.date(1987, 4, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A premium over a contract month, as cash prices are quoted.
        (
            "Gulf corn barges, basis Chicago futures: April and May traded at 25 cents over "
            "May, and July traded down to 24 over July.",
            [("April", "1987-04"), ("May", "1987-05"), ("May", "1987-05"), ("July", "1987-07")]
            + [("July", "1987-07")],
        ),
        # The next month of a list of prices, priced as the first was.
        (
            "Wheat was offered in East Anglia at 124 stg and May at 125 stg per tonne.",
            [("May", "1987-05")],
        ),
        ("Palm olein traded at 335 dlrs and July at 332.50.", [("July", "1987-07")]),
        # A month before a named index's futures.
        ("June FT-SE 100 futures saw an opening range of 204.", [("June", "1987-06")]),
    ],
)
def test_a_month_priced_in_a_list_of_prices_lies_ahead(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, APRIL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose 5 pct over December.", [("December", "1986-12")]),
        (
            "Prices averaged 120 dlrs in January and December at 118 dlrs.",
            [("January", "1987-01"), ("December", "1986-12")],
        ),
    ],
)
def test_figures_for_a_month_gone_by_are_no_prices_of_a_contract(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, APRIL) == expected


def test_a_list_of_months_named_as_the_nearby_contracts_lies_ahead() -> None:
    text = (
        "The March delivery ceases trading March 17, making May and July the two nearby "
        "unlimited positions."
    )
    found = values(text, dt.date(1987, 3, 16))
    assert [pair for pair in found if pair[0] in ("May", "July")] == [
        ("May", "1987-05"),
        ("July", "1987-07"),
    ]


def test_a_list_of_months_of_goods_traded_at_a_price_lies_ahead() -> None:
    text = "May and June RBD palm olein traded earlier at 332.50 dlrs per tonne."
    assert values(text, APRIL) == [("May", "1987-05"), ("June", "1987-06")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In May shares traded at 12 dlrs.", [("May", "1986-05")]),
        (
            "In May and July the two companies signed contracts.",
            [("May", "1986-05"), ("July", "1986-07")],
        ),
    ],
)
def test_a_month_things_were_traded_in_keeps_its_tense(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, APRIL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rows of bids and offers, each headed by the month of delivery.
        (
            "Soft wheat (Barges - Basis Chgo futures)  June - 13 ov Jly bid, 15 offered.  "
            "July - 13 ov Jly bid, 15 offered.",
            [("June", "1987-06"), ("July", "1987-07")],
        ),
        (
            "Soybeans  May - No bids, 25 ov May offered.",
            [("May", "1987-05"), ("May", "1987-05")],
        ),
        (
            "Pellets traded afloat at up to 197 dlrs a tonne, with May/Sep at up to 176 dlrs "
            "a tonne cif Ghent.",
            [("May", "1987-05"), ("Sep", "1987-09")],
        ),
    ],
)
def test_a_month_heading_a_row_of_prices_lies_ahead(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, APRIL) == expected


def test_the_next_contract_opened_at_a_price_lies_ahead() -> None:
    text = (
        "Eurodollar futures were quiet. June eurodollar opened at 93.26 below Chicago's "
        "close of 93.29 and September at 93.18 below 93.21."
    )
    assert ("September", "1987-09") in values(text, APRIL)


def test_a_contract_closing_at_a_price_lies_ahead() -> None:
    text = "Corn futures set contract highs, with December closing up the limit at 2.11 dlrs."
    assert values(text, dt.date(1987, 6, 15)) == [("December", "1987-12")]


def test_a_term_of_shipment_from_half_a_month_lies_ahead() -> None:
    text = (
        "It bought 8,000 tonnes of rapeseed for shipment from the last-half of July to "
        "September, trade sources said."
    )
    assert values(text, dt.date(1987, 6, 19)) == [("July", "1987-07"), ("September", "1987-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In December closing prices were 5 pct higher.", [("December", "1986-12")]),
        ("Exports were 120,000 tonnes in June - 18 pct over May.", [("June", "1986-06")]),
    ],
)
def test_a_month_of_figures_heading_no_row_of_bids_keeps_its_tense(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, dt.date(1987, 4, 7)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Shipments or deliveries of a month priced as they trade.
        ("April shipments traded down to 326 dlrs per tonne, fob.", [("April", "1987-04")]),
        (
            "June shipments of Malaysian rbd palm olein traded at 335 dlrs.",
            [("June", "1987-06")],
        ),
    ],
)
def test_shipments_of_a_month_traded_at_a_price_lie_ahead(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, dt.date(1987, 3, 2)) == expected


def test_shipments_of_a_month_counted_keep_their_tense() -> None:
    assert values("June shipments were 677 mln dlrs.", dt.date(1987, 4, 7)) == [("June", "1986-06")]


APRIL = dt.date(1987, 4, 7)


@pytest.mark.parametrize(
    ("text", "month", "value"),
    [
        # In a futures story, a month before a contract's name, or setting a contract's high
        # or low, or pacing the nearbys, is the contract's: the coming one.
        ("Bond futures were firm while June sterling set a new contract high.", "June", "1987-06"),
        ("A futures rally sent June S and P 500s higher before the close.", "June", "1987-06"),
        ("Futures fell as June eurodollar opened at 93.26.", "June", "1987-06"),
        ("Oats were firm and July set new contract lows again.", "July", "1987-07"),
        ("July paced nearbys lower while March led the deferreds higher.", "July", "1987-07"),
        # A cargo loading in a month is dealt ahead of its loading.
        ("A cargo of Duri loading in July was reportedly traded yesterday.", "July", "1987-07"),
        # Figures of a month so named keep their tense.
        ("Futures eased after a rise in May sterling bank lending.", "May", "1986-05"),
    ],
)
def test_a_contract_named_or_a_cargo_loading_in_a_month_lies_ahead(
    text: str, month: str, value: str
) -> None:
    assert dict(values(text, APRIL))[month] == value
