"""The layering DESIGN.md fixes: search/ never imports a UI library, tui/ never imports Whoosh."""

from __future__ import annotations

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
