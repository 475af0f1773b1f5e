"""Noun phrases that can name a speaker: names, pronouns and descriptions.

A speaker is whatever noun phrase sits next to a speech cue: a name with its
titles (`Technology Secretary Liz Kendall`, `Ms Haigh`), a pronoun (`he`), or a
description (`The Sheffield Heeley MP`, `the 11-member committee`). These are
read straight off the tokens, backwards from a cue or forwards after one, with
no parser: news attributions are short and formulaic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .cues import IRREGULAR_PAST
from .lexicon import (
    ABBREVIATIONS,
    CLAUSE_OPENERS,
    CUE_VERBS,
    DASHES,
    DETERMINERS,
    FUNCTION_WORDS,
    PRONOUNS,
    ROLE_MODIFIERS_LOWER,
    SKIP_BEFORE_CUE,
    TIME_LEADS,
    TIME_WORDS,
    UNNAMED_SOURCES,
)
from .names import (
    CONNECTORS,
    CORPORATE_SUFFIXES,
    DOC_HEADS,
    DOTTED_TITLES,
    FIRM_PLURALS,
    GENERATIONS,
    HONORIFIC_GENDER,
    ORG_HEADS,
    PARTICLES,
    PARTY_MEMBERS,
    PERSON_TITLES,
    PLACE_NAMES,
    PORTFOLIOS,
    REGION_ABBREVIATIONS,
    ROLE_NOUNS,
    STOP_CAPS,
    firm_pair,
    firms_joined_at,
    is_given_name,
    norm,
    not_a_name,
    party_word,
    possessive_in_name,
    word_set,
)
from .roles import org_name_start, whole_role
from .textdoc import TextDoc

_SKIPPED_MARKS = DASHES | {",", ":", "<"}
"""Passed over before a speaker; `<` opens a company's name in wire copy (`<Dart> said`)."""
HEADS = ROLE_NOUNS | ORG_HEADS | DOC_HEADS | PERSON_TITLES
ROLE_WORDS = HEADS | ROLE_MODIFIERS_LOWER


@dataclass
class Mention:
    """A noun phrase that may name a speaker, with its parts split out."""

    first: int
    last: int
    """Token range, inclusive."""
    kind: str
    """`name`, `pronoun`, `description`, or `group` (`Khizr and Ghazala Khan`: several
    people, whom no one entity stands for)."""
    name: list[str] = field(default_factory=list)
    honorific: str = ""
    role: str = ""
    head: str = ""
    determiner: str = ""
    owner: Mention | None = None
    """For `Trump's campaign` or `a post ... of the committee`: who it belongs to."""
    open_head: bool = False
    """The head is no title, body or document the lexicon knows (`the diplomat`)."""
    remit: bool = False
    """The name closes a title's remit (`Minister for Trade | Ann Roe`): the title before
    it is this person's, not that of someone the name owns."""


def skip_back(doc: TextDoc, j: int, lo: int) -> int:
    """Step back over adverbs, auxiliaries and time phrases before a cue."""
    while j >= lo:
        low = doc.lows[j]
        if _ticker_after_name(doc, j, lo):
            j -= 3
        elif (
            low in SKIP_BEFORE_CUE
            or low == ">"
            or (low.endswith("ly") and doc.words[j].islower() and len(low) > 4)
        ):
            j -= 1
        elif low in TIME_WORDS or (low.isdigit() and j > lo and doc.lows[j - 1] in TIME_WORDS):
            j -= 1
            while j >= lo and (doc.lows[j] in TIME_LEADS or doc.lows[j] in TIME_WORDS):
                j -= 1
        elif doc.words[j] == ")":
            k = j
            while k >= lo and doc.words[k] != "(":
                k -= 1
            if k < lo:
                return j
            j = k - 1
        else:
            return j
    return j


def _ticker_after_name(doc: TextDoc, j: int, lo: int) -> bool:
    """`Pitney Bowes Inc <PBI> said`: the ticker wire copy puts after a company's name
    is an aside, like a bracketed party after a lawmaker's; the subject is before it."""
    if j - 3 < lo or doc.words[j] != ">" or doc.words[j - 2] != "<":
        return False
    ticker = doc.words[j - 1]
    return ticker.isupper() and doc.ends[j - 1] == doc.starts[j] and doc.is_cap(j - 3)


def parse_back(doc: TextDoc, j: int, lo: int, depth: int = 0) -> Mention | None:
    """The noun phrase ending at or just before token `j` (the subject of a cue)."""
    j = skip_back(doc, j, lo)
    if j < lo or j < doc.dateline_end or not doc.narrative(j):
        return None
    if j - 2 >= lo and doc.words[j - 1] == "," and _age(doc.words[j]):
        j -= 2  # `Donna Rawlings, 59, a retired teacher, said`: the name before her age
    if j > lo and doc.words[j] == "." and doc.ends[j - 1] == doc.starts[j] and doc.is_cap(j - 1):
        j -= 1  # `Donald Trump Jr. said`: the dot closes the name, not a sentence
    low = _uncontracted(doc.lows[j])
    if doc.words[j] == ",":
        j = _past_bracketed_aside(doc, j, lo)
    if doc.words[j] in {",", "—", "–"} and depth < 2:
        k = _appositive_start(doc, j, lo)
        if k is None:
            return _appositive_name(doc, j, lo)
        return parse_back(doc, k - 1, lo, depth + 1)
    if low in PRONOUNS:
        if low == "who":
            return _relative_antecedent(doc, j, lo)
        return Mention(j, j, "pronoun", head=low)
    if doc.is_cap(j):
        m = _name_back(doc, j, lo)
        if m is not None and m.kind == "description" and m.head in PARTY_MEMBERS:
            return _named_before_role(doc, _with_determiner(doc, m, lo), lo) or m
        if m is None and (low in HEADS or low in UNNAMED_SOURCES) and doc.sent_start(j) == j:
            return Mention(j, j, "description", role=low, head=low)  # `Officials said:`
        return m
    if low in HEADS:
        m = _description_back(doc, j, lo)
        return _named_before_role(doc, m, lo) or m
    if _open_head(doc, j, lo):
        return _opened(_description_back(doc, j, lo))
    return None


def _opened(m: Mention | None) -> Mention | None:
    if m is not None and m.kind == "description":
        m.open_head = True
    return m


def _open_head(doc: TextDoc, j: int, lo: int) -> bool:
    """`the diplomat said`, `a Japanese refiner said`: any noun after an article can
    describe an unnamed source, not only the titles the lexicon lists. The article must
    be close (three words at most, none of them a function word or a mark), so a noun
    that ends some other phrase before the cue is not taken for its subject."""
    low = doc.lows[j]
    if len(low) < 3 or not low.replace("-", "").isalpha() or low.endswith("ly"):
        return False
    if low in FUNCTION_WORDS or low in CUE_VERBS or low in TIME_WORDS or low in DETERMINERS:
        return False
    reach = 4
    k = j - 1
    while k >= max(lo, j - reach):
        if not doc.narrative(k):
            return False
        word = doc.lows[k]
        if word in {"the", "a", "an"}:
            return _subject_opens(doc, k, lo)
        if _comma_between_adjectives(doc, k, lo):
            reach += 1  # `the bespectacled, 71-year-old diplomat said`
        elif word in FUNCTION_WORDS or not doc.words[k].replace("-", "").replace(".", "").isalnum():
            return False
        k -= 1
    return False


def _comma_between_adjectives(doc: TextDoc, k: int, lo: int) -> bool:
    """The comma at `k` sets two adjectives of one description apart (`the tall,
    gray-haired senator`): one lower-case word before it, an article before that. A
    word in -s is a plural noun more often than an adjective (`the forecasts, Dornbush
    added`), unless it is one in -ous or -less."""
    return (
        doc.words[k] == ","
        and k - 2 >= lo
        and doc.lows[k - 2] in {"the", "a", "an"}
        and doc.words[k - 1].replace("-", "").isalpha()
        and doc.words[k - 1].islower()
        and (not doc.lows[k - 1].endswith("s") or doc.lows[k - 1].endswith(("ous", "less")))
        and doc.lows[k - 1] not in FUNCTION_WORDS
        and doc.narrative(k - 1)
    )


def _open_subject_fwd(doc: TextDoc, i: int, last: int, hi: int) -> bool:
    """`"...," said the diplomat` and `"...," the radio quoted him`: a phrase right after
    a cue that itself follows the quotation, or right after the quotation and before a
    cue, is the cue's subject; after "and declared" it is the verb's object."""
    if doc.lows[i] not in {"the", "a", "an"} or i < 1:
        return False
    if last + 1 <= hi and doc.lows[last + 1] in CUE_VERBS and not doc.words[i - 1][0].isalnum():
        return True
    return i >= 2 and doc.lows[i - 1] in CUE_VERBS and not doc.words[i - 2][0].isalnum()


def _subject_opens(doc: TextDoc, k: int, lo: int) -> bool:
    """A subject opens a sentence or a clause: after a mark (a comma, a quotation
    mark, a dash) or a conjunction. After a verb or a preposition the phrase is an
    object ("delivered a snappy retort:", "on their way into the polls saying")."""
    if k == lo or doc.sent[k - 1] != doc.sent[k]:
        return True
    before = doc.words[k - 1]
    return not before[0].isalnum() or doc.lows[k - 1] in _CLAUSE_JOINS


_CLAUSE_JOINS = frozenset({"and", "but", "while", "as", "when", "because", "though"})


