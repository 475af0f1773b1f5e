"""Speaker names made comparable: titles stripped, case and accents folded, parts split.

Merging decides whether `Sir Keir Starmer`, `Keir Starmer` and `Starmer` are
one person, and `the Women & Equalities Committee` and `Women and Equalities
Committee` one organisation. Those decisions need names in a canonical shape
(`PersonName`, `org_key`); this module gives them that shape and the stable id
a speaker is stored under, and decides nothing itself.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from ..quotes.names import DOC_HEADS, ORG_HEADS, PERSON_TITLES, ROLE_NOUNS, WIRE_SERVICES


def _wordset(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


_HONORIFICS = _wordset(
    """mr mrs ms miss mx mister dr sir dame lord lady baron baroness prof professor rev
    revd reverend fr father sen senator rep representative gov governor president vice
    cllr councillor mayor judge hon honourable honorable rt right gen lt col maj capt
    sgt adm cmdr rabbi imam sheikh the"""
)
"""Titles written before a name; they are not part of who the person is."""

_SUFFIXES = _wordset("mp mep msp mla qc kc obe mbe cbe kbe dbe phd md esq")
_GENERATIONS = _wordset("jr sr ii iii iv")
"""`Donald Trump Jr.` is not `Donald Trump`: a generation is part of who someone is."""

_PARTICLES = _wordset("de da das dos van von der den del della di du la le bin ibn al el ter ten")
"""Lower-case words that belong to a surname (`Ursula von der Leyen`)."""

PRONOUNS = _wordset(
    """he she they him her his hers them their theirs it its i we us me my our you your
    himself herself themselves itself one"""
)
"""Mentions that say nothing about who spoke, so they are not aliases."""

_CORPORATE = _wordset("inc co corp ltd plc llc gmbh ag nv bv lp llp and")
_ROLE_FILLER = _wordset("former ex the a an of for and to then current acting interim now also its")
_ORG_FILLER = frozenset({"of", "and", "the", "for", "on", "in", "at", "to"})


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Compare names without case, accents or dots (`Dr.`, `J.`, `José`)."""
    return _unaccented(word.replace("’", "'")).casefold().strip(".,;:()\"'")


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class PersonName:
    """A person's name split the way merging needs it."""

    display: str
    key: tuple[str, ...]
    first: str
    middle: tuple[str, ...]
    surname: tuple[str, ...]
    short: bool
    """True for a surname (or given name) alone: `Haigh`, `von der Leyen`."""
    generation: str = ""
    """`jr`, `sr`, `iii`: a son or father of the same name is someone else."""


def adds_only_name_parts(name: str, fuller: str) -> bool:
    """Whether `fuller` is `name` with only parts of a name added: a given name before a
    bare surname, middle initials, a generation (`Lawson` -> `Nigel Lawson`,
    `Keir Starmer` -> `Keir R. Starmer`). Words before a name that already has its given
    name ("Offensive Things Donald Trump") are a headline's, not the person's.
    """
    short = [w for w in map(fold, name.split()) if w]
    full = [w for w in map(fold, fuller.split()) if w]
    grew = len(full) > len(short)
    if grew and short and full[-1] in _GENERATIONS and short[-1] not in _GENERATIONS:
        full = full[:-1]
    if not short or len(full) < len(short) or full[-1] != short[-1]:
        return False
    if len(short) > 1 and full[0] != short[0]:
        return False
    middle, wanted = full[1:-1] if len(short) > 1 else full[:-1], short[1:-1]
    if len(short) == 1 and middle:
        middle = middle[1:]  # the given name a bare surname gains
    for word in middle:
        if wanted and word == wanted[0]:
            wanted.pop(0)
        elif len(word) != 1:
            return False
    return grew and not wanted


def strip_titles(tokens: list[str]) -> list[str]:
    while len(tokens) > 1 and fold(tokens[0]) in _HONORIFICS:
        tokens = tokens[1:]
    while len(tokens) > 1 and fold(tokens[-1]) in _SUFFIXES:
        tokens = tokens[:-1]
    return tokens


@functools.lru_cache(maxsize=1 << 16)
def parse_person(name: str) -> PersonName:
    tokens = [t for t in strip_titles(name.split()) if fold(t)]
    tokens = tokens or name.split()
    generation = ""
    if len(tokens) > 1 and fold(tokens[-1]) in _GENERATIONS:
        generation = fold(tokens[-1])
        tokens = tokens[:-1]
    display = " ".join(tokens)
    key = tuple(fold(t) for t in tokens)
    if len(key) == 1 or (tokens[0].islower() and key[0] in _PARTICLES):
        return PersonName(
            display, key + (generation,) * bool(generation), key[-1], (), key, True, generation
        )
    cut = len(key) - 1
    while cut > 1 and key[cut - 1] in _PARTICLES:
        cut -= 1
    full_key = key + (generation,) * bool(generation)
    return PersonName(display, full_key, key[0], key[1:cut], key[cut:], False, generation)


