"""Who said it, in the layouts and references that news writing uses most."""

from __future__ import annotations

from newsexplore.search.models import Article, Quote
from newsexplore.search.quotes.extract import extract_quotes


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(Article(id="t", title="", text=text))


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(text)]


# ------------------------------------------------------------------ layouts


def test_a_quote_signed_with_a_horizontal_bar_is_its_signers() -> None:
    text = (
        "Readers wrote to us after the debate.\n\n"
        "\u201cI hope we win this one, and soon.\u201d \u2015 Mary Lane\n\n"
        "\u201cNobody I know will vote for him this year.\u201d\u2015 Tom Ortiz.\n\n"
        "Getty.\n\n"
        "\u201dWe are tired of all the noise from both sides.\u201d \u2015 Ana Ruiz\n"
    )
    assert speakers(text) == ["Mary Lane", "Tom Ortiz", "Ana Ruiz"]


def test_a_pronoun_after_an_abbreviation_opens_a_sentence_and_no_name() -> None:
    text = (
        "Paul Cole says the governor is trying to change the subject in the U.S. "
        'He says voters need "more than a lecture from the podium."'
    )
    assert speakers(text) == ["Paul Cole"]


def test_a_speech_verb_after_an_article_is_a_noun_not_a_cue() -> None:
    text = (
        "Protest, Ms. Alvarez said, is patriotism, whether it was sitting at a counter "
        'in the South or wearing a shirt with the words "we shall not be moved," '
        "as her mother did."
    )
    assert speakers(text) == ["Alvarez"]


def test_a_hometown_after_the_name_is_not_the_speaker() -> None:
    text = (
        "Walter Briggs, of Fairfax, Va., said he had served "
        '"for the rights of all of us back home."'
    )
    assert speakers(text) == ["Walter Briggs"]


def test_a_name_followed_by_himself_is_the_subject_of_the_cue() -> None:
    text = (
        "Polls closed at eight. Ortega himself conceded in a radio interview "
        '"it will be very hard for us to win" unless turnout rises.'
    )
    assert speakers(text) == ["Ortega"]


def test_a_cue_in_the_sentence_after_a_full_stop_is_not_the_quotations() -> None:
    text = (
        'Late in the evening, Ruiz pressed Patel to "slow down, slow down, slow down." '
        'That prompted Moreno to call Patel "very flexible."'
    )
    assert speakers(text)[0] == "Ruiz"


# ---------------------------------------------------------------- pronouns


def test_a_surname_opening_a_sentence_before_its_verb_is_what_he_points_back_to() -> None:
    text = (
        "Donald Pratt went with the favourite, as he does every year.\n\n"
        "Okafor openly admitted that his pick was political. "
        '"With an eye to the primary, the home team," he said.'
    )
    assert speakers(text) == ["Okafor"]


def test_a_subject_after_though_is_a_side_remark_not_the_antecedent() -> None:
    text = (
        "Rep. Tom Lane dismissed concerns about his vote, even though Bernard Sands "
        'carried the state easily. "It was a narrow victory in the end," he said.'
    )
    assert speakers(text) == ["Tom Lane"]


def test_she_goes_on_meaning_whom_the_sentence_before_called_she() -> None:
    text = (
        "Moreau declined to comment on Tuesday. She resigned after questions about "
        "whether Lewicki had grabbed her.\n\n"
        'On Twitter, she responded by saying, "Seriously, just stop it now."'
    )
    assert speakers(text) == ["Moreau"]


def test_someone_the_article_calls_she_is_not_a_later_he() -> None:
    text = (
        'Taylor Brooks led the meeting. "We will be ready by spring," she said.\n\n'
        "Later Brooks thanked Ray Ortiz, who chairs the board. "
        '"Nothing is settled yet, not at all," he said.'
    )
    assert speakers(text) == ["Taylor Brooks", "Ray Ortiz"]


def test_he_after_an_unnamed_speaker_is_not_a_name_from_before() -> None:
    text = (
        "Prices were too high, Li Peng said on Monday.\n\n"
        "A Chinese journalist said the reformers had underestimated the public mood.\n\n"
        '"A major review of all the reforms is under way," he said.'
    )
    assert speakers(text) == [None]


def test_he_never_points_to_a_capitalised_thing_that_only_sits_in_the_sentence() -> None:
    text = (
        "The ministry worried about Rising Costs in the coming year.\n\n"
        '"We can do nothing about it this year," he said.'
    )
    assert speakers(text) == [None]


def test_a_dateline_before_the_reporting_sentence_is_no_speaker() -> None:
    text = (
        "NEW YORK, April 8 - Harbor Bank analyst William Rand recommended the shares "
        'today, saying "the discount investors have made has been overdone."'
    )
    assert speakers(text) == ["William Rand"]


