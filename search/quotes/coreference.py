"""Which entity of the article a speaker mention stands for.

A quotation's speaker is often not a name: `he`, `the Prime Minister`, `the
regulator`, `Trump's spokeswoman`. Names resolve through the entity table (by
surname, or given name after Sir/Dame); pronouns to the nearest compatible
speaker in the same sentence, else the most recent personal subject a few
paragraphs back; descriptions by an appositive name, their owner, the roles
and organisation names seen in the article, and failing those like a pronoun.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import OrderedDict
from collections.abc import Callable

from .cues import PREPOSITIONS, cue_at, past_intro, verbish
from .gender import gender_votes
from .lexicon import (
    COMMON_POSSESSORS,
    CUE_VERBS,
    DETERMINERS,
    ISSUE_VERBS,
    PRONOUNS,
    UNNAMED_SOURCES,
)
from .mentions import INDEFINITES, Mention, definite_name, parse_back, parse_fwd
from .names import (
    DOC_HEADS,
    FEMALE_ROLES,
    MALE_ROLES,
    ORG_HEADS,
    PARTY_MEMBERS,
    PERSON_TITLES,
    ROLE_NOUNS,
    Entity,
    EntityTable,
    as_written,
    firm_pair,
    incorporated,
    is_given_name,
    looks_org,
    norm,
    party_word,
    source_noun,
    word_set,
)
from .namescan import Event, plural_agent
from .textdoc import TextDoc

PERSON_HEADS = ROLE_NOUNS | PERSON_TITLES
"""Heads of descriptions that stand for one person (`the spokesman`, `the senator`)."""
_BODY_REACH = 3
"""Sentences back a definite `the spokesman` may find the body named with it."""
STAND_INS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "source"}
)
"""People who speak for or about someone else: "the spokesman" is never the minister
named before, so without an apposition or a role seen with a name it stays a description.
The same holds for every noun of `UNNAMED_SOURCES`."""
FIRM_NOUNS = word_set(
    """company firm corporation concern automaker carmaker airline carrier retailer
    insurer brewer miner refiner utility conglomerate manufacturer chipmaker partnership"""
)
"""What business news calls the firm it is about, once named (`the automaker said`)."""
_COMMENTATORS = word_set(
    """analyst analysts economist economists strategist strategists dealer dealers trader
    traders broker brokers arbitrageur arbitrageurs underwriter underwriters"""
)
"""Market people quoted for their own reading of the market: "a broker at Nomura
Securities" is someone at the firm, not the firm speaking (as its spokesman would be)."""
SIDE_CLAUSE_OPENERS = frozenset(
    {"that", "though", "although", "because", "since", "while", "whereas", "unless", "if"}
)
"""Words opening a clause inside a sentence whose subject is not the sentence's."""
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
        self._pronoun_subjects: dict[str, list[int]] | None = None
        self._chain: dict[int, tuple[Entity | None, int | None]] = {}
        self._nameless: list[int] | None = None
        self._genders_read = False
        """All three read on the first pronoun: most articles resolve none."""
        self._firms: _FirmMentions | None = None
        self._capitals: set[int] | None = None
        """Entities (by identity) the article writes in capitals, as an acronym, within
        ordinary text: read on the first pronoun's look back."""
        """Read on the first bare "the company": most articles have none."""
        self.tied = True
        """Whether the article itself ties the last description to its entity (an
        apposition, an owner, a role seen with the name) rather than nearness alone."""
        self.shared = False
        """Whether the last name was one of two joined by "and" who speak together."""

    def resolve(self, m: Mention) -> Entity | None:
        self.antecedent, self.tied, self.shared = None, True, False
        if m.kind == "name" and source_noun(m.name):
            _as_description(self.doc, m)
        if m.kind == "name":
            return self._resolve_name(m)
        if m.kind == "group":
            return None
        if not self._genders_read:
            # what the article's own pronouns say of each person's gender, read from
            # the names the scan found (not the speakers attribution added since)
            self._genders_read = True
            gender_votes(self.doc, [ev for ev in self.events if self.doc.narrative(ev.tok)])
        if m.kind == "pronoun":
            gender = PRONOUNS.get(m.head, "")
            ent = self._resolve_pronoun(m.first, gender)
            if ent is not None and gender in {"m", "f"} and not ent.gender_fixed:
                # "Moreau ... she said": what the article calls her decides the next "he"
                ent.votes[gender] = ent.votes.get(gender, 0) + 1
                ent.gender = max(ent.votes, key=ent.votes.__getitem__)
            return ent
        return self._resolve_description(m)

    def antecedent_written(self) -> str | None:
        """The name the last resolution leaned on, as the text writes it there (`Baker`
        for a `he`): a split of that name off its speaker takes the quote along."""
        tok = self.antecedent
        if tok is None:
            return None
        i = self._before(tok)
        while i < len(self.events) and self.events[i].tok == tok:
            if self.events[i].written:
                return self.events[i].written
            i += 1
        return None

    def _resolve_name(self, m: Mention) -> Entity | None:
        m.name = self._after_possessive(as_written(m.name, self.doc.written))
        # `Naylor and Beesley said`: people the story named, not a firm
        pair = firm_pair(m.name)
        if pair and self._names_two_bodies(m.name):
            return None  # `Chrysler and Renault said`: a joint word, no one body's
        people = pair and self._names_a_person(m.name)
        first = self._first_of_two(m.name) if people else None
        if first is not None:
            self.shared = True
            return first
        # a firm is found only as itself, never as a `Phelps` named on his own
        ent = (
            None
            if pair and not people
            else (self._namesake(m) or self.table.lookup(m.name, m.honorific))
        )
        if ent is None and self._group_opening(m):
            return None
        if ent is None or len(ent.tokens) == 1:
            ent = self._body_by_head(m) or ent
        if ent is None:
            start = self.doc.starts[m.first]
            definite = definite_name(self.doc, m)
            ent = self.table.add(m.name, m.honorific, m.role, start, True, definite, people)
            ent.finish()
            if self._firms is not None and self._firms.changed(ent):
                self._firms = None
        else:
            self.table.fuller(ent, m.name)
            if m.role:
                ent.add_role(m.role)
        return ent

    def _body_by_head(self, m: Mention) -> Entity | None:
        """`the States of Malaya Chamber of Mines said ... the Chamber said`: a body's
        word written alone with a capital is the body the story named with it."""
        if len(m.name) != 1 or m.honorific or m.role or norm(m.name[0]) not in ORG_HEADS:
            return None
        if m.first == 0 or self.doc.lows[m.first - 1] != "the":
            return None
        bodies = [e for e in self.table.orgs_with(norm(m.name[0])) if len(e.tokens) > 1]
        return self._latest(bodies, m.first) if bodies else None

    def _group_opening(self, m: Mention) -> bool:
        """A plural noun for people opening its sentence, named nowhere else (`Exporters
        said`): a group, not someone's name."""
        bare = len(m.name) == 1 and not (m.honorific or m.role)
        return bare and m.first == self.doc.sent_start(m.first) and plural_agent(m.name[0])

    def _names_two_bodies(self, tokens: list[str]) -> bool:
        """`Chrysler and Renault`, after `Chrysler Corp` and `Regie Nationale des Usines
        Renault` were named: two organisations the story named apart, not a firm called
        after its partners (`Duff and Phelps` is never named as `Duff` alone)."""
        k = next(i for i, w in enumerate(tokens) if w.lower() in ("and", "&"))
        found = [self.table.lookup(part) for part in (tokens[:k], tokens[k + 1 :])]
        if any(e is None or firm_pair(e.tokens) for e in found) or found[0] is found[1]:
            return False
        bodies = [e for e in found if e is not None and e.kind == "organisation"]
        people = [e for e in found if e is not None and (e.person_evidence or e.gender)]
        return bool(bodies) and not people

    def _first_of_two(self, tokens: list[str]) -> Entity | None:
        """`Harker and Benson said` after `John Harker` and `Mary Benson`: two people the
        story named in full say it together. The quote is both's; it is listed under
        the first named (the mention keeps both), never under a person called "Harker
        and Benson"."""
        k = next(i for i, w in enumerate(tokens) if w.lower() in ("and", "&"))
        found = [self.table.lookup(part) for part in (tokens[:k], tokens[k + 1 :])]
        if found[0] is found[1] or not all(e is not None and _named_in_full(e) for e in found):
            return None
        return found[0]

    def _names_a_person(self, tokens: list[str]) -> bool:
        """A word of `tokens` is the surname of someone the story named in full."""
        for word in tokens:
            ent = self.table.lookup([word])
            if ent is not None and len(ent.tokens) > 1 and ent.kind == "person":
                return True
        return False

    def _namesake(self, m: Mention) -> Entity | None:
        """`Patricia Smith ... Sean Smith had sent messages. "...," Smith wrote`: a bare
        surname two people share means the one most recently a subject before it, else
        the one most recently named; it never joins the two."""
        cands = [] if m.role else self.table.namesakes(m.name, m.honorific)
        if not cands:
            return None
        wanted = {id(e) for e in cands}
        named = None
        for i in range(self._before(m.first) - 1, -1, -1):
            ev = self.events[i]
            if id(ev.entity) not in wanted:
                continue
            if ev.subject:
                return ev.entity
            named = named or ev.entity
        return named

    def _after_possessive(self, tokens: list[str]) -> list[str]:
        """`Salomon's di Clemente` and `Merrill's Bradford` name a person by their firm:
        the person is the one named after the possessive, when the article names them
        elsewhere. `People's Daily` and `Iran's War Information Headquarters` stay whole."""
        for i in range(len(tokens) - 2, -1, -1):
            if tokens[i].lower() in COMMON_POSSESSORS:
                return tokens
            if tokens[i].endswith(("'s", "’s", "s'", "s’")):
                rest = tokens[i + 1 :]
                if looks_org(rest, "") or self.table.lookup(rest) is None:
                    return tokens
                return rest
        return tokens

    def add_event(self, ev: Event) -> None:
        """A speaker attribution found, kept in reading order for what follows."""
        insort(self.events, ev)
        if self._firms is not None:
            self._firms.add(ev)

    def _before(self, tok: int) -> int:
        """How many events come before token `tok` (events are kept in token order).

        Looking back from there, rather than over every event, keeps resolution
        linear in the length of the article.
        """
        return bisect_left(self.events, tok, key=_tok)

    def _resolve_pronoun(self, tok: int, gender: str) -> Entity | None:
        if gender == "p" or gender == "n":
            return self._recent_org(tok)
        first = self._before(tok)
        speaker = self._speaker_in_sentence(tok, first, gender)
        if speaker is not None:
            return speaker
        ent = self._look_back(tok, first, gender)
        chained = self._chained(tok, gender)
        if chained is not None and chained[0] is not None:
            ent, self.antecedent = chained
        if self._nameless_since(tok):
            self.antecedent = None
            return None
        return ent

    def still_unnamed(self, tok: int) -> None:
        """A quotation at token `tok` whose `he` stayed someone never named: the next `he`
        a paragraph on goes on about that one too, not a name from before."""
        if self._nameless is None:
            self._nameless = _nameless_speakers(self.doc, self.table)
        insort(self._nameless, tok)

    def _speaker_in_sentence(self, tok: int, first: int, gender: str) -> Entity | None:
        """`Sir Keir Starmer said he ...`: the one speaking earlier in the sentence."""
        sentence = self.doc.sent[tok]
        for i in range(first - 1, -1, -1):
            ev = self.events[i]
            if self.doc.sent[ev.tok] != sentence:
                break
            if ev.speaking and _compatible(ev.entity, gender):
                self.antecedent = ev.tok
                return ev.entity
        return None

    def _look_back(self, tok: int, first: int, gender: str) -> Entity | None:
        """The most recent compatible personal subject a few paragraphs back."""
        doc = self.doc
        fallback = None
        floor = doc.para[tok] - PARAGRAPH_WINDOW
        for i in range(first - 1, -1, -1):
            ev = self.events[i]
            if doc.para[ev.tok] < floor:
                break
            ent = ev.entity
            if not _compatible(ent, gender) or (gender and self._group_written(ev)):
                continue
            if ev.subject and _personal(ent):
                ev = self._reporter(ev, lambda speaker: _compatible(speaker, gender))
                ev = self._main_subject(ev, gender)
                self.antecedent = ev.tok
                return ev.entity
            if ev.subject or _personal(ent):
                fallback = fallback or ev
        if fallback is None:
            return None
        self.antecedent = fallback.tok
        return fallback.entity

    def _group_written(self, ev: Event) -> bool:
        """`before New Yorkers went to the polls`, `ISIS said`: a plural (`Yorkers`) or a
        name the article writes in capitals (an acronym) is a crowd or a body, never the
        one person "he" or "she" means, unless the article says it is a person (a title,
        a given name, an appositive). A body in capitals that spoke is still a body; a
        lone plural-looking word that spoke is a surname (`Sanders said`)."""
        ent = ev.entity
        if ent.person_evidence or ent.gender_fixed:
            return False
        if self._capitals is None:
            self._capitals = _written_in_capitals(self.doc, self.events)
        if id(ent) in self._capitals:
            return True
        if len(ent.tokens) != 1 or ent.spoke:
            return False
        word = ent.tokens[0]
        return word.endswith("s") and not word.endswith(("ss", "us", "is"))

    def _nameless_since(self, tok: int) -> bool:
        """`A Western diplomat said the review was overdue. "...," he said.`

        Someone the article never names spoke after the name found: the pronoun
        goes on about that speaker, who stays a description, not about the name.
        """
        doc = self.doc
        if self._nameless is None:
            self._nameless = _nameless_speakers(doc, self.table)
        k = bisect_left(self._nameless, tok) - 1
        if k < 0:
            return False
        t = self._nameless[k]
        found = self.antecedent
        if doc.para[t] < doc.para[tok] - 1 or doc.sent[t] == doc.sent[tok]:
            return False
        return found is None or doc.sent[t] > doc.sent[found]

    def _chained(self, tok: int, gender: str) -> tuple[Entity | None, int | None] | None:
        """`Moreau declined to comment. She resigned after questions about whether Lewicki
        had grabbed her. On Twitter, she responded: "..."`

        The same pronoun as the subject of a sentence since the antecedent found
        goes on about one person: the later pronoun means whoever that one does,
        not a name that came up in between. Followed one step back only.
        """
        doc = self.doc
        if self._pronoun_subjects is None:
            self._pronoun_subjects = _pronoun_subjects(doc)
        chain = self._pronoun_subjects.get(doc.lows[tok], [])
        k = bisect_left(chain, tok) - 1
        if k < 0:
            return None
        p = chain[k]
        found = self.antecedent
        if doc.sent[p] == doc.sent[tok] or (found is not None and doc.sent[p] < doc.sent[found]):
            return None
        if doc.para[p] < doc.para[tok] - 1:
            return None
        if p not in self._chain:
            first = self._before(p)
            ent = self._speaker_in_sentence(p, first, gender) or self._look_back(p, first, gender)
            self._chain[p] = (ent, self.antecedent)
        return self._chain[p]

    def _reporter(self, ev: Event, fits: Callable[[Entity], bool]) -> Event:
        """`Murphy said Trump continued to hurt his cause. "...," he said.`

        A subject inside a clause someone is reported as saying is not who a later
        pronoun means: the one who said it, earlier in the same sentence, is the
        sentence's speaker and the likelier antecedent. The same holds for bodies and
        `it` (`The Chamber of Mines said the agency sold 5,000 tonnes. "...," it said.`);
        `fits` says which speakers the pronoun can stand for.
        """
        return self._earlier_in_sentence(
            ev,
            self.doc.sent_start(ev.tok),
            lambda other: other.speaking and other.entity is not ev.entity and fits(other.entity),
        )

    def _main_subject(self, ev: Event, gender: str) -> Event:
        """`Tom Lane dismissed concerns, even though Bernard Sands won. "...," he said.`

        A subject opening a clause that hangs on the sentence (after `though`,
        `because`, `that`) is a side remark; the sentence's own subject, earlier
        in it, is who a later pronoun goes on about.
        """
        doc = self.doc
        if ev.tok == 0 or doc.lows[ev.tok - 1] not in SIDE_CLAUSE_OPENERS:
            return ev
        return self._earlier_in_sentence(
            ev,
            doc.sent_start(ev.tok),
            lambda other: (
                other.subject
                and other.entity is not ev.entity
                and _compatible(other.entity, gender)
                and _personal(other.entity)
                and doc.lows[other.tok - 1 if other.tok else 0] not in SIDE_CLAUSE_OPENERS
            ),
        )

    def _earlier_in_sentence(self, ev: Event, start: int, fits: Callable[[Event], bool]) -> Event:
        """The first event from `start` up to `ev` that `fits`; `ev` itself when none does."""
        for i in range(self._before(start), len(self.events)):
            other = self.events[i]
            if other.tok >= ev.tok:
                break
            if fits(other):
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
                ev = self._reporter(ev, lambda speaker: speaker.kind == "organisation")
                self.antecedent = ev.tok
                return ev.entity
        return None

    def _resolve_description(self, m: Mention) -> Entity | None:
        firm = self._firm_short_form(m)
        if firm is not None:
            return firm
        named = self._appositive_after(m)
        if named is not None:
            self.antecedent = named.first
            return self._resolve_name(named)
        if m.owner is not None and m.owner.kind == "name":
            self.antecedent = m.owner.first
            owner = self._resolve_name(m.owner)
            if m.head in PERSON_HEADS and owner is not None and _personal(owner):
                return self._one_with_role(m.head, owner)
            if m.head in _COMMENTATORS:
                return None  # "a broker at Nomura Securities": someone there, not the firm
            if _former(m):
                # "the one-time chairman of Merrill Lynch": no longer speaks for it
                return self._one_with_role(m.head, owner) if owner is not None else None
            return owner
        head = m.head
        if head in DOC_HEADS:
            self.tied = False
            return self._issuer(m)
        if head in ORG_HEADS or head in FIRM_NOUNS:
            named = self._latest(self.table.orgs_with(head), m.first)
            if named is None and head in FIRM_NOUNS and m.determiner == "the":
                return self._the_firm(m.first)
            return named
        if m.determiner in {"a", "an", "one", "another"}:
            return None
        body = self._body_spoken_for(m)
        if body is not None:
            return body
        ent = self._by_role(m)
        if ent is not None and not (head in UNNAMED_SOURCES and self._another_since(ent, m)):
            return ent
        self.tied = False
        if m.open_head and _agent_noun(head):
            return None  # "the Gawker employee": someone there, whom the article leaves unnamed
        if head not in PERSON_HEADS:
            return self._named_within(m)  # "A spokesman at Airbus headquarters"
        if head in STAND_INS or head in UNNAMED_SOURCES:
            return None
        gender = "f" if head in FEMALE_ROLES else "m" if head in MALE_ROLES else ""
        ent = self._resolve_pronoun(m.first, gender)
        ahead = ent is None
        if ahead:
            ent = self._cataphor(m.first)
        if ent is not None and m.role and _holds_another_office(ent, m.role):
            # "Home Secretary Charles Clarke ... the Prime Minister said": the nearest
            # name holds another office, so the title stays a description
            self.antecedent = None
            return None
        if ent is not None and m.role and head in PERSON_TITLES and not ahead:
            # A title fits one person ("the Prime Minister"); "the official" found by
            # nearness alone is no role of whoever was named last, nor is a title of
            # whoever is named first after it, a guess the reader is told is one.
            ent.add_role(m.role)
        return ent

    def _firm_short_form(self, m: Mention) -> Entity | None:
        """`Supermarkets General said` after `Supermarkets General Corp`: a firm's name
        ending in a title word ("General", "Chief") read as a title is still the firm."""
        words = m.role.split()
        if m.determiner in {"a", "an"} or not words or not all(w[:1].isupper() for w in words):
            return None
        ent = self.table.lookup(words)
        if ent is None or ent.kind != "organisation" or not incorporated(ent.tokens):
            return None
        return (
            ent if [norm(w) for w in ent.tokens[: len(words)]] == [norm(w) for w in words] else None
        )

    def _the_firm(self, tok: int) -> Entity | None:
        """`Acme Corp said it sold a unit ... "...," the company said`: the company is
        the story's firm: the only one it names, else the last one heard speaking
        before, else the one it opens on. A firm only mentioned (the buyer, a rival)
        is never the one a bare "the company" stands for."""
        if self._firms is None:
            self._firms = _FirmMentions(self.events)
        only, speaking, earliest = self._firms.before(tok)
        if only is not None:
            return self._firm_at(only)
        if speaking is not None:
            return self._firm_at(speaking)
        if earliest is not None and earliest.subject and self.doc.para[earliest.tok] == 0:
            return self._firm_at(earliest)
        return None

    def _firm_at(self, ev: Event) -> Entity:
        self.antecedent = ev.tok
        return ev.entity

    def _body_spoken_for(self, m: Mention) -> Entity | None:
        """`A spokesman for the Election Commission said ... "...," the spokesman said`:
        "the spokesman" goes on about the one set off with the body they speak for a
        few sentences before, so the words are the body's, as at the first mention."""
        doc = self.doc
        if m.determiner != "the" or m.owner is not None or m.head not in PERSON_HEADS:
            return None
        floor = doc.sent[m.first] - _BODY_REACH
        for t in range(m.first - 1, 0, -1):
            if doc.sent[t] < floor:
                return None
            if doc.lows[t] != m.head or t + 2 >= doc.n or doc.lows[t + 1] not in {"for", "of"}:
                continue
            k = t + 3 if doc.lows[t + 2] == "the" else t + 2
            owner = parse_fwd(doc, k, min(doc.n - 1, k + 8)) if doc.narrative(t) else None
            if owner is None or owner.kind != "name":
                return None
            ent = self._resolve_name(owner)
            if ent is None or ent.kind != "organisation":
                return None
            self.antecedent, self.tied = owner.first, True
            return ent
        return None

    def _issuer(self, m: Mention) -> Entity | None:
        """`Trump issued a statement saying "..."`: a statement, letter or ad speaks for
        whoever the same clause says gave it out, or the body its own words name ("a
        Renault statement"). With neither ("The statement said") it stays a description:
        the person named last is more often its subject than its author."""
        doc = self.doc
        author = self._named_within(m)
        if author is not None:
            return author
        v = m.first - 1
        if v > 0 and doc.lows[v] == "out":
            v -= 1  # "put out a statement"
        if v < 1 or doc.lows[v] not in ISSUE_VERBS or not doc.narrative(v):
            return None
        issuer = parse_back(doc, v - 1, doc.sent_start(v))
        if issuer is None or (issuer.kind == "description" and issuer.head in DOC_HEADS):
            return None
        return self._tied_to(issuer)

    def _named_within(self, m: Mention) -> Entity | None:
        """`the Renault statement`, `Airbus headquarters`: the body the words name."""
        doc = self.doc
        if m.last - 1 < m.first or not doc.is_cap(m.last - 1):
            return None
        named = parse_back(doc, m.last - 1, m.first)
        if named is None or named.kind != "name" or all(map(party_word, named.name)):
            return None  # "the Republican report" is a party's, not a person's
        return self.resolve(named)

    def _tied_to(self, m: Mention) -> Entity | None:
        """What `m` stands for, as the words the article ties a description to."""
        ent = self.resolve(m)
        if self.antecedent is None:
            self.antecedent = m.first
        return ent

    def _another_since(self, ent: Entity, m: Mention) -> bool:
        """`Simon Smithson, a Kleinwort analyst, said ... a senior analyst at Nomura said
        ... the analyst said`: an unnamed one brought in since the name is the one meant."""
        doc = self.doc
        since = next(
            (
                self.events[i].tok
                for i in range(self._before(m.first) - 1, -1, -1)
                if self.events[i].entity is ent
            ),
            -1,
        )
        return any(
            doc.lows[t] == m.head
            and not doc.is_cap(t)
            and any(doc.lows[u] in INDEFINITES for u in range(max(since + 1, t - 4), t))
            for t in range(since + 1, m.first)
        )

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
        if not cands and m.head in PARTY_MEMBERS:
            return None  # "Republican Ann Roe" is no "Wisconsin Republican": many share a party
        if not cands:
            cands = [e for e in self.table.by_role(m.head) if not _holds_another_office(e, role)]
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


