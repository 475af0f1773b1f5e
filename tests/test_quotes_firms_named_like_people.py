"""Firms whose names look like people's: a name closed by a plural noun for a firm
("General Partners", "Ray King Productions") keeps its whole name, title word and all;
a brokerage named after its founders ("Thomas Greville") is a firm where the story
shows it is one."""

from __future__ import annotations

from tests.quote_support import only, quotes_of


def test_a_title_word_inside_a_firms_name_is_no_title() -> None:
    q = only('"The fund will buy more shares this year," General Partners said in a statement.')
    assert (q.speaker, q.speaker_kind) == ("General Partners", "organisation")
    q = only('"The fight will take place in June in Las Vegas," said Ray King Productions.')
    assert (q.speaker, q.speaker_kind) == ("Ray King Productions", "organisation")


def test_a_name_closed_by_partners_is_a_firm() -> None:
    q = only('"The merger will go ahead as planned," Westgate Capital Partners said.')
    assert (q.speaker, q.speaker_kind) == ("Westgate Capital Partners", "organisation")


def test_partners_in_lower_case_are_people() -> None:
    text = (
        "PARIS, May 4 - Finance Minister Paul Marchand met his counterparts on Sunday.\n\n"
        "He said the partners agreed to keep exchange rates stable. "
        '"We will act together if needed," he said.'
    )
    assert quotes_of(text)[-1].speaker == "Paul Marchand"
