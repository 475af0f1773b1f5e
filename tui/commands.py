"""Command palette entries (Ctrl+P) for the main screen.

Titles read `category: action`. Only commands that apply right now are offered:
no export without a selected speaker, no Back without history. Jumping to an
article or a speaker opens a second palette listing them (`App.search_commands`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol, cast

from textual.command import (
    DiscoveryHit,
    Hit,
    Hits,
    Provider,
    SimpleCommand,
    SimpleProvider,
)

from newsexplore.search import published_value

from .counts import counted
from .messages import JumpRequested, Location
from .screens.main import PANES, MainScreen
from .screens.palette import Palette
from .screens.selecting import selection
from .widgets.safe_text import clean_line, highlighted, literal
from .widgets.speakers import SpeakersPane
from .widgets.timeline import TimelinePane

if TYPE_CHECKING:
    from newsexplore.search import Speaker

__all__ = ["AppCommands", "NewsExploreCommands"]

Command = tuple[str, Callable[[], object], str]


class AppCommands(Protocol):
    """The app's own actions that the palette offers on every screen.

    Declared here rather than imported: the app lists this provider in its
    `COMMANDS`, so the provider importing the app would tie the two in a circle.
    """

    def action_help(self) -> None: ...

    def action_problems(self) -> None: ...


def _main_commands(screen: MainScreen) -> list[Command]:
    sort = "date" if screen.sort == "relevance" else "relevance"
    scope = "quotes" if screen.scope == "articles" else "articles"
    commands: list[Command] = [
        (f"view: Focus {name}", partial(screen.focus_pane, name), f"Move to the {name} pane")
        for name in PANES
    ]
    commands += [
        (f"search: Sort by {sort}", screen.action_toggle_sort, "Change the order of the results"),
        (f"search: Search {scope}", screen.action_toggle_scope, "Change what the search looks in"),
        ("go: Article…", partial(_pick_article, screen), "Open an article by title"),
        ("go: Speaker…", partial(_pick_speaker, screen), "Show a speaker's quotes"),
    ]
    if screen.back_stack:
        commands.append(("go: Back", screen.action_back, "Return to the previous place"))
    if screen.forward_stack:
        commands.append(("go: Forward", screen.action_forward, "Go forward again"))
    commands += _collect_commands(screen)
    commands += _timeline_commands(screen)
    commands += _correction_commands(screen.query_one(SpeakersPane))
    speaker = screen.query_one(SpeakersPane).selected_speaker()
    if speaker is not None:
        name = clean_line(speaker.name)
        commands.append(
            (
                f"export: Quotes of {name}…",
                screen.action_export_quotes,
                "CSV, JSON, JSONL or Markdown",
            )
        )
    return commands


def _timeline_commands(screen: MainScreen) -> list[Command]:
    """The timeline's keys (d, v, p, r), offered from any pane."""
    timeline = screen.query_one(TimelinePane)

    def go_to_date() -> None:
        screen.focus_pane("timeline")
        screen.call_after_refresh(timeline.action_ask_date)

    other = "dates mentioned" if timeline.view.dates == "published" else "publication dates"
    commands: list[Command] = [
        ("timeline: Go to date…", go_to_date, "1987-03, March 1987, last week…; same as d"),
        (
            f"timeline: Group by {timeline.next_grouping()}",
            timeline.action_cycle_grouping,
            "Day, month or year; same as v",
        ),
        (f"timeline: Show {other}", timeline.action_toggle_dates, "Same as p"),
    ]
    if timeline.groups:
        commands.append(
            (
                "timeline: Search this range",
                timeline.action_apply_range,
                "The range drilled into, the bar chosen, else the heading under the cursor; "
                "same as r",
            )
        )
    return commands


def _other_kind(speaker: Speaker) -> str:
    return "a person" if speaker.kind == "organisation" else "an organisation"


def _correction_commands(pane: SpeakersPane) -> list[Command]:
    """The speakers pane's corrections, for the speaker and quote it has highlighted.

    Each title holds the verb of its footer key and CLI command (merge, split,
    rename, kind, assign, check): that is the word a user types to find it.
    """
    commands: list[Command] = []
    speaker = pane.highlighted_speaker() or pane.selected_speaker()
    if speaker is not None:
        name = clean_line(speaker.name)
        commands += [
            (f"speakers: Merge another speaker into {name}…", pane.action_merge_speaker, "M"),
            (f"speakers: Unmerge a speaker out of {name}…", pane.action_unmerge_speaker, "U"),
            (f"speakers: Split an alias off {name}…", pane.action_split_alias, "S"),
            (f"speakers: Rename {name}…", pane.action_rename_speaker, "R"),
            (
                f"speakers: Kind: say {name} is {_other_kind(speaker)}",
                pane.action_toggle_speaker_kind,
                "K",
            ),
        ]
    if pane.quotes and pane.highlighted_quote() is not None:
        commands += [
            (
                "quotes: Assign the highlighted quote to another speaker…",
                pane.action_assign_quote,
                "A",
            ),
            (
                "quotes: Check: mark the attribution checked",
                pane.action_check_quote,
                "v; again unmarks",
            ),
        ]
    return commands


