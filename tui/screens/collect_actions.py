"""The main screen's keys for collecting: mark, note, copy with citation, export, collection.

Kept as a mixin with its own bindings so the main screen only lists them;
what is selected or listed is asked of `selecting`, which knows each pane.
"""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from newsexplore.search import Mark, StoreError, UserStore, cite_markdown, cite_plain

from ..collecting import store_of
from ..marked import UnmarkAsked
from ..messages import JumpRequested, Location
from ..widgets.reader import ArticleReader
from .collect_dialogs import ExportDialog, NameDialog, NoteDialog
from .collection import CollectionScreen
from .selecting import listing, selection

__all__ = ["COLLECT_BINDINGS", "CollectActions"]

COLLECT_BINDINGS = [
    Binding(
        "m",
        "mark",
        "Mark",
        tooltip="Mark or unmark the selected article, quote or date",
        id="collect.mark",
    ),
    Binding(
        "a",
        "note",
        "Note",
        show=False,
        tooltip="Write a note and tags on the selected item (marking it)",
        id="collect.note",
    ),
    Binding(
        "y", "copy", "Copy", tooltip="Copy the selected item with its citation", id="collect.copy"
    ),
    Binding("e", "export", "Export", tooltip="Export what this pane lists", id="collect.export"),
    Binding(
        "c",
        "collection",
        "Collection",
        tooltip="List the marked items, with notes and tags",
        id="collect.collection",
    ),
]


class CollectActions(Screen[None]):
    """A screen whose panes' items can be marked, noted, copied and exported.

    The main screen derives from it and provides what is declared here.
    """

    export_dir: Path
    query_text: str
    scope: str
    sort: str
    reader: ArticleReader
    active_pane: str
    unmark_asked: UnmarkAsked

    def focus_pane(self, name: str, target: Widget | None = None) -> None:
        raise NotImplementedError

    def action_mark(self) -> None:
        chosen = selection(self)
        store = store_of(self)
        if chosen is None or store is None:
            self.notify("Nothing selected to mark here.", severity="warning", timeout=3)
            return
        if not self._kept(store, "Not marked"):
            return
        try:
            existing = store.marks.find(chosen.target)
            if existing is not None and self.unmark_asked.must_ask(existing):
                self.notify(
                    self.unmark_asked.question(existing),
                    severity="warning",
                    markup=False,
                    timeout=8,
                )
                return
            mark = store.marks.toggle(chosen.target)
        except StoreError as exc:
            self.notify(f"Not changed: {exc}", severity="error", markup=False, timeout=8)
            return
        self._marks_changed(chosen.redraw)
        self.notify("Marked." if mark else "Unmarked.", timeout=2)

    def _kept(self, store: UserStore, refused: str) -> bool:
        """Whether what is saved now outlives this run; if not, one line says why.

        A store whose folder cannot be written lives in memory: a mark made
        there would show its ★ and be gone at the next start.
        """
        try:
            store.require_file()
        except StoreError as exc:
            self.notify(f"{refused}: {exc}", severity="error", markup=False, timeout=8)
            return False
        return True

    def action_note(self) -> None:
        chosen = selection(self)
        store = store_of(self)
        if chosen is None or store is None:
            self.notify("Nothing selected to note here.", severity="warning", timeout=3)
            return
        if not self._kept(store, "No note written"):
            return
        target = chosen.target

        def save(result: tuple[str, list[str]] | None) -> None:
            # Marked on Enter only: Esc leaves an unmarked item unmarked and a marked
            # one with its old note. Looked up again, as the dialog may stay open long.
            if result is None:
                return
            try:
                mark = store.marks.find(target) or store.marks.add(target)
                store.marks.set_note(mark.id, result[0])
                store.marks.set_tags(mark.id, result[1])
            except StoreError as exc:
                self.notify(f"Not changed: {exc}", severity="error", markup=False, timeout=8)
                return
            again = selection(self)  # the list may have been reloaded meanwhile
            self._marks_changed(again.redraw if again and again.target == target else None)

        self.app.push_screen(NoteDialog(store.marks.find(target) or target), save)

    def action_copy(self, style: str = "plain") -> None:
        chosen = selection(self)
        if chosen is None:
            self.notify("Nothing selected to copy here.", severity="warning", timeout=3)
            return
        cite = cite_markdown if style == "markdown" else cite_plain
        self.app.copy_to_clipboard(cite(chosen.target))
        self.notify("Copied with its citation.", timeout=2)

    def action_export(self, pane: str = "") -> None:
        """Open the export dialog for what a pane lists (the focused one by default)."""
        found = listing(self, pane or None)
        if found is None or not found.rows:
            self.notify("This pane lists nothing to export.", severity="warning", timeout=3)
            return
        self.app.push_screen(ExportDialog(found, self.export_dir))

    def action_collection(self) -> None:
        store = store_of(self)
        if store is not None:
            self.app.push_screen(CollectionScreen(store, self.export_dir), self._open_mark)

    def action_save_search(self) -> None:
        store = store_of(self)
        query = self.query_text
        if store is None or not query.strip():
            self.notify("Type a search to save first.", severity="warning", timeout=3)
            return
        if not self._kept(store, "Search not saved"):
            return

        def save(name: str | None) -> None:
            if name:
                store.history.save(name, query, self.scope, self.sort)
                self.notify(f"Saved as {name!r}.", markup=False, timeout=3)

        self.app.push_screen(NameDialog(f"Save the search {query!r} as…"), save)

    def run_saved_query(self, query: str, scope: str = "articles") -> None:
        """Put a query from the history in the search box and search for it."""
        self.scope = scope
        box = self.query_one("#query", Input)
        box.value = query
        self.focus_pane("search")

    def _open_mark(self, mark: Mark | None) -> None:
        self._marks_changed(None)
        if mark is None:
            return
        kind = {"article": "article", "event": "event"}.get(mark.kind, "quote")
        start, end = (0, 0) if mark.kind == "article" else (mark.start, mark.end)
        self.post_message(JumpRequested(Location(mark.article_id, start, end, kind)))

    def _marks_changed(self, redraw) -> None:
        self.app.marks_shown.reload()
        if redraw is not None:
            redraw()
        self.reader.redraw_marks()
