"""A place or a firm beside a speaker's name is where they are from or work, never who spoke."""

from __future__ import annotations

from newsexplore.search.models import Article
from newsexplore.search.quotes.extract import extract_quotes
from tests.quote_support import quotes_of


def test_a_town_before_the_investor_is_not_the_investor() -> None:
    quotes = quotes_of(
        "WASHINGTON, March 9 - Carl Lindner, a financier, told the SEC he had discussed "
        "control of the company.\n\n"
        "Lindner, the Cincinnati, Ohio, investor who controls American Financial Corp, "
        'said his talks were aimed at "achieving an increased ownership position" in it.'
    )
    assert [q.speaker for q in quotes] == ["Carl Lindner"]


def test_a_bank_owning_a_surname_is_not_the_speaker() -> None:
    quotes = quotes_of(
        "HONG KONG, April 3 - Japanese banks are welcome here.\n\n"
        '"Hong Kong authorities welcome Japanese banks," said Haruo Kimura, assistant '
        "general manager of the Bank of Tokyo.\n\n"
        '"As their clients become more international, they have to keep up," said '
        "Yutaka Toda, Dai-Ichi Kangyo Bank's general manager here.\n\n"
        '"We can have access to local traders and clients here," said Bank of Tokyo\'s Kimura.'
    )
    assert [q.speaker for q in quotes] == ["Haruo Kimura", "Yutaka Toda", "Haruo Kimura"]


def test_a_state_whose_law_is_meant_is_no_source() -> None:
    quotes = quotes_of(
        "Texaco filed a motion on Monday.\n\n"
        'The court was asked whether "an agreement in principle is a binding contract" '
        "according to New York law."
    )
    assert [q.speaker for q in quotes] == [None]


def test_a_dateline_under_a_headline_is_not_the_speaker() -> None:
    title = "Clinton camp says Trump threatens national security"
    text = (
        f"{title}.\n\nWASHINGTON, Dec. 8 (UPI) — In response to the proposal, "
        "Hillary Clinton's right-hand woman rallied supporters, saying: "
        "“We have to be ready to stop him.”"
    )
    quotes = extract_quotes(Article(id="t", title=title, text=text))
    assert [q.speaker for q in quotes] != ["WASHINGTON"]
    assert len(quotes) == 1


def test_a_person_of_a_bodys_division_is_still_the_person() -> None:
    quotes = quotes_of(
        "TOKYO, March 13 - A Foreign Ministry official dismissed the arguments.\n\n"
        '"They appear to be linking completely unrelated issues," Shuichi Takemoto of the '
        "Foreign Ministry's North American Division told Reuters."
    )
    assert [q.speaker for q in quotes] == ["Shuichi Takemoto"]


def test_a_town_in_the_next_sentences_opening_does_not_speak() -> None:
    quotes = quotes_of(
        'Carly Fiorina calls herself a "change warrior" who "saved the company." Last '
        "year, at a human-resources conference in Washington, she said that "
        '"people who drive change get a lot of arrows in the back."'
    )
    assert "Washington" not in [q.speaker for q in quotes]
