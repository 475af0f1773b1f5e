"""Names and subjects in an article's narrative, the raw material for resolving speakers.

One pass over the capitalised runs outside quotations builds the article's
entity table (one entry per person or organisation, with roles and gender
evidence) and a list of mention events in reading order, marking which
mentions are a clause's subject and which speak. Pronouns and descriptions
later resolve against those events. The subject finders below answer the
attribution rules' question "who is this sentence about" from the same table.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from .cues import (
    IRREGULAR_PAST,
    PREPOSITIONS,
    TARGET_CUES,
    TELL_FORMS,
    cue_at,
    past_dateline,
    past_intro,
    past_name_tail,
    verbish,
)
from .firms import retype_named_firms, retype_short_firms
from .gender import apposition_evidence, kin_before_evidence
from .lexicon import (
    COMMON_POSSESSORS,
    CUE_VERBS,
    FUNCTION_WORDS,
    PRONOUNS,
    SKIP_BEFORE_CUE,
    TIME_WORDS,
    UNNAMED_SOURCES,
)
from .mentions import (
    Mention,
    definite_name,
    nickname_at,
    parse_back,
    parse_fwd,
    role_prefix,
    split_name,
    title_of_the,
)
from .names import (
    CONNECTORS,
    GENERATIONS,
    ORG_HEADS,
    PARTICLES,
    PERSON_TITLES,
    PLACE_NAMES,
    PORTFOLIOS,
    ROLE_NOUNS,
    STOP_CAPS,
    Entity,
    EntityTable,
    as_written,
    firm_pair,
    firms_joined_at,
    is_given_name,
    norm,
    not_a_name,
    party_tag_role,
    possessive_in_name,
    source_noun,
    word_set,
)
from .textdoc import TextDoc

BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "st", "jr", "lt", "gen", "del", "pres"}
)
"""Words written with a dot that do not end a name (`Mr. Smith`, `Gen. Milley`)."""


@dataclass(order=True)
class Event:
    """A mention of an entity at token `tok`, as pronoun resolution looks back over them."""

    tok: int
    subject: bool
    entity: Entity
    speaking: bool = False
    """The mention is the subject of a speech verb (`Sir Keir Starmer said he ...`)."""
    written: str = field(default="", compare=False)
    """The name as the text writes it here (`Baker`), what a pronoun pointing back at
    this mention points at; empty for a speaker the text only calls `he`."""


def scan_names(doc: TextDoc) -> tuple[EntityTable, list[Event]]:
    """The article's entities and their mentions in reading order."""
    scanner = _NameScanner(doc)
    retype_short_firms(doc, scanner.table)
    retype_named_firms(doc, scanner.table)
    for ent in scanner.table.entities:
        ent.finish()
    return scanner.table, scanner.events


