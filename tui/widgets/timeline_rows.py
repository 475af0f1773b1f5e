"""How the timeline's rows read: one line each, an article named once per run of its dates.

A date's row is the words around it with the date in bold, cut to the width
of the list (the list does not wrap), so a screen holds as many dates as it
has lines. Consecutive dates from one article sit under one line naming it,
instead of its title repeated above every sentence.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from rich.text import Text

from newsexplore.search import Event, TimelineGroup

from ..periods import coarse_period_name
from .safe_text import clean_line, safe_line

__all__ = ["article_row", "entry_row", "group_label", "heading_row", "words_around"]

LEAD_CHARS = 36
"""Characters of a sentence kept before its date, so the date shows on a narrow row."""
TITLE_CHARS = 110

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q(\d)$")
_HALF = re.compile(r"^(\d{4})-H(\d)$")
_SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}


def group_label(value: str | None) -> str:
    """A reader-friendly heading for a TimeML value, as precise as the value."""
    if value is None:
        return "Unresolved"
    if match := _DAY.match(value):
        day = dt.date(*map(int, match.groups()[:3]))
        weekday, month = calendar.day_abbr[day.weekday()], calendar.month_name[day.month]
        clock = f", {match.group(4)}" if match.group(4) else ""
        return f"{weekday} {day.day} {month} {day.year}{clock}"
    if match := _WEEK.match(value):
        weekend = bool(match.group(3))
        try:
            first = dt.date.fromisocalendar(
                int(match.group(1)), int(match.group(2)), 6 if weekend else 1
            )
        except ValueError:
            return value
        what = "Weekend" if weekend else "Week"
        return f"{what} of {first.day} {calendar.month_name[first.month]} {first.year}"
    if match := _MONTH.match(value):
        return f"{calendar.month_name[int(match.group(2))]} {match.group(1)}"
    if match := _QUARTER.match(value):
        return f"Quarter {match.group(2)}, {match.group(1)}"
    if match := _HALF.match(value):
        return f"{'First' if match.group(2) == '1' else 'Second'} half of {match.group(1)}"
    if len(value) == 7 and value[5:] in _SEASONS:
        return f"{_SEASONS[value[5:]]} {value[:4]}"
    if coarse := coarse_period_name(value):
        return f"The {coarse}"
    return value


def heading_row(group: TimelineGroup, why: str = "") -> Text:
    """The group's date, how many dates fall in it, in how many articles, from which sources.

    Past three sources the heading counts them before naming the three with most
    articles ("6 sources: Post, Wire, Herald, …"): cut at the pane's edge, it still
    never reads as if the sources named were all that wrote of it.

    The publication dates end with the articles that have none: "Undated", counted
    in articles, as no date falls in it. `why` says why a group holds no date
    ("no date to count from"), before the sources, which may be cut at the edge.
    """
    heading = Text(end="")
    undated = group.undated
    heading.append("Undated" if undated else group_label(group.value), style="bold underline")
    noun = "date" if group.count == 1 else "dates"
    detail = f"{group.count:,} {noun}"
    if undated:
        detail = f"{group.count:,} article{'s' * (group.count != 1)}"
    elif group.articles is not None:
        detail += f" in {group.articles:,} article{'s' * (group.articles != 1)}"
    if why:
        detail += f" · {why}"
    sources = ", ".join(name for name, _n in group.sources[:3])
    if len(group.sources) > 3:
        detail += f" · {len(group.sources):,} sources: {sources}, …"
    elif sources:
        detail += f" · {sources}"
    heading.append("  ")
    heading.append_text(safe_line(detail, "dim"))
    return heading


def article_row(title: str) -> Text:
    """The line naming the article the dates under it come from."""
    title = " ".join(title.split()) or "(untitled)"
    if len(title) > TITLE_CHARS:
        title = title[: TITLE_CHARS - 1] + "…"
    return Text(" ", end="") + safe_line(title, "dim bold")


def entry_row(
    event: Event, group_value: str | None, title: str, badge: Text, counted: str = ""
) -> Text:
    """One date on one line: its mark, its value where the heading does not say it, its words.

    A publication date has no sentence of its own: its row names the article. With
    `counted` (the row under the cursor, for an inferred date: `counted_from_note`), what
    the date was counted from takes the place of the words around it (the reader shows
    them): at 80 columns, after the sentence, it was cut off the row.
    """
    published = event.kind == "published"
    line = Text("   ", end="") + badge
    line.append("● " if published else "○ ", style="bold" if published else "")
    if event.inferred:
        line.append("≈ ")
    if published:
        return line + safe_line(" ".join(title.split()) or "(untitled)")
    if event.value and event.value != group_value:
        line.append(f"({group_label(event.value)}) ", style="dim")
    before, expression, after = words_around(event)
    if counted:
        return line + safe_line(expression, "bold") + safe_line(f" · {counted}", "dim")
    line.append_text(safe_line(before, "italic"))
    line.append_text(safe_line(expression, "bold"))
    line.append_text(safe_line(after, "italic"))
    return line


def words_around(event: Event) -> tuple[str, str, str]:
    """The sentence split at its date, with little enough before it that the date shows.

    Whitespace is collapsed and the text before the date is cut at a word to
    at most `LEAD_CHARS`, marked with an ellipsis.
    """
    sentence = event.sentence
    offset = event.start - event.sentence_start
    if not sentence or sentence[offset : offset + len(event.expression)] != event.expression:
        offset = sentence.find(event.expression)
    if offset < 0:
        return "", event.expression, ""
    before = " ".join(clean_line(sentence[:offset]).split())
    after = " ".join(clean_line(sentence[offset + len(event.expression) :]).split())
    if sentence[:offset] and sentence[offset - 1].isspace():
        before += " "
    if after and sentence[offset + len(event.expression)].isspace():
        after = " " + after
    if len(before) > LEAD_CHARS:
        cut = before[-LEAD_CHARS:]
        space = cut.find(" ")
        before = "…" + (cut[space + 1 :] if 0 <= space < len(cut) - 1 else cut)
    return before, event.expression, after
