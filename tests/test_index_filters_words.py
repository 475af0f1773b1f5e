"""Telling a query's words from its filters, as the breadcrumb under the reader shows them."""

from __future__ import annotations

import pytest

from newsexplore.search import split_filters


@pytest.mark.parametrize(
    ("query", "words", "filters"),
    [
        ("ofcom", "ofcom", []),
        (
            "ofcom date:[2026-01-01 TO 2026-01-31]",
            "ofcom",
            [("date", "2026-01-01 to 2026-01-31")],
        ),
        ('source:"The Times" grok AND x', "grok AND x", [("source", "The Times")]),
        ("date:[2026 TO *] speaker:starmer", "", [("date", "from 2026"), ("speaker", "starmer")]),
        ("date:[* TO 1987-03]", "", [("date", "until 1987-03")]),
        ("title:grok mydate:x", "title:grok mydate:x", []),
    ],
)
def test_filters_are_told_from_words(query: str, words: str, filters: list) -> None:
    assert split_filters(query) == (words, filters)
