"""Places are no one: "Miguel de la Madrid" is a person, not the city, and "of New
Jersey" is where a senator is from."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_de_la_is_part_of_a_name() -> None:
    text = (
        "MEXICO CITY, March 3 - President Miguel de la Madrid spoke on Monday.\n\n"
        '"We will pay our debts in full," de la Madrid said.'
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes_of(text)] == [
        ("Miguel de la Madrid", "person")
    ]


def test_the_state_a_senator_is_of_does_not_speak() -> None:
    text = (
        "WASHINGTON, March 3 - Reagan spoke on Wednesday.\n\n"
        "Senator Bill Bradley (Democrat) of New Jersey said the administration would "
        '"remain under a cloud" until several key figures testify.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Bill Bradley"]


def test_a_ministrys_portfolios_are_no_speaker() -> None:
    text = (
        "BUENOS AIRES, March 6 - A government official said exports would not suffer.\n\n"
        '"We have heard nothing about this, but it is no problem for us," Agriculture, '
        "Livestock and Fisheries Under-Secretary Miguel Braceras said."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Miguel Braceras"]


def test_a_noun_opening_a_sentence_is_no_one_a_pronoun_means() -> None:
    text = (
        "WASHINGTON, March 3 - Energy Secretary John Herrington spoke at the congress.\n\n"
        "Consumer demand and a decline in domestic production have raised oil imports, "
        "Herrington said.\n\n"
        '"Steps must be taken to reverse the downturn in our energy industry," he said.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["John Herrington"]
