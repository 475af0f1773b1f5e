"""Plans, expectations and reported futures: a bare month they name lies ahead of the story."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MARCH = dt.date(1987, 3, 10)


def values(text: str, date: dt.date = MARCH) -> dict[str, str | None]:
    article = Article(id="x", title="", text=text, date=date)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The sale, expected to close in September, also calls for a payment.",
            "September",
            "1987-09",
        ),
        ("The company said it expects the deal to close in September.", "September", "1987-09"),
        ("It said it expected the sale to be completed in September.", "September", "1987-09"),
        ("The acquisition should be completed in September.", "September", "1987-09"),
        (
            "The bonds will be listed in Frankfurt beginning in May, with no date yet specified.",
            "May",
            "1987-05",
        ),
        (
            "The system is scheduled for testing in August in selected U.S. cities.",
            "August",
            "1987-08",
        ),
        (
            "The merger, announced in January, is expected to be completed in June.",
            "June",
            "1987-06",
        ),
    ],
)
def test_a_month_a_plan_or_expectation_names_lies_ahead(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The merger, announced in June, is expected to be completed soon.", "June", "1986-06"),
        ("The plant, which closed in September, was sold to a rival.", "September", "1986-09"),
        ("Retailers posted stronger than expected sales in February.", "February", "1987-02"),
        ("Output rose in November and fell in December, the ministry said.", "December", "1986-12"),
    ],
)
def test_a_month_told_in_the_past_beside_a_plan_stays_behind(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


def test_a_future_told_as_said_counts_from_when_it_was_said() -> None:
    """ "In January it said it would close the plant in May", told in July: the May after
    January, gone by; said with no time given, the saying is the story's own day and the
    month ahead of it is meant (one ten months or more ahead is the one just gone, see
    `FAR_AHEAD_MONTHS`)."""
    july = dt.date(1987, 7, 10)
    assert values("In January it said it would close the plant in May.", july)["May"] == "1987-05"
    assert values("It said it would close the plant in March.", july)["March"] == "1988-03"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Nostalgia said it expects a big increase in sales volume in April.", "April", "1987-04"),
        ("The unit was sold, with closing expected in early May.", "early May", "1987-05"),
        ("The deal needs approvals, expected in late April.", "late April", "1987-04"),
        ("The commission is willing to convene another hearing in October.", "October", "1987-10"),
        ("Its chairman will retire on December 31, the bank said.", "December 31", "1987-12-31"),
        ("The code will go into force on October 1.", "October 1", "1987-10-01"),
    ],
)
def test_an_expectation_or_a_will_further_back_puts_the_date_ahead(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Dean Foods expects earnings for the fourth quarter ending May 30 to rise.",
            "the fourth quarter",
            "1987-Q4",
        ),
        (
            "It expects a profit for the fourth quarter ended February 28.",
            "the fourth quarter",
            "1987-Q4",
        ),
        ("Net fell in the fourth quarter ended December 31.", "the fourth quarter", "1986-Q4"),
        (
            "It earned more in the third quarter ended Sept. 30, 1986.",
            "the third quarter",
            "1986-Q3",
        ),
    ],
)
def test_a_quarter_ending_on_a_day_is_in_the_year_of_that_day(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Officials will meet to review their February 22 Paris pact.",
            "February 22",
            "1987-02-22",
        ),
        ("It will pay 2.36 times the bank's February 28 book value.", "February 28", "1987-02-28"),
        (
            "She hoped to aid the countries where the Feb. 7 blasts killed 257.",
            "Feb. 7",
            "1987-02-07",
        ),
    ],
)
def test_a_date_naming_a_thing_is_the_nearest_such_date_whatever_the_tense(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


def test_the_first_in_five_years_is_no_date_ahead() -> None:
    found = values(
        "The country holds elections on April 23, the first in five years, and most expect no change."
    )
    assert "five years" not in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The union threatened a two-hour stoppage on Thursday.", "1987-03-12"),
        (
            "Unrest would spread, with a strike threatened in all ports for two hours on Thursday.",
            "1987-03-12",
        ),
        ("Dockers are threatening a walkout on Thursday over pay.", "1987-03-12"),
        ("The country's unions have called a general strike for Thursday.", "1987-03-12"),
        ("Yemen has called a buying tender for Thursday, traders said.", "1987-03-12"),
        ("Miners have called a 72-hour strike starting on Thursday.", "1987-03-12"),
        (
            "The union has threatened to strike at 10 a.m. local time on Thursday unless it has "
            "reached a settlement.",
            "1987-03-12",
        ),
        (
            "Pilots said they would walk out at noon local time on Thursday if the airline had "
            "not raised pay.",
            "1987-03-12",
        ),
    ],
)
def test_a_weekday_a_threat_or_a_call_names_is_the_coming_one(text: str, value: str) -> None:
    """Tuesday 10 March: a strike threatened or called for Thursday is the 12th, whatever the
    tense of the threatening or calling, and a condition after it ("unless it has reached")
    says nothing of when."""
    assert values(text)["Thursday"] == value


@pytest.mark.parametrize(
    "text",
    [
        "The union threatened on Thursday to strike.",
        "On Thursday the union threatened a stoppage.",
        "The union called off the strike on Thursday.",
        "Workers staged a two-hour stoppage on Thursday.",
        "The index set a record on Thursday.",
        "The union called for calm on Thursday.",
    ],
)
def test_a_weekday_the_threat_or_the_call_was_made_on_stays_behind(text: str) -> None:
    assert values(text)["Thursday"] == "1987-03-05"


def test_a_threat_told_now_after_a_date_leaves_the_date_alone() -> None:
    """ "The directive, due on January 1, threatens to cut imports", told in October: the
    threat is made now; January 1 is the coming one, as it would be without it."""
    found = values(
        "The directive, due to come into effect on January 1, threatens to cut imports.",
        dt.date(1987, 10, 20),
    )
    assert found["January 1"] == "1988-01-01"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Dockers plan a 24-hour strike on Friday over job cuts.", "Friday", "1987-03-13"),
        (
            "The government, which faces a censure vote in parliament on Friday, unveiled a plan.",
            "Friday",
            "1987-03-13",
        ),
        ("The board holds its annual meeting on Friday.", "Friday", "1987-03-13"),
        (
            "Consumer credit figures are due on Friday, with retail sales out Monday.",
            "Friday",
            "1987-03-13",
        ),
        ("The minister is due back in Lagos on Monday, officials said.", "Monday", "1987-03-16"),
        (
            "The administration is due to impose 100 pct tariffs on a range of Japanese goods on "
            "Friday in retaliation for Japan's alleged failure to honour the pact.",
            "Friday",
            "1987-03-13",
        ),
        (
            "Union members voted Sunday to strike the plant, effective Thursday.",
            "Thursday",
            "1987-03-12",
        ),
        ("Banks raised their prime rate to 7.5 pct, effective Thursday.", "Thursday", "1987-03-12"),
        (
            "The budget for the fiscal year starting on Saturday forecasts higher revenue.",
            "Saturday",
            "1987-03-14",
        ),
        ("He prepared for a third week of talks starting Monday.", "Monday", "1987-03-16"),
    ],
)
def test_a_weekday_a_plan_or_schedule_names_is_the_coming_one(
    text: str, expression: str, value: str
) -> None:
    """Tuesday 10 March: a strike planned, a vote faced, figures due or a rate effective on a
    weekday fall on the coming one, whatever the tense of the deciding."""
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Dockers staged a 24-hour strike on Friday over job cuts.", "Friday", "1987-03-06"),
        ("The plan, announced on Friday, was welcomed by the unions.", "Friday", "1987-03-06"),
        ("The strike, which began on Monday, has closed the port.", "Monday", "1987-03-09"),
        ("The board held its annual meeting on Friday.", "Friday", "1987-03-06"),
        ("Union members voted Sunday to strike the plant.", "Sunday", "1987-03-08"),
    ],
)
def test_a_weekday_a_plan_was_made_or_carried_out_on_stays_behind(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


def test_a_month_naming_figures_that_are_due_stays_behind() -> None:
    """Sunday 5 April: "February credit numbers are due on Wednesday" puts Wednesday ahead,
    but the figures are February's gone by."""
    found = values(
        "February consumer credit numbers are due on Wednesday, with March producer price "
        "data out Friday.",
        dt.date(1987, 4, 5),
    )
    assert (found["February"], found["Wednesday"]) == ("1987-02", "1987-04-08")
    assert (found["March"], found["Friday"]) == ("1987-03", "1987-04-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A strike was threatened in all ports for two hours on Thursday, four on Friday, "
            "six on Saturday and every other hour after that.",
            {"Thursday": "1987-03-12", "Friday": "1987-03-13", "Saturday": "1987-03-14"},
        ),
        (
            "He said if he fails in talks tomorrow and Friday to forestall sanctions, he will "
            "seek further talks.",
            {"tomorrow": "1987-03-11", "Friday": "1987-03-13"},
        ),
        (
            "The Treasury will auction notes on Monday, Wednesday and Thursday.",
            {"Monday": "1987-03-16", "Wednesday": "1987-03-18", "Thursday": "1987-03-19"},
        ),
    ],
)
def test_weekdays_listed_after_one_ahead_lie_ahead_in_their_order(
    text: str, expected: dict[str, str]
) -> None:
    """Tuesday 10 March: a list of days that starts ahead goes on ahead, each day after the
    one before it, where Saturday had been read as the Saturday gone by."""
    found = values(text)
    assert {k: found[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Talks resume on Thursday after they collapsed on Friday.", "Friday", "1987-03-06"),
        ("Talks resume on Thursday. Prices fell on Friday.", "Friday", "1987-03-06"),
    ],
)
def test_a_weekday_told_apart_from_the_day_ahead_before_it_keeps_its_own_tense(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The action started on Wednesday last week.", {"Wednesday": "1987-03-04"}),
        ("Many plants closed on Monday of last week.", {"Monday": "1987-03-02"}),
        ("On Tuesday last week, he said he would consider talks.", {"Tuesday": "1987-03-03"}),
        (
            "The plan will be put to creditors on Thursday or Friday next week.",
            {"Thursday": "1987-03-19", "Friday": "1987-03-20"},
        ),
        (
            "Talks ran from Monday to Thursday last week.",
            {"Monday": "1987-03-02", "Thursday": "1987-03-05"},
        ),
        ("The report was due on Tuesday of this week.", {"Tuesday": "1987-03-10"}),
    ],
)
def test_a_weekday_of_the_week_named_after_it_is_in_that_week(
    text: str, expected: dict[str, str]
) -> None:
    """Thursday 12 March: "Wednesday last week" is the 4th, not yesterday."""
    found = values(text, dt.date(1987, 3, 12))
    assert {k: found[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        (
            "Hams fell as Easter buying came to an end, traders said.",
            dt.date(1987, 4, 7),
            "1987-04-19",
        ),
        ("Ham trade slowed once Easter demand abated.", dt.date(1987, 4, 7), "1987-04-19"),
        ("March sales were weak because of a late Easter.", dt.date(1987, 4, 9), "1987-04-19"),
        (
            "Many plants closed last week for the Easter holiday.",
            dt.date(1987, 4, 21),
            "1987-04-19",
        ),
        ("Figures were reduced by the Christmas holiday.", dt.date(1987, 12, 29), "1987-12-25"),
        (
            "Sales suffered since Easter falls late in April this year.",
            dt.date(1987, 3, 9),
            "1987-04-19",
        ),
        (
            "Easter sales fell in March last year, the chain said.",
            dt.date(1987, 4, 9),
            "1986-03-30",
        ),
        ("Toy sales were strong at Christmas, the maker said.", dt.date(1987, 3, 9), "1986-12-25"),
        ("The maker expects strong sales at Christmas.", dt.date(1987, 3, 9), "1987-12-25"),
        (
            "In March 1986, sales were helped by Easter shopping.",
            dt.date(1987, 4, 17),
            "1986-03-30",
        ),
    ],
)
def test_a_holiday_near_the_story_is_the_one_at_hand(text: str, day: dt.date, value: str) -> None:
    found = [e.value for e in extract_events(Article(id="h", title="", text=text, date=day))]
    assert value in found


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        (
            "Without the field, the UAE would be producing roughly its quota in March.",
            dt.date(1987, 4, 4),
            "March",
            "1987-03",
        ),
        (
            "Vehicle exports are expected to show a seven pct drop in February.",
            dt.date(1987, 3, 23),
            "February",
            "1987-02",
        ),
        (
            "The Fed had previously offered to buy all coupon issues on March 31.",
            dt.date(1987, 4, 8),
            "March 31",
            "1987-03-31",
        ),
    ],
)
def test_a_month_just_gone_is_not_put_ten_months_ahead_by_a_future_verb(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    """A month or day written bare and ten or more months ahead of the story is the one just
    gone: next year's is written "next January" or with its year."""
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        (
            "Several taxes will be abolished when VAT comes in next January 1.",
            dt.date(1987, 3, 24),
            "January 1",
            "1988-01-01",
        ),
        (
            "Forecasts for lemons will be issued in October, November, January and April.",
            dt.date(1987, 3, 3),
            "January",
            "1988-01",
        ),
        (
            "It plans to hold capital spending in fiscal 1988, ending January 31, to 96 mln dlrs.",
            dt.date(1987, 3, 11),
            "January 31",
            "1988-01-31",
        ),
        ("The talks will end by Jan. 4.", dt.date(2000, 1, 15), "Jan. 4", "2001-01-04"),
        (
            "They don't want to run against her in November.",
            dt.date(2016, 1, 19),
            "November",
            "2016-11",
        ),
    ],
)
def test_a_month_named_as_ahead_stays_far_ahead(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    """ "next", the end of a period, a list of months in order, a deadline word, an election."""
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        (
            "From April through December 1986, the agency issued credits.",
            dt.date(1987, 3, 17),
            "April",
            "1986-04",
        ),
        (
            "Bonuses awarded averaged 38 dlrs and the wheat is for delivery May-November, 1987.",
            dt.date(1987, 4, 9),
            "May",
            "1987-05",
        ),
        (
            "Profits fell from 238.1 billion in January-June 1985.",
            dt.date(1987, 3, 24),
            "January",
            "1985-01",
        ),
    ],
)
def test_the_first_month_of_a_range_takes_the_year_of_its_end(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        (
            "Colombia opened coffee export registrations for April.",
            dt.date(1987, 3, 13),
            "April",
            "1987-04",
        ),
        ("Other vessels had been earmarked for April.", dt.date(1987, 3, 16), "April", "1987-04"),
        (
            "It also extended its tender offer to March 31.",
            dt.date(1987, 3, 26),
            "March 31",
            "1987-03-31",
        ),
        (
            "Last year a large part of the crop was not drilled until May.",
            dt.date(1987, 4, 1),
            "May",
            "1986-05",
        ),
    ],
)
def test_a_month_something_is_for_is_the_coming_one_whatever_the_tense(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    """What was done for a month, or extended to a day, is done for the one coming, not for
    the one ten months gone, unless the sentence says "last year"."""
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        (
            "He was set to receive an endorsement on Friday from a rival.",
            dt.date(2016, 3, 12),
            "Friday",
            "2016-03-11",
        ),
        (
            "The line was expected to resume service Saturday but rising waters delayed it.",
            dt.date(1987, 6, 15),
            "Saturday",
            "1987-06-13",
        ),
        (
            "The former governor was scheduled to speak to the delegates Saturday morning.",
            dt.date(2016, 4, 15),
            "Saturday morning",
            "2016-04-16",
        ),
        (
            "Protesters were planning to drive around the airport on Monday.",
            dt.date(2000, 1, 7),
            "Monday",
            "2000-01-10",
        ),
    ],
)
def test_a_weekday_of_a_plan_told_in_the_past_is_the_nearer_one_gone_by(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    """ "was set to", "was expected to": told once the day has come or gone by, when it is
    nearer than the coming one; a plan still being made ("were planning to") looks ahead."""
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        (
            "He said he was going to sign the bill Wednesday morning.",
            dt.date(2016, 9, 9),
            "Wednesday morning",
            "2016-09-07",
        ),
        (
            "The talks were to resume Tuesday, but the delegates stayed home.",
            dt.date(2016, 9, 8),
            "Tuesday",
            "2016-09-06",
        ),
        (
            "The governor was to arrive in the capital on Monday for talks.",
            dt.date(2016, 9, 7),
            "Monday",
            "2016-09-05",
        ),
        # The coming day is nearer: a plan told in the past may still lie ahead.
        (
            "He said he was going to sign the bill Wednesday morning.",
            dt.date(2016, 9, 12),
            "Wednesday morning",
            "2016-09-14",
        ),
        # "would" is what wire copy writes for a plan told the day it is made.
        (
            "Officials said the minister would leave for Washington on Monday.",
            dt.date(1987, 3, 31),
            "Monday",
            "1987-04-06",
        ),
    ],
)
def test_a_weekday_a_past_was_to_or_was_going_to_names_is_the_nearer_one_gone_by(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    """ "was going to", "were to" tell a plan from a past point of view, as "was set to"
    does: the day lies after the telling, and the nearer of the two is the likelier."""
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Traders said that speculation that the company will announce a stock split and a "
            "dividend increase at its board meeting on Thursday, encouraged the buying.",
            "Thursday",
            "1987-03-12",
        ),
        (
            "Dealers said hopes that the central bank would cut its discount rate by half a "
            "point at the policy meeting of its council on Thursday, lifted bond prices.",
            "Thursday",
            "1987-03-12",
        ),
    ],
)
def test_a_weekday_in_a_plan_far_back_is_the_coming_one_despite_a_past_verb_after_a_comma(
    text: str, expression: str, value: str
) -> None:
    """Tuesday 10 March: the day's own clause says "will", however far back; the past verb
    after the comma is the main clause's ("speculation ... encouraged the buying")."""
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "The company will report its results in May. Rumours of a bid discussed at the "
        "crowded board meeting on Thursday, lifted the shares.",
        "The company will report its results in May; rumours of a bid discussed at the "
        "crowded board meeting on Thursday, lifted the shares.",
        "The company will report its results in May, but rumours of a bid at its crowded "
        "and noisy board meeting on Thursday, lifted the shares.",
    ],
)
def test_a_plan_in_another_clause_does_not_put_a_weekday_ahead(text: str) -> None:
    assert values(text)["Thursday"] == "1987-03-05"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "It is paying 35 dlrs a share for 83 pct of the stock in a tender offer to begin "
            "Thursday.",
            "Thursday",
            "1987-03-12",
        ),
        (
            "The firm unveiled new models, with shipments to start in mid-April.",
            "mid-April",
            "1987-04",
        ),
        (
            "Last week the Commission granted licences to end August on 60,500 tonnes.",
            "August",
            "1987-08",
        ),
    ],
)
def test_a_term_set_to_start_or_end_on_a_date_lies_ahead(
    text: str, expression: str, value: str
) -> None:
    """Tuesday 10 March: "an offer to begin Thursday", "shipments to start in mid-April"
    name a term still to come, whatever tense tells of the offering."""
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The engine failed to start on Thursday, the pilot said.", "Thursday", "1987-03-05"),
        ("The shop refused to open on Friday.", "Friday", "1987-03-06"),
        ("Earnings rose 3.3 pct in the three months to end January.", "January", "1987-01"),
    ],
)
def test_a_failure_to_start_on_a_date_stays_behind(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value
