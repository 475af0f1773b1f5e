"""Start-up: what the app loads before its first screen, and what it says meanwhile.

Start-up time is what a user waits through with nothing on screen, so these
tests check what is loaded, not how long it takes (wall time on a shared machine
says little).
"""

from __future__ import annotations

import subprocess
import sys

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
