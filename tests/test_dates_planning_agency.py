"""A body named for planning ("the Economic Planning Agency") plans nothing: what it reports
of a month gone by stays in that month, not the coming one."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article


def month_value(text: str, day: dt.date) -> str | None:
    article = Article(id="p", title="", text=text, date=day)
    return [e.value for e in extract_events(article) if e.expression == "March"][-1]


@pytest.mark.parametrize(
    "text",
    [
        "Machinery orders fell 10.4 pct in April, after rising 17.6 pct in March, the"
        " government's Economic Planning Agency said.",
        "Wholesale prices rose 0.3 pct in March, the National Planning Commission said.",
        "Housing starts fell in March, the Planning Ministry said.",
    ],
)
def test_a_month_reported_by_a_planning_body_is_the_one_gone_by(text: str) -> None:
    assert month_value(text, dt.date(1987, 6, 19)) == "1987-03"


def test_a_month_planned_for_still_lies_ahead() -> None:
    assert month_value("The talks are planned for March.", dt.date(1987, 6, 19)) == "1988-03"
