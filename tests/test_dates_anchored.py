"""Dates told relative to another date in the story: "two years later", "the following
week", "two days later, on March 3"."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article
from tests.test_dates_ahead import DCT, values


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He was arrested in 1990. Two years later he was freed.", "Two years later", "1992"),
        ("The strike began in March. Two months later it ended.", "Two months later", "1998-05"),
        ("The mill shut in June 1994. A year later it reopened.", "A year later", "1995"),
        (
            "The strike began on May 4. The following week, police arrested ten people.",
            "The following week",
            "1998-W20",
        ),
    ],
)
def test_a_step_from_the_date_the_story_last_named(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_a_step_written_with_its_own_date_is_that_date() -> None:
    found = values("Two days later, on March 3, the army withdrew.")
    assert found["Two days later"] == "1998-03-03"


def test_a_step_later_told_in_the_past_with_no_date_before_it_is_left_unresolved() -> None:
    found = values("Two days later, the army retreated. That was on March 3, 1997.")
    assert found["Two days later"] is None


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Sales in February rose 5% from a month earlier.", "a month earlier", "1998-01"),
        ("Sales in March rose 5% over the same month last year.", "the same month", "1997-03"),
        ("Exports in January rose over the same month in 1995.", "the same month", "1995-01"),
    ],
)
def test_a_comparison_steps_from_the_period_reported(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


def test_a_date_the_story_measures_from_anchors_no_step() -> None:
    text = "The rate was the lowest since December 1977. It was 15 points below a month earlier."
    assert values(text)["a month earlier"] == "1998-04"


def test_the_same_week_is_not_the_week_of_a_date_the_story_measures_from() -> None:
    text = "It cut its rate on March 9, the first cut since January 2. Others cut the same week."
    assert values(text)["the same week"] is None


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # A year named after the week (the quota year) does not hide the week to step from.
        (
            "Imports during the week ended January 9, the first week of the 1998 quota year, "
            "totaled 5,988 tons versus 46,254 tons the previous week.",
            "the previous week",
            "1998-W01",
        ),
        # "since" makes April 1997 a bound, not the time told of: the week before that stays.
        (
            "Sales gained in the week ended May 7, the most since April 1997 and twice the "
            "prior week's level.",
            "the prior week",
            "1998-W18",
        ),
        (
            "Ministers met last weekend, after their deputies met the previous week.",
            "the previous week",
            "1998-W18",
        ),
    ],
)
def test_the_previous_week_steps_from_the_last_day_or_week_named(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("It lost money in 1986, after a profit in the prior year.", "the prior year", "1985"),
        (
            "The banks borrowed in the week ended May 6, none in the prior week.",
            "the prior week",
            "1998-W18",
        ),
    ],
)
def test_prior_steps_back_like_previous(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_the_prior_year_after_a_year_compared_with_is_that_year() -> None:
    found = values(
        "Net rose to 214 mln dlrs compared with 1985's profit of 177 mln, and revenues "
        "rose to 6.5 billion from the prior year's 5.9 billion."
    )
    assert found["the prior year"] == "1985"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Reserves rose in the first week of February.", "the first week of February", "1998-W06"),
        (
            "Exports rallied in the fourth week of January.",
            "the fourth week of January",
            "1998-W04",
        ),
        ("Prices swung during the last week of January.", "the last week of January", "1998-W05"),
        (
            "The meeting is set for the second week of March.",
            "the second week of March",
            "1999-W10",
        ),
        (
            "Output fell in the first week of December 1996.",
            "the first week of December 1996",
            "1996-W49",
        ),
    ],
)
def test_a_numbered_week_of_a_month_is_that_week(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_the_same_month_after_a_week_of_a_month_is_that_month_a_year_back() -> None:
    text = "Cash rose in the last week of January, 8 pct over the same month last year."
    assert values(text)["the same month"] == "1997-01"


def test_the_previous_week_steps_from_a_numbered_week() -> None:
    text = "Reserves rose in the third week of January after a fall in the previous week."
    assert values(text)["the previous week"] == "1998-W02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first jet is due in April 2001, with others arriving in May, June and "
            "September of that year.",
            {"May": "2001-05", "June": "2001-06", "September": "2001-09", "that year": "2001"},
        ),
        (
            "Rates rose in June 1984 after a discount rate increase in April of that year.",
            {"April": "1984-04", "that year": "1984"},
        ),
        (
            "Sales fell in 1994. Costs rose last year, and in September they peaked. "
            "That year was hard.",
            {"That year": "1997"},
        ),
    ],
)
def test_that_year_is_the_year_last_written_not_one_a_month_alone_was_given(
    text: str, expected: dict[str, str]
) -> None:
    found = values(text)
    assert {expression: found.get(expression) for expression in expected} == expected


def test_the_same_year_ago_period_names_no_year() -> None:
    found = values("Sales were six pct higher than in the same year ago period.")
    assert "the same year" not in found


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Borrowing in the December quarter rose 4 pct.", "the December quarter", "1997-Q4"),
        ("Rates will stay high until the September quarter.", "the September quarter", "1998-Q3"),
        ("The 1996 December quarter showed a deficit.", "The 1996 December quarter", "1996-Q4"),
        ("Imports for the June 1997 quarter fell.", "the June 1997 quarter", "1997-Q2"),
        ("It lost money in the March quarter last year.", "the March quarter last year", "1997-Q1"),
    ],
)
def test_a_quarter_named_by_the_month_it_ends_is_that_quarter(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


def test_a_year_earlier_compares_with_the_quarter_a_month_names() -> None:
    text = "Exports in the March quarter rose to 3.9 billion from 3.1 billion a year earlier."
    assert values(text)["a year earlier"] == "1997-Q1"


def values_after(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="g", title="", text=text, date=dt.date(1987, 3, 10))
    return [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]


@pytest.mark.parametrize(
    "text",
    [
        "The company fills orders fast. Orders are shipped the next day.",
        "Under the new rules a trade settles the next day, the exchange said.",
        "Members can offset their cash position with futures the next day.",
        "If a stock does not open, the previous day's closing price is used.",
    ],
)
def test_a_step_of_a_day_told_as_a_rule_is_no_date(text: str) -> None:
    found = values_after("The exchange opened on March 2. Trading was light. Prices fell. " + text)
    assert not [x for x in found if "day" in x[0] and x[0] != "March 2"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Syria holds a tender on May 6, for reply the next day.", "1987-05-07"),
        ("Prices fell on Monday. There was a slight recovery the following day.", "1987-03-10"),
        (
            "Bids are due by noon March 26 and stay valid until the close the next day.",
            "1987-03-27",
        ),
    ],
)
def test_a_step_of_a_day_from_a_day_named_near_keeps_its_date(text: str, value: str) -> None:
    assert value in [v for _, v in values_after(text)]


def test_a_day_written_again_without_its_year_is_the_day_written_before() -> None:
    """ "November 12, 2012 ... the November 12th admission": the story names one day
    twice; the second had been given the year nearest the story's own date."""
    text = (
        "The hospital admitted her on November 12, 2012. Records of the November 12th "
        "admission were later lost."
    )
    article = Article(id="x", title="", text=text, date=dt.date(2015, 12, 3))
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found.get("November 12th") == "2012-11-12"


