"""What the article itself says about whether someone is a he or a she.

Given-name lists know "Hillary" and "Donald" but not "Aung San Suu Kyi",
"Ivanka" or "Reince", and a pronoun that may mean anyone of unknown gender
then goes to the nearest such name. News writing settles it soon after
naming someone: "... prevented Suu Kyi from becoming president even after her
party swept to power. She has assumed a new role ...". A he/she/his/her with
exactly one person named before it in its sentence (or, for a he or she
opening a sentence that names nobody, in the sentence before), nobody unnamed
in between such as "a young woman", and nothing known against the gender,
says that person's gender. Names, ages and roles set off after a name
(`Woodrow Benford, 58,`, `Jane, his wife,`) are read here too. The votes join
those the attribution rules add when they resolve a speaker's pronoun; the
majority decides. Read on an article's first pronoun or description only.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Protocol

from .cues import IRREGULAR_PAST
from .lexicon import CUE_VERBS, FUNCTION_WORDS, SKIP_BEFORE_CUE
from .names import FEMALE_ROLES, MALE_ROLES, ROLE_NOUNS, Entity, title_strength, word_set
from .textdoc import TextDoc


class Event(Protocol):
    """A name mention as the name scan records it (`namescan.Event`), in reading order."""

    tok: int
    subject: bool
    entity: Entity


GENDERED = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}

PEOPLE_NOUNS = ROLE_NOUNS | word_set(
    """man woman men women boy girl child kid mother father wife husband son daughter
    sister brother friend neighbor neighbour guy lady gentleman person voter worker
    victim officer driver witness resident teenager widow widower grandmother
    grandfather mom dad parent boyfriend girlfriend fiance fiancee"""
)
"""Nouns for someone the text need not name: "a young woman asked her", "his wife said"."""
_INTRODUCERS = word_set("a an the one another his her their its this that whose")

FEMALE_NOUNS = FEMALE_ROLES | word_set(
    "woman girl grandmother widow niece aunt mom stepmother granddaughter fiancee"
)
MALE_NOUNS = MALE_ROLES | word_set(
    "man boy grandfather widower nephew uncle dad stepfather grandson"
)
_APPOSITIVE_REACH = 16
_HEAD_ENDS = word_set(", . ) of for at who to in from with and")
"""What may follow the head noun of a role ("the host of", "a consultant and ...")."""
"""Words an appositive role may take after the name's comma (`, the former head of ...`)."""


def gender_votes(doc: TextDoc, events: list[Event]) -> None:
    """Add to each person's gender votes the pronouns only that person can mean."""
    meant: dict[int, Entity | None] = {}
    """What each pronoun read so far was found to mean (None: nobody for sure)."""
    for t in [i for i, low in enumerate(doc.lows) if low in GENDERED]:
        g = GENDERED[doc.lows[t]]
        if not doc.narrative(t):
            continue
        ent = None if _reports(doc, t) else _only_person(doc, events, t, g, meant)
        meant[t] = ent
        if ent is not None and not ent.gender_fixed:
            ent.votes[g] = ent.votes.get(g, 0) + 1
            ent.gender = max(ent.votes, key=ent.votes.__getitem__)


def _reports(doc: TextDoc, t: int) -> bool:
    """`"...," he said`: the one reporting a quotation is the quotation's speaker,
    often named nowhere near; resolving the quotation decides who that is. And
    `Silas said he was seeking`, `... said that she`: the one reported is most
    likely the one reporting, whatever else the sentence names (the name scan
    reads that pattern itself)."""
    if doc.lows[t] not in {"he", "she"}:
        return False
    after = t + 1
    while after < doc.n and doc.lows[after] in SKIP_BEFORE_CUE:
        after += 1  # "he also said", "she later told"
    if after < doc.n and doc.lows[after] in CUE_VERBS:
        return True
    before = t - 2 if t >= 2 and doc.lows[t - 1] == "that" else t - 1
    return before >= 0 and doc.lows[before] in CUE_VERBS


def _only_person(
    doc: TextDoc, events: list[Event], t: int, g: str, meant: dict[int, Entity | None]
) -> Entity | None:
    """The one person the pronoun at `t` can mean, or None when none or several can.

    The sentence before is read only for a he or she whose own sentence names
    nobody before it, which goes on about someone ("... swept to power. She has
    assumed"); "For her part", "When Lee Capel, her rival, ..." may mean anyone
    named further back.
    A pronoun of the same gender before it ("While she dropped her attacks on
    Ravi Sand from her speech") most likely means the same one, so it counts as
    whoever that one was found to mean, and leaves it open if nobody.
    """
    lo = doc.sent_start(t)
    named = _people(doc, events, lo, t)
    subject = doc.lows[t] in {"he", "she"}
    if subject and named is not None and not named and lo > 0 and doc.narrative(lo - 1):
        prev = doc.sent_start(lo - 1)
        if doc.sent[prev] == doc.sent[t] - 1:
            lo = prev
            named = _people(doc, events, lo, t)
    if named is None:
        return None
    for u in range(lo, t):
        if GENDERED.get(doc.lows[u]) == g and u in meant:
            if meant[u] is None:
                return None
            named[id(meant[u])] = meant[u]
    if _object(doc, t):
        # "Lena Ruiz backed her up": an object pronoun never means its own clause's
        # subject (that would be "herself")
        for ev in _events_between(events, doc.sent_start(t), t):
            if ev.subject:
                named.pop(id(ev.entity), None)
    if len(named) != 1:
        return None
    ent = next(iter(named.values()))
    return ent if not ent.gender or ent.gender == g else None


