"""A month a past tense tells something was done or stood "by" is the one gone by: "stocks
climbed to 1.6 mln tonnes by the end of January", told in March, is January of this year,
not of the next; a deadline told ahead ("will finish by February") still lies ahead."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MARCH = dt.date(1987, 3, 20)


def value_of(text: str, expression: str, day: dt.date = MARCH) -> str | None:
    article = Article(id="t", title="", text=text, date=day)
    return [e.value for e in extract_events(article) if e.expression == expression][-1]


def test_a_level_reached_by_a_month_just_gone_is_this_years() -> None:
    text = "Grain stocks climbed to 1.6 mln tonnes by the end of January, the ministry said."
    assert value_of(text, "the end of January") == "1987-01"
    text = "The two parties raised more than 80 mln dlrs by the end of February, filings show."
    assert value_of(text, "the end of February") == "1987-02"


def test_a_state_or_a_plan_told_past_by_a_month_just_gone_is_this_years() -> None:
    text = "Because of the floods, by early February the board was holding unsold stocks."
    assert value_of(text, "early February") == "1987-02"
    text = "The two new furnaces were due for completion by the end of February."
    assert value_of(text, "the end of February") == "1987-02"


def test_a_deadline_told_ahead_or_in_the_present_still_lies_ahead() -> None:
    text = "The group said it will finish the work by the end of February."
    assert value_of(text, "the end of February") == "1988-02"
    text = "The agency hopes to complete its review by January."
    assert value_of(text, "January") == "1988-01"


def test_a_contract_month_leading_a_market_is_no_deadline() -> None:
    day = dt.date(1987, 4, 7)
    text = "Futures firmed again at midsession to post gains of 0.25 cent paced by February."
    assert value_of(text, "February", day) == "1988-02"
