"""The particles inside a name: "Miguel de la Madrid" is a person, not the city."""

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
