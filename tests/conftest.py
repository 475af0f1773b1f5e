"""Keep every test away from the developer's own cache and config."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_SPEAKERS = frozenset(
    {
        "Keir Starmer",
        "Liz Kendall",
        "Louise Haigh",
        "Sarah Owen",
        "Women and Equalities Committee",
        "Ofcom",
        "Nigel Farage",
    }
)
"""Everyone quoted in the two seed articles (the acceptance list of the quotes issue)."""


@pytest.fixture(autouse=True)
def isolated_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the index cache and the user store at temporary folders for each test."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("NEWSEXPLORE_CACHE_DIR", str(cache))
    monkeypatch.setenv("NEWSEXPLORE_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("NEWSEXPLORE_INDEX_DIR", raising=False)
    monkeypatch.delenv("NEWSEXPLORE_STORE", raising=False)
    return cache


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def index_dir(tmp_path: Path) -> str:
    """An index folder of the test's own, as a command-line argument."""
    return str(tmp_path / "index")


@pytest.fixture
def read_only() -> Iterator[Callable[[Path], None]]:
    """Make a file read-only as the platform allows: by its mode for a user, by the
    immutable flag for root (whom a mode does not stop); undone after the test."""
    undo: list[Callable[[], object]] = []

    def make(path: Path) -> None:
        if os.geteuid() != 0:
            path.chmod(0o444)
            undo.append(lambda: path.chmod(0o644))
            return
        chattr = shutil.which("chattr")
        flag = chattr and subprocess.run([chattr, "+i", str(path)], capture_output=True)
        if not flag or flag.returncode != 0:
            pytest.skip(f"cannot make {path} read-only for root here")
        undo.append(lambda: subprocess.run([chattr, "-i", str(path)], check=False))

    yield make
    for step in undo:
        step()
