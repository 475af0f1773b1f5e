"""Outlets, clubs, companies and parties speak as organisations, never as people."""

from __future__ import annotations

from newsexplore.search.models import Article, Quote
from newsexplore.search.quotes.extract import extract_quotes
from newsexplore.search.speakers.table import build_speaker_table


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(Article(id="t", title="", text=text))


def test_a_name_written_with_the_is_an_organisation() -> None:
    quotes = quotes_of(
        'The Guardian said the reforms were "a muddle from start to finish."\n\n'
        'The Clarion called them "the boldest plan in a generation."'
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("Guardian", "organisation"),
        ("Clarion", "organisation"),
    ]


def test_he_never_points_back_to_an_outlet_written_with_the() -> None:
    quotes = quotes_of(
        "Dan Pryce at the National Review agreed with the verdict.\n\n"
        '"If the goal was to look steady, he managed it easily," he wrote.'
    )
    assert [q.speaker for q in quotes] == ["Dan Pryce"]


def test_a_title_after_the_still_names_a_person() -> None:
    quotes = quotes_of(
        'The Labour MP Diane Abbott said the plan was "simply unworkable in practice."\n\n'
        '"We will fight it line by line," she added.'
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("Diane Abbott", "person"),
        ("Diane Abbott", "person"),
    ]


def test_a_name_qualifying_a_noun_after_the_is_not_made_an_organisation() -> None:
    quotes = quotes_of(
        "The Kessler campaign has been quiet. Martin Kessler spoke on Monday.\n\n"
        '"We will win this seat back," Kessler said.'
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Martin Kessler", "person")]


def test_a_platform_that_issues_a_statement_speaks_as_an_organisation() -> None:
    quotes = quotes_of(
        "The company removed the accounts on Friday.\n\n"
        '"We condemn the use of our service to promote violence," Twitter said in a '
        "statement."
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Twitter", "organisation")]


def test_a_quote_posted_on_a_platform_is_still_the_posters() -> None:
    quotes = quotes_of(
        'Mary Okafor wrote on Facebook: "I am proud of every volunteer who turned up."'
    )
    assert [q.speaker for q in quotes] == ["Mary Okafor"]


def test_a_platform_before_a_speech_noun_is_no_speaker() -> None:
    quotes = quotes_of(
        "Joan Harper posted a Twitter comment of her own, saying, "
        '"We are so excited to meet the new arrival!"'
    )
    assert [q.speaker for q in quotes] == ["Joan Harper"]


def test_a_platform_after_on_does_not_write() -> None:
    quotes = quotes_of(
        "Joan Harper answered the question on Facebook writing, "
        '"Yes, I will. That was a poor choice of words and I regret it."'
    )
    assert [q.speaker for q in quotes] == ["Joan Harper"]


def test_a_company_named_without_its_suffix_is_the_same_company() -> None:
    quotes = quotes_of(
        "HOUSTON, March 9 - Petrovan Inc said it would sell its refining arm.\n\n"
        'Petrovan said the sale "will let us concentrate on exploration."\n\n'
        'Dunmore Shipping Ltd said it expected losses. Dunmore said the market was "very '
        'weak indeed this year."'
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("Petrovan Inc", "organisation"),
        ("Dunmore Shipping Ltd", "organisation"),
    ]


def test_a_company_and_its_short_form_are_one_speaker_across_articles() -> None:
    first = quotes_of('Petrovan Inc said the sale "will let us concentrate on exploration."')
    second = extract_quotes(
        Article(
            id="u",
            title="",
            text='Petrovan said on Monday that prices were "far too low to drill."',
        )
    )
    table = build_speaker_table(first + second)
    assert [(s.kind, s.quote_count) for s in table.speakers] == [("organisation", 2)]
    assert table.speakers[0].name in {"Petrovan", "Petrovan Inc"}


def test_america_is_a_place_not_a_speaker() -> None:
    quotes = quotes_of(
        "In return, America called on the debtor countries to reform.\n\n"
        '"The lenders have been performing well," the official said.'
    )
    assert [q.speaker for q in quotes] == [None]


def test_clubs_and_papers_named_without_the_are_organisations() -> None:
    quotes = quotes_of(
        'Manchester United said the club was "disappointed by the decision".\n\n'
        'National Review said the move was "a gift to the opposition".'
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("Manchester United", "organisation"),
        ("National Review", "organisation"),
    ]


def test_a_name_given_to_something_after_a_quotation_is_not_its_speaker() -> None:
    [quote] = quotes_of(
        "TULSA, March 17 - It is in early talks with a group with "
        '"extensive franchise experience" to start up a subsidiary called Maple Widgets '
        "International of Canada, Brisk Widgets Inc said."
    )
    assert quote.speaker == "Brisk Widgets Inc"


def test_a_company_marked_in_angle_brackets_is_the_subject_that_speaks() -> None:
    [quote] = quotes_of(
        "TULSA, March 17 - <Brisk Widgets Inc> said it is in early talks with a group with "
        '"extensive franchise experience" to start up a subsidiary called Maple Widgets '
        "International of Canada."
    )
    assert quote.speaker == "Brisk Widgets Inc"
    assert quote.speaker_kind == "organisation"


def test_a_company_written_in_capitals_in_angle_brackets_is_the_subject_that_speaks() -> None:
    [quote] = quotes_of(
        "ARMONK, N.Y., March 17 - <BWX> said it is in early talks with a group with "
        '"extensive franchise experience" on a new plant.'
    )
    assert (quote.speaker, quote.speaker_kind) == ("BWX", "organisation")


def test_a_ticker_in_angle_brackets_after_a_company_leaves_the_company_speaking() -> None:
    quotes = quotes_of(
        "TULSA, March 17 - Brisk Widgets Inc <BWX.N> said it is in early talks with a "
        'group with "extensive franchise experience" on a new plant.\n\n'
        "Rita Olsen, director of purchasing at Tulsa Forge Corp <TFC>, said "
        '"orders continued to expand in February."\n\n'
        '"We will not cut prices this year," said Tulsa Forge Corp <TFC>.'
    )
    assert [q.speaker for q in quotes] == ["Brisk Widgets Inc", "Rita Olsen", "Tulsa Forge Corp"]


def test_markup_tags_in_capitals_are_still_not_words_of_the_article() -> None:
    quotes = quotes_of(
        '<P>Then<BR> the board met.</P> <B>Ann Lee</B> said "the vote was close" on Monday.'
    )
    assert [q.speaker for q in quotes] == ["Ann Lee"]
