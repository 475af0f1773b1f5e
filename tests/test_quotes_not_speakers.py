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


def test_a_participle_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "NEW YORK, March 3 - The firm will seek fair terms, the proxy statement said.\n\n"
        "Recommending that shareholders vote against a proposal calling for withdrawal, "
        'the proxy said "a quick sale could be akin to abandonment" because of prices.'
    )
    assert [q.speaker for q in quotes_of(text)] != ["Recommending"]


def test_a_firms_short_name_is_the_firm_and_he_is_its_chairman() -> None:
    text = (
        "HONG KONG, March 27 - Jardine Matheson Holdings Ltd said it planned a bonus "
        "issue.\n\nJardine Matheson announced a 205 pct jump in 1986 net profits.\n\n"
        "It quoted chairman Simon Keswick as saying Jardine Matheson achieved the good "
        "performance through satisfactory results.\n\n"
        'He said the group\'s stake in Hong Kong Land is "a long term investment."'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Simon Keswick"]


def test_a_firms_short_name_at_the_cue_is_an_organisation() -> None:
    text = (
        "NEW ORLEANS, March 3 - Middle South Utilities Inc won a stay in court.\n\n"
        'Middle South said the stay "removes the possibility of imminent insolvency."'
    )
    q = quotes_of(text)[0]
    assert (q.speaker, q.speaker_kind) == ("Middle South Utilities Inc", "organisation")


def test_the_last_word_of_a_chambers_name_is_no_one_he_means() -> None:
    text = (
        "KUWAIT, March 3 - Egyptian investors visited.\n\n"
        "The chairman of the Kuwait Chamber of Commerce and Industry, Abdul-Aziz "
        "al-Saqr, said the visitors had submitted 40 proposals for study. These included "
        '"economic, industrial and real estate projects," he said.'
    )
    assert quotes_of(text)[0].speaker != "Industry"


def test_the_chamber_is_an_organisation() -> None:
    text = (
        "JOHANNESBURG, March 3 - The Chamber of Mines met the union.\n\n"
        'The chamber said the offer "is final and will not be raised."'
    )
    q = quotes_of(text)[0]
    assert (q.speaker, q.speaker_kind) == ("Chamber of Mines", "organisation")


def test_a_plural_noun_for_people_opening_a_sentence_is_no_one() -> None:
    text = (
        "CAIRO, March 3 - Egypt asked for offers of vegetable oil.\n\n"
        "Exporters said they were not prepared to offer material on the new terms, "
        'which include a clause, "free from radioactive contamination."'
    )
    q = quotes_of(text)[0]
    assert (q.speaker, q.mention) == (None, "Exporters")


def test_the_thing_announced_by_someone_does_not_speak() -> None:
    text = (
        'LONDON, March 19 - The "cross field allowance" relief on Petroleum Revenue Tax '
        "(PRT) announced by the Chancellor this week will favour new fields."
    )
    assert quotes_of(text)[0].speaker != "Petroleum Revenue Tax"


def test_neither_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Neither Harold Vantreese nor his rivals wanted a fight on Tuesday.\n\n"
        '"We kept it civil," Vantreese said. "That was the plan," he added.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Harold Vantreese", "Harold Vantreese"]


def test_i_am_written_short_is_no_speaker() -> None:
    text = (
        "I'm old enough to remember Governor Ray Tollison going on TV in 1979, declaring a "
        "''war on waste'' at the state house, and telling voters that ''we need to cut "
        "every budget by half.''"
    )
    assert "I'm" not in [q.speaker for q in quotes_of(text)]
