"""People and companies told apart by how the story writes them: a given name before a
word firms also end in is a person; a country written before a surname in "In the
U.S. Silas said" is not part of his name."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_a_given_name_before_mills_is_a_person() -> None:
    text = (
        "HONG KONG, March 3 - Industry wants help from the government.\n\n"
        '"This is perceived to be an area of development," said Lawrence Mills, '
        "director-general of the Federation of Hong Kong Industries."
    )
    q = quotes_of(text)[0]
    assert (q.speaker, q.speaker_kind) == ("Lawrence Mills", "person")


def test_a_country_before_a_surname_is_not_part_of_the_name() -> None:
    text = (
        'HOUSTON, March 3 - Phillips Petroleum Co will cut its debt, C.J. "Pete" Silas, '
        "chairman, told Reuters.\n\nSilas said Phillips hopes to reach its goal.\n\n"
        'In the U.S. Silas said the field will start. "We expect to start up the first '
        'platform then," Silas said.'
    )
    q = quotes_of(text)[-1]
    assert (q.speaker, q.speaker_kind) == ("Silas", "person")


def test_a_name_set_off_after_a_magazine_is_the_magazine() -> None:
    text = (
        "SAO PAULO, March 3 - The crisis deepened.\n\n"
        "One of Sao Paulo's leading news magazines, Senhor, said in an editorial this "
        'week: "The government has failed to act on the debt."'
    )
    q = quotes_of(text)[0]
    assert (q.speaker, q.speaker_kind) == ("Senhor", "organisation")


def test_a_name_after_an_interview_with_a_paper_is_still_a_person() -> None:
    text = (
        "BONN, March 3 - Economics Minister Martin Bangemann spoke on Monday.\n\n"
        'In an interview with the newspaper, Bangemann said "growth will be weak this '
        'year."'
    )
    q = quotes_of(text)[0]
    assert (q.speaker, q.speaker_kind) == ("Martin Bangemann", "person")


def test_what_a_report_is_in_is_a_publication() -> None:
    text = (
        "WASHINGTON, March 3 - Poindexter will testify.\n\n"
        "The report in Time quoted unnamed friends of Poindexter as saying he felt he was "
        'following orders.\n\n"Indeed, he is likely to testify on at least two occasions," '
        "Time said."
    )
    q = quotes_of(text)[-1]
    assert (q.speaker, q.speaker_kind) == ("Time", "organisation")
