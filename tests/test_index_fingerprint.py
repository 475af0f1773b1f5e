"""The extractor fingerprint: which code changes make an index read its corpus again.

A change to code that shapes what an index stores (quotes, speakers, dates found
in the text) must reach every indexed article, so it changes the fingerprint and
the next update reads the whole corpus again: twenty minutes on Reuters. A change
to code that only reads what the user types or applies their corrections on top
of an index stores nothing, and must not cost that.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
from pathlib import Path

import pytest

SEARCH = Path(__file__).resolve().parent.parent / "search"


def fingerprint(root: Path) -> str:
    """The fingerprint of a copy of `search/`, as its own `paths.py` computes it."""
    spec = importlib.util.spec_from_file_location("copied_paths", root / "paths.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.extractor_fingerprint()


@pytest.fixture
def search_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "search"
    shutil.copytree(SEARCH, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def edit(module: Path) -> None:
    module.write_text(module.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")


@pytest.mark.parametrize("module", ["dates/typed.py", "speakers/corrections.py"])
def test_code_that_stores_nothing_leaves_the_fingerprint_as_it_was(
    search_copy: Path, module: str
) -> None:
    """Reading a date the user types (`d`, `--around`) or applying their speaker
    corrections changes no stored date, quote or speaker."""
    before = fingerprint(search_copy)
    edit(search_copy / module)
    assert fingerprint(search_copy) == before


@pytest.mark.parametrize(
    "module",
    ["dates/rules.py", "dates/__init__.py", "quotes/attribution.py", "index/extraction.py"],
)
def test_code_that_shapes_what_is_stored_changes_the_fingerprint(
    search_copy: Path, module: str
) -> None:
    before = fingerprint(search_copy)
    edit(search_copy / module)
    assert fingerprint(search_copy) != before


def test_no_extraction_module_uses_what_the_user_types() -> None:
    """`dates/typed.py` is left out of the fingerprint because nothing that extracts
    calls it: `dates/__init__` re-exports it, and `search`'s own `read_typed_date`
    hands the front ends' typed dates to it."""
    users = []
    for module in sorted(SEARCH.rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (
                (node.module or "").endswith("typed")
                or any(alias.name == "read_typed_date" for alias in node.names)
            ):
                users.append(module.relative_to(SEARCH).as_posix())
    assert users == ["__init__.py", "dates/__init__.py"]
