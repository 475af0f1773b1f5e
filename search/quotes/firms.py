"""A firm named by its short name alone: `USAir said`, `Ifo said`, `Sears said`.

Wire copy names a company in full once ("USAir Group", "the Ifo economic
institute", "Sears, Roebuck and Co") and then by its first word. Written alone,
that word looks like a surname, and an entity with nothing else to go on is
typed a person. The article itself says otherwise: the same word opens a firm's
name, stands before a noun for a firm, is set in brackets after a body's name
("The Pacific Stock Exchange (Pacex)"), or is written as no person's name is
("MCorp", "USAir": capitals run into lower case). Only a one-word name with no
sign of a person (a title, an honorific, a given name, a gender) is retyped, so
"Reagan" of "the Reagan administration" stays the President.

Imports only the word lists and the text document.
"""

from __future__ import annotations

import re

from .names import (
    CORPORATE_SUFFIXES,
    PERSON_TITLES,
    ROLE_NOUNS,
    Entity,
    EntityTable,
    incorporated,
    is_given_name,
    norm,
    word_set,
)
from .textdoc import TextDoc

FIRM_HEADS = CORPORATE_SUFFIXES | word_set(
    """group bancorp holdings corporation company bank institute airlines airways motors
    systems technologies laboratories pharmaceuticals electronics enterprises stores
    industries exchange brothers bros partners securities"""
)
"""Words closing a firm's name: a name that begins "USAir Group" is that firm's. Not
words for a body a person leads or runs for ("administration", "campaign", "party")."""
FIRM_NOUNS = word_set("institute company corporation group bank exchange agency firm subsidiary")
"""Lower-case nouns a firm's short name stands before (`the Ifo institute`)."""
_NOT_SET_OFF = frozenset({"of", "who", "whose", "at", "for", "with", ".", ";", "said", "says"})
_ARTICLES = frozenset({"the", "a", "an"})
_BLEND = re.compile(r"[A-Z]{2,}[a-z]{2,}")
"""`USAir`, `MCorp`: capitals run into lower case, as no person's name is written."""


def retype_short_firms(doc: TextDoc, table: EntityTable) -> None:
    """Give organisation evidence to each bare one-word name the article shows is a firm.

    Called once the scan has read every name, before the entities are typed.
    """
    bare = {norm(e.tokens[0]): e for e in table.entities if _unmarked(e)}
    if not bare:
        return
    firms = _firm_words(doc) | _leading_words(table)
    for key, ent in bare.items():
        if key in firms or _BLEND.fullmatch(ent.tokens[0]):
            table.add_org_evidence(ent)


_AT_FIRM = word_set(
    """analyst analysts economist economists strategist strategists dealer dealers trader
    traders broker brokers director directors manager managers partner partners
    chairman president executive official officials spokesman spokeswoman"""
)
"""People said to work `at` a firm: "an analyst at James Capel"."""
_BROKER_NOUNS = word_set("broker stockbroker brokerage brokerages brokers stockbrokers")
"""What wire copy calls a brokerage before its name ("London broker Hoare Govett"), and
a broker before his ("Bombay broker Dinesh Walji"): a role that says neither."""
_PLURAL_BROKERS = word_set("brokers stockbrokers brokerages")
"""Before one name, a firm's: "stockbrokers James Capel"."""


def retype_named_firms(doc: TextDoc, table: EntityTable) -> None:
    """Give organisation evidence to a name like a person's that the story shows is a
    brokerage or bank named after its founders: someone is an analyst `at` it
    ("an analyst at James Capel"), a plural noun for brokers stands before it
    ("stockbrokers James Capel"), or it speaks "in its" report ("said Hoare Govett in
    its weekly review"). A singular "broker" before a name says nothing: wire copy
    writes "London broker Hoare Govett" and "Bombay broker Dinesh Walji" alike. Only
    names of two or three words with no title, honorific or gendered role of a person.

    Called once the scan has read every name, before the entities are typed.
    """
    cands = [e for e in table.entities if _firm_like(e)]
    if not cands:
        return
    starts: dict[str, list[int]] = {}
    for ent in cands:
        starts.setdefault(ent.tokens[0], [])
    for t, w in enumerate(doc.words):
        if w in starts and doc.narrative(t):
            starts[w].append(t)
    for ent in cands:
        k = len(ent.tokens)
        for t in starts[ent.tokens[0]]:
            if doc.words[t : t + k] == ent.tokens and _shown_a_firm(doc, t, t + k, ent):
                table.add_org_evidence(ent)
                ent.org_evidence = max(ent.org_evidence, ent.person_evidence + 1)
                break


