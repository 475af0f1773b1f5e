"""A speaker the story describes rather than names: "the company", "the diplomat".

Business news names a firm once and then lets "the company" speak for it; any
noun can describe an unnamed source. The description is the cue's subject even
when its noun is no title the extractor knows, and "the company" is the firm the
story is about, never a firm only mentioned in passing.
"""

from __future__ import annotations

from tests.quote_support import only


def test_the_company_speaks_for_the_firm_that_made_the_news() -> None:
    quote = only(
        "Acme Corp said it sold its chemicals unit to Beta Inc for 40 mln dlrs.\n\n"
        '"The sale lets us focus on our core business," the company said.'
    )
    assert (quote.speaker, quote.speaker_kind) == ("Acme Corp", "organisation")
    assert (quote.mention, quote.evidence) == ("the company", "description")


def test_the_company_after_a_results_sentence() -> None:
    quote = only(
        "Acme Corp posted higher profits in the first quarter.\n\n"
        '"We expect the second quarter to be strong as well," the company said.'
    )
    assert quote.speaker == "Acme Corp"


def test_the_company_is_the_firm_that_spoke_not_the_one_it_buys() -> None:
    quote = only(
        "Acme Corp said it agreed to buy Beta Inc. Beta makes valves in Ohio.\n\n"
        '"The deal is good for our shareholders," the company said.'
    )
    assert quote.speaker == "Acme Corp"


def test_the_company_with_no_firm_named_stays_a_description() -> None:
    quote = only(
        "Prime Minister Jane Doyle visited the plant on Monday.\n\n"
        '"We are proud to build the turbines here," the company said.'
    )
    assert (quote.speaker, quote.mention) == (None, "the company")


def test_a_company_that_is_not_the_one_named_stays_unnamed() -> None:
    quote = only(
        "Acme Corp lost a contract this week.\n\n"
        '"They were simply too expensive for us," a company said.'
    )
    assert quote.speaker is None


def test_a_describing_noun_outside_the_known_titles_is_still_the_speaker() -> None:
    for text, mention in [
        (
            'Oil rose. "It will be back on the table again and again," the diplomat said.',
            "the diplomat",
        ),
        ('Oil rose. "Layoffs could reach 2,000 this year," said the diplomat.', "the diplomat"),
        (
            'A Japanese refiner said, "We will have a hard time surviving this year."',
            "A Japanese refiner",
        ),
    ]:
        quote = only(text)
        assert (quote.speaker, quote.mention, quote.cue) == (None, mention, "said"), text


def test_the_automaker_is_the_car_firm_named_before() -> None:
    quote = only(
        "General Motors Corp said it would cut output at two plants.\n\n"
        '"Layoffs could reach 2,000 this year," the automaker said.'
    )
    assert quote.speaker == "General Motors Corp"


def test_a_report_of_a_body_speaks_for_the_body() -> None:
    quote = only(
        'The OECD outlook said, "Continued large surpluses could put pressure on the yen."'
    )
    assert quote.speaker == "OECD"


def test_an_outlet_quoting_him_as_saying_gives_his_words_not_the_outlets() -> None:
    for outlet in ("the newspaper", "the radio"):
        quote = only(
            "Admiral Reza Malek said the fleet was ready to act.\n\n"
            f'"Our ships keep to the open seas and to the rules," {outlet} quoted him as saying.'
        )
        assert (quote.speaker, quote.mention) == ("Reza Malek", "him"), outlet


def test_the_partnership_is_the_firm_that_filed() -> None:
    quote = only(
        "Harbor Co, a New York investment partnership, told regulators it bought a stake "
        "in Delta Corp.\n\n"
        'The partnership said it bought the shares as "an attractive investment for us."'
    )
    assert quote.speaker == "Harbor Co"


def test_a_description_with_two_adjectives_set_apart_by_a_comma_is_the_speaker() -> None:
    """A comma between two adjectives cut the description: the cue found no subject
    before it and took the outlet after "interview with" as the speaker, named and
    sure; or it kept only the words after the comma."""
    for said, mention in [
        ("the bespectacled, 71-year-old diplomat said", "the bespectacled, 71-year-old diplomat"),
        ("the tall, gray-haired senator said", "the tall, gray-haired senator"),
    ]:
        quote = only(
            "Talks on the climate accord resumed on Monday.\n\n"
            f'"We made climate change the top priority," {said} in a wide-ranging '
            "interview with The Washington Post."
        )
        assert quote.mention == mention
        assert quote.speaker != "Washington Post"


def test_an_outlet_after_a_cue_and_a_preposition_is_never_the_speaker() -> None:
    quote = only(
        "Talks on the climate accord resumed on Monday.\n\n"
        '"We made climate change the top priority," the bespectacled and very '
        "old diplomat said in a wide-ranging interview with The Washington Post."
    )
    assert quote.speaker != "Washington Post"


def test_a_plural_noun_before_a_comma_is_not_taken_for_an_adjective() -> None:
    quote = only(
        "An economist predicted the dollar would fall.\n\n"
        'The forecasts, Dornbush added, are for "a steady deterioration from now on."'
    )
    assert not (quote.mention or "").lower().startswith("the forecasts")
