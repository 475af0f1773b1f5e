"""Dates coarser than a day ("1987", "the first quarter", "this week") are never a day.

Sorted on their first day they were counted as that day: `mentions:1987-01-01`
found every article saying "1987" and a Monday's heading held every "this week".
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsexplore.search import Library, UpdateSummary
from newsexplore.tui.widgets.activity_chart import charted

STORIES = {
    "year": "Profits rose in 1987, the company said.",
    "quarter": "Output fell in the first quarter, the company said.",
    "half": "Prices rose in the first half, it said.",
    "week": "Talks will resume this week, officials said.",
    "jan5": "The contract was signed on January 5, 1987.",
    "january": "Sales rose in January, the company said.",
    "march2": "The strike ended on March 2, the union said.",
    "jan1": "The law took effect on January 1, 1987.",
    "spill": "Talks will resume this week, officials said.",
}
"""One date each, in stories published on Wednesday 4 March 1987 (week 10), but for
"spill", published on 1 April 1987: its week began on Monday 30 March."""


@pytest.fixture(scope="module")
def wire(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = tmp_path_factory.mktemp("coarse")
    rows = [
        {
            "id": key,
            "title": key,
            "source": "Wire",
            "date": "1987-04-01" if key == "spill" else "1987-03-04",
            "text": text,
        }
        for key, text in STORIES.items()
    ]
    path = root / "wire.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows))
    library = Library([path], root / "index")
    steps = list(library.update())
    assert isinstance(steps[-1], UpdateSummary)
    return library


def found(library: Library, query: str) -> list[str]:
    results = library.search(query, limit=50)
    assert results.error is None, results.error
    return sorted(hit.article_id for hit in results.hits)


def test_a_day_is_found_by_that_day_only_not_by_its_year_or_quarter(wire: Library) -> None:
    assert found(wire, "mentions:1987-01-01") == ["jan1"]
    assert found(wire, "mentions:1987-03-02") == ["march2"]


def test_a_month_range_holds_its_days_and_the_month_not_the_year_or_quarter(
    wire: Library,
) -> None:
    assert found(wire, "mentions:[1987-01-01 TO 1987-01-31]") == ["jan1", "jan5", "january"]
    assert found(wire, "mentions:1987-01") == ["jan1", "jan5", "january"]


def test_a_year_holds_every_date_inside_it(wire: Library) -> None:
    assert found(wire, "mentions:1987") == sorted(STORIES)
    assert found(wire, "mentions:[1987-01-01 TO 1987-03-31]") == [
        "jan1",
        "jan5",
        "january",
        "march2",
        "quarter",  # not "spill": the week of Monday 30 March runs into April
        "week",
    ]


def test_a_week_value_is_a_mentions_query(wire: Library) -> None:
    assert found(wire, "mentions:1987-W10") == ["march2", "week"]


def test_by_day_a_week_and_a_month_are_headings_of_their_own(wire: Library) -> None:
    page = wire.timeline_page(start=0, before=0, after=50, grouping="day")
    counts = {group.value: group.count for group in page.groups}
    assert counts["1987-03-02"] == 1  # the strike, not "this week" as well
    assert counts["1987-W10"] == 1
    assert counts["1987-01-01"] == 1  # not the year, the quarter and the half
    assert counts["1987"] == 1 and counts["1987-Q1"] == 1 and counts["1987-H1"] == 1


def test_by_month_a_quarter_is_its_own_heading_and_a_week_is_in_its_month(
    wire: Library,
) -> None:
    page = wire.timeline_page(start=0, before=0, after=50, grouping="month")
    counts = {group.value: group.count for group in page.groups}
    assert counts["1987-01"] == 3  # the month and its two days
    assert counts["1987-Q1"] == 1 and counts["1987-H1"] == 1 and counts["1987"] == 1
    assert counts["1987-03"] == 2  # the strike's day and "this week"
    # the week of Monday 30 March runs into April: a heading of its own, after March
    assert counts["1987-W14"] == 1 and "1987-04" not in counts
    values = [group.value for group in page.groups]
    assert values.index("1987-W14") == values.index("1987-03") + 1


def test_a_week_running_into_the_next_month_is_in_no_months_range(wire: Library) -> None:
    """The month's heading, its bar, the list narrowed to it and `mentions:` agree, and
    leave out the week of 30 March to 5 April: a range holds a week by its days."""
    bars, level, _far = charted(wire.timeline_counts(), 12, trim=False)
    assert level == "month"
    assert {bar.low: bar.count for bar in bars}[19870300] == 2
    march = wire.timeline_page(
        start=0, after=10, date_from=dt.date(1987, 3, 1), date_to=dt.date(1987, 3, 31)
    )
    assert sum(group.count for group in march.groups) == 2
    assert "1987-W14" not in [group.value for group in march.groups]
    assert found(wire, "mentions:1987-03") == ["march2", "week"]
    assert found(wire, "mentions:[1987-03-01 TO 1987-03-31]") == ["march2", "week"]
    assert found(wire, "mentions:1987-04") == []
    assert found(wire, "mentions:[1987-03-25 TO 1987-04-05]") == ["spill"]
    days = wire.timeline_page(
        start=0, after=10, date_from=dt.date(1987, 3, 30), date_to=dt.date(1987, 3, 31)
    )
    assert [group.value for group in days.groups] == []  # no day holds a week


def test_a_day_bar_counts_and_narrows_to_that_day_only(wire: Library) -> None:
    days = wire.timeline_counts()
    bars, level, _far = charted(days, 200, trim=False)
    assert level == "day"
    assert {bar.low: bar.count for bar in bars}[19870302] == 1
    assert sum(bar.count for bar in bars) == 3  # three days; weeks and months have no day
    page = wire.timeline_page(
        start=0, after=10, date_from=dt.date(1987, 3, 2), date_to=dt.date(1987, 3, 2)
    )
    assert [group.value for group in page.groups] == ["1987-03-02"]


ERAS = {
    "nineties": ("2001-03-07", "Growth was slow in the 1990s, the bank said."),
    "y1990": ("2001-03-07", "The plant opened in 1990, the company said."),
    "march1990": ("2001-03-07", "The plant opened on March 3, 1990, the company said."),
    "century": ("2001-03-07", "It was the worst flood of the 20th century, officials said."),
    "winter": ("1987-03-04", "Prices will rise next winter, traders said."),
    "dec1987": ("1987-03-04", "The deal will close on December 10, 1987, traders said."),
}
"""Periods wider than a year ("the 1990s", "the 20th century") and a winter running from
December 1987 into 1988 ("next winter" in March 1987), beside dates inside a year."""


@pytest.fixture(scope="module")
def eras(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = tmp_path_factory.mktemp("eras")
    rows = [
        {"id": key, "title": key, "source": "Wire", "date": date, "text": text}
        for key, (date, text) in ERAS.items()
    ]
    path = root / "eras.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows))
    library = Library([path], root / "index")
    assert isinstance(list(library.update())[-1], UpdateSummary)
    return library


def headings(library: Library, grouping: str) -> list[tuple[str | None, int]]:
    page = library.timeline_page(start=0, before=0, after=50, grouping=grouping)  # type: ignore[arg-type]
    return [(group.value, group.count) for group in page.groups]


def test_by_year_a_decade_and_a_century_are_headings_of_their_own_before_their_first_year(
    eras: Library,
) -> None:
    """ "The 1990s" sorted at the head of 1990 and was counted as that year's."""
    assert headings(eras, "year") == [
        ("19", 1),
        ("1987", 1),
        ("1987-WI", 1),
        ("199", 1),
        ("1990", 2),
    ]


