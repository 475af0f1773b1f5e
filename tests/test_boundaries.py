"""The layering DESIGN.md fixes: search/ never imports a UI library, tui/ never imports Whoosh."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_search_subcommand_does_not_import_textual(tmp_path: Path) -> None:
    code = (
        "import sys; from newsexplore.tui.cli import main; "
        f"main(['search', 'grok', '--index-dir', {str(tmp_path / 'ix')!r}, '--format', 'json']); "
        "assert not [m for m in sys.modules if m.split('.')[0] == 'textual'], 'textual imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_search_package_imports_no_ui_library() -> None:
    code = (
        "import sys, newsexplore.search, newsexplore.search.index.update, newsexplore.search.quotes.extract, "
        "newsexplore.search.dates.extract, newsexplore.search.speakers.table, newsexplore.search.corpus.load; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_tui_reads_the_index_only_through_the_query_api() -> None:
    direct = re.compile(r"^\s*(from|import)\s+whoosh\b", re.MULTILINE)
    offenders = [p.name for p in (REPO / "tui").rglob("*.py") if direct.search(p.read_text())]
    assert offenders == []


def test_search_sources_import_no_ui_library() -> None:
    ui = re.compile(r"^\s*(from|import)\s+(textual|rich)\b", re.MULTILINE)
    offenders = [p.name for p in (REPO / "search").rglob("*.py") if ui.search(p.read_text())]
    assert offenders == []


# What each package of search/ may import, besides itself and the shared values at
# the top (models, errors, paths, safe, anchor, counted, period_names). Dependencies point one way:
# index -> extraction (quotes, speakers, dates) -> corpus -> shared values.
ALLOWED = {
    "corpus": set(),
    "quotes": set(),
    # speakers and quotes must agree on what a title or a role noun is.
    "speakers": {"quotes"},
    "dates": set(),
    "index": {"corpus", "quotes", "speakers", "dates"},
    # The user's own data: plain values in, plain values out, beside the index.
    "store": set(),
    # Columns and citations of what the user marked.
    "export": {"store"},
}
# anchor: following a span through an edit, for marks (store) and corrections (speakers).
# counted: what an inferred date was counted from, in words, for citations (store) and
# columns (export).
# period_names: decades and centuries in words, for headings, columns and citations.
SHARED = {"models", "errors", "paths", "safe", "anchor", "counted", "period_names", "__init__"}


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(p for p in parts if p != "__init__") or "__init__"


def _imports(path: Path, root: Path) -> set[str]:
    """The modules one file imports relatively, as dotted names below `root`."""
    parts = list(path.relative_to(root).parent.parts)
    package = parts
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
            if node.module:
                found.add(".".join([*base, node.module]))
            else:
                found.update(".".join([*base, alias.name]) for alias in node.names)
    return found


def _graph(root: Path = REPO / "search") -> dict[str, set[str]]:
    modules = {_module_name(p, root): p for p in root.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        # `from .extract import x` names a module; `from . import rules` may too.
        graph[name] = {m if m in modules else m.rsplit(".", 1)[0] for m in _imports(path, root)}
        graph[name] = {m for m in graph[name] if m in modules and m != name}
    return graph


def _allowed(name: str, dep: str) -> bool:
    home, top = name.split(".")[0], dep.split(".")[0]
    if name in SHARED - {"__init__"}:
        return dep in SHARED
    return home not in ALLOWED or top in SHARED | {home} | ALLOWED[home]


def test_search_packages_import_only_downward() -> None:
    wrong = [f"{n} -> {d}" for n, deps in _graph().items() for d in deps if not _allowed(n, d)]
    assert wrong == []


def test_search_modules_have_no_import_cycle() -> None:
    assert _cycles(_graph()) == []


def test_cli_modules_have_no_import_cycle() -> None:
    """The commands share helpers through modules of their own, never through each other
    or the entry point, so any one of them imports without the rest."""
    assert _cycles(_graph(REPO / "tui" / "cli")) == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                cycles.append(trail[trail.index(dep) :] + [dep])
            elif dep not in state:
                visit(dep, [*trail, dep])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return cycles


def test_search_keeps_few_modules_at_its_top() -> None:
    assert len(list((REPO / "search").glob("*.py"))) <= 8
