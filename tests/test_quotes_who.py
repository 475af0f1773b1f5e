"""Who a speaker can be: a person or an organisation, never a month, a place or a headline."""

from __future__ import annotations

from tests.quote_support import only, quotes_of

# ------------------------------------------- months, places and headline words


def test_a_dateline_month_is_never_the_speaker() -> None:
    quote = only(
        "CHICAGO, Oct 20 - The opening of the exchange was delayed one hour on Tuesday.\n\n"
        "A spokesman for the exchange told Reuters the delay was meant "
        '"to give traders time to reflect on the accord." He did not elaborate.'
    )
    assert quote.speaker is None


def test_a_state_abbreviation_is_never_the_speaker() -> None:
    quote = only(
        "Charles Webb, an analyst who follows the company for Harbor Research Inc of "
        "Greenwich, Conn said the shares were cheap.\n\n"
        '"The stock is trading at a third of its value," he said.'
    )
    assert quote.speaker == "Charles Webb"


def test_a_province_is_never_the_speaker() -> None:
    for place in ("Ont", "Calif", "Alberta", "Okla"):
        quote = only(
            f"Robert Lee, president of Maple Mining Ltd of Sudbury, {place} said output "
            "would rise.\n\n"
            '"We expect to double our output by the end of next year," he said.'
        )
        assert quote.speaker == "Robert Lee", place


def test_a_month_range_or_a_place_adjective_is_no_name() -> None:
    quotes = quotes_of(
        "TOKYO, April 2 - Exports rose in the April-June quarter.\n\n"
        '"We do not see the rise lasting for long," one London-based trader said. '
        '"The yen is simply too strong for exporters," he added.'
    )
    assert [q.speaker for q in quotes] == [None, None]


def test_a_party_adjective_is_not_a_person() -> None:
    quote = only(
        "But Mr. Warren showed no sign of backing down, releasing a statement that accused "
        'the Democratic leadership in Ohio of using "its power to block a fair and open process."'
    )
    assert quote.speaker == "Warren"


def test_a_word_the_article_also_writes_in_lower_case_is_no_name() -> None:
    quote = only(
        "TOKYO, April 8 - Automakers say drivers who tested the new steering like it.\n\n"
        "An official with one car maker said the system was a gimmick. "
        '"All automakers want something new to sell," he said.'
    )
    assert quote.speaker is None


def test_a_title_case_headline_is_not_a_name() -> None:
    quote = only(
        "Senator Sees Tough Fight Ahead\n\n"
        '"We will fight this bill every step of the way," the senator said on Monday.'
    )
    assert quote.speaker is None


def test_a_headline_name_the_story_repeats_still_speaks() -> None:
    quote = only(
        "Warren Vows To Fight On\n\n"
        "Senator Elizabeth Warren spoke in Boston on Monday. "
        '"We will fight this bill every step of the way," she said.'
    )
    assert quote.speaker == "Elizabeth Warren"


# ------------------------------------------------- quotes inside another clause


def test_a_quote_after_a_when_clause_is_the_main_speakers() -> None:
    quote = only(
        "Mrs. Clinton said that when Ms. Warren railed against the banks from her seat "
        'in the Senate, "she is speaking for all of us."'
    )
    assert quote.speaker == "Clinton"


def test_a_quote_inside_the_when_clause_is_still_its_speakers() -> None:
    quote = only(
        'Mrs. Clinton said that when Ms. Warren told the banks "you will pay for this," '
        "the room fell silent."
    )
    assert quote.speaker == "Warren"


# ---------------------------------------------------------------------- layouts


def test_a_round_up_line_is_its_writers() -> None:
    quotes = quotes_of(
        "Here is what the columnists made of the debate.\n\n"
        'Maureen Dowd, The New York Times: "The debate was a circus from start to finish."\n\n'
        'Frank Rich, New York Magazine: "Neither candidate said anything new about the deficit."'
    )
    assert [q.speaker for q in quotes] == ["Maureen Dowd", "Frank Rich"]


def test_a_headline_verb_ends_a_name() -> None:
    *_, quote = quotes_of(
        "The banner on the evening news read Francois Hollande Says Donald Trump "
        '"Makes Us Want To Retch".\n\n'
        '"France will always be France, whatever they say in Washington," he said.'
    )
    assert quote.speaker in {"Francois Hollande", "Donald Trump"}


# ------------------------------------------------------- groups and modifiers


