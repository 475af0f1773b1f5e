"""Words that only look like a speaker's name: a connective opening a sentence, a
one-letter piece of a firm's name. A reader trusts a name at the cue; these must never
be one."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_a_connective_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "WASHINGTON, March 3 - The index rose in February.\n\n"
        '"Rates are too high." Furthermore, the paper said, a deal might be near.\n\n'
        '"Growth is slow," Moreover, the report said.'
    )
    speakers = [q.speaker for q in quotes_of(text)]
    assert "Furthermore" not in speakers and "Moreover" not in speakers


def test_a_one_letter_piece_of_a_firm_is_no_speaker() -> None:
    text = (
        "NEW YORK, March 3 - Sales rose at the grocer.\n\n"
        'A and P said the acquisition "helped us achieve better results" in the quarter.'
    )
    assert [q.speaker for q in quotes_of(text)] != ["P"]


def test_he_never_means_a_letter_of_a_firms_name() -> None:
    text = (
        "OSLO, March 3 - Thor Bang, chief economist at Den Norske Creditbank A/S, "
        "Norway's biggest bank, said he thought so.\n\n"
        '"One of the factors is stability," he told a daily.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Thor Bang"]


def test_a_place_before_a_role_is_not_the_speaker() -> None:
    text = (
        "MELBOURNE, March 3 - The venture was signed on Monday.\n\n"
        '"A joint venture opens up markets," Victoria state treasurer Rob Jolly said.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Rob Jolly"]


def test_the_region_where_someone_spoke_is_not_the_speaker() -> None:
    text = (
        "MEXICO CITY, March 3 - The party rejected calls to sell the banks.\n\n"
        "PRI president Jorge de la Vega, speaking in Saltillo, Coahuila state, said the "
        'party would never permit it "because the banks belong to all Mexicans."'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Jorge de la Vega"]


def test_the_person_of_a_citys_institute_speaks() -> None:
    text = (
        "BONN, March 3 - Two institutes gave their forecasts.\n\n"
        "Arthur Krumper of Munich's Ifo institute, which had presented the gloomier "
        'view, said, "The braking effects will remain considerable."'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Arthur Krumper"]
