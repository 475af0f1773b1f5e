"""What each inferred (≈) date was counted from, so a reader can judge it.

An undated story's "yesterday" may count from the day given for the run, from a
folder's `newsexplore.cfg`, from a date the story itself tells, or take the
corpus's usual year: each is kept with the date, and said the same way by the
command line and the app.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from newsexplore.search import (
    Citation,
    Library,
    UpdateSummary,
    cite_markdown,
    cite_plain,
    counted_from_text,
    dates_counted_from,
    event_target,
)
from newsexplore.search.dates import extract_events
from newsexplore.search.models import Article, Event, Period

FILLER = (
    "Ministers then spoke at length about the dispute, and the talks went on with little "
    "progress. Their aides met the press and said nothing of note. Observers were not "
    "surprised by any of it. "
)
STORY = (
    f"Talks began on March 3, 1987 in Geneva. {FILLER}The next quarter the pact was dead. "
    "Yesterday the board met. On April 7 it will vote."
)


def counted(text: str, date: dt.date | None = None, **kw) -> dict[str, tuple[str, str, str]]:
    article = Article(id="a", title="t", text=text, date=date)
    return {
        e.expression: (e.counted_from, e.counted_date, e.counted_where)
        for e in extract_events(article, **kw)
        if e.inferred
    }


def test_without_a_reference_a_date_told_from_the_story_names_that_date_and_where_it_is() -> None:
    found = counted(STORY, fallback_year=1990)
    start = STORY.index("March 3, 1987")
    assert found["The next quarter"] == ("own-date", "1987-03-03", f"{start}-{start + 13}")
    assert found["April 7"] == ("usual-year", "1990", "")
    assert "Yesterday" not in found  # not inferred: left unresolved


def test_against_a_reference_date_the_words_of_the_day_of_writing_count_from_it() -> None:
    found = counted(STORY, fallback_year=1990, reference=dt.date(2024, 5, 1))
    assert found["Yesterday"] == ("reference", "2024-05-01", "")
    assert found["April 7"] == ("reference", "2024-05-01", "")
    # told from the story's own date, whatever day of writing is given
    start = STORY.index("March 3, 1987")
    assert found["The next quarter"] == ("own-date", "1987-03-03", f"{start}-{start + 13}")


def test_against_a_reference_a_period_the_story_dates_itself_is_counted_from_its_own_dates() -> (
    None
):
    text = (
        "Year-to-date car sales declined 62 pct to 4,922 from 12,861 cars in the comparable "
        "period of 1986, the automaker said."
    )
    found = counted(text, reference=dt.date(1987, 3, 15))
    assert found["the comparable period"] == ("own-date", "", "")
    found = counted(f"{text} Sales fell last year.", reference=dt.date(1987, 3, 15))
    assert found["last year"] == ("reference", "1987-03-15", "")


def test_against_a_reference_month_its_month_is_what_they_count_from() -> None:
    found = counted(
        "Last year the board met. Next month it will meet again.", reference=Period.read("1987-03")
    )
    assert set(found.values()) == {("reference", "1987-03", "")}


def test_a_fiscal_quarter_is_inferred_for_its_months_not_counted_from_a_date() -> None:
    text = "Results for the fiscal first quarter ended December 31, 1986 were weak."
    found = counted(text, dt.date(1987, 2, 1))
    assert [kind for kind, _date, _where in found.values()] == ["fiscal"]


def test_a_date_not_inferred_says_nothing_of_where_it_came_from() -> None:
    article = Article(id="a", title="t", text=STORY, date=dt.date(1987, 3, 20))
    assert {e.counted_from for e in extract_events(article)} == {""}


def event(kind: str, date: str = "", where: str = "", value: str = "1987-04-07") -> Event:
    return Event("a", 0, 5, "April", value, "day", "mentioned", inferred=True,
                 counted_from=kind, counted_date=date, counted_where=where)  # fmt: skip


def test_each_kind_of_reference_is_said_the_way_a_reader_can_check_it() -> None:
    assert counted_from_text(event("reference-date", "2024-05-01")) == (
        "2024-05-01 (--reference-date)"
    )
    assert counted_from_text(event("settings", "2024-05", "/news/newsexplore.cfg:2")) == (
        "2024-05 (settings file /news/newsexplore.cfg, line 2)"
    )
    assert counted_from_text(event("own-date", "1987-03-03", "15-28")) == (
        "1987-03-03 (its own date, at 15)"
    )
    assert counted_from_text(event("own-date", "1987-03-03", "3-16"), "On March 3, 1987") == (
        '1987-03-03 (its own date "March 3, 1987", at 3)'
    )
    assert counted_from_text(event("usual-year", "1987")) == "1987 (the corpus's usual year)"
    assert counted_from_text(event("published", "1987-03")) == "1987-03 (its publication month)"
    assert counted_from_text(event("", "")) == ""


def test_an_article_whose_dates_count_from_several_references_says_how_many_from_each() -> None:
    one = [event("reference-date", "2024-05-01"), event("reference-date", "2024-05-01")]
    assert dates_counted_from(one) == "2 dates ≈ counted from 2024-05-01 (--reference-date)"
    mixed = [*one, event("own-date", "1987-03-03", "15-28"), event("own-date", "1988-01-02")]
    assert dates_counted_from(mixed) == (
        "2 dates ≈ counted from 2024-05-01 (--reference-date), 2 from its own dates"
    )
    assert dates_counted_from([event("usual-year", "1987")]) == (
        "1 date ≈ counted from the corpus's usual year 1987"
    )
    assert dates_counted_from([]) == ""


def update(library: Library) -> None:
    steps = list(library.update())
    assert isinstance(steps[-1], UpdateSummary)


def by_words(library: Library) -> dict[tuple[str, str], str]:
    return {
        (e.article_id, e.expression): counted_from_text(e) for e in library.events() if e.inferred
    }


def test_the_index_keeps_whether_a_reference_came_from_the_run_or_a_settings_file(
    tmp_path: Path,
) -> None:
    root = tmp_path / "corpus"
    (root / "desk").mkdir(parents=True)
    (root / "desk" / "newsexplore.cfg").write_text("# the desk's copy\ndate: 1987-03-02\n")
    (root / "desk" / "a.txt").write_text("Title: A\n\nThe board met yesterday.\n")
    (root / "b.txt").write_text("Title: B\n\nThe board met yesterday.\n")
    (root / "c.txt").write_text("Title: C\nDate: 1987-03\n\nThe board met last year.\n")
    cfg = root.resolve() / "desk" / "newsexplore.cfg"
    library = Library([root], tmp_path / "index")
    update(library)
    assert by_words(library) == {
        ("desk/a.txt", "yesterday"): f"1987-03-02 (settings file {cfg}, line 2)",
        ("c.txt", "last year"): "1987-03 (its publication month)",
    }
    run = Library([root], tmp_path / "index", reference_date=dt.date(2024, 5, 1))
    update(run)
    assert by_words(run) == {
        ("desk/a.txt", "yesterday"): "2024-05-01 (--reference-date)",
        ("b.txt", "yesterday"): "2024-05-01 (--reference-date)",
        ("c.txt", "last year"): "1987-03 (its publication month)",
    }


def test_a_settings_file_giving_the_same_date_as_the_run_is_named_once_the_run_has_none(
    tmp_path: Path,
) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "newsexplore.cfg").write_text("date: 2024-05-01\n")
    (root / "a.txt").write_text("Title: A\n\nThe board met yesterday.\n")
    run = Library([root], tmp_path / "index", reference_date=dt.date(2024, 5, 1))
    update(run)
    assert set(by_words(run).values()) == {"2024-05-01 (--reference-date)"}
    folder = Library([root], tmp_path / "index")
    update(folder)
    cfg = root.resolve() / "newsexplore.cfg"
    assert set(by_words(folder).values()) == {f"2024-05-01 (settings file {cfg}, line 1)"}


def test_a_copied_or_marked_inferred_date_keeps_its_mark_and_what_it_counted_from() -> None:
    article = Article(id="a", title="Talks", text="The talks resumed yesterday. It rose 2 pct.")
    inferred = event("reference-date", "2024-05-01", value="2024-04-30")
    plain = cite_plain(event_target(inferred, article))
    assert "[≈ 2024-04-30, counted from 2024-05-01 (--reference-date)]" in plain
    assert "≈ 2024-04-30, counted from 2024-05-01 (--reference-date)" in cite_markdown(
        event_target(inferred, article)
    )
    told = Event("a", 18, 27, "yesterday", "2024-04-30", "day", "mentioned")
    assert "yesterday [2024-04-30]" in cite_plain(event_target(told, article))
    kept = event_target(inferred, article).citation
    assert Citation.from_json(kept.to_json()) == kept
    assert Citation.from_json('{"value": "2024-04-30"}').counted_from == ""  # marked before


def test_a_marked_inferred_date_names_its_words_and_leaves_a_script_its_mark() -> None:
    """A sentence with two ≈ dates was cited whole with one value and no word of which
    date it was; `marks --format csv` wrote the value as if someone had written it."""
    from newsexplore.search.export import MARK_COLUMNS, mark_record
    from newsexplore.search.store.marks import Mark

    text = "The chairman said on Friday that the plan, first proposed last year, needed work."
    article = Article(id="a", title="Plan", text=text)
    last_year = replace(
        event("reference-date", "2024-05-01", value="2023"),
        start=58,
        end=67,
        expression="last year",
        sentence_start=0,
        sentence_end=len(text),
        sentence=text,
    )
    target = event_target(last_year, article)
    assert f"{text} [last year: ≈ 2023, counted from 2024-05-01 (--reference-date)]" in (
        cite_plain(target)
    )
    mark = Mark(1, "a", "event", target.start, target.end, target.text, citation=target.citation)
    record = mark_record(mark)
    assert (record["expression"], record["value"], record["inferred"]) == (
        "last year",
        "2023",
        True,
    )
    assert record["counted_from"] == "2024-05-01 (--reference-date)"
    assert {"expression", "inferred", "counted_from"} <= set(MARK_COLUMNS)


def test_a_cited_decade_or_century_is_named_in_words() -> None:
    """The 7th century was cited as "[06]", TimeML's digits a reader takes for a year."""
    article = Article(id="a", title="t", text="Built in the 7th century, it fell in the 1980s.")
    century = Event("a", 12, 24, "7th century", "06", "century", "mentioned")
    decade = Event("a", 38, 44, "1980s", "198", "decade", "mentioned")
    assert "7th century [7th century]" in cite_plain(event_target(century, article))
    assert "1980s [1980s]" in cite_markdown(event_target(decade, article))