def test_readers_are_no_speaker() -> None:
    quote = only(
        "Readers wrote in by the hundreds after the debate on Tuesday. "
        '"The whole evening was a waste of everyone\'s time," one reader said.'
    )
    assert quote.speaker is None


def test_a_name_used_as_a_modifier_is_not_the_official() -> None:
    quotes = quotes_of(
        "WASHINGTON, April 8 - A Treasury official said there were no plans to issue "
        'yen bonds. "It simply is not something that we are planning to do," a Reagan '
        'administration official said. "There is no need for them," the official said.'
    )
    assert [q.speaker for q in quotes] == [None, None]


def test_a_body_named_of_something_is_one_organisation() -> None:
    quotes = quotes_of(
        "WASHINGTON, March 2 - The Department of Agriculture said the crop would be smaller.\n\n"
        '"We expect a fall of ten pct in the harvest," it said.\n\n'
        "Undersecretary of Commerce Bruce Smart said "
        '"We are gratified to learn that companies have begun paying the charge."'
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("Department of Agriculture", "organisation"),
        ("Bruce Smart", "person"),
    ]


def test_a_plain_role_guessed_from_nearness_is_not_kept() -> None:
    quote = only(
        "Treasury Secretary James Baker met the Japanese trade minister on Monday.\n\n"
        '"There has been no change in our position on the chips," the Japanese official said.'
    )
    assert not any("official" in role for role in quote.roles)


def test_a_title_case_line_names_its_speaker_before_the_capitalised_cue() -> None:
    quote = only(
        'Clinton Says Trump Is "Unfit To Serve As Commander In Chief"\n\n'
        "Hillary Clinton spoke in Ohio on Monday about the debate."
    )
    assert (quote.speaker, quote.cue) == ("Hillary Clinton", "says")


# ------------------------------------------------ roles are whole noun phrases


def roles_of(text: str, speaker: str) -> set[str]:
    return {role for q in quotes_of(text) if q.speaker == speaker for role in q.roles}


def test_a_role_after_a_company_name_keeps_the_whole_name_or_none_of_it() -> None:
    roles = roles_of(
        "TOKYO, May 4 - Crude prices are set to ease, said Hanover Securities Co Ltd oil "
        'analyst Jim Farrow. "Stocks are simply too high," Farrow said.',
        "Jim Farrow",
    )
    assert roles, "the analyst's role is lost"
    assert roles <= {"oil analyst", "Hanover Securities Co Ltd oil analyst"}, roles


def test_a_role_after_a_firm_joined_by_an_ampersand_is_not_cut_inside_it() -> None:
    roles = roles_of(
        "CALGARY, May 4 - Gas output will fall, said Morton & Co Ltd Calgary-based energy "
        'analyst Ann Keel. "Drilling is down by half," Keel told Reuters.',
        "Ann Keel",
    )
    assert roles, "the analyst's role is lost"
    assert roles <= {
        "Calgary-based energy analyst",
        "Morton & Co Ltd Calgary-based energy analyst",
    }, roles


def test_a_role_after_a_firm_and_co_is_not_cut_inside_it() -> None:
    roles = roles_of(
        "NEW YORK, May 4 - Bank shares rose, said Baxter Gray and Co Inc analyst Lee Marsh. "
        '"The worst of the loan losses is behind them," Marsh said.',
        "Lee Marsh",
    )
    assert roles, "the analyst's role is lost"
    assert roles <= {"analyst", "Baxter Gray and Co Inc analyst"}, roles


def test_a_title_after_a_body_named_of_a_place_keeps_the_body() -> None:
    roles = roles_of(
        "LONDON, May 4 - Bank of Ruritania Governor Karl Vogel said "
        '"interest rates will stay where they are for now."',
        "Karl Vogel",
    )
    assert roles, "the governor's role is lost"
    assert roles <= {"Governor", "Bank of Ruritania Governor"}, roles


def test_a_title_after_a_council_named_of_its_members_keeps_the_council() -> None:
    roles = roles_of(
        "WASHINGTON, May 4 - Council of Economic Advisers Chairman Jane Roper told "
        'reporters "growth will pick up in the second half."',
        "Jane Roper",
    )
    assert roles, "the chairman's role is lost"
    assert roles <= {"Chairman", "Council of Economic Advisers Chairman"}, roles


