"""Words said about someone are not theirs: the one spoken of, or the one a source is
close to, is never credited with the quotation."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_critics_said_of_someone_is_not_that_persons_quote() -> None:
    text = (
        "LONDON, May 3 - Tony Blair spoke in Sedgefield on Friday.\n\n"
        'Critics said of Tony Blair that he was "out of touch with ordinary voters here."'
    )
    assert quotes_of(text)[-1].speaker is None


def test_a_paper_quoting_a_source_close_to_someone_credits_neither() -> None:
    text = (
        "WASHINGTON, March 3 - Poindexter will testify soon.\n\n"
        "The Post quoted a source close to Reagan as saying the White House expected "
        'Poindexter "will say he had direction and authority" from the president.'
    )
    q = quotes_of(text)[-1]
    assert (q.speaker, q.mention, q.confidence) == (None, "a source", "none")


def test_a_paper_quoting_a_titled_person_credits_the_person() -> None:
    text = (
        "DETROIT, March 3 - GM may stop building cars here.\n\n"
        "The Detroit Free Press quoted GM industrial relations vice-president Alfred "
        'Warren as saying "we have got about three to five years to get our act together."'
    )
    assert quotes_of(text)[-1].speaker == "Alfred Warren"


def test_words_inside_what_someone_said_about_another_are_the_sayers() -> None:
    text = (
        "PORTLAND, Maine - Donald Trump attacked Mitt Romney again on Saturday.\n\n"
        "At the Maine rally, Trump said that Romney begged him for an endorsement in 2012 "
        'and "would have dropped to his knees" if Trump had asked him.'
    )
    q = quotes_of(text)[-1]
    assert (q.speaker, q.cue) == ("Donald Trump", "said")
