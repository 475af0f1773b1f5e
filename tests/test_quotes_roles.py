"""Roles are whole noun phrases from the text: never cut inside a name, never a verb."""

from __future__ import annotations

from newsexplore.search.models import Article, Quote
from newsexplore.search.quotes.extract import extract_quotes


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(Article(id="t", title="", text=text))


def test_a_firm_whose_name_holds_a_small_word_keeps_its_whole_name_in_the_role() -> None:
    quotes = quotes_of(
        'American Can Co chairman Gerald Tsai said: "We are pleased with the result."'
    )
    assert [(q.speaker, q.roles) for q in quotes] == [
        ("Gerald Tsai", ("American Can Co chairman",))
    ]


def test_a_body_named_after_new_york_keeps_new_in_the_role() -> None:
    quotes = quotes_of(
        "New York Stock Exchange chairman John Phelan said the rules "
        '"will be tightened before the summer."'
    )
    assert [(q.speaker, q.roles) for q in quotes] == [
        ("John Phelan", ("New York Stock Exchange chairman",))
    ]


def test_a_job_capitalised_at_the_start_of_a_sentence_is_a_role_not_a_name() -> None:
    quotes = quotes_of('Economist Ravi Batra said the slump "will be deeper than anyone expects."')
    assert [(q.speaker, q.roles) for q in quotes] == [("Ravi Batra", ("Economist",))]


def test_a_former_holder_is_not_the_title_now() -> None:
    quotes = quotes_of(
        'David Blunkett, the former Home Secretary, said the job had been "the hardest '
        'of my life".\n\n'
        '"I would not wish it on anyone at all," the Home Secretary said.'
    )
    assert [(q.speaker, q.roles) for q in quotes] == [
        ("David Blunkett", ("former Home Secretary",)),
        (None, ()),
    ]


def test_one_office_holder_is_not_the_holder_of_another() -> None:
    quotes = quotes_of(
        'Home Secretary Charles Clarke said the plans were "the right thing to do".\n\n'
        '"We will not back down on this," the Prime Minister said.'
    )
    assert [(q.speaker, q.roles) for q in quotes] == [
        ("Charles Clarke", ("Home Secretary",)),
        (None, ()),
    ]


def test_the_title_a_person_holds_still_points_to_him() -> None:
    quotes = quotes_of(
        "Prime Minister Tony Blair spoke in Sedgefield on Friday.\n\n"
        '"We will not back down on this," the Prime Minister said.'
    )
    assert [q.speaker for q in quotes] == ["Tony Blair"]
