"""A term the story tells as over ("was head of research ... until January") ended on the
month gone by, however far back in the sentence its past verb stands."""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

MARCH = dt.date(1987, 3, 5)


def value_of(text: str, expression: str, day: dt.date = MARCH) -> str | None:
    article = Article(id="t", title="", text=text, date=day)
    return [e.value for e in extract_events(article) if e.expression == expression][-1]


def test_a_term_told_in_the_past_across_an_apposition_ended_on_the_month_gone_by() -> None:
    text = (
        "Sandaratne was head of research at the Central Bank of Ceylon, the nation's central"
        " bank, until January."
    )
    assert value_of(text, "January") == "1987-01"


def test_a_term_extended_or_told_ahead_still_runs_on() -> None:
    assert value_of("The ban was extended until January.", "January") == "1988-01"
    assert value_of("The plant, the group's largest, will stay shut until January.", "January") == (
        "1988-01"
    )


def test_a_term_given_or_cut_until_a_date_runs_on() -> None:
    day = dt.date(1987, 3, 16)
    text = (
        "The law, proposed by Norway's minority Labour government, gives domestic companies"
        " until late September to cut remaining trade ties."
    )
    assert value_of(text, "late September", day) == "1987-09"
    text = (
        "The exercise price of its warrants has been cut to 11 dlrs per share from 12 dlrs"
        " until September 17 and to 13 dlrs thereafter."
    )
    assert value_of(text, "September 17", day) == "1987-09-17"