def _past_bracketed_aside(doc: TextDoc, j: int, lo: int) -> int:
    """`Otsuki, president of the Japan Federation of Employers' Associations,
    (Nikkeiren), told`: a bracketed short form set off by commas after an appositive
    belongs to it; the comma before it closes the appositive."""
    if j - 1 < lo or doc.words[j - 1] != ")":
        return j
    k = j - 2
    while k >= lo and doc.words[k] not in {"(", ")"}:
        k -= 1
    if k - 1 < lo or doc.words[k] != "(" or doc.words[k - 1] != "," or j - k > 5:
        return j
    return k - 1


def _age(word: str) -> bool:
    return word.isdigit() and len(word) <= 3


def _named_before_role(doc: TextDoc, m: Mention, lo: int) -> Mention | None:
    """`In a statement, A. William Reynolds, GenCorp chairman said`: wire copy drops the
    comma that closes an appositive; a bare role set off after a name opening the clause
    is that person's, never a speaker of its own."""
    comma = m.first - 1
    if m.owner is not None or m.head not in ROLE_NOUNS:
        return None
    party = m.determiner in {"a", "an"} and m.head in PARTY_MEMBERS
    if m.determiner and not party:
        return None
    if comma - 1 < lo or doc.words[comma] != "," or not doc.is_cap(comma - 1):
        return None
    name = parse_back(doc, comma - 1, lo, depth=2)
    if (
        name is None
        or name.kind != "name"
        or len(name.name) < 2
        or _place([w.lower() for w in name.name])
    ):
        return None
    start = _cap_run_back(doc, comma - 1, lo)  # with its initials: `A. William Reynolds`
    led = party and doc.lows[start - 1] in ROLE_WORDS  # "chairman Dan Rostenkowski, an"
    if start > lo and doc.words[start - 1] != "," and not led:
        return None
    name.role = " ".join(doc.words[m.first : m.last + 1])
    return name


def _with_determiner(doc: TextDoc, m: Mention, lo: int) -> Mention:
    """`an Illinois Democrat`, `the Kansas Republican`: the lower-case determiner before a
    capitalised description is part of it, and tells someone new from someone named."""
    t = m.first - 1
    while t > lo and m.first - t < 4 and _plain_modifier(doc, t):
        t -= 1  # `one senior Democrat`, `the veteran Kansas Republican`
    if not m.determiner and t >= lo and doc.words[t] in {"the", "a", "an", "one", "another"}:
        m.determiner, m.first = doc.words[t], t
    return m


def _plain_modifier(doc: TextDoc, t: int) -> bool:
    low = doc.lows[t]
    return (
        doc.words[t].islower()
        and doc.words[t][0].isalpha()
        and low not in FUNCTION_WORDS | CUE_VERBS | SKIP_BEFORE_CUE
        and low not in {"the", "a", "an", "one", "another"}
    )


def _uncontracted(low: str) -> str:
    """`he’s claiming`, `she'd said`: the pronoun without its contracted verb."""
    if low[-2:] in _CONTRACTIONS and low[:-2] in PRONOUNS:
        return low[:-2]
    return low


_CONTRACTIONS = frozenset({"'s", "’s", "'d", "’d"})


def _appositive_start(doc: TextDoc, j: int, lo: int) -> int | None:
    """The comma opening `, who ...,` or `, the former head of ...,` before a cue."""
    k = j - 1
    while k >= lo and doc.words[k] not in {",", "—", "–"} and doc.narrative(k):
        k -= 1
    if k < lo or k >= j - 1 or not doc.narrative(k):
        return None
    if _place(doc.lows[k + 1 : j]) and k - 1 > lo:
        # "a salesman from Sumter, South Carolina, says": the state ends the appositive;
        # "Mary Bell of Ashton, Md., said": it ends the place the speaker is from
        found = _appositive_start(doc, k, lo)
        return k if found is None and _named_from_town(doc, k - 1, lo) else found
    opener = doc.lows[k + 1]
    if opener in CLAUSE_OPENERS or opener.isdigit() or doc.words[k + 1].islower():
        outer = _town_inside(doc, k, lo) if doc.words[k + 1].islower() else None
        return k if outer is None else outer
    if any(doc.lows[t] in HEADS for t in range(k + 1, j)):
        return k
    return None


def _town_inside(doc: TextDoc, k: int, lo: int) -> int | None:
    """`Lindner, the Cincinnati, Ohio, investor who ...,`: a town and its state set off
    inside the appositive; it opens at the comma before `the`, not at the state's."""
    c = k - 1
    while c >= lo and doc.words[c] != "," and doc.narrative(c):
        c -= 1
    if c < lo or doc.words[c] != "," or not _place(doc.lows[c + 1 : k]):
        return None
    t = c - 1
    while t >= lo and doc.is_cap(t) and doc.narrative(t):
        t -= 1
    if t == c - 1 or t - 1 < lo or doc.lows[t] not in {"the", "a", "an"}:
        return None
    return t - 1 if doc.words[t - 1] == "," else None


def _named_from_town(doc: TextDoc, t: int, lo: int) -> bool:
    """`Mary Bell of Ashton, Md.,`: a name, `of` or `from`, and the town ending at `t`."""
    k = t
    while k - 1 >= lo and doc.is_cap(k - 1):
        k -= 1
    return k - 2 >= lo and doc.is_cap(t) and doc.lows[k - 1] in {"of", "from"} and doc.is_cap(k - 2)


def _place(lows: list[str]) -> bool:
    """`South Carolina`, `Va.`: the place that closes `of Fairfax, Va.,`."""
    words = [w for w in lows if w != "."]
    return (
        " ".join(words).replace(".", "") in PLACE_NAMES
        or (len(words) == 1 and words[0] in REGION_ABBREVIATIONS)
        or (len(words) == 2 and words[1] in _REGION_NOUNS)
    )


_REGION_NOUNS = frozenset({"state", "province", "county", "prefecture", "region", "district"})
"""`in Saltillo, Coahuila state,`: a name and the kind of region it is, a place."""


def _appositive_name(doc: TextDoc, j: int, lo: int) -> Mention | None:
    """`A top strategist, John Weaver, tells`: the name set off by commas."""
    m = parse_back(doc, j - 1, lo, depth=2)
    if m is None or m.kind != "name" or m.first - 1 < lo or doc.words[m.first - 1] != ",":
        return None
    if _short_form(doc, m, lo):
        # "X, the head of the Bolivian Labour Organization, COB, told": COB is the body
        k = _appositive_start(doc, m.first - 1, lo)
        return parse_back(doc, k - 1, lo, depth=2) if k is not None else None
    return m


def _short_form(doc: TextDoc, m: Mention, lo: int) -> bool:
    """An acronym set off right after a body's name (`... Organization, COB,`)."""
    body = m.first - 2
    return (
        body >= lo
        and doc.is_cap(body)
        and norm(doc.words[body]) in ORG_HEADS
        and all(w.isupper() for w in m.name)
    )


def _relative_antecedent(doc: TextDoc, j: int, lo: int) -> Mention | None:
    k = j - 1
    if k >= lo and doc.words[k] == ",":
        k -= 1
    if k < lo:
        return None
    return parse_back(doc, k, lo, depth=2)


def _cap_run_back(doc: TextDoc, j: int, lo: int) -> int:
    k = j
    while k - 1 >= lo and doc.narrative(k - 1):
        if not _extends_back(doc, k, lo):
            break
        k -= 1
    return k


def _extends_back(doc: TextDoc, k: int, lo: int) -> bool:
    """Token `k - 1` belongs to the capitalised name run that starts at `k`."""
    if doc.is_cap(k - 1) or doc.lows[k - 1] in PARTICLES and _name_goes_on(doc, k):
        return True
    if nickname_at(doc, k - 1):
        return True
    if doc.words[k - 1] == ".":
        return k - 2 >= lo and _abbrev_like(doc, k - 2)
    if doc.words[k - 1] in {"'", "’"} and k - 2 >= lo and doc.is_cap(k - 2):
        # `Employers' Associations`: a plural possessive inside the name
        attached = doc.ends[k - 2] == doc.starts[k - 1]
        return attached and possessive_in_name(doc.words[k - 2], doc.words[k])
    return doc.lows[k - 1] in CONNECTORS and k - 2 >= lo and doc.is_cap(k - 2)


_OPEN_MARKS = frozenset({'"', "“", "'", "‘"})
_CLOSE_MARKS = frozenset({'"', "”", "'", "’"})


def nickname_at(doc: TextDoc, t: int) -> int:
    """`Marcia "Cia" Price`: a nickname in quotation marks between a given name and a
    surname. Of the three tokens (mark, word, mark), which one `t` is, 1 to 3; 0 when
    `t` is none of a nickname's."""
    for pos in (1, 2, 3):
        o = t - pos + 1
        if o < 1 or o + 3 >= doc.n or doc.words[o] not in _OPEN_MARKS:
            continue
        if doc.words[o + 2] not in _CLOSE_MARKS or not doc.is_cap(o + 1):
            continue
        if not (doc.is_cap(o - 1) and doc.is_cap(o + 3) and doc.words[o + 1].isalpha()):
            continue
        if all(doc.narrative(x) for x in range(o - 1, o + 4)):
            return pos
    return 0


def _name_goes_on(doc: TextDoc, k: int) -> bool:
    """A capitalised word, or a particle before one (`de la Madrid`, `van der Klugt`)."""
    if doc.is_cap(k):
        return True
    return doc.lows[k] in PARTICLES and k + 1 < doc.n and doc.is_cap(k + 1)


def _abbrev_like(doc: TextDoc, i: int) -> bool:
    w = doc.words[i]
    return doc.lows[i] in ABBREVIATIONS or (len(w) == 1 and w.isupper()) or "." in w


