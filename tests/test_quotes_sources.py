"""Unnamed sources stay unnamed, and short quotations someone is said to say count."""

from __future__ import annotations

from tests.quote_support import only, quotes_of

# ------------------------------------------------- unnamed sources stay unnamed


def test_the_official_after_a_us_official_is_not_the_minister_named_before() -> None:
    quote = only(
        "Treasury Secretary James Baker met finance ministers in Paris on Sunday. "
        "The talks went well, a U.S. official said.\n\n"
        '"We are pleased with the outcome of the meeting," the official said.'
    )
    assert quote.speaker is None
    assert quote.mention == "the official"


def test_an_official_who_asked_not_to_be_identified_is_nobody_named_later() -> None:
    quote = only(
        '"There is more support for the idea now than ever," this official, '
        "who asked not to be identified, said.\n\n"
        "Senator Patrick Leahy has called for a review of the wheat programme."
    )
    assert quote.speaker is None
    assert quote.mention == "this official"


def test_the_official_is_not_the_man_the_agency_is_charging() -> None:
    quote = only(
        "The SEC charged Nahum Vaskevitch with insider trading on Monday. "
        "Vaskevitch is living in England, an SEC official said.\n\n"
        '"We cannot force them to come back," the official said.'
    )
    assert quote.speaker is None


def test_officials_are_never_one_person_named_nearby() -> None:
    quote = only(
        "Finance Minister Dilson Funaro flew to London on Monday.\n\n"
        '"There is a lot of speculation about the committees," '
        "the officials said."
    )
    assert quote.speaker is None


def test_an_official_the_article_names_is_that_person() -> None:
    quote = only(
        "A senior Treasury official, Mary Kerr, said the talks went well.\n\n"
        '"We are pleased with the outcome of the meeting," the official said.'
    )
    assert quote.speaker == "Mary Kerr"


def test_a_spokesman_named_with_his_role_is_that_spokesman() -> None:
    quote = only(
        "Treasury spokesman John Smith said the talks went well.\n\n"
        '"We are pleased with the outcome of the meeting," the spokesman said.'
    )
    assert quote.speaker == "John Smith"


def test_a_title_held_by_one_person_still_points_to_that_person() -> None:
    quote = only(
        "Senate Republican leader Robert Dole spoke on Sunday.\n\n"
        '"The nomination could be in some difficulty," the Kansas senator said.'
    )
    assert quote.speaker == "Robert Dole"


def test_a_statement_with_no_one_giving_it_out_stays_a_description() -> None:
    quote = only(
        "Senate Agriculture Committee Chairman Patrick Leahy has called for hearings. "
        "Eleven farm groups wrote to Congress on Monday.\n\n"
        'The statement said Congress should "not modify the 1985 farm bill at all."'
    )
    assert quote.speaker is None


def test_a_statement_speaks_for_whoever_issued_it() -> None:
    quote = only(
        "Manny Gomez, a former police sergeant, spoke at the parade.\n\n"
        "Black Lives Matter issued a statement saying it withdrew "
        '"because of the unsafe conditions created for our communities."'
    )
    assert quote.speaker == "Black Lives Matter"


def test_another_unnamed_analyst_since_the_named_one_is_the_one_meant() -> None:
    quotes = quotes_of(
        "Simon Smithson, a Kleinwort Benson share analyst, said Tokyo would fall.\n\n"
        "A senior analyst at a Japanese broker was calmer on Monday.\n\n"
        '"The discount rate in Japan cannot rise," the analyst said.'
    )
    assert quotes[-1].speaker is None


def test_a_place_before_the_official_said_is_no_apposition() -> None:
    quote = only(
        "The Koreans offered ten pct, against the 25 pct sought by New Delhi, "
        "the trade official said.\n\n"
        '"We selected the Korean firm because its bid was the lowest," the official said.'
    )
    assert quote.speaker is None


def test_a_statement_naming_its_body_speaks_for_that_body() -> None:
    quote = only(
        "Renault chairman Raymond Levy met Chrysler in Detroit on Monday.\n\n"
        '"The accord is good for both companies," the Renault statement said.'
    )
    assert quote.speaker == "Renault"


def test_a_spokesman_at_headquarters_is_not_the_rival_named_later() -> None:
    quote = only(
        "<Airbus Industrie> had no comment on reports that it had resumed talks with "
        "<McDonnell Douglas Corp.>\n\n"
        'A spokesman at Airbus headquarters in Toulouse said: "We have no knowledge '
        'of talks and have no comment to make."\n\n'
        "Talks broke off last autumn. McDonnell Douglas wanted Airbus to help build its MD-11."
    )
    assert quote.speaker == "Airbus Industrie"


# ------------------------------------- short quotations someone is said to say


def test_a_short_quotation_after_a_colon_cue_counts() -> None:
    quote = only('Mary Jones, the opposition leader, said: "No comment."')
    assert (quote.text, quote.speaker) == ("No comment.", "Mary Jones")


def test_a_short_quotation_with_the_cue_after_it_counts() -> None:
    quote = only('"We met," said Ann Lee.')
    assert (quote.text, quote.speaker) == ("We met,", "Ann Lee")
    quote = only('"Yes," Cy Po said.')
    assert (quote.text, quote.speaker) == ("Yes,", "Cy Po")


def test_a_one_word_answer_counts() -> None:
    quote = only('Bob Ray said: "Absolutely."')
    assert (quote.text, quote.speaker) == ("Absolutely.", "Bob Ray")


def test_scare_quotes_and_titles_are_not_quotations() -> None:
    assert quotes_of('Bob Ray said the so-called "peace dividend" would be small.') == []
    assert quotes_of('Fans of the show "Prison Break," Mr. Madden said, are loyal.') == []
    assert quotes_of('Gov. C.L. "Butch" Otter said he backed the plan.') == []
    assert quotes_of('He can add a new title to his resume: "song anthropologist."') == []


# ---------------------------------------- descriptions written with capitals


def test_a_capitalised_us_official_is_a_description_not_a_person() -> None:
    quote = only(
        "Japan holds 15 pct of the capital stock, a U.S. Delegate at the meeting said.\n\n"
        '"The bank was set up in 1966 as a partnership," the U.S. Official said.'
    )
    assert quote.speaker is None
    assert quote.mention == "U.S. Official"


def test_an_organisation_s_short_form_in_commas_is_not_the_speaker() -> None:
    quote = only(
        "Juan Lechin Oquendo, the veteran secretary general of the Bolivian Labour "
        'Organization, COB, told reporters: "I am joining the fast with the miners."'
    )
    assert quote.speaker == "Juan Lechin Oquendo"


def test_he_after_the_official_said_goes_on_about_the_official() -> None:
    quote = only(
        "Treasury Secretary James Baker met finance ministers in Paris on Sunday.\n\n"
        "The talks went well, the official said on Monday.\n\n"
        '"We are pleased with the outcome of the meeting," he said.'
    )
    assert quote.speaker is None
