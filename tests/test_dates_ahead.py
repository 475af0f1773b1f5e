"""Dates that lie ahead of the article: what was set for a day, "in two weeks", the fiscal year."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

DCT = dt.date(1998, 5, 13)


def values(text: str) -> dict[str, str | None]:
    article = Article(id="x", title="", text=text, date=DCT)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The trial date was set for October 28, the court said.", "October 28", "1998-10-28"),
        ("The hearing had been scheduled for October 2.", "October 2", "1998-10-02"),
        ("A vote was slated for February 9 next year.", "February 9 next year", "1999-02-09"),
    ],
)
def test_a_day_something_is_set_for_lies_ahead_whatever_the_tense(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # Told in May: the day set as a target or deadline is the coming one.
        ("We have set March 1 as a target date for an agreement.", "March 1", "1999-03-01"),
        ("The exchange set February 15 as the deadline for brokers.", "February 15", "1999-02-15"),
        ("The sides agreed a target date of mid-March for the signing.", "mid-March", "1999-03"),
        ("The talks, with a deadline of March for a deal, resumed.", "March", "1999-03"),
        # A target gone by is told so: it stays the one gone by.
        ("The company missed its target date of May 1, it said.", "May 1", "1998-05-01"),
    ],
)
def test_a_day_set_as_a_target_or_deadline_lies_ahead(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


def test_a_day_set_for_a_few_days_ago_is_that_day_not_next_year() -> None:
    assert values("The vote was set for May 10, the board said.")["May 10"] == "1998-05-10"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The fair will be held on April 14 in the old market.", "April 14", "1999-04-14"),
        ("The fair will be held 14 April in the old market.", "14 April", "1999-04-14"),
        ("Strikes will take place on April 20, the union said.", "April 20", "1999-04-20"),
        # a few days gone: the story kept the future of the day before, not a year on
        ("The fair will be held on May 10 in the old market.", "May 10", "1998-05-10"),
    ],
)
def test_a_day_gone_by_in_a_clause_that_says_will_is_next_years(text, expression, value) -> None:
    """A month back from the story, "will be held 14 April" was read as the day gone by: a
    date ten months or more ahead is read as the one just gone, which holds for "would" of
    reported speech and a month's figures, not for a day the clause itself says will come."""
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The company will report its results in 10 days.", "10 days", "1998-05-23"),
        ("Talks will resume in two weeks, officials said.", "two weeks", "1998-W22"),
        ("The deal is expected to close in three months.", "three months", "1998-08"),
        ("The plant will be finished in a year.", "a year", "1999"),
        # A schedule told in the present looks ahead.
        ("In two weeks the report is due.", "two weeks", "1998-W22"),
        ("The vote comes in three days.", "three days", "1998-05-16"),
        ("In 30 days the deal closes.", "30 days", "1998-06-12"),
    ],
)
def test_in_n_days_or_weeks_in_a_clause_that_looks_ahead_counts_from_the_article_date(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 5 pct in two weeks.",
        "Prices typically rise 5 pct in two weeks.",
        "The drug works in three days for most patients.",
        "The vote was held in three days of balloting.",
        "Prices rose 5 pct within two weeks.",
        "He said the plant would reopen within two weeks.",
        "A ruling is expected within 30 days.",
        "If it fails to buy the firm within 180 days thereafter, holders may sell.",
        "The rules will take effect in a couple of months.",
        "Exports will rise for the first time in seven years, the department said.",
        "It would be the second highest winterkill in ten years, the analyst said.",
        # A superlative looks back over the span, irregular ones too.
        "Recovery from the worst recession in 20 years should get a boost.",
        "It will be the best harvest in five years, the ministry said.",
        "Output will reach the heaviest level in ten years, he said.",
        # A count with a singular unit before a noun gives a term's length, not a date.
        "It plans to issue 150 mln dlrs in 15 year convertible preference shares.",
        "The bank will lend the money in 30 day tranches.",
    ],
)
def test_a_length_of_time_is_no_date(text: str) -> None:
    assert values(text) == {}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Profit rose this fiscal year, the company said.", "this fiscal year", "1998"),
        ("It expects a loss next fiscal year.", "next fiscal year", "1999"),
        ("Sales fell last fiscal year.", "last fiscal year", "1997"),
    ],
)
def test_this_next_and_last_fiscal_year(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The dividend is payable Jan. 4 to holders of record Dec. 10.", "Jan. 4", "1999-01-04"),
        ("The dividend is payable Jan. 4 to holders of record Dec. 10.", "Dec. 10", "1998-12-10"),
        ("The dividend was paid Feb. 3 to holders of record Jan. 12.", "Jan. 12", "1998-01-12"),
    ],
)
def test_a_payment_lies_ahead_and_its_record_date_just_before_it(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He worked at the bank until March.", "March", "1998-03"),
        ("The bank extended the credit line through January.", "January", "1999-01"),
        ("The vote was postponed until March.", "March", "1999-03"),
        ("Talks were suspended until Friday.", "Friday", "1998-05-15"),
        ("The offer is open until Friday.", "Friday", "1998-05-15"),
        ("Trading has been called off until Monday.", "Monday", "1998-05-18"),
        ("It will keep buying tendered shares until February.", "February", "1999-02"),
    ],
)
def test_the_end_of_a_term_lies_ahead_unless_the_story_tells_it_as_past(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


def test_the_months_through_one_just_ended_are_this_years() -> None:
    article = Article(
        id="x",
        title="",
        text="Sales rose 4% in the nine months through September.",
        date=dt.date(1998, 10, 20),
    )
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found["September"] == "1998-09"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Grain will ship from June through January, traders said.", "January", "1999-01"),
        ("Grain will ship from June through January, traders said.", "June", "1998-06"),
        ("It hired workers for May to September, sources said.", "September", "1998-09"),
    ],
)
def test_the_end_of_a_range_follows_its_start(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The two leaders meet Tuesday in Geneva.", "Tuesday", "1998-05-19"),
        ("Work resumes Friday, the union said.", "Friday", "1998-05-15"),
        ("The president flies to Paris on Monday.", "Monday", "1998-05-18"),
        ("Parliament reconvenes in February.", "February", "1999-02"),
        ("The deal closes in 10 days.", "10 days", "1998-05-23"),
    ],
)
def test_a_present_tense_schedule_looks_ahead(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The two leaders did not meet Tuesday.", "Tuesday", "1998-05-12"),
        ("The meeting Tuesday ended without a deal.", "Tuesday", "1998-05-12"),
        ("The market was open Monday.", "Monday", "1998-05-11"),
        ("The dollar fell against Friday closes of 142 yen.", "Friday", "1998-05-08"),
    ],
)
def test_a_past_meeting_or_an_adjective_is_no_schedule(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The envoy is due back in Lagos on Monday, aides said.", "Monday", "1998-05-18"),
        ("Payment on the notes is due on Friday.", "Friday", "1998-05-15"),
        ("The minister starts a three-day visit to Rome on Sunday.", "Sunday", "1998-05-17"),
        ("The summit, which starts on Monday, was called in April.", "Monday", "1998-05-18"),
        ("The delegation heads to Tokyo on Tuesday.", "Tuesday", "1998-05-19"),
        ("The court hears the appeal on Monday.", "Monday", "1998-05-18"),
        ("The signing takes place on Saturday.", "Saturday", "1998-05-16"),
        ("The first round of voting is on Sunday.", "Sunday", "1998-05-17"),
        ("The deadline for bids is Friday.", "Friday", "1998-05-15"),
        ("Voters go to the polls on Sunday.", "Sunday", "1998-05-17"),
        ("The Senate votes Friday on the budget.", "Friday", "1998-05-15"),
        ("Negotiators are meeting Friday in Geneva.", "Friday", "1998-05-15"),
        ("The envoy is travelling to Cairo on Monday.", "Monday", "1998-05-18"),
    ],
)
def test_a_schedule_or_a_day_told_in_the_present_looks_ahead(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # A figure named by its month is the month it measures, whenever it is published.
        ("February consumer credit figures are due on Wednesday.", "February", "1998-02"),
        ("Housing starts in April rose 3 pct.", "April", "1998-04"),
        ("Negotiators were meeting Friday in Geneva.", "Friday", "1998-05-08"),
        ("Police are investigating a shooting on Friday night.", "Friday night", "1998-05-08"),
        ("The two leaders met on Friday and the deal is due in June.", "Friday", "1998-05-08"),
    ],
)
def test_what_is_due_or_starts_leaves_other_dates_alone(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


def test_a_word_cut_at_the_edge_of_the_clause_read_is_not_a_verb() -> None:
    text = "The April 10 annual meeting agreed that there would be no rights issue."
    assert values(text)["April 10"] == "1998-04-10"


def test_an_agreement_not_to_act_until_a_day_looks_ahead() -> None:
    text = "The buyer agreed not to acquire more shares until February 3, the filing said."
    assert values(text)["February 3"] == "1999-02-03"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The dividend is payable June one to holders of record.", "June one", "1998-06-01"),
        ("The rights expire July three 1999, the company said.", "July three 1999", "1999-07-03"),
        ("The offer expires on June twenty-two.", "June twenty-two", "1998-06-22"),
        # A dividend notice's lines are paragraphs with no stop after them.
        ("Qtly div five cts\n\nPay June one\n\nRecord May 13", "June one", "1998-06-01"),
        ("Qtly div five cts\n\nPayable June two", "June two", "1998-06-02"),
        # Whatever follows the day, as long as it is no plural the number would count.
        (
            "The court extended to June 20 from June six the filing of the plan.",
            "June six",
            "1998-06-06",
        ),
        ("It will redeem on June eight all its outstanding notes.", "June eight", "1998-06-08"),
        ("It will redeem on June four its outstanding notes.", "June four", "1998-06-04"),
        ("The union told the company March one that it would strike.", "March one", "1998-03-01"),
        ("Sales in the year ended January three were 350 mln dlrs.", "January three", "1998-01-03"),
        ("The company set June eight as the date of its meeting.", "June eight", "1998-06-08"),
        ("Holders will vote at the June six annual meeting.", "June six", "1998-06-06"),
        ("The March five earthquake killed 300 people.", "March five", "1998-03-05"),
    ],
)
def test_a_day_spelled_as_a_number_after_its_month(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("In April two men were arrested.", "April", "1998-04"),
        ("In April two\nmen were arrested.", "April", "1998-04"),
        ("In April three Japanese banks cut their rates.", "April", "1998-04"),
        ("In April two of the directors resigned.", "April", "1998-04"),
        ("In April one analyst said the rate would fall.", "April", "1998-04"),
        ("In April two hundred workers were laid off.", "April", "1998-04"),
        ("He was born in May nineteen sixty.", "May nineteen sixty", "1960-05"),
    ],
)
def test_a_number_after_a_month_that_counts_or_makes_a_year_is_no_day(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He said a boycott would take effect from July 1, he said.", "July 1", "1998-07-01"),
        ("The company will close the plant effective January 2.", "January 2", "1999-01-02"),
        (
            "The ministry is expected to allow sales starting December 1.",
            "December 1",
            "1998-12-01",
        ),
    ],
)
def test_a_day_a_planned_term_starts_from_lies_ahead(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


def test_a_planned_term_may_have_started_a_few_weeks_ago() -> None:
    text = "The partnership will be dissolved, effective April 24, the bank said."
    assert values(text)["April 24"] == "1998-04-24"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Reforms will start on January 1 next year.", "January 1 next year", "1999-01-01"),
        ("The yield was the highest since July 28 last year.", "July 28 last year", "1997-07-28"),
        (
            "The pact is open for signature until December 31 this year.",
            "December 31 this year",
            "1998-12-31",
        ),
        ("Elections are likely on 5 March of next year.", "5 March of next year", "1999-03-05"),
    ],
)
def test_a_day_with_its_year_told_relative_to_this_one(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "The bank offers bills by tender each Tuesday.",
        "Prices are reviewed every January.",
        "Two flights leave on Monday and Tuesday nights.",
        "The report is released on Tuesday nights.",
    ],
)
def test_a_day_or_month_that_recurs_is_no_date(text: str) -> None:
    assert values(text) == {}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The company plans a share offer in January.", "January", "1999-01"),
        ("The new tariff comes into force in January.", "January", "1999-01"),
        ("The notes mature in January, the filing said.", "January", "1999-01"),
        ("The sale is subject to a shareholder vote in January.", "January", "1999-01"),
        ("The company's annual meeting is in January.", "January", "1999-01"),
    ],
)
def test_a_month_a_plan_or_a_term_is_for_lies_ahead(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


def test_what_is_subject_to_review_says_nothing_of_its_month() -> None:
    found = values("Its January and February figures are subject to revision.")
    assert found["February"] == "1998-02"


@pytest.mark.parametrize(
    "text",
    [
        "The strike is expected to last two weeks.",
        "The talks could last several months yet.",
        "The loan was to last 15 months.",
    ],
)
def test_last_as_a_verb_before_a_count_is_no_date(text: str) -> None:
    assert not values(text)


def test_the_last_few_weeks_are_still_a_span_looked_back_over() -> None:
    assert values("Prices rose in the last two weeks.") == {"the last two weeks": "PAST_REF"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Tanaka said that Japan will slash output of memory chips and other parts by"
            " 11 pct in the second quarter.",
            "the second quarter",
            "1987-Q2",
        ),
        (
            "Levy predicts growth will be slow in the first quarter of 1987, accelerate during"
            " the second quarter and reach 4.5 pct in the third quarter.",
            "the third quarter",
            "1987-Q3",
        ),
        (
            "Analysts expect the group will report a third quarter net of about 200 mln dlrs,"
            " against 238.6 mln a year earlier and 220.3 mln in the second quarter.",
            "the second quarter",
            "1986-Q2",
        ),
    ],
)
def test_a_quarter_later_in_the_year_in_a_forecast_lies_ahead(
    text: str, expression: str, value: str
) -> None:
    article = Article(id="q", title="", text=text, date=dt.date(1987, 3, 24))
    found = {e.expression: e.value for e in extract_events(article)}
    assert found[expression] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Acme is a broker. Its fiscal year ends September 30.", "1987-09-30"),
        ("The unit needs money to run until the financial year ends on June 30.", "1987-06-30"),
    ],
)
def test_a_day_a_year_ends_on_told_in_the_present_is_the_coming_one(text: str, value: str) -> None:
    article = Article(id="y", title="", text=text, date=dt.date(1987, 3, 13))
    assert value in [e.value for e in extract_events(article)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The office will publish trade figures for February on Friday.", "1987-02"),
        ("The overall January deficit of 14.8 billion dlrs will be revised.", "1987-01"),
        ("The consumer price report for February is expected to show a rise.", "1987-02"),
        ("Analysts expect a 26 billion dlr February budget deficit.", "1987-02"),
        ("The gap is expected to narrow to 13 billion, from 14.8 billion in January.", "1987-01"),
        ("Output will rise 3.5 pct against the 6.5 pct forecast in December.", "1986-12"),
    ],
)
def test_a_month_of_figures_or_of_a_comparison_is_gone_by(text: str, value: str) -> None:
    article = Article(id="f", title="", text=text, date=dt.date(1987, 4, 13))
    assert value in [e.value for e in extract_events(article)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The new line will be available in October at prices from 1,599 dlrs.", "1987-10"),
        ("It will cut the rate to 18.3 pct from 21 pct, beginning in July.", "1987-07"),
        ("The bank may cut its rate from a current 8.5 pct in June.", "1987-06"),
    ],
)
def test_a_month_a_plan_is_for_still_lies_ahead_beside_figures(text: str, value: str) -> None:
    article = Article(id="f", title="", text=text, date=dt.date(1987, 4, 13))
    assert value in [e.value for e in extract_events(article)]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("He said that third quarter growth could be negative.", "third quarter", "1998-Q3"),
        ("The company said fourth quarter earnings will be lower.", "fourth quarter", "1998-Q4"),
        ("She predicted third quarter sales would slow.", "third quarter", "1998-Q3"),
        ("An analyst said September output might fall.", "September", "1998-09"),
        ("He said July exports are expected to rise.", "July", "1998-07"),
        # What the clause tells as over stays gone by.
        ("He said third quarter sales fell.", "third quarter", "1997-Q3"),
        ("He said July exports could have been higher.", "July", "1997-07"),
    ],
)
def test_a_period_opening_what_was_said_takes_that_clauses_tense(
    text: str, expression: str, value: str
) -> None:
    """ "said that second quarter growth could be zero": the quarter is the subject of what
    was said, so the verb after it, not "said", tells whether it lies ahead."""
    assert values(text)[expression] == value


