"""Untrusted text and the reader's offset mapping, without running the app."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

import pytest
from rich.console import Console
from rich.style import Style

from newsexplore.search.models import Article, Quote, Span
from newsexplore.tui.widgets import article_text
from newsexplore.tui.widgets.activity_chart import (
    ActivityChart,
    Bar,
    axis_labels,
    bar_columns,
    charted,
)
from newsexplore.tui.widgets.article_text import TextStyles, build_article_text, wrap_lines
from newsexplore.tui.widgets.rate_line import UNITS, describe_rate
from newsexplore.tui.widgets.safe_text import clean, clean_line, safe_line, safe_text
from newsexplore.tui.widgets.timeline import group_label

HOSTILE = (
    "[bold red]red?[/] [link=https://evil.example]click[/link] \x1b[31mESC red\x1b[0m "
    "\x1b]8;;https://evil.example\x07osc link\x1b]8;;\x07 bell\x07 del\x7f c1\x9b31m "
    "rtl\u202eoverride nul\x00 tab\there\r\nnext"
)


def _terminal_output(text) -> str:
    console = Console(force_terminal=True, color_system="truecolor", width=200)
    with console.capture() as capture:
        console.print(text)
    return capture.get()


def _controls(value: str) -> set[str]:
    allowed = {"\n"}
    return {c for c in value if unicodedata.category(c) in {"Cc", "Cf"} and c not in allowed}


def test_clean_replaces_every_control_character_one_for_one() -> None:
    cleaned = clean(HOSTILE)
    assert len(cleaned) == len(HOSTILE)
    assert _controls(cleaned) == set()
    assert "␛[31m" in cleaned and "␇" in cleaned and "␡" in cleaned


def test_clean_line_folds_line_breaks() -> None:
    assert "\n" not in clean_line("a\nb\u2028c")
    assert clean_line("a\nb") == "a b"


def test_markup_is_shown_literally() -> None:
    text = safe_line("[bold red]Breaking[/] [link=https://x.example]here[/link]")
    assert text.plain == "[bold red]Breaking[/] [link=https://x.example]here[/link]"
    assert text.spans == []


def test_rendered_output_has_no_escape_from_corpus_text() -> None:
    output = _terminal_output(safe_text(HOSTILE))
    assert "\x1b]" not in output  # no OSC (hyperlinks, titles) at all
    assert "\x1b[31mESC" not in output
    assert "\x07" not in output and "\x9b" not in output and "\x7f" not in output
    assert "[bold red]red?[/]" in output


def test_wrap_lines_cover_every_offset_within_width() -> None:
    plain = "alpha beta gamma delta\n\nepsilon " + "z" * 25
    lines = wrap_lines(plain, 10)
    assert lines[0][0] == 0 and lines[-1][1] == len(plain)
    for (_, end), (start, _) in zip(lines, lines[1:], strict=False):
        assert start in (end, end + 1)
    assert all(len(plain[s:e].rstrip()) <= 10 for s, e in lines)


def _article(text: str) -> Article:
    return Article(id="a1", title="t", text=text, boilerplate=(Span(0, 5, "byline"),))


def test_speaker_labels_keep_quote_offsets_exact() -> None:
    text = 'By X. She said: "We will act." Then "More words" he added.'
    first = text.index("We will act.")
    second = text.index("More words")
    quotes = [
        Quote("a1", first, first + len("We will act."), "We will act.", speaker="Jane Roe"),
        Quote("a1", second, second + len("More words"), "More words", speaker=None),
    ]
    document = build_article_text(_article(text), quotes, [], TextStyles())
    plain = document.text.plain
    for quote in quotes:
        start, end = document.display_start(quote.start), document.display_end(quote.end)
        assert plain[start:end] == quote.text
    assert '"We will act." ‹Jane Roe›' in plain
    assert plain.startswith("By X.")


def test_indexing_progress_counts_what_each_phase_counts() -> None:
    assert describe_rate(0, 3, 0.0) == "0 / 3 files"
    line = describe_rate(970, 19_464, 2.0, UNITS["index"])
    assert line.startswith("970 / 19,464 articles · 485 articles/s · about 38 s left")


@pytest.mark.parametrize(
    ("value", "heading"),
    [
        ("1998-02-10", "Tue 10 February 1998"),
        ("1998-02-10T09:00", "Tue 10 February 1998, 09:00"),
        ("1998-W07", "Week of 9 February 1998"),
        ("1998-W07-WE", "Weekend of 14 February 1998"),
        ("1998-Q3", "Quarter 3, 1998"),
        ("1998-SU", "Summer 1998"),
        ("198", "The 1980s"),
        ("18", "The 19th century"),
        ("20", "The 21st century"),
        (None, "Unresolved"),
    ],
)
def test_timeline_headings_read_as_dates(value: str | None, heading: str) -> None:
    assert group_label(value) == heading


def test_activity_chart_leaves_out_far_off_dates_and_picks_a_level_that_fits() -> None:
    news = [(19870000 + month * 100 + day, 10) for month in range(3, 7) for day in (2, 16)]
    far = [(18570101, 1), (20020428, 1)]
    bars, level, _far = charted(far + news, 200, trim=True)
    assert level == "day" and (bars[0].low, bars[-1].low) == (19870302, 19870616)
    assert len(bars) == (dt.date(1987, 6, 16) - dt.date(1987, 3, 2)).days + 1
    assert sum(bar.count for bar in bars) == 80
    bars, level, _far = charted(far + news, 40, trim=True)
    assert level == "month"
    assert [(bar.low, bar.count) for bar in bars] == [
        (19870300, 20),
        (19870400, 20),
        (19870500, 20),
        (19870600, 20),
    ]
    bars, level, _far = charted(far + news, 200, trim=False)
    assert level == "year" and (bars[0].low, bars[-1].low) == (18570000, 20020000)
    assert charted(far + news, 40, trim=True)[2] == 2


def test_activity_chart_year_bars_count_the_year_not_the_decade_or_century_it_starts() -> None:
    """ "The 1990s" (`199`) and "the 20th century" (`19`) sort with the years they start:
    counted in those years' bars, 1990 read as five times busier than it was."""
    days = [(19000001, 4), (19000002, 3), (19000000, 2), (19900000, 11), (19900002, 47)]
    days += [(19900315, 1)]
    bars, level, _far = charted(days, 200, trim=False, finest="year")
    assert level == "year"
    counts = {bar.low: bar.count for bar in bars}
    assert counts[19900000] == 12 and counts[19000000] == 2