class _NameScanner:
    """Reads every capitalised run outside quotations as a possible name."""

    def __init__(self, doc: TextDoc) -> None:
        self.doc = doc
        self.table = EntityTable()
        self.events: list[Event] = []
        self._words = doc.written
        """Every word as the article writes it: a capitalised word it also writes in lower
        case is a common noun."""
        self._headlines = headline_paragraphs(doc)
        self._scan_names()

    def _scan_names(self) -> None:
        doc = self.doc
        after = -1
        for i in [t for t, cap in enumerate(doc.caps) if cap and doc.quote_of[t] < 0]:
            if i <= after or i < doc.dateline_end or doc.para[i] in self._headlines:
                continue
            after = self._run_end(i)
            # "cane acreage in Guangxi and Yunnan": where, not who
            located = i > 0 and doc.lows[i - 1] == "in"
            parts = self._parts(i, after)
            if not located and self._couple(parts):
                parts = parts[1:]
            for k, e in parts:
                self._add_name(k, e, located)

    def _couple(self, parts: list[tuple[int, int]]) -> bool:
        """`the parents, Khizr and Ghazala Khan,`: a given name joined to a full name
        shares its surname; the first is a person of their own, named first.

        Only a word the article writes nowhere else (or a listed given name) is read
        so: `Clinton and Bernie Sanders` names Clinton elsewhere, on her own.
        """
        doc = self.doc
        if len(parts) != 2:
            return False
        (k, e), (k2, e2) = parts
        if k != e or e2 - k2 != 1 or k2 != e + 2 or doc.lows[e + 1] not in {"and", "&"}:
            return False
        word, surname = doc.words[k], doc.words[e2]
        if not all(w.isalpha() and w[1:].islower() for w in (word, doc.words[k2], surname)):
            return False  # "Kleinwort and Benson Ltd's": a firm's possessive, no surname
        if self.table.lookup([word]) is not None:
            return False
        if norm(surname) in ORG_HEADS or not (is_given_name(word) or doc.words.count(word) == 1):
            return False
        if doc.lows[k] in PLACE_NAMES or " ".join(doc.lows[k2 : e2 + 1]) in PLACE_NAMES:
            return False  # "Boston and New York": places
        ent = self.table.add([word, surname], "", "", doc.starts[k], True)
        self.events.append(Event(k, False, ent, False, word))
        return True

    def _run_end(self, i: int) -> int:
        doc = self.doc
        j = i
        while j + 1 < doc.n and doc.narrative(j + 1) and doc.sent[j + 1] == doc.sent[i]:
            if not self._name_continues(j):
                break
            j += 1
        while j > i and doc.lows[j] in CONNECTORS | PARTICLES:
            j -= 1
        return j

    def _name_continues(self, j: int) -> bool:
        doc = self.doc
        if norm(doc.words[j]) in GENERATIONS and j > 0 and doc.is_cap(j - 1):
            return False  # `said Robert Hill Jr. His father`: "Jr." closes the name
        if doc.lows[j].endswith(("'s", "’s")) and doc.lows[j] not in COMMON_POSSESSORS:
            return False
        if nickname_at(doc, j + 1) or nickname_at(doc, j) in {1, 2}:
            return True  # `Marcia "Cia" Price`
        if doc.is_cap(j + 1):
            return not _headline_verb(doc.lows[j + 1])
        if _plural_possessive_inside(doc, j):
            return True
        if doc.words[j + 1] == ".":
            return doc.ends[j] == doc.starts[j + 1] and _abbrev(doc, j)
        if doc.lows[j + 1] in PARTICLES and j + 3 < doc.n and doc.lows[j + 2] in PARTICLES:
            return doc.is_cap(j + 3)  # "Miguel de la Madrid", "Cor van der Klugt"
        return doc.lows[j + 1] in PARTICLES | CONNECTORS and j + 2 < doc.n and doc.is_cap(j + 2)

    def _parts(self, i: int, j: int) -> list[tuple[int, int]]:
        doc = self.doc
        # "Secretary of State George Shultz": an `of` after a title belongs to the title.
        conns = [
            t
            for t in range(i, j + 1)
            if doc.lows[t] in CONNECTORS
            and not (doc.lows[t] == "of" and t > i and norm(doc.words[t - 1]) in PERSON_TITLES)
            and not self._portfolio_and(i, t)
        ]
        joined = firms_joined_at(doc.words[i : j + 1])
        if joined > 0:
            return [*self._parts(i, i + joined - 1), *self._parts(i + joined + 1, j)]
        if conns and self._person_of(i, conns[0]):
            # "Richard Fischer of Merrill Lynch and Co Inc": a person, then the firm
            return [(i, conns[0] - 1), *self._parts(conns[0] + 1, j)]
        if not conns or norm(doc.words[j]) in ORG_HEADS or self._named_body(i, conns[0], j):
            return [(i, j)]
        if firm_pair(doc.words[i : j + 1]) and self._firm_named(i, j):
            return [(i, j)]
        parts, k = [], i
        for c in conns:
            if c > k:
                parts.append((k, c - 1))
            k = c + 1
        parts.append((k, j))
        return parts

    def _person_of(self, i: int, c: int) -> bool:
        """`Richard Fischer of Merrill Lynch`: a given name and a surname before `of` or
        `at` name a person, whatever the firm after them is called."""
        doc = self.doc
        if doc.lows[c] not in {"of", "at"}:
            return False
        while i < c and norm(doc.words[i]) in STOP_CAPS:
            i += 1  # "But David Healy of Drexel Burnham Lambert Inc said"
        titled = i > 0 and doc.lows[i - 1] in _ROLE_WORDS  # "analyst Sanford Marsh of"
        while i < c and norm(doc.words[i]) in _ROLE_WORDS:
            i, titled = i + 1, True  # "Analyst Sanford Marsh of Shearson"
        if c - i < 2 or not (titled or is_given_name(doc.words[i])):
            return False
        return not any(norm(doc.words[t]) in ORG_HEADS for t in range(i, c))

    def _firm_named(self, i: int, j: int) -> bool:
        """`Duff and Phelps`, `Lewis of Phillips and Drew`: a firm. Not two places
        (`cane acreage in Guangxi and Yunnan`), nor two people the story has named
        (`Naylor and Beesley said` after `FCA chairman Frank Naylor`)."""
        located = i > 0 and self.doc.lows[i - 1] in {"in", "between"}
        return not located and not self._known_person(i, j)

    def _known_person(self, i: int, j: int) -> bool:
        for t in range(i, j + 1):
            ent = self.table.lookup([self.doc.words[t]])
            if ent is not None and len(ent.tokens) > 1 and not ent.org_evidence:
                return True
        return False

    def _named_body(self, i: int, c: int, j: int) -> bool:
        """`Department of Agriculture`, `Organisation for Economic Cooperation and Development`.

        A body named by its kind and what it is of or for is one name: its
        parts ("Agriculture", "Development") are no one. Not when a title
        follows (`Bank of Japan Governor Satoshi Sumita` names a person).
        """
        doc = self.doc
        if any(norm(doc.words[t]) in PERSON_TITLES for t in range(c + 1, j + 1)):
            return False
        if c > i and doc.lows[c] in {"of", "for"} and norm(doc.words[c - 1]) in ORG_HEADS:
            return True
        return i > 0 and doc.lows[i - 1] == "the" and self._body_later(c, j)

    def _body_later(self, c: int, j: int) -> bool:
        """`the States of Malaya Chamber of Mines`: after "the", a run joined only by
        `of` whose later `of` follows a body's word is one body's name."""
        doc = self.doc
        conns = [t for t in range(c, j + 1) if doc.lows[t] in CONNECTORS]
        if any(doc.lows[t] != "of" for t in conns) or len(conns) < 2:
            return False
        return any(norm(doc.words[t - 1]) in ORG_HEADS for t in conns[1:])

    def _portfolio_and(self, i: int, t: int) -> bool:
        """ "Minister of Mines and Energy Subroto": an `and` joining what a title is of."""
        doc = self.doc
        if (
            doc.lows[t] not in ("and", "&")
            or t + 1 >= doc.n
            or norm(doc.words[t + 1]) not in PORTFOLIOS
        ):
            return False
        return any(
            doc.lows[o] == "of" and norm(doc.words[o - 1]) in PERSON_TITLES for o in range(i + 1, t)
        )

    def _add_name(self, k: int, e: int, located: bool = False) -> None:
        doc = self.doc
        m = split_name(doc, k, e)
        if m is None or m.kind != "name":
            return
        m.name = as_written(m.name, self._words)
        lo = doc.sent_start(k)
        title_of_the(doc, m, lo)
        role = " ".join(x for x in (role_prefix(doc, m.first, lo), m.role) if x)
        initial = (
            lo in {k, m.first}
            or (m.first - 1 == lo and doc.words[lo] in "\"“'")
            or _after_dateline(doc, m.first)
        )
        cue_next = e + 1 < doc.n and doc.lows[e + 1] in CUE_VERBS
        bare = len(m.name) == 1 and not (m.honorific or role)
        weak = bare and initial and not cue_next and not self._surname_acting(m.name[0], e)
        common = bare and (self._common(m.name[0]) or initial and plural_agent(m.name[0]))
        if (weak or common) and self.table.lookup(m.name) is None:
            return
        if not_a_name(m.name) or source_noun(m.name):
            return
        definite = not role and definite_name(doc, m)
        ent = self.table.add(
            m.name, m.honorific, role, doc.starts[k], not initial or cue_next, definite
        )
        apposition_evidence(doc, ent, e)
        kin_before_evidence(doc, ent, m.first, e)
        if _named_after_outlet(doc, m.first):
            self.table.add_org_evidence(ent)
        if not ent.org_evidence and _modifier(doc, k, e):
            return
        if located and not (m.honorific or role):
            return  # a place no pronoun or description points back at
        follows = self._verb_follows(e)
        governed = m.first > 0 and doc.lows[m.first - 1] in PREPOSITIONS
        possessive = doc.lows[e].endswith(("'s", "’s"))
        clause = _opens_clause(doc, m.first, lo) and _lower_word_after(doc, e)
        subject = (initial or clause or bool(follows)) and not governed and not possessive
        subject = subject or self._named_in_subject(m.first, e, lo)
        # "Walter Briggs, of Fairfax, Va., said": a town after "of" does not speak
        speaks = follows == "cue" and not governed and not possessive
        if speaks:
            ent.spoke = True
        # "For Conrac, the arbitrageur said": a name after a preposition is no apposition
        appositive = "" if governed else _appositive_role(doc, e) or _party_tag(doc, e)
        if appositive and ent.kind == "person" and not ent.org_evidence:
            self.table.add_appositive_role(ent, appositive)
        written = doc.text[doc.starts[m.first] : doc.ends[m.last]]
        self.events.append(Event(m.first, subject, ent, speaks, written))
        self._gender_from_pronoun(ent, e)
        head = "" if governed else self._appositive_head(m.first, e)
        if head:
            self.table.tie(ent, head)

    def _appositive_head(self, first: int, e: int) -> str:
        """`Mary Kerr, a senior Treasury official,` or `A Treasury official, Mary Kerr,`:
        the source set off beside a name, so a later "the official" is hers. Only nouns
        for unnamed sources: a title ("the governor") already finds its holder."""
        return self._source_after(e) or self._source_before(first, e)

    def _source_after(self, e: int) -> str:
        doc = self.doc
        if e + 2 >= doc.n or doc.words[e + 1] != "," or doc.lows[e + 2] not in _APPOSITIVE_DETS:
            return ""
        head = ""
        for t in range(e + 3, min(doc.n, e + 3 + _APPOSITIVE_REACH)):
            if not doc.narrative(t) or doc.words[t] in {".", ";"}:
                break
            if doc.words[t] == ",":
                return head  # closed: "Japan, a senior official said" is no apposition
            if not head and norm(doc.words[t]) in UNNAMED_SOURCES and not doc.is_cap(t):
                head = norm(doc.words[t])
        return ""

    def _source_before(self, first: int, e: int) -> str:
        doc = self.doc
        lo = doc.sent_start(first)
        if first - 2 < lo or doc.words[first - 1] != "," or e + 1 >= doc.n:
            return ""
        head = norm(doc.words[first - 2])
        if head not in UNNAMED_SOURCES or doc.words[e + 1] not in {",", "("}:
            return ""
        for t in range(first - 3, max(lo, first - 2 - _APPOSITIVE_REACH) - 1, -1):
            if doc.lows[t] in _APPOSITIVE_DETS:
                return head
            if not doc.narrative(t) or doc.words[t] in {",", ".", ";"}:
                return ""
        return ""

    def _surname_acting(self, word: str, e: int) -> bool:
        """`Okafor openly admitted ...`: a lone word opening a sentence before a verb is
        a surname, unless it reads as a common noun (`Speculation mounted`, `People
        familiar with ... said`, `Exports rose`: a noun ending or a plural)."""
        low = norm(word)
        if e + 1 >= self.doc.n or not self.doc.words[e + 1].isalpha():
            return False  # "NEW YORK, April 8 -": a dateline, not a subject before its verb
        if low in SENTENCE_OPENERS or low.endswith(_NOUN_ENDINGS) or not self._verb_follows(e):
            return False
        if low.endswith("ing") and len(low) > 4:  # "Sounding dismayed, he added", not "King"
            return False
        return not (low.endswith("s") and not low.endswith(("ss", "us", "is")))

    def _common(self, word: str) -> bool:
        """`Automakers say ...` when the article also writes `automakers`: no name.

        Not an organisation's head word: `the Commission` names one.
        """
        low = word.lower().rstrip(".")
        return low in self._words and low not in ORG_HEADS

    def _named_in_subject(self, first: int, e: int, lo: int) -> bool:
        """`French economists, including Cheval at Indosuez, agreed`: one named inside the
        subject, set off by commas, is who the sentence goes on about."""
        doc = self.doc
        opener = first - 1
        if opener - 1 <= lo or doc.lows[opener] not in _INCLUDING or doc.words[opener - 1] != ",":
            return False
        if opener - 1 - lo > _SUBJECT_REACH or any(
            not doc.narrative(t) or doc.words[t] in _CLAUSE_MARKS for t in range(lo, opener - 1)
        ):
            return False
        for t in range(e + 1, min(doc.n, e + _SUBJECT_REACH)):
            if doc.sent[t] != doc.sent[first] or doc.words[t] in _CLAUSE_MARKS - {","}:
                return False
            if doc.words[t] == ",":
                return bool(self._verb_follows(t))
        return False

    def _verb_follows(self, e: int) -> str:
        """`cue` when a speech verb follows the name, `verb` for another verb, else ``."""
        doc = self.doc
        j = start = past_name_tail(doc, e + 1)
        perfect = finite = False
        while j < doc.n and (doc.lows[j] in SKIP_BEFORE_CUE or _adverb(doc, j)):
            perfect = perfect or doc.lows[j] in _PERFECT
            finite = finite or doc.lows[j] in _FINITE
            j += 1
        if j >= doc.n or not doc.narrative(j):
            return ""
        low = doc.lows[j]
        if cue_at(doc, j):
            # "Consumer demand and ... has resulted": a bare verb form after a lone
            # name, with no auxiliary, is a noun; one person "demands" or "demanded"
            return "" if j == start and _bare_form(low) else "cue"
        past = (low.endswith("ed") and len(low) > 4) or low in IRREGULAR_PAST
        past = past or (perfect and low.endswith(("en", "wn", "ne")))
        # "Tina Houchins had a question": the auxiliary was the sentence's own verb
        return "verb" if (past and doc.words[j].islower()) or finite else ""

    def _gender_from_pronoun(self, ent: Entity, e: int) -> None:
        """`Clinton said she ...`: a pronoun right after the name's cue gives the gender."""
        doc = self.doc
        if ent.gender_fixed or e + 3 >= doc.n or doc.lows[e + 1] not in CUE_VERBS:
            return
        for t in (e + 2, e + 3):
            g = PRONOUNS.get(doc.lows[t], "")
            if g in {"m", "f"}:
                ent.votes[g] = ent.votes.get(g, 0) + 1
                ent.gender = max(ent.votes, key=ent.votes.__getitem__)
                return
            if doc.lows[t] != "that":
                return