def test_a_fourth_quarter_said_of_early_in_a_year_is_the_one_just_ended() -> None:
    article = Article(
        id="x",
        title="",
        text="The official said fourth quarter figures could show a rise.",
        date=dt.date(1998, 2, 10),
    )
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found["fourth quarter"] == "1997-Q4"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Net rose in the fiscal first quarter.", "the fiscal first quarter", "1998-Q1"),
        ("Net rose in its first fiscal quarter.", "first fiscal quarter", "1998-Q1"),
        ("Net fell in fiscal 1997's second quarter.", "fiscal 1997's second quarter", "1997-Q2"),
        ("Sales rose in the third quarter ended January 31.", "the third quarter", "1998-Q3"),
        (
            "Sales rose in the first half of fiscal 1998.",
            "the first half of fiscal 1998",
            "1998-H1",
        ),
    ],
)
def test_a_fiscal_quarter_keeps_its_number_but_is_marked_inferred(
    text: str, expression: str, value: str
) -> None:
    """A fiscal quarter's calendar months are the company's to say: the value keeps the year
    and number TimeML gives it, and the mark keeps the timeline from claiming those months."""
    article = Article(id="x", title="", text=text, date=DCT)
    (event,) = [e for e in extract_events(article) if e.expression == expression]
    assert (event.value, event.inferred) == (value, True)


