"""Roles as whole noun phrases: a role never starts part-way through a name.

Role words are read from a capitalised run, which is cut at its connectors
("Bank of England Governor" splits at "of") and at a few words' length, so a
role can begin inside the organisation it belongs to: "England Governor",
"Co Ltd oil analyst". A reader sees a fragment there, not a role. The role
takes the whole name when the run before it is an organisation's, and only
its own words otherwise. Imports only the word lists and the tokenised text.
"""

from __future__ import annotations

from .names import ORG_HEADS, PERSON_TITLES, ROLE_NOUNS, STOP_CAPS, norm
from .textdoc import TextDoc

_JOINS = frozenset({"of", "&", "for"})  # "and" joins lists too: "Japan and U.S. Trade ..."
_MAX_NAME = 8


def whole_role(doc: TextDoc, a: int, role: str, lo: int) -> str:
    """`role`, written from token `a`, without a head cut off an organisation's name."""
    words = role.split()
    if not words or not words[0][:1].isupper() or not _name_goes_on(doc, a, lo):
        return role
    s = org_name_start(doc, a, lo, words)
    if s is not None:
        name = " ".join(doc.text[doc.starts[s] : doc.starts[a]].split())
        return f"{name} {role}"
    return _own_words(words)


def org_name_start(doc: TextDoc, a: int, lo: int, words: list[str]) -> int | None:
    """Where the organisation's name that the words from token `a` finish begins, if they
    finish one ("Bank of | England official")."""
    if not words or not words[0][:1].isupper() or not _name_goes_on(doc, a, lo):
        return None
    s = _name_start(doc, a - 1, lo)
    lead = [norm(w) for w in doc.words[s:a]]
    if s < a and a - s <= _MAX_NAME and ORG_HEADS.intersection(lead + _cap_lead(words)):
        return s
    return None


def _name_goes_on(doc: TextDoc, a: int, lo: int) -> bool:
    """Token `a - 1` is part of a capitalised name that runs on into token `a`."""
    t = a - 1
    if t < lo or not doc.narrative(t):
        return False
    if _join(doc, t):
        return t - 1 >= lo and doc.is_cap(t - 1)
    return _name_word(doc, t) or _bracketed(doc, t, lo)


def _join(doc: TextDoc, t: int) -> bool:
    """A word inside a name: `of`, `&`, an abbreviation's dot, `and` before `Co`."""
    if doc.lows[t] in _JOINS or doc.words[t] == ".":
        return True
    return doc.lows[t] == "and" and t + 1 < doc.n and norm(doc.words[t + 1]) in ORG_HEADS


def _name_word(doc: TextDoc, t: int) -> bool:
    low = doc.lows[t]
    if not doc.is_cap(t) or low.endswith(("'s", "’s")):
        return False
    if norm(low) not in STOP_CAPS:
        return True
    # "New York Stock Exchange", "American Can Co": a capitalised small word inside a
    # name, with name words on both sides
    inside = t > 0 and doc.is_cap(t - 1) and norm(doc.lows[t - 1]) not in STOP_CAPS
    return t + 1 < doc.n and doc.is_cap(t + 1) and (low == "new" or inside)


def _bracketed(doc: TextDoc, t: int, lo: int) -> bool:
    """`Halvorsen Brothers (Asia) Ltd`: a capitalised part in brackets inside a name."""
    return (
        doc.words[t] == ")"
        and t - 3 >= lo
        and doc.words[t - 2] == "("
        and doc.is_cap(t - 1)
        and doc.is_cap(t - 3)
    )


def _name_start(doc: TextDoc, t: int, lo: int) -> int:
    """First token of the name whose tail ends at `t`."""
    s = t + 1
    while s - 1 >= lo and doc.narrative(s - 1):
        p = s - 1
        if _name_word(doc, p) or (_join(doc, p) and p - 1 >= lo and doc.is_cap(p - 1)):
            s = p
        elif _bracketed(doc, p, lo):
            s = p - 2
        else:
            break
    while s <= t and not _name_word(doc, s):
        s += 1
    return s


def _cap_lead(words: list[str]) -> list[str]:
    """The role's capitalised words before its head: `Co Ltd` in `Co Ltd oil analyst`."""
    lead = []
    for w in words[:-1]:
        if not w[:1].isupper():
            break
        lead.append(norm(w))
    return lead


def _own_words(words: list[str]) -> str:
    """The role without the capitalised tail of a name it was cut from."""
    k = 0
    while k < len(words) - 1 and words[k][:1].isupper():
        if norm(words[k]) in PERSON_TITLES | ROLE_NOUNS:
            break
        k += 1
    return " ".join(words[k:])