def _name_back(doc: TextDoc, j: int, lo: int) -> Mention | None:
    run = _cap_run_back(doc, j, lo)
    k = _after_connector(doc, run, j)
    m = split_name(doc, k, j)
    if m is None:
        return None
    if _pair(doc, run, k, m) or firms_joined_at(doc.words[run : j + 1]) > 0:
        return Mention(run, j, "group")
    if m.kind == "name" and title_of_the(doc, m, lo):
        return m
    if m.kind == "name":
        m.role = " ".join(x for x in (role_prefix(doc, m.first, lo), m.role) if x)
        m = _person_of_firm(doc, m)
        town = _town_before_state(doc, m, lo)
        if town is not None:
            return town
    if m.kind == "name" and m.remit:
        return _titled_by_remit(doc, m, lo)
    for _ in range(3):
        t = m.first - 1
        if t - 1 >= lo and doc.words[t] == "<":
            t -= 1  # "Stuart McKibbin of <A.C. Goode and Co> told"
        if t - 1 >= lo and doc.lows[t] == "the":
            t -= 1
        if t - 1 >= lo and doc.lows[t] == "in" and m.kind == "name":
            # "an oil trader in Tokyo said", "Senator Smith in Washington said": the person
            # before the place speaks, not the place
            w = doc.words[t - 1]
            if w.isalpha() and w.islower() and doc.lows[t - 1] not in FUNCTION_WORDS | CUE_VERBS:
                return _description_back(doc, t - 1, lo)
            outer = parse_back(doc, t - 1, lo, depth=2)
            return outer if outer is not None else m
        if t - 1 < lo or doc.lows[t] not in {"of", "for", "at", "from", "with"}:
            break
        outer = parse_back(doc, _before_aside(doc, t - 1, lo), lo, depth=2)
        if outer is None or not _holds_person(outer):
            break
        outer.owner = m
        m = outer
    return m


def _titled_by_remit(doc: TextDoc, m: Mention, lo: int) -> Mention:
    """`Acting Assistant Attorney General for Antitrust Charles Rule said`: the one named
    after a title's remit holds that title and speaks; the title is his role, where "a
    spokesman for Pennzoil" speaks for the firm named after it."""
    t = m.first - 1
    if doc.lows[t] == "the":
        t -= 1
    outer = parse_back(doc, t - 1, lo, depth=2)
    if outer is not None and outer.kind == "description" and _holds_person(outer):
        m.role, m.first = outer.role, outer.first
    return m


def _person_of_firm(doc: TextDoc, m: Mention) -> Mention:
    """`analyst Wilfred Hahn of Bache Securities Inc said`: the one speaking is the
    person named before `of`, not the whole run; the firm is where they work."""
    at = next((i for i, w in enumerate(m.name) if i >= 2 and w.lower() in {"of", "at"}), None)
    cut = next((t for t in range(m.first, m.last) if doc.lows[t] in {"of", "at"}), None)
    if at is None or cut is None or len(m.name) < at + 2:
        return m
    person, firm = m.name[:at], m.name[at + 1 :]
    if not (m.role or m.honorific or is_given_name(person[0])) or len(person) > 3:
        return m
    if any(norm(w) in ORG_HEADS or not w[:1].isupper() for w in person):
        return m
    if norm(firm[-1]) not in CORPORATE_SUFFIXES | ORG_HEADS:
        return m
    return Mention(m.first, cut - 1, "name", person, m.honorific, m.role, determiner=m.determiner)


def _before_aside(doc: TextDoc, t: int, lo: int) -> int:
    """`Senator Bill Bradley (Democrat) of New Jersey`: the name before a bracketed party."""
    if doc.words[t] != ")":
        return t
    for k in range(t - 1, max(lo, t - 5) - 1, -1):
        if doc.words[k] == "(":
            return k - 1
    return t


def _pair(doc: TextDoc, run: int, k: int, m: Mention) -> bool:
    """`Khizr and Ghazala Khan said`, `Bill and Hillary Clinton said`: two people who
    share the surname after them, never one person called by both given names. A
    single word after `and` (`Procter and Gamble`) or a firm's head word names a firm."""
    if m.kind != "name" or k - 2 < run or doc.lows[k - 1] not in {"and", "&"}:
        return False
    if len(m.name) < 2 or m.first != k:
        return False
    if any(norm(doc.words[t]) in ORG_HEADS for t in range(run, m.last + 1)):
        return False  # "Bloomfield Savings and Loan Association F.A.": one firm
    if m.role or len(m.name) != m.last - m.first + 1:
        return False  # "Securities and Exchange Commission Paul Adler": one person
    return all(doc.is_cap(t) and doc.words[t].isalpha() for t in range(run, k - 1))


def _town_before_state(doc: TextDoc, m: Mention, lo: int) -> Mention | None:
    """`Dana Whitlock of Columbia, South Carolina says`: a state closing `of Town, State`
    is where the speaker is from; the one who speaks is named before the town."""
    comma = m.first - 1
    if comma - 1 < lo or doc.words[comma] != "," or not _place([w.lower() for w in m.name]):
        return None
    outer = parse_back(doc, comma - 1, lo, depth=2)
    if outer is None or outer.kind != "name" or _place([w.lower() for w in outer.name]):
        return None
    return outer


def title_of_the(doc: TextDoc, m: Mention, lo: int) -> bool:
    """`Chancellor of the Exchequer Nigel Lawson`: the name starts at its given name.

    The lowercase `the` ends the capitalised run, which then read as a person
    named "Exchequer Nigel Lawson" owned by a "Chancellor". When the run holds
    a given name after its first word and a title stands before `of the`, the
    words before the given name finish the title. Rewrites `m` in place.
    """
    the, of, title = m.first - 1, m.first - 2, m.first - 3
    if title < lo or doc.lows[the] != "the" or doc.lows[of] != "of" or m.honorific or m.role:
        return False
    if norm(doc.words[title]) not in PERSON_TITLES | ROLE_NOUNS or not doc.is_cap(title):
        return False
    lead = next((i for i, w in enumerate(m.name[:-1]) if i and is_given_name(w)), 0)
    if not lead:
        return False
    m.role = " ".join([doc.words[title], "of the", *m.name[:lead]])
    m.name = m.name[lead:]
    m.first = title
    return True


def _holds_person(m: Mention) -> bool:
    """`Joel Pollak` in `Joel Pollak of Breitbart`, `a spokesman` in `a spokesman for X`."""
    if m.kind == "name":
        return True
    return m.kind == "description" and m.head in ROLE_NOUNS | PERSON_TITLES


def _after_connector(doc: TextDoc, k: int, j: int) -> int:
    """Keep `Women and Equalities Committee` whole, but take `Pollak` from `Pollak of Breitbart`."""
    conns = [t for t in range(k, j + 1) if doc.lows[t] in CONNECTORS]
    if not conns:
        return k
    first = conns[0]
    # `Stephen Slifer of Shearson Lehman Brothers Inc`: a person of a firm; the firm is
    # read here and the person before it by the caller.
    person = first - k >= 2 and is_given_name(doc.words[k])
    if person and doc.lows[first] == "of" and norm(doc.words[first - 1]) not in ORG_HEADS:
        return first + 1
    if norm(doc.words[j]) in ORG_HEADS or firm_pair(doc.words[k : j + 1]):
        return k
    if j == conns[-1] + 1 and len(doc.words[j]) == 1 and doc.words[j].isupper():
        return k  # `S and P`, `A and P`, `AT and T`: a letter alone names nobody
    if doc.lows[first] == "of" and norm(doc.words[first - 1]) in ORG_HEADS | PERSON_TITLES:
        return k
    if first > k and norm(doc.words[first - 1]) in ORG_HEADS and j == conns[-1] + 1:
        return k  # "Committee on Credit and Savings": a body's name runs on past "on", "and"
    return conns[-1] + 1


def _inner_apostrophe(doc: TextDoc, t: int, j: int) -> str:
    return doc.words[t + 1] if t < j and doc.words[t + 1] in {"'", "’"} else ""


def _with_closing_dot(doc: TextDoc, t: int) -> str:
    """`U.S.` keeps its last dot, which the tokenizer splits off ("U.S Treasury Secretary")."""
    word = doc.words[t]
    if (
        ("." in word or norm(word) in DOTTED_TITLES)
        and t + 1 < doc.n
        and doc.words[t + 1] == "."
        and doc.ends[t] == doc.starts[t + 1]
    ):
        return word + "."
    return word


