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


def test_a_brokerage_someone_is_an_analyst_at_is_a_firm() -> None:
    text = (
        '"The shares look cheap at this level," said Peter Hollis, an analyst at Thomas '
        'Greville. "We see further gains ahead this year," Thomas Greville said in a report.'
    )
    q = quotes_of(text)[-1]
    assert (q.speaker, q.speaker_kind) == ("Thomas Greville", "organisation")


def test_stockbrokers_before_a_name_make_it_a_firm() -> None:
    text = (
        "LONDON, May 4 - Stockbrokers Thomas Greville said the bank's profits were too low. "
        '"This is of considerable significance," Thomas Greville said.'
    )
    assert only(text).speaker_kind == "organisation"


def test_a_name_that_speaks_in_its_own_review_is_a_firm() -> None:
    q = only(
        '"The pound will fall further against the mark," said Lasker Dunn in its weekly review.'
    )
    assert (q.speaker, q.speaker_kind) == ("Lasker Dunn", "organisation")


def test_a_broker_before_a_name_may_be_a_person() -> None:
    text = (
        "BOMBAY, May 4 - Bombay broker Dinesh Varma said selling will slow. "
        '"Just now there is acute nervousness in the market," he said.'
    )
    q = only(text)
    assert (q.speaker, q.speaker_kind) == ("Dinesh Varma", "person")
