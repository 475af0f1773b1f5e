"""A month that names an accord with the accord's own name between ("the February Louvre
accord", "February's Louvre Accord", "the December OPEC accord") names one already made:
the month gone by, as "the July agreement" is, even when the one ahead is nearer."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

OCTOBER = dt.date(1987, 10, 20)


def value_of(text: str, expression: str, day: dt.date = OCTOBER) -> str | None:
    article = Article(id="t", title="", text=text, date=day)
    return [e.value for e in extract_events(article) if e.expression == expression][-1]


def test_a_month_naming_an_accord_by_its_name_is_the_one_gone_by() -> None:
    text = "They agreed to pursue the policies accepted under the February Louvre accord."
    assert value_of(text, "February") == "1987-02"
    text = "Six nations agreed under February's Louvre Accord to stabilise currencies."
    assert value_of(text, "February") == "1987-02"
    text = "He said the kingdom stood by the December OPEC accord and would not sell lower."
    assert value_of(text, "December", dt.date(1987, 3, 2)) == "1986-12"


def test_a_hoped_for_accord_or_a_month_before_a_meeting_still_looks_ahead() -> None:
    text = "Ministers hope to reach a February Paris accord on farm prices."
    assert value_of(text, "February") == "1988-02"
    text = "They will meet before the June Venice summit of industrial democracies."
    assert value_of(text, "June", dt.date(1987, 3, 2)) == "1987-06"
