"""Shapes of English news sentences that name a speaker: each pins the reading on a made-up one."""

from __future__ import annotations

from tests.quote_support import only, quotes_of


def test_a_surname_that_is_a_common_word_after_an_honorific_is_a_person() -> None:
    text = (
        "Bryan English, the campaign's Iowa director, met pastors on Monday.\n\n"
        "''Part of my job is to say this guy is for real,'' Mr. English said of the senator."
    )
    assert only(text).speaker == "Bryan English"


def test_a_title_word_after_a_given_name_set_off_by_a_role_is_a_surname() -> None:
    quote = only(
        '"Turnout makes a difference in every one of these races," said Charlie King, a '
        "prominent New York Democrat."
    )
    assert (quote.speaker, quote.evidence) == ("Charlie King", "named")


def test_a_speaker_from_a_town_and_state_is_the_one_named_before_them() -> None:
    quote = only(
        "Mary Bell of Ashton, Md., said the ceremony brought back memories of "
        '"all the people who were not here to see it."'
    )
    assert quote.speaker == "Mary Bell"


def test_a_speakers_age_between_their_name_and_a_role_is_skipped() -> None:
    quote = only(
        "Mary Bell, 59, a retired teacher, said the ceremony brought back memories of "
        '"all the people who were not here to see it."'
    )
    assert quote.speaker == "Mary Bell"


def test_a_sentence_adverb_or_a_plural_noun_opening_a_sentence_is_no_speaker() -> None:
    quotes = quotes_of(
        '"Judge," Ben Brafman said, "I have never had that happen in any case." '
        "Reluctantly, Brafman said he had come to a view.\n\n"
        '"Hindus are more noticeable here," said Dennis Gaskin, a retiree. Perhaps, he '
        'said, this "small town has gotten too big too fast."'
    )
    assert {q.speaker for q in quotes} == {"Ben Brafman", "Dennis Gaskin"}


def test_a_dateline_is_not_the_subject_of_the_first_sentence() -> None:
    quote = only(
        "WASHINGTON — Sen. Chuck Grassley on Wednesday downplayed the attack and said it "
        'was "basically the same thing as the remarks of last year."'
    )
    assert quote.speaker == "Chuck Grassley"


def test_an_age_or_a_date_before_a_role_after_the_cue_keeps_the_name() -> None:
    quotes = quotes_of(
        '"The rationales to veto the bill do not hold weight," said 9/11 widow Terry '
        "Strada.\n\n"
        '"We have to go out and win this thing," said 76-year-old Morton Blackwell.'
    )
    assert [q.speaker for q in quotes] == ["Terry Strada", "Morton Blackwell"]


def test_a_name_set_off_after_the_description_opening_the_sentence_is_its_subject() -> None:
    text = (
        "The rules would close hundreds of coal plants.\n\n"
        "Another critic, Laurence H. Tribe, likened the rules to "
        '"burning the Constitution of the United States."'
    )
    assert only(text).speaker == "Laurence H Tribe"