def test_a_calendar_quarter_is_not_marked() -> None:
    article = Article(
        id="x", title="", text="Net rose in the first quarter ended March 31.", date=DCT
    )
    (event,) = [e for e in extract_events(article) if e.expression == "the first quarter"]
    assert (event.value, event.inferred) == ("1998-Q1", False)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The company extended the expiration of its warrants to September 30 from April 30.",
            "September 30",
            "1998-09-30",
        ),
        ("The bank extended the deadline on its offer to Monday.", "Monday", "1998-05-18"),
        # a year written says which; a past perfect tells of a term over
        (
            "The 1997 quota year was extended three months to March 31.",
            "March 31",
            "1998-03-31",
        ),
        ("It had extended the offer to March 2, when it expired.", "March 2", "1998-03-02"),
    ],
)
def test_a_term_someone_extends_ends_ahead(text: str, expression: str, value: str) -> None:
    """ "extended the expiration of its warrants to September 30 from March 31": the new end of
    a term someone extends lies ahead of the extending, whatever the tense of the report."""
    assert values(text)[expression] == value


def _named(text: str, dct: dt.date) -> list[tuple[str, str, bool]]:
    article = Article(id="x", title="", text=text, date=dct)
    return [(e.expression, e.value, e.inferred) for e in extract_events(article)]


