"""Which in-article speaker names are the same person or organisation across the corpus.

Quotes are first tallied per (article, name) into `Local`s, so memory grows
with the number of speakers rather than quotes. Locals then merge into
`Cluster`s only on evidence: organisations by exact key, or a shorter name
that fits exactly one longer one; people by full names that fit one person,
and a surname alone by a full name in the same article, else by the only
full name in the corpus that holds the same office ("Treasury Secretary
Baker" and James Baker, the Treasury Secretary). A surname with nothing
more stays a speaker of its own: the Fischer of one story, who works at
Merrill Lynch, is not the Joel Fischer of another.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Quote, SpeakerKind
from ..quotes.names import incorporated
from .names import (
    PersonName,
    acronym,
    fold,
    org_key,
    parse_person,
    role_words,
    same_person,
    specificity,
)

_MALE = frozenset(
    ["mr", "mister", "sir", "lord", "baron", "father", "fr", "he", "him", "his", "himself"]
)
_FEMALE = frozenset(
    ["mrs", "ms", "miss", "dame", "lady", "baroness", "madam", "she", "her", "hers", "herself"]
)
_FIRST_NAME_TITLES = frozenset({"sir", "dame"})
"""`Sir Keir` and `Dame Judi` use the given name, not the surname."""

_MALE_BIT, _FEMALE_BIT = 1, 2

_NOT_NAMING = frozenset({"description", "continued"})
"""Mentions that are not the speaker's name: a description ("the spokesman", "the
president", "the March 9 letter") may fit several people across the corpus, so it
is never an alias (a role the article ties to a name is kept among the roles), and
a carried-on quote repeats its first quote's mention."""


class Local:
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
        if quote.mention and quote.evidence not in _NOT_NAMING:
            self.mentions.append(quote.mention)

    @property
    def genders(self) -> int:
        """Which genders the titles and pronouns used for this speaker point to."""
        heads = {fold(m.split()[0]) for m in self.mentions if m.strip()}
        return (_MALE_BIT if heads & _MALE else 0) | (_FEMALE_BIT if heads & _FEMALE else 0)

    @property
    def by_first(self) -> bool:
        """Called `Sir Keir` somewhere, so a lone name may be the given name."""
        return any(
            m.split()[0].casefold() in _FIRST_NAME_TITLES for m in self.mentions if m.strip()
        )


class Cluster:
    """The locals merged into one corpus-wide speaker."""

    __slots__ = ("kind", "locals", "names", "_evidence")

    def __init__(self, kind: SpeakerKind) -> None:
        self.kind: SpeakerKind = kind
        self.locals: list[Local] = []
        self.names: list[PersonName] = []
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
            roles = role_words(role for local in self.locals for role in local.roles)
            self._evidence = (bits, roles)
        return self._evidence


# ------------------------------------------------------------------- people


def _cluster_full_names(names: Iterable[PersonName]) -> dict[tuple[str, ...], Cluster]:
    """Most specific names first, so a shorter form joins the one person it fits.

    A form that fits two people (`George Bush` next to `George W Bush` and
    `George H W Bush`) stays on its own rather than guessing.
    """
    buckets: dict[tuple[tuple[str, ...], str], list[Cluster]] = {}
    cluster_of: dict[tuple[str, ...], Cluster] = {}
    for name in sorted(names, key=specificity):
        # Given names that fit share their first letter, so that letter narrows the search.
        bucket = buckets.setdefault((name.surname, name.first[0]), [])
        fits = [c for c in bucket if all(same_person(name, other) for other in c.names)]
        cluster = fits[0] if len(fits) == 1 else None
        if cluster is None:
            cluster = Cluster("person")
            bucket.append(cluster)
            if len(name.first) == 1 and name.middle and len(name.middle[0]) > 1:
                # "J Hugh Liedtke" is found by "Hugh Liedtke" too (`initial_before`)
                buckets.setdefault((name.surname, name.middle[0][0]), []).append(cluster)
        cluster.names.append(name)
        cluster_of[name.key] = cluster
    return cluster_of


def _fits_short(short: PersonName, full: PersonName, by_first: bool) -> bool:
    if full.generation != short.generation:
        return False
    if full.surname == short.surname:
        return True
    return by_first and len(short.surname) == 1 and full.first == short.surname[0]


_OFFICES = frozenset(
    {"president", "senator", "governor", "premier", "chancellor", "pope", "king", "queen"}
)
"""Offices that one title word names well enough to tie a surname to its holder."""


def _no_contrary(local: Local, cluster: Cluster) -> bool:
    """No contrary evidence: not `Mr` against `Ms`, no roles that share nothing."""
    theirs, their_roles = cluster.evidence()
    mine = local.genders
    if mine in (_MALE_BIT, _FEMALE_BIT) and theirs in (_MALE_BIT, _FEMALE_BIT) and mine != theirs:
        return False
    my_roles = role_words(local.roles)
    return not my_roles or not their_roles or bool(my_roles & their_roles)


def _same_office(local: Local, cluster: Cluster) -> bool:
    """Evidence beyond the surname that this is the person of another story: nothing
    contrary and a role they share, by two of its words ("Treasury Secretary") or an
    office ("President")."""
    if not _no_contrary(local, cluster):
        return False
    shared = role_words(local.roles) & cluster.evidence()[1]
    return len(shared) >= 2 or bool(shared & _OFFICES)