def split_name(doc: TextDoc, k: int, j: int) -> Mention | None:
    """Split a capitalised run into determiner, honorific, title and name."""
    idx = [
        t
        for t in range(k, j + 1)
        if doc.words[t] not in {".", "'", "’"} and not nickname_at(doc, t)
    ]
    det = ""
    while (
        idx
        and _leading_stop(doc.words[idx[0]])
        and not _place_opens(doc, idx)
        and not firm_ordinal(doc.words, idx)
    ):
        det = doc.lows[idx[0]]
        idx = idx[1:]
    if idx and _participle_opening(doc, idx[0]):
        idx = idx[1:]
    if not idx:
        return None
    # `Employers' Associations`: an apostrophe inside the run stays on its word
    words = [_with_closing_dot(doc, t) + _inner_apostrophe(doc, t, j) for t in idx]
    if words[-1].endswith(("'s", "’s")) and len(words[-1]) > 2:
        words[-1] = words[-1][:-2]
    after_the = det == "the" or (idx[0] > 0 and doc.lows[idx[0] - 1] == "the")
    if after_the and len(words) == 2 and _short_place(words[0]) and _surname(words[1]):
        # "In the U.S. Silas said": the place closes a phrase, the surname opens the clause
        words, idx = words[1:], idx[1:]
    honorific = ""
    lead: list[str] = []
    if norm(words[0]) in HONORIFIC_GENDER and len(words) > 1:
        honorific, words = words[0], words[1:]
    elif (inner := _inner_honorific(words)) > 0:
        # `Christian Rev. Derek Penwell`, `Ratu Sir Penaia Ganilau`: the name follows;
        # a title before the honorific stays the role (`Mocatta Metals Chairman Dr.`)
        lead, honorific, words = words[:inner], words[inner], words[inner + 1 :]
        lead = lead if any(map(_office_word, lead)) else []
    role_words, name = _split_title(words)
    role_words = lead + role_words
    role_words, name = _role_noun_before_name(role_words, name)
    if role_words and name and all(norm(w) in GENERATIONS for w in name):
        # `Martin Luther King Jr.`: a generation closes a surname, never stands alone
        role_words, name = [], words
    if role_words and not honorific and norm(words[-1]) in FIRM_PLURALS:
        # `General Partners`, `Don King Productions`: a firm's name, whatever title
        # word is in it; its plural noun is no one's name
        role_words, name = [], words
    if role_words and not honorific and _role_nouns_only(name):
        role_words, name = role_words + name, []  # `the General Manager`: a job, no name
    if not role_words and not honorific:
        name = _after_body(words)
    if not name and (_title_is_surname(role_words, honorific) or _set_off_name(doc, j, det, words)):
        role_words, name = [], role_words[-1:] if honorific else role_words
    if not role_words and not honorific:
        role_words, name = _job_before_name(name)
        name = _without_demonym(name)
    if not role_words and not honorific:
        role_words, name = _office_before_given_name(name)
    role_words, name = _after_last_title(role_words, name)
    remit = False
    if role_words and not honorific and {"of", "for"} & set(role_words):
        # "Director of Public Credit Mauricio Cabrera": the remit runs on to the name
        g = _name_at_end(doc, name)
        role_words, name = _title_of_body(role_words + name[:g]), name[g:]
    elif not role_words and not honorific and (remit_kind := _remit_before(doc, idx[0])):
        g = _name_at_end(doc, name, opens_remit=remit_kind == "title")
        g = g if remit_kind == "title" or is_given_name(name[g]) else 0
        name, remit = name[g:], g > 0
    if not_a_name(name) and not (honorific and len(name) == 1):
        return None  # `Mr. English said`: after an honorific, a person's name
    role = whole_role(doc, idx[0], " ".join(role_words), doc.sent_start(idx[0]))
    if not name:
        first = k if det in {"the", "a", "an"} else idx[0]
        return Mention(
            first, j, "description", role=role, head=norm(role_words[-1]), determiner=det
        )
    return Mention(
        idx[0], j, "name", name=name, honorific=honorific, role=role, determiner=det, remit=remit
    )


def _short_place(word: str) -> bool:
    """`U.S.`, `U.K.`: a place written with dots."""
    return "." in word and norm(word) in PLACE_NAMES


def _surname(word: str) -> bool:
    low = norm(word)
    return word.isalpha() and word[0].isupper() and low not in ORG_HEADS | HEADS | PORTFOLIOS


_PARTICIPLE_OBJECTS = word_set(
    "that the a an to in on at for with of its his her their this these from into about"
)


def _participle_opening(doc: TextDoc, t: int) -> bool:
    """`Recommending that shareholders vote against ..., the proxy said`, `Picketing
    UFCWU members`: a participle opening its sentence before its object or an acronym
    is no name (`Manning said` is one)."""
    low = doc.lows[t]
    if not (low.endswith("ing") and len(low) > 5 and t == doc.sent_start(t) and t + 1 < doc.n):
        return False
    after = doc.words[t + 1]
    acronym = after.isupper() and after.isalpha() and len(after) > 1
    return (acronym or after in _PARTICIPLE_OBJECTS) and not is_given_name(doc.words[t])


def _set_off_name(doc: TextDoc, j: int, det: str, words: list[str]) -> bool:
    """`said Charlie King, a prominent New York Democrat`: two capitalised words set off
    by an appositive are a given name and a surname that is also a title; a title
    (`Foreign Minister`, `Senate Leader`) opens with a word a title or a body uses."""
    if det or len(words) != 2 or j + 2 >= doc.n or doc.words[j + 1] != ",":
        return False
    if doc.lows[j + 2] not in {"a", "an", "the"}:
        return False
    first = norm(words[0])
    return words[0].isalpha() and not (
        role_modifier(first) or first in ORG_HEADS or first in PLACE_NAMES or _title_word(first)
    )


def _role_nouns_only(words: list[str]) -> bool:
    """`Manager` after `General`, `Executive` after `Chief`: the rest of a title written
    in capitals, not a surname after one."""
    return bool(words) and all(norm(w) in ROLE_NOUNS and not is_given_name(w) for w in words)


def definite_name(doc: TextDoc, m: Mention) -> bool:
    """`the Guardian said`, `the National Review`: a bare name written with "the" is an
    outlet, a club, a party or a body, never a person (people come with a title,
    `the Labour MP Diane Abbott`). Not a name qualifying a noun (`the Kessler campaign`)."""
    if m.kind != "name" or m.honorific or m.role or is_given_name(m.name[0]):
        return False
    if norm(m.name[0]) in HONORIFIC_GENDER or norm(m.name[-1]) in ROLE_NOUNS:
        return False  # "the Rev.", "the Wisconsin Republican"
    the = m.determiner == "the" or (
        m.first > 0 and doc.lows[m.first - 1] == "the" and doc.narrative(m.first - 1)
    )
    if not the:
        return False
    if doc.lows[m.last].endswith(("'s", "’s")):
        return True  # "the Kremlin's", "the Guardian's editor"
    nxt = m.last + 1
    if nxt >= doc.n or not doc.narrative(nxt):
        return True
    # "the Guardian said", "the Guardian, a paper ...": not "the Cruz bus", "the Trump who"
    low = doc.lows[nxt]
    if not doc.words[nxt][0].isalnum():
        return True
    if low in SKIP_BEFORE_CUE or low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 3):
        return True
    return low in CUE_VERBS and low.endswith("s")  # "says", "reports"; not "the X brand"


_JOBS = word_set(
    """analyst economist spokesman spokeswoman spokesperson strategist consultant lawyer
    banker trader dealer broker investor official aide adviser advisor historian scholar
    researcher scientist pollster columnist reporter journalist commentator dj"""
)
"""Role nouns that are never a given name, written capitalised at a sentence's start
before a name ("Economist Ravi Batra said")."""


_JOB_ENDINGS = ("ier", "ist", "maker", "grapher", "ician", "eur", "man", "woman")
"""Endings of nouns for a trade ("Financier", "Filmmaker", "Alderman"), read as a job
only before a common given name and a surname, so "Herman Cain" keeps his name."""


_SERVICE = word_set("marine")
"""A member of a service, written with its capital ("Marine John Tiegen"); before a
given name only, as "Marine" is a given name too ("Marine Le Pen")."""


def _inner_honorific(words: list[str]) -> int:
    """Where an honorific stands inside a run, after words that describe the person
    and before a name of their own; 0 for none."""
    for f in range(1, len(words) - 1):
        if norm(words[f]) in HONORIFIC_GENDER:
            if norm(words[f]) in ROLE_NOUNS:
                return 0  # `Waseda University Political Science Professor`: a role
            return f if _person_words(words[f + 1 :]) else 0
    return 0


def _job_before_name(words: list[str]) -> tuple[list[str], list[str]]:
    if len(words) < 2 or not words[1][:1].isupper():
        return [], words
    low = norm(words[0])
    if low in _JOBS:
        return words[:1], words[1:]
    if len(words) < 3 or is_given_name(words[0]) or not words[0].isalpha():
        return [], words
    if low in ROLE_NOUNS and low not in PERSON_TITLES and _person_words(words[1:]):
        return words[:1], words[1:]  # "Businessman Raul Concepcion"
    trade = low.endswith(_JOB_ENDINGS) or low in _SERVICE
    if trade and is_given_name(words[1]) and _person_words(words[1:]):
        return words[:1], words[1:]  # "Financier Carl Lindner"
    return [], words


_OFFICE_ENDINGS = (*_JOB_ENDINGS, "er", "or", "ate")
"""Endings of an office's noun ("Recorder", "Advocate") closing a place's or body's
words before a given name."""


def _office_before_given_name(words: list[str]) -> tuple[list[str], list[str]]:
    """`Maricopa County Recorder Helen Purcell`, `New York City Public Advocate Trish
    James`: an office the lists do not hold, after the place or body it serves, before a
    common given name and a surname. The words up to the given name are the role; one
    word alone before a given name is left to the name (`Hanns Christian ...`)."""
    g = next((f for f, w in enumerate(words) if is_given_name(w)), -1)
    if g < 2 or len(words) - g < 2 or not _person_words(words[g:]):
        return [], words
    before = words[:g]
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in before):
        return [], words
    if any(norm(w) in PARTICLES for w in before):
        return [], words
    office = before[-1]
    if not (_office_word(office) or norm(office).endswith(_OFFICE_ENDINGS)):
        return [], words
    return before, words[g:]


def _after_body(words: list[str]) -> list[str]:
    """`Securities and Exchange Commission Paul Adler said`: a person named right after
    a body, with no title between. The name starts after the body's head word (a body
    of two words or more: "Team Carver" is one name); the words after it are a person's
    name only when they hold no head word of their own. The body is no role of his: a
    role ending in a body's head makes its holder an organisation."""
    heads = [f for f, w in enumerate(words[:-1]) if norm(w) in ORG_HEADS]
    if not heads or heads[-1] == 0:
        return words
    rest = words[heads[-1] + 1 :]
    if len(rest) > 3 or not all(w[:1].isupper() and w.isalpha() for w in rest):
        return words
    if all(norm(w) in CORPORATE_SUFFIXES for w in rest):
        return words  # `Cannon Group Inc`: the suffix closes the firm's name
    return rest


