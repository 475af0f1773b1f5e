"""A name the story shares between a person and a firm, and two speakers written as one:
no quote goes to the wrong one, and no two names fuse into a speaker nobody is."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_a_surname_alone_is_the_person_not_the_firm_of_that_name() -> None:
    text = (
        "NEW YORK, May 4 - Hartwell Inc had a weak quarter in bonds, managing director "
        "Robert Hartwell said on Tuesday.\n\n"
        '"We expect a much stronger quarter for bonds," Hartwell said.'
    )
    q = quotes_of(text)[0]
    assert (q.speaker, q.speaker_kind) == ("Robert Hartwell", "person")


def test_a_surname_alone_is_the_firm_when_no_person_has_it() -> None:
    text = (
        "NEW YORK, May 4 - Hartwell Inc had a weak quarter in bonds, analysts said.\n\n"
        '"We expect a much stronger quarter for bonds," Hartwell said.'
    )
    q = quotes_of(text)[0]
    assert (q.speaker, q.speaker_kind) == ("Hartwell Inc", "organisation")


def test_two_firms_joined_by_and_are_not_one_speaker() -> None:
    text = (
        "HOUSTON, May 4 - Granite Oil Inc and Bayside Petroleum Co met on Monday.\n\n"
        'Granite Oil Inc and Bayside Petroleum Co said: "We will meet again next week '
        'to settle the matter."\n\n'
        '"Talks went well on both sides," said Granite Oil Inc and Bayside Petroleum Co.'
    )
    for q in quotes_of(text):
        assert q.speaker is None or " and " not in q.speaker, q


def test_two_people_joined_by_and_are_not_one_speaker() -> None:
    """Listed under the first named, as shared, rather than under a fused name."""
    text = (
        "LONDON, May 4 - John Harker, chairman of Acme, met Mary Benson, president of "
        "Widget, on Monday.\n\n"
        '"We will meet next week to settle the matter," Harker and Benson said in a '
        "joint statement."
    )
    q = quotes_of(text)[0]
    assert (q.speaker, q.mention, q.confidence) == ("John Harker", "Harker and Benson", "medium")
    assert "first of two" in q.basis
