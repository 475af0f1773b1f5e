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


def test_a_wife_named_in_full_is_not_the_mr_the_story_named_first() -> None:
    quotes = quotes_of(
        "President Obama is rolling out an appeal to black voters. "
        '"I will consider it a personal insult," Mr. Obama said on Saturday.\n\n'
        "The campaign plans to employ Mr. Obama and the first lady, Michelle Obama, "
        "in the final weeks.\n\n"
        '"My name may not be on the ballot, but our progress is," Mr. Obama said.'
    )
    assert [q.speaker for q in quotes] == ["Obama", "Obama"]


def test_mr_and_ms_of_a_couple_named_together_are_each_their_own() -> None:
    quotes = quotes_of(
        "The confrontation between the parents, Khizr and Ghazala Khan, and Mr. Trump "
        "has dominated the week.\n\n"
        '"I implore my fellow Americans to reject his politics," Mr. Khan said on Sunday.\n\n'
        "Ms. Khan said she had not spoken because she could not remain composed while "
        "talking about her son, Humayun Khan.\n\n"
        '"I am a Gold Star mother," Ms. Khan wrote.'
    )
    assert [q.speaker for q in quotes] == ["Khizr Khan", "Ghazala Khan"]