@pytest.mark.parametrize(
    "text",
    [
        "Stocks rose to 326 mln tonnes on March 1 against 316 mln on March 1, 1986. "
        "Stocks in Europe were 147 mln tonnes on March 1.",
        "Output was 40 tonnes, up from 35 tonnes on March 1, 1986. Stocks on March 1 fell.",
    ],
)
def test_a_day_compared_with_the_same_day_of_another_year_keeps_its_own_year(text: str) -> None:
    article = Article(id="x", title="", text=text, date=dt.date(1987, 3, 20))
    found = [e.value for e in extract_events(article) if e.expression == "March 1"]
    assert found and set(found) == {"1987-03-01"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "In 1968, when Nixon ran against the backers of Johnson's 1964 Civil Rights Act, "
            "the party won the South. That year the region voted Republican.",
            "That year",
            "1968",
        ),
        (
            "The agency was created in 1990 under the 1970 Clean Air Act, and later that year "
            "it issued its first rules.",
            "later that year",
            "1990",
        ),
        (
            "In 1994 the state tightened the Clean Water Act of 1972. The same year it sued.",
            "The same year",
            "1994",
        ),
        (
            "She bought the car in 2003, a 1998 model, and sold it that year.",
            "that year",
            "2003",
        ),
        # A year of an event is the time it tells of: "the 2008 crisis", "in 1990 law firms".
        (
            "In 2010 the bank recalled the 2008 crisis. That year it lost money.",
            "That year",
            "2008",
        ),
        ("The rule changed in 1990 law schools. That year few applied.", "That year", "1990"),
    ],
)
def test_that_year_is_not_a_year_naming_a_law_or_model(
    text: str, expression: str, value: str
) -> None:
    """A year in a name ("the 1964 Civil Rights Act") is still read as a date, as TimeML
    has it, but the story is not told from it."""
    found = values(text)
    assert found[expression] == value
    assert any(v in found.values() for v in ("1964", "1970", "1972", "1998", "2008", "1990"))


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Police killed five people in three days earlier this month.",
            "earlier this month",
            "1998-05",
        ),
        (
            "The storm dropped a foot of snow in two days earlier this week.",
            "earlier this week",
            "1998-W20",
        ),
    ],
)
def test_a_count_before_earlier_this_month_is_a_length_not_a_step(
    text: str, expression: str, value: str
) -> None:
    """ "in three days earlier this month": "earlier" goes with "this month", and "three days"
    is how long it took, not a day three days before another."""
    found = values(text)
    assert found.get(expression) == value
    assert not any(e.startswith(("three days", "two days")) for e in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a bound: the figures are not for the year the series began
        (
            "The jobless rate was the highest since the agency began compiling the data in "
            "1953.\n\nUnemployment was up from 2.8 pct a year earlier.",
            "1986",
        ),
        (
            "Prices rose in January, the first rise since May 1984, but were down 3 pct from a year earlier.",
            "1986",
        ),
        # an index's base year
        (
            "The output index, base 1980, rose to 109.8 and compared with 108.2 a year earlier.",
            "1986",
        ),
        ("The price index (1980=100) stood at 103.9 against 102.3 a year earlier.", "1986"),
        ("Output in constant 1980 prices rose 2 pct from a year earlier.", "1986"),
        # the year the figures are for still anchors, and so does a bound a clause is about
        ("In 1985, sales rose 5 pct from a year earlier.", "1984"),
        (
            "Exports rose in January for the first time since June 1985, when they rose 4 pct from a year earlier.",
            "1984-06",
        ),
    ],
)
def test_a_year_earlier_counts_from_no_bound_or_base_year(text: str, value: str) -> None:
    """ "a year earlier" compares with the period the figures are for; a year the figures are
    measured from (a "since" bound, an index's base) is no such period, so with no other
    date near it counts from the day of the story."""
    article = Article(id="r", title="", text=text, date=dt.date(1987, 3, 20))
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found["a year earlier"] == value, found


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the year written is the earlier side; a new comparison with its own figure follows
        (
            "Oil sold for 14.10 dlrs a barrel against 25.80 dlrs in 1985, and gas for 1.60 dlrs "
            "against 2.20 dlrs a year earlier.",
            "a year earlier",
            "1985",
        ),
        (
            "Revenue rose to 9.1 billion dlrs from 8.4 billion dlrs in 1985. Spending climbed to "
            "11.2 billion dlrs from 10.5 billion dlrs the previous year.",
            "the previous year",
            "1985",
        ),
        (
            "Growth slowed to 1.4 pct after 2.2 pct in 1985, while exports grew 3.1 pct after "
            "rising 4.0 pct a year earlier.",
            "a year earlier",
            "1985",
        ),
        # the phrase goes on the year's own comparison: a year before it
        ("Output grew 3.1 pct in 1985 against a year earlier.", "a year earlier", "1984"),
        (
            "The surplus is forecast at 300 mln dlrs, against 1.2 billion in 1986 and 350 mln "
            "the previous year.",
            "the previous year",
            "1985",
        ),
        # "from" that compares nothing
        (
            "Earnings from its refining arm in 1986 were 600 mln dlrs, down 30 pct from the "
            "previous year's 860 mln dlrs.",
            "the previous year",
            "1985",
        ),
    ],
)
def test_a_year_earlier_after_the_earlier_side_of_a_comparison_is_that_year(
    text: str, expression: str, value: str
) -> None:
    """When the year last written is itself what the figures are compared with ("up from
    8.4 billion in 1985"), the story's figures are a year later, so a "year earlier" in a
    new comparison that follows is that year, not the one before it."""
    article = Article(id="r", title="", text=text, date=dt.date(1987, 3, 20))
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found[expression] == value, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Factory jobs fell 210,000 from a year earlier to 9.8 mln in February.", "1986-02"),
        (
            "LONDON, March 20 - Car exports rose 6.1 pct from a year earlier to 81,400 units "
            "in February.",
            "1986-02",
        ),
        (
            "In January prices rose. Rents fell 2 pct from a year earlier to 410 dlrs in February.",
            "1986-02",
        ),
        ("Profit fell 12 pct from a year earlier to 9.6 billion yen in 1986/87.", "1985"),
        # the period named before still anchors when none follows
        ("Sales fell to 9.8 mln in February from 10.4 mln a year earlier.", "1986-02"),
    ],
)
def test_a_year_earlier_counts_from_the_period_its_figure_is_for_written_after_it(
    text: str, value: str
) -> None:
    """ "fell 210,000 from a year earlier to 9.8 mln in February": the period the figure is
    for follows the comparison in the same phrase; "a year earlier" is that period a year
    back, not the month named before it nor the dateline's day."""
    article = Article(id="r", title="", text=text, date=dt.date(1987, 3, 20))
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found["a year earlier"] == value, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 1986 the chain earned 2.10 dlrs a share for the full year.", "1986"),
        ("For the full year 1986, the deficit was a record.", "1986"),
        ("Revenues for the full year ended June 30, 1986 rose.", "1986"),
        ("For the full year last year the unit made a profit.", "1986"),
        ("Margins will be thin in fiscal 1988, but the full year should be profitable.", "1988"),
        # a plan, or no year named, is the year under way
        ("It lost money in 1986 and expects a profit for the full year.", "1987"),
        ("It expects a profit for the full year.", "1987"),
    ],
)
def test_the_full_year_is_the_year_named_with_it(text: str, value: str) -> None:
    """ "For the full year 1986", "In 1986 ... for the full year": results of a year told
    after it, or of one named just before it, are that year's, not the year of the story."""
    article = Article(id="r", title="", text=text, date=dt.date(1987, 3, 20))
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found["the full year"] == value, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It earned 8.6 mln dlrs for the fiscal year ended August 31, 1986.", "1986"),
        ("In the fiscal year ended Sept 30, 1985, it had a net loss.", "1985"),
        ("The loss for the fiscal year ending on March 31 1987 was smaller.", "1987"),
        # One ending next year, or with no year written after it, is the year under way.
        ("The tender is the first for the fiscal year ending on March 31 1988.", "1987"),
        ("It expects a profit for the fiscal year ending June 30.", "1987"),
    ],
)
def test_a_fiscal_year_is_the_year_of_the_end_written_after_it(text: str, value: str) -> None:
    """ "the fiscal year ended August 31, 1986" is that year, not the year of the story."""
    article = Article(id="r", title="", text=text, date=dt.date(1987, 3, 20))
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found["the fiscal year"] == value, found