_FORMER = frozenset({"former", "one-time", "onetime", "ex", "retired", "erstwhile", "late"})


def _named_in_full(ent: Entity) -> bool:
    """A person the story named by given name and surname."""
    return len(ent.tokens) > 1 and is_given_name(ent.tokens[0]) and not incorporated(ent.tokens)


def _former(m: Mention) -> bool:
    """A role once held ("the former chairman", "an ex-minister"): whoever held it no
    longer speaks for the body it was held in."""
    words = m.role.lower().split()
    return any(w in _FORMER or w.startswith("ex-") for w in words)


def _agent_noun(head: str) -> bool:
    """`employee`, `researchers`, `envoy`: a noun for a person (by its ending, or one
    whose plural is a group of people), not a document or a body that speaks for the
    name inside it (`the Treasury brief`)."""
    word = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return word.endswith(("er", "ee", "ist", "or", "ian", "ant", "ent", "oy", "man", "woman"))


def _as_description(doc: TextDoc, m: Mention) -> None:
    """`the U.S. Official said`: read as the description it is (`the U.S. official`)."""
    before = doc.lows[m.first - 1] if m.first > 0 else ""
    m.kind, m.head, m.role = "description", source_noun(m.name), " ".join(m.name)
    m.determiner = before if before in DETERMINERS else ""


