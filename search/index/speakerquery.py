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
from .accents import fold_accents
from .documents import name_key

__all__ = ["SPEAKER_ID", "DocSet", "SpeakerMatch", "SpeakerNames", "is_speaker_leaf"]

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

    ties = True
    """Every document of the set scores the same (a subclass that weighs them says not)."""

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
class SpeakerMatch:
    """Who a speaker leaf names: whole speakers, and single (article, name) pairs
    that a name brought by a merge still stands for."""

    ids: frozenset[str]
    pairs: frozenset[tuple[str, str, str]] = frozenset()
    """(article, name key, speaker id now): that pair's quotes still that speaker's."""


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
    A name's words are worked out only when a query could be about it: in the
    quotes scope every plain word is also looked up as a speaker's, and
    putting the thousands of names through the analyzer first cost more than
    the search itself. Every word the analyzer takes from a name is a piece of
    the name, case folded, so a name without the query's letters is passed over
    unread.
    """

    def __init__(self, corrected: CorrectedTable, tokens: Callable[[str], list[str]]) -> None:
        self.corrected = corrected
        table = corrected.table
        self.ids = frozenset(s.id for s in table.speakers)
        self.pairs_of: dict[str, list[tuple[str, str]]] = {}
        sids_of: dict[str, set[str]] = {}
        pairs_named: dict[str, set[tuple[str, str, str]]] = {}
        base = corrected.base or table
        origins = _bearers(base)
        base_pairs: dict[str, list[tuple[str, str]]] = {}
        for pair, sid in base.speaker_of.items():
            base_pairs.setdefault(sid, []).append(pair)
        doubted = corrected.doubted
        for speaker in table.speakers:
            for name in (speaker.name, *speaker.aliases):
                bearers = origins.get(name.casefold(), set())
                if name == speaker.name or speaker.id in bearers or not bearers & doubted:
                    sids_of.setdefault(name, set()).add(speaker.id)
                    continue
                # Brought by a merge since doubted: the quotes of whoever bore the name.
                for bearer in bearers:
                    for article, said in base_pairs.get(bearer, ()):
                        now = table.speaker_of.get((article, said))
                        if now is not None:
                            pairs_named.setdefault(name, set()).add((article, name_key(said), now))
        for (article, name), sid in table.speaker_of.items():
            self.pairs_of.setdefault(sid, []).append((article, name_key(name)))
            if base.speaker_of.get((article, name), sid) not in doubted - {sid}:
                sids_of.setdefault(name, set()).add(sid)
            else:
                pairs_named.setdefault(name, set()).add((article, name_key(name), sid))
        names = {*sids_of, *pairs_named}
        self._names = [
            (name, frozenset(sids_of.get(name, ())), frozenset(pairs_named.get(name, ())))
            for name in names
        ]
        self._folded = [fold_accents(name.casefold()) for name, _, _ in self._names]
        self._tokens = tokens
        self._words: dict[int, tuple[str, ...]] = {}
        """A name's words by its place in `_names`, filled in as queries need them."""
        self._fixed_articles = corrected.fixed_articles()

    def matching(self, leaf: query_mod.Query) -> SpeakerMatch | None:
        """The speakers a leaf names; None for a form not read by name."""
        text = getattr(leaf, "text", None)
        if leaf.fieldname == SPEAKER_ID:
            return SpeakerMatch(frozenset({text} & self.ids if isinstance(text, str) else ()))
        if isinstance(leaf, query_mod.Phrase):
            words = tuple(w for w in leaf.words if isinstance(w, str))
            if not words:
                return SpeakerMatch(frozenset())
            return self._found(words, lambda name: _contains(name, words))
        if not isinstance(text, str):
            return None
        if type(leaf) is query_mod.Term:
            return self._found((text,), lambda name: text in name)
        found = _word_test(leaf, text)
        if found is None:
            return None
        piece, test = found
        return self._found((piece,), lambda name: any(test(word) for word in name))

    def _found(
        self, pieces: tuple[str, ...], fits: Callable[[tuple[str, ...]], bool]
    ) -> SpeakerMatch:
        """The speakers of the names that hold every piece and whose words `fits`."""
        folded = [fold_accents(piece.casefold()) for piece in pieces]
        found: set[str] = set()
        pairs: set[tuple[str, str, str]] = set()
        for place, name in enumerate(self._folded):
            _, sids, named = self._names[place]
            new = not sids <= found or not named <= pairs
            if all(p in name for p in folded) and new and fits(self._words_of(place)):
                found |= sids
                pairs |= named
        return SpeakerMatch(frozenset(found), frozenset(p for p in pairs if p[2] not in found))

    def heirs(self, owner: str) -> set[str]:
        """Who a pair's quotes may be with now: its owner, or a speaker split off it
        by mention (Ms Owen, split off a Louise Haigh that Sarah Owen was merged into)."""
        split = self.corrected.split_mentions.get(owner, ())
        return {owner, *(new for _mention, new in split)}

    def _words_of(self, place: int) -> tuple[str, ...]:
        words = self._words.get(place)
        if words is None:
            words = self._words[place] = tuple(self._tokens(self._names[place][0]))
        return words

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


def _bearers(table) -> dict[str, set[str]]:
    """Folded name -> the speakers extraction gave it to (as name, alias or an article's)."""
    bearers: dict[str, set[str]] = {}
    for speaker in table.speakers:
        for name in (speaker.name, *speaker.aliases):
            bearers.setdefault(name.casefold(), set()).add(speaker.id)
    for (_article, name), sid in table.speaker_of.items():
        bearers.setdefault(name.casefold(), set()).add(sid)
    return bearers


def _contains(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    width = len(words)
    return any(name[i : i + width] == words for i in range(len(name) - width + 1))


def _word_test(leaf: query_mod.Query, text: str) -> tuple[str, Callable[[str], bool]] | None:
    """A test of one word for a pattern leaf, with letters every word it passes holds."""
    if isinstance(leaf, query_mod.Prefix):
        return text, lambda word: word.startswith(text)
    if isinstance(leaf, query_mod.FuzzyTerm):
        fixed = text[: leaf.prefixlength]
        limit = leaf.maxdist
        return (
            fixed,
            lambda word: (
                word.startswith(fixed)
                and abs(len(word) - len(text)) <= limit
                and damerau_levenshtein(word, text, limit) <= limit
            ),
        )
    if isinstance(leaf, query_mod.Wildcard | query_mod.Regex):
        pattern = re.compile(leaf._get_pattern())
        return "", lambda word: pattern.fullmatch(word) is not None
    return None
