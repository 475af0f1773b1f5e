"""Months a price is quoted for lie in the month of the story or ahead, in any tense."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def values(text: str, date: dt.date) -> list[tuple[str, str | None]]:
    article = Article(id="x", title="", text=text, date=date)
    return [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "July soymeal has already moved to a premium over the August through October months.",
            dt.date(1987, 6, 2),
            [("July", "1987-07"), ("August", "1987-08"), ("October", "1987-10")],
        ),
        (
            "Cottonseed oil - July through September offered 4.75 over, bid 4.00 over.",
            dt.date(1987, 4, 7),
            [("July", "1987-07"), ("September", "1987-09")],
        ),
    ],
)
def test_a_range_of_months_quoted_or_traded_lies_ahead(
    text: str, date: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, date) == expected


def test_a_range_of_months_told_of_as_a_season_keeps_its_tense() -> None:
    found = values("Rain fell over the June through August months.", dt.date(1987, 10, 2))
    assert found[0] == ("June", "1987-06")
