"""A month's name that begins a company's name ("May Co.", "May Department Stores Co",
"May Energy Partners Ltd", "by May Energy unitholders") is no month; a month before a
capitalised word that is not a company's ("In March Energy Secretary Herrington said",
"In May Texaco Inc said") is still a month."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

APRIL = dt.date(1987, 4, 10)


def months(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="t", title="", text=text, date=APRIL)
    return [(e.expression, e.value) for e in extract_events(article) if e.kind == "mentioned"]


def test_a_company_named_with_a_month_is_no_date() -> None:
    assert months("The chain of stores was acquired by May Co. in the spring of 1986.") == [
        ("the spring of 1986", "1986-SP")
    ]
    assert months("The unit was sold to May Department Stores Co after a long search.") == []
    assert months("Shares of August Petroleum Inc rose sharply on the news.") == []


def test_an_industry_word_after_a_month_names_a_company() -> None:
    text = "The partnership completed the acquisition of May Energy Partners Ltd for cash."
    assert months(text) == []
    assert months("The deal won approval by May Energy unitholders on the whole.") == []
    assert months("Hadson Corp is the general partner of May Energy, the firm said.") == []


def test_a_month_before_an_official_or_a_company_acting_is_still_a_month() -> None:
    assert months("In March Energy Secretary John Herrington said prices were low.") == [
        ("March", "1987-03")
    ]
    assert months("In February Texaco Inc said it would sell the refinery.") == [
        ("February", "1987-02")
    ]