# ------------------------------------------------------- organisations and names


def test_a_name_in_a_capitals_headline_is_the_person_the_story_names() -> None:
    quotes = quotes_of(
        "MORALES SAYS ECONOMY IS STRONG LONDON, Oct 20 - Foreign Minister Ana Morales "
        'said the economy "is in very strong shape and will stay so."\n\n'
        'Morales said "the underlying fact is that we continue to grow."'
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Ana Morales", "person")] * 2


def test_an_administration_named_after_a_president_is_not_the_president() -> None:
    quotes = quotes_of(
        "Nearly 50 firms asked the Carver Administration for exclusions from the tariffs.\n\n"
        'President Carver said "the tariffs will stay until the market opens."'
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Carver", "person")]


def test_a_person_named_right_after_a_commission_is_that_person() -> None:
    quotes = quotes_of(
        "WASHINGTON, April 8 - Securities and Exchange Commission Paul Adler said he "
        'wanted Congress to write "a better law on insider trading."'
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Paul Adler", "person")]


def test_a_firm_of_brothers_is_an_organisation() -> None:
    quotes = quotes_of('"Rates will fall by the summer," Halvorsen Brothers said in a note.')
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Halvorsen Brothers", "organisation")]


def test_a_role_after_a_firm_with_a_part_in_brackets_keeps_the_whole_firm() -> None:
    quotes = quotes_of(
        '"Consumption will slow this year," said Halvorsen Brothers (Asia) Ltd economist '
        "Rita Vance."
    )
    assert [(q.speaker, q.roles) for q in quotes] == [
        ("Rita Vance", ("Halvorsen Brothers (Asia) Ltd economist",))
    ]


# ------------------------------------------------------------------- cues


def test_a_pronoun_with_a_contraction_is_a_pronoun_not_a_name() -> None:
    text = (
        "Mayor Alan Reeve spoke at the rally on Friday.\n\n"
        "He\u2019s claiming that fraud is \u201ca big, big problem in this city.\u201d"
    )
    assert speakers(text) == ["Alan Reeve"]


def test_a_plural_noun_before_a_participle_is_no_inverted_cue() -> None:
    text = (
        "Senator Ruth Adair says the mayor's late-night tweets targeting former judge "
        'Tom Ellery were "unhinged, even for him."'
    )
    assert speakers(text) == ["Ruth Adair"]


def test_a_name_and_verb_after_a_closed_quotation_open_the_next_report() -> None:
    text = (
        'Norway called the test "a reckless act by a rogue state." '
        'Chile insisted that the regime "stop its dangerous games at once." '
        "The Energy Agency said the test had shown "
        '"complete disregard of the repeated demands of the world."'
    )
    assert speakers(text) == ["Norway", "Chile", "Energy Agency"]


def test_a_hometown_and_state_after_of_are_not_the_speaker() -> None:
    text = 'Dana Whitlock of Columbia, South Carolina says the senator can win if he keeps "doing what he is doing."'
    assert speakers(text) == ["Dana Whitlock"]


def test_the_one_thanked_or_criticised_is_never_the_speaker() -> None:
    text = (
        "Vance, star of the television drama “Harbor Lights,” thanked Governor Ellis "
        "Moore for “taking these steps to make us all safer.”"
    )
    assert speakers(text)[-1] != "Ellis Moore"


def test_a_name_inside_an_opening_after_clause_is_not_the_speaker() -> None:
    text = (
        "Mary Holt and her husband Bill Holt campaigned together in 1992.\n\n"
        "After former Governor Jerry Lund criticized Bill Holt during a debate, "
        'Mary Holt shot back, "I suppose I could have stayed home and baked cookies."'
    )
    assert speakers(text) == ["Mary Holt"]


def test_a_place_closing_an_opening_phrase_is_not_the_subject() -> None:
    text = (
        "Speaking at a town hall in Salem, New Hampshire, Senator Dale Ricks went after "
        'his rival, calling him "a total stiff and a bore."'
    )
    assert speakers(text) == ["Dale Ricks"]


def test_he_after_a_speaker_from_a_town_is_the_speaker_not_the_town() -> None:
    text = (
        'Mary Ames spoke first. "It is a fine day for all of us here," she said.\n\n'
        "Walter Briggs, of Fairfax, Va., said he had served "
        '"for the rights of all of us back home."\n\n'
        'He said the exhibit was overdue. "We made major contributions to this land," '
        "he said."
    )
    assert speakers(text) == ["Mary Ames", "Walter Briggs", "Walter Briggs"]