FAR_STORY = (
    "On March 3, 1987 talks began in Geneva.\n\n"
    + FILLER * 17
    + "\n\nThe next month the pact was dead. Two weeks later a new round opened."
)


def test_a_date_told_from_one_far_back_is_marked_inferred_with_that_date() -> None:
    found = counted(FAR_STORY, fallback_year=1986)
    assert found["The next month"] == ("own-date", "1987-03-03", "3-16")
    # Close by, the date plainly counts from it: not a guess.
    near = counted("On March 3, 1987 talks began. The next month the pact was dead.")
    assert "The next month" not in near


def events_of(text: str, date: dt.date) -> dict[str, Event]:
    article = Article(id="a", title="t", text=text, date=date)
    return {e.expression: e for e in extract_events(article) if e.kind == "mentioned"}


MONDAY = dt.date(2016, 2, 1)


def test_in_a_dated_story_that_night_far_from_the_day_told_counts_from_it_marked() -> None:
    text = (
        "On Sept. 10, 2012, the ambassador met the militia leaders.\n\n"
        + FILLER * 4
        + "\n\nA second officer called the base that evening. The following day the base "
        "came under fire."
    )
    found = events_of(text, MONDAY)
    start = text.index("Sept. 10, 2012")
    where = f"{start}-{start + len('Sept. 10, 2012')}"
    evening, following = found["that evening"], found["The following day"]
    assert (evening.value, evening.inferred) == ("2012-09-10", True)
    assert (evening.counted_from, evening.counted_date, evening.counted_where) == (
        "own-date",
        "2012-09-10",
        where,
    )
    # Counted on from a guess, the next day is as much a guess, from the same date.
    assert (following.value, following.inferred) == ("2012-09-11", True)
    assert following.counted_where == where
    # Close by, the day plainly counts from the date just told: no mark.
    near = events_of("On Sept. 10, 2012, the envoy met them. That evening he left.", MONDAY)
    assert (near["That evening"].value, near["That evening"].inferred) == ("2012-09-10", False)