def _given_match(a: str, b: str) -> bool:
    """Same given name, or an initial that fits it (`J` and `John`)."""
    return a == b or ((len(a) == 1 or len(b) == 1) and a[0] == b[0])


def same_person(a: PersonName, b: PersonName) -> bool:
    """Whether two full names can be one person: `Keir Starmer`, `Keir Rodney Starmer`."""
    if a.surname != b.surname or a.generation != b.generation:
        return False
    if not _given_match(a.first, b.first):
        return initial_before(a, b) or initial_before(b, a)
    if not a.middle or not b.middle:
        return True
    return len(a.middle) == len(b.middle) and all(map(_given_match, a.middle, b.middle))


def initial_before(a: PersonName, b: PersonName) -> bool:
    """`J Hugh Liedtke` is `Hugh Liedtke`: a first initial before the given name a person
    goes by, written in full by the other form; their later names must fit too."""
    if len(a.first) != 1 or not a.middle or len(a.middle[0]) < 2 or a.middle[0] != b.first:
        return False
    rest = a.middle[1:]
    if not rest or not b.middle:
        return True
    return len(rest) == len(b.middle) and all(map(_given_match, rest, b.middle))


def specificity(name: PersonName) -> tuple[int, int, tuple[str, ...]]:
    return (-len(name.key), -sum(map(len, name.key)), name.key)


@functools.lru_cache(maxsize=1 << 16)
def org_key(name: str) -> tuple[str, ...]:
    """`The Women & Equalities Committee` and `women and equalities committee` are one key."""
    text = fold(name).replace("&", " and ").replace("'", "")
    words = re.sub(r"[^\w]+", " ", text).split()
    while len(words) > 1 and words[0] == "the":
        words = words[1:]
    # "Texaco Inc" and "Texaco", "Morgan Stanley and Co" and "Morgan Stanley": one firm
    while len(words) > 1 and words[-1] in _CORPORATE:
        words = words[:-1]
    return tuple(words)


def acronym(key: tuple[str, ...]) -> str:
    return "".join(word[0] for word in key if word not in _ORG_FILLER)


def role_words(roles: Iterable[str]) -> set[str]:
    return {w for role in roles for w in re.findall(r"\w+", fold(role)) if w not in _ROLE_FILLER}


def speaker_id_for(name: str) -> str:
    """A readable id that survives re-indexing, since it depends only on the name.

    Args:
        name: the speaker's canonical name.

    Returns:
        A lower-case slug (`keir-starmer`); names without letters get a short hash.
    """
    slug = re.sub(r"[\W_]+", "-", _unaccented(name).casefold()).strip("-")
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=4).hexdigest()
    if not slug:
        return f"speaker-{digest}"
    if len(slug) > 60:
        return f"{slug[:50].rstrip('-')}-{digest}"
    return slug


ROLE_SHIFTERS = frozenset({"vice", "deputy", "former", "ex", "assistant", "acting", "associate"})
"""Words that make a role another one: a "deputy minister" is no minister."""
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant")


def clean_role(role: str, organisation: bool = False) -> str | None:
    """A role as a reader would write it, or None when the words are no role at all.

    Leading numbers, verb forms ("hoping") and wire services come off
    ("Reuters Finance Secretary" -> "Finance Secretary"); what is left must
    end in a word for a person's position ("secretary", "spokesman", "trader"),
    or for an organisation's kind ("media regulator") when the speaker is one.
    """
    words = role.split()
    while words:
        if fold(" ".join(words[:2])) in WIRE_SERVICES:  # "Associated Press"
            words = words[2:]
        elif _stray_lead(words[0]):
            words = words[1:]
        else:
            break
    if not words:
        return None
    last = fold(words[-1])
    if organisation:
        return " ".join(words) if last in ORG_HEADS else None
    person_word = last in ROLE_NOUNS or last in PERSON_TITLES
    if not person_word and not (last.endswith(_ROLE_ENDINGS) and last not in DOC_HEADS | ORG_HEADS):
        return None
    return " ".join(words)


def _stray_lead(word: str) -> bool:
    low = fold(word)
    if word[:1].isdigit() or low in WIRE_SERVICES:
        return True
    return word.islower() and low.endswith(("ing", "ed")) and low not in ROLE_SHIFTERS
