"""A day written with its weekday is never put in a year where the weekday is another.

"The hearing resumes on Tuesday, May 12." takes its year from outside the story (the
corpus's usual year, a reference) or from the tense against the story's date; 12 May 1986
was a Monday, so a year the weekday fits is taken, or none at all.
"""

from __future__ import annotations

import datetime as dt

from newsexplore.search.dates import extract_events
from newsexplore.search.models import Article, Period

UNDATED = (
    "The company was founded on June 2, 1950. The chairman said today that profits would "
    "rise next year. The hearing resumes on Tuesday, May 12."
)


def values(text: str, date: dt.date | None = None, **kw) -> dict[str, tuple[str | None, bool]]:
    article = Article(id="a", title="t", text=text, date=date)
    return {
        e.expression: (e.value, e.inferred)
        for e in extract_events(article, **kw)
        if e.kind == "mentioned"
    }


def test_the_usual_year_gives_way_to_the_nearest_year_the_weekday_fits() -> None:
    found = values(UNDATED, fallback_year=1986)
    assert found["Tuesday, May 12"] == ("1987-05-12", True)  # 1986-05-12 was a Monday
    assert found["June 2, 1950"] == ("1950-06-02", False)


def test_a_weekday_that_fits_the_usual_year_keeps_it() -> None:
    found = values("The hearing resumes on Monday, May 12.", fallback_year=1986)
    assert found["Monday, May 12"] == ("1986-05-12", True)


def test_a_reference_month_gives_way_to_a_year_the_weekday_fits() -> None:
    found = values(
        "The hearing resumes on Tuesday, May 12.",
        reference=Period(dt.date(1986, 3, 1), dt.date(1986, 3, 31)),
    )
    value = found["Tuesday, May 12"][0]
    assert value is None or dt.date.fromisoformat(value).weekday() == 1


def test_a_dated_story_looking_ahead_takes_the_year_the_weekday_fits() -> None:
    found = values("The hearing resumes on Tuesday, May 12.", dt.date(1986, 3, 1))
    assert found["Tuesday, May 12"] == ("1987-05-12", False)


def test_a_dated_story_looking_back_never_moves_the_day_past_its_date() -> None:
    # 12 May 1986 was a Monday, and the next Tuesday 12 May would lie ahead of the story.
    found = values("The hearing was held on Tuesday, May 12.", dt.date(1987, 1, 10))
    assert found["Tuesday, May 12"][0] is None


def test_a_weekday_and_day_a_few_days_from_the_story_is_that_day_whatever_the_tense() -> None:
    """ "The meeting on Thursday, June 11 was cancelled", told on Wednesday 10 June 1987:
    the tense put the day in the past, no year there has 11 June on a Thursday, and the
    date was dropped, though the day after the story is one the weekday names exactly."""
    found = values("The meeting on Thursday, June 11 was cancelled.", dt.date(1987, 6, 10))
    assert found["Thursday, June 11"] == ("1987-06-11", False)
    ahead = values("The meeting on Monday, June 8 will be held.", dt.date(1987, 6, 10))
    assert ahead["Monday, June 8"] == ("1987-06-08", False)
