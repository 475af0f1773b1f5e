"""A surname at a cue is the person the same story names in full, and a firm named
after its founders ("Duff and Phelps", "Foster Wheeler Corp") speaks as that firm,
never as a person called by one of its words."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.speaker_kind) for q in quotes_of(text)]


def test_a_person_of_a_firm_is_the_person_a_later_surname_means() -> None:
    text = (
        "CHICAGO, April 3 - The railroad may struggle to merge its lines, analysts said.\n\n"
        "Richard Fischer of Merrill Lynch and Co Inc said that the railroad had 580 mln "
        'dlrs in cash. "This gives them plenty of borrowing power," he said.\n\n'
        '"My guess is the commission will decide in three to six weeks," Fischer said.'
    )
    assert speakers(text) == [("Richard Fischer", "person")] * 2


def test_an_analyst_of_a_brokerage_keeps_his_name() -> None:
    text = (
        "Sales slowed in March. Analyst Sanford Marsh of Shearson Lehman Brothers expects "
        "a better second quarter.\n\n"
        '"The worst of the damage is done for this year," Marsh said.'
    )
    assert speakers(text) == [("Sanford Marsh", "person")]


@pytest.mark.parametrize(
    "cue",
    [
        "auditors Deloitte Haskins and Sells said",
        "Duff and Phelps said",
        "said brokers Phillips and Drew",
    ],
)
def test_a_firm_named_x_and_y_speaks_as_the_firm(cue: str) -> None:
    firm = cue.replace("auditors ", "").replace("brokers ", "").replace(" said", "")
    firm = firm.replace("said ", "")
    text = f'The bank reported a loss. "There are conditions that cast doubt on its future," {cue}.'
    assert speakers(text) == [(firm, "organisation")]


def test_a_firm_called_by_its_first_word_is_the_firm() -> None:
    text = (
        "NEW YORK, April 13 - Foster Wheeler Corp <FWC> said an audit of a unit found "
        '"substantial discrepancies" in its accounts.\n\n'
        'Foster said the amount involved is "about 13.7 mln dlrs before taxes."'
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.speaker_kind) for q in quotes][-1] == (
        "Foster Wheeler Corp",
        "organisation",
    )


def test_two_people_the_story_named_are_no_firm() -> None:
    text = (
        "Agency chairman Frank Naylor spoke first, and the council's spokesman Brent "
        "Beesley followed.\n\n"
        '"A market outside the system would hurt it badly," Naylor and Beesley said.'
    )
    assert [q.speaker_kind for q in quotes_of(text)] == ["person"]


def test_a_surname_after_a_firms_plural_possessive_is_the_person() -> None:
    text = (
        'Mark Hassenberg covers the group for DLJ Securities. "People who follow the '
        "railroad have given me values of 45 dlrs a share,\" said DLJ Securities' Hassenberg."
    )
    assert speakers(text) == [("Mark Hassenberg", "person")]


def test_a_firm_named_before_it_speaks_is_still_the_firm() -> None:
    text = (
        "Duff and Phelps put the company's debt on its watch list on Thursday.\n\n"
        'The debt has "potentially negative implications," Duff and Phelps said.'
    )
    assert speakers(text) == [("Duff and Phelps", "organisation")]


def test_two_places_are_no_firm_and_no_one_a_pronoun_means() -> None:
    text = (
        "PEKING, March 3 - Sugar output fell, an official said.\n\n"
        "But cane acreage in Guangxi and Yunnan has risen by 10 pct, he said.\n\n"
        'A Hong Kong trader estimated stocks at three mln. "Now they are falling but have '
        'not reached the critical level," he said.'
    )
    assert [q.speaker for q in quotes_of(text)] not in (["Guangxi and Yunnan"], ["Yunnan"])
