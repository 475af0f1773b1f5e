"""Party words: "the Ohio Democrat" and "one Republican strategist" describe a speaker,
they never name one, and "Democrat Ann Roe" is Ann Roe."""

from __future__ import annotations

from newsexplore.search.models import Article
from newsexplore.search.quotes.extract import extract_quotes
from newsexplore.search.speakers.table import build_speaker_table
from tests.quote_support import only, quotes_of

# ------------------------------------------- a party adjective before a role noun


def test_a_party_adjective_before_a_role_noun_describes_an_unnamed_source() -> None:
    quote = only(
        "WASHINGTON, March 3 - The panel's report was a blow to the White House.\n\n"
        '"We are falling by our own hand," said one Republican political strategist.'
    )
    assert quote.speaker is None
    assert quote.mention == "one Republican political strategist"


def test_a_party_adjective_before_a_document_is_no_author() -> None:
    quote = only(
        "WASHINGTON, March 3 - Congress published two views of the economy.\n\n"
        '"The economy appears to be on a path of stable growth," the Republican report said.'
    )
    assert quote.speaker != "Republican"


# --------------------------------------------- "the Ohio Democrat" and "Democrat Ann Roe"


def test_a_state_and_party_set_off_after_a_name_is_that_person() -> None:
    quote = only(
        "WASHINGTON, March 12 - The subcommittee approved the trade bill.\n\n"
        '"This bill opens markets without protectionism," Ways and Means chairman '
        "Walter Brisk, an Ohio Democrat said."
    )
    assert quote.speaker == "Walter Brisk"


def test_the_state_and_party_is_the_person_the_sentence_before_names() -> None:
    quotes = quotes_of(
        "WASHINGTON, March 2 - A subcommittee whose chairman, Rep. Nora Quill, called the "
        'airline\'s record "poor" held a hearing.\n\n'
        '"It strikes me odd," said the Ohio Democrat, "that so few of the pilots are black."'
    )
    assert quotes[0].speaker == "Nora Quill"
    assert quotes[0].evidence == "description"
    assert quotes[0].confidence != "high"


def test_a_state_and_party_is_no_speaker_shared_across_articles() -> None:
    first = (
        "Chairman Walter Brisk of the House committee said taxes must rise.\n\n"
        'The Ohio Democrat said, "I think the president will have to reconsider."'
    )
    second = (
        "Rep. Nora Quill called the airline's hiring record poor.\n\n"
        '"It strikes me odd that so few pilots are black," the Ohio Democrat said.'
    )
    third = 'Farm prices fell again.\n\n"We will not stand for it," an Ohio Democrat said.'
    quotes = [
        q
        for i, text in enumerate((first, second, third))
        for q in extract_quotes(Article(id=f"a{i}", title="", text=text))
    ]
    assert [q.speaker for q in quotes] == ["Walter Brisk", "Nora Quill", None]
    assert quotes[2].mention == "an Ohio Democrat"
    table = build_speaker_table(quotes)
    assert {s.name for s in table.speakers} == {"Walter Brisk", "Nora Quill"}
    assert not any("Ohio Democrat" in a for s in table.speakers for a in s.aliases)


def test_a_party_word_before_a_name_is_no_part_of_it() -> None:
    quotes = quotes_of(
        "WASHINGTON, March 9 - Senators argued over the bank bill.\n\n"
        '"The banks have had their chance," said Democrat Walter Brisk. '
        '"We will not wait," said Republican Nora Quill.\n\n'
        '"There is no hurry at all," Brisk said.'
    )
    assert [q.speaker for q in quotes] == ["Walter Brisk", "Nora Quill", "Walter Brisk"]
    assert quotes[0].roles == ("Democrat",)
