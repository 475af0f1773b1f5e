"""Quotes that are the same words reported by several articles.

Identical quotes (after folding case and punctuation) share one node as they
stream in; near-identical ones (one contained in the other, or a high 3-gram
overlap) are linked through a small min-hash style index of word 4-grams, so
no pair of quotes is ever compared unless they share a rare 4-gram. A group
spanning two or more articles gets an id from the words of its earliest report.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import string
from collections.abc import Callable, Mapping
from itertools import accumulate, repeat
from operator import add, mul, sub

from ..models import Quote

_MIN_WORDS = 3
"""Shorter quotes (`fake news`) recur without being the same report."""
_NEAR_MIN_WORDS = 4
_SAFE_CONTAINED_WORDS = 6
"""A fragment shorter than this joins a longer quote only from the same speaker."""
_JACCARD = 0.8
_KEYS_PER_QUOTE = 2
_BUCKET_CAP = 32
"""Stock phrases fill buckets; past this many quotes a bucket stops growing."""

_PUNCT = string.punctuation.replace("'", "").encode("ascii")
_SPACES = bytes.maketrans(_PUNCT, b" " * len(_PUNCT))
_WORD = re.compile(r"[^\W_]+")

Member = tuple[str, int, str | None]


def _words(text: str) -> list[bytes]:
    """Words without case, punctuation or quote marks; apostrophes dropped (`it’s` = `its`).

    ASCII text (nearly all of it once curly apostrophes are folded) takes a
    bytes fast path; anything else goes through a Unicode word regex.
    """
    lowered = text.lower()
    if not lowered.isascii():
        lowered = lowered.replace("’", "'").replace("‘", "'")
        if not lowered.isascii():
            return " ".join(_WORD.findall(lowered.replace("'", ""))).encode("utf-8").split()
    return lowered.encode("ascii").translate(_SPACES, b"'").split()


def _grams(words: list[bytes], n: int) -> set[tuple[bytes, ...]]:
    return set(zip(*(words[i:] for i in range(n)), strict=False))


def _near(short: bytes, long: bytes, short_size: int, long_size: int) -> str | None:
    """`contained` or `similar` when two normalised quotes are the same words, else None.

    `long` comes padded with a space at each end, so containment is whole words.
    """
    if short_size >= _NEAR_MIN_WORDS and b" %s " % short in long:
        return "contained"
    if short_size - 2 < _JACCARD * (long_size - 2):
        return None  # too different in length for the 3-gram overlap to reach the bar
    a, b = _grams(short.split(), 3), _grams(long.split(), 3)
    if a and b and len(a & b) >= _JACCARD * len(a | b):
        return "similar"
    return None


def _gram_keys(words: list[bytes]) -> tuple[set[int], list[int]]:
    """Every word 4-gram as a number, and the few that file the quote in the index.

    Each number is the 4-gram's length in letters above its hash, so the filed
    ones (the largest) are the longest 4-grams. Any fixed order keeps the
    min-hash guarantees, and long 4-grams are rare ones, so buckets stay small
    even when a stock phrase ("one of the most") is everywhere.
    """
    hashes = map(hash, zip(words, words[1:], words[2:], words[3:], strict=False))
    ends = list(accumulate(map(len, words)))
    lengths = map(sub, ends[3:], [0, *ends[:-4]])
    grams = sorted(map(add, map(mul, lengths, repeat(1 << 64)), hashes))
    return set(grams), grams[-_KEYS_PER_QUOTE:]


class Grouper:
    """Quotes keyed by their normalised text, then linked when nearly identical.

    Identical texts share one node as they stream in. Linking visits nodes
    from shortest to longest: each node files a few of its word 4-grams in an
    index and looks up all of its own there. A fragment's filed 4-grams are
    all inside any quote that contains it, and two quotes with high overlap
    share their filed 4-grams with high probability (as in min-hashing), so
    candidates come from the index, never from all pairs.
    """

    def __init__(self) -> None:
        self.node_of: dict[int, int] = {}
        """Hash of the normalised words -> node; 64-bit, so collisions are negligible."""
        self.text: list[str] = []
        """The first quote's own text; normalised again when needed, to keep memory low."""
        self.size: list[int] = []
        self.members: list[Member | list[Member]] = []
        self.parent: dict[int, int] = {}

    def add(self, quote: Quote) -> None:
        words = _words(quote.text)
        if len(words) < _MIN_WORDS:
            return
        key = hash(b" ".join(words))
        member = (quote.article_id, quote.start, quote.speaker)
        node = self.node_of.get(key)
        if node is None:
            self.node_of[key] = len(self.text)
            self.text.append(quote.text)
            self.size.append(len(words))
            self.members.append(member)
            return
        held = self.members[node]
        if isinstance(held, list):
            held.append(member)
        else:
            self.members[node] = [held, member]

    def norm(self, node: int) -> bytes:
        return b" ".join(_words(self.text[node]))

    def node_members(self, node: int) -> list[Member]:
        held = self.members[node]
        return held if isinstance(held, list) else [held]

    def find(self, node: int) -> int:
        root = node
        while root in self.parent:
            root = self.parent[root]
        while node != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def link(self, agree: Callable[[int, int, str], bool]) -> None:
        """Union nodes that are the same words, as far as `agree` allows."""
        self.node_of.clear()  # streaming is over; free it before the index grows
        index: dict[int, int | list[int]] = {}
        sizes = self.size
        order = sorted(
            (n for n, size in enumerate(sizes) if size >= _NEAR_MIN_WORDS), key=sizes.__getitem__
        )
        for node in order:
            norm = self.norm(node)
            grams, keys = _gram_keys(norm.split())
            padded = b" %s " % norm
            for other in _candidates(index, grams):
                root = self.find(other)
                if root == self.find(node):
                    continue
                how = _near(self.norm(other), padded, sizes[other], sizes[node])
                if how and agree(other, node, how):
                    self.parent[root] = self.find(node)
            for gram in keys:
                _file(index, gram, node)

    def components(self) -> list[list[int]]:
        """Nodes that hold more than one quote, after linking."""
        linked = set(self.parent) | {self.find(node) for node in list(self.parent)}
        linked.update(n for n, held in enumerate(self.members) if isinstance(held, list))
        groups: dict[int, list[int]] = {}
        for node in sorted(linked):
            groups.setdefault(self.find(node), []).append(node)
        return list(groups.values())


