"""Sons, fathers and unnamed officials: who a quote is given to must be who said it.

"Jr." closes a name (never a name of its own, never the start of the next
sentence's words); a place before a title ("one U.S. trade official") describes
an unnamed person, it does not speak; a plural source opening its own sentence
("Analysts said:") is that quote's speaker, not the last one carried on; and a
title given to whoever is named next is a guess that does not become their role.
"""

from __future__ import annotations

from newsexplore.search.speakers.table import build_speaker_table
from tests.quote_support import only, quotes_of


def test_a_son_named_with_jr_keeps_his_own_words() -> None:
    quote = only(
        '"My father built this company from nothing," said Robert Hill Jr. His father, '
        "Robert Hill, declined to comment."
    )
    assert quote.speaker == "Robert Hill Jr"


def test_jr_after_a_surname_that_is_also_a_title_is_no_name_of_its_own() -> None:
    quote = only('Martin Luther King Jr. once said: "The time is always right to do right."')
    assert quote.speaker == "Martin Luther King Jr"


def test_a_place_before_a_title_describes_an_unnamed_official() -> None:
    for text in (
        'The talks stalled. "We will not accept this proposal at all," said one U.S. '
        "trade official.",
        'The talks stalled. "We will not accept this proposal at all," one U.S. trade '
        "official said.",
    ):
        quote = only(text)
        assert quote.speaker is None and quote.cue == "said", text


def test_a_place_before_other_words_is_not_made_a_description() -> None:
    quote = only('"The U.S. trade deficit will shrink this year," said Clayton Yeutter.')
    assert quote.speaker == "Clayton Yeutter"


def test_analysts_opening_their_own_sentence_are_that_quotes_source() -> None:
    quotes = quotes_of(
        'The minister said on Monday: "We will never give up the fight." '
        'Analysts said: "The deal is dead for now."'
    )
    assert quotes[1].mention == "Analysts" and quotes[1].speaker is None
    assert quotes[1].evidence != "continued"


def test_a_title_guessed_onto_the_next_name_is_not_made_their_role() -> None:
    quotes = quotes_of(
        'The minister said on Monday: "We will never give up the fight."\n\n'
        'The board met later and "refused the offer outright", John Smith said.'
    )
    table = build_speaker_table(quotes)
    smith = next(s for s in table.speakers if s.name == "John Smith")
    assert "minister" not in " ".join(smith.roles).lower()


def test_a_participle_after_a_time_word_is_the_clauses_not_the_name_before_it() -> None:
    quote = only(
        "Merrill Lynch had suspended the trader, John Vask, yesterday saying at the time it "
        'was "disappointed and angry about the charges" against him.'
    )
    assert quote.speaker == "Merrill Lynch"


def test_a_spokesman_contacted_by_an_agency_is_not_the_agency() -> None:
    quote = only(
        "A Fiat spokesman contacted by Reuters said the talks had ended, saying "
        '"there is nothing more to discuss at this stage."'
    )
    assert quote.speaker != "Reuters" and quote.mention == "A Fiat spokesman"


def test_a_former_chairman_does_not_speak_for_the_firm() -> None:
    quote = only(
        '"I think we should ease monetary policy now," the one-time chairman of Merrill '
        "Lynch and Co Inc said."
    )
    assert quote.speaker is None and quote.mention == "the one-time chairman"


def test_a_chairman_in_office_still_speaks_for_the_firm() -> None:
    quote = only('"We will cut costs again this year," the chairman of Acme Holdings Inc said.')
    assert quote.speaker == "Acme Holdings Inc"


def test_a_quotation_after_someones_view_goes_on_giving_it() -> None:
    quotes = quotes_of(
        "Lucille Palermo, an analyst at Acme Securities, follows Canadian stocks. Palermo "
        "also believes the Canadian market has more room to grow than Wall Street. "
        '"Canadian exports of all types look relatively cheap to foreigners."'
    )
    assert [(q.speaker, q.evidence) for q in quotes] == [("Lucille Palermo", "continued")]


def test_a_view_in_another_paragraph_does_not_carry_over() -> None:
    quotes = quotes_of(
        "Palermo also believes the Canadian market has more room to grow than Wall Street."
        '\n\n"Canadian exports of all types look relatively cheap to foreigners."'
    )
    assert [q.speaker for q in quotes] == [None]


def test_a_firm_whose_name_ends_in_a_title_word_is_still_the_firm() -> None:
    quote = only(
        "Supermarkets General Corp said it received an offer. Earlier Supermarkets General "
        'said an "unsolicited third party had made the offer" last week.'
    )
    assert quote.speaker == "Supermarkets General Corp"


def test_the_dateline_place_never_speaks() -> None:
    quotes = quotes_of(
        "SAN ANTONIO, TEXAS, March 31 - Energy futures now set the standard for oil "
        "pricing, an industry report found.\n\n"
        '"Futures trading in New York literally sets spot market prices," he said.'
    )
    assert [q.speaker for q in quotes] == [None]
    quotes = quotes_of(
        "CHICAGO, March 17 - Sears Roebuck and Co, said it settled with the regulator "
        '"to avoid further legal expenses."'
    )
    assert all(q.speaker != "CHICAGO" for q in quotes)


def test_the_younger_mr_x_is_the_son_named_before_not_his_father() -> None:
    quotes = quotes_of(
        "Robert Hale won the nomination on Tuesday night. His son Robert Hale Jr. "
        "announced on the floor that the state had delivered the votes.\n\n"
        '"It is not a campaign anymore, it is a movement," said the younger Mr. Hale, '
        "surrounded by his siblings."
    )
    assert quotes[-1].speaker == "Robert Hale Jr"


def test_the_younger_mr_x_with_no_son_named_in_full_is_no_sure_thing() -> None:
    quotes = quotes_of(
        "Robert Hale won the nomination on Tuesday night. His son Tom announced on the "
        "floor that the state had delivered the votes.\n\n"
        '"It is not a campaign anymore, it is a movement," said the younger Mr. Hale.'
    )
    q = quotes[-1]
    assert q.speaker != "Robert Hale" or q.confidence == "low"
