"""The help screen (F1 or ?): keys of the focused pane and of the app, then a guide.

The key lists are built from the live bindings (`Screen.active_bindings`) at
the moment help is asked for, with each pane's own `HELP` text, so the help can
never drift from what the keys do. The query guide is Markdown kept beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Markdown, Static

from ..widgets.key_footer import KeyFooter

__all__ = ["HelpScreen", "HelpSection", "KeyRow", "help_sections"]

GUIDE = Path(__file__).resolve().parent.parent / "help.md"


@dataclass(frozen=True)
class KeyRow:
    keys: str
    description: str
    tooltip: str = ""


@dataclass(frozen=True)
class HelpSection:
    title: str
    text: str
    rows: tuple[KeyRow, ...]


def _focused_pane(screen: Screen) -> DOMNode | None:
    """The nearest ancestor of the focused widget that describes itself with `HELP`."""
    focused = screen.focused
    if focused is None:
        return None
    return next((node for node in focused.ancestors_with_self if getattr(node, "HELP", None)), None)


def _rows(app: App, bindings: list[tuple[str, ActiveBinding]]) -> tuple[KeyRow, ...]:
    grouped: dict[tuple[int, str, str], list[str]] = {}
    tooltips: dict[tuple[int, str, str], str] = {}
    for key, active in bindings:
        binding = active.binding
        group = (id(active.node), binding.action, binding.description)
        display = app.get_key_display(replace(binding, key=key, key_display=None))
        if display not in grouped.setdefault(group, []):
            grouped[group].append(display)
        tooltips[group] = binding.tooltip
    return tuple(
        KeyRow(", ".join(keys), group[2], tooltips[group]) for group, keys in grouped.items()
    )


def help_sections(screen: Screen) -> list[HelpSection]:
    """Sections for the focused pane and for the app, from the screen's live bindings."""
    pane = _focused_pane(screen)
    pane_keys: list[tuple[str, ActiveBinding]] = []
    app_keys: list[tuple[str, ActiveBinding]] = []
    for key, active in screen.active_bindings.items():
        if (
            not active.binding.description
            or active.binding.system
            or isinstance(active.node, Input)
        ):
            continue
        in_pane = pane is not None and pane in active.node.ancestors_with_self
        (pane_keys if in_pane else app_keys).append((key, active))
    sections = []
    if pane is not None:
        title = pane.border_title or type(pane).__name__
        sections.append(HelpSection(str(title), str(pane.HELP), _rows(screen.app, pane_keys)))
    app_text = "Everywhere. In text fields the usual editing keys apply."
    sections.append(HelpSection("App", app_text, _rows(screen.app, app_keys)))
    return sections


def _section_renderable(section: HelpSection) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True, min_width=14)
    table.add_column()
    for row in section.rows:
        description = Text(row.description, end="")
        if row.tooltip:
            description.append(f" — {row.tooltip}", style="dim")
        table.add_row(Text(row.keys), description)
    return table


class HelpScreen(ModalScreen[None]):
    """Help for the pane that had focus, and for the app."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q,f1,question_mark", "dismiss", "Close", tooltip="Close help", id="help.close"
        ),
    ]

    def __init__(self, sections: list[HelpSection]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            with VerticalScroll(id="help-body"):
                for section in self.sections:
                    yield Static(Text(section.title, style="bold underline"), classes="help-title")
                    yield Static(Text(section.text), classes="help-text")
                    yield Static(_section_renderable(section), classes="help-keys")
                yield Markdown(GUIDE.read_text(encoding="utf-8"), id="help-guide")
            yield Static(Text("Esc closes help", style="dim"), id="help-hint")
        yield KeyFooter()

    def action_dismiss(self) -> None:
        self.dismiss(None)