_CLAUSE_OPENERS = frozenset({"but", "while", "whereas", "although", "though", "because"})
"""Conjunctions opening a clause of its own; "and" so often closes a list of names
("Rubio, and Senator Ted Cruz") that it is left out."""


def _opens_clause(doc: TextDoc, first: int, lo: int) -> bool:
    """`..., but subcommittee chairman Howard Metzenbaum wants it shifted now`: a name
    opening a clause after a comma and a conjunction, or a semicolon, is that clause's
    subject as one opening the sentence is, whatever tense its verb is in (the caller
    checks a word follows it); a "he" or "the Ohio Democrat" after it goes on about
    him."""
    k = first - 1
    while k > max(lo, first - 4) and _role_word_before(doc, k):
        k -= 1  # "subcommittee chairman", "the party's leader"
    if k <= lo or not doc.narrative(k):
        return False
    if doc.words[k] == ";":
        return True
    return doc.lows[k] in _CLAUSE_OPENERS and doc.words[k - 1] == ","


def _lower_word_after(doc: TextDoc, e: int) -> bool:
    """A word in lower case after the name, where its verb would be (`wants`)."""
    j = e + 1
    return j < doc.n and doc.words[j].isalpha() and doc.words[j].islower() and doc.narrative(j)


def _role_word_before(doc: TextDoc, k: int) -> bool:
    low = doc.lows[k]
    if low == "the":
        return True
    return (
        doc.words[k].isalpha()
        and doc.words[k].islower()
        and low not in FUNCTION_WORDS
        and low not in CUE_VERBS
        and low not in _CLAUSE_OPENERS
    )


