"""Who a speaker can be: a person or an organisation, never a month, a place or a headline."""

from __future__ import annotations

from newsexplore.search.models import Article, Quote
from newsexplore.search.quotes.extract import extract_quotes


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(Article(id="t", title="", text=text))


def only(text: str) -> Quote:
    quotes = quotes_of(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


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
