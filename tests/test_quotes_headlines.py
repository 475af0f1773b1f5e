"""A headline run into the story's text names no one: its capitals are the headline's."""

from __future__ import annotations

from newsexplore.search.models import Article, Quote
from newsexplore.search.quotes.extract import extract_quotes


def titled(title: str, body: str) -> list[Quote]:
    text = f"{title}.\n\n{body}"
    return extract_quotes(Article(id="t", title=title, text=text))


def test_a_word_before_a_surname_in_a_headline_is_no_given_name() -> None:
    quotes = titled(
        "Understated Perez raises political profile",
        "Labor Secretary Thomas Perez stopped writing his speech and moved to the back.\n\n"
        'Perez was blunt about the nominee. "Donald Trump is a fraud," Perez said.',
    )
    assert [q.speaker for q in quotes] == ["Thomas Perez"]


def test_a_headline_phrase_before_a_full_name_is_no_part_of_it() -> None:
    quotes = titled(
        "Benghazi Widow Dorothy Woods Defends Trump Amid Controversies",
        "Dorothy Woods, whose husband died in Benghazi, spoke on Tuesday.\n\n"
        '"He has shown more respect to our family than anyone," Woods said.',
    )
    assert [q.speaker for q in quotes] == ["Dorothy Woods"]


def test_a_headline_over_two_lines_names_no_one() -> None:
    title = "U.S. presses for truce in Syria; Obama and Putin fail to agree"
    text = (
        "U.S. presses for truce in Syria;\nObama and Putin fail to agree.\n\n"
        "President Obama met the Russian leader on Monday.\n\n"
        '"We have not yet closed the gaps," Obama said.'
    )
    quotes = extract_quotes(Article(id="t", title=title, text=text))
    assert [q.speaker for q in quotes] == ["Obama"]


def test_a_headline_closing_on_a_quotation_names_no_one() -> None:
    title = "Gold Star Mom Corners Obama On His Refusal To Use The Words ‘Islamic Terrorist’"
    text = (
        "Gold Star Mom Corners Obama On His Refusal To Use The Words ‘Islamic Terrorist.’\n\n"
        "President Obama took questions from service members on Wednesday.\n\n"
        "“We have to be careful about the words we use,” Obama said."
    )
    quotes = extract_quotes(Article(id="t", title=title, text=text))
    assert [q.speaker for q in quotes] == ["Obama"]


def test_a_numbered_heading_of_a_list_names_no_one() -> None:
    title = "Nine Things Gardeners Said This Year"
    text = (
        "Nine Things Gardeners Said This Year.\n\n"
        "Gardeners had plenty to say this year.\n\n"
        "4\nNina Castell Asked Women Everywhere To “Grow Wild.”\n\n"
        "Growers laughed after Nina Castell explained why she had stopped raking. "
        "The grower posted a note: “Worms do the work for free,” she wrote."
    )
    quotes = extract_quotes(Article(id="t", title=title, text=text))
    assert [q.speaker for q in quotes if q.text.startswith("Worms")] == ["Nina Castell"]
