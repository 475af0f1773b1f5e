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

The work is split by stage: `names` puts names in a comparable shape,
`merge` decides which names are one speaker, `groups` links the
repeated quotes; this module runs them and builds the table the index stores
(canonical names, aliases, roles, ids).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..models import Quote, Speaker, SpeakerKind
from .groups import Grouper, quote_groups
from .merge import Cluster, Local, cluster_all
from .names import (
    PRONOUNS,
    ROLE_SHIFTERS,
    clean_role,
    fold,
    parse_person,
    speaker_id_for,
    strip_titles,
)

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


def _ranked(counts: dict[str, int]) -> list[str]:
    """Most frequent first; ties keep the order in which they were first seen."""
    order = {value: i for i, value in enumerate(counts)}
    return sorted(counts, key=lambda value: (-counts[value], order[value]))


def _canonical_name(cluster: Cluster) -> str:
    """The most quoted full form; a surname alone only when nothing fuller exists."""
    quotes: dict[str, int] = {}
    for local in cluster.locals:
        name = _display(local.name, cluster.kind)
        quotes[name] = quotes.get(name, 0) + local.quotes

    firsts = {parse_person(name).first for name in quotes}

    def rank(name: str) -> tuple[bool, bool, int, int, str]:
        if cluster.kind == "organisation":
            # `Women and Equalities Committee` over `Commons Women …` and `Women & …`.
            return (False, False, -quotes[name], len(name.split()) + _symbols(name), name)
        person = parse_person(name)
        # "J Hugh Liedtke" over "Hugh Liedtke": the name in full, with the initial
        led = len(person.first) == 1 and bool(person.middle) and person.middle[0] in firsts
        return (person.short, not led, -quotes[name], -len(name.split()), name)

    return min(quotes, key=rank)


def _symbols(name: str) -> int:
    return sum(not (ch.isalnum() or ch.isspace()) for ch in name)


def _display(name: str, kind: SpeakerKind) -> str:
    words = name.split()
    if kind == "person":
        return " ".join(strip_titles(words))
    while len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _roles(cluster: Cluster) -> tuple[str, ...]:
    """Tidied, deduplicated without case, most common first, strays left out.

    Roles come from the words before a name in each article, so they carry
    noise: "19 news conference", "hoping Federal Reserve chairman", "Reuters
    Finance Secretary". Each is cleaned or dropped; a role that ends another
    ("Treasury Secretary" in "U.S. Treasury Secretary") counts for it; and a
    role seen far less often than the speaker's main one (a pronoun resolved
    to the wrong person once) is left out.
    """
    counts: dict[str, int] = {}
    forms: dict[str, dict[str, int]] = {}
    for local in cluster.locals:
        for raw in local.roles:
            role = clean_role(raw, organisation=cluster.kind == "organisation")
            if role is None:
                continue
            key = role.casefold()
            counts[key] = counts.get(key, 0) + 1
            spelled = forms.setdefault(key, {})
            spelled[role] = spelled.get(role, 0) + 1
    if not counts:
        return ()
    merged: dict[str, int] = {}
    for key in _ranked(counts):
        target = _fuller_role(key, counts)
        merged[target] = merged.get(target, 0) + counts[key]
    ordered = _ranked(merged)
    top = merged[ordered[0]]
    kept = [key for key in ordered if merged[key] >= 3 or merged[key] * 8 >= top]
    return tuple(_ranked(forms[key])[0] for key in kept)


def _fuller_role(key: str, counts: Mapping[str, int]) -> str:
    """The most common role that ends with this one and is itself ended by none."""
    fuller = [
        other
        for other in counts
        if other != key and other.endswith(" " + key) and not _changes_meaning(other, key)
    ]
    maximal = [r for r in fuller if not any(o != r and o.endswith(" " + r) for o in counts)]
    return max(maximal, key=lambda r: counts[r]) if maximal else key


def _changes_meaning(longer: str, shorter: str) -> bool:
    """A "vice chair" is not the chair, a "former minister" not a minister."""
    added = longer[: -len(shorter)].split()
    return any(word in ROLE_SHIFTERS for word in added)


def _aliases(cluster: Cluster) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for local in cluster.locals:
        name = " ".join(local.name.split())
        counts[name] = counts.get(name, 0) + local.quotes
        for mention in local.mentions:
            mention = _unpossessed(_unstarted(" ".join(mention.split())), name)
            if mention and fold(mention) not in PRONOUNS:
                counts[mention] = counts.get(mention, 0) + 1
    return tuple(_ranked(counts))


_POSSESSIVE = ("'s", "’s")


def _unpossessed(mention: str, name: str) -> str:
    """`Trump’s` is Trump written in a possessive and `He’s` is "he is": the name or
    the pronoun, not a form of the name. A name that ends so itself (`Moody's`)
    stays whole."""
    if not mention.endswith(_POSSESSIVE) or name.endswith(_POSSESSIVE):
        return mention
    return mention[:-2]


def _unstarted(mention: str) -> str:
    """`The Prime Minister` at the start of a sentence is `the Prime Minister`."""
    head, _, rest = mention.partition(" ")
    return f"{head.lower()} {rest}" if rest and head in ("The", "A", "An") else mention


def _speaker(cluster: Cluster, speaker_id: str, name: str) -> Speaker:
    return Speaker(
        id=speaker_id,
        name=name,
        kind=cluster.kind,
        aliases=_aliases(cluster),
        roles=_roles(cluster),
        quote_count=sum(local.quotes for local in cluster.locals),
        article_count=len({local.article_id for local in cluster.locals}),
    )


def _speakers(clusters: list[Cluster]) -> tuple[tuple[Speaker, ...], dict[tuple[str, str], str]]:
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
    locals_: dict[tuple[str, str], Local] = {}
    grouper = Grouper()
    for quote in quotes:
        grouper.add(quote)
        name = quote.speaker
        if not name or not name.strip():
            continue
        local = locals_.get((quote.article_id, name))
        if local is None:
            local = locals_[(quote.article_id, name)] = Local(quote.article_id, name)
        local.add(quote)
    speakers, speaker_of = _speakers(cluster_all(list(locals_.values())))
    group_of = quote_groups(grouper, speaker_of, article_dates or {})
    return SpeakerTable(speakers=speakers, speaker_of=speaker_of, group_of=group_of)