def test_in_a_dated_story_that_night_with_no_day_told_is_not_the_publication_day() -> None:
    text = (
        "Obama won the Iowa caucuses in 2008 on the strength of young voters.\n\n"
        + FILLER * 4
        + "\n\nHe said in his victory speech that night that the time for change had come."
    )
    night = events_of(text, MONDAY)["that night"]
    assert night.value is None
    # With no day told at all, the day the story ran is no better a guess.
    assert (
        events_of("He dropped his son off at school that morning.", MONDAY)["that morning"].value
        is None
    )


def test_that_day_with_its_own_month_and_year_is_in_that_month() -> None:
    text = (
        "Mr. Netanyahu arrived in Washington on Monday for talks.\n\n"
        + FILLER * 3
        + "\n\nIt was a show of respect to make time for him on that day back in March 2010."
    )
    assert events_of(text, dt.date(2015, 11, 10))["that day"].value == "2010-03"


def test_in_an_undated_story_that_day_with_its_own_month_and_year_is_in_that_month() -> None:
    text = (
        "Mr. Netanyahu arrived in Washington on Nov. 9, 2015 for talks.\n\n"
        + FILLER * 3
        + "\n\nIt was a show of respect to make time for him on that day back in March 2010."
    )
    day = {e.expression: e for e in extract_events(Article(id="a", title="t", text=text))}
    assert (day["that day"].value, day["that day"].inferred) == ("2010-03", False)