def test_the_full_year_is_not_a_year_the_figures_are_compared_with() -> None:
    text = (
        "Debt fell to 398 billion at end-1986 from 465 billion at end-1985. The reduction "
        "over the full year reflected repayments."
    )
    article = Article(id="r", title="", text=text, date=dt.date(1987, 3, 20))
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found["the full year"] != "1985", found


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "CHICAGO, March 17 - Shr 40 cts vs 31 cts  Net 2.1 mln vs 1.6 mln  NOTE: Year-ago "
            "results restated for a stock split.",
            "Year-ago",
            "1986",
        ),
        (
            "BOSTON, March 17 - Backlog rose 20 pct from a year earlier, the company said.",
            "a year earlier",
            "1986",
        ),
        # a day the story names in its text still anchors
        (
            "BOSTON, March 17 - Stocks stood at 10 mln on March 3 against 12 mln a year earlier.",
            "a year earlier",
            "1986-03-03",
        ),
    ],
)
def test_a_year_earlier_does_not_count_from_the_dateline_day(
    text: str, expression: str, value: str
) -> None:
    """The dateline's day is when the story was filed, not the period its figures are for:
    "Year-ago results" in a results table are the year before's, not that day a year back."""
    article = Article(id="r", title="", text=text, date=dt.date(1987, 3, 17))
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found[expression] == value, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Output in the week ended March 14 was 48 billion kwh, up 4.9 pct from 46.1 "
            "billion a year earlier.",
            "1986-W11",
        ),
        # a longer span keeps the day a year back, as annotators give it
        (
            "Net for the six months ended March 14 was 6.5 mln dlrs, against 18.1 mln a year "
            "earlier.",
            "1986-03-14",
        ),
    ],
)
def test_a_year_earlier_after_a_week_ended_on_a_day_is_that_week(text: str, value: str) -> None:
    article = Article(id="r", title="", text=text, date=dt.date(1987, 3, 18))
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found["a year earlier"] == value, found