def _title_is_surname(role_words: list[str], honorific: str) -> bool:
    """`Mr. King`, `Amy Pope`, `Matthew Prince`: a title word closing a name is a surname.

    Only after an honorific or a common given name, so `Prime Minister` and
    `Technology Secretary` stay descriptions.
    """
    if not role_words:
        return False
    if honorific:
        return len(role_words) == 1
    return len(role_words) == 2 and is_given_name(role_words[0])


def _place_opens(doc: TextDoc, idx: list[int]) -> bool:
    """`New Jersey`, `New York`: a place whose first word is no determiner."""
    return len(idx) > 1 and f"{doc.lows[idx[0]]} {doc.lows[idx[1]]}" in PLACE_NAMES


def firm_ordinal(words: list[str], idx: list[int]) -> bool:
    """`First Interstate Bancorp`, `First Boston Inc`: "First" opening a run of names
    is the firm's own first word, not a sentence's ("First, ..." breaks the run). Not
    before a title (`First Lady Nancy Reagan`, `First Deputy Prime Minister`)."""
    if len(idx) < 2 or words[idx[0]] != "First":
        return False
    nxt = norm(words[idx[1]])
    return nxt not in _NOT_AFTER_FIRST and not _leading_stop(words[idx[1]])


_NOT_AFTER_FIRST = (
    PERSON_TITLES | ROLE_NOUNS | word_set("lady gentleman family amendment quarter half")
)


def _leading_stop(word: str) -> bool:
    low = norm(word)
    if low in CUE_VERBS and low.endswith("ed"):
        return True  # `Stated Stone:`, `Continued Stone:`
    return (low in STOP_CAPS or low in FUNCTION_WORDS) and low not in HONORIFIC_GENDER


_TITLE_PARTS = PERSON_TITLES | word_set("vice deputy general under co")


def _title_word(word: str) -> bool:
    """`Vice-Chairman`, `Secretary-General`, `Deputy-Governor`: a title in one word."""
    low = norm(word)
    if low in PERSON_TITLES or (low in DOTTED_TITLES and word.endswith(".")):
        return True
    parts = low.split("-")
    if len(parts) == 3 and parts[1] == "in":
        # `Editor-in-Chief`, `Commander-in-Chief`
        return parts[0] in ROLE_NOUNS | _TITLE_PARTS and parts[2] in _TITLE_PARTS
    return len(parts) > 1 and all(p in _TITLE_PARTS for p in parts)


def _split_title(words: list[str]) -> tuple[list[str], list[str]]:
    if norm(words[-1]) in ORG_HEADS:
        return [], words
    if not any(map(_title_word, words)):
        return _split_party(words)
    for f, w in enumerate(words):
        if _title_word(w):
            e = f + 1
            while e < len(words) and (
                _title_word(words[e])
                or norm(words[e]) in HONORIFIC_GENDER
                or _shifts_title(words, e)
            ):
                e += 1
            if e + 1 < len(words) and words[e] == "of":
                e += 2
                # "Minister of Mines and Energy Subroto", "of Foreign Affairs Yoshio Hata"
                while e + 1 < len(words):
                    if norm(words[e]) in PORTFOLIOS:
                        e += 1
                    elif words[e] in ("and", "&") and norm(words[e + 1]) in PORTFOLIOS:
                        e += 2
                    else:
                        break
            role = [w for w in words[:e] if norm(w) not in HONORIFIC_GENDER]
            return _portfolio_before_name(role, words[e:])
    return [], words