def test_activity_chart_keeps_the_quiet_first_and_last_days_that_fit_at_its_level() -> None:
    """A wire's first days and a month's Sunday carry 1 % of its stories: no outliers.
    Left out, the chart began a day or a month late and no key or click reached them."""
    first_days = [(19870226, 60), (19870227, 50), (19870228, 5)]
    march = [(19870300 + day, 500) for day in range(2, 32)]
    spring = [(19870000 + month * 100 + day, 500) for month in (4, 5) for day in range(1, 29)]
    bars, level, _far = charted(first_days + march + spring, 60, trim=True)
    assert level == "month" and [b.low for b in bars] == [19870200, 19870300, 19870400, 19870500]
    bars, level, _far = charted([(19870301, 30), *march], 60, trim=True)
    assert level == "day" and (bars[0].low, bars[-1].low) == (19870301, 19870331)
    assert charted([(19870301, 30), *march], 60, trim=True)[2] == 0


def test_activity_chart_spanning_the_whole_calendar_charts_its_news_and_its_ends() -> None:
    """A story mentioning the year 100 (or 9999) spans millions of days: the chart still
    gives the news month bars with the far-off dates counted, and years untrimmed."""
    news = [(19870000 + month * 100 + day, 10) for month in range(1, 13) for day in (2, 16)]
    ends = [(1000101, 1), (99991231, 1)]
    bars, level, far = charted(ends + news, 40, trim=True)
    assert level == "month" and (bars[0].low, bars[-1].low) == (19870100, 19871200)
    assert far == 2 and sum(bar.count for bar in bars) == 240
    bars, level, far = charted(ends + news, 40, trim=False)
    assert level == "year" and far == 0 and bars[-1].low == 99990000
    assert sum(bar.count for bar in bars) == 1  # the last 40 of 9,900 years: 9999 alone
    day_bars, level, _far = charted([(19870302, 1), (19870410, 2)], 60, trim=True)
    assert level == "day" and len(day_bars) == 40 and day_bars[-1].count == 2