def test_a_role_after_a_list_of_places_is_not_taken_into_one_name() -> None:
    roles = roles_of(
        "GENEVA, May 4 - Trade talks between Japan and U.S. Trade Representative Tom Hale "
        'broke down. "We are very far apart," Hale said.',
        "Tom Hale",
    )
    assert roles == {"U.S. Trade Representative"}, roles


def test_a_department_official_near_a_named_minister_is_not_his_role() -> None:
    quotes = quotes_of(
        "WASHINGTON, May 4 - Secretary of State Paul Grant met the Ruritanian foreign "
        "minister on Monday.\n\n"
        '"We will not bargain over the bases," the State Department official said.'
    )
    roles = {role for q in quotes for role in q.roles}
    assert not any("official" in role for role in roles), roles


def test_a_bank_of_england_official_is_someone_new_not_the_governor_named_before() -> None:
    quotes = quotes_of(
        "Governor Robin Leigh-Pemberton spoke on Monday.\n\n"
        'A Bank of England official said: "Rates will not move this month at all."\n\n'
        '"We see no need for a change in policy," a Bank of England official said.'
    )
    assert len(quotes) == 2
    assert all(q.speaker != "Robin Leigh-Pemberton" for q in quotes)


def test_a_speaker_named_in_full_at_the_cue_keeps_the_full_name() -> None:
    """Named in full only in "said X of Y" and by surname later, the speaker is still
    the full name: a surname alone would be merged with anyone of that surname
    elsewhere in the corpus."""
    quotes = quotes_of(
        "NEW YORK, April 3 - Payrolls rose less than expected, economists said.\n\n"
        '"Activity is tapering off," said Stephen Roach of Morgan Stanley and Co Inc. '
        '"Growth will be sluggish."\n\n'
        "David Wyss of Data Resources Inc said the figures were weak.\n\n"
        "Roach said he expects first quarter growth of one pct."
    )
    assert {q.speaker for q in quotes if q.mention == "Stephen Roach"} == {"Stephen Roach"}


def test_a_firm_before_a_surname_does_not_become_part_of_the_name() -> None:
    quotes = quotes_of(
        "NEW YORK, April 3 - Bond prices fell.\n\n"
        "Clemente said rates would rise.\n\n"
        '"The Fed is on hold," said Salomon\'s di Clemente.'
    )
    assert "Salomon's di Clemente" not in {q.speaker for q in quotes}


def test_a_person_named_by_their_firm_is_the_person_the_article_names() -> None:
    quotes = quotes_of(
        "CHICAGO, March 3 - Steel shares fell.\n\n"
        '"Orders are seasonal," said Charles Bradford of Merrill Lynch and Co.\n\n'
        "Despite his bearishness, Merrill's Bradford continues to recommend Armco, "
        '"but not at this price," he said.'
    )
    assert {q.speaker for q in quotes} == {"Charles Bradford"}


def test_a_body_named_with_its_country_stays_the_body() -> None:
    quote = only(
        "BOGOTA, March 3 - Sugar output fell.\n\n"
        "Colombia's National Association of Sugar Cane Growers said: "
        '"The harvest will be the smallest in ten years."'
    )
    assert quote.speaker is not None and "Sugar Cane Growers" in quote.speaker


def test_a_company_suffix_after_a_body_word_is_not_a_person() -> None:
    """`The Cannon Group Inc said`: "Group" heads the firm's name and "Inc" closes it;
    "Inc" is nobody, and every firm sharing the suffix would become one speaker."""
    for text, firm in (
        (
            'The Cannon Group Inc said it expects "significant losses this year."',
            "Cannon Group Inc",
        ),
        (
            'Genetics Institute Inc said it expects losses "somewhat higher than last year."',
            "Genetics Institute Inc",
        ),
        (
            'Morgan Guaranty Trust Co said the dollar "should be left free to trade."',
            "Morgan Guaranty Trust Co",
        ),
    ):
        assert only(text).speaker == firm


def test_a_firm_named_by_letters_and_and_is_kept_whole() -> None:
    quote = only(
        "NEW YORK, March 3 - Ratings fell.\n\n"
        '"The acquisition is a dramatic departure from stated policy," S and P said.'
    )
    assert quote.speaker == "S and P"


def test_a_person_of_a_firm_named_before_the_cue_is_the_person() -> None:
    quote = only(
        "NEW YORK, March 3 - Money supply fell.\n\n"
        "Stephen Slifer of Shearson Lehman Brothers Inc added, "
        '"We have some very good-looking monetary aggregate data."'
    )
    assert quote.speaker == "Stephen Slifer"
