"""Corpus-wide speakers and quote groups.

The quote extractor names each speaker as well as it can *inside one article*.
This module decides, across the whole corpus, which of those names are the same
person or organisation, and which quotes are the same words reported by several
articles.

It runs over every quote after each index update, so it is shaped for a few
hundred thousand quotes: one pass that keeps a tally per (article, speaker
name) instead of the quotes themselves, name rules that only ever merge on
evidence (an exact match, a unique candidate, a name used in the same
article), and near-identical quotes found through hashed word n-grams rather
than by comparing every pair.

Names come from untrusted text and are kept literally; only the ids are
derived (slugs and short hashes).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import string
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import accumulate, repeat
from operator import add, mul, sub

from .models import Quote, Speaker, SpeakerKind

__all__ = ["SpeakerTable", "build_speaker_table", "speaker_id_for"]


@dataclass(frozen=True)
class SpeakerTable:
    """Everything the index needs to store speakers and link quotes."""

    speakers: tuple[Speaker, ...]
    """Sorted by quote count (most first), then name."""
    speaker_of: dict[tuple[str, str], str]
    """(article id, speaker name as the quote gives it) -> speaker id."""
    group_of: dict[tuple[str, int], str]
    """(article id, quote start) -> group id, only for groups spanning two or more articles."""


# --------------------------------------------------------------------- names


def _wordset(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


_HONORIFICS = _wordset(
    """mr mrs ms miss mx mister dr sir dame lord lady baron baroness prof professor rev
    revd reverend fr father sen senator rep representative gov governor president vice
    cllr councillor mayor judge hon honourable honorable rt right gen lt col maj capt
    sgt adm cmdr rabbi imam sheikh the"""
)
"""Titles written before a name; they are not part of who the person is."""

_SUFFIXES = _wordset("jr sr ii iii iv mp mep msp mla qc kc obe mbe cbe kbe dbe phd md esq")

_PARTICLES = _wordset("de da das dos van von der den del della di du la le bin ibn al el ter ten")
"""Lower-case words that belong to a surname (`Ursula von der Leyen`)."""

_MALE = _wordset("mr mister sir lord baron father fr he him his himself")
_FEMALE = _wordset("mrs ms miss dame lady baroness madam she her hers herself")
_FIRST_NAME_TITLES = frozenset({"sir", "dame"})
"""`Sir Keir` and `Dame Judi` use the given name, not the surname."""

_PRONOUNS = _wordset(
    """he she they him her his hers them their theirs it its i we us me my our you your
    himself herself themselves itself one"""
)
"""Mentions that say nothing about who spoke, so they are not aliases."""

_ROLE_FILLER = _wordset("former ex the a an of for and to then current acting interim now also its")
_ORG_FILLER = frozenset({"of", "and", "the", "for", "on", "in", "at", "to"})

_MALE_BIT, _FEMALE_BIT = 1, 2


@functools.lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """Compare names without case, accents or dots (`Dr.`, `J.`, `José`)."""
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold().strip(".,;:()\"'")


@dataclass(frozen=True)
class _PersonName:
    """A person's name split the way merging needs it."""

    display: str
    key: tuple[str, ...]
    first: str
    middle: tuple[str, ...]
    surname: tuple[str, ...]
    short: bool
    """True for a surname (or given name) alone: `Haigh`, `von der Leyen`."""


def _strip_titles(tokens: list[str]) -> list[str]:
    while len(tokens) > 1 and _fold(tokens[0]) in _HONORIFICS:
        tokens = tokens[1:]
    while len(tokens) > 1 and _fold(tokens[-1]) in _SUFFIXES:
        tokens = tokens[:-1]
    return tokens


@functools.lru_cache(maxsize=1 << 16)
def _parse_person(name: str) -> _PersonName:
    tokens = [t for t in _strip_titles(name.split()) if _fold(t)]
    tokens = tokens or name.split()
    key = tuple(_fold(t) for t in tokens)
    if len(key) == 1 or (tokens[0].islower() and key[0] in _PARTICLES):
        return _PersonName(" ".join(tokens), key, key[-1], (), key, True)
    cut = len(key) - 1
    while cut > 1 and key[cut - 1] in _PARTICLES:
        cut -= 1
    return _PersonName(" ".join(tokens), key, key[0], key[1:cut], key[cut:], False)