_INCLUDING = frozenset({"including", "notably", "among"})
_SUBJECT_REACH = 6
"""Words a subject may take before the aside naming one of it, and the aside itself."""
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "—", "–"})
_APPOSITIVE_DETS = frozenset({"a", "an", "the"})
_ROLE_WORDS = PERSON_TITLES | ROLE_NOUNS
_APPOSITIVE_REACH = 6

HEADLINE_VERBS = word_set(
    """says sees vows slams blasts warns urges tells backs rips seeks denies defends
    wants calls asks predicts is are was were has"""
)
"""Verbs a title-case line puts between two names ("Hollande Says Donald Trump ..."):
no name runs on through them."""


def _headline_verb(low: str) -> bool:
    """A verb a title-case line writes after a name: one of the headline's present
    tenses, or a speech verb in the past ("Zoe Saldana Asked Men Everywhere To ...",
    the heading of a list's item), which no name is made of."""
    return low in HEADLINE_VERBS or (low in CUE_VERBS and low.endswith("ed"))


_HEADLINE_MAX = 40
"""Tokens in the longest paragraph read as a possible headline."""
_HEADLINE_SMALL = word_set(
    """a an the and or but of in on at to for by with from as is are was be vs
    over after into up out off"""
)


def headline_paragraphs(doc: TextDoc) -> set[int]:
    """Paragraphs in title case (`Senator Sees Tough Fight Ahead`): a headline.

    Every word is capitalised there, so its capitalised runs are no evidence
    of a name; a person a headline names is named again in the story. Only
    short paragraphs opening on a capital are read word by word. A dateline
    ("NEW YORK, April 13 - Foster Wheeler Corp <FWC>", cut short by the ticker)
    opens the story, not a headline.
    """
    out = set(doc.headline_paras)
    start = 0
    while start < doc.n:
        para = doc.para[start]
        end = bisect_right(doc.para, para, start)
        if (
            end - start <= _HEADLINE_MAX
            and doc.is_cap(start)
            and _title_case(doc, start, end)
            and not any(_after_dateline(doc, t) for t in range(start + 2, end))
        ):
            out.add(para)
        start = end
    return out