def test_the_same_year_ago_period_after_a_span_of_days_is_that_month_a_year_back() -> None:
    """ "for the May 1-10 period ... the same year-ago period": TimeML has no value for a span
    of days, and the month they lie in, a year back, is what is compared, not a quarter."""
    text = "Car sales for the May 1-10 period rose to 3,358 from 3,033 in the same year-ago period."
    assert values(text)["the same year-ago period"] == "1997-05"


def test_a_year_earlier_for_the_year_to_date_is_the_year_before() -> None:
    """ "For the month sales rose ..., and for the year they rose to X from Y a year earlier":
    the year to date a year back lies in the year before, no day of it."""
    text = (
        "Car sales for the May 1-10 period rose to 3,358 from 3,033.\n\nFor the month, it said "
        "sales rose to 5,495 from 4,827 and for the year they rose to 19,264 from 17,673 a "
        "year earlier."
    )
    assert values(text)["a year earlier"] == "1997"


def test_a_year_earlier_after_a_half_is_that_half_a_year_back() -> None:
    """ "third quarter net ... In the first half net fell to 397 mln from 589 mln a year
    earlier": what is compared is the half just named, not the quarter before it."""
    text = (
        "Analysts expect third quarter net of 200 mln dlrs against 238 mln a year earlier. "
        "Earnings in the first half ended November 30 fell to 397 mln dlrs from 589 mln a year "
        "earlier."
    )
    article = Article(id="x", title="", text=text, date=dt.date(1998, 3, 26))
    found = [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]
    assert found[-1] == ("a year earlier", "1997-H1")
    assert found[1] == ("a year earlier", "1997-Q3")