def test_a_step_of_weeks_after_the_next_month_counts_from_that_month() -> None:
    found = {e.expression: e for e in extract_events(Article(id="a", title="t", text=FAR_STORY))}
    assert (found["The next month"].value, found["The next month"].inferred) == ("1987-04", True)
    later = found["Two weeks later"]
    # Not two weeks from March 3: after April, in a week from mid-April on, and a guess.
    assert later.value is None or ("1987-W16" <= later.value <= "1987-W18" and later.inferred)
    dated = events_of(
        "Talks began on March 3. The next month the pact was dead. Two weeks later a new "
        "round opened.",
        dt.date(1987, 6, 10),
    )["Two weeks later"]
    assert dated.value is None or ("1987-W16" <= dated.value <= "1987-W18" and dated.inferred)


def test_a_step_back_far_from_any_day_told_is_not_counted_from_the_publication_day() -> None:
    wednesday = dt.date(2015, 11, 18)
    text = (
        "The candidate praised his rival on a radio show on Tuesday.\n\n"
        + FILLER * 4
        + "\n\nWhile he praised him on the radio, he also stated a day earlier that a war "
        "might come of it."
    )
    earlier = events_of(text, wednesday)["a day earlier"]
    # A day before the Tuesday the story is at, marked as counted from it.
    assert (earlier.value, earlier.inferred) == ("2015-11-16", True)
    assert earlier.counted_date == "2015-11-17"
    # With no day told at all, a step back is no count from the day the story ran.
    alone = events_of(
        "The debate drew many viewers.\n\n"
        + FILLER * 4
        + "\n\nIt drew half the viewers of the debate four days earlier.",
        wednesday,
    )["four days earlier"]
    assert alone.value is None or alone.inferred