def _pronoun_subjects(doc: TextDoc) -> dict[str, list[int]]:
    """Tokens of `he` and `she` in the narrative that a verb follows, in reading order."""
    out: dict[str, list[int]] = {"he": [], "she": []}
    for t in range(doc.n - 1):
        low = doc.lows[t]
        if low in out and doc.narrative(t) and verbish(doc, t + 1) and _opens_clause(doc, t):
            out[low].append(t)
    return out


def _nameless_speakers(doc: TextDoc, table: EntityTable) -> list[int]:
    """Cues whose subject is someone new and unnamed: `a Western diplomat said`, or `the
    official said` where no one named is an official."""
    out = []
    for c in range(1, doc.n):
        if doc.lows[c] not in CUE_VERBS or not cue_at(doc, c):
            continue
        lo = doc.sent_start(c)
        m = parse_back(doc, c - 1, lo)
        if m is not None and m.kind == "name" and m.first > lo:
            m = _opening_description(doc, m, lo, c) or m
        if m is not None and m.kind == "name" and source_noun(m.name):
            _as_description(doc, m)
        if (
            m is not None
            and m.kind == "description"
            and m.owner is None
            and m.head in PERSON_HEADS
            and (
                m.determiner in INDEFINITES
                or (
                    m.head in UNNAMED_SOURCES
                    and not m.head.endswith("s")  # "officials say" is no "he"
                    and not table.by_role(m.head)
                )
            )
        ):
            out.append(c)
    return out


