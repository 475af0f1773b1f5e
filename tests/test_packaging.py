"""A wheel install (not only the editable one) finds every package, the seeds, styles and help text."""

from __future__ import annotations

import shutil
import site
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Built from a clean copy: a `build/` folder left by an earlier build would
    # answer for modules that have since moved or gone.
    source = tmp_path_factory.mktemp("source") / "newsexplore"
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"
        ),
    )
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("newsexplore-*.whl"))


def test_wheel_holds_packages_seeds_styles_and_help(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    seeds = sorted(p.name for p in (REPO / "seeds").glob("*.txt"))
    assert {f"newsexplore/seeds/{name}" for name in seeds} <= names
    styles = {
        f"newsexplore/tui/{p.relative_to(REPO / 'tui')}" for p in (REPO / "tui").rglob("*.tcss")
    }
    assert styles and styles <= names
    assert "newsexplore/tui/help.md" in names
    modules = {f"newsexplore/{p.relative_to(REPO).as_posix()}" for p in _sources()}
    assert modules and modules <= names
    assert not any(n.startswith(("search/", "tui/", "tests/")) for n in names)


def _sources() -> list[Path]:
    return [p for top in ("search", "tui") for p in (REPO / top).rglob("*.py")]


def _package_folders() -> set[str]:
    return {
        "newsexplore." + ".".join(p.parent.relative_to(REPO).parts)
        for p in _sources()
        if p.name == "__init__.py"
    }


def test_every_package_folder_is_listed_in_pyproject() -> None:
    listed = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    assert _package_folders() <= set(listed)


def test_installed_wheel_runs_on_its_own_seeds(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    # -S skips .pth files, so the editable install of the source tree cannot answer for the wheel.
    script = (
        "import sys; sys.path[:0] = [sys.argv[1], *sys.argv[2:]];"
        "from newsexplore.search import bundled_seeds; import newsexplore.search as s;"
        "assert s.__file__.startswith(sys.argv[1]), s.__file__;"
        f"import importlib; [importlib.import_module(p) for p in {sorted(_package_folders())!r}];"
        "assert len(list(bundled_seeds().glob('*.txt'))) == 2;"
        "from newsexplore.tui.app import NewsExploreApp as A; from pathlib import Path;"
        "base = Path(sys.modules[A.__module__].__file__).parent;"
        "paths = A.CSS_PATH if isinstance(A.CSS_PATH, list) else [A.CSS_PATH];"
        "assert all((base / p).is_file() for p in paths), paths;"
        "from newsexplore.tui.cli import main;"
        f"sys.exit(main(['search', 'grok', '--index-dir', {str(tmp_path / 'ix')!r}]))"
    )
    paths = [str(target), *site.getsitepackages()]
    proc = subprocess.run(
        [sys.executable, "-S", "-c", script, *paths], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("2 results for grok")
