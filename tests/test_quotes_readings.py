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


def test_a_role_set_off_after_a_name_without_its_closing_comma_is_that_person() -> None:
    text = (
        "GenCorp agreed to sell its General Tire unit on Monday.\n\n"
        "In a statement, A. William Reynolds, GenCorp chairman said the sale "
        '"represents a critical accomplishment in our plan to restructure."'
    )
    quote = only(text)
    assert quote.speaker == "William Reynolds"
    assert quote.evidence == "named"


def test_a_spokesman_for_an_organisation_named_with_a_possessive_speaks_for_it() -> None:
    quotes = quotes_of(
        "A spokesman for Iran's War Information Headquarters was responding "
        '"to the remarks of officials about an attack."\n\n'
        "The spokesman said the attack would be avenged. "
        '"Any aggression against Iran will be answered," the spokesman said.'
    )
    for quote in quotes:
        assert quote.speaker is not None and quote.speaker.endswith("War Information Headquarters")
        assert quote.speaker_kind == "organisation"


def test_two_people_sharing_a_surname_stay_apart_and_a_bare_surname_goes_to_the_latest() -> None:
    text = (
        "Patricia Smith spoke at the convention on Monday. Her son, Sean Smith, died in "
        "the attack.\n\n"
        '"I blame the secretary for the death of my son," Patricia Smith said.\n\n'
        "Sean Smith had sent messages from the compound that night.\n\n"
        '"We are going to die tonight if nobody comes," Smith wrote.'
    )
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Patricia Smith", "Sean Smith"]
    table = build_speaker_table(quotes)
    names = {s.name for s in table.speakers}
    assert {"Patricia Smith", "Sean Smith"} <= names
