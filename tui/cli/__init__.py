"""The `newsexplore` console script, one module per command family.

`newsexplore [CORPUS ...]` opens the TUI; the subcommands serve scripts through
the same query API. `main` is the console script's entry point (see
pyproject.toml), kept at this name so installed scripts go on working.
"""

from __future__ import annotations

from .entry import main

__all__ = ["main"]