def test_activity_chart_of_a_few_dates_charts_their_news_not_the_years_before_it() -> None:
    """Forty stories of one March and two of them dated 100 and 1066: too few for 2 % of
    them to be far-off, yet 1,888 years to chart. The chart was the last 116 years, 1987's
    bar after 115 empty ones, with 100 and 1066 left out unsaid; it charts March's days."""
    news = [(19870300 + day, 1) for day in range(1, 27)] + [(19870310, 11)]
    ends = [(1000305, 1), (10661014, 1)]
    bars, level, far = charted(ends + news, 116, trim=True)
    assert level == "day" and (bars[0].low, bars[-1].low) == (19870301, 19870326)
    assert far == 2 and sum(bar.count for bar in bars) == 37
    one_each, level, far = charted([(1000305, 1), (19870305, 1)], 40, trim=True)
    assert level == "day" and [bar.low for bar in one_each] == [19870305] and far == 1


def _word_by_word(paragraph: str, width: int, monkeypatch: pytest.MonkeyPatch) -> list:
    """The wrap every line must match: the general, word-at-a-time one."""
    with monkeypatch.context() as patch:
        patch.setattr(article_text, "_wrap_plain", lambda *args: None)
        return wrap_lines(paragraph, width)


def test_plain_text_wraps_exactly_as_word_by_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain ASCII is wrapped a line at a time for speed; the lines must be the
    ones the word-by-word wrap gives, spaces, long words and all."""
    rng = random.Random(7)
    words = ["a", "to", "the", "market", "xxxxxxxxxxxx", "-", "rose.", "‹Jo›", "日本", "é"] + [
        "  ",
        "   ",
        "",
    ]
    for _ in range(3000):
        paragraph = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        width = rng.randint(1, 25)
        assert wrap_lines(paragraph, width) == _word_by_word(paragraph, width, monkeypatch), (
            paragraph,
            width,
        )


def test_a_line_of_the_document_is_styled_as_rich_slices_it() -> None:
    """Each screen line is cut out of the styled article without slicing the whole
    of it; what it shows and how must not change, across block edges too."""
    rng = random.Random(11)
    text = "".join(rng.choice("ab \n") for _ in range(9000))
    quotes = []
    styles = TextStyles(quote=Style(italic=True), speaker=Style(bold=True), hit=Style(reverse=True))
    for start in sorted(rng.sample(range(0, 8900), 60)):
        end = min(len(text), start + rng.randint(1, 4000))
        quotes.append(Quote("a1", start, end, text[start:end], speaker="Jane Roe"))
    hits = [Span(s, s + 3, "hit") for s in sorted(rng.sample(range(0, 8900), 200))]
    document = build_article_text(_article(text), quotes, hits, styles)
    console = Console(width=200, legacy_windows=False)
    for start, end in wrap_lines(document.text.plain, 37):
        ours = [s for s in document.line(start, end).render(console) if s.text]
        rich = [s for s in document.text[start:end].render(console) if s.text]
        assert ours == rich, (start, end)


def test_a_description_no_speaker_was_found_for_is_labelled_as_a_guess() -> None:
    text = 'By X. The images showed children "in minimal clothing", a former minister said.'
    start = text.index("in minimal")
    words = "in minimal clothing"
    quotes = [
        Quote("a1", start, start + len(words), words, mention="a former minister"),
    ]
    plain = build_article_text(_article(text), quotes, [], TextStyles()).text.plain
    assert '"in minimal clothing" ‹a former minister ?›' in plain


def _axis(bars: list[Bar], level: str, columns: int) -> str:
    """The axis row as drawn: each label from its bar's first column."""
    row = [" "] * (len(bars) * columns)
    for index, label in axis_labels(bars, level, columns):
        row[index * columns : index * columns + len(label)] = label
    return "".join(row)


