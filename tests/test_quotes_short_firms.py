"""A firm named by its short name alone is an organisation when its own story says so."""

from __future__ import annotations

import pytest

from tests.quote_support import only


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "WASHINGTON, March 6 - Skyway Group said it asked regulators to block the bid.\n\n"
            '"The offer is in direct violation of the law," Skyway said.',
            "Skyway",
        ),
        (
            "BONN, June 1 - Tax cuts should come sooner, the Wirt economic research "
            'institute said.\n\n"The total effect of the reform could be much larger," Wirt said.',
            "Wirt",
        ),
        (
            "CHICAGO, March 2 - Dalton, Hewes and Co said it will close two plants.\n\n"
            'Dalton said "the savings will reach 150 mln dlrs by 1991."',
            "Dalton",
        ),
        (
            "NEW YORK, March 3 - The Pacific Stock Exchange (Pacex) said it is launching "
            'a campaign.\n\n"We have proved ourselves a vigorous marketplace," Pacex said.',
            "Pacex",
        ),
        (
            "PERUGIA, April 13 - Industrie Marcotti Alimentari Spa said it bought a dairy.\n\n"
            '"The purchase takes us into a new market," Marcotti said.',
            "Marcotti",
        ),
        (
            "CALGARY, March 9 - Norcan, Canada's largest gas company, said it will drill.\n\n"
            '"We are confident the field holds more gas," Norcan said.',
            "Norcan",
        ),
        (
            'DALLAS, March 3 - Shares rose.\n\n"We will fight the bid in court," MCorp said.',
            "MCorp",
        ),
    ],
)
def test_a_firms_short_name_said_alone_is_an_organisation(text: str, name: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.speaker_kind) == (name, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON, March 3 - Officials of the Reagan administration met on Monday.\n\n"
        '"We will not give in to threats," Reagan said.',
        "WASHINGTON, March 3 - Baker ordered company officials to leave the talks.\n\n"
        '"We will not give in to threats," Baker said.',
        "NEW YORK, March 3 - Bonds rose, said Dana Wolski of Harwich Securities Co Inc.\n\n"
        '"The minutes are neutral for the market," Wolski said.',
        "NEW YORK, March 3 - Bonds rose, said Wolski, head of the company, on Monday.\n\n"
        '"The minutes are neutral for the market," Wolski said.',
        'NEW YORK, March 3 - Bonds rose.\n\n"The minutes are neutral," McDonald said.',
    ],
)
def test_a_person_named_near_a_firms_words_stays_a_person(text: str) -> None:
    assert only(text).speaker_kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        "LOS ANGELES, March 20 - First Keystone Bancorp said it filed a shelf registration.\n\n"
        '"The corporation believes it is premature to act," First Keystone said.',
        'LOS ANGELES, March 20 - Shares fell.\n\n"The bank believes it is premature to act," '
        "said First Keystone.",
        "LOS ANGELES, March 20 - Shares fell.\n\nFirst Keystone said it would wait. "
        '"The bank believes it is premature to act," it said.',
    ],
)
def test_first_opening_a_firms_name_is_part_of_it(text: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.speaker_kind) == ("First Keystone", "organisation")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'WASHINGTON, May 2 - "We have to stop the drugs at the border," First Lady Ann '
            "Marlow said.",
            "Ann Marlow",
        ),
        (
            'NEW YORK, May 2 - Shares fell.\n\n"The market is tired," Ann Marlow first said.',
            "Ann Marlow",
        ),
    ],
)
def test_first_before_a_title_or_as_an_adverb_is_no_firm(text: str, name: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.speaker_kind) == (name, "person")