def _object(doc: TextDoc, t: int) -> bool:
    """`him`, and `her` with no noun after it (`backed her up`, `told her that`)."""
    low = doc.lows[t]
    if low == "him":
        return True
    if low != "her" or t + 1 >= doc.n:
        return low == "her"
    nxt = doc.words[t + 1]
    return not (nxt.isalpha() and nxt.islower() and doc.lows[t + 1] not in FUNCTION_WORDS)


def _people(doc: TextDoc, events: list[Event], lo: int, t: int) -> dict[int, Entity] | None:
    """Named people from token `lo` up to the pronoun at `t`, by identity; None when
    someone unnamed stands among them ("a young woman")."""
    if any(_unnamed_person(doc, u) for u in range(lo + 1, t)):
        return None
    return {
        id(ev.entity): ev.entity
        for ev in _events_between(events, lo, t)
        if ev.entity.kind == "person"
    }


def _events_between(events: list[Event], lo: int, t: int) -> list[Event]:
    """The mentions from token `lo` up to token `t`."""
    return events[bisect_left(events, lo, key=_tok) : bisect_left(events, t, key=_tok)]


def _unnamed_person(doc: TextDoc, u: int) -> bool:
    """`a young woman`, `his wife`, `the Burmese leader`: someone the pronoun may mean
    whom the article does not name there."""
    if doc.lows[u] not in PEOPLE_NOUNS or not doc.words[u].islower() or not doc.narrative(u):
        return False
    for k in range(u - 1, max(-1, u - 6), -1):
        low = doc.lows[k]
        if low in _INTRODUCERS or low.endswith(("'s", "’s")):
            return True
        if not doc.words[k][0].isalpha():
            return False
    return False


def _tok(ev: Event) -> int:
    return ev.tok


def apposition_evidence(doc: TextDoc, ent: Entity, e: int) -> None:
    """`Woodrow Benford, 58,`, `Jane, his wife,`, `Reince Priebus, the party chairman,`:
    what follows a name between commas says it is a person, often of which gender.

    An age, or a role or kinship noun after a determiner or a possessive, is the
    article's own word: it outranks a given-name list, as an honorific does (but
    see `title_strength`).
    """
    k = e + 1
    if ent.org_evidence or k + 2 >= doc.n or doc.words[k] != "," or not doc.narrative(k + 1):
        return  # "First Boston Inc, Harcourt's financial adviser,": a firm's role
    nxt = doc.words[k + 1]
    if nxt.isdigit() and len(nxt) <= 2 and doc.words[k + 2] in {",", "."}:
        ent.person_evidence += 2
        return
    head = _appositive_head(doc, k + 1)
    if head is None:
        return
    ent.person_evidence += 2
    if doc.lows[k + 1] == "whose":
        return  # "Dorothy Woods, whose husband,": the noun is someone else, his sex not hers
    g = "f" if head in FEMALE_NOUNS else "m" if head in MALE_NOUNS else ""
    strength = title_strength(head)
    if g and ent.gender_strength < strength:
        ent.gender, ent.gender_fixed, ent.gender_strength = g, True, strength


def kin_before_evidence(doc: TextDoc, ent: Entity, first: int, e: int) -> None:
    """`his wife, Jane, offered`: a kinship or role noun after a possessive, set off
    just before a name, says the name is a person's (a lone given name carries no
    other sign of it), and of which gender."""
    if first < 3 or e + 1 >= doc.n or doc.words[first - 1] != "," or doc.words[e + 1] != ",":
        return
    head = doc.lows[first - 2]
    if head not in PEOPLE_NOUNS or doc.lows[first - 3] not in _KIN_OWNERS:
        return
    ent.person_evidence += 2
    g = "f" if head in FEMALE_NOUNS else "m" if head in MALE_NOUNS else ""
    if g and not ent.gender_fixed:
        ent.gender, ent.gender_fixed, ent.gender_strength = g, True, title_strength(head)


_KIN_OWNERS = frozenset({"his", "her", "their", "my", "our"})


def _appositive_head(doc: TextDoc, start: int) -> str | None:
    """The person noun heading `the former party chairman` or `his wife`, if the
    words after the comma are one such noun phrase closed by a comma or a full stop.

    A verb inside means the words are a clause of their own: in "... the port of
    Djibouti, a spokesman for the paper said", the spokesman is who said it, not
    what Djibouti is.
    """
    if doc.lows[start] not in _INTRODUCERS and not doc.lows[start].endswith(("'s", "’s")):
        return None
    head = None
    for u in range(start + 1, min(doc.n, start + _APPOSITIVE_REACH)):
        if doc.para[u] != doc.para[start] or not doc.narrative(u):
            return None
        low = doc.lows[u]
        if low in {",", "."}:
            return head
        if low in CUE_VERBS or low in IRREGULAR_PAST or low in SKIP_BEFORE_CUE:
            return None
        if head is None and low in PEOPLE_NOUNS and doc.words[u].islower():
            head = low if doc.lows[u + 1] in _HEAD_ENDS else None
    return None
