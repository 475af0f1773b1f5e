"""Small dialogs for collecting: a mark's note and tags, a name, and an export.

The export dialog never replaces a file silently: when the path exists it
says so and waits for the user to choose between overwriting and changing the
name; Enter alone never overwrites.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from newsexplore.search import EXPORT_SUFFIXES, Mark, Target, read_tags, tag_list

from ..collecting import Listing
from ..export_job import running_exports, start_export
from ..widgets.boxes import Box
from ..widgets.choices import ChoiceButton
from ..widgets.key_footer import KeyFooter
from ..widgets.safe_text import literal
from .typed_ahead import TypedAheadDialog

__all__ = ["ExportDialog", "NameDialog", "NoteDialog"]

_CANCEL = Binding(
    "escape", "cancel", "Cancel", tooltip="Close without changing anything", id="dialog.cancel"
)
FORMAT_LABELS = {"csv": "CSV", "json": "JSON", "jsonl": "JSONL", "md": "Markdown"}


class NoteDialog(TypedAheadDialog[tuple[str, list[str]] | None]):
    """Edit the note and the tags of a mark: comma-separated, a tag holding a comma
    or a quotation mark in quotation marks (`"a,b"`), as `tag_list` writes them.

    Given an item not marked yet (a `Target`) it starts empty and marks nothing
    itself: the caller marks on Enter only, so Esc leaves the store as it was.
    """

    BINDINGS: ClassVar[list[BindingType]] = [_CANCEL]

    def __init__(self, item: Mark | Target) -> None:
        super().__init__()
        self.item = item

    def compose(self) -> ComposeResult:
        item = self.item
        note, tags = (item.note, item.tags) if isinstance(item, Mark) else ("", ())
        with Vertical(classes="collect-dialog"):
            words = item.text or item.citation.title or item.article_id
            yield Label(literal(f"Note on: {words[:70]}"), classes="dialog-title")
            yield Box(note, placeholder="A note", id="note-text")
            yield Box(tag_list(tags), placeholder="Tags, comma-separated", id="note-tags")
            yield Static("Enter saves, Esc cancels.", classes="dialog-hint")
        yield KeyFooter()

    @on(Input.Submitted)
    def save(self) -> None:
        note = self.query_one("#note-text", Input).value.strip()
        self.dismiss((note, read_tags(self.query_one("#note-tags", Input).value)))

    def action_cancel(self) -> None:
        self.dismiss(None)


class NameDialog(TypedAheadDialog[str | None]):
    """Ask for a name, e.g. to save a search under."""

    BINDINGS: ClassVar[list[BindingType]] = [_CANCEL]

    def __init__(self, title: str, value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(classes="collect-dialog"):
            yield Label(literal(self.title_text), classes="dialog-title")
            yield Box(self.value, placeholder="Name", id="name-text")
            yield Static("Enter saves, Esc cancels.", classes="dialog-hint")
        yield KeyFooter()

    @on(Input.Submitted)
    def save(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportDialog(TypedAheadDialog[Path | None]):
    """Choose where and how to write what a pane lists; asks before replacing a file."""

    BINDINGS: ClassVar[list[BindingType]] = [_CANCEL]

    def __init__(self, listing: Listing, folder: Path, fmt: str = "csv") -> None:
        super().__init__()
        self.listing = listing
        self.folder = folder
        self.fmt = fmt
        self.confirming: Path | None = None
        """The existing file the user is being asked about."""
        self.making: Path | None = None
        """The missing folder the user has been told of: a second Enter makes it."""

    def compose(self) -> ComposeResult:
        of = f" (the first of {self.listing.of:,})" if self.listing.of else ""
        with Vertical(classes="collect-dialog", id="export-dialog"):
            title = f"Export {self.listing.counted(self.listing.rows)}{of}"
            yield Label(title, classes="dialog-title")
            yield Box(str(self._default_path()), id="export-path")
            with RadioSet(id="export-format"):
                for fmt, label in FORMAT_LABELS.items():
                    yield ChoiceButton(label, value=fmt == self.fmt, id=f"format-{fmt}")
            yield Static(id="export-warning")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-write")
                yield Button("Overwrite", variant="error", id="export-overwrite")
                yield Button("Cancel", id="export-cancel")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#export-overwrite").display = False
        path = self.query_one("#export-path", Input)
        path.focus()
        path.cursor_position = len(path.value)

    def _default_path(self) -> Path:
        return self.folder / f"{self.listing.name}{EXPORT_SUFFIXES[self.fmt]}"

    @property
    def path(self) -> Path:
        return Path(self.query_one("#export-path", Input).value.strip()).expanduser()

    @on(RadioSet.Changed, "#export-format")
    def change_format(self, event: RadioSet.Changed) -> None:
        self.fmt = (event.pressed.id or "format-csv").removeprefix("format-")
        path = self.path
        if path.suffix.lower() in EXPORT_SUFFIXES.values():
            path = path.with_suffix(EXPORT_SUFFIXES[self.fmt])
        self.query_one("#export-path", Input).value = str(path)

    @on(Input.Changed, "#export-path")
    def forget_question(self) -> None:
        """A new name is a new question: the overwrite choice, or the folder to make,
        was about the old one.

        A name typed with a format's extension (notes.md) chooses that format: a file
        called .md holding CSV is a surprise found only when it is opened.
        """
        typed = self.path.suffix.lower()
        for fmt, suffix in EXPORT_SUFFIXES.items():
            if typed == suffix and fmt != self.fmt:
                self.fmt = fmt  # now, for an Enter typed before the buttons hear of it
                self.query_one(f"#format-{fmt}", RadioButton).value = True
        self.confirming = self.making = None
        self.query_one("#export-overwrite").display = False
        self.query_one("#export-warning", Static).update("")

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-write")
    def export(self) -> None:
        path = self.path
        if path.is_dir():
            self._warn(f"{path} is a folder; give a file name.")
            return
        if self._still_writing(path):
            return
        if path.exists():
            self._ask_about(path)
            return
        self._write(path)

    @on(Button.Pressed, "#export-overwrite")
    def overwrite(self) -> None:
        if self.confirming is not None:
            self._write(self.confirming)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    def _ask_about(self, path: Path) -> None:
        self.confirming = path
        self._warn(
            f"{path.name} already exists. Overwrite it, or change the name above and press Enter."
        )
        overwrite = self.query_one("#export-overwrite", Button)
        overwrite.display = True

    def _warn(self, message: str) -> None:
        self.query_one("#export-warning", Static).update(literal(message))

    def _still_writing(self, path: Path) -> bool:
        """Two exports to one file would race to replace it, the later one's rows
        won, and neither the question nor the notices would tell which."""
        if running_exports(self.app).writing(path):
            self._warn(f"{path} is still being written by an export; give another name.")
            return True
        return False

    def _write(self, path: Path) -> None:
        """Check the folder here, where a mistake can still be put right, then write
        in the background: the dialog closes at once however big the export."""
        if self._still_writing(path):
            return
        blocking = _not_a_folder(path)
        if blocking:
            self._warn(f"Cannot write {path}: {blocking}.")
            return
        missing = _first_missing(path.parent)
        if missing is not None and self.making != path.parent and path.parent != self.folder:
            self.making = path.parent
            self._warn(
                f"There is no folder {missing}. Press Enter again to make it,"
                " or change the name above."
            )
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._warn(f"Cannot write {path}: {exc.strerror or exc}")
            return
        if not os.access(path.parent, os.W_OK):
            self._warn(f"Cannot write {path}: the folder is not writable")
            return
        start_export(self.app, self.listing, path, self.fmt)
        self.dismiss(path)


def _first_missing(folder: Path) -> Path | None:
    """The outermost of `folder` and its parents that does not exist; None if it does.

    Named when asking, because a typo one level up ("/tmp/reprots/june/") would
    otherwise make every folder below it.
    """
    missing = None
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate):
            break
        missing = candidate
    return missing


def _not_a_folder(path: Path) -> str:
    """What stands where a folder of `path` should be ("/a/notes.txt is a file, not a
    folder"), or "" when nothing does.

    Making the folders of `/a/notes.txt/out.csv` fails with only "File exists"
    or "Not a directory", naming neither the file nor what is wrong with it.
    """
    for folder in path.parents:
        if os.path.lexists(folder):  # never raises: a folder one cannot search is not a file
            if os.path.isdir(folder):
                return ""
            if os.path.isfile(folder):
                return f"{folder} is a file, not a folder"
            return f"{folder} is {'a broken link' if os.path.islink(folder) else 'not a folder'}"
    return ""
