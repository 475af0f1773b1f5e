"""More date forms of news prose that were not read, each with the value TimeML gives it.

Found by listing the temporal-looking words no extracted date covered on wire copy of
1987 and on political news of 2015-16 (`bench/date_misses.py`); each with the look-alikes
it must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

JUNE_1987 = dt.date(1987, 6, 2)
SEPT_2016 = dt.date(2016, 9, 23)


def values(text: str, date: dt.date) -> dict[str, str | None]:
    article = Article(id="r", title="", text=text, date=date)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("During a May interview on CNBC, Trump said he won every debate.", SEPT_2016, "2016-05"),
        ("The May increase represents the seventh monthly rise.", JUNE_1987, "1987-05"),
        ("GM said its May North American car production fell 26.3 pct.", JUNE_1987, "1987-05"),
        ("Congress convenes after the May elections, he said.", dt.date(1987, 3, 27), "1987-05"),
    ],
)
def test_may_after_a_determiner_is_the_month(text: str, date: dt.date, value: str) -> None:
    assert values(text, date).get("May") == value


@pytest.mark.parametrize(
    "text",
    [
        "He said that May be the case.",
        "Trump's Supporters May Be The Real Puppetmasters Of His Campaign.",
        "The U.K. May put German banks at a disadvantage.",
        "Questions that may arise were left open.",
    ],
)
def test_may_the_verb_stays_no_month(text: str) -> None:
    assert "May" not in values(text, SEPT_2016) and "may" not in values(text, SEPT_2016)


@pytest.mark.parametrize(
    "text",
    [
        "The May Department Stores Co said it signed an agreement.",
        "Mines could face a May Day work stoppage, the Chamber said.",
        '"Because of the political risk," said Barclays de Zoete\'s May.',
    ],
)
def test_may_heading_a_name_is_no_month(text: str) -> None:
    assert "May" not in values(text, JUNE_1987)
