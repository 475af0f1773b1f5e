"""A quotation with its own cue is that speaker's, even when no name is given: it is
never carried over from the person quoted before it."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_an_unnamed_market_maker_is_not_the_last_person_quoted() -> None:
    text = (
        "LONDON, March 3 - Keith Brown, a director of the firm, said the move was a "
        'shock. "We regret it," he said.\n\n'
        '"The question now is how many other gilt market makers will face a similar '
        'fate," one senior gilt market maker said.'
    )
    last = quotes_of(text)[-1]
    assert (last.speaker, last.mention) == (None, "one senior gilt market maker")


def test_a_dealer_at_a_bank_is_not_carried_from_they() -> None:
    text = (
        "TOKYO, March 3 - The dollar fell, dealers said. The factors affecting the "
        "U.S. Currency have not changed since the accord, they added.\n\n"
        '"Underlying sentiment for the dollar remains bearish," said a senior dealer at '
        "a leading trust bank."
    )
    last = quotes_of(text)[-1]
    assert (last.speaker, last.mention) == (None, "a senior dealer")


def test_a_pull_quote_is_of_whoever_the_next_sentence_names() -> None:
    text = (
        'LONDON, May 3 - Clinton spoke on Monday. "We will win," Clinton said.\n\n'
        '"The economy is turning a corner at last." That was the verdict of Chancellor '
        "George Osborne on Friday."
    )
    assert quotes_of(text)[-1].speaker == "George Osborne"


def test_a_broker_at_a_firm_is_not_the_firm() -> None:
    text = (
        "TOKYO, March 3 - Share prices fell, brokers said.\n\n"
        '"This is just a short-term correction," said a broker at Nomura Securities Co.'
    )
    last = quotes_of(text)[-1]
    assert (last.speaker, last.mention) == (None, "a broker")


def test_a_name_after_for_is_not_the_role_set_beside_it() -> None:
    text = (
        "NEW YORK, March 3 - Conrac shares rose.\n\n"
        'For Conrac, the arbitrageur said, 28 dlrs a share seemed "an appropriate price."\n\n'
        '"The market is speaking for itself," the arbitrageur said.'
    )
    assert "Conrac" not in [q.speaker for q in quotes_of(text)]
