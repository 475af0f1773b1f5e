"""Who a later pronoun or short name means, when a report names several people and bodies."""

from __future__ import annotations

from tests.quote_support import only, quotes_of


def test_a_later_it_is_the_body_that_reported_not_the_one_reported_on() -> None:
    text = (
        "LONDON, May 4 - Copper producers criticised the sales.\n\n"
        "In its yearly review, the Northern Copper Miners Association said the Federal "
        "Supply Agency sold 400 tonnes of copper last year. "
        '"The agency has ignored the agreement it signed," it said.'
    )
    quote = only(text)
    assert quote.speaker == "Northern Copper Miners Association"
    assert quote.speaker_kind == "organisation"


def test_a_later_it_is_the_sentence_subject_when_no_one_reports() -> None:
    text = (
        "LONDON, May 4 - Copper producers criticised the sales.\n\n"
        "The Federal Supply Agency sold 400 tonnes of copper to Norcast Metals Ltd last year. "
        '"We kept to the agreement we signed," it said.'
    )
    assert only(text).speaker == "Federal Supply Agency"


def test_a_later_he_is_the_one_who_reported_not_the_one_reported_on() -> None:
    text = (
        "LONDON, May 4 - Rail workers walked out on Monday.\n\n"
        "Union leader John Harwood said Transport Minister Peter Collins had broken his "
        'word. "He has ignored the agreement he signed," he said.'
    )
    assert only(text).speaker == "John Harwood"


def test_a_surname_after_a_name_opening_with_but_is_that_person() -> None:
    text = (
        "NEW YORK, March 3 - Bonds rose.\n\nBut Dana Wolski of Harwich Securities Co Inc "
        'said the rise would not last. "The minutes are neutral for the market," Wolski said.'
    )
    assert only(text).speaker == "Dana Wolski"


def test_a_spanish_name_goes_on_by_its_first_surname() -> None:
    text = (
        "LA PAZ, March 3 - Miners went on strike.\n\nJorge Salinas Oquendo, the secretary "
        'general of the miners union, told reporters the strike would go on. "We will not '
        'give in," Salinas said.'
    )
    assert only(text).speaker == "Jorge Salinas Oquendo"


def test_a_second_given_name_is_no_surname() -> None:
    text = (
        "BOSTON, March 3 - Shares fell.\n\nJohn Paul Gorman, a trader, said prices were low. "
        '"Buyers will come back," Paul said.'
    )
    assert only(text).speaker != "John Paul Gorman"


def test_a_body_named_with_two_ofs_is_one_body_and_its_head_word_names_it() -> None:
    text = (
        "LONDON, May 4 - Tin producers criticised the sales.\n\nIn its yearly review, the "
        "Province of Ulvar Chamber of Mines said the agency sold 5,490 tonnes of tin. "
        '"The agency has lost sight of the pact," it said.\n\n'
        '"We will ask for talks," the Chamber said.'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Province of Ulvar Chamber of Mines"] * 2
