"""Periods as results copy abbreviates them: "Q3 2023", "H1", "FY24", "Q4 FY23"."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates import extract_events
from newsexplore.search.models import Article

WRITTEN = dt.date(2024, 3, 12)


def dates(text: str, day: dt.date | None = WRITTEN) -> list[tuple[str, str | None, bool]]:
    article = Article(id="a", title="", text=text, date=day)
    return [
        (e.expression, e.value, e.inferred)
        for e in extract_events(article)
        if e.kind == "mentioned"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue in Q3 2023 rose 5 percent.", [("Q3 2023", "2023-Q3", False)]),
        ("The firm reported results for 2023 Q3.", [("2023 Q3", "2023-Q3", False)]),
        ("Revenue for Q1'22 rose.", [("Q1'22", "2022-Q1", False)]),
        ("Profit in H1 2023 fell by a third.", [("H1 2023", "2023-H1", False)]),
        ("Results for FY2023 were strong.", [("FY2023", "2023", False)]),
        ("The FY25 budget was passed.", [("FY25", "2025", False)]),
        # a company's own quarter: its months are the company's to say, as "fiscal" marks
        ("Apple said Q4 FY23 revenue fell.", [("Q4 FY23", "2023-Q4", True)]),
    ],
)
def test_shorthand_periods_are_read_as_the_words_they_stand_for(text, expected) -> None:
    """Read as nothing, "Q3 2023" was dated as the whole year, and "H1 2023" too."""
    assert dates(text) == expected


def test_a_quarter_with_no_year_resolves_as_the_quarter_written_out_does() -> None:
    short = dates("In Q4, sales grew; the board expects Q2 to be weak.")
    spelled = dates(
        "In the fourth quarter, sales grew; the board expects the second quarter to be weak."
    )
    assert [value for _w, value, _i in short] == [value for _w, value, _i in spelled]
    assert short[0][1] == "2023-Q4"


@pytest.mark.parametrize(
    "text",
    [
        "The q3 file was lost.",  # lower case: not the shorthand
        "The Q7 model sold well.",
        "The H1B visa program was cut.",
        "H1N1 flu spread in the spring of 2009.",
    ],
)
def test_words_that_only_look_like_the_shorthand_name_no_period(text) -> None:
    assert all(not written.startswith(("q", "Q", "H")) for written, _v, _i in dates(text))