def _opening_description(doc: TextDoc, m: Mention, lo: int, c: int) -> Mention | None:
    """`The General Manager of the Madrid branch of a bank which has lent money to FECSA
    said`: the name before the cue is governed by a preposition, so the one speaking is
    the description that opens the sentence."""
    if doc.lows[m.first - 1] not in PREPOSITIONS:
        return None
    opening = parse_fwd(doc, lo, c - 1)
    return opening if opening is not None and opening.kind == "description" else None


def _opens_clause(doc: TextDoc, t: int) -> bool:
    """`He said`, `On Twitter, she responded`: the sentence's own subject, not a side
    clause's (`before he announced`)."""
    lo = doc.sent_start(t)
    return t == lo or past_intro(doc, lo, t + 1) == t


OFFICES = word_set(
    """minister secretary chancellor president premier governor mayor senator speaker
    treasurer whip commissioner ambassador attorney-general secretary-general"""
)
"""Titles of an office one person holds at a time: whoever holds one in the article is
not "the" holder of another."""
_SHIFTERS = frozenset({"former", "ex", "deputy", "vice", "assistant", "acting", "shadow"})
_TITLE_SHORT = {"sen": "senator", "gov": "governor", "pres": "president", "pm": "minister"}


def _title_words(role: str) -> list[str]:
    words = [norm(w) for w in role.replace("-", " - ").split()]
    words = [_TITLE_SHORT.get(w, w) for w in words if w not in {"the", "a", "an", "-"}]
    return words


