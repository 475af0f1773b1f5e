"""Half-years with no year written: "the second half" told in the past in the first half of
a year is last year's, as "the third quarter" told in the past in February is."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MARCH = dt.date(1987, 3, 17)
SEPTEMBER = dt.date(1987, 9, 14)


def values(text: str, day: dt.date) -> dict[str, str | None]:
    article = Article(id="x", title="", text=text, date=day)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "day", "expression", "value"),
    [
        # Told in the past before this year's has begun: the one gone by.
        (
            "Margins improved in the second half, the company said.",
            MARCH,
            "the second half",
            "1986-H2",
        ),
        (
            "The airline's performance improved in the second half of the year.",
            MARCH,
            "the second half of the year",
            "1986-H2",
        ),
        (
            "The group said it raised more in the second half of the year than in the first.",
            dt.date(2016, 1, 29),
            "the second half of the year",
            "2015-H2",
        ),
        # Looked ahead to, or told once it has begun: this year's.
        ("Profits should improve in the second half.", MARCH, "the second half", "1987-H2"),
        (
            "It said the economy will show an upturn in the second half of the year.",
            MARCH,
            "the second half of the year",
            "1987-H2",
        ),
        (
            "Margins improved in the second half, the company said.",
            SEPTEMBER,
            "the second half",
            "1987-H2",
        ),
        ("Sales fell in the first half, the company said.", MARCH, "the first half", "1987-H1"),
    ],
)
def test_a_half_year_told_by_tense_is_the_one_the_clause_means(
    text: str, day: dt.date, expression: str, value: str
) -> None:
    assert values(text, day)[expression] == value


def test_a_past_verb_across_a_comma_leaves_the_half_this_years() -> None:
    found = values(
        "Iraq has an official first half quota of 1.466 mln bpd, rising to 1.54 mln in the "
        "second half, but has refused to adhere to it.",
        dt.date(1987, 6, 1),
    )
    assert found["the second half"] == "1987-H2"


def test_half_a_century_is_no_half_year() -> None:
    found = values("It was a slump unlike any in the last half century.", MARCH)
    assert "the last half" not in found