def test_later_quarters_of_a_fiscal_year_are_its_quarters() -> None:
    """Once a story names a fiscal quarter, its bare "the quarter", "the third quarter",
    "second-quarter" are the company's quarters too: that fiscal year's, marked inferred,
    not the calendar quarter a March story would make of a bare "third quarter"."""
    text = (
        "Acme Corp reported lower earnings for fiscal 1998's third quarter. "
        "Sales fell in the quarter. Margins in the third quarter were thin, and "
        "second-quarter earnings had also fallen."
    )
    found = _named(text, dt.date(1998, 3, 20))
    assert ("the quarter", "1998-Q3", True) in found
    assert ("the third quarter", "1998-Q3", True) in found
    assert ("second-quarter", "1998-Q2", True) in found


def test_a_later_half_of_a_fiscal_year_is_its_half() -> None:
    text = (
        "Acme reported earnings for the first half of fiscal 1998. "
        "It said the second quarter was strong, and the first half showed gains."
    )
    found = _named(text, dt.date(1998, 3, 20))
    assert ("the second quarter", "1998-Q2", True) in found
    assert ("the first half", "1998-H1", True) in found


def test_quarters_stay_calendar_ones_without_a_fiscal_one_named() -> None:
    text = "Sales fell in the third quarter. Margins in the quarter were thin."
    found = _named(text, dt.date(1998, 3, 20))
    assert ("the third quarter", "1997-Q3", False) in found
    assert ("the quarter", "1997-Q3", False) in found


