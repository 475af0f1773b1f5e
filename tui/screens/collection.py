"""The collection: every marked item with its note and tags, filterable by tag.

Enter closes it and opens the item in the reader, at its words. The same
keys as in the panes act on the highlighted mark: `m` unmarks, `a` edits the
note and tags, `y` copies it with its citation, `e` exports the list shown.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from newsexplore.search import (
    ExportItem,
    Mark,
    UserStore,
    cite_plain,
    cited_date,
    mark_record,
    read_tag,
    shown_tag,
)

from ..collecting import MARK_BADGE, Listing
from ..marked import MarkDates, UnmarkAsked
from ..widgets.boxes import Box
from ..widgets.hanging import HangingLines
from ..widgets.key_footer import KeyFooter
from ..widgets.lists import NavList
from ..widgets.safe_text import safe_line
from .collect_dialogs import ExportDialog, NoteDialog
from .typed_ahead import TypedAhead

__all__ = ["CollectionScreen"]


class CollectionScreen(TypedAhead, Screen[Mark | None]):
    """Marked articles, quotes and dated sentences; dismissed with the mark to open, or None."""

    HELP = (
        "Everything marked with m, oldest first, with notes and tags. Type a tag to "
        "narrow the list. Enter opens the item in the reader; m unmarks it, a edits "
        "its note and tags, y copies it with its citation, e exports the list."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", tooltip="Back to the panes", id="collection.close"),
        Binding(
            "slash",
            "focus_tag",
            "Tag filter",
            key_display="/",
            tooltip="Type a tag to narrow the list",
            id="collection.focus_tag",
            # Looked up before the key goes to the list: one that bubbles up from it is
            # resolved only once the keys typed after it have gone to the list too,
            # where `m` of a tag typed fast unmarked the item under the cursor.
            priority=True,
        ),
        Binding("m", "unmark", "Unmark", tooltip="Remove the mark", id="collection.unmark"),
        Binding("a", "note", "Note", tooltip="Edit the note and tags", id="collection.note"),
        Binding("y", "copy", "Copy", tooltip="Copy with its citation", id="collection.copy"),
        Binding("e", "export", "Export", tooltip="Export the marks listed", id="collection.export"),
    ]

    AUTO_FOCUS = "#collection-list"  # keys typed with `c` are the list's, not the tag box's

    def __init__(self, store: UserStore, export_folder) -> None:
        super().__init__()
        self.store = store
        self.export_folder = export_folder
        self.marks: list[Mark] = []
        self._dated: MarkDates | None = None
        """Reads each marked date as the index gives it now (none in an app without one)."""
        self.unmark_asked = UnmarkAsked()

    def compose(self) -> ComposeResult:
        yield Static("Collection", id="collection-title")
        yield Box(placeholder="Filter by tag", id="collection-tag")
        yield NavList(id="collection-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        library = getattr(self.app, "library", None)
        self._dated = MarkDates(library) if library is not None else None
        self.refresh_marks()
        self.query_one("#collection-list").focus()

    @property
    def tag(self) -> str:
        """The tag typed, as shown (`#"council vote"`) or as plain words."""
        return read_tag(self.query_one("#collection-tag", Input).value).casefold()

    @on(Input.Changed, "#collection-tag")
    def refresh_marks(self) -> None:
        """List the marks whose tags start with what is typed (all when nothing is)."""
        wanted = self.tag
        marks = self.store.marks.all()
        if wanted:
            marks = [m for m in marks if any(t.casefold().startswith(wanted) for t in m.tags)]
        if self._dated is not None:
            marks = self._dated(marks)
        self.marks = marks
        tags = self.store.marks.tags()
        title = f"Collection · {len(marks)} marked"
        if tags:
            title += " · tags: " + " ".join(shown_tag(tag) for tag in tags[:12])
        self.query_one("#collection-title", Static).update(safe_line(title, "bold"))
        nav = self.query_one("#collection-list", NavList)
        nav.set_paged_options(
            [Option(self._prompt(mark), id=str(i)) for i, mark in enumerate(marks)]
            or [Option(Text(self._empty_text(), style="dim"), disabled=True)]
        )
        if marks:
            nav.highlighted = 0

    def _empty_text(self) -> str:
        if self.tag:
            return "No marks carry that tag."
        return "Nothing marked yet: press m on a search result, a quote or a date."

    def _prompt(self, mark: Mark) -> HangingLines:
        citation = mark.citation
        head = Text(MARK_BADGE, style="bold", end="")
        facts = [mark.kind, citation.title or mark.article_id, citation.date or "no date"]
        if citation.speaker:
            facts.insert(1, citation.speaker)
        head.append_text(safe_line(" · ".join(facts), "bold"))
        if mark.status == "lost":
            head.append(" · words no longer found", style="italic")
        if citation.date_changed:
            head.append(" · ")
            head.append(" date changed since marked ", style="bold reverse")
        lines = [head]
        if mark.text:
            words = " ".join(mark.text.split())
            lines.append(safe_line(f"  {words[:200]}", "italic"))
        lines += self._date_lines(mark)
        notes = [f"note: {mark.note}"] if mark.note else []
        notes += [" ".join(shown_tag(tag) for tag in mark.tags)] if mark.tags else []
        if notes:
            lines.append(safe_line("  " + " · ".join(notes), "dim"))
        return HangingLines(lines, first_lead=len(MARK_BADGE))

    @staticmethod
    def _date_lines(mark: Mark) -> list[Text]:
        """A marked date as the article gives it now, and, where that changed since it was
        marked, the date it was marked with: the sentence stays, the date must be true."""
        citation = mark.citation
        if mark.kind != "event" or not (citation.value or citation.date_changed):
            return []
        words = citation.expression or "date"
        now = cited_date(citation.value, citation.inferred, citation.counted_from)
        lines = [safe_line(f"  {words}: {now or 'no date there now'}")]
        if citation.date_changed:
            was = cited_date(
                citation.marked_value, citation.marked_inferred, citation.marked_counted_from
            )
            lines.append(safe_line(f"  marked as {was or 'no date'}", "bold"))
        return lines

    def selected(self) -> Mark | None:
        nav = self.query_one("#collection-list", NavList)
        if nav.highlighted is None or not self.marks:
            return None
        option = nav.get_option_at_index(nav.highlighted)
        return self.marks[int(option.id)] if option.id is not None else None

    @on(OptionList.OptionSelected, "#collection-list")
    def open_mark(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.dismiss(self.marks[int(event.option.id)])

    def action_focus_tag(self) -> None:
        """The tag box takes the focus at once, so the keys after `/` are typed into it;
        in the box, `/` is a character of the tag."""
        box = self.query_one("#collection-tag", Input)
        if box.has_focus:
            box.insert_text_at_cursor("/")
        else:
            self.set_focus(box)

    @on(Input.Submitted, "#collection-tag")
    def focus_list(self) -> None:
        self.query_one("#collection-list", NavList).focus()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_unmark(self) -> None:
        mark = self.selected()
        if mark is not None and self.unmark_asked.must_ask(mark):
            self.notify(
                self.unmark_asked.question(mark), severity="warning", markup=False, timeout=8
            )
        elif mark is not None:
            self.store.marks.remove(mark.id)
            self.refresh_marks()
            self.app.marks_shown.reload()
            self.notify("Unmarked.", timeout=2)

    def action_note(self) -> None:
        mark = self.selected()
        if mark is None:
            return

        def save(result: tuple[str, list[str]] | None) -> None:
            if result is not None:
                self.store.marks.set_note(mark.id, result[0])
                self.store.marks.set_tags(mark.id, result[1])
                self.refresh_marks()

        self.app.push_screen(NoteDialog(mark), save)

    def action_copy(self) -> None:
        mark = self.selected()
        if mark is not None:
            self.app.copy_to_clipboard(cite_plain(mark.target))
            self.notify("Copied with its citation.", timeout=2)

    def action_export(self) -> None:
        if not self.marks:
            self.notify("Nothing to export.", severity="warning")
            return
        items = [ExportItem(mark_record(m), m.target, m) for m in self.marks]
        name = f"collection-{self.tag}" if self.tag else "collection"
        self.app.push_screen(ExportDialog(Listing.of_items(name, items), self.export_folder))