def _title_case(doc: TextDoc, start: int, end: int) -> bool:
    toks = [t for t in range(start, end) if doc.narrative(t) and doc.words[t][0].isalpha()]
    big = [t for t in toks if doc.lows[t] not in _HEADLINE_SMALL]
    ends = toks and toks[-1] + 1 < end and doc.words[toks[-1] + 1] in ".?!"
    return len(big) >= 3 and not ends and all(doc.is_cap(t) for t in big)


_PERFECT = frozenset({"has", "had", "have"})
_FINITE = frozenset({"has", "had"})
"""Verbs that make the name before them a subject whatever follows them."""
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ism")
SENTENCE_OPENERS = word_set(
    """people today tomorrow yesterday tonight everyone everybody nobody someone
    somebody governments officials authorities others many most some both"""
)
"""Capitalised only because they open a sentence: never a surname."""


_APPOSITIVE_DETERMINERS = frozenset({"the", "a", "an"})


def _appositive_role(doc: TextDoc, e: int) -> str:
    """`Charles Clarke, the Home Secretary, said`: the role set off after a name, with
    what shifts it (`the former Home Secretary` is no Home Secretary)."""
    if e + 3 >= doc.n or doc.words[e + 1] != "," or doc.lows[e + 2] not in _APPOSITIVE_DETERMINERS:
        return ""
    words = []
    for t in range(e + 3, min(doc.n, e + 9)):
        w = doc.words[t]
        if w == "," or not doc.narrative(t):
            break
        if not w[:1].isalpha() or doc.lows[t] in FUNCTION_WORDS:
            return ""
        words.append(w)
    else:
        return ""
    if not words or norm(words[-1]) not in PERSON_TITLES:
        return ""
    return " ".join(words)