@pytest.mark.parametrize(
    "text",
    [
        "Makers still sell below cost despite the July agreement.",
        "Both sides have kept to their June accord, officials said.",
        "The union said the September pact would be honoured.",
    ],
)
def test_an_agreement_named_by_its_month_is_one_made(text: str) -> None:
    """ "despite the July agreement" told in March: an agreement named by its month already
    exists, so it is the July gone by, not the nearer July ahead."""
    found = _named(text, dt.date(1998, 3, 3))
    assert [v for _, v, _ in found if v != "1998-03-03"][0][:4] == "1997"


def test_an_agreement_hoped_for_by_its_month_may_be_ahead() -> None:
    found = _named("They hope for a June agreement on quotas.", dt.date(1998, 3, 3))
    assert ("June", "1998-06", False) in found


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "He said he invited the president to make the opening speech at the fair in Rome"
            " October 16.",
            "October 16",
            "1998-10-16",
        ),
        ("She invited the minister to visit Paris in May.", "May", "1998-05"),
        (
            "The premier was invited to speak at the conference on October 16.",
            "October 16",
            "1998-10-16",
        ),
    ],
)
def test_what_someone_is_invited_to_lies_ahead(text: str, expression: str, value: str) -> None:
    """An invitation is to something still to come: "invited the president to make the
    opening speech ... October 16", told in April, is the coming October."""
    found = _named(text, dt.date(1998, 4, 2))
    assert (expression, value, False) in found


