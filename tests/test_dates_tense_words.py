"""Words that look like a tense and are not, and past forms that are one."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MONDAY = dt.date(1987, 10, 19)
TUESDAY = dt.date(1987, 10, 20)


def values(text: str, date: dt.date) -> dict[str, str | None]:
    article = Article(id="x", title="", text=text, date=date)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        # "Due to" a noun is "because of": no plan.
        (
            "The currency's decline was due to remarks on Sunday by the Treasury Secretary.",
            MONDAY,
            "Sunday",
            "1987-10-18",
        ),
        (
            "The drop was due to the strike on Friday at the port, dealers said.",
            MONDAY,
            "Friday",
            "1987-10-16",
        ),
        # "Due to" a verb still is one.
        ("The talks are due to resume on Thursday.", MONDAY, "Thursday", "1987-10-22"),
        # A past participle in -en tells what was done: "chosen on Monday".
        (
            "Takeshita, chosen on Monday to be the next prime minister, will face a tough test.",
            TUESDAY,
            "Monday",
            "1987-10-19",
        ),
        (
            "The hostages, taken on Saturday from a bus, will be freed, officials said.",
            TUESDAY,
            "Saturday",
            "1987-10-17",
        ),
        # After "be" it is no past tense.
        ("The new leader will be chosen on Friday.", TUESDAY, "Friday", "1987-10-23"),
    ],
)
def test_the_tense_a_date_takes(text: str, date: dt.date, expression: str, value: str) -> None:
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The service found that between June and August last year, corn was swapped.", "1986-06"),
        ("Corn will be swapped between June and August next year, the service said.", "1988-06"),
        ("Sales rose in June, July and August last year, the service said.", "1986-06"),
    ],
)
def test_months_listed_before_last_or_next_year_are_in_that_year(text: str, value: str) -> None:
    assert values(text, dt.date(1987, 3, 25))["June"] == value


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        # A date inside the clause "that" opens takes that clause's tense, not the saying's.
        (
            "The spokesman said that on Thursday and Friday Deputy Trade Representative "
            "Michael Smith would meet with Kuroda.",
            dt.date(1987, 4, 1),
            "Thursday",
            "1987-04-02",
        ),
        (
            "On Monday, Sanders again reiterated that the party must support Clinton in "
            "November to defeat Trump.",
            dt.date(2016, 7, 27),
            "November",
            "2016-11",
        ),
        (
            "The spokesman said that on Thursday the deputy trade representative met Kuroda.",
            dt.date(1987, 4, 1),
            "Thursday",
            "1987-03-26",
        ),
    ],
)
def test_a_date_in_a_clause_that_opens_takes_its_tense(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    assert values(text, date)[expression] == value
