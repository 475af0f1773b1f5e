"""`newsexplore timeline --around`: every kind of period the timeline writes, measured
where it lies, not where it sorts (a season sorts at the head of its year)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from newsexplore.search import Library, default_index_dir, value_span
from newsexplore.tui.periods import coarse_period_name
from tests.cli_support import run

MILL = """Title: The mill
Date: 1987-03-05

The mill closed on 2 March 1987. Its owners will meet this weekend. They said output fell in
the first quarter of 1987 and in the first half of 1987. They met last week. Work will resume
in the summer of 1987 and end in the third quarter of 1987, and the site will be sold in
the winter of 1987. The mill was built in the 1950s and extended in the 19th century. A
buyer is expected in November 1987. The lease ends in 1988.
"""

KINDS = {
    "18": "century",
    "195": "decade",
    "1987-H1": "half",
    "1987-Q1": "quarter",
    "1987-Q3": "quarter",
    "1987-SU": "season",
    "1987-WI": "season",
    "1987-W09": "week",
    "1987-03-02": "day",
    "1987-W10-WE": "weekend",
    "1987-11": "month",
    "1988": "year",
}
"""The values the mill's dates resolve to: one of every kind of period."""


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("mill")
    (root / "corpus").mkdir()
    (root / "corpus" / "mill.txt").write_text(MILL, encoding="utf-8")
    return ["--index-dir", str(root / "index"), "--corpus", str(root / "corpus")]


def _values(capsys, where: list[str], *args: str) -> list[str]:
    command = ["timeline", "--dates", "mentioned", "--format", "csv", *args, *where]
    code, out, err = run(command, capsys)
    assert code == 0, err
    return [row["value"] for row in csv.DictReader(io.StringIO(out))]


def test_the_mill_holds_a_date_of_every_kind(capsys, mill: list[str]) -> None:
    assert sorted(_values(capsys, mill)) == sorted(KINDS)


@pytest.mark.parametrize("asked", [*KINDS, "1987-06-01", "1987-01-15", "1987-12-15"])
def test_around_without_a_limit_lists_every_date_starting_from_it_on(
    capsys, mill: list[str], asked: str
) -> None:
    """ "Every dated entry from that date on", in timeline order: a season, quarter or
    half was kept or dropped by where it sorts, at the head of its year, so around 2 March
    1987 "the summer of 1987" was missing, and around the summer every day of 1987 was
    listed from January on."""
    first = _first_day(asked)
    everything = _values(capsys, mill)
    expected = [value for value in everything if _first_day(value) >= first]
    assert _values(capsys, mill, "--around", asked) == expected


@pytest.mark.parametrize(
    ("asked", "nearest"),
    [
        ("1987-07-15", "1987-Q3"),  # began a fortnight before, the summer six weeks before
        ("1987-06-10", "1987-SU"),  # the summer began nine days before
        ("1987-05-20", "1987-SU"),  # twelve days on; 2 March is eleven weeks back
        ("1987-12-05", "1987-WI"),  # under way since 1 December; November ended 5 days back
        ("1987-12-20", "1988"),  # twelve days on; the winter began 19 days back
        ("1987-W10-WE", "1987-W10-WE"),  # the weekend value the timeline writes, typed back
        ("1990", "1988"),  # a year on from the last day of 1988
    ],
)
def test_around_with_a_limit_gives_the_date_nearest_where_it_lies(
    capsys, mill: list[str], asked: str, nearest: str
) -> None:
    assert _values(capsys, mill, "--around", asked, "--limit", "1") == [nearest]


def test_around_by_period_without_a_limit_lists_the_periods_from_the_date_on(
    capsys, mill: list[str]
) -> None:
    """Grouped, the same dates as listed one by one: around 1 June the summer and what
    follows, not the March they landed near."""
    code, out, err = run(
        ["timeline", "--dates", "mentioned", "--around", "1987-06-01", "--group", "month", *mill],
        capsys,
    )
    assert code == 0, err
    periods = [json.loads(line)["period"] for line in out.splitlines()]
    assert periods == ["1987-SU", "1987-Q3", "1987-11", "1987-WI", "1988"]


def test_a_date_range_holds_a_season_lying_inside_it(capsys, mill: list[str]) -> None:
    assert _values(capsys, mill, "--from", "1987-06", "--to", "1987-09") == [
        "1987-SU",
        "1987-Q3",
    ]  # as they start
    assert _values(capsys, mill, "--from", "1987-12", "--to", "1988-02") == ["1987-WI"]


