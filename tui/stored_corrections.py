"""The user's speaker and quote corrections laid over a library, for the app and the CLI.

Both front ends apply the same store the same way; kept out of the console
script's package so the app does not import the CLI to read its corrections.
"""

from __future__ import annotations

import contextlib

from newsexplore.search import Library, StoreError, UserStore

__all__ = ["load_corrections"]


def load_corrections(library: Library, store: UserStore) -> None:
    """Apply the store's corrections; ones made before article texts were kept, still
    in place, take the article's text first so later edits can be followed."""
    if library.has_index():
        # A store that cannot be written keeps its corrections as they were.
        with contextlib.suppress(StoreError):
            store.corrections.adopt_texts(lambda article_id: _text_or_none(library, article_id))
    library.set_corrections(store.corrections.all())


def _text_or_none(library: Library, article_id: str) -> str | None:
    article = library.article(article_id)
    return article.text if article else None