def test_by_day_a_decade_is_listed_before_its_first_year(eras: Library) -> None:
    values = [value for value, _count in headings(eras, "day")]
    assert values.index("199") == values.index("1990") - 1
    assert values.index("19") < values.index("1987-12-10")


def test_a_winter_running_into_the_next_year_is_listed_after_its_december(eras: Library) -> None:
    """Winter 1987 runs from December 1987 to February 1988: no date of 1987 alone."""
    values = [value for value, _count in headings(eras, "day")]
    assert values.index("1987-WI") == values.index("1987-12-10") + 1
    by_month = [value for value, _count in headings(eras, "month")]
    assert by_month.index("1987-WI") == by_month.index("1987-12") + 1


def test_a_year_heading_counts_the_articles_searching_its_days_finds(eras: Library) -> None:
    page = eras.timeline_page(start=0, before=0, after=50, grouping="year")
    years = [group for group in page.groups if group.value and len(group.value) == 4]
    assert years
    for group in years:
        query = f"mentions:[{group.value}-01-01 TO {group.value}-12-31]"
        assert len(found(eras, query)) == group.articles, query


def test_a_decade_or_century_as_the_timeline_names_it_is_a_mentions_query(
    eras: Library,
) -> None:
    nineties = ["march1990", "nineties", "y1990"]
    assert found(eras, "mentions:1990s") == nineties
    assert found(eras, "mentions:199") == nineties
    assert found(eras, 'mentions:"the 1990s"') == nineties
    assert found(eras, "mentions:1990's") == nineties
    assert found(eras, "mentions:1990’s") == nineties  # as a typographic quote writes it
    eighties_on = sorted(["dec1987", "winter", *nineties])  # winter 1987 ends in 1988
    assert found(eras, "mentions:[1980s TO 1990s]") == eighties_on
    century = sorted(["century", *eighties_on])
    assert found(eras, "mentions:19") == century
    assert found(eras, 'mentions:"20th century"') == century
    assert found(eras, 'mentions:"the 20th century"') == century
