"""Speakers a reader can trust: who is not the speaker, and how each speaker was found."""

from __future__ import annotations

from newsexplore.search.models import Quote
from newsexplore.search.speakers.table import build_speaker_table
from tests.quote_support import only, quotes_of

# -------------------------------------------------------- who is not the speaker


def test_a_pronoun_after_reported_speech_means_the_reporter() -> None:
    quote = only(
        "Brian Murphy said Donald Trump continued to hurt the party here. "
        '"I don\'t think it has gone well for him at all," he said.'
    )
    assert quote.speaker == "Brian Murphy"


def test_she_after_reported_speech_means_the_reporter_too() -> None:
    quote = only(
        "Ms Haigh said Sarah Smith demanded an apology.\n\n"
        '"It was the right thing to ask for in the end," she said.'
    )
    assert quote.speaker == "Haigh"


def test_the_white_house_is_an_organisation_and_he_never_points_to_it() -> None:
    quotes = quotes_of(
        "John Podesta, a former chief of staff at the White House, offered a slogan.\n\n"
        '"She will fight for the American people and their families," he said.\n\n'
        '"We will not comment on the campaign at this stage," the White House said.'
    )
    assert quotes[0].speaker == "John Podesta"
    assert quotes[1].speaker == "White House"
    assert quotes[1].speaker_kind == "organisation"


def test_parties_speak_as_organisations() -> None:
    quote = only('"This budget is a betrayal of working people," Labour said in a statement.')
    assert (quote.speaker, quote.speaker_kind) == ("Labour", "organisation")


def test_the_spokesman_is_not_the_minister_named_before() -> None:
    quote = only(
        "Treasury Secretary James Baker met his counterparts in Paris on Sunday.\n\n"
        '"No agreement on the currency was reached at the meeting," the spokesman said.'
    )
    assert quote.speaker is None
    assert quote.mention == "the spokesman"


def test_a_role_is_a_noun_phrase_without_the_verb_before_it() -> None:
    quote = only(
        "The new posters depict Tory leader David Cameron as a man in a hurry. "
        '"This is simply a smear campaign against us," Cameron said.'
    )
    assert quote.speaker == "David Cameron"
    assert quote.roles == ("Tory leader",)


def test_a_son_of_the_same_name_is_someone_else() -> None:
    quotes = quotes_of(
        "Donald Trump Jr. spoke at the convention on Tuesday night.\n\n"
        '"My father is a fighter and always has been," Trump Jr. said.\n\n'
        '"My son did a great job tonight in the hall," Donald Trump said later.'
    )
    assert [q.speaker for q in quotes] == ["Donald Trump Jr", "Donald Trump"]
    table = build_speaker_table(quotes)
    assert sorted(s.name for s in table.speakers) == ["Donald Trump", "Donald Trump Jr"]


def test_a_quote_signed_with_a_dash_and_a_name_is_theirs() -> None:
    quotes = quotes_of(
        "Readers wrote in after the debate.\n\n"
        '"The whole evening was a waste of everyone\'s time." — Jane Doe, Ohio\n\n'
        '"I have never seen anything like it in my life." — Robert Smith'
    )
    assert [q.speaker for q in quotes] == ["Jane Doe", "Robert Smith"]


def test_a_description_is_never_an_alias_shared_across_people() -> None:
    def said(article: str, speaker: str, mention: str, evidence: str) -> Quote:
        text = f"Words from {article} about the talks that week"
        fields = {"mention": mention, "evidence": evidence, "confidence": "medium"}
        return Quote(article, 0, len(text), text, speaker, **fields)  # type: ignore[arg-type]

    table = build_speaker_table(
        [
            said("a", "James Baker", "James Baker", "named"),
            said("a", "James Baker", "the spokesman", "description"),
            said("b", "Marlin Fitzwater", "Marlin Fitzwater", "named"),
            said("b", "Marlin Fitzwater", "the spokesman", "description"),
        ]
    )
    for speaker in table.speakers:
        assert "the spokesman" not in speaker.aliases, speaker


# ----------------------------------------------------------- how it was found


def test_a_name_at_the_cue_is_high_confidence() -> None:
    quote = only('"We will study the report closely," Ofcom chief Melanie Dawes said.')
    assert (quote.evidence, quote.confidence) == ("named", "high")
    assert quote.basis == "Melanie Dawes, named at the cue"


def test_a_pronoun_shows_the_name_it_points_back_to() -> None:
    quote = only(
        "Tony Blair spoke in London on Monday. He took questions for an hour. "
        '"We have to keep going with the reforms," he said.'
    )
    assert (quote.speaker, quote.evidence, quote.confidence) == ("Tony Blair", "pronoun", "medium")
    assert quote.basis == "he → Tony Blair, 2 sentences earlier"


def test_a_quote_carried_on_says_so() -> None:
    quotes = quotes_of(
        '"We have to keep going with the reforms," Tony Blair said. '
        '"There is no other way for this country to go."'
    )
    assert quotes[1].speaker == "Tony Blair"
    assert (quotes[1].evidence, quotes[1].confidence) == ("continued", "medium")
    assert quotes[1].basis.startswith("carried from an earlier quote: Tony Blair")


def test_a_subject_without_a_speech_verb_is_low_confidence() -> None:
    quote = only(
        "Donald Trump spoke for an hour in Iowa. "
        'Trump finally wrapped up his speech -- "we will win and win and win."'
    )
    assert (quote.speaker, quote.evidence, quote.confidence) == ("Donald Trump", "subject", "low")


def test_no_speaker_is_evidence_none() -> None:
    quote = only('The sign on the door read "closed for the whole winter season".')
    assert (quote.speaker, quote.evidence, quote.confidence, quote.basis) == (
        None,
        "none",
        "none",
        "",
    )


def test_a_cue_with_a_colon_speaks_the_quote_after_it_not_the_one_before() -> None:
    text = (
        'At the hearing, John Baker said: "We will appeal the ruling today." '
        'Mary Baker said: "We welcome the ruling of the court."'
    )
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("We will appeal the ruling today.", "John Baker"),
        ("We welcome the ruling of the court.", "Mary Baker"),
    ]
