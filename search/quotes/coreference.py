"""Which entity of the article a speaker mention stands for.

A quotation's speaker is often not a name: `he`, `the Prime Minister`, `the
regulator`, `Trump's spokeswoman`. Names resolve through the entity table (by
surname, or given name after Sir/Dame); pronouns to the nearest compatible
speaker in the same sentence, else the most recent personal subject a few
paragraphs back; descriptions by an appositive name, their owner, the roles
and organisation names seen in the article, and failing those like a pronoun.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .cues import cue_at
from .lexicon import PRONOUNS
from .mentions import Mention, parse_fwd
from .names import (
    DOC_HEADS,
    FEMALE_ROLES,
    MALE_ROLES,
    ORG_HEADS,
    PERSON_TITLES,
    ROLE_NOUNS,
    Entity,
    EntityTable,
    norm,
)
from .namescan import Event
from .textdoc import TextDoc

PERSON_HEADS = ROLE_NOUNS | PERSON_TITLES
"""Heads of descriptions that stand for one person (`the spokesman`, `the senator`)."""
STAND_INS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "source"}
)
"""People who speak for or about someone else: "the spokesman" is never the minister
named before, so without an apposition or a role seen with a name it stays a description."""
PARAGRAPH_WINDOW = 3
"""How many paragraphs back a pronoun may look for its antecedent."""


class Resolver:
    """Resolves mentions against one article's entities and the order they came up in.

    `events` is shared with the attribution rules, which add each resolved
    speaker to it, so later pronouns can point back at speakers too.
    """

    def __init__(self, doc: TextDoc, table: EntityTable, events: list[Event]) -> None:
        self.doc = doc
        self.table = table
        self.events = events
        self.antecedent: int | None = None
        """Token of the mention the last resolution leaned on (the name a pronoun
        points back to), or None when the mention named the entity itself."""
        self.tied = True
        """Whether the article itself ties the last description to its entity (an
        apposition, an owner, a role seen with the name) rather than nearness alone."""

    def resolve(self, m: Mention) -> Entity | None:
        self.antecedent, self.tied = None, True
        if m.kind == "name":
            return self._resolve_name(m)
        if m.kind == "pronoun":
            return self._resolve_pronoun(m.first, PRONOUNS.get(m.head, ""))
        return self._resolve_description(m)

    def _resolve_name(self, m: Mention) -> Entity | None:
        ent = self.table.lookup(m.name, m.honorific)
        if ent is None:
            ent = self.table.add(m.name, m.honorific, m.role, self.doc.starts[m.first], True)
            ent.finish()
        elif m.role:
            ent.add_role(m.role)
        return ent

    def _before(self, tok: int) -> int:
        """How many events come before token `tok` (events are kept in token order).

        Looking back from there, rather than over every event, keeps resolution
        linear in the length of the article.
        """
        return bisect_left(self.events, tok, key=_tok)

    def _resolve_pronoun(self, tok: int, gender: str) -> Entity | None:
        doc = self.doc
        if gender == "p" or gender == "n":
            return self._recent_org(tok)
        events = self.events
        first = self._before(tok)
        sentence = doc.sent[tok]
        for i in range(first - 1, -1, -1):
            ev = events[i]
            if doc.sent[ev.tok] != sentence:
                break
            if ev.speaking and _compatible(ev.entity, gender):
                self.antecedent = ev.tok
                return ev.entity
        fallback = None
        floor = doc.para[tok] - PARAGRAPH_WINDOW
        for i in range(first - 1, -1, -1):
            ev = events[i]
            if doc.para[ev.tok] < floor:
                break
            ent = ev.entity
            if not _compatible(ent, gender):
                continue
            if ev.subject and _personal(ent):
                ev = self._reporter(ev, gender)
                self.antecedent = ev.tok
                return ev.entity
            fallback = fallback or ev
        if fallback is None:
            return None
        self.antecedent = fallback.tok
        return fallback.entity

    def _reporter(self, ev: Event, gender: str) -> Event:
        """`Murphy said Trump continued to hurt his cause. "...," he said.`

        A subject inside a clause someone is reported as saying is not who a
        later pronoun means: the one who said it, earlier in the same sentence,
        is the sentence's speaker and the likelier antecedent.
        """
        for i in range(self._before(self.doc.sent_start(ev.tok)), len(self.events)):
            other = self.events[i]
            if other.tok >= ev.tok:
                break
            if (
                other.speaking
                and other.entity is not ev.entity
                and _compatible(other.entity, gender)
            ):
                return other
        return ev

    def _recent_org(self, tok: int) -> Entity | None:
        doc = self.doc
        floor = doc.para[tok] - 1
        for i in range(self._before(tok) - 1, -1, -1):
            ev = self.events[i]
            if doc.para[ev.tok] < floor:
                break
            if ev.entity.kind == "organisation" and ev.subject:
                self.antecedent = ev.tok
                return ev.entity
        return None

    def _resolve_description(self, m: Mention) -> Entity | None:
        named = self._appositive_after(m)
        if named is not None:
            self.antecedent = named.first
            return self._resolve_name(named)
        if m.owner is not None and m.owner.kind == "name":
            self.antecedent = m.owner.first
            owner = self._resolve_name(m.owner)
            if m.head in PERSON_HEADS and owner is not None and _personal(owner):
                return self._one_with_role(m.head, owner)
            return owner
        head = m.head
        if head in DOC_HEADS:
            self.tied = False
            return self._resolve_pronoun(m.first, "")
        if head in ORG_HEADS:
            return self._latest(self.table.orgs_with(head), m.first)
        if m.determiner in {"a", "an", "one", "another"}:
            return None
        ent = self._by_role(m)
        if ent is not None:
            return ent
        self.tied = False
        if head in STAND_INS:
            return None
        gender = "f" if head in FEMALE_ROLES else "m" if head in MALE_ROLES else ""
        ent = self._resolve_pronoun(m.first, gender)
        if ent is None:
            ent = self._cataphor(m.first)
        if ent is not None and m.role and head in PERSON_TITLES:
            # A title fits one person ("the Prime Minister"); "the official" found by
            # nearness alone is no role of whoever was named last.
            ent.add_role(m.role)
        return ent

    def _appositive_after(self, m: Mention) -> Mention | None:
        """`Ms. Merkel's spokesman, Steffen Seibert,`: the name set off after a role."""
        doc = self.doc
        k = m.last + 1
        if m.head not in PERSON_HEADS or k + 1 >= doc.n or doc.words[k] != ",":
            return None
        if not doc.narrative(k + 1) or not doc.is_cap(k + 1):
            return None
        hi = min(doc.n - 1, k + 6)
        named = parse_fwd(doc, k + 1, hi)
        if named is None or named.kind != "name" or named.last + 1 >= doc.n:
            return None
        after = doc.words[named.last + 1]
        return named if after in {",", "(", "."} or cue_at(doc, named.last + 1) else None

    def _one_with_role(self, head: str, owner: Entity) -> Entity | None:
        """`Trump's spokeswoman` is not Trump: the one other person seen in that role."""
        cands = {id(e): e for e in self.table.by_role(head) if e is not owner}
        return next(iter(cands.values())) if len(cands) == 1 else None

    def _by_role(self, m: Mention) -> Entity | None:
        role = norm(m.role) if m.role else m.head
        cands = [e for e in self.table.by_role(m.head) if any(norm(r) == role for r in e.roles)]
        if not cands:
            cands = list(self.table.by_role(m.head))
        return cands[0] if len(set(map(id, cands))) == 1 else None

    def _latest(self, ents: list[Entity], tok: int) -> Entity | None:
        if not ents:
            return None
        wanted = {id(e) for e in ents}
        for i in range(self._before(tok) - 1, -1, -1):
            ev = self.events[i]
            if id(ev.entity) in wanted:
                self.antecedent = ev.tok
                return ev.entity
        return ents[0]

    def _cataphor(self, tok: int) -> Entity | None:
        """`The Prime Minister has said...` opening a story names its subject soon after."""
        for i in range(bisect_right(self.events, tok, key=_tok), len(self.events)):
            ev = self.events[i]
            if ev.subject and ev.entity.kind == "person":
                self.antecedent = ev.tok
                return ev.entity
        return None


def _tok(ev: Event) -> int:
    return ev.tok


def _compatible(ent: Entity, gender: str) -> bool:
    if ent.kind == "organisation":
        return False
    return not (gender and ent.gender and ent.gender != gender)


def _personal(ent: Entity) -> bool:
    """Evidence the entity is a person: a title, honorific, given name, or it speaks."""
    return bool(ent.person_evidence or ent.gender or ent.spoke)