def _role_noun_before_name(role_words: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """`Republican Donor Adelson`, `Democratic Strategist Paul Begin`: a role noun written
    with a capital, as headlines and titles do, after a party's word or a title is part
    of the role, not a given name. Alone it is only where a given name follows
    (`Donor Saul Adelman`): `Host Smith` may be someone's name."""
    f = 0
    while f < len(name) - 1 and party_word(name[f]):
        f += 1
    e = f
    while e < len(name) - 1 and norm(name[e]) in ROLE_NOUNS and not is_given_name(name[e]):
        e += 1
    if e == f or not (role_words or f or is_given_name(name[e])):
        return role_words, name
    return role_words + name[:e], name[e:]


_MORE_TITLES = word_set("administrator technician stockbroker")
"""Job titles written before a name that the role lists leave out."""


def _office_word(word: str) -> bool:
    """A title or role noun as a name's run writes it: `Secretary`, `Adviser`,
    `Commissioners` before two names, `Minister-designate`."""
    low = norm(word)
    if not word[:1].isupper():
        return False
    if _title_word(word) or low in ROLE_NOUNS or low in _MORE_TITLES or misspelled_title(low):
        return low not in PARTY_MEMBERS
    head, _, tail = low.rpartition("-")
    if tail in {"designate", "elect"} and head:
        return _title_word(head) or head in ROLE_NOUNS
    single = low[:-1] if low.endswith("s") else ""
    return single in PERSON_TITLES or single in _MORE_TITLES


_LONG_TITLES = frozenset(t for t in PERSON_TITLES if len(t) >= 7 and "-" not in t)


@lru_cache(maxsize=4096)
def misspelled_title(low: str) -> bool:
    """`Secertary`, `Minster`, `Miniister`: a long title with one letter dropped, doubled,
    changed or two swapped, as wire copy typed it. Only long titles (seven letters or
    more), so a short surname is never read as one; the caller asks it only of a word
    with a name after it."""
    if len(low) < 6 or not low.isalpha() or low in PERSON_TITLES:
        return False
    return any(abs(len(t) - len(low)) <= 1 and _one_edit(low, t) for t in _LONG_TITLES)


def _one_edit(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours turns `a` into `b`."""
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        i = diff[0] if diff else 0
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


def _person_words(words: list[str]) -> bool:
    """Words that can be a person's name after a title: capitalised, with initials and
    particles inside it, and none a title, a body's or a portfolio's word."""
    if not 1 <= len(words) <= 4 or not words[-1][:1].isupper() or len(words[-1]) < 2:
        return False
    if norm(words[0]) in GENERATIONS or norm(words[0]) in PARTICLES:
        return False
    for w in words:
        low = norm(w)
        if low in PARTICLES or (len(low) == 1 and w.isupper()):
            continue
        if not w[:1].isupper() or not w.replace("-", "").replace("'", "").isalpha():
            return False
        if low in _NOT_IN_A_NAME or _office_word(w):
            return False
        # "Wang Chien-shien": a hyphenated given name, not an adjective ("London-based")
        if not_a_name([w.split("-")[0]] if "-" in w else [w]):
            return False
    return " ".join(map(norm, words)) not in PLACE_NAMES


_NOT_IN_A_NAME = (
    ORG_HEADS
    | FIRM_PLURALS
    | PORTFOLIOS
    | CORPORATE_SUFFIXES
    | CONNECTORS
    | HONORIFIC_GENDER.keys()
)


_REMIT_PREPOSITIONS = frozenset({"of", "for", "to", "in", "at"})


DEMONYMS = word_set(
    """american british french german japanese chinese russian soviet italian spanish
    canadian mexican brazilian argentine indian pakistani iranian iraqi israeli
    palestinian egyptian saudi syrian turkish greek dutch belgian swiss swedish norwegian
    danish finnish polish hungarian czech austrian irish scottish welsh english australian
    korean taiwanese vietnamese thai indonesian malaysian filipino nigerian kenyan
    venezuelan peruvian philippine colombian chilean ecuadorean portuguese kuwaiti
    ivorian ghanaian zambian zimbabwean nicaraguan cuban libyan lebanese jordanian"""
)
"""Peoples' adjectives, which describe a person and never open their name."""


def _without_demonym(name: list[str]) -> list[str]:
    """`Belgian Willy de Clercq`: a people's adjective before a full name says where the
    person is from; the name starts after it. A single word after it may be the name
    itself (`German Gref`, `Dutch Schultz`), so two name words must follow."""
    if len(name) < 3 or norm(name[0]) not in DEMONYMS or not _person_words(name[1:]):
        return name
    return name[1:]


def _title_of_body(role: list[str]) -> list[str]:
    """`Chairman of General Motors`: a title whose remit is a body keeps only the title,
    so the body's head word does not make its holder an organisation."""
    cut = next((i for i, w in enumerate(role) if w in {"of", "for"}), len(role))
    return role[:cut] if any(norm(w) in ORG_HEADS for w in role[cut:]) else role


def _remit_before(doc: TextDoc, first: int) -> str:
    """`Ambassador to | GATT Michael Samuels`, `Secretary of State for | Economic Affairs
    Allen Wallis`: a capitalised title, perhaps with its first remit, and the
    preposition of a remit before the run: "title". `the director of the | Office of
    Management and Budget James Miller`: a title in lower case before "of the", which
    only a given name may end: "lower". "" for neither."""
    t = first - 1
    the = t >= 1 and doc.lows[t] == "the"
    t -= the
    if t < 1 or doc.lows[t] not in _REMIT_PREPOSITIONS or not doc.narrative(t - 1):
        return ""
    k = t - 1
    if the and doc.lows[t] == "of":
        # "Chancellor of the Exchequer Nigel Lawson" is `title_of_the`'s
        low = norm(doc.words[k])
        lower = doc.words[k].islower() and low in PERSON_TITLES | ROLE_NOUNS
        return "lower" if lower and low not in PARTY_MEMBERS else ""
    while k > max(0, t - 5) and not _office_word(doc.words[k]):
        if not (doc.is_cap(k) or doc.lows[k] in {"of", "and", "&"}) or not doc.narrative(k):
            return ""
        k -= 1  # "Secretary of State | for", "Minister of Mines and Energy | for"
    return "title" if _office_word(doc.words[k]) else ""


def _name_at_end(doc: TextDoc, words: list[str], opens_remit: bool = False) -> int:
    """Where the person's name begins in a run that holds a title's remit first: at a
    given name (`Economic Affairs | Allen Wallis`), else after the remit's words (a
    portfolio, a place, an acronym, a word the article writes in lower case: `GATT |
    Michael Samuels`, `Peking | Octavio Valerio`). A run that must open on a remit
    (`opens_remit`, after "Attorney for") and holds three words ends on a two-word name
    (`Manhattan | Rudolph Giuliani`); else nothing is cut, as `Minister of Energy and
    Mines Arturo Hernandez Grisanti` is named in full. 0 when no name ends the run."""
    if len(words) < 2 or norm(words[-1]) in ORG_HEADS | CORPORATE_SUFFIXES | PORTFOLIOS:
        return 0
    for g in range(1, len(words) - 1):
        if is_given_name(words[g]) and _person_words(words[g:]):
            return g
    g = 0
    while g < len(words) - 1 and _remit_word(doc, words[g]):
        g += 1
    if g and _person_words(words[g:]) and len(words) - g >= 2:
        return g
    if opens_remit and len(words) == 3 and words[1].lower() not in doc.written:
        return 1 if _person_words(words[1:]) else 0
    return 0


def _remit_word(doc: TextDoc, word: str) -> bool:
    """A word of what a title is of or for: not a person's name."""
    low = norm(word)
    if low in PORTFOLIOS | ORG_HEADS | CONNECTORS or low in PLACE_NAMES:
        return True
    if word.isupper() and len(word) > 1 and word.isalpha():
        return True  # "GATT", "OPEC"
    return word.lower() in doc.written


def _after_last_title(role_words: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """`Deputy Treasury Secretary Richard Darman`, `National Security Adviser Frank
    Carlucci`, `Waseda University Political Science Professor Mitsuru Uchida`: a name
    starts after the last title of its run. Something before the title (a word that
    shifts it, a body, a remit) had ended the role at an earlier word, or at none,
    leaving the title inside the name. Not in a run that opens on a given name
    (`Don King Productions`), and a role noun opening the run leads only to a given
    name (`Host Smith` may be someone's name)."""
    if len(name) < 2 or (not role_words and is_given_name(name[0])):
        return role_words, name
    for f in range(len(name) - 2, -1, -1):
        if f == 0 and not role_words and not is_given_name(name[1]):
            break
        if _office_word(name[f]) and _person_words(name[f + 1 :]):
            return role_words + name[: f + 1], name[f + 1 :]
    return role_words, name


def _portfolio_before_name(role: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """`Secretary of State for Inter-American Affairs Paul Taylor`: a title's remit
    after "for" runs on to the given name; without one the words stay as they were."""
    if len(name) < 3 or name[0] != "for":
        return role, name
    given = next((i for i in range(1, len(name) - 1) if is_given_name(name[i])), None)
    return (role + name[:given], name[given:]) if given else (role, name)


_TITLE_SHIFTERS = word_set("assistant associate acting under")


def _shifts_title(words: list[str], e: int) -> bool:
    """`Deputy Assistant Attorney General Roger Andewelt`: "Assistant" inside a title,
    before a title word, is part of it, not the start of the name."""
    return norm(words[e]) in _TITLE_SHIFTERS and e + 1 < len(words) and _title_word(words[e + 1])


def _split_party(words: list[str]) -> tuple[list[str], list[str]]:
    """`Democrat Ann Roe`, `Ohio Democrat Ann Roe`, `the Ohio Democrat`: a party member's
    word closes a description, as a title does; what follows it is the name. A title
    elsewhere (`Republican National Committee Chairman`) is where the role ends instead."""
    last = max((f for f, w in enumerate(words) if norm(w) in PARTY_MEMBERS), default=-1)
    return (words[: last + 1], words[last + 1 :]) if last >= 0 else ([], words)


_MODIFIER_ENDINGS = ("al", "ic", "ive", "ian", "ary", "ior", "ern", "ese", "ish", "ist", "an")
_MODIFIERS = word_set(
    """top chief deputy assistant associate vice lead head press policy state party
    campaign senior junior general executive principal staff team club"""
)


def role_modifier(low: str) -> bool:
    """Whether a lower-case word can be part of a role before a name.

    Roles are noun phrases ("senior White House adviser", "media regulator",
    "Clinton campaign chairman"); a verb just before one ("the ads depict Tory
    leader David Cameron", "will impress Lions coach Warren Gatland") is where
    the role starts, not part of it.
    """
    return (
        low in ROLE_WORDS
        or low in PORTFOLIOS
        or low in _MODIFIERS
        or low.endswith(_MODIFIER_ENDINGS)
    )


def role_prefix(doc: TextDoc, first: int, lo: int) -> str:
    """Role words written just before a name: `Committee chairwoman`, `media regulator`."""
    k = first - 1
    if k < lo or not doc.narrative(k) or doc.lows[k] not in HEADS:
        return ""
    start = k
    while start - 1 >= lo and first - start < 4 and doc.narrative(start - 1):
        low = doc.lows[start - 1]
        w = doc.words[start - 1]
        if not w[0].isalnum() or low in FUNCTION_WORDS or low in CUE_VERBS or low in DETERMINERS:
            break
        if w[0].isupper() and norm(w) in STOP_CAPS and low not in ROLE_MODIFIERS_LOWER:
            break
        if w.islower() and not role_modifier(low):
            break
        start -= 1
    words = whole_role(doc, start, " ".join(doc.words[start:first]), lo).split()
    if words and words[0].lower() in ROLE_MODIFIERS_LOWER:
        words = [words[0].lower(), *words[1:]]
    return " ".join(words)


INDEFINITES = frozenset({"a", "an", "one", "another"})


def _indefinite_before_org(doc: TextDoc, a: int, j: int, lo: int) -> str:
    """ "a Bank of England official": the "a" before the organisation's name makes the
    description someone new, never a person named earlier."""
    s = org_name_start(doc, a, lo, doc.words[a : j + 1])
    if s is None or s - 1 < lo or doc.lows[s - 1] not in INDEFINITES:
        return ""
    return doc.lows[s - 1]


def _description_back(doc: TextDoc, j: int, lo: int) -> Mention | None:
    k = j
    owner = None
    while k - 1 >= lo and j - k < 5 and doc.narrative(k - 1):
        low = doc.lows[k - 1]
        if low in DETERMINERS:
            k -= 1
            break
        if low.endswith(("'s", "’s")) or low.endswith(("s'", "s’")):
            owner = _possessor(doc, k - 1, lo)
            k = owner.first if owner else k - 1
            break
        if _comma_between_adjectives(doc, k - 1, lo):
            k -= 1  # `the tall, gray-haired senator`: one description
            continue
        if low in FUNCTION_WORDS or low in CUE_VERBS or not doc.words[k - 1][0].isalnum():
            break
        k -= 1
    det = doc.lows[k] if doc.lows[k] in DETERMINERS else ""
    a = k + (1 if det else 0)
    if not det:
        det = _indefinite_before_org(doc, a, j, lo)
    role = whole_role(doc, a, " ".join(doc.words[a : j + 1]), lo)
    if owner is not None:
        role = " ".join(doc.words[owner.last + 1 : j + 1])
        person = _person_of_owner(doc, owner)
        if person is not None:
            return person
    m = Mention(k, j, "description", role=role, head=doc.lows[j], determiner=det, owner=owner)
    return m


def _person_of_owner(doc: TextDoc, owner: Mention) -> Mention | None:
    """`Arthur Krumper of Munich's Ifo institute said`: the person named before `of`
    speaks; the place and the body after it are where they work."""
    if owner.kind != "name" or "of" not in owner.name[1:3] or owner.honorific:
        return None
    at = owner.name.index("of")
    person = owner.name[:at]
    if len(person) != 2 or not is_given_name(person[0]):
        return None
    return Mention(owner.first, owner.first + at - 1, "name", person)


def _possessor(doc: TextDoc, i: int, lo: int) -> Mention | None:
    w = doc.words[i]
    base = w[:-2] if w.lower().endswith(("'s", "’s")) else w[:-1]
    if not base or not base[0].isupper():
        return None
    k = _cap_run_back(doc, i, lo) if i > lo else i
    m = split_name(doc, k, i)
    if m is None:
        return None
    if m.kind == "name":
        m.name = [*m.name[:-1], base]
    return m


def skip_fwd(doc: TextDoc, i: int, hi: int) -> int:
    """Step over punctuation, time phrases and `in a statement` after a cue."""
    while i <= hi:
        low = doc.lows[i]
        if low == "first" and firm_ordinal(doc.words, [i, i + 1]):
            break  # `," First Interstate said`: a firm's name, not `first said`
        if doc.words[i] in _SKIPPED_MARKS or low in TIME_WORDS or low in SKIP_BEFORE_CUE:
            i += 1
        elif low in TIME_LEADS and i + 1 <= hi and doc.lows[i + 1] in TIME_WORDS:
            i += 2
        elif low in {"in", "on", "during", "at"} and i + 2 <= hi and doc.lows[i + 1] in DETERMINERS:
            j = i + 2
            while j <= hi and j - i < 5 and doc.words[j].islower() and doc.lows[j] not in CUE_VERBS:
                j += 1
            if j <= hi and doc.words[j] == ",":
                j += 1
            i = j
        else:
            break
    return i


def parse_fwd(doc: TextDoc, i: int, hi: int, generous: bool = False) -> Mention | None:
    """The noun phrase starting at token `i` (`said Michael Steele, the former head`).

    `generous` reads past lowercase words to a later name, for the phrase after an
    inverted cue (`said Republican party boss Reince Priebus`).
    """
    i = skip_fwd(doc, i, hi)
    if i > hi or not doc.narrative(i):
        return None
    low = _uncontracted(doc.lows[i])
    if low in PRONOUNS and low != "who":
        return Mention(i, i, "pronoun", head=low)
    if low in {"that", "this", "these", "those"}:
        return None
    j = _np_end(doc, i, hi, generous)
    while j >= i and not doc.is_cap(j) and doc.lows[j] not in HEADS:
        j -= 1
    if j < i:
        last = _np_end(doc, i, hi, False)
        if last > i and _open_subject_fwd(doc, i, last, hi) and _open_head(doc, last, i):
            return _with_owner(doc, _opened(_description_back(doc, last, i)), hi)
        return None
    if _plural_possessive(doc, j, hi):
        return parse_fwd(doc, j + 2, hi)  # `said DLJ Securities' Hassenberg`: the person
    owned = _owned_name(doc, i, hi)
    if owned is not None:
        return parse_fwd(doc, owned, hi)
    if _portfolio_list(doc, i, j, hi):
        return _titled_after_list(doc, j + 1, hi)
    pair = _pair_fwd(doc, i, j, hi) or _firms_fwd(doc, i, j, hi)
    if pair is not None:
        return pair
    if doc.is_cap(j):
        return _posted_to(doc, _name_fwd(doc, i, j), hi)
    if doc.lows[j] in HEADS:
        return _posted_to(doc, _with_owner(doc, _description_back(doc, j, i), hi), hi)
    return None


_POSTED = frozenset({"ambassador", "envoy", "emissary", "delegate", "representative", "consul"})
"""Titles of someone sent to a place or body, written `Ambassador to Peking`."""


def _owned_name(doc: TextDoc, i: int, hi: int) -> int | None:
    """`said Bank of Tokyo's Kimura`: a body named with `of` owns the name after its
    possessive; that name (its first token returned) is who speaks, not the bank."""
    t, of = i, False
    while t < hi and t - i < 8 and doc.narrative(t):
        low = doc.lows[t]
        if t > i and low in {"of", "the", "&", "and"}:
            # "Bank of", not "Shuichi Takemoto of the Foreign Ministry's": a body's word
            of = of or low == "of" and norm(doc.words[t - 1]) in ORG_HEADS
        elif not doc.is_cap(t):
            return None
        elif low.endswith(("'s", "’s")):
            return t + 1 if of and doc.is_cap(t + 1) and doc.narrative(t + 1) else None
        t += 1
    return None


def _posted_to(doc: TextDoc, m: Mention | None, hi: int) -> Mention | None:
    """`said Portuguese Ambassador to Peking Octavio Valerio`, `said the French delegate
    to the conference Jean Dupont`, `said the Soviet ambassador to Washington, Yuri
    Dubinin`: the name after where the title is posted is the one who speaks; the
    title and its remit are the role."""
    if m is None or m.kind != "description" or m.head not in _POSTED or m.owner is not None:
        return m
    t = m.last + 1
    if t + 2 > hi or doc.lows[t] != "to" or not doc.narrative(t + 1):
        return m
    end = t + 1
    while end + 1 <= hi and end - t < 8 and doc.narrative(end + 1) and doc.words[end + 1].isalpha():
        end += 1
    run = _cap_run_back(doc, end, t + 1)
    words = doc.words[run : end + 1]
    g = _name_at_end(doc, words, opens_remit=True) if run == t + 1 else 0
    if run == t + 1 and not g and end + 2 <= hi and doc.words[end + 1] == ",":
        return _set_off_after_remit(doc, m, end + 2, hi)  # "to Washington, Yuri Dubinin"
    name = words[g:]
    if (
        not doc.is_cap(end)
        or len(name) < 2
        or not _person_words(name)
        or not is_given_name(name[0])
        and not g
    ):
        return m
    return Mention(m.first, end, "name", name=name, role=_posted_role(doc, m, run + g))


def _set_off_after_remit(doc: TextDoc, m: Mention, k: int, hi: int) -> Mention:
    """The name set off by a comma after a posted title's place."""
    end = k
    while end + 1 <= hi and doc.is_cap(end + 1) and doc.words[end + 1].isalpha():
        end += 1
    name = doc.words[k : end + 1]
    closed = end + 1 > hi or not doc.words[end + 1].isalpha()
    if not closed or len(name) < 2 or not _person_words(name) or _place([norm(w) for w in name]):
        return m
    return Mention(m.first, end, "name", name=name, role=_posted_role(doc, m, k - 1))


def _posted_role(doc: TextDoc, m: Mention, k: int) -> str:
    """The title with where it is posted (`Portuguese Ambassador to Peking`); only the
    title when that is a body (`delegate to the conference`), whose word would make
    the person an organisation."""
    remit = doc.words[m.last + 1 : k]
    if any(norm(w) in ORG_HEADS for w in remit):
        return m.role
    return " ".join([m.role, *remit])


def _portfolio_list(doc: TextDoc, i: int, j: int, hi: int) -> bool:
    """`Agriculture, Livestock and Fisheries Under-Secretary Miguel Braceras`: a
    ministry's first portfolio, then a comma, opens a title, not a name."""
    return i == j and norm(doc.words[i]) in PORTFOLIOS and j + 1 <= hi and doc.words[j + 1] == ","


def _titled_after_list(doc: TextDoc, t: int, hi: int) -> Mention | None:
    """The titled name that closes a list of portfolios, if one does."""
    for k in range(t + 1, min(hi, t + 12) + 1):
        if not doc.narrative(k) or doc.words[k] in {".", ";", '"', "“", "”"}:
            return None
        if doc.is_cap(k) and norm(doc.words[k]) not in PORTFOLIOS | CONNECTORS:
            m = parse_fwd(doc, k, hi)
            return m if m is not None and m.kind == "name" and m.role else None
    return None


def _plural_possessive(doc: TextDoc, j: int, hi: int) -> bool:
    """A firm's name ending in s with a bare apostrophe, before a capitalised name."""
    k = j + 1
    return (
        k + 1 <= hi
        and doc.words[k] in {"'", "’"}
        and doc.lows[j].endswith("s")
        and doc.ends[j] == doc.starts[k]
        and doc.is_cap(k + 1)
    )


def _pair_fwd(doc: TextDoc, i: int, j: int, hi: int) -> Mention | None:
    """`said Khizr and Ghazala Khan`: the given name before `and` is one of two people."""
    k = j + 1
    if k + 2 > hi or doc.lows[k] not in {"and", "&"} or not doc.is_cap(k + 1):
        return None
    if not all(doc.is_cap(t) and doc.words[t].isalpha() for t in range(i, k)):
        return None
    end = k + 1
    while end + 1 <= hi and doc.is_cap(end + 1) and doc.words[end + 1].isalpha():
        end += 1
    m = split_name(doc, k + 1, end)
    return Mention(i, end, "group") if m is not None and _pair(doc, i, k + 1, m) else None


def _firms_fwd(doc: TextDoc, i: int, j: int, hi: int) -> Mention | None:
    """`said Texaco Inc and Pennzoil Co`: two firms, each closed by its suffix."""
    k = j + 1
    if k + 1 > hi or doc.lows[k] not in {"and", "&"} or not doc.is_cap(k + 1):
        return None
    end = k + 1
    while end + 1 <= hi and doc.is_cap(end + 1) and doc.narrative(end + 1):
        end += 1
    return Mention(i, end, "group") if firms_joined_at(doc.words[i : end + 1]) > 0 else None


def _with_owner(doc: TextDoc, m: Mention, hi: int) -> Mention:
    """`said a spokesman for Ofcom`: the organisation the role belongs to."""
    k = m.last + 1
    if m.owner is None and m.head in DOC_HEADS:
        _with_author(doc, m, k, hi)
    if m.owner is not None or k + 1 > hi or doc.lows[k] not in {"for", "of", "at"}:
        return m
    k += 2 if doc.lows[k + 1] == "the" and k + 2 <= hi else 1
    k += 1 if doc.words[k] == "<" and k + 1 <= hi else 0  # "a spokesman for <Dart Group>"
    if not doc.is_cap(k):
        return m
    owner = _name_fwd(doc, k, _np_end(doc, k, hi))
    if owner is not None and owner.kind == "name":
        m.owner = owner
    return m


QUOTING_VERBS = frozenset(
    {"quoted", "quotes", "quoting", "reported", "reports", "cited", "cites", "heard"}
)
"""Verbs whose object is the one who spoke: `the paper quoted Poehl as saying`."""
_AS_SAYING = frozenset({"saying", "telling", "stating", "writing", "declaring"})
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def quoted_as_saying(doc: TextDoc, c: int, lo: int) -> Mention | None:
    """`Die Welt quoted Karl Poehl as saying, "..."`: the one quoted speaks, not the paper.

    `c` is the cue `saying`; the speaker is the noun phrase between a quoting verb
    and `as`.
    """
    if doc.lows[c] not in _AS_SAYING or c - 3 < lo or doc.lows[c - 1] != "as":
        return None
    obj = c - 2
    if doc.lows[obj] in _OBJECT_PRONOUNS and doc.lows[obj - 1] in QUOTING_VERBS:
        return Mention(obj, obj, "pronoun", head=_OBJECT_PRONOUNS[doc.lows[obj]])
    m = parse_back(doc, obj, lo)
    if m is not None and m.first - 1 >= lo and doc.lows[m.first - 1] in QUOTING_VERBS:
        return m
    # `The Post quoted a source close to Reagan as saying`: the phrase right after the
    # quoting verb is the one quoted, whoever it is close to
    for v in range(obj - 1, max(lo, obj - 8) - 1, -1):
        if doc.lows[v] in QUOTING_VERBS:
            if m is not None and m.kind == "name" and _role_words_only(doc, v + 1, m.first):
                return m  # "quoted GM industrial relations vice-president Alfred Warren"
            m = parse_fwd(doc, v + 1, obj)
            return m if m is not None and m.first == v + 1 else None
    return None


def _role_words_only(doc: TextDoc, i: int, j: int) -> bool:
    """Tokens `i` to `j - 1` are words of a title, with no function word or punctuation."""
    return all(
        doc.words[t][:1].isalnum() and doc.lows[t] not in FUNCTION_WORDS for t in range(i, j)
    )


def quoted_fwd(doc: TextDoc, i: int, hi: int) -> Mention | None:
    """After a quoting verb: `quoted Diane Abbott as saying`, the noun phrase before `as`
    (`quoted him as saying`: the pronoun, standing for whoever it points back to)."""
    low = doc.lows[i] if i <= hi else ""
    if low in _OBJECT_PRONOUNS and i + 2 <= hi and doc.lows[i + 1] == "as":
        m = Mention(i, i, "pronoun", head=_OBJECT_PRONOUNS[low])
        return m if doc.lows[i + 2] in _AS_SAYING else None
    m = parse_fwd(doc, i, hi, generous=True)
    if m is None or m.last + 2 > hi or doc.lows[m.last + 1] != "as":
        return None
    return m if doc.lows[m.last + 2] in _AS_SAYING else None


def _with_author(doc: TextDoc, m: Mention, k: int, hi: int) -> None:
    """`according to a court document filed by prosecutor Dan Osei`, `a statement from
    Ofcom`: a document speaks for whoever wrote, filed or issued it."""
    if k <= hi and doc.words[k].islower() and doc.lows[k].endswith(("ed", "en")):
        k += 1  # "filed by", "issued by", "written by"
    if k + 1 > hi or doc.lows[k] not in {"by", "from"}:
        return
    author = parse_fwd(doc, k + 1, hi, generous=True)
    if author is not None and author.kind == "name":
        m.owner = author


def _np_end(doc: TextDoc, i: int, hi: int, generous: bool = False) -> int:
    """Last token of the noun phrase from `i`: it ends with its first name unless role
    words lead on to another (`Trump campaign manager Corey Lewandowski`)."""
    j = i
    seen_name = False
    while j <= hi and j - i < 10 and doc.narrative(j):
        if doc.words[j] != "." and _after_generation(doc, i, j):
            break  # `said Robert Hill Jr. His father`: "Jr." closes the name
        if seen_name and nickname_at(doc, j) == 1 and j + 3 <= hi:
            j += 3  # `Marcia "Cia" Price`: the nickname inside the name
            continue
        if seen_name and _bracket_part(doc, j, hi):
            j += 3  # "Salomon Brothers (Asia) Ltd economist"
            continue
        if seen_name and _suspended_hyphen(doc, j, hi):
            j += 2  # "Berliner Handels- und Frankfurter Bank": one name
            continue
        if seen_name and _role_before_name(doc, j, hi):
            j += 1  # `Victoria state treasurer Rob Jolly`: the place qualifies a role
            continue
        if not _np_word(doc, j):
            break
        low = doc.lows[j]
        if doc.is_cap(j) or low in PARTICLES or doc.words[j] == ".":
            seen_name = seen_name or (doc.is_cap(j) and not _party_before_noun(doc, j, hi))
        elif _np_stops(doc, i, j, hi, seen_name, generous):
            break
        j += 1
    return j - 1


def _after_generation(doc: TextDoc, i: int, j: int) -> bool:
    k = j - 2 if j - 1 > i and doc.words[j - 1] == "." else j - 1
    return k > i and norm(doc.words[k]) in GENERATIONS and doc.is_cap(k - 1)


def _party_before_noun(doc: TextDoc, j: int, hi: int) -> bool:
    """`one Republican political strategist`, `one U.S. trade official`: a party word or
    a place before lower-case words qualifies the noun they lead to; the phrase goes on
    to that noun (for a place, only when that noun is a title or a body: `the U.S.
    trade deficit` is no speaker)."""
    if party_word(doc.words[j]):
        return j + 1 <= hi and doc.words[j + 1].isalpha() and doc.words[j + 1].islower()
    if norm(doc.words[j]) not in PLACE_NAMES:
        return False
    k = j + 2 if j + 1 <= hi and doc.words[j + 1] == "." else j + 1  # `U.S.`
    for t in range(k, min(hi, k + 2) + 1):
        if not doc.words[t].isalpha() or not doc.words[t].islower():
            return False
        if doc.lows[t] in HEADS:
            return True
    return False


def _suspended_hyphen(doc: TextDoc, j: int, hi: int) -> bool:
    """`Handels- und Frankfurter`, `Hypotheken- und Wechsel-Bank`: a word cut at a hyphen
    before `and` shares its ending with the next, so the name runs on."""
    return (
        doc.words[j] == "-"
        and doc.ends[j - 1] == doc.starts[j]
        and doc.is_cap(j - 1)
        and j + 2 <= hi
        and doc.lows[j + 1] in {"und", "and", "&"}
        and doc.is_cap(j + 2)
    )


def _bracket_part(doc: TextDoc, j: int, hi: int) -> bool:
    return (
        doc.words[j] == "("
        and j + 3 <= hi
        and doc.is_cap(j + 1)
        and doc.words[j + 2] == ")"
        and doc.is_cap(j + 3)
    )


def _np_stops(doc: TextDoc, i: int, j: int, hi: int, seen_name: bool, generous: bool) -> bool:
    low = doc.lows[j]
    if j > i and doc.lows[j - 1].endswith(("'s", "’s")):
        return False  # a possessor opens the phrase: `Clinton's top aide Jake Sullivan`
    if not ((j > i and low in DETERMINERS) or (seen_name and low not in ROLE_WORDS)):
        return False
    return not (generous and _name_ahead(doc, j, hi))


def _role_before_name(doc: TextDoc, j: int, hi: int) -> bool:
    """Lower-case words from `j` lead to a role noun right before a capitalised name."""
    for t in range(j, min(hi - 1, j + 2) + 1):
        if not doc.words[t].isalpha() or not doc.words[t].islower():
            return False
        if doc.lows[t] in FUNCTION_WORDS or doc.lows[t] in CUE_VERBS - _REGION_NOUNS:
            return False  # "state" is a verb too, but not before a role noun
        if doc.lows[t] in HEADS:
            return doc.is_cap(t + 1)
    return False


def _name_ahead(doc: TextDoc, j: int, hi: int) -> bool:
    """A capitalised word follows within three plain words (`party boss Reince`)."""
    for t in range(j, min(hi, j + 3) + 1):
        if doc.is_cap(t):
            return True
        if not doc.words[t].isalpha() or doc.lows[t] in FUNCTION_WORDS:
            return False
    return False


def _np_word(doc: TextDoc, j: int) -> bool:
    w = doc.words[j]
    low = doc.lows[j]
    if doc.is_cap(j) or low in PARTICLES:
        return True
    if w == "." and j > 0 and _abbrev_like(doc, j - 1):
        return True
    if low in CUE_VERBS or low in SKIP_BEFORE_CUE:
        return False
    if low in DETERMINERS or low in HEADS or low in ROLE_MODIFIERS_LOWER:
        return True
    if not w[0].isalpha():
        return _numeric_modifier(doc, j)
    return low not in FUNCTION_WORDS and w.islower() and not low.endswith("ly")


def _numeric_modifier(doc: TextDoc, j: int) -> bool:
    """`said 76-year-old Morton Blackwell`, `said 9/11 widow Terry Strada`: a figure that
    qualifies the role before a name."""
    w = doc.words[j]
    if w[0].isdigit() and doc.lows[j].endswith("-old"):
        return True
    glued = [t for t in (j - 1, j + 1) if 0 <= t < doc.n and _touching(doc, min(t, j))]
    if w == "/":
        return len(glued) == 2 and all(doc.words[t].isdigit() for t in glued)
    return w.isdigit() and any(doc.words[t] == "/" for t in glued)


def _touching(doc: TextDoc, t: int) -> bool:
    return doc.ends[t] == doc.starts[t + 1]


def _name_fwd(doc: TextDoc, i: int, j: int) -> Mention | None:
    k = _cap_run_back(doc, j, i)
    if firms_joined_at(doc.words[k : j + 1]) > 0:
        return Mention(k, j, "group")
    k = _after_connector(doc, k, j)
    m = split_name(doc, k, j)
    if m is not None and m.kind == "name" and k > i:
        m.role = " ".join(x for x in (_clean_role(doc, i, k), m.role) if x)
    if m is not None and m.kind == "description" and m.head in PARTY_MEMBERS:
        return _with_determiner(doc, m, i)
    return m


def _clean_role(doc: TextDoc, i: int, k: int) -> str:
    words = [w for t, w in enumerate(doc.words[i:k], i) if doc.lows[t] not in DETERMINERS]
    if not words or norm(words[-1]) not in HEADS:
        return ""
    return " ".join(words).replace("( ", "(").replace(" )", ")")