def _holds_another_office(ent: Entity, role: str) -> bool:
    """`role` (`the Home Secretary`) is an office, and the article gives `ent` a different
    one: another head (`Prime Minister`), the same with another qualifier (`Foreign
    Secretary`), or a shifted one (`former Home Secretary`)."""
    mine = _title_words(role)
    if not mine or mine[-1] not in OFFICES:
        return False
    return any(_other_office(mine, _title_words(r)) for r in ent.roles)


def _other_office(mine: list[str], theirs: list[str]) -> bool:
    if not theirs or theirs[-1] not in OFFICES:
        return False
    if theirs[-1] != mine[-1]:
        return True
    if set(theirs) & _SHIFTERS != set(mine) & _SHIFTERS:
        return True
    a = [w for w in mine[:-1] if w not in _SHIFTERS]
    b = [w for w in theirs[:-1] if w not in _SHIFTERS]
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and longer[len(longer) - len(shorter) :] != shorter


def _tok(ev: Event) -> int:
    return ev.tok


def _is_firm(ent: Entity) -> bool:
    return ent.kind == "organisation" and incorporated(ent.tokens)


class _FirmMentions:
    """The mentions of incorporated firms, in reading order, with what a bare "the
    company" asks of every stretch of them from the article's start.

    Each "the company" used to read back over every mention before it, so a long
    article cost the square of its length; this answers each in logarithmic time,
    and is read again only when a mention is added or a name becomes, or stops
    being, a firm's.
    """

    def __init__(self, events: list[Event]) -> None:
        self.firm: dict[int, bool] = {}
        self.events: list[Event] = []
        for ev in events:
            if self._note(ev):
                self.events.append(ev)
        self._answers: list[tuple[Event | None, Event | None, Event]] | None = None

    def _note(self, ev: Event) -> bool:
        firm = self.firm[id(ev.entity)] = _is_firm(ev.entity)
        return firm

    def changed(self, ent: Entity) -> bool:
        """Whether an entity with mentions here became a firm or stopped being one."""
        known = self.firm.get(id(ent))
        return known is not None and known != _is_firm(ent)

    def add(self, ev: Event) -> None:
        if self._note(ev):
            insort(self.events, ev)
            self._answers = None

    def before(self, tok: int) -> tuple[Event | None, Event | None, Event | None]:
        """Among the firm mentions before token `tok`: the last, when they are all of one
        firm; the last one speaking; and the last mention of the firm mentioned least
        recently."""
        k = bisect_left(self.events, tok, key=_tok)
        if k == 0:
            return None, None, None
        if self._answers is None:
            self._answers = self._read()
        return self._answers[k - 1]

    def _read(self) -> list[tuple[Event | None, Event | None, Event]]:
        answers: list[tuple[Event | None, Event | None, Event]] = []
        last: OrderedDict[int, Event] = OrderedDict()
        speaking = None
        for ev in self.events:
            last[id(ev.entity)] = ev
            last.move_to_end(id(ev.entity))
            if ev.speaking:
                speaking = ev
            only = ev if len(last) == 1 else None
            answers.append((only, speaking, next(iter(last.values()))))
        return answers


def _compatible(ent: Entity, gender: str) -> bool:
    if ent.kind == "organisation":
        return False
    return not (gender and ent.gender and ent.gender != gender)


def _written_in_capitals(doc: TextDoc, events: list[Event]) -> set[int]:
    """Entities with a one-word mention in capitals (`ISIS`) beside a lower-case word, so
    not a line written all in capitals (`LAWSON SAYS`)."""
    found = set()
    for ev in events:
        t = ev.tok
        w = doc.words[t]
        if len(w) < 2 or not w.isalpha() or not w.isupper():
            continue
        if any(0 <= u < doc.n and doc.words[u].islower() for u in (t - 1, t + 1)):
            found.add(id(ev.entity))
    return found


def _personal(ent: Entity) -> bool:
    """Evidence the entity is a person: a title, honorific, given name, or it speaks."""
    return bool(ent.person_evidence or ent.gender or ent.spoke)
