"""Whom a quotation resolves to: pronouns, gender and number, speakers carried on."""

from __future__ import annotations

from newsexplore.search.models import Article, Quote
from newsexplore.search.quotes.extract import extract_quotes


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(Article(id="t", title="", text=text))


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(text)]


# ------------------------------------------------------------------ gender


def test_mrs_with_a_shared_surname_is_not_the_husband() -> None:
    text = (
        "Tom Varga spoke first at the dinner. Later, a voter asked Mrs. Varga about the "
        "plant.\n\n"
        'Mrs. Varga did not hesitate. "We will keep it open," she said.'
    )
    quote = quotes_of(text)[0]
    assert quote.speaker != "Tom Varga"
    assert quote.speaker is not None and quote.speaker.endswith("Varga")


def test_an_honorific_outranks_the_usual_gender_of_a_given_name() -> None:
    text = (
        "Lee Ostrow, a law professor, studied the rulings.\n\n"
        '"The court has never ruled this way," Ms. Ostrow said. Mr. Carlin disagreed. '
        '"The ruling stands on its own," she said.'
    )
    assert speakers(text) == ["Lee Ostrow", "Lee Ostrow"]
