"""A quarter named without its year takes the year its sentence states for the results,
and a year written without a quarter number is given none the text does not state."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MARCH = dt.date(1987, 3, 3)


def values(text: str, date: dt.date = MARCH) -> list[tuple[str, str | None]]:
    article = Article(id="x", title="", text=text, date=date)
    return [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]


def test_a_quarter_to_be_reported_takes_the_year_its_sentence_states() -> None:
    found = values(
        "The company said it expects to report losses of about 57 mln dlrs for the fourth "
        "quarter and 68 mln dlrs for the full year 1986 on revenues of 10 mln dlrs."
    )
    assert ("the fourth quarter", "1986-Q4") in found


def test_a_quarter_still_to_come_keeps_its_year_beside_a_year_gone_by() -> None:
    found = values(
        "The company expects the plant to open in the fourth quarter, after a loss of "
        "68 mln dlrs for the full year 1986."
    )
    assert ("the fourth quarter", "1987-Q4") in found


def test_a_year_with_no_quarter_number_is_not_given_a_quarter_still_to_come() -> None:
    found = values(
        "Oper net 2,877,000 vs 1,363,000\n\nNOTE: prior qtr excludes loss 475,000.\n\n"
        "Excludes 1987 qtr 1,694,000 operating loss carryforwards vs 78,000 qtr prior."
    )
    assert ("1987 qtr", "1987") in found