_OUTLET_NOUNS = word_set(
    "daily dailies newspaper newspapers weekly weeklies magazine magazines agency agencies"
)


_PIECES = word_set("report article story interview editorial column")


def _named_after_outlet(doc: TextDoc, first: int) -> bool:
    """`the news agency Tanjug`, `The financial daily, Boersenzeitung,`, `news magazines,
    Senhor,`: a name set right after a lower-case word for a paper or an agency is that
    body, not a person ("In an interview with the newspaper, Bangemann said" is not
    set off), and so is what a report or an article is in (`The report in Time`)."""
    t = first - 1
    if t >= 1 and doc.lows[t] == "in" and doc.lows[t - 1] in _PIECES:
        return True  # "The report in Time quoted ...": a magazine
    if t >= 0 and doc.words[t] == ",":
        last = first
        while last + 1 < doc.n and doc.is_cap(last + 1):
            last += 1
        if last + 1 >= doc.n or doc.words[last + 1] != ",":
            return False
        t -= 1
    return t >= 0 and doc.words[t].islower() and doc.lows[t] in _OUTLET_NOUNS


_AGENT_PLURALS = ("ers", "ors", "ists", "ants", "ents", "eurs", "ians", "ates")


def plural_agent(word: str) -> bool:
    """`Exporters said`, `Delegates would not speculate`, `Arbitrageurs said`: a plural
    noun for a kind of people opening a sentence is many speakers, none of them named
    (a surname of that shape, `Rogers`, is found once its story names the person)."""
    return len(word) > 5 and word[1:].islower() and norm(word).endswith(_AGENT_PLURALS)