def _collect_commands(screen: MainScreen) -> list[Command]:
    commands: list[Command] = []
    if selection(screen) is not None:
        commands += [
            ("collect: Mark or unmark the selected item", screen.action_mark, "Same as m"),
            ("collect: Note and tags on the selected item…", screen.action_note, "Same as a"),
            ("collect: Copy with citation", screen.action_copy, "Plain text, same as y"),
            (
                "collect: Copy with citation as Markdown",
                partial(screen.action_copy, "markdown"),
                "A block quote and its source, for Markdown notes",
            ),
        ]
    commands += [
        ("collect: Collection", screen.action_collection, "Marked items with notes; same as c"),
        ("export: What this pane lists…", screen.action_export, "CSV, JSON, JSONL or Markdown"),
        ("search: Recent and saved searches…", partial(_pick_search, screen), "Run one again"),
    ]
    if screen.query_text.strip():
        commands.append(
            ("search: Save this search…", screen.action_save_search, "Keep it under a name")
        )
    return commands


def _pick_search(screen: MainScreen) -> None:
    store = getattr(screen.app, "store", None)
    if store is None:
        return
    items = [
        SimpleCommand(
            clean_line(f"{saved.name}: {saved.query}"),
            partial(screen.run_saved_query, saved.query, saved.scope),
            f"saved · {saved.scope}",
        )
        for saved in store.history.saved()
    ]
    items += [
        SimpleCommand(
            clean_line(recent.query),
            partial(screen.run_saved_query, recent.query, recent.scope),
            f"recent · {recent.scope}",
        )
        for recent in reversed(store.history.recent_searches(50))
    ]
    if not items:
        screen.notify("No searches yet: press Enter on a search to keep it.", timeout=3)
        return
    _pick(screen, items, placeholder="Run a recent or saved search…")


def _pick_article(screen: MainScreen) -> None:
    results = screen.library.search("", sort="date", limit=1000)
    items = [
        SimpleCommand(
            clean_line(hit.title or hit.article_id),
            partial(screen.post_message, JumpRequested(Location(hit.article_id))),
            published_value(hit.date, hit.date_precision) or None,
        )
        for hit in results.hits
    ]
    _pick(screen, items, placeholder="Open an article…")


def _pick_speaker(screen: MainScreen) -> None:
    speakers = screen.query_one(SpeakersPane)

    def choose(speaker_id: str) -> None:
        speakers.reveal(speaker_id)
        screen.speaker_id = speaker_id
        screen.focus_pane("speakers", speakers.quote_list)

    items = [
        SimpleCommand(clean_line(s.name), partial(choose, s.id), counted(s.quote_count, "quote"))
        for s in speakers.speakers
    ]
    _pick(screen, items, placeholder="Show a speaker's quotes…")


def _pick(screen: MainScreen, items: list[SimpleCommand], placeholder: str) -> None:
    """A palette listing corpus strings (titles, names, queries) as literal text.

    `App.search_commands` shows each name as markup, so a title could break
    the palette or run an action; this palette never parses them.
    """
    palette = Palette(providers=[LiteralProvider(screen, items)], placeholder=placeholder)
    screen.app.push_screen(palette)


class LiteralProvider(SimpleProvider):
    """`SimpleProvider` with its command names shown literally, never as markup."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands:
            if (score := matcher.match(name)) > 0:
                yield Hit(score, highlighted(matcher, name), callback, text=name, help=help_text)

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands:
            yield DiscoveryHit(literal(name), callback, text=name, help=help_text)


class NewsExploreCommands(Provider):
    """Commands for the main screen, built from its state when the palette opens."""

    @property
    def _commands(self) -> list[Command]:
        screen = self.screen
        app = cast(AppCommands, self.app)
        commands: list[Command] = [
            ("app: Help", app.action_help, "Keys of the focused pane and the app"),
            (
                "view: Problems of the last build",
                app.action_problems,
                "Files and records skipped, repaired or duplicated, worst first; same as !",
            ),
        ]
        if isinstance(screen, MainScreen):
            commands = _main_commands(screen) + commands
        return commands

    async def discover(self) -> Hits:
        for title, callback, help_text in self._commands:
            yield DiscoveryHit(literal(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._commands:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlighted(matcher, title), callback, text=title, help=help_text)
