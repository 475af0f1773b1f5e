"""Weekdays that come round every week and spans of time: no day or date on the timeline.

TimeML types a schedule ("every Monday", "from Sunday to Thursday" as opening days) as a
SET and "within two years" as a DURATION; neither is a DATE the timeline can place.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MARCH = dt.date(1987, 3, 10)


def values(text: str, date: dt.date = MARCH) -> dict[str, str | None]:
    article = Article(id="g", title="", text=text, date=date)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    "text",
    [
        "Commercial banks will now open from Sunday to Thursday, the agency said.",
        "The central bank allowed banks to operate a five day week from Sunday to Thursday.",
        "Banks must work from 7.30 a.m. to 12 noon from Saturday to Thursday inclusive.",
        "The evening session runs from 1800 to 2100 local time Monday through Thursday.",
        "The bank rarely invites applications on a Saturday, dealers said.",
        "Results look good for first-day sales on a Friday afternoon.",
        "Any Monday would suit the committee.",
        "The market is closed on Saturdays.",
        "The paper appears every Monday.",
        "The office is open weekdays.",
        "The paper has a weekday circulation of 27,500 and a Sunday circulation of 30,900.",
        "The British Sunday paper, quoting Iranian sources, said the missile was new.",
        "The group publishes a Sunday newspaper and two Saturday editions in Leeds.",
        "Thousands gathered for Friday prayers in the capital.",
    ],
)
def test_a_weekday_that_comes_round_every_week_is_no_date(text: str) -> None:
    found = values(text)
    assert not [e for e in found if any(day in e.lower() for day in _WEEKDAYS)], found


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks ran from Monday to Thursday without a result.", ["Monday", "Thursday"]),
        ("Bills dated Monday to Friday were allotted about 81 pct.", ["Monday", "Friday"]),
        ("The stock rose to a Friday close of 2.32 dlrs.", ["Friday"]),
        ("China welcomed a Monday court ruling.", ["Monday"]),
        ("The shares jumped from a Friday closing price of 4.15 dlrs.", ["Friday"]),
        ("The Sunday paper's editor resigned on Monday.", ["Monday"]),
    ],
)
def test_a_weekday_of_one_particular_week_keeps_its_day(text: str, expected: list) -> None:
    found = values(text)
    assert list(found) == expected
    assert all(len(value or "") == 10 for value in found.values())


@pytest.mark.parametrize(
    "text",
    [
        "The plant will be built within two years.",
        "The company expects to return to profit within a year.",
        "The loan must be repaid within 30 days, the bank said.",
        "Talks should resume within the next few weeks.",
        "The government will decide within the next year.",
        "Prices have doubled within the last three years.",
    ],
)
def test_within_a_span_bounds_a_duration_and_names_no_date(text: str) -> None:
    """ "Within two years" is how long, not when: TimeML's DURATION. Read as a DATE it put
    the plant on the timeline in March 1989, a day nobody named."""
    assert values(text) == {}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Talks will resume in two weeks.", "two weeks", "1987-W13"),
        ("The target should be met within this year.", "this year", "1987"),
    ],
)
def test_a_date_after_in_or_within_a_named_period_stays(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


def test_within_ending_a_sentence_leaves_the_next_one_alone() -> None:
    found = values("Banks built securities units from within. Last week, a bank ended talks.")
    assert found == {"Last week": "1987-W10"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hollinger Inc said it purchased Saturday Night, a general-interest magazine.",
            "Saturday Night",
        ),
        ("Saturday Night, which publishes features and fiction, lost money.", "Saturday Night"),
        ("The Manila newspaper Sunday Times published the letter.", "Sunday"),
        ("A poll in yesterday's Sunday Times gave Labour 30 pct.", "Sunday"),
        ("It prints northern editions of the Telegraph and Sunday Telegraph.", "Sunday"),
        ("The lead manager was Den Danske Bank af 1871 A/S, dealers said.", "1871"),
        ("Sparebanken af 1850 said profits rose.", "1850"),
        ("Shares of Acme Venture Fund 1986 Inc rose.", "1986"),
        ("A member of the powerful 1950 committee of back-benchers spoke.", "1950"),
        ("The 1900 Club held its dinner in London.", "1900"),
    ],
)
def test_a_title_or_a_firm_holding_a_day_or_year_is_no_date(text: str, name: str) -> None:
    assert name not in values(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The rebels attacked on Saturday Night, the army said.", "Saturday Night"),
        ("On Friday Times Mirror Co said it would buy the paper.", "Friday"),
        ("The State Department said Friday Iran had been told.", "Friday"),
        ("Profits in 1871 were small, the history says.", "1871"),
        ("The 1996 committee report found no fault.", "1996"),
        ("The 1996 Tax Act cut rates.", "1996"),
    ],
)
def test_a_day_or_year_beside_a_name_is_still_a_date(text: str, day: str) -> None:
    assert day in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Overnight rose to six pct while tomorrow/next was quoted at 5-1/2 pct.",
        "Tomorrow-next funds more than doubled to 20 pct.",
        "Dealers sold the positions for tomorrow/next delivery.",
    ],
)
def test_tomorrow_next_is_a_deposit_term_not_a_day(text: str) -> None:
    """ "tomorrow/next" (and "tomorrow-next") is the money market's name for a deposit from
    the next business day to the one after, quoted every day: it names no day of the story."""
    assert not any(e.lower().startswith("tomorrow") for e in values(text))


def test_tomorrow_alone_is_still_the_next_day() -> None:
    assert "tomorrow" in values("Talks resume tomorrow. Next week they end.")
