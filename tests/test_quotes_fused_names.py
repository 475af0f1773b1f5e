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
