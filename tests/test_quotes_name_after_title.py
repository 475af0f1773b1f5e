"""A speaker's name starts after the role or office written before it, so the person
quoted as "Deputy Transport Secretary Ann Roe" is listed as Ann Roe, the one named
"Ann Roe" elsewhere, and not under a name with the title stuck in front."""

from __future__ import annotations

import pytest

from tests.quote_support import only, quotes_of


@pytest.mark.parametrize(
    ("cue", "name", "role"),
    [
        # a word that shifts the title ended it early
        (
            "Outgoing Deputy Transport Secretary Ann Roe said",
            "Ann Roe",
            "Outgoing Deputy Transport Secretary",
        ),
        ("Vice Industry Minister Lin Mei-hua said", "Lin Mei-hua", "Vice Industry Minister"),
        (
            "Deputy Under Secretary of Labor Carl Bender said",
            "Carl Bender",
            "Deputy Under Secretary of Labor",
        ),
        # a role noun that is no title word, after a body or a remit
        (
            "National Security Adviser Paul Wexler said",
            "Paul Wexler",
            "National Security Adviser",
        ),
        (
            "Midland University Political Science Professor Kenji Oda said",
            "Kenji Oda",
            "Midland University Political Science Professor",
        ),
        (
            "Farm Service Deputy Administrator Walter Dunn said",
            "Walter Dunn",
            "Farm Service Deputy Administrator",
        ),
        ("Export Bank General Sales Manager Mark Hale said", "Mark Hale", "Sales Manager"),
        ("Ridge Capital Analyst Karen Voss said", "Karen Voss", "Ridge Capital Analyst"),
        # a title with -designate
        (
            "Italian Prime Minister-designate Carlo Ferri said",
            "Carlo Ferri",
            "Prime Minister-designate",
        ),
    ],
)
def test_the_name_starts_after_the_last_title(cue: str, name: str, role: str) -> None:
    quote = only(f'"Rates will stay where they are for some time," {cue}.')
    assert (quote.speaker, quote.speaker_kind) == (name, "person")
    assert not role or any(r.endswith(role) for r in quote.roles), quote.roles


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("Matthew Prince said", "Matthew Prince"),
        ("Mr. King said", "King"),
        ("Treasury Secretary James Bolton said", "James Bolton"),
        ("Fed Chairman Paul Vander said", "Paul Vander"),
    ],
)
def test_a_title_word_in_a_name_stays_in_it(cue: str, name: str) -> None:
    quote = only(f'"Rates will stay where they are for some time," {cue}.')
    assert quote.speaker == name


def test_the_surname_alone_later_is_the_same_person() -> None:
    text = (
        'Outgoing Deputy Transport Secretary Ann Roe said, "Fares must rise." '
        'Roe added, "There is no other way."'
    )
    assert {q.speaker for q in quotes_of(text)} == {"Ann Roe"}


def test_a_title_in_the_plural_is_no_part_of_either_name() -> None:
    text = (
        "Prime Ministers Tan Wei of Laos and Jose Ferro of Chile signed a treaty.\n\n"
        '"It is a good day for both our peoples," Tan said.'
    )
    assert only(text).speaker == "Tan Wei"


@pytest.mark.parametrize(
    ("cue", "name", "role"),
    [
        (
            "Acting Assistant Attorney General for Competition Charles Pike said",
            "Charles Pike",
            "Acting Assistant Attorney General",
        ),
        ("Dutch Ambassador to OPEC Michael Sands said", "Michael Sands", "Dutch Ambassador"),
        ("Swiss Ambassador to Tokyo Octavio Lumen said", "Octavio Lumen", "Swiss Ambassador"),
        ("U.S. Attorney for Brooklyn Rodolfo Marini said", "Rodolfo Marini", "U.S. Attorney"),
        (
            "Minister for Trade Negotiations Brian Tully said",
            "Brian Tully",
            "Minister",
        ),
    ],
)
def test_a_name_after_a_titles_remit_holds_the_title(cue: str, name: str, role: str) -> None:
    quote = only(f'"Rates will stay where they are for some time," {cue}.')
    assert (quote.speaker, quote.speaker_kind) == (name, "person")
    assert any(r.endswith(role) for r in quote.roles), quote.roles


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        # a given name the lists do not know, after a remit of known words: named in full
        ("Minister of Energy and Mines Arturo Ramos Grisal said", "Arturo Ramos Grisal"),
        ("Chancellor of the Exchequer Nigel Lawson said", "Nigel Lawson"),
        ("Chairman of General Motors Roger Smith said", "Roger Smith"),
    ],
)
def test_a_name_after_a_remit_is_kept_whole(cue: str, name: str) -> None:
    quote = only(f'"Rates will stay where they are for some time," {cue}.')
    assert (quote.speaker, quote.speaker_kind) == (name, "person")


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("Swedish Anna Lindqvist said", "Anna Lindqvist"),
        ("Belgian Willy van Aert, the trade commissioner, said", "Willy van Aert"),
        # one word after it may be the name itself
        ("German Grebov said", "German Grebov"),
    ],
)
def test_a_demonym_is_no_part_of_a_name(cue: str, name: str) -> None:
    quote = only(f'"Rates will stay where they are for some time," {cue}.')
    assert quote.speaker == name


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("Finance Minster Gerd Holtby said", "Gerd Holtby"),
        ("Treasury Secertary James Bolton said", "James Bolton"),
        ("Trade Miniister Onno Vries said", "Onno Vries"),
        # a surname one letter from a title, with no name after it, is the name
        ("Ann Charman said", "Ann Charman"),
    ],
)
def test_a_misspelled_title_is_still_a_title(cue: str, name: str) -> None:
    quote = only(f'"Rates will stay where they are for some time," {cue}.')
    assert quote.speaker == name


def test_a_remit_after_a_titles_own_remit_is_no_part_of_the_name() -> None:
    text = (
        "LIMA, May 2 - U.S. Undersecretary of State for Economic Affairs Allen Wiley said "
        'he had pressed Peru on its debt. "They must pay," he said.'
    )
    assert only(text).speaker == "Allen Wiley"


def test_a_lower_case_title_of_a_body_ends_at_a_given_name() -> None:
    text = (
        "The director of the Office of Personnel and Budget James Moller warned that a tax would "
        'hurt growth.\n\n"It is a bad idea," Moller told students.'
    )
    assert only(text).speaker == "James Moller"