@pytest.mark.parametrize(
    "text",
    [
        "Money supply grew 8.6 pct over the six months to April, after 9.4 pct in the same"
        " period to March.",
        "Sales rose 5 pct in the six months to April, after 4 pct in the comparable period"
        " to March.",
    ],
)
def test_the_same_period_to_a_month_is_a_span_ending_then_not_a_quarter(text: str) -> None:
    found = values(text)
    assert "the same period" not in found and "the comparable period" not in found
    assert found["March"] == "1998-03"


def test_the_nine_months_through_a_fiscal_quarter_a_year_back_is_that_fiscal_year() -> None:
    text = (
        "For the third quarter ended January 31, net rose 9 pct. For the nine months, net"
        " was 244.4 mln dlrs against 219.7 mln dlrs for the year-ago period."
    )
    found = [e for e in extract_events(Article(id="h", title="", text=text, date=DCT))]
    period = next(e for e in found if e.expression == "the year-ago period")
    assert (period.value, period.inferred) == ("1997", True)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # Told on 13 May 1998, after a quarter reported in the paragraph before.
        (
            "Net rose in the first quarter. In the nine months ended March 31, sales rose to"
            " 38.5 mln dlrs from 20.7 mln a year earlier.",
            "a year earlier",
            "1997",
        ),
        (
            "Net rose in the first quarter. For the six months ended December 31, net was 4.2"
            " mln dlrs, against 3.9 mln dlrs in the year-ago period.",
            "the year-ago period",
            "1996-H2",
        ),
        (
            "Net rose in the first quarter. For the first nine months of 1997, net was 4.2 mln"
            " dlrs against 3.9 mln dlrs in the same 1996 period.",
            "the same 1996 period",
            "1996",
        ),
    ],
)
def test_a_span_of_six_or_nine_months_a_year_back_is_no_quarter(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tractor sales rose to 2,238 in April from 1,995 the previous April.", "1997-04"),
        (
            "Prices fell to 8 dlrs last July from a peak of 30 dlrs the previous November.",
            "1996-11",
        ),
        ("Money grew 9.5 pct in April, against a previous April's 12.8 pct.", "1997-04"),
    ],
)
def test_the_previous_month_is_the_one_before_the_date_just_named(text: str, value: str) -> None:
    found = [e for e in extract_events(Article(id="p", title="", text=text, date=DCT))]
    assert found[-1].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It sold 30,909 cars in the March 11-20 period, down from 32,085 in the same period"
         " last year.", "1997-03"),
        ("Store sales for February rose 82 pct over the same period last year.", "1997-02"),
        ("It made 189,610 cars in March, up from 150,520 in the same period a year earlier.",
         "1997-03"),
    ],
)  # fmt: skip
def test_the_same_period_last_year_after_a_month_is_that_month(text: str, value: str) -> None:
    found = [e for e in extract_events(Article(id="s", title="", text=text, date=DCT))]
    assert found[-1].value == value


