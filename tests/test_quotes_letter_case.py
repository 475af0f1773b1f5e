"""Articles set all in capitals (wire copy) or all in lower case: names the word lists
can vouch for are still found, the quotes keep the article's own words and offsets,
and where no name can be vouched for there is no speaker rather than a wrong one."""

from __future__ import annotations

from tests.quote_support import quotes_of

CAPS = (
    "CHICAGO, MAY 4 - ACME CORP WILL HOLD ITS PRICES THIS YEAR.\n\n"
    '"WE WILL NOT RAISE PRICES THIS YEAR," SAID JOHN HARKER, CHIEF EXECUTIVE OF ACME CORP.\n\n'
    'HARKER SAID DEMAND WAS WEAK. "THE MARKET IS SOFT EVERYWHERE," HARKER SAID.'
)


def test_names_are_found_in_an_article_all_in_capitals() -> None:
    first, second = quotes_of(CAPS)
    assert (first.speaker, first.speaker_kind) == ("John Harker", "person")
    assert second.speaker == "John Harker"


def test_quotes_keep_the_articles_own_words_and_offsets() -> None:
    for q in quotes_of(CAPS):
        assert q.text == CAPS[q.start : q.end] and q.text.isupper()


def test_names_are_found_in_an_article_all_in_lower_case() -> None:
    q = quotes_of(CAPS.lower())[0]
    assert q.speaker == "John Harker"
    assert q.text == "we will not raise prices this year,"


def test_a_word_capitalised_only_for_opening_a_sentence_is_no_speaker() -> None:
    text = (
        "LONDON, MAY 4 - TRADERS WERE NERVOUS ON MONDAY.\n\n"
        'ALREADY THE MARKET HAS FALLEN SHARPLY. "PRICES WILL FALL FURTHER THIS WEEK," '
        "HE SAID."
    )
    assert [q.speaker for q in quotes_of(text)] == [None]


def test_a_surname_no_list_knows_gives_no_speaker() -> None:
    text = (
        "PARIS, MAY 4 - THE MINISTER SPOKE ON MONDAY.\n\n"
        '"THE FRANC WILL HOLD ITS VALUE," VERGNAUD TOLD REPORTERS.'
    )
    assert [q.speaker for q in quotes_of(text)] == [None]
