"""`newsexplore timeline` grouped: each period labelled as precisely as its dates are given."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli_support import run

MILL = """Title: The mill closes
Date: 1987-03-05

The mill was built in the 19th century and rebuilt in 1857. It closed on 2 March 1987.
"""


def test_timeline_by_month_labels_a_year_or_century_as_itself(capsys, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mill.txt").write_text(MILL, encoding="utf-8")
    args = ["timeline", "--group", "month", "--dates", "mentioned", "--format", "csv"]
    code, out, _ = run(
        [*args, "--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)], capsys
    )
    assert code == 0
    periods = [row["period"] for row in csv.DictReader(io.StringIO(out))]
    assert periods == ["19th century", "1857", "1987-03"]


TUNNEL = """Title: Tunnel opens
Date: 1987-03-05

The tunnel is built to last into the 22nd century, its engineers said. The first
plans date from the 1850s, and the line it replaces was dug in the 20th century.
"""


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_a_decade_or_century_period_is_named_in_words_not_as_a_short_year(
    capsys, tmp_path: Path, fmt: str
) -> None:
    """TimeML writes the 22nd century "21" and the 1850s "185": as a `period` a script
    read them as the years 21 and 185. They are named as the app heads them, less its
    "The"; each entry keeps its TimeML `value`."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "tunnel.txt").write_text(TUNNEL, encoding="utf-8")
    where = ["--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]
    for group in ("day", "month", "year"):
        args = ["timeline", "--group", group, "--dates", "mentioned", "--format", fmt]
        code, out, err = run([*args, *where], capsys)
        assert code == 0, err
        if fmt == "csv":
            records = list(csv.DictReader(io.StringIO(out)))
        elif fmt == "json":
            records = json.loads(out)
        else:
            records = [json.loads(line) for line in out.splitlines()]
        periods = [r["period"] for r in records]
        assert periods == ["1850s", "20th century", "22nd century"], (group, periods)
        if fmt != "csv":
            values = [[e["value"] for e in r["events"]] for r in records]
            assert values == [["185"], ["19"], ["21"]]


def test_around_lists_only_dated_entries(capsys, tmp_path: Path) -> None:
    """An unresolved "Monday" is near no date: `--around` past the last date lists
    the last dated entries, never the unresolved group."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mill.txt").write_text(MILL, encoding="utf-8")
    (corpus / "undated.txt").write_text(
        "Title: Talks\n\nThe talks resumed on Monday after a pause last week.\n", encoding="utf-8"
    )
    args = ["timeline", "--around", "1990", "--limit", "3", "--format", "csv"]
    code, out, _ = run(
        [*args, "--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)], capsys
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 3 and all(row["value"] for row in rows), rows


def _month_ends(tmp_path: Path) -> list[str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for day in ("1986-12-31", "1987-03-01", "1987-03-31", "1987-04-01"):
        text = f"Title: Mill report {day}\nDate: {day}\n\nThe mill reported its output.\n"
        (corpus / f"{day}.txt").write_text(text, encoding="utf-8")
    return ["--format", "jsonl", "--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]


def test_from_and_to_take_a_month_or_a_year_as_all_of_its_days(capsys, tmp_path: Path) -> None:
    """`--to 1987-03` keeps March 31 (a bare month is not its first day), `--from 1987`
    starts on January 1 and `--to 1987` keeps the whole of December."""
    common = _month_ends(tmp_path)

    def dates(*bounds: str) -> list[str]:
        code, out, err = run(["search", "mill", *bounds, "--sort", "date", *common], capsys)
        assert code == 0, err
        return sorted(json.loads(line)["date"] for line in out.splitlines())

    assert dates("--from", "1987-03", "--to", "1987-03") == ["1987-03-01", "1987-03-31"]
    assert dates("--from", "1987") == ["1987-03-01", "1987-03-31", "1987-04-01"]
    assert dates("--to", "1986") == ["1986-12-31"]
    assert dates("--from", "1987-03-31", "--to", "1987-04") == ["1987-03-31", "1987-04-01"]


def test_a_month_range_backwards_or_a_month_that_is_not_are_one_line_errors(
    capsys, tmp_path: Path
) -> None:
    common = _month_ends(tmp_path)
    code, out, err = run(["timeline", "--from", "1987-04", "--to", "1987-03", *common], capsys)
    assert code == 2 and out == ""
    assert err == "newsexplore: error: --from 1987-04-01 is after --to 1987-03-31\n"
    with pytest.raises(SystemExit) as exc:
        run(["search", "mill", "--to", "1987-13", *common], capsys)
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.count("\n") == 1 and "not a date" in err


@pytest.mark.parametrize(
    "query",
    [
        "date:garbage",
        "date:2026-02-30",
        "date:2026-99",
        "date:99999",
        "date:[2026-01-01 TO garbage]",
    ],
)
def test_a_date_filter_that_is_no_date_is_a_one_line_error(
    capsys, tmp_path: Path, query: str
) -> None:
    """Read as "0 results", `date:2026-02-30` said no article was published on a day
    that does not exist; a range with a bad end printed Python's own words."""
    code, out, err = run(["search", query, *_month_ends(tmp_path)], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "date: cannot read" in err and "int()" not in err


def _days_of_march(tmp_path: Path) -> list[str]:
    """Stories each mentioning one day: five on 28 February, one each on 1-3 March."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    days = ["February 28"] * 5 + ["March 1", "March 2", "March 3", "March 15"] + ["March 16"] * 5
    for n, day in enumerate(days):
        text = f"Title: Report {n}\nDate: 1987-04-20\n\nThe mill reported its output on {day}.\n"
        (corpus / f"{n}.txt").write_text(text, encoding="utf-8")
    return ["--format", "jsonl", "--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]


def test_around_gives_the_entries_nearest_the_date_in_date_order(capsys, tmp_path: Path) -> None:
    common = _days_of_march(tmp_path)

    def around(date: str, limit: int) -> list[str]:
        args = ["timeline", "--dates", "mentioned", "--around", date, "--limit", str(limit)]
        code, out, err = run([*args, *common], capsys)
        assert code == 0, err
        return [json.loads(line)["value"] for line in out.splitlines()]

    assert around("March 1987", 3) == ["1987-03-01", "1987-03-02", "1987-03-03"]
    assert around("1987-03-02", 3) == ["1987-03-01", "1987-03-02", "1987-03-03"]
    assert around("1987-03-15", 4) == ["1987-03-15", "1987-03-16", "1987-03-16", "1987-03-16"]


@pytest.mark.parametrize("typed", ["", "   ", "garbage"])
def test_around_that_is_no_date_is_one_line_and_exit_2(capsys, tmp_path: Path, typed: str) -> None:
    """An empty `--around` (a shell variable not set) must not list from the oldest date."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mill.txt").write_text(MILL, encoding="utf-8")
    where = ["--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]
    code, out, err = run(["timeline", "--around", typed, *where], capsys)
    assert code == 2 and out == ""
    assert err.count("error:") == 1 and "--around: not a date the timeline can read" in err


def test_a_year_group_too_big_for_the_app_to_count_still_counts_its_articles(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app leaves a huge heading's article count out to stay quick; a script asked
    for it, so every period says how many articles it has."""
    import newsexplore.search.index.timeline as timeline

    monkeypatch.setattr(timeline, "MAX_COUNTED", 2)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, day in enumerate(("1987-03-02", "1987-03-03", "1987-04-01")):
        text = f"Title: Mill report {n}\nDate: {day}\n\nThe mill reported its output on {day}.\n"
        (corpus / f"{n}.txt").write_text(text, encoding="utf-8")
    where = ["--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]
    code, out, _ = run(["timeline", "--group", "year", "--format", "json", *where], capsys)
    assert code == 0
    assert [(g["period"], g["count"], g["articles"]) for g in json.loads(out)] == [("1987", 6, 3)]


def test_by_month_and_by_year_a_week_running_past_its_month_is_a_period_of_its_own(
    capsys, tmp_path: Path
) -> None:
    """A range holds a week by its days, and a heading counts what its range holds:
    "this week" on 1 April 1987 (Monday 30 March) is no date of March, nor on
    2 January 1987 (Monday 29 December 1986) one of December 1986 or of 1986; each
    is a period of its own after the one its Monday is in."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for day in ("1987-04-01", "1987-01-02", "1987-03-04"):
        text = f"Title: Talks {day}\nDate: {day}\n\nTalks will resume this week, officials said.\n"
        (corpus / f"{day}.txt").write_text(text, encoding="utf-8")
    where = ["--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]
    args = ["timeline", "--dates", "mentioned", "--format", "json", *where]
    code, out, _ = run([*args, "--group", "month"], capsys)
    assert code == 0
    months = json.loads(out)
    assert [(g["period"], g["count"]) for g in months] == [
        ("1987-W01", 1),
        ("1987-03", 1),
        ("1987-W14", 1),
    ]
    assert all(g["count"] == len(g["events"]) for g in months)
    code, out, _ = run([*args, "--group", "year"], capsys)
    years = json.loads(out)
    assert [(g["period"], g["count"], g["articles"]) for g in years] == [
        ("1987-W01", 1, 1),
        ("1987", 2, 2),
    ]
    code, out, _ = run([*args, "--from", "1987-03-01", "--to", "1987-03-31"], capsys)
    assert [row["value"] for row in json.loads(out)] == ["1987-W10"]


UNDATED = "Title: Talks resume\n\nThe talks resumed after a pause, the union said.\n"


def _with_undated(tmp_path: Path) -> list[str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mill.txt").write_text(MILL, encoding="utf-8")
    (corpus / "talks.txt").write_text(UNDATED, encoding="utf-8")
    return ["--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]


def test_publication_dates_list_undated_articles_last_in_every_format(
    capsys, tmp_path: Path
) -> None:
    """As the app's publication dates do: an article with no publication date comes
    after every date, marked `undated`, where it was left out; by period it is a
    period of its own, counted apart from the dated ones."""
    where = _with_undated(tmp_path)

    def listed(*args: str) -> str:
        code, out, err = run(["timeline", "--dates", "published", *args, *where], capsys)
        assert code == 0, err
        return out

    lines = [json.loads(line) for line in listed("--format", "jsonl").splitlines()]
    assert [(r["article_id"], r["value"], r["kind"]) for r in lines] == [
        ("mill.txt", "1987-03-05", "published"),
        ("talks.txt", None, "undated"),
    ]
    assert json.loads(listed("--format", "json")) == lines
    rows = list(csv.DictReader(io.StringIO(listed("--format", "csv"))))
    assert [(r["article_id"], r["value"], r["kind"]) for r in rows] == [
        ("mill.txt", "1987-03-05", "published"),
        ("talks.txt", "", "undated"),
    ]
    groups = [json.loads(line) for line in listed("--group", "day").splitlines()]
    assert [(g["period"], g["count"], g["articles"]) for g in groups] == [
        ("1987-03-05", 1, 1),
        ("undated", 1, 1),
    ]
    assert groups[-1]["events"][0]["kind"] == "undated"
    years = json.loads(listed("--group", "year", "--format", "json"))
    assert [(g["period"], g["count"]) for g in years] == [("1987", 1), ("undated", 1)]
    rows = list(csv.DictReader(io.StringIO(listed("--group", "month", "--format", "csv"))))
    assert [(r["period"], r["count"]) for r in rows] == [("1987-03", "1"), ("undated", "1")]


def test_undated_articles_follow_a_query_and_are_left_out_by_a_date_range(
    capsys, tmp_path: Path
) -> None:
    where = _with_undated(tmp_path)

    def articles(*args: str) -> list[str]:
        code, out, err = run(["timeline", "--dates", "published", *args, *where], capsys)
        assert code == 0, err
        return [json.loads(line)["article_id"] for line in out.splitlines()]

    assert articles("union") == ["talks.txt"]
    assert articles("mill") == ["mill.txt"]
    assert articles("--from", "1987") == ["mill.txt"]
    assert articles("--around", "1987-03", "--limit", "5") == ["mill.txt"]


def test_by_period_the_unresolved_dates_are_a_record_of_their_own_under_a_query_too(
    capsys, tmp_path: Path
) -> None:
    """An undated story's "on Monday" has no value: by period it is counted in a record
    named `unresolved`, as the app lists it, with every choice of dates that holds it and
    under a query matching its article; it was dropped by default and by any query."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mill.txt").write_text(MILL, encoding="utf-8")
    (corpus / "talks.txt").write_text(
        "Title: Talks resume\n\nThe talks resumed on Monday, the union said.\n", encoding="utf-8"
    )
    where = ["--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]

    def periods(*args: str) -> list[tuple[str, str, str]]:
        code, out, err = run(
            ["timeline", "--group", "day", "--format", "csv", *args, *where], capsys
        )
        assert code == 0, err
        return [(r["period"], r["count"], r["articles"]) for r in csv.DictReader(io.StringIO(out))]

    for args in ([], ["--dates", "mentioned"], ["union"], ["union", "--dates", "mentioned"]):
        assert ("unresolved", "1", "1") in periods(*args)[-2:], args
    assert periods("mill") == [
        ("19th century", "1", "1"),
        ("1857", "1", "1"),
        ("1987-03-02", "1", "1"),
        ("1987-03-05", "1", "1"),
    ]
    assert periods("--from", "1987") == [("1987-03-02", "1", "1"), ("1987-03-05", "1", "1")]


def test_around_a_relative_date_with_no_date_in_the_corpus_says_why(capsys, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "talks.txt").write_text("The talks resumed on Monday, the union said.\n")
    where = ["--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]
    code, _out, err = run(["timeline", "--around", "last week", *where], capsys)
    assert code == 2
    line = err.strip().splitlines()[-1]
    assert "'last week'" in line and "no article here has a date" in line, err
    code, _out, err = run(["timeline", "--around", "soon-ish", *where], capsys)
    assert code == 2 and "not a date the timeline can read: 'soon-ish'" in err


def test_dates_of_both_kinds_end_with_the_undated_articles_as_publication_dates_do(
    capsys, tmp_path: Path
) -> None:
    """`--dates all` (the default) is both kinds: it lists an article with no date at
    all last, as `--dates published` does, where such an article was in no answer."""
    where = _with_undated(tmp_path)

    def listed(*args: str) -> list[tuple[str, str, str]]:
        code, out, err = run(["timeline", "--format", "csv", *args, *where], capsys)
        assert code == 0, err
        rows = csv.DictReader(io.StringIO(out))
        return [
            (r.get("article_id") or r["period"], r.get("kind", ""), r.get("count", ""))
            for r in rows
        ]

    assert listed()[-1] == ("talks.txt", "undated", "")
    assert listed("union")[-1:] == [("talks.txt", "undated", "")]
    assert ("talks.txt", "undated", "") not in listed("mill")
    assert ("talks.txt", "undated", "") not in listed("--from", "1987")
    assert listed("--group", "day")[-1] == ("undated", "", "1")
    assert len(listed("--group", "day", "--limit", "2")) == 2
    assert len(listed("--limit", "2")) == 2


def _with_no_date_words(tmp_path: Path) -> list[str]:
    """A dated story and an undated one, each saying "now" (TimeML's PRESENT_REF)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mill.txt").write_text(
        "Title: The mill\nDate: 1987-03-05\n\n"
        "The mill, now closed, shut on 2 March 1987. Its current owner bought it in 1985.\n",
        encoding="utf-8",
    )
    (corpus / "talks.txt").write_text(
        "Title: Talks\n\nThe talks resumed on Monday, the union said. They are now stalled.\n",
        encoding="utf-8",
    )
    return ["--index-dir", str(tmp_path / "index"), "--corpus", str(corpus)]


def _entries(capsys, where: list[str], *args: str) -> list[tuple[str, str, str | None]]:
    code, out, err = run(["timeline", *args, *where], capsys)
    assert code == 0, err
    return [(r["article_id"], r["text"], r["value"]) for r in map(json.loads, out.splitlines())]


def test_words_naming_no_date_are_a_group_of_their_own_at_the_end(capsys, tmp_path: Path) -> None:
    """ "now" and "current" (PRESENT_REF) were listed among the unresolved dates, between
    "Monday" and the undated article: they are on no date line, so they come last."""
    where = _with_no_date_words(tmp_path)
    assert _entries(capsys, where) == [
        ("mill.txt", "1985", "1985"),
        ("mill.txt", "2 March 1987", "1987-03-02"),
        ("mill.txt", "1987-03-05", "1987-03-05"),
        ("talks.txt", "Monday", None),
        ("talks.txt", "", None),  # the undated article, as publication dates end
        ("mill.txt", "now", "PRESENT_REF"),
        ("mill.txt", "current", "PRESENT_REF"),
        ("talks.txt", "now", "PRESENT_REF"),
    ]
    assert _entries(capsys, where, "talks") == [
        ("talks.txt", "Monday", None),
        ("talks.txt", "", None),
        ("talks.txt", "now", "PRESENT_REF"),
    ]
    # A date range or a date to be near holds only dated entries; by period, no group.
    for args in (["--from", "1980"], ["--around", "1987", "--limit", "20"]):
        assert [value for _a, _t, value in _entries(capsys, where, *args)] == [
            "1985",
            "1987-03-02",
            "1987-03-05",
        ], args
    code, out, _ = run(["timeline", "--group", "day", "--format", "csv", *where], capsys)
    periods = [row["period"] for row in csv.DictReader(io.StringIO(out))]
    assert code == 0 and "PRESENT_REF" not in out and periods[-2:] == ["unresolved", "undated"]


def test_limit_lists_the_first_entries_of_the_whole_list_whichever_group_it_cuts(
    capsys, tmp_path: Path
) -> None:
    """`--limit N` is the first N entries of the list without it: with the words naming no
    date moved after the unresolved dates and the undated articles, a cut anywhere
    (among the unresolved, the undated, the words naming no date) still takes the
    list's own first entries, and the undated articles before any "now"."""
    where = _with_no_date_words(tmp_path)
    _entries(capsys, where)
    # Read again, the mill's entries are stored after the talks' ones: still the same.
    mill = tmp_path / "corpus" / "mill.txt"
    mill.write_text(mill.read_text(encoding="utf-8") + "It will not reopen.\n", encoding="utf-8")
    assert run(["index", where[3], *where[:2]], capsys)[0] == 0
    everything = _entries(capsys, where)
    for limit in range(1, len(everything) + 2):
        shown = _entries(capsys, where, "--limit", str(limit))
        assert shown == everything[:limit], limit
    for limit in range(1, 4):
        shown = _entries(capsys, where, "talks", "--limit", str(limit))
        assert shown == _entries(capsys, where, "talks")[:limit], limit


@pytest.mark.parametrize("dates", ["published", "mentioned", "all"])
@pytest.mark.parametrize("limit", [[], ["--limit", "1"], ["--limit", "5"]])
def test_around_by_period_lists_dated_periods_only(
    capsys, tmp_path: Path, dates: str, limit: list[str]
) -> None:
    """Near a date lie dated entries only, listed one by one or by period: the undated
    articles' and the unresolved expressions' records were listed with `--group`."""
    where = _with_undated(tmp_path)
    args = ["timeline", "--dates", dates, "--around", "1987-03", "--group", "month", *limit]
    code, out, err = run([*args, *where], capsys)
    assert code == 0, err
    periods = [json.loads(line)["period"] for line in out.splitlines()]
    assert periods and "undated" not in periods and "unresolved" not in periods, periods
