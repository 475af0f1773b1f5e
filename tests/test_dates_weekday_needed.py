"""A participle that qualifies the noun before it ("the boost needed for a strong
performance Tuesday", "the money raised for Saturday's gala") tells no tense: the weekday
takes the tense of the clause's own verb ("will give him the boost needed ..." looks ahead)."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MONDAY = dt.date(2016, 2, 8)


def value_of(text: str, expression: str, day: dt.date = MONDAY) -> str | None:
    article = Article(id="t", title="", text=text, date=day)
    return [e.value for e in extract_events(article) if e.expression == expression][-1]


def test_a_weekday_after_a_participle_of_a_noun_takes_the_clauses_tense() -> None:
    text = (
        "The governor hopes the endorsement will give him the boost needed for a strong"
        " showing Tuesday."
    )
    assert value_of(text, "Tuesday") == "2016-02-09"


def test_a_past_verb_after_its_subject_still_tells_the_past() -> None:
    text = "The governor needed for once a strong showing Tuesday, and he did not get it."
    assert value_of(text, "Tuesday") == "2016-02-02"
    text = "The campaign raised for the first time 2 million dollars Tuesday."
    assert value_of(text, "Tuesday") == "2016-02-02"
