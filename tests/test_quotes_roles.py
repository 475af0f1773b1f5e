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
