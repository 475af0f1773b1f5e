""" "He" and "she" stand for one person: never for a crowd ("New Yorkers"), a plural
noun or a group written as an acronym ("ISIS"), however recently one was the subject."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_she_after_a_crowd_of_voters_is_the_woman_named_before() -> None:
    text = (
        "Her husband's advisers say little about the future. But his wife, Jane, spoke "
        "to a local paper just before New Yorkers went to the polls.\n\n"
        '"If he wins, he wants to keep this movement going," she said.'
    )
    q = quotes_of(text)[-1]
    assert q.speaker == "Jane"


def test_she_is_not_a_group_written_in_capitals() -> None:
    text = (
        "Sarah Lott wrote to her followers on Monday about the threat.\n\n"
        '"Isis declares death on a lot of people and will burn for it," wrote Pete Hidalgo.'
        "\n\nISIS said in a statement that disabled children must die.\n\n"
        "Lott's posts about ISIS include one last week saying the danger had been "
        'understated.\n\n"We will not be afraid of them," she posted.'
    )
    q = quotes_of(text)[-1]
    assert q.speaker == "Sarah Lott"
