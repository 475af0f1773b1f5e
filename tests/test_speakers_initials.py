"""A first initial before the given name a person goes by ("J. Hugh Liedtke" writes
"J Hugh Liedtke" in the list) is the same person as the name without it: one speaker,
shown with the initial, as the fuller form."""

from __future__ import annotations

import itertools

from newsexplore.search.models import Quote
from newsexplore.search.speakers.table import build_speaker_table

_starts = itertools.count(0, 100)


def q(article: str, speaker: str) -> Quote:
    start = next(_starts)
    text = f"Words spoken as number {start} of the day"
    return Quote(article, start, start + len(text), text, speaker)


def names(quotes: list[Quote]) -> list[str]:
    return sorted(s.name for s in build_speaker_table(quotes).speakers)


def test_a_leading_initial_joins_the_name_it_precedes() -> None:
    quotes = [q("a", "T Hugo Bremner"), q("b", "Hugo Bremner"), q("c", "Hugo Bremner")]
    assert names(quotes) == ["T Hugo Bremner"]


def test_the_initial_form_is_shown_whichever_is_quoted_more() -> None:
    quotes = [q("a", "E Gerald Cordoba"), q("b", "Gerald Cordoba"), q("c", "Gerald Cordoba")]
    table = build_speaker_table(quotes)
    assert [(s.name, s.quote_count) for s in table.speakers] == [("E Gerald Cordoba", 3)]


def test_other_given_names_stay_apart() -> None:
    quotes = [q("a", "T Hugo Bremner"), q("b", "Paul Bremner"), q("c", "Hugh Bremner")]
    assert names(quotes) == ["Hugh Bremner", "Paul Bremner", "T Hugo Bremner"]


def test_a_name_that_fits_two_initial_forms_stays_on_its_own() -> None:
    quotes = [q("a", "A Lewis Ortega"), q("b", "B Lewis Ortega"), q("c", "Lewis Ortega")]
    assert names(quotes) == ["A Lewis Ortega", "B Lewis Ortega", "Lewis Ortega"]


def test_a_middle_name_must_fit_as_well() -> None:
    quotes = [q("a", "T Hugo R Bremner"), q("b", "Hugo K Bremner")]
    assert names(quotes) == ["Hugo K Bremner", "T Hugo R Bremner"]
