"""The Textual application and `make_app`, the one factory the CLI and the tests use.

The app itself only wires things together: styles, palette, app-wide keys, and
which screen comes first (indexing when the corpus changed, else the main
screen). Panes and their state live in `screens/` and `widgets/`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import CommandListItem, CommandPalette, SimpleProvider
from textual.notifications import SeverityLevel
from textual.widget import AwaitMount
from textual.worker import get_current_worker

from newsexplore.search import (
    Library,
    NewsExploreError,
    PendingUpdate,
    Period,
    Problem,
    UpdateSummary,
    UserStore,
    bundled_seeds,
    correction_problems,
    group_problems,
    orphaned_correction,
    summarise_problems,
)

from .collecting import HistoryWalk, MarkSet, reanchor_marks
from .commands import NewsExploreCommands
from .export_job import ExportProgressed, RunningExports
from .held_notices import HeldNotices
from .key_order import KeysInOrder
from .screens.help import HelpScreen, help_sections
from .screens.indexing import IndexingScreen
from .screens.main import MainScreen
from .screens.palette import Palette
from .screens.problems import ProblemsScreen
from .screens.typed_ahead import TypedAhead
from .settings_watch import SettingsWatch, settings_changed_notice
from .stored_corrections import load_corrections
from .widgets.export_status import ExportStatus

__all__ = ["NewsExploreApp", "make_app"]

STORE_POLL = 1.0
"""Seconds between looks at the user store and the index for what another process wrote."""


class NewsExploreApp(KeysInOrder, App[None], inherit_bindings=False):
    """Search, read, see who said what and when, in a news corpus."""

    TITLE = "newsexplore"
    CSS_PATH: ClassVar[list[str]] = ["app.tcss", "panes.tcss", "screens.tcss", "collect.tcss"]
    COMMANDS = App.COMMANDS | {NewsExploreCommands}
    # Each action lists its single key first: the footer shows the first key
    # that works, so `? Help` in a list and `F1 Help` while typing in a box.
    # Ctrl+Q and F1 work everywhere, typing included; q and ? wherever
    # letters are not text.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "question_mark,f1",
            "help",
            "Help",
            tooltip="Keys of the focused pane and the query syntax",
            id="app.help",
        ),
        Binding("q", "quit", "Quit", tooltip="Leave newsexplore", id="app.quit"),
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            tooltip="Leave newsexplore, even while typing",
            priority=True,
            id="app.quit_anywhere",
        ),
        Binding(
            "exclamation_mark",
            "problems",
            "Problems",
            tooltip="What was wrong with the corpus when it was last indexed, worst first",
            id="app.problems",
        ),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    def __init__(
        self,
        library: Library,
        *,
        export_dir: Path | None = None,
        store: UserStore | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.export_dir = export_dir
        self.store = store or UserStore(None)
        """Marks, notes and search history of this corpus (in memory when none is given)."""
        library.set_corrections(self.store.corrections.all())
        self.marks_shown = MarkSet(self.store)
        """The marks as the panes draw them, reloaded whenever one changes."""
        self.history_walk = HistoryWalk(self.store)
        """Where Up and Down in the search box are in the search history."""
        self.problems: tuple[Problem, ...] = ()
        """What was wrong with the corpus as last indexed, as kept with the index."""
        self.unapplied: tuple[Problem, ...] = ()
        """The user's corrections that apply to nothing in the index as it is now (their
        speaker or their quote's words gone), listed after the corpus's problems."""
        self.update_failed: tuple[Problem, ...] = ()
        """Why the update in the background failed, if it did: the panes show the last
        commit for the rest of the session, which the Problems view keeps saying."""
        self.exports = RunningExports()
        """The exports being written in the background, for the line counting their rows."""
        self._shown_commit: object = None
        """The index commit the panes were last read from (None before they open)."""
        self._held_notices = HeldNotices()
        self._settings = SettingsWatch()
        """What the corpus's settings files gave at the last look (`_look_at_settings`)."""

    async def on_event(self, event: events.Event) -> None:
        """A key that arrives while a screen holds the keys typed ahead of it waits behind
        them (`TypedAhead.wait_in_line`): sent straight to the box that has the focus, the
        path typed after `e` Ctrl+U overtook the Ctrl+U, which then wiped it."""
        if (
            isinstance(event, events.Key)
            and not event.is_forwarded
            and isinstance(self.screen, TypedAhead)
            and self.screen.wait_in_line(event)
        ):
            return
        await super().on_event(event)

    async def _on_key(self, event: events.Key) -> None:
        """A key pressed before a dialog or the collection opened, come up from the list
        behind it, is that screen's (`TypedAhead.take_stray`), not dropped as a key
        bound to nothing there. Runs ahead of `App._on_key`, which looks its bindings up."""
        screen = self.screen
        if isinstance(screen, TypedAhead) and screen.take_stray(event):
            event.stop()
            event.prevent_default()  # not to `App._on_key`

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Give a notice; one given while a screen opens waits until that screen is drawn
        (see `held_notices`), so its time counts from when the user can see it."""
        notice = partial(
            super().notify, message, title=title, severity=severity, timeout=timeout, markup=markup
        )
        if not self._held_notices.keep(notice):
            notice()

    def on_mount(self) -> None:
        self.set_interval(STORE_POLL, self._show_changes_elsewhere)
        if self.store.problem:
            self.notify(self.store.problem, severity="warning", markup=False, timeout=10)
        # Noted before the index is asked what it lacks: the first look at the settings
        # compares with this, so an edit made from here on is read again, and that look
        # need not read the index's records (on a thread, during the first paint).
        self._settings.note(self.library)
        pending = self.library.pending_update()
        if pending is None:
            self._open_main(None)
        elif not pending.searchable:  # nothing to show until an index is built
            indexing = IndexingScreen(self.library)
            self.push_screen(indexing, callback=self._open_main)
            self._held_notices.until_drawn(indexing)
        elif pending.running:
            self._open_main(None)
            self.notify(
                "Another process is updating this index; showing the last one committed.",
                severity="warning",
            )
        else:
            self._open_main(None)
            self.notify(
                f"The index is incomplete ({pending.describe()}): finishing it in the "
                "background; showing what it holds meanwhile."
                if pending.reason == "partial"
                else f"The index is out of date ({pending.describe()}): updating it in the "
                "background; showing the last one committed meanwhile.",
                severity="warning",
                markup=False,
            )
            self.run_worker(
                self._update_in_background,
                thread=True,
                group="index-update",
                description="updating the index",
                exit_on_error=False,
            )

    def _open_main(self, summary: UpdateSummary | None) -> None:
        self._shown_commit = self.library.commit_identity()
        self.problems = self.library.problems()
        main = MainScreen(self.library, export_dir=self.export_dir)
        self.push_screen(main)
        self._held_notices.until_drawn(main)
        if summary is not None and summary.problems:
            self._tell_problems(summary)
        if self.library.has_index() and self.store.marks.all():
            self.run_worker(self._reanchor_marks, thread=True, group="marks", exit_on_error=False)
        self._check_corrections()

    @on(ExportProgressed)
    def show_export_progress(self) -> None:
        for screen in self.screen_stack:
            for status in screen.query(ExportStatus):
                status.redraw()

    def _show_changes_elsewhere(self) -> None:
        self._show_store_changes()
        self._show_index_changes()
        self._look_at_settings()

    def _look_at_settings(self) -> None:
        """Look at the settings files again, in a thread, when a look is due and no
        update runs (one that runs read them as it started: looked at once it is over)."""
        if self._shown_commit is None or self._updating():
            return
        if not self._settings.due() or any(
            w.group == "settings" and not w.is_finished for w in self.workers
        ):
            return
        self.run_worker(
            self._settings_looked_at, thread=True, group="settings", exit_on_error=False
        )

    def _settings_looked_at(self) -> None:
        changed = self._settings.look(self.library)
        if not changed:
            return
        pending = self.library.pending_update()
        if pending is not None and pending.searchable:
            self.call_from_thread(self._read_settings_again, changed, pending)

    def _read_settings_again(self, changed: list[str], pending: PendingUpdate) -> None:
        """Update the index for an edited settings file, as on opening a changed corpus."""
        if pending.running:
            self.notify(
                f"{', '.join(changed)} changed; another process is updating this index: "
                "its dates are shown once it is done.",
                severity="warning",
                markup=False,
            )
            return
        self.notify(settings_changed_notice(changed, pending), markup=False)
        self.run_worker(
            self._update_in_background,
            thread=True,
            group="index-update",
            description="updating the index",
            exit_on_error=False,
        )

    def _show_store_changes(self) -> None:
        """Corrections and marks made by the command line while the app runs are
        shown here too: SQLite says when another process wrote to the store."""
        if not self.store.changed_elsewhere():
            return
        self.library.set_corrections(self.store.corrections.all())
        self._recount_corrections()
        self.marks_shown.reload()
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.corrections_arrived()

    def _show_index_changes(self) -> None:
        """An update committed by another process (`newsexplore index` in another
        terminal, or the one running when the app opened): the panes read again, each
        keeping its place, so the reader never shows an article as the old index had it."""
        if self._shown_commit is None or self._updating():
            return
        if self.library.commit_identity() != self._shown_commit:
            self._index_replaced()
            self._recount_corrections()

    def _updating(self) -> bool:
        """The app's own update runs: it reads the panes again itself once it is done."""
        return any(w.group == "index-update" and w.is_running for w in self.workers)

    def _index_replaced(self) -> None:
        self._shown_commit = self.library.commit_identity()
        self.problems = self.library.problems()
        self.screen.refresh_bindings()
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.index_changed()

    def _check_corrections(self) -> None:
        if self.library.has_index() and self.store.corrections.all():
            self.run_worker(
                self._tell_lost_corrections, thread=True, group="corrections", exit_on_error=False
            )

    def _tell_lost_corrections(self) -> None:
        """Say which quote corrections point at words the corpus no longer has (kept)."""
        load_corrections(self.library, self.store)
        orphans = self.library.orphaned_corrections()
        for orphan in orphans:
            self.call_from_thread(
                self.notify, orphaned_correction(orphan), severity="warning", markup=False
            )
        lost = self.library.lost_corrections()
        self.call_from_thread(self._list_unapplied, correction_problems(orphans, lost))
        if lost:
            where = ", ".join(f"{fix.article_id}@{fix.start}" for fix in lost[:5])
            more = f" and {len(lost) - 5} more" if len(lost) > 5 else ""
            self.call_from_thread(
                self.notify,
                f"Speaker corrections of quotes {where}{more} point at words no longer "
                "found in the corpus; they are kept",
                severity="warning",
                markup=False,
            )

    def _recount_corrections(self) -> None:
        """List again, without a word, the corrections that apply to nothing: an index or
        a store changed by another process can take a correction's speaker or quote
        away, or give it back."""
        if not (self.library.has_index() and self.store.corrections.all()):
            self._list_unapplied(())
            return
        self.run_worker(
            self._count_unapplied, thread=True, group="corrections", exit_on_error=False
        )

    def _count_unapplied(self) -> None:
        orphans, lost = self.library.orphaned_corrections(), self.library.lost_corrections()
        self.call_from_thread(self._list_unapplied, correction_problems(orphans, lost))

    def _list_unapplied(self, problems: tuple[Problem, ...]) -> None:
        self.unapplied = problems
        self.screen.refresh_bindings()  # `!` is offered only when there is something to list

    def _update_in_background(self) -> None:
        """Bring the index up to date while the panes answer from the last commit.

        Quitting cancels it between articles; the last commit stays whole.
        """
        worker = get_current_worker()
        summary = None
        try:
            for step in self.library.update(cancelled=lambda: worker.is_cancelled):
                if isinstance(step, UpdateSummary):
                    summary = step
        except NewsExploreError as exc:
            self.call_from_thread(self._tell_update_failed, str(exc))
            return
        if summary is not None and not summary.cancelled:
            self.call_from_thread(self._updated_in_background, summary)

    def _tell_update_failed(self, why: str) -> None:
        self._list_update_failed(why)
        self.notify(
            f"The index could not be updated ({why}); showing the last one committed. "
            "Press ! to list it.",
            severity="error",
            timeout=10,
            markup=False,
        )

    def _list_update_failed(self, why: str) -> None:
        where = str(self.library.index_dir)
        self.update_failed = (Problem(where, f"could not be updated: {why}", kind="index"),)
        self.screen.refresh_bindings()  # `!` is offered from now on

    @on(IndexingScreen.Failed)
    def list_failed_build(self, message: IndexingScreen.Failed) -> None:
        """A build that failed after a commit ends on the main screen showing that commit;
        the indexing screen says so, and the Problems view keeps saying it."""
        if self.library.has_index():
            self._list_update_failed(message.error)

    def _updated_in_background(self, summary: UpdateSummary) -> None:
        """Say the index changed, and what was wrong with the files read, in one notification."""
        self._check_corrections()
        self._index_replaced()
        told = f"Index updated: {summary.articles:,} articles."
        if summary.problems:
            told += f" {summarise_problems(summary.problems)}. Press ! to list them."
        self.notify(told, severity=self._severity(summary), markup=False)

    def _reanchor_marks(self) -> None:
        """Find each mark's words in the index as it is now; say which are gone."""
        report = reanchor_marks(self.library, self.store)
        self.call_from_thread(self.marks_shown.reload)
        if report.lost:
            names = ", ".join(f"#{mark.id}" for mark in report.lost[:5])
            more = f" and {len(report.lost) - 5} more" if len(report.lost) > 5 else ""
            self.call_from_thread(
                self.notify,
                f"Marks {names}{more} point at words no longer in the corpus; "
                "they are kept in the collection",
                severity="warning",
                markup=False,
            )

    def _tell_problems(self, summary: UpdateSummary) -> None:
        """One notification for all of a build's problems, counted by kind, worst first."""
        self.notify(
            f"{summarise_problems(summary.problems)}. Press ! to list them.",
            title="Indexed with problems",
            severity=self._severity(summary),
            timeout=12,
            markup=False,
        )

    @staticmethod
    def _severity(summary: UpdateSummary) -> SeverityLevel:
        """A warning when text was lost; duplicates and repairs are only information."""
        groups = group_problems(summary.problems)
        return (
            "warning" if groups and groups[0].kind in ("unreadable", "partial") else "information"
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "problems":
            return bool(self._listed_problems()) and isinstance(self.screen, MainScreen)
        return True

    async def action_quit(self) -> None:
        """Leave; during a build, first stop it, keeping what it has read.

        Quitting straight away left the terminal blank for as long as the build
        took to end behind the closed app (minutes), with no prompt and no word.
        """
        if isinstance(self.screen, IndexingScreen):
            self.screen.stop_and_quit()
        else:
            self.exit()

    def action_problems(self) -> None:
        """List the problems of the last build, of the user's store and the corrections that
        apply to nothing, unless that list is already open."""
        if not isinstance(self.screen, ProblemsScreen):
            self.push_screen(ProblemsScreen(self._listed_problems()))

    def _listed_problems(self) -> tuple[Problem, ...]:
        """What the Problems view lists: a notice of each passes, and what it says about
        the user's data must stay findable."""
        return (*self.update_failed, *self.store.problems(), *self.problems, *self.unapplied)

    def get_key_display(self, binding: Binding) -> str:
        """Function keys as printed on the keyboard: F1, not f1."""
        key = binding.key
        if not binding.key_display and key[:1] == "f" and key[1:].isdigit():
            return key.upper()
        return super().get_key_display(binding)

    def action_command_palette(self) -> None:
        """Open the palette with the app's footer (Textual's has none: the main screen's
        footer showed through, its keys typing into the palette's search)."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(Palette(id="--command-palette"))

    def search_commands(
        self, commands: Sequence[CommandListItem], placeholder: str = "Search for commands…"
    ) -> AwaitMount:
        """A palette of these commands only (the speakers `M` merges from), with the footer."""
        provider = SimpleProvider(self.screen, commands)
        return self.push_screen(Palette(providers=[provider], placeholder=placeholder))

    def action_help(self) -> None:
        """Show help for whatever has focus, unless help is already open."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(help_sections(self.screen)))


def make_app(
    corpus_paths: Sequence[Path] | None = None,
    index_dir: Path | None = None,
    *,
    export_dir: Path | None = None,
    follow_links: bool = False,
    store_path: Path | None = None,
    reference_date: Period | dt.date | None = None,
) -> NewsExploreApp:
    """Build the app on a corpus (the bundled seeds when None) and its index.

    Args:
        corpus_paths: Folders or files making up the corpus.
        index_dir: Where the index lives; None for the per-user cache.
        export_dir: Where exports are written; None for the current folder.
        follow_links: Read files that links in the corpus lead to outside it.
        store_path: The user store (marks, notes, history); None for the corpus's default.
        reference_date: The day (or month, or year) undated articles' relative dates
            count from.
    """
    paths = list(corpus_paths) if corpus_paths else [bundled_seeds()]
    library = Library(
        paths,
        index_dir=index_dir,
        follow_links=follow_links,
        reference_date=reference_date,
    )
    store = UserStore.for_corpus(paths, store_path)
    return NewsExploreApp(library, export_dir=export_dir, store=store)