def _party_tag(doc: TextDoc, e: int) -> str:
    """`Sen. Howard Metzger, D-Ohio,`, `Metzger (D-Ohio)`: the party and state set off
    after a lawmaker's name tie "the Ohio Democrat" further on to him."""
    if e + 2 >= doc.n or doc.words[e + 1] not in {",", "("} or not doc.narrative(e + 2):
        return ""
    return party_tag_role(doc.words[e + 2])


def _bare_form(low: str) -> bool:
    return (
        low.isalpha()
        and not low.endswith(("s", "ed", "ing"))
        and low not in IRREGULAR_PAST
        and low not in {"according"}
    )


def _adverb(doc: TextDoc, j: int) -> bool:
    """`Ortega openly admitted`: an adverb between a subject and its verb."""
    w = doc.words[j]
    return w.islower() and w.endswith("ly") and len(w) > 4


_ARTICLES = frozenset({"a", "an", "the"})


def _modifier(doc: TextDoc, k: int, e: int) -> bool:
    """`a Reagan administration official`: a person's name qualifying a noun is no one
    acting there, so no pronoun or description later points back at it. A verb after
    the name (`the Smith family has`, `the Jones said`) makes it the subject instead.
    An adjective may stand before the name (`the new Tianjin market`); a possessive
    (`a Clinton's ...`) owns the noun rather than qualifying it."""
    d = k - 1
    word = doc.words[d] if d > 0 else ""
    if word.isalpha() and word.islower() and doc.lows[d] not in _ARTICLES | FUNCTION_WORDS:
        d -= 1
    if d < 0 or doc.lows[d] not in _ARTICLES or e + 1 >= doc.n:
        return False
    if doc.lows[e].endswith(("'s", "’s")):
        return False
    nxt = doc.words[e + 1]
    return nxt.replace("-", "").isalpha() and nxt.islower() and not verbish(doc, e + 1)


def _after_dateline(doc: TextDoc, i: int) -> bool:
    """`CHICAGO, Oct 20 - Exports rose`: the story's first word opens a sentence."""
    return i >= 2 and doc.words[i - 1] in {"-", "—", "–", "--"} and doc.words[i - 2].isdigit()


def known_subject(doc: TextDoc, table: EntityTable, lo: int, a: int) -> Mention | None:
    """The first known name or he/she before token `a` that a verb follows."""
    t = lo
    while t < a:
        if not doc.narrative(t) or (t > lo and doc.lows[t - 1] in PREPOSITIONS):
            t += 1
            continue
        low = doc.lows[t]
        if low in {"he", "she"}:
            m = Mention(t, t, "pronoun", head=low)
        elif doc.is_cap(t) and low not in STOP_CAPS and low not in FUNCTION_WORDS:
            m = parse_fwd(doc, t, a - 1)
            if m is None or m.kind != "name" or table.lookup(m.name, m.honorific) is None:
                t += 1
                continue
            if " ".join(map(norm, m.name)) in PLACE_NAMES:
                t = m.last + 1  # "Speaking in Salem, New Hampshire, Senator Ricks went after ..."
                continue
        else:
            t += 1
            continue
        if verbish(doc, past_name_tail(doc, m.last + 1)) or _set_off_subject(doc, m, lo):
            return m
        t = m.last + 1
    return None


def _set_off_subject(doc: TextDoc, m: Mention, lo: int) -> bool:
    """`Another critic, Laurence H. Tribe, likened the rules to ...`: a name set off after
    the description opening the sentence is its subject."""
    before, after = m.first - 1, m.last + 1
    if before <= lo or after + 1 >= doc.n or doc.words[before] != "," or doc.words[after] != ",":
        return False
    if not all(doc.narrative(t) and doc.words[t] != "," for t in range(lo, before)):
        return False
    return before - lo <= _SUBJECT_REACH and verbish(doc, after + 1)


def passive_agent(doc: TextDoc, c: int, lo: int, a: int) -> Mention | None:
    """`Rubio was asked by moderator Gerard Baker whether ...`: the one after `by` speaks."""
    if c + 2 >= a or doc.lows[c + 1] != "by" or doc.lows[c] in {"quoted", "said"}:
        return None
    if c - 1 < lo or doc.lows[c - 1] not in BE_FORMS:
        return None
    return parse_fwd(doc, c + 2, a - 1, generous=True)


