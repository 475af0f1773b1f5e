"""Date forms of news prose that were not read at all, each with the value TimeML gives it.

Found by listing the temporal-looking words that no extracted date covered on news of
1987 and 2015-16; only forms a reader wants on a timeline, and the look-alikes each must
leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

APRIL = dt.date(1987, 4, 14)


def values(text: str, date: dt.date = APRIL) -> dict[str, str | None]:
    article = Article(id="r", title="", text=text, date=date)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Unemployment fell by 16,500 in the month to end-March.", "end-March", "1987-03"),
        ("Reserves stood at 31.2 billion dlrs at end-1986.", "end-1986", "1986"),
        ("The group aims to cut its workforce to 73,000 by end-1987.", "end-1987", "1987"),
        (
            "Deposits were three times their end-December 1985 level.",
            "end-December 1985",
            "1985-12",
        ),
        ("The licences will be valid to end-Sep, traders said.", "end-Sep", "1987-09"),
        ("Output in the eight months to end-August rose 4 pct.", "end-August", "1986-08"),
    ],
)
def test_the_end_of_a_month_or_year_written_with_a_hyphen(
    text: str, expression: str, value: str
) -> None:
    assert values(text).get(expression) == value


@pytest.mark.parametrize(
    "text",
    [
        "The dividend-1986 table was revised.",
        "Shipments rose at year-end-1986 prices.",
        "The end-user market grew.",
        "They met at the end-of-season sale.",
    ],
)
def test_end_hyphen_only_before_a_month_or_year(text: str) -> None:
    assert not [e for e in values(text) if e.lower().startswith("end")]
