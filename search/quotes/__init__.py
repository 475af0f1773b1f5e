"""Who said what inside one article: quotation marks, speech cues, speakers named there.

Pairs quotation marks into spans, finds the cue and the noun phrase that speaks,
and resolves pronouns and descriptions against the names the same article
uses. Everything here works on one `Article` at a time; merging speakers across
articles is `speakers/`. It may import the shared values at the top of
`search/` (`models`) and nothing else of the project.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extract import extract_quotes

__all__ = ["extract_quotes"]


def __getattr__(name: str) -> Any:
    # `speakers/` reads the name word lists in `quotes.names` on every start of
    # the CLI; loading the attribution rules only when a quote is extracted keeps
    # `newsexplore search` from paying for them.
    if name == "extract_quotes":
        from .extract import extract_quotes

        return extract_quotes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
