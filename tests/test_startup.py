"""Start-up: what the app loads before its first screen, and what it says meanwhile.

Start-up time is what a user waits through with nothing on screen, so these
tests check what is loaded, not how long it takes (wall time on a shared machine
says little).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DATE_RULES = ("newsexplore.search.dates.rules", "newsexplore.search.dates.timex")


def _modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return set(done.stdout.split())


def test_opening_the_app_compiles_no_date_rules() -> None:
    """The date rules are a thousand regular expressions; the first screen reads dates
    from the index, so they wait until a date is typed or an article re-read."""
    loaded = _modules_after("import newsexplore.tui.cli, newsexplore.tui.app")
    assert not loaded.intersection(DATE_RULES)


def test_snippets_still_split_sentences() -> None:
    loaded = _modules_after(
        "from newsexplore.search.dates import sentence_bounds; "
        "assert sentence_bounds('Mr. Lawson spoke. Then he left.') == [0, 18]"
    )
    assert not loaded.intersection(DATE_RULES)


HEAVY = ("textual", "whoosh", "newsexplore.search.dates.rules")


def _heavy(loaded: set[str]) -> list[str]:
    return sorted(m for m in loaded if m in HEAVY or m.split(".")[0] in HEAVY)


def test_version_loads_neither_the_app_nor_the_index() -> None:
    """`newsexplore --version` answers without loading Textual, Whoosh or the rules."""
    loaded = _modules_after(
        "from newsexplore.tui.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass"
    )
    assert _heavy(loaded) == []


def test_the_app_says_what_it_opens_before_loading_itself(seeds_dir: Path) -> None:
    """Loading Textual, the index and the app takes seconds on a busy machine; a line
    naming the corpus is on the terminal first, instead of a blank screen."""
    code = (
        "import sys\n"
        "class Terminal:\n"
        "    def write(self, text):\n"
        "        heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'whoosh'))\n"
        "        print(repr(text), heavy, file=sys.__stdout__)\n"
        "        raise SystemExit(0)\n"
        "    def flush(self):\n"
        "        pass\n"
        "    def isatty(self):\n"
        "        return True\n"
        "sys.stderr = Terminal()\n"
        "from newsexplore.tui.cli import main\n"
        f"main([{str(seeds_dir)!r}])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.stdout.startswith(repr(f"Opening {seeds_dir}…")[:-1]), done.stdout + done.stderr
    assert done.stdout.rstrip().endswith("[]"), done.stdout
