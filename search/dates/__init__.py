"""What happened when: temporal expressions found in an article and resolved to dates.

Finds dates as news writes them (absolute, relative, quarters, holidays,
numeric), reads the tense around each to choose past or future, and resolves
it against the article's own date into a TimeML value. It may import the
shared values at the top of `search/` (`models`) and nothing else of the
project.

The rules are hundreds of regular expressions, compiled when their module is
first imported (half a second of processor time). So the names below are loaded on first use:
a search's snippets need `sentence_bounds` only, and a front end must not pay
for the rules before it draws its first screen.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..models import FUTURE_REF, PAST_REF, PRESENT_REF

if TYPE_CHECKING:
    from .extract import extract_events, timeml_records
    from .sentences import sentence_bounds
    from .typed import read_typed_date

__all__ = [
    "FUTURE_REF",
    "PAST_REF",
    "PRESENT_REF",
    "extract_events",
    "read_typed_date",
    "sentence_bounds",
    "timeml_records",
]

_LAZY = {
    "extract_events": ".extract",
    "timeml_records": ".extract",
    "sentence_bounds": ".sentences",
    "read_typed_date": ".typed",
}


def __getattr__(name: str) -> Any:
    """Import a public name's module the first time the name is asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value