def test_an_invitation_turned_down_before_keeps_its_past() -> None:
    found = _named(
        "He had been invited to speak at the rally on October 16 but stayed home.",
        dt.date(1998, 11, 2),
    )
    assert ("October 16", "1998-10-16", False) in found


def test_months_to_date_ended_off_the_calendar_name_a_fiscal_year() -> None:
    """ "the first nine months ended February 28": a fiscal year's three quarters, so the
    quarters and halves named after it are that fiscal year's, marked inferred."""
    text = (
        "Acme will report earnings for the first nine months ended February 28. Analysts "
        "expect a third quarter net of 200 mln dlrs, against 220 mln in the second quarter."
    )
    found = _named(text, dt.date(1998, 3, 20))
    assert ("a third quarter", "1998-Q3", True) in found
    assert ("the second quarter", "1998-Q2", True) in found


def test_the_nine_months_of_a_calendar_year_name_no_fiscal_one() -> None:
    text = "Net rose in the nine months ended September 30. The third quarter was strong."
    found = _named(text, dt.date(1998, 10, 20))
    assert ("The third quarter", "1998-Q3", False) in found


def test_a_quarter_named_after_the_day_it_ends_off_the_calendar_is_fiscal() -> None:
    """ "an operating loss for the January 31 second quarter": a second quarter ending in
    January is a fiscal one, numbered in the year of that day, as "the second quarter ended
    January 31" is."""
    found = _named("Acme reported a loss for the January 31 second quarter.", dt.date(1998, 2, 26))
    assert ("second quarter", "1998-Q2", True) in found