def test_the_same_period_last_year_after_a_range_of_months_is_no_one_month() -> None:
    text = "Output from January to March grew 2.5 pct compared with the same period last year."
    found = [e for e in extract_events(Article(id="s", title="", text=text, date=DCT))]
    assert found[-1].value == "1997-Q1"


def test_a_period_in_apposition_to_a_date_is_that_date() -> None:
    text = (
        "Insured unemployment totaled 2,436,000 in the week ended May 2, the latest period"
        " for which that figure was available."
    )
    found = {
        e.expression: e.value
        for e in extract_events(Article(id="w", title="", text=text, date=DCT))
    }
    assert found["the latest period"] == "1998-W18"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The dam failed on 2 April. Repairs began the next week.", "the next week", "1998-W15"),
        ("The mine closed in June 1994. It reopened the next year.", "the next year", "1995"),
        ("The council met on 4 February. The next month, it voted.", "The next month", "1998-03"),
    ],
)
def test_the_next_week_after_a_date_named_steps_from_it(
    text: str, expression: str, value: str
) -> None:
    """ "The next week" told after a date is the week after that date, as "the following
    week" is; it was counted from the publication day, so repairs that "began the next
    week" lay after the story was written."""
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("On May 4 the mayor said rents would rise over the next year.", "the next year", "1999"),
        ("On May 4 the board said it would decide within the next month.", None, None),
        ("Prices will rise the next week, traders said.", "the next week", "1998-W21"),
    ],
)
def test_the_next_week_as_a_span_ahead_or_with_no_date_before_counts_from_publication(
    text: str, expression: str | None, value: str | None
) -> None:
    found = values(text)
    if expression is None:
        assert "the next month" not in found or found["the next month"] is None
    else:
        assert found[expression] == value


def test_the_next_week_in_an_undated_story_keeps_its_step_when_a_reference_is_given() -> None:
    """A reference date tells when the story was written; a step from a date the story
    names does not move with it."""
    text = "Flood defences failed an inspection on 2 April 2024. Repairs began the next week."
    article = Article(id="x", title="", text=text, date=None)
    for reference in (None, dt.date(2024, 5, 1)):
        found = {e.expression: e.value for e in extract_events(article, reference=reference)}
        assert found["the next week"] == "2024-W15", reference


@pytest.mark.parametrize(
    "opening",
    ["which begins June 1", "which began on October 1", "whose marketing year starts June 1"],
)
def test_the_day_a_season_or_term_opens_on_is_no_week_to_step_from(opening: str) -> None:
    """A weekly report's "the previous week" tells of the weeks reported, not of the week
    before the day a marketing year opens on, named paragraphs before."""
    text = (
        "Corn sales rose to 2.5 mln tonnes, the department said.\n\n"
        f"Sales for the 1998/99 season, {opening}, were 90,000 tonnes.\n\n"
        "Soybean meal sales were twice the previous week's low."
    )
    assert values(text)["the previous week"] is None
