"""A hyphenated title ("Vice-Chairman", "Secretary-General") is no part of the name, so
"Federal Reserve Board Vice-Chairman Manuel Johnson" is the Manuel Johnson quoted
elsewhere."""

from __future__ import annotations

import pytest

from tests.quote_support import only


@pytest.mark.parametrize(
    ("cue", "name", "role"),
    [
        (
            "Federal Reserve Board Vice-Chairman Manuel Jonsen said",
            "Manuel Jonsen",
            "Federal Reserve Board Vice-Chairman",
        ),
        (
            "said Swiss National Bank Vice-President Markus Lusser",
            "Markus Lusser",
            "Swiss National Bank Vice-President",
        ),
        ("FNSEA Secretary-General Luc Guyau said", "Luc Guyau", "FNSEA Secretary-General"),
    ],
)
def test_a_hyphenated_title_is_a_role(cue: str, name: str, role: str) -> None:
    quote = only(f'"Rates will stay where they are for some time," {cue}.')
    assert (quote.speaker, quote.speaker_kind) == (name, "person")
    assert role in quote.roles