class _People:
    """Merges person names: full names by compatibility, short ones on evidence."""

    def __init__(self, locals_: list[Local]) -> None:
        self.parsed = {local.name: parse_person(local.name) for local in locals_}
        full = {name.key: name for name in self.parsed.values() if not name.short}
        self.cluster_of = _cluster_full_names(full.values())
        self.in_article: dict[str, list[PersonName]] = {}
        for local in locals_:
            name = self.parsed[local.name]
            if not name.short:
                self.in_article.setdefault(local.article_id, []).append(name)
        self.by_surname: dict[tuple[str, ...], list[PersonName]] = {}
        self.by_first: dict[tuple[str, ...], list[PersonName]] = {}
        for name in full.values():
            self.by_surname.setdefault(name.surname, []).append(name)
            self.by_first.setdefault((name.first,), []).append(name)

    def clusters(self, locals_: list[Local]) -> list[Cluster]:
        short: list[Local] = []
        for local in locals_:
            name = self.parsed[local.name]
            if name.short:
                short.append(local)
            else:
                self.cluster_of[name.key].locals.append(local)
        unresolved: dict[tuple[str, ...], Cluster] = {}
        for local in short:
            name = self.parsed[local.name]
            cluster = self._resolve_short(local, name)
            if cluster is None:
                cluster = unresolved.setdefault(name.key, Cluster("person"))
                cluster.names.append(name)
            cluster.locals.append(local)
        found = {id(c): c for c in [*self.cluster_of.values(), *unresolved.values()] if c.locals}
        return list(found.values())

    def _resolve_short(self, local: Local, name: PersonName) -> Cluster | None:
        """Join a full name used in the same article, else the only one of that surname
        in the corpus who holds the same office."""
        nearby = self._candidates(self.in_article.get(local.article_id, ()), name, local.by_first)
        if nearby:
            return nearby.pop() if len(nearby) == 1 else None
        anywhere = self._candidates(self.by_surname.get(name.surname, ()), name, False)
        if anywhere:
            # "the Treasury Secretary" → Baker: of the Bakers quoted anywhere, the one
            # who held that office, when only one did
            holders = [c for c in anywhere if _same_office(local, c)]
            return holders[0] if len(holders) == 1 else None
        if local.by_first:
            # `Sir Keir`: a knight's title with his given name names him well enough.
            knights = self._candidates(self.by_first.get(name.surname, ()), name, True)
            if len(knights) == 1:
                cluster = knights.pop()
                return cluster if _no_contrary(local, cluster) else None
        return None

    def _candidates(
        self, names: Iterable[PersonName], short: PersonName, by_first: bool
    ) -> set[Cluster]:
        return {self.cluster_of[n.key] for n in names if _fits_short(short, n, by_first)}


# ------------------------------------------------------------- organisations


def _cluster_orgs(locals_: list[Local]) -> list[Cluster]:
    """Exact keys merge; a shorter name joins a longer one only when it is the only fit.

    `Women and Equalities Committee` joins `Commons Women and Equalities
    Committee` (three words or more, one candidate); `Labour Party` does not
    join `Scottish Labour Party`, and `FBI` joins `Federal Bureau of
    Investigation` only if no other organisation has those initials.
    """
    by_key: dict[tuple[str, ...], list[Local]] = {}
    for local in locals_:
        by_key.setdefault(org_key(local.name), []).append(local)
    by_suffix: dict[tuple[str, ...], set[int]] = {}
    by_initials: dict[str, set[int]] = {}
    clusters: list[Cluster] = []
    for key in sorted(by_key, key=lambda k: (-len(k), k)):
        index = _org_fit(key, by_key[key], by_suffix, by_initials)
        if index is None:
            index = len(clusters)
            clusters.append(Cluster("organisation"))
        clusters[index].locals.extend(by_key[key])
        for cut in range(1, len(key) - 2):
            by_suffix.setdefault(key[cut:], set()).add(index)
        if len(key) >= 2:
            by_initials.setdefault(acronym(key), set()).add(index)
    return clusters


def _org_fit(
    key: tuple[str, ...],
    locals_: list[Local],
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


def _org_kinds(locals_: list[Local]) -> dict[tuple[str, ...], bool]:
    """Whether each name is an organisation, by a vote over all its quotes.

    One article may call `Ofcom` a person and another an organisation; both
    must land on the same entry.
    """
    votes: dict[tuple[str, ...], list[int]] = {}
    for local in locals_:
        tally = votes.setdefault(org_key(local.name), [0, 0])
        tally[0] += local.org_votes
        tally[1] += local.quotes
    kinds = {key: 2 * orgs >= total and orgs > 0 for key, (orgs, total) in votes.items()}
    for local in locals_:
        if incorporated(local.name.split()):
            kinds[org_key(local.name)] = True  # "General Electric Co" in every article
    return kinds


def cluster_all(locals_: list[Local]) -> list[Cluster]:
    is_org = _org_kinds(locals_)
    orgs: list[Local] = []
    people: list[Local] = []
    for local in locals_:
        (orgs if is_org[org_key(local.name)] else people).append(local)
    return _cluster_orgs(orgs) + _People(people).clusters(people)
