"""Party words: "the Ohio Democrat" and "one Republican strategist" describe a speaker,
they never name one, and "Democrat Ann Roe" is Ann Roe."""

from __future__ import annotations

from tests.quote_support import only

# ------------------------------------------- a party adjective before a role noun


def test_a_party_adjective_before_a_role_noun_describes_an_unnamed_source() -> None:
    quote = only(
        "WASHINGTON, March 3 - The panel's report was a blow to the White House.\n\n"
        '"We are falling by our own hand," said one Republican political strategist.'
    )
    assert quote.speaker is None
    assert quote.mention == "one Republican political strategist"


def test_a_party_adjective_before_a_document_is_no_author() -> None:
    quote = only(
        "WASHINGTON, March 3 - Congress published two views of the economy.\n\n"
        '"The economy appears to be on a path of stable growth," the Republican report said.'
    )
    assert quote.speaker != "Republican"
