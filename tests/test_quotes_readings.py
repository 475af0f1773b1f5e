"""Readings once seen wrong on real news: each pins the right one on a made-up article."""

from __future__ import annotations

from newsexplore.search.speakers.table import build_speaker_table
from tests.quote_support import only, quotes_of


def test_a_paper_named_with_a_possessive_keeps_its_whole_name() -> None:
    quote = only(
        '"Prices should change only in small steps," the People\'s Daily said in an article.'
    )
    assert (quote.speaker, quote.speaker_kind) == ("People's Daily", "organisation")


def test_two_people_named_as_a_pair_are_never_one_person() -> None:
    quote = only(
        '"We came to speak for our son, who gave his life," Khizr and Ghazala Khan said '
        "in a statement."
    )
    assert quote.speaker not in {"Ghazala Khan", "Khizr Khan", "Khizr and Ghazala Khan"}
    table = build_speaker_table([quote])
    assert all(s.kind != "person" or " and " not in s.name for s in table.speakers)


def test_papers_and_banks_named_in_german_are_organisations() -> None:
    quotes = quotes_of(
        '"This regulation is part of our investment policy," Berliner Zeitung said.\n\n'
        '"Liquidity steering will be refined by it," said Berliner Handels- und '
        "Frankfurter Bank economist Hermann Remsperger."
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("Berliner Zeitung", "organisation"),
        ("Hermann Remsperger", "person"),
    ]


def test_a_description_is_not_tied_to_a_name_many_sentences_back() -> None:
    text = (
        "Wen Liang, a trader in Shanghai, bought shares in March. Bonds are still the "
        "main trade. Prices rose in April. Volumes fell in May. Banks are cautious. Rules "
        "are strict. Few firms have listed.\n\n"
        '"There is a very major review of the reforms going on," the journalist said.'
    )
    assert only(text).speaker != "Wen Liang"