_MODIFIER_PREPOSITIONS = frozenset({"by", "to", "from", "with"})


def _in_a_modifier(doc: TextDoc, m: Mention, lo: int) -> bool:
    """The name closes a participle phrase (`contacted by X`, `speaking to X`), not the subject."""
    prep, verb = m.first - 1, m.first - 2
    if verb <= lo or doc.lows[prep] not in _MODIFIER_PREPOSITIONS:
        return False
    word = doc.lows[verb]
    return word.endswith(("ed", "en", "ing")) and word not in CUE_VERBS


def subject(doc: TextDoc, table: EntityTable, c: int, lo: int, a: int) -> Mention | None:
    participle = doc.lows[c].endswith("ing")
    before = c - 1
    if participle and before >= lo and doc.words[before] in {",", "—", "–"}:
        return main_subject(doc, table, lo, c)
    if participle and before > lo and doc.lows[before] in TIME_WORDS:
        # "suspended the official, John Vask, yesterday saying": a time between them
        # makes the participle the clause's, not a phrase of the name before it
        return main_subject(doc, table, lo, c)
    m = parse_back(doc, before, lo)
    if m is not None and _in_a_modifier(doc, m, lo):
        # "A Fiat spokesman contacted by Reuters said": Reuters only did the contacting.
        return parse_back(doc, m.first - 3, lo)
    if m is not None and participle and m.first > lo and doc.lows[m.first - 1] == "on":
        # "Clinton answered the question on Facebook writing": Facebook does not write
        return main_subject(doc, table, lo, c)
    if m is not None:
        return m
    if participle or (before >= lo and doc.lows[before] in {"and", "but", "or"}):
        return main_subject(doc, table, lo, c)
    if doc.lows[c] in TELL_FORMS | TARGET_CUES or _participle_follows(doc, c + 1):
        return None
    m = parse_fwd(doc, c + 1, a - 1, generous=True)
    if m is not None and m.kind == "description" and m.head in ROLE_NOUNS | PERSON_TITLES:
        return m if _interrupted(doc, c, lo) else None
    return m if m is not None and m.kind == "name" else None


def _interrupted(doc: TextDoc, c: int, lo: int) -> bool:
    """`"It strikes me odd," said the senator, "that ..."`: a cue right after the first part
    of a quotation names who speaks the rest of it, whether by name or by description."""
    t = c - 1
    while t >= lo and doc.narrative(t) and not doc.words[t][0].isalnum():
        t -= 1
    return t >= lo and not doc.narrative(t)


def _participle_follows(doc: TextDoc, t: int) -> bool:
    """`tweets targeting Tom Ellery`: a noun and its participle phrase, not a cue whose
    speaker follows it (`said Tom Ellery`)."""
    return t < doc.n and doc.words[t].islower() and doc.lows[t].endswith("ing")


def main_subject(doc: TextDoc, table: EntityTable, lo: int, c: int) -> Mention | None:
    """The subject of the sentence's first speech verb (for `..., adding: "`)."""
    for t in range(lo, c):
        if doc.narrative(t) and cue_at(doc, t) and not doc.lows[t].endswith("ing"):
            m = parse_back(doc, t - 1, lo)
            if m is not None and _in_a_modifier(doc, m, lo):
                m = parse_back(doc, m.first - 3, lo)  # "A Fiat spokesman contacted by Reuters"
            if m is not None:
                return m
    # `Hours later, Trump returned the compliment, telling Reuters: "..."`
    known = known_subject(doc, table, past_intro(doc, lo, c), c)
    return known or parse_fwd(doc, past_dateline(doc, lo, c), c - 1)


def _plural_possessive_inside(doc: TextDoc, j: int) -> bool:
    """`Japan Federation of Employers' Associations`: a plural possessive inside a name
    keeps the name whole (the apostrophe is a token of its own)."""
    if doc.words[j + 1] not in {"'", "’"} or j + 2 >= doc.n or not doc.is_cap(j + 2):
        return False
    attached = doc.ends[j] == doc.starts[j + 1] and doc.is_cap(j)
    return attached and possessive_in_name(doc.words[j], doc.words[j + 2])


def _abbrev(doc: TextDoc, i: int) -> bool:
    w = doc.words[i]
    return (
        doc.lows[i] in _ABBREVIATIONS
        or (len(w) == 1 and w.isupper())
        or ("." in w and w[:1].isupper())
    )