def _given_match(a: str, b: str) -> bool:
    """Same given name, or an initial that fits it (`J` and `John`)."""
    return a == b or ((len(a) == 1 or len(b) == 1) and a[0] == b[0])


def _same_person(a: _PersonName, b: _PersonName) -> bool:
    """Whether two full names can be one person: `Keir Starmer`, `Keir Rodney Starmer`."""
    if a.surname != b.surname or not _given_match(a.first, b.first):
        return False
    if not a.middle or not b.middle:
        return True
    return len(a.middle) == len(b.middle) and all(map(_given_match, a.middle, b.middle))


def _specificity(name: _PersonName) -> tuple[int, int, tuple[str, ...]]:
    return (-len(name.key), -sum(map(len, name.key)), name.key)


@functools.lru_cache(maxsize=1 << 16)
def _org_key(name: str) -> tuple[str, ...]:
    """`The Women & Equalities Committee` and `women and equalities committee` are one key."""
    text = _fold(name).replace("&", " and ").replace("'", "")
    words = re.sub(r"[^\w]+", " ", text).split()
    while len(words) > 1 and words[0] == "the":
        words = words[1:]
    return tuple(words)


def _acronym(key: tuple[str, ...]) -> str:
    return "".join(word[0] for word in key if word not in _ORG_FILLER)


def _role_words(roles: Iterable[str]) -> set[str]:
    return {w for role in roles for w in re.findall(r"\w+", _fold(role)) if w not in _ROLE_FILLER}


