"""`speaker:` in a query, and the speaker filters, read through the speaker table.

A quote is indexed with the name its own article gives the speaker ("Reagan",
"President Reagan"), while who that is across the corpus (Ronald Reagan) and
what the user corrected (merges, splits, renames, quotes given to someone else)
live in the speaker table, which changes without a re-index. So a speaker leaf
is not looked up among the indexed words: its words are matched against every
name each speaker goes by, as corrected, and the leaf becomes the documents of
the speakers it names (`DocSet`). `speaker:"ronald reagan"` then finds every
quote of Ronald Reagan, whatever each article called him, and a rename or a
merge is seen at once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from whoosh import matching
from whoosh import query as query_mod
from whoosh.support.levenshtein import damerau_levenshtein

from ..speakers.corrections import CorrectedTable
from .documents import name_key

__all__ = ["SPEAKER_ID", "DocSet", "SpeakerNames", "is_speaker_leaf"]

SPEAKER_ID = "speaker_id"
"""Not a field of the index: a leaf naming one speaker by id, resolved like `speaker:`."""


def is_speaker_leaf(node: query_mod.Query) -> bool:
    """A leaf about who speaks (`speaker:…`, or one speaker by id)."""
    return getattr(node, "fieldname", None) in ("speaker", SPEAKER_ID) and (
        node.is_leaf() or isinstance(node, query_mod.Phrase)
    )


class DocSet(query_mod.Query):
    """A fixed set of documents, by number in the whole index, as a query leaf.

    Whoosh runs a query once per segment with numbers counted from the
    segment's start; the searcher of a segment knows its offset through its
    parent, so each segment is handed its own slice of the set.
    """

    def __init__(self, docnums: Iterable[int], label: str, boost: float = 1.0) -> None:
        self.docnums = sorted(set(docnums))
        self.label = label
        self.boost = boost

    def __repr__(self) -> str:
        return f"DocSet({self.label!r}, {len(self.docnums)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DocSet) and other.docnums == self.docnums

    def __hash__(self) -> int:
        return hash(tuple(self.docnums))

    def estimate_size(self, ixreader) -> int:
        return len(self.docnums)

    def matcher(self, searcher, context=None) -> matching.Matcher:
        parent = searcher.parent() if searcher.parent else None
        offset = (parent._offset_for_subsearcher(searcher) or 0) if parent else 0
        low = bisect_left(self.docnums, offset)
        high = bisect_left(self.docnums, offset + searcher.doc_count_all())
        ids = [n - offset for n in self.docnums[low:high]]
        return matching.ListMatcher(ids, all_weights=self.boost) if ids else matching.NullMatcher()


@dataclass(frozen=True)
class QuotePlan:
    """Where the quotes of some speakers are, before anything is read.

    `sure` (article, name) pairs hold only their quotes; `check` pairs and
    `articles` may hold some (a quote split off by its mention, or given to
    someone by the user), so each of their quotes is looked at.
    """

    sure: frozenset[tuple[str, str]]
    check: frozenset[tuple[str, str]]
    articles: frozenset[str]


class SpeakerNames:
    """Every word of every name a speaker goes by, for finding speakers by a query's words.

    Built once per corrected table: the canonical name, the aliases (a
    renamed speaker keeps the old name as one) and each name an article gave.
    """

    def __init__(self, corrected: CorrectedTable, tokens: Callable[[str], list[str]]) -> None:
        self.corrected = corrected
        table = corrected.table
        self.ids = frozenset(s.id for s in table.speakers)
        self.pairs_of: dict[str, list[tuple[str, str]]] = {}
        sids_of: dict[str, set[str]] = {}
        for speaker in table.speakers:
            for name in (speaker.name, *speaker.aliases):
                sids_of.setdefault(name, set()).add(speaker.id)
        for (article, name), sid in table.speaker_of.items():
            sids_of.setdefault(name, set()).add(sid)
            self.pairs_of.setdefault(sid, []).append((article, name_key(name)))
        self._names: list[tuple[tuple[str, ...], frozenset[str]]] = []
        self._by_word: dict[str, set[str]] = {}
        for name, sids in sids_of.items():
            words = tuple(tokens(name))
            self._names.append((words, frozenset(sids)))
            for word in words:
                self._by_word.setdefault(word, set()).update(sids)
        self._fixed_articles = corrected.fixed_articles()

    def matching(self, leaf: query_mod.Query) -> set[str] | None:
        """The ids of the speakers a leaf names; None for a form not read by name."""
        text = getattr(leaf, "text", None)
        if leaf.fieldname == SPEAKER_ID:
            return {text} & self.ids if isinstance(text, str) else set()
        if isinstance(leaf, query_mod.Phrase):
            return self._phrase([w for w in leaf.words if isinstance(w, str)])
        if not isinstance(text, str):
            return None
        if type(leaf) is query_mod.Term:
            return set(self._by_word.get(text, ()))
        test = _word_test(leaf, text)
        if test is None:
            return None
        found: set[str] = set()
        for word, sids in self._by_word.items():
            if test(word):
                found |= sids
        return found

    def _phrase(self, words: list[str]) -> set[str]:
        if not words:
            return set()
        found: set[str] = set()
        for name, sids in self._names:
            if not sids <= found and _contains(name, tuple(words)):
                found |= sids
        return found

    def plan(self, ids: set[str]) -> QuotePlan:
        """Which (article, name) pairs and articles to read for these speakers' quotes."""
        corrected = self.corrected
        owners = set(ids)
        for sid in ids:
            owner = corrected.split_from(sid)
            if owner:
                owners.add(owner)
        sure: set[tuple[str, str]] = set()
        check: set[tuple[str, str]] = set()
        for sid in owners:
            uncertain = sid not in ids or sid in corrected.split_mentions
            for pair in self.pairs_of.get(sid, ()):
                if uncertain or pair[0] in self._fixed_articles:
                    check.add(pair)
                else:
                    sure.add(pair)
        given = set()
        for sid in ids:
            given |= corrected.articles_given(sid)
        return QuotePlan(frozenset(sure), frozenset(check), frozenset(given))


def _contains(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    width = len(words)
    return any(name[i : i + width] == words for i in range(len(name) - width + 1))


def _word_test(leaf: query_mod.Query, text: str) -> Callable[[str], bool] | None:
    if isinstance(leaf, query_mod.Prefix):
        return lambda word: word.startswith(text)
    if isinstance(leaf, query_mod.FuzzyTerm):
        fixed = text[: leaf.prefixlength]
        limit = leaf.maxdist
        return lambda word: (
            word.startswith(fixed)
            and abs(len(word) - len(text)) <= limit
            and damerau_levenshtein(word, text, limit) <= limit
        )
    if isinstance(leaf, query_mod.Wildcard | query_mod.Regex):
        pattern = re.compile(leaf._get_pattern())
        return lambda word: pattern.fullmatch(word) is not None
    return None
