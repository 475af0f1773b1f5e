"""Cue forms news writes besides `X said`: `as X put it`, `went on about`, pull quotes."""

from __future__ import annotations

from newsexplore.search.models import Article, Quote
from newsexplore.search.quotes.extract import extract_quotes


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(Article(id="t", title="", text=text))


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(text)]


def test_as_someone_put_it_attributes_the_quotation() -> None:
    assert speakers(
        "The talks collapsed on Monday. As Harriet Vale put it, "
        '"nobody came to the table wanting a deal."'
    ) == ["Harriet Vale"]
    assert speakers(
        "Few expect a deal. As Owen Hargreaves, a trade lawyer in Leeds, recently put it: "
        '"The gap is wider than anyone admits."'
    ) == ["Owen Hargreaves"]
    assert speakers('As the columnist Ruth Abernethy puts it, "the budget is a wish list."') == [
        "Ruth Abernethy"
    ]


def test_a_time_after_a_two_word_cue_still_leaves_it_a_cue() -> None:
    assert speakers(
        'As the analyst Priya Mehta pointed out in December, "the rules can be changed '
        'by the delegates at any time."'
    ) == ["Priya Mehta"]


def test_went_on_about_is_a_cue() -> None:
    quotes = quotes_of(
        'The crowd cheered as Ellen Marsh went on about "the broken promises of this '
        'government" for ten minutes.'
    )
    assert [(q.speaker, q.cue, q.evidence) for q in quotes] == [("Ellen Marsh", "went on", "named")]


def test_a_pull_quote_signed_in_the_next_paragraph_is_its_signers() -> None:
    text = (
        "The debate turned to taxes.\n\n"
        '"Big companies pay almost nothing in taxes, and that has to end."\n\n'
        "- Martin Kessler.\n\n"
        "That claim leaves out the credits most firms can take."
    )
    assert speakers(text) == ["Martin Kessler"]
    signed = (
        "Some reactions from the hall.\n\n"
        '"She is ready to lead this country from the first day."\n\n'
        "-Paula Grant, Leeds.\n\n"
        '"We have heard all this before and nothing changed."\n\n'
        "— Senator Tom Ridley, speaking after the vote."
    )
    assert speakers(signed) == ["Paula Grant", "Tom Ridley"]


def test_a_dash_paragraph_that_goes_on_is_no_signature() -> None:
    text = (
        '"Big companies pay almost nothing in taxes, and that has to end."\n\n'
        "- Martin Kessler said the figure came from a study he had read."
    )
    assert speakers(text) == [None]


def test_a_name_between_a_dash_and_a_colon_introduces_the_quotation() -> None:
    text = (
        "POLLS MISSED THE LATE SWING - Dana Whitcombe: "
        '"Most of the surveys stopped calling voters a week before the caucus."'
    )
    assert speakers(text) == ["Dana Whitcombe"]


def test_an_inverted_cue_before_a_name_and_colon_is_the_names() -> None:
    text = (
        "Lorna Fitch said turnout had been poor.\n\n"
        'Continued Fitch: "So I think the party has a real problem with young voters."'
    )
    assert speakers(text) == ["Lorna Fitch"]


def test_according_to_a_document_filed_by_someone_is_theirs() -> None:
    text = (
        "Hannah Cole was questioned on Tuesday.\n\n"
        '"The evidence cannot prove every element of the offence," according to a court '
        "document filed by prosecutor Daniel Osei."
    )
    assert speakers(text) == ["Daniel Osei"]


def test_a_statement_issued_before_a_colon_paragraph_is_the_issuers() -> None:
    text = (
        "After the attack, Senator Maria Lund issued the following statement:\n\n"
        '"Our thoughts are with everyone affected by this senseless violence."'
    )
    assert speakers(text) == ["Maria Lund"]


def test_the_one_quoted_as_saying_speaks_not_the_paper() -> None:
    assert speakers(
        'The newspaper Die Welt quoted Karl Poehl as saying, "We will not cut rates again."'
    ) == ["Karl Poehl"]
    assert speakers('"This is a disgrace," the BBC reported Labour MP Diane Abbott as saying.') == [
        "Diane Abbott"
    ]
    assert speakers(
        "Karl Poehl spoke in Frankfurt on Monday. The agency quoted him as saying "
        '"the deal is dead for now."'
    ) == ["Karl Poehl"]


def test_a_cue_reporting_what_someone_wants_does_not_take_the_quotation_before() -> None:
    assert speakers(
        "CHICAGO, Dec 4 - In appealing for the inquiry, Attorney General Ann Lee asserted "
        'that "trust in the city police is broken." Presidential candidate Jane Roe said '
        "Wednesday she, too, wants an inquiry."
    ) == ["Ann Lee"]


def test_a_description_interrupting_a_quotation_speaks_both_parts() -> None:
    assert speakers(
        "WASHINGTON, March 2 - Senator Nora Quill called the airline's hiring poor.\n\n"
        '"It strikes me odd," said the senator, "that so few of the pilots are black."'
    ) == ["Nora Quill", "Nora Quill"]