def speaker_id_for(name: str) -> str:
    """A readable id that survives re-indexing, since it depends only on the name.

    Args:
        name: the speaker's canonical name.

    Returns:
        A lower-case slug (`keir-starmer`); names without letters get a short hash.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    slug = re.sub(r"[\W_]+", "-", bare).strip("-")
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=4).hexdigest()
    if not slug:
        return f"speaker-{digest}"
    if len(slug) > 60:
        return f"{slug[:50].rstrip('-')}-{digest}"
    return slug


# ------------------------------------------------------------------- tallies


class _Local:
    """One speaker name as used inside one article: all we keep of its quotes.

    Mentions and roles are kept as the quotes' own strings and tuples, so a
    tally costs a few pointers per quote.
    """

    __slots__ = ("article_id", "name", "quotes", "org_votes", "mentions", "roles")

    def __init__(self, article_id: str, name: str) -> None:
        self.article_id = article_id
        self.name = name
        self.quotes = 0
        self.org_votes = 0
        self.mentions: list[str] = []
        self.roles: tuple[str, ...] = ()

    def add(self, quote: Quote) -> None:
        self.quotes += 1
        if quote.speaker_kind == "organisation":
            self.org_votes += 1
        if quote.roles and quote.roles != self.roles:
            self.roles = tuple(dict.fromkeys(self.roles + quote.roles))
        if quote.mention:
            self.mentions.append(quote.mention)

    @property
    def genders(self) -> int:
        """Which genders the titles and pronouns used for this speaker point to."""
        heads = {_fold(m.split()[0]) for m in self.mentions if m.strip()}
        return (_MALE_BIT if heads & _MALE else 0) | (_FEMALE_BIT if heads & _FEMALE else 0)

    @property
    def by_first(self) -> bool:
        """Called `Sir Keir` somewhere, so a lone name may be the given name."""
        return any(
            m.split()[0].casefold() in _FIRST_NAME_TITLES for m in self.mentions if m.strip()
        )


class _Cluster:
    """The locals merged into one corpus-wide speaker."""

    __slots__ = ("kind", "locals", "names", "_evidence")

    def __init__(self, kind: SpeakerKind) -> None:
        self.kind: SpeakerKind = kind
        self.locals: list[_Local] = []
        self.names: list[_PersonName] = []
        self._evidence: tuple[int, set[str]] | None = None

    def evidence(self) -> tuple[int, set[str]]:
        """Genders and role words of the speaker, from the locals it had when first asked.

        Asked only once its full-name locals are in, so a surname that joins
        later never changes what the next surname is checked against.
        """
        if self._evidence is None:
            bits = 0
            for local in self.locals:
                bits |= local.genders
            roles = _role_words(role for local in self.locals for role in local.roles)
            self._evidence = (bits, roles)
        return self._evidence


# ------------------------------------------------------------------- people


def _cluster_full_names(names: Iterable[_PersonName]) -> dict[tuple[str, ...], _Cluster]:
    """Most specific names first, so a shorter form joins the one person it fits.

    A form that fits two people (`George Bush` next to `George W Bush` and
    `George H W Bush`) stays on its own rather than guessing.
    """
    buckets: dict[tuple[tuple[str, ...], str], list[_Cluster]] = {}
    cluster_of: dict[tuple[str, ...], _Cluster] = {}
    for name in sorted(names, key=_specificity):
        # Given names that fit share their first letter, so that letter narrows the search.
        bucket = buckets.setdefault((name.surname, name.first[0]), [])
        fits = [c for c in bucket if all(_same_person(name, other) for other in c.names)]
        cluster = fits[0] if len(fits) == 1 else None
        if cluster is None:
            cluster = _Cluster("person")
            bucket.append(cluster)
        cluster.names.append(name)
        cluster_of[name.key] = cluster
    return cluster_of


def _fits_short(short: _PersonName, full: _PersonName, by_first: bool) -> bool:
    if full.surname == short.key:
        return True
    return by_first and len(short.key) == 1 and full.first == short.key[0]


def _compatible(local: _Local, cluster: _Cluster) -> bool:
    """No contrary evidence: not `Mr` against `Ms`, no roles that share nothing."""
    theirs, their_roles = cluster.evidence()
    mine = local.genders
    if mine in (_MALE_BIT, _FEMALE_BIT) and theirs in (_MALE_BIT, _FEMALE_BIT) and mine != theirs:
        return False
    my_roles = _role_words(local.roles)
    return not my_roles or not their_roles or bool(my_roles & their_roles)


class _People:
    """Merges person names: full names by compatibility, short ones on evidence."""

    def __init__(self, locals_: list[_Local]) -> None:
        self.parsed = {local.name: _parse_person(local.name) for local in locals_}
        full = {name.key: name for name in self.parsed.values() if not name.short}
        self.cluster_of = _cluster_full_names(full.values())
        self.in_article: dict[str, list[_PersonName]] = {}
        for local in locals_:
            name = self.parsed[local.name]
            if not name.short:
                self.in_article.setdefault(local.article_id, []).append(name)
        self.by_surname: dict[tuple[str, ...], list[_PersonName]] = {}
        self.by_first: dict[tuple[str, ...], list[_PersonName]] = {}
        for name in full.values():
            self.by_surname.setdefault(name.surname, []).append(name)
            self.by_first.setdefault((name.first,), []).append(name)

    def clusters(self, locals_: list[_Local]) -> list[_Cluster]:
        short: list[_Local] = []
        for local in locals_:
            name = self.parsed[local.name]
            if name.short:
                short.append(local)
            else:
                self.cluster_of[name.key].locals.append(local)
        unresolved: dict[tuple[str, ...], _Cluster] = {}
        for local in short:
            name = self.parsed[local.name]
            cluster = self._resolve_short(local, name)
            if cluster is None:
                cluster = unresolved.setdefault(name.key, _Cluster("person"))
                cluster.names.append(name)
            cluster.locals.append(local)
        found = {id(c): c for c in [*self.cluster_of.values(), *unresolved.values()] if c.locals}
        return list(found.values())

    def _resolve_short(self, local: _Local, name: _PersonName) -> _Cluster | None:
        """Join a full name used in the same article, else the only one in the corpus."""
        nearby = self._candidates(self.in_article.get(local.article_id, ()), name, local.by_first)
        if nearby:
            return nearby.pop() if len(nearby) == 1 else None
        anywhere = self._candidates(self.by_surname.get(name.key, ()), name, False)
        if not anywhere and local.by_first:
            anywhere = self._candidates(self.by_first.get(name.key, ()), name, True)
        if len(anywhere) == 1:
            cluster = anywhere.pop()
            return cluster if _compatible(local, cluster) else None
        return None

    def _candidates(
        self, names: Iterable[_PersonName], short: _PersonName, by_first: bool
    ) -> set[_Cluster]:
        return {self.cluster_of[n.key] for n in names if _fits_short(short, n, by_first)}


# ------------------------------------------------------------- organisations


def _cluster_orgs(locals_: list[_Local]) -> list[_Cluster]:
    """Exact keys merge; a shorter name joins a longer one only when it is the only fit.

    `Women and Equalities Committee` joins `Commons Women and Equalities
    Committee` (three words or more, one candidate); `Labour Party` does not
    join `Scottish Labour Party`, and `FBI` joins `Federal Bureau of
    Investigation` only if no other organisation has those initials.
    """
    by_key: dict[tuple[str, ...], list[_Local]] = {}
    for local in locals_:
        by_key.setdefault(_org_key(local.name), []).append(local)
    by_suffix: dict[tuple[str, ...], set[int]] = {}
    by_initials: dict[str, set[int]] = {}
    clusters: list[_Cluster] = []
    for key in sorted(by_key, key=lambda k: (-len(k), k)):
        index = _org_fit(key, by_key[key], by_suffix, by_initials)
        if index is None:
            index = len(clusters)
            clusters.append(_Cluster("organisation"))
        clusters[index].locals.extend(by_key[key])
        for cut in range(1, len(key) - 2):
            by_suffix.setdefault(key[cut:], set()).add(index)
        if len(key) >= 2:
            by_initials.setdefault(_acronym(key), set()).add(index)
    return clusters


def _org_fit(
    key: tuple[str, ...],
    locals_: list[_Local],
    by_suffix: dict[tuple[str, ...], set[int]],
    by_initials: dict[str, set[int]],
) -> int | None:
    hits: set[int] = set()
    if len(key) >= 3:
        hits = by_suffix.get(key, set())
    elif len(key) == 1 and len(key[0]) >= 2 and any(_upper_word(loc.name) for loc in locals_):
        hits = by_initials.get(key[0], set())
    return next(iter(hits)) if len(hits) == 1 else None


def _upper_word(name: str) -> bool:
    word = name.strip()
    return word.isupper() and word.isalpha()


def _org_kinds(locals_: list[_Local]) -> dict[tuple[str, ...], bool]:
    """Whether each name is an organisation, by a vote over all its quotes.

    One article may call `Ofcom` a person and another an organisation; both
    must land on the same entry.
    """
    votes: dict[tuple[str, ...], list[int]] = {}
    for local in locals_:
        tally = votes.setdefault(_org_key(local.name), [0, 0])
        tally[0] += local.org_votes
        tally[1] += local.quotes
    return {key: 2 * orgs >= total and orgs > 0 for key, (orgs, total) in votes.items()}


# ------------------------------------------------------------------ speakers


def _ranked(counts: dict[str, int]) -> list[str]:
    """Most frequent first; ties keep the order in which they were first seen."""
    order = {value: i for i, value in enumerate(counts)}
    return sorted(counts, key=lambda value: (-counts[value], order[value]))


def _canonical_name(cluster: _Cluster) -> str:
    """The most quoted full form; a surname alone only when nothing fuller exists."""
    quotes: dict[str, int] = {}
    for local in cluster.locals:
        name = _display(local.name, cluster.kind)
        quotes[name] = quotes.get(name, 0) + local.quotes

    def rank(name: str) -> tuple[bool, int, int, str]:
        if cluster.kind == "organisation":
            # `Women and Equalities Committee` over `Commons Women …` and `Women & …`.
            return (False, -quotes[name], len(name.split()) + _symbols(name), name)
        return (_parse_person(name).short, -quotes[name], -len(name.split()), name)

    return min(quotes, key=rank)


def _symbols(name: str) -> int:
    return sum(not (ch.isalnum() or ch.isspace()) for ch in name)


def _display(name: str, kind: SpeakerKind) -> str:
    words = name.split()
    if kind == "person":
        return " ".join(_strip_titles(words))
    while len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _roles(cluster: _Cluster) -> tuple[str, ...]:
    """Deduplicated without case, counted once per article, most common first."""
    counts: dict[str, int] = {}
    forms: dict[str, dict[str, int]] = {}
    for local in cluster.locals:
        for role in local.roles:
            role = " ".join(role.split())
            key = role.casefold()
            counts[key] = counts.get(key, 0) + 1
            spelled = forms.setdefault(key, {})
            spelled[role] = spelled.get(role, 0) + 1
    return tuple(_ranked(forms[key])[0] for key in _ranked(counts))


def _aliases(cluster: _Cluster) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for local in cluster.locals:
        name = " ".join(local.name.split())
        counts[name] = counts.get(name, 0) + local.quotes
        for mention in local.mentions:
            mention = _unstarted(" ".join(mention.split()))
            if mention and _fold(mention) not in _PRONOUNS:
                counts[mention] = counts.get(mention, 0) + 1
    return tuple(_ranked(counts))


def _unstarted(mention: str) -> str:
    """`The Prime Minister` at the start of a sentence is `the Prime Minister`."""
    head, _, rest = mention.partition(" ")
    return f"{head.lower()} {rest}" if rest and head in ("The", "A", "An") else mention


def _speaker(cluster: _Cluster, speaker_id: str, name: str) -> Speaker:
    return Speaker(
        id=speaker_id,
        name=name,
        kind=cluster.kind,
        aliases=_aliases(cluster),
        roles=_roles(cluster),
        quote_count=sum(local.quotes for local in cluster.locals),
        article_count=len({local.article_id for local in cluster.locals}),
    )


def _speakers(clusters: list[_Cluster]) -> tuple[tuple[Speaker, ...], dict[tuple[str, str], str]]:
    """Give each cluster its id; names that slug alike get `-2`, `-3` in name order."""
    named = sorted(((_canonical_name(c), c) for c in clusters), key=lambda nc: (nc[0], nc[1].kind))
    taken: dict[str, int] = {}
    speakers: list[Speaker] = []
    speaker_of: dict[tuple[str, str], str] = {}
    for name, cluster in named:
        base = speaker_id_for(name)
        taken[base] = taken.get(base, 0) + 1
        speaker_id = base if taken[base] == 1 else f"{base}-{taken[base]}"
        speakers.append(_speaker(cluster, speaker_id, name))
        for local in cluster.locals:
            speaker_of[(local.article_id, local.name)] = speaker_id
    speakers.sort(key=lambda s: (-s.quote_count, s.name.casefold(), s.name))
    return tuple(speakers), speaker_of


# -------------------------------------------------------------- quote groups

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


class _Grouper:
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


def _quote_groups(
    grouper: _Grouper,
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
    grouper: _Grouper, nodes: list[int], speakers_of: Callable[[int], frozenset[str]]
) -> bool:
    """A short quote said by several people (`we will see`) is a phrase, not one report."""
    if len(nodes) != 1 or grouper.size[nodes[0]] >= _SAFE_CONTAINED_WORDS:
        return False
    return len(speakers_of(nodes[0])) > 1


# -------------------------------------------------------------------- entry


def build_speaker_table(
    quotes: Iterable[Quote], article_dates: Mapping[str, dt.date | None] | None = None
) -> SpeakerTable:
    """Merge speakers and group repeated quotes over every quote in the corpus.

    Args:
        quotes: every quote in the index, each with its in-article speaker name.
        article_dates: publication dates, so a group's id comes from its
            earliest report; undated articles count as latest.

    Returns:
        The speakers, the speaker id for each (article, name) and the group id
        for each quote that was reported in more than one article.
    """
    locals_: dict[tuple[str, str], _Local] = {}
    grouper = _Grouper()
    for quote in quotes:
        grouper.add(quote)
        name = quote.speaker
        if not name or not name.strip():
            continue
        local = locals_.get((quote.article_id, name))
        if local is None:
            local = locals_[(quote.article_id, name)] = _Local(quote.article_id, name)
        local.add(quote)
    speakers, speaker_of = _speakers(_cluster_all(list(locals_.values())))
    group_of = _quote_groups(grouper, speaker_of, article_dates or {})
    return SpeakerTable(speakers=speakers, speaker_of=speaker_of, group_of=group_of)


def _cluster_all(locals_: list[_Local]) -> list[_Cluster]:
    is_org = _org_kinds(locals_)
    orgs: list[_Local] = []
    people: list[_Local] = []
    for local in locals_:
        (orgs if is_org[_org_key(local.name)] else people).append(local)
    return _cluster_orgs(orgs) + _People(people).clusters(people)