def test_a_quarter_named_after_its_calendar_end_is_not_marked() -> None:
    found = _named("Acme reported a loss for the March 31 first quarter.", dt.date(1998, 4, 26))
    assert ("first quarter", "1998-Q1", False) in found


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("The sale should close in the third quarter of its fiscal year.", "the third quarter"),
        ("Gains will start in the fourth quarter of our fiscal 1998.", "the fourth quarter"),
        ("It will be done by the second quarter of its current fiscal year.", "the second quarter"),
    ],
)
def test_a_quarter_of_a_fiscal_year_is_marked(text: str, expression: str) -> None:
    """ "the third quarter of its fiscal year": the company's quarter, whose months the
    value does not give."""
    (event,) = [e for e in _events(text) if e.expression == expression]
    assert event.inferred


def _events(text: str) -> list:
    return extract_events(Article(id="x", title="", text=text, date=dt.date(1998, 3, 20)))


def test_a_quarter_of_a_fiscal_year_written_is_that_year() -> None:
    text = "Gains began in the fourth quarter of our fiscal 1996."
    (event,) = [e for e in _events(text) if e.expression == "the fourth quarter"]
    assert (event.value, event.inferred) == ("1996-Q4", True)


def test_a_quarter_after_a_year_written_in_its_sentence_is_that_year_s() -> None:
    """After a fiscal quarter, "In 1996, Acme reported a third quarter loss" is 1996's, the
    year its sentence names, not the fiscal year reported on."""
    text = (
        "Acme expects a loss for fiscal 1998's third quarter. "
        "In 1996, Acme reported a third quarter loss of two mln dlrs."
    )
    found = _named(text, dt.date(1998, 6, 2))
    assert ("a third quarter", "1996-Q3", True) in found


def test_a_fiscal_quarter_compared_with_does_not_displace_a_later_one_named() -> None:
    """ "revenues for the first quarter of 1998 ... a loss of 10 mln for its first quarter
    fiscal 1997 ... the first quarter loss": the later first quarter named is the one."""
    text = (
        "Acme expects revenues for the first quarter of 1998 to fall. It lost 2 mln dlrs for "
        "its first quarter fiscal 1997. Acme said the first quarter loss will put it in default."
    )
    found = _named(text, dt.date(1998, 3, 19))
    assert ("the first quarter", "1998-Q1", True) in found


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # Told on 13 May 1998: a fiscal year ending in June is in its fourth quarter.
        (
            "Acme, whose fiscal year ends June 30, said third quarter net rose 20 pct.",
            "third quarter",
            "1998-Q3",
        ),
        (
            "For its fiscal year ended January 31, Acme earned 41 mln dlrs. The company"
            " reported first quarter net of 12 mln dlrs.",
            "first quarter",
            "1999-Q1",
        ),
        (
            "Acme said sales in its fiscal year ending September 30 will rise. Second quarter"
            " net fell 5 pct.",
            "Second quarter",
            "1998-Q2",
        ),
    ],
)
def test_a_fiscal_year_stated_numbers_the_quarters_named_after_it(
    text: str, expression: str, value: str
) -> None:
    found = {
        e.expression: e for e in extract_events(Article(id="f", title="", text=text, date=DCT))
    }
    assert (found[expression].value, found[expression].inferred) == (value, True)


def test_a_year_earlier_after_a_quarter_of_a_stated_fiscal_year_is_that_quarter_back() -> None:
    text = (
        "Acme expects records for the fiscal year ending June 30. It reported third-quarter"
        " earnings of 55 cts a share. Sales rose to 1.08 billion dlrs from 1.01 billion dlrs"
        " a year earlier."
    )
    found = {
        e.expression: e.value
        for e in extract_events(Article(id="f", title="", text=text, date=DCT))
    }
    assert (found["third-quarter"], found["a year earlier"]) == ("1998-Q3", "1997-Q3")


def test_a_quarter_ended_off_the_calendar_numbers_the_later_quarters_too() -> None:
    text = (
        "Acme reported a loss for the second quarter ended January 31. Results for the third"
        " quarter should be about the same, it said."
    )
    found = {
        e.expression: e for e in extract_events(Article(id="f", title="", text=text, date=DCT))
    }
    third = found["the third quarter"]
    assert (third.value, third.inferred) == ("1998-Q3", True)
