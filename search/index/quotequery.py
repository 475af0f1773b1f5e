"""`quote:` in the articles scope: the articles holding a quote that matches.

Quotes are documents of their own, so a `quote:` leaf run against article
documents matches nothing, and a fact-checker reads "0 results" as "nobody
said that". Each part of a query made only of `quote:` words is run against
the quotes, as one unit (`quote:"top priority"` or `quote:(rates AND cut)`
wants one quote saying both), and becomes the articles those quotes come
from, ranked by their best quote. The words are kept, so the article's
snippet and the reader's highlights show where it was said.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from whoosh import matching
from whoosh import query as query_mod
from whoosh.searching import Searcher

from .speakerquery import DocSet

__all__ = [
    "QuoteMatches",
    "QuotedArticles",
    "mentions_quote_field",
    "quote_matches",
    "quotes_as_articles",
]

QUOTE_FIELD = "quote"


class QuotedArticles(DocSet):
    """The articles of the quotes a `quote:` part matched, each weighted by its best quote."""

    ties = False

    def __init__(
        self,
        weights: dict[int, float],
        source: query_mod.Query,
        quotes: dict[int, list[int]] | None = None,
    ) -> None:
        super().__init__(weights, str(source))
        self.weights = [weights[n] for n in self.docnums]
        self.source = source
        self.quotes = quotes or {}
        """Each article's matching quote documents, best first: what its snippet shows
        and counts, since the same words outside those quotes are not what was asked."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, QuotedArticles) and other.source == self.source

    def __hash__(self) -> int:
        return hash(("quoted", self.source))

    def has_terms(self) -> bool:
        return True

    def terms(self, phrases: bool = False) -> Iterator[tuple[str, str]]:
        """The words of the quote part, so snippets and highlights show them in the article."""
        return self.source.iter_all_terms(phrases=phrases)

    def matcher(self, searcher, context=None) -> matching.Matcher:
        parent = searcher.parent() if searcher.parent else None
        offset = (parent._offset_for_subsearcher(searcher) or 0) if parent else 0
        pairs = [
            (n - offset, w)
            for n, w in zip(self.docnums, self.weights, strict=True)
            if offset <= n < offset + searcher.doc_count_all()
        ]
        if not pairs:
            return matching.NullMatcher()
        ids, weights = zip(*pairs, strict=True)
        return matching.ListMatcher(list(ids), weights=list(weights))


def quotes_as_articles(
    searcher: Searcher, parsed: query_mod.Query, owners: array
) -> query_mod.Query:
    """The query with each part made only of `quote:` words as the articles quoting them.

    `owners` maps every document to its article's document number (-1 for none).
    """

    def resolve(node: query_mod.Query) -> query_mod.Query:
        if _only_quote_words(node):
            weights: dict[int, float] = {}
            quotes: dict[int, list[int]] = {}
            for hit in searcher.search(node, limit=None):  # best first
                owner = owners[hit.docnum]
                if owner >= 0:
                    weights.setdefault(owner, hit.score or 0.0)
                    quotes.setdefault(owner, []).append(hit.docnum)
            return QuotedArticles(weights, node, quotes) if weights else query_mod.NullQuery
        if node.is_leaf():
            return node
        return node.apply(resolve)

    return resolve(parsed)


@dataclass(frozen=True)
class QuoteMatches:
    """Where an articles-scope query's `quote:` parts were found, with their words kept
    apart from the query's other words, so a hit shows and counts the quotes it was
    found by rather than the same words anywhere in the article."""

    quotes: dict[int, list[int]]
    """Article document -> its matching quote documents, best first."""
    words: set[str]
    """The indexed words of the `quote:` parts: marked inside those quotes only."""
    other_words: set[str]
    """The query's other words: marked anywhere, as in any article hit."""


def quote_matches(
    parsed: query_mod.Query, match_terms: Callable[[query_mod.Query], set[str]]
) -> QuoteMatches | None:
    """The quotes a resolved query's `quote:` parts found, or None when it has none.

    `match_terms` gives the indexed words a query matches (patterns expanded).
    """
    parts = quoted_in(parsed)
    if not parts:
        return None
    quotes: dict[int, list[int]] = {}
    for part in parts:
        for article, docnums in part.quotes.items():
            known = quotes.setdefault(article, [])
            known.extend(n for n in docnums if n not in known)
    words = set().union(*(match_terms(part.source) for part in parts))
    others = parsed.accept(lambda n: query_mod.NullQuery if isinstance(n, QuotedArticles) else n)
    return QuoteMatches(quotes, words, match_terms(others))


def quoted_in(parsed: query_mod.Query) -> list[QuotedArticles]:
    """The `quote:` parts of a resolved query that look for words, never those it leaves out."""
    if isinstance(parsed, QuotedArticles):
        return [parsed]
    if isinstance(parsed, query_mod.Not) or parsed.is_leaf():
        return []
    if isinstance(parsed, query_mod.AndNot):
        return quoted_in(parsed.a)
    return [found for child in parsed.children() for found in quoted_in(child)]


def mentions_quote_field(parsed: query_mod.Query) -> bool:
    """Whether any leaf of a query is about the quotes' words."""
    return any(_field(leaf) == QUOTE_FIELD for leaf in _leaves(parsed))


def _only_quote_words(node: query_mod.Query) -> bool:
    """A part every leaf of which is a `quote:` word, with no NOT inside (NOT keeps its meaning)."""
    if isinstance(node, query_mod.Not | query_mod.AndNot):
        return False
    leaves = list(_leaves(node))
    if not leaves or any(_field(leaf) != QUOTE_FIELD for leaf in leaves):
        return False
    return node.is_leaf() or all(_only_quote_words(child) for child in node.children())


def _leaves(node: query_mod.Query) -> Iterator[query_mod.Query]:
    return iter([node]) if node.is_leaf() else node.leaves()


def _field(node: query_mod.Query) -> str | None:
    return getattr(node, "fieldname", None)
