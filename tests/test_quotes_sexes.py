"""Mr., Ms. and he or she never mean a person of the other sex the story names."""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_whose_husband_says_nothing_of_her_own_sex() -> None:
    quotes = quotes_of(
        "Dorothy Woods, whose husband, Navy SEAL Ty Woods, was killed in the attack, "
        "spoke to a radio host on Thursday.\n\n"
        "Woods said she did not believe the family should be immune from criticism. "
        '"I would never want to wish that status on anyone," she told the host.'
    )
    assert [q.speaker for q in quotes] == ["Dorothy Woods"]