@pytest.mark.parametrize("asked", [*KINDS, "1990", "1986-06-01", "1987-07-15", "1987-12-20"])
def test_the_app_lands_where_around_finds_the_nearest(tmp_path: Path, asked: str) -> None:
    """The app's jump and `--around` told two nearest dates: around 1990 the app
    landed on the week of 2 February 1987, the command line on 6 February."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mill.txt").write_text(MILL, encoding="utf-8")
    (corpus / "feb.txt").write_text(
        "Title: Talks\nDate: 1987-02-10\n\nTalks were held last week, and again on 6 February.\n",
        encoding="utf-8",
    )
    library = Library([corpus], tmp_path / "index")
    for _ in library.update():
        pass
    page = library.timeline_page(around=asked, before=4, after=12, grouping="day")
    landed = page.groups[page.anchor].value
    listed = library.timeline_events(around=asked, limit=1, dates="mentioned")
    assert [e.value for e in listed] == [landed]


def _first_day(value: str) -> dt.date:
    span = value_span(value)
    assert span is not None, value
    return span[0]


@pytest.mark.parametrize(
    ("grouping", "asked", "limit", "nearest"),
    [
        ("day", "1987-07-15", 2, ["1987-H1", "1987-Q3"]),  # not the first quarter, ended in March
        ("day", "1987-07-15", 3, ["1987-H1", "1987-SU", "1987-Q3"]),  # June before July
        ("day", "1987-12-20", 3, ["1987-11", "1987-WI", "1988"]),  # three asked, three listed
        ("day", "1990", 3, ["1987-11", "1987-WI", "1988"]),
        # by month the week of 23 February, running into March, is a heading of its own
        ("month", "1987-03-30", 2, ["1987-W09", "1987-03"]),
        # by year the winter running into 1988 is its own heading, starting in December
        ("year", "1987-07-15", 2, ["1987", "1987-WI"]),  # not the 1950s
    ],
)
def test_around_by_period_with_a_limit_gives_the_periods_nearest_the_date(
    capsys, mill: list[str], grouping: str, asked: str, limit: int, nearest: list[str]
) -> None:
    """The N periods nearest the date, measured as `--limit` measures single dates, in
    date order: a run of periods starting half a page before the date listed the first
    quarter around 15 July and fewer periods than asked near the end of the timeline.
    Date order is by where a period starts: the first half of 1987 before July,
    though the list puts it at the head of 1987."""
    args = ["--around", asked, "--group", grouping, "--limit", str(limit), "--format", "csv"]
    code, out, err = run(["timeline", "--dates", "mentioned", *args, *mill], capsys)
    assert code == 0, err
    assert [row["period"] for row in csv.DictReader(io.StringIO(out))] == nearest


@pytest.mark.parametrize("grouping", ["day", "month", "year"])
@pytest.mark.parametrize("asked", ["1987-03-30", "1987-07-15", "1987-12-20", "1990", "1950"])
def test_the_nearest_period_is_the_one_the_app_lands_on(
    capsys, mill: list[str], grouping: str, asked: str
) -> None:
    """`--group G --limit 1` names the heading the app's `d` lands on in that grouping."""
    args = ["--around", asked, "--group", grouping, "--limit", "1", "--format", "csv"]
    code, out, err = run(["timeline", "--dates", "mentioned", *args, *mill], capsys)
    assert code == 0, err
    corpus = [Path(mill[-1])]
    library = Library(corpus, default_index_dir(corpus, Path(mill[1])))
    page = library.timeline_page(around=asked, before=4, after=12, grouping=grouping)
    landed = page.groups[page.anchor].value
    named = coarse_period_name(landed) or landed  # "195" is written "1950s"
    assert [row["period"] for row in csv.DictReader(io.StringIO(out))] == [named]


AUTUMN = """Title: The campaign
Date: 2016-06-20

The campaign will run through the second half of 2016. The party expects a hard fall of
2016 and a cold winter of 2016. Its conference is set for October 2016, and the platform
is due in July 2016.
"""


@pytest.fixture(scope="module")
def campaign(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    root = tmp_path_factory.mktemp("campaign")
    (root / "corpus").mkdir()
    (root / "corpus" / "campaign.txt").write_text(AUTUMN, encoding="utf-8")
    return ["--index-dir", str(root / "index"), "--corpus", str(root / "corpus")], root


@pytest.mark.parametrize(
    ("asked", "first"),
    [("Q4 2016", ["2016-10", "2016-WI"]), ("H2 2016", ["2016-H2", "2016-07", "2016-FA"])],
)
def test_around_a_period_lists_the_earliest_date_starting_in_it_first(
    capsys, campaign: tuple[list[str], Path], asked: str, first: list[str]
) -> None:
    """Around the fourth quarter of 2016 the winter (from 1 December) came before
    October, and around the second half no July at all: a season sorts at the head of
    its year, and the earlier on a tie was the earlier in the list, not in time."""
    where, _root = campaign
    assert sorted(_values(capsys, where)) == sorted(
        ["2016-H2", "2016-FA", "2016-WI", "2016-10", "2016-07"]
    )
    assert _values(capsys, where, "--around", asked, "--limit", str(len(first))) == first


@pytest.mark.parametrize("asked", ["2016-Q4", "2016-H2"])
def test_the_app_lands_on_the_earliest_date_starting_in_the_period(
    campaign: tuple[list[str], Path], asked: str
) -> None:
    where, root = campaign
    library = Library([root / "corpus"], root / "index")
    for _ in library.update():
        pass
    page = library.timeline_page(around=asked, before=4, after=12, grouping="day")
    listed = library.timeline_events(around=asked, limit=1, dates="mentioned")
    assert page.groups[page.anchor].value == listed[0].value
    assert listed[0].value == {"2016-Q4": "2016-10", "2016-H2": "2016-H2"}[asked]
    groups = library.timeline_groups_near(asked, 2, grouping="day")
    assert groups[0].value == listed[0].value
