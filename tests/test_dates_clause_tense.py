"""A date inside a relative clause takes that clause's tense, not the main clause's."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MARCH = dt.date(1987, 3, 20)


def values(text: str, date: dt.date) -> dict[str, str | None]:
    article = Article(id="x", title="", text=text, date=date)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "was" after the clause is the main clause's; June is the plant's opening, ahead.
        ("He said the plant that will open in June was on schedule.", "1987-06"),
        ("The mine which will reopen in June is being flooded.", "1987-06"),
        # The clause's own past tells a June gone by, whatever the main verb says.
        ("The plan that was announced in June will take effect soon.", "1986-06"),
        # Controls: no relative clause, or one cut off by commas.
        ("He said the plant, which will open in June, was on schedule.", "1987-06"),
        ("He said that the plant will open in June.", "1987-06"),
        ("The output in June was higher, officials said.", "1986-06"),
    ],
)
def test_a_relative_clause_gives_its_date_its_own_tense(text: str, value: str) -> None:
    assert values(text, MARCH)["June"] == value


APRIL = dt.date(1987, 4, 14)


@pytest.mark.parametrize(
    "text",
    [
        "A general election in June is widely expected.",
        "An election in June was widely expected, analysts said.",
        "A rate cut in June is generally expected by dealers.",
    ],
)
def test_what_is_widely_expected_lies_ahead(text: str) -> None:
    assert values(text, APRIL)["June"] == "1987-06"


def test_what_someone_is_determined_to_do_lies_ahead() -> None:
    """A participle of resolve is no past tense: "a drive determined to defeat it before the
    end of the year", told in August, is of this year's end."""
    text = "There is a new drive in Syria, determined to defeat it before the end of the year."
    assert values(text, dt.date(2016, 8, 29))["the end of the year"] == "2016"


def test_a_month_an_editor_bracketed_before_its_noun_names_that_thing() -> None:
    """ "We are determined to stand firm by the (December) accord": the bracketed month names
    the accord, made the December gone by, whatever the tense of the quote."""
    text = '"We are determined to stand firm by the (December) accord," he said.'
    assert values(text, dt.date(1987, 3, 5))["December"] == "1986-12"


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        # A need told before the date looks ahead to it.
        (
            "After training on where they need to be caucusing Monday night, they set out.",
            dt.date(2024, 3, 3),
            "Monday night",
            "2024-03-04",
        ),
        (
            "Dealers said consumers still need to cover their May and June requirements but are holding out.",
            dt.date(1987, 4, 9),
            "June",
            "1987-06",
        ),
        # "The need to", a noun, and a need in a clause after the date, do not.
        (
            "Nothing in Wednesday's communique altered the view that the yen needs to rise.",
            dt.date(1987, 4, 9),
            "Wednesday",
            "1987-04-08",
        ),
    ],
)
def test_a_need_before_a_date_looks_ahead(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        # A sentence "by" and its date open tells what stood by then in its own tense.
        (
            '"By December, when we were looking down the road, California stood out," he said.',
            dt.date(2016, 6, 5),
            "December",
            "2015-12",
        ),
        (
            "But by Wednesday, the dollar climbed to more than 1.87 marks.",
            dt.date(1987, 3, 13),
            "Wednesday",
            "1987-03-11",
        ),
        # What is said of it looks ahead by its own verb, not by the saying.
        (
            "By the end of the year, he said, 90 pct of subscribers will be carried on fiber.",
            dt.date(1987, 3, 23),
            "the end of the year",
            "1987",
        ),
        (
            "By Monday, the company will have sold the unit.",
            dt.date(1987, 3, 13),
            "Monday",
            "1987-03-16",
        ),
    ],
)
def test_a_date_opening_its_sentence_after_by_takes_the_tense_after_it(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        # Told on a Tuesday: "by" runs the story up to its writing, which may go on into the
        # day after its date; the Wednesday is that day, not the one six days gone.
        (
            "By Wednesday afternoon, the White House cited doubts.",
            dt.date(2016, 1, 5),
            "2016-01-06",
        ),
        ("By Wednesday, the dollar had climbed back.", dt.date(2016, 1, 5), "2016-01-06"),
        # Any other day before the story's stays gone by, as in "But by Wednesday" above.
        (
            "By Monday morning, the grim, if now familiar, ritual had begun.",
            dt.date(2016, 6, 15),
            "2016-06-13",
        ),
        ("By Sunday morning, rival sites had posted videos.", dt.date(2015, 11, 16), "2015-11-15"),
        (
            "By Thursday afternoon, she had given three interviews.",
            dt.date(2016, 5, 26),
            "2016-05-26",
        ),
    ],
)
def test_a_weekday_opening_its_sentence_after_by_is_never_a_week_off(
    text: str, date: dt.date, value: str
) -> None:
    assert values(text, date)[text.split(",")[0].removeprefix("By ")] == value