def _firm_like(ent: Entity) -> bool:
    """Two or three capitalised words and nothing but a given name saying it is a person."""
    if not 2 <= len(ent.tokens) <= 3 or ent.org_evidence or ent.gender_strength > 1:
        return False
    if not all(w[:1].isupper() and w.isalpha() for w in ent.tokens):
        return False
    heads = {norm(r.split()[-1]) for r in ent.roles if r.split()} - _BROKER_NOUNS
    return not heads & (ROLE_NOUNS | PERSON_TITLES)


def _shown_a_firm(doc: TextDoc, t: int, e: int, ent: Entity) -> bool:
    before = doc.lows[t - 1] if t > 0 else ""
    if before in {"at", "with"} and t > 1 and norm(doc.lows[t - 2]) in _AT_FIRM:
        return True
    if before in _PLURAL_BROKERS:
        return True
    # "James Capel said in its weekly review", "said Hoare Govett in its review"
    k = e + 1 if e < doc.n and doc.lows[e] in {"said", "says"} else e
    return k + 1 < doc.n and doc.lows[k] == "in" and doc.lows[k + 1] == "its"


def _unmarked(ent: Entity) -> bool:
    """One word and nothing saying it is a person."""
    return (
        len(ent.tokens) == 1
        and not (ent.person_evidence or ent.gender or ent.roles or ent.org_evidence)
        and ent.tokens[0][:1].isupper()
    )


def _leading_words(table: EntityTable) -> set[str]:
    """First words of the firms the article names in full (`USAir Group`), and any
    word but a given name of a company's registered name (`Industrie Buitoni Perugina
    Spa`, `NV Philips Gloeilampenfabrieken`)."""
    out = set()
    for e in table.entities:
        if len(e.tokens) < 2 or e.person_evidence or norm(e.tokens[-1]) not in FIRM_HEADS:
            continue
        out.add(norm(e.tokens[0]))
        if incorporated(e.tokens):
            out.update(norm(w) for w in _own_words(e.tokens) if not is_given_name(w))
    return out


def _own_words(tokens: list[str]) -> list[str]:
    """The capitalised words of a company's own name: after any `of` or `at`, which
    join a person to the firm (`Danuta Zielonka of Wertheim Schroder Co Inc`)."""
    lows = [w.lower() for w in tokens]
    cut = max((i + 1 for i, w in enumerate(lows) if w in {"of", "at"}), default=0)
    return [w for w in tokens[cut:-1] if w[:1].isupper()]


def _firm_words(doc: TextDoc) -> set[str]:
    """Words the text writes as a firm's: before a firm's noun (`the Ifo economic
    institute`), in brackets after a body's name (`Exchange (Pacex)`), or before the rest
    of a company's name after a comma (`Sears, Roebuck and Co`)."""
    out: set[str] = set()
    words, lows = doc.words, doc.lows
    for t in range(1, doc.n - 2):
        if not doc.caps[t] or not doc.narrative(t):
            continue
        nxt = lows[t + 1]
        if nxt in FIRM_NOUNS or (lows[t - 1] in _ARTICLES and _adjective_then_firm(doc, t + 1)):
            out.add(norm(words[t]))
        elif words[t - 1] == "(" and words[t + 1] == ")" and t >= 2:
            if norm(words[t - 2]) in FIRM_HEADS:
                out.add(norm(words[t]))
        elif words[t + 1] == "," and (_company_follows(doc, t + 2) or _set_off_firm(doc, t + 2)):
            out.add(norm(words[t]))
    return out


def _adjective_then_firm(doc: TextDoc, k: int) -> bool:
    """`the Ifo economic institute`, `the Ifo economic research institute`: one or two
    lower-case words, then a firm's noun."""
    for t in range(k, min(doc.n - 1, k + 2)):
        if not (doc.words[t].isalpha() and doc.words[t].islower()):
            return False
        if doc.lows[t + 1] in FIRM_NOUNS:
            return True
    return False


def _set_off_firm(doc: TextDoc, k: int) -> bool:
    """`Petro-Canada, Canada's state-owned oil company, said`: a firm's noun closes what
    is set off after the name. Not `Ann Lee, head of the company,` nor `a company
    spokesman`: no role, title or `of`, `who` on the way."""
    for t in range(k, min(doc.n - 1, k + 8)):
        low = doc.lows[t]
        if low in _NOT_SET_OFF or norm(low) in ROLE_NOUNS | PERSON_TITLES or not doc.narrative(t):
            return False
        if doc.words[t + 1] in {",", ")"}:
            return low in FIRM_NOUNS
    return False


def _company_follows(doc: TextDoc, k: int) -> bool:
    """`Roebuck and Co said`: capitalised words up to a company suffix from token `k`."""
    for t in range(k, min(doc.n, k + 5)):
        if doc.lows[t] in CORPORATE_SUFFIXES and doc.caps[t]:
            return t > k
        if not (doc.caps[t] or doc.lows[t] in {"and", "&"}):
            return False
    return False
