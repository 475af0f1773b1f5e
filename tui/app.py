"""The Textual application and `make_app`, the one factory the CLI and the tests use.

The app itself only wires things together: styles, palette, app-wide keys, and
which screen comes first (indexing when the corpus changed, else the main
screen). Panes and their state live in `screens/` and `widgets/`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from newsexplore.search import Library, UpdateSummary

from .commands import NewsExploreCommands
from .screens.help import HelpScreen, help_sections
from .screens.indexing import IndexingScreen
from .screens.main import MainScreen

__all__ = ["NewsExploreApp", "make_app"]


class NewsExploreApp(App[None]):
    """Search, read, see who said what and when, in a news corpus."""

    TITLE = "newsexplore"
    CSS_PATH: ClassVar[list[str]] = ["app.tcss", "panes.tcss", "screens.tcss"]
    COMMANDS = App.COMMANDS | {NewsExploreCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", tooltip="Leave newsexplore", id="app.quit"),
        Binding(
            "f1,question_mark",
            "help",
            "Help",
            key_display="?",
            tooltip="Keys and query syntax",
            id="app.help",
        ),
    ]

    def __init__(self, library: Library, *, export_dir: Path | None = None) -> None:
        super().__init__()
        self.library = library
        self.export_dir = export_dir

    def on_mount(self) -> None:
        if self.library.has_index() and self.library.update_running():
            self.notify(
                "Another process is updating this index; showing the last one committed.",
                severity="warning",
            )
            self._open_main(None)
        elif self.library.needs_update():
            self.push_screen(IndexingScreen(self.library), callback=self._open_main)
        else:
            self._open_main(None)

    def _open_main(self, summary: UpdateSummary | None) -> None:
        self.push_screen(MainScreen(self.library, export_dir=self.export_dir))

    def action_help(self) -> None:
        """Show help for whatever has focus, unless help is already open."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(help_sections(self.screen)))


def _bundled_seeds() -> Path:
    try:
        from newsexplore.search import bundled_seeds
    except ImportError:  # the package re-export is optional; the function lives in paths
        from newsexplore.search import bundled_seeds
    return bundled_seeds()


def make_app(
    corpus_paths: Sequence[Path] | None = None,
    index_dir: Path | None = None,
    *,
    export_dir: Path | None = None,
    follow_links: bool = False,
) -> NewsExploreApp:
    """Build the app on a corpus (the bundled seeds when None) and its index.

    Args:
        corpus_paths: Folders or files making up the corpus.
        index_dir: Where the index lives; None for the per-user cache.
        export_dir: Where exports are written; None for the current folder.
        follow_links: Read files that links in the corpus lead to outside it.
    """
    paths = list(corpus_paths) if corpus_paths else [_bundled_seeds()]
    library = Library(paths, index_dir=index_dir, follow_links=follow_links)
    return NewsExploreApp(library, export_dir=export_dir)
