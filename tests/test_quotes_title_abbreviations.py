"""A title written short ("Del.", "Pres.") is a title, never a speaker's name; a nickname
between a given name and a surname is part of the name."""

from __future__ import annotations

from newsexplore.search.models import Article, Quote
from newsexplore.search.quotes.extract import extract_quotes


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(Article(id="t", title="", text=text))


def test_a_delegate_written_del_is_named_after_the_title() -> None:
    quotes = quotes_of(
        '"This hearing is a waste of everyone\'s time," said Del. Marta Quinlan of Guam.'
    )
    assert [q.speaker for q in quotes] == ["Marta Quinlan"]


def test_a_president_written_pres_is_named_after_the_title() -> None:
    quotes = quotes_of('Pres. Harold Vantreese said the college "will stay open all summer."')
    assert [q.speaker for q in quotes] == ["Harold Vantreese"]


def test_a_nickname_in_quotation_marks_stays_inside_the_name() -> None:
    quotes = quotes_of(
        '"This is a big year for all of us here!" his cousin, state Del. Rosa "Ro" '
        "Whitfield (D-Norfolk), shouted to the crowd.\n\n"
        '"Every vote will count," shouted Rosa "Ro" Whitfield.'
    )
    assert [q.speaker for q in quotes] == ["Rosa Whitfield", "Rosa Whitfield"]


def test_a_nickname_after_a_job_leaves_the_job_out_of_the_name() -> None:
    quotes = quotes_of(
        'Former Marine Dale "Duke" Hutchins spoke to the crowd.\n\n'
        '"We were left on our own," Hutchins said.'
    )
    assert [q.speaker for q in quotes] == ["Dale Hutchins"]