def _candidates(index: dict[int, int | list[int]], grams: set[int]) -> set[int]:
    found: set[int] = set()
    for gram in index.keys() & grams:
        held = index[gram]
        if isinstance(held, list):
            found.update(held)
        else:
            found.add(held)
    return found


def _file(index: dict[int, int | list[int]], gram: int, node: int) -> None:
    held = index.get(gram)
    if held is None:
        index[gram] = node
    elif isinstance(held, int):
        index[gram] = [held, node]
    elif len(held) < _BUCKET_CAP:
        held.append(node)


def _group_id(norm: bytes) -> str:
    """A short hash of the normalised words, so it survives re-indexing."""
    digest = hashlib.blake2b(norm, digest_size=5).hexdigest()
    return f"g{digest}"


def quote_groups(
    grouper: Grouper,
    speaker_of: Mapping[tuple[str, str], str],
    dates: Mapping[str, dt.date | None],
) -> dict[tuple[str, int], str]:
    def speakers_of(node: int) -> frozenset[str]:
        found = (speaker_of.get((aid, name)) for aid, _, name in grouper.node_members(node) if name)
        return frozenset(s for s in found if s)

    def agree(short: int, long: int, how: str) -> bool:
        """Different known speakers never share a quote; short fragments need the same one."""
        mine, theirs = speakers_of(short), speakers_of(long)
        if mine and theirs:
            return bool(mine & theirs)
        return how == "similar" or grouper.size[short] >= _SAFE_CONTAINED_WORDS

    grouper.link(agree)
    group_of: dict[tuple[str, int], str] = {}
    for nodes in grouper.components():
        members = [(m, node) for node in nodes for m in grouper.node_members(node)]
        if len({m[0] for m, _ in members}) < 2 or _mixed_short(grouper, nodes, speakers_of):
            continue
        _, first = min(members, key=lambda mn: (dates.get(mn[0][0]) or dt.date.max, mn[0][:2]))
        group = _group_id(grouper.norm(first))
        for (article_id, start, _), _ in members:
            group_of[(article_id, start)] = group
    return group_of


def _mixed_short(
    grouper: Grouper, nodes: list[int], speakers_of: Callable[[int], frozenset[str]]
) -> bool:
    """A short quote said by several people (`we will see`) is a phrase, not one report."""
    if len(nodes) != 1 or grouper.size[nodes[0]] >= _SAFE_CONTAINED_WORDS:
        return False
    return len(speakers_of(nodes[0])) > 1
