"""A job written before a name is the person's role, never the first word of their name."""

from __future__ import annotations

import pytest

from newsexplore.search.models import Article
from newsexplore.search.quotes.extract import extract_quotes


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            'Financier Carl Vandermolen said the bid "is far too low."',
            "Carl Vandermolen",
            "Financier",
        ),
        ('Filmmaker Jack Osterberg said the cut "is nearly done."', "Jack Osterberg", "Filmmaker"),
        (
            'Businessman Raul Ibarguen said the plant "will reopen in May."',
            "Raul Ibarguen",
            "Businessman",
        ),
        ('Alderman Susan Kolbeck said the plan "is a good start."', "Susan Kolbeck", "Alderman"),
        ('DJ Nora Halvorsen said the crowd "was the best in years."', "Nora Halvorsen", "DJ"),
    ],
)
def test_a_job_before_a_name_is_the_role(text: str, speaker: str, role: str) -> None:
    quotes = extract_quotes(Article(id="t", title="", text=text))
    assert [(q.speaker, q.roles) for q in quotes] == [(speaker, (role,))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('New Bristol Public Advocate Karen Caldwell said it "was a hard year."', "Karen Caldwell"),
        ('Pima County Recorder Helen Vasquez said the count "is nearly done."', "Helen Vasquez"),
        ('Dayton City Alderman Susan Kolbeck said the plan "is a good start."', "Susan Kolbeck"),
    ],
)
def test_an_office_with_its_place_before_a_given_name_is_no_part_of_the_name(
    text: str, speaker: str
) -> None:
    quotes = extract_quotes(Article(id="t", title="", text=text))
    assert [q.speaker for q in quotes] == [speaker]


def test_an_honorific_inside_a_run_opens_the_name() -> None:
    text = 'Baptist Rev. Alan Whitcombe said the town "lost a true friend this week."'
    quotes = extract_quotes(Article(id="t", title="", text=text))
    assert [q.speaker for q in quotes] == ["Alan Whitcombe"]


def test_editor_in_chief_is_a_title() -> None:
    text = 'Gazette Editor-in-Chief Martin Osterhaus said the paper "will not back down."'
    quotes = extract_quotes(Article(id="t", title="", text=text))
    assert [q.speaker for q in quotes] == ["Martin Osterhaus"]