def _months(first: tuple[int, int], count: int) -> list[Bar]:
    year, month = first
    bars = []
    for _ in range(count):
        bars.append(Bar(year * 10000 + month * 100, year * 10000 + month * 100 + 99, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return bars


@pytest.mark.parametrize("columns", [1, 2, 3, 6])
def test_chart_axis_names_each_year_under_its_january(columns: int) -> None:
    """Forty months from December 1985: without an axis the chart said there was a peak,
    not when. Each year's label starts under its January; labels never run together."""
    bars = _months((1985, 12), 42)
    row = _axis(bars, "month", columns)
    for year in (1986, 1987, 1988, 1989):
        january = next(n for n, bar in enumerate(bars) if bar.low == year * 10000 + 100)
        assert row[january * columns : january * columns + 4] == str(year), row
    words = row.split()
    assert all(
        word in {"1986", "1987", "1988", "1989", "Apr", "Jul", "Oct"}
        or word in {"Feb", "Mar", "May", "Jun", "Aug", "Sep", "Nov", "Dec"}
        for word in words
    )
    assert "  " in row.strip() or columns == 6  # a gap between labels
    if columns == 6:  # room for every month's name
        assert row.split()[:4] == ["Dec", "1986", "Feb", "Mar"]


def test_chart_axis_of_days_names_the_months_and_the_year() -> None:
    march = [Bar(19870300 + d, 19870300 + d, 5) for d in range(1, 32)]
    april = [Bar(19870400 + d, 19870400 + d, 5) for d in range(1, 31)]
    row = _axis(march + april, "day", 1)
    assert row.startswith("Mar 1987") and row[31:34] == "Apr", row
    assert row[9:11] == "10" and row[19:21] == "20"
    drilled = _axis(march[14:], "day", 3)  # from the 15th: the first bar says which day
    assert drilled.startswith("15 Mar 1987"), drilled


def test_chart_axis_of_years_counts_in_round_steps() -> None:
    """1857 to 2026 one column a year: labels every so many years, each at its own bar."""
    bars = [Bar(y * 10000, y * 10000 + 9999, 1) for y in range(1857, 2027)]
    labels = axis_labels(bars, "year", 1)
    years = [int(label) for _n, label in labels]
    # The first bar's own year gives way to the round one three columns on.
    assert years[:2] == [1860, 1870] and all(y % 10 == 0 for y in years), years
    assert all(bars[n].low // 10000 == int(label) for n, label in labels)
    ends = [n + len(label) for n, label in labels]
    assert all(end < nxt for end, (nxt, _l) in zip(ends, labels[1:], strict=False))
    assert [label for _n, label in axis_labels(bars[:10], "year", 6)] == [
        str(y) for y in range(1857, 1867)
    ]


def test_chart_bars_share_the_width_up_to_a_few_columns_each() -> None:
    assert bar_columns(42, 116) == 2
    assert bar_columns(42, 68) == 1
    assert bar_columns(3, 116) == 6
    assert bar_columns(200, 116) == 1


@pytest.mark.parametrize("columns", [1, 2])
def test_chart_axis_with_no_january_names_the_year_at_its_first_bar(columns: int) -> None:
    """Publication dates from February to October 1987: the row read "Mar Apr ... Oct"
    and 1987 appeared nowhere."""
    bars = _months((1987, 2), 9)
    row = _axis(bars, "month", columns)
    assert row.startswith("Feb 1987"), row


@pytest.mark.parametrize("columns", [1, 2])
def test_a_january_crowded_by_the_first_bars_label_keeps_its_year(columns: int) -> None:
    """From September 2019 "Sep 2019" ran over January 2020's label, which was dropped:
    the row read "Sep 2019  Apr  Jul  Oct  2021", 2020's months under 2019."""
    bars = _months((2019, 9), 28)
    row = _axis(bars, "month", columns)
    january = next(n for n, bar in enumerate(bars) if bar.low == 20200100)
    assert row[january * columns :].startswith("2020"), row
    assert "2019" not in row[columns:], row  # at most a short "2019" under the first bar


def test_an_empty_bar_is_drawn_apart_from_a_small_one() -> None:
    """A month with no dates was drawn as the same "▁" as one with a date or two, then
    as a dim "▁", which in many terminals' colours looks no different: it is a gap."""
    from textual.geometry import Size

    chart = ActivityChart()
    bars = [Bar(19870100, 19870199, 1), Bar(19870200, 19870299, 0), Bar(19870300, 19870399, 90)]
    chart.show(bars, level="month")
    chart._size = Size(3, 2)  # noqa: SLF001 - a chart not mounted, at a set width
    assert chart.render().plain.split("\n")[0] == "▁ █"
    chart.chosen = 1  # an empty bar clicked is still seen to be chosen
    line = chart.render()
    assert any(s.start <= 1 < s.end and "reverse" in str(s.style) for s in line.spans)


@pytest.mark.parametrize("columns", [1, 2])
def test_the_first_bar_is_labelled_when_a_january_follows_close(columns: int) -> None:
    """PolNeAR from July 2012 at 80 columns: "Jul 2012" gave way to 2013 six bars on and
    the first six bars, unlabelled, read as 2013's. The first bar keeps a shorter label
    naming its year, and 2013 stays under its January."""
    bars = _months((2012, 7), 50)
    row = _axis(bars, "month", columns)
    assert row[0] != " ", row
    assert any(row.startswith(f"{label} ") for label in ("Jul 2012", "2012", "'12")), row
    january = next(n for n, bar in enumerate(bars) if bar.low == 20130100)
    assert row[january * columns :].startswith("2013"), row


@pytest.mark.parametrize("columns", [4, 5, 6])
def test_the_bar_after_the_first_keeps_its_own_label(columns: int) -> None:
    """Reuters' publication months at six columns a bar: "Feb 1987" ran under March's
    bar and March, the tallest, had no label, so the busiest month read as February.
    Every label starts under the bar it names; the year is still said."""
    bars = _months((1987, 2), 9)
    row = _axis(bars, "month", columns)
    assert row[:columns].strip() == "Feb", row
    assert row[columns : 2 * columns].startswith("Mar"), row
    assert "1987" in row, row


@pytest.mark.parametrize("columns", [4, 5, 6])
def test_no_month_label_runs_under_the_next_months_bar(columns: int) -> None:
    """Reuters' publication months at six columns a bar read "Feb   Mar 1987    May":
    March's label, carrying the year, ran under April's bar, and April had none. Each
    month is named under its own bar, no label runs under another bar, and the year is
    said once, after the last bar and in brackets (a bare year there would read as
    the next January's label), where there is room for it."""
    bars = _months((1987, 2), 9)
    labels = axis_labels(bars, "month", columns, width=70)
    named = [(n, label) for n, label in labels if n < len(bars)]
    assert [label for _n, label in named] == [
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
    ], labels
    assert all(n == i for i, (n, _label) in enumerate(named)), labels
    assert all(len(label) < columns for _n, label in named), labels
    after = [(n, label) for n, label in labels if n >= len(bars)]
    assert [label for _n, label in after] == ["(1987)"], labels
    assert after[0][0] >= len(bars)  # under no bar
    assert after[0][0] * columns + 6 <= 70
    crowded = axis_labels(bars, "month", columns, width=len(bars) * columns)
    assert [label for n, label in crowded if n < len(bars)] == [label for _n, label in named]
