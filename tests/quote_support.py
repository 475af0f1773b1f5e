"""Extracting the quotes of a made-up article, as the extraction tests all do."""

from __future__ import annotations

from newsexplore.search.models import Article, Quote
from newsexplore.search.quotes.extract import extract_quotes


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(Article(id="t", title="", text=text))


def only(text: str) -> Quote:
    quotes = quotes_of(text)
    assert len(quotes) == 1, quotes
    return quotes[0]
