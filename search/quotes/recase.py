"""Capitals put back into an article written all in capitals or all in lower case.

Finding who speaks leans on capitals: a name is a run of capitalised words, a
sentence starts with one, "said the minister" differs from "said Minister Ann
Roe". Wire copy set all in capitals, or text that lost its capitals, gives none
of that, and every word looked alike (in capitals, every word a name; in lower
case, none). For such an article the quote rules read a copy of the same length
with capitals where English writes them for sure: a sentence's first word, "I",
honorifics and the words after them, a common given name and the surname after
it, a title right before a name, places the lists know, a company's name before
"Inc" or "Corp". Everything else is lower case, so a word no list knows is never
made a name: a surname standing alone is missed rather than guessed. Offsets are
the article's, character for character; the quotes keep the article's own words.

Imports only the word lists.
"""

from __future__ import annotations

import re
import string

from .lexicon import CUE_VERBS, FUNCTION_WORDS
from .names import HONORIFIC_GENDER, PLACE_NAMES, ROLE_NOUNS, is_given_name, word_set

_NO_UPPER = str.maketrans("", "", string.ascii_uppercase)
_NO_LOWER = str.maketrans("", "", string.ascii_lowercase)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:\.(?=[A-Za-z])[A-Za-z]+)*\.?")
_DATELINE = re.compile(r"[A-Z][A-Z .,'&-]{1,60}?, [A-Z][A-Za-z]+\.? \d{1,2} -")
"""`NEW YORK, MARCH 3 -`: kept as written, where the dateline is looked for in capitals."""
_MIN_LETTERS = 40
_GLANCE = 1500
"""Characters read first: most articles show their capitals well before this."""

_COMMON_WORD_NAMES = word_set(
    """will mark may bill rose frank grant june april art dean hope joy guy pat sue don
    ken ray gene rich jack earl max lane carol dawn chance chase drew miles glen rob
    herb sunny iris ivy ruby lily holly rusty buck clay cliff dale gay gale hunter jay
    king mason nick page penny reed rod sandy stone wade ward young long hall price
    bell fox august major forest summer river brook golden christian sterling worth
    al deal less more cash gold hill rock star win sky son sandy miller baker carter
    heath moss ash basil sage amber crystal pearl ruby wolf colt rusty rocky lee"""
)
"""Given names that are English words too ("will", "may", "mark", "rose"): in text
without capitals they say nothing."""
_COMMON_SURNAME_WORDS = word_set(
    """brown white black green gray grey little strong wood woods field fields lamb bush
    rice cook cooper parker turner walker hunt hardy best bond bright burns cross dean
    english french free friend good goodman hope house howard lake land law lord love
    low mann marsh may new north page park peace post power rich rose ross sharp short
    small south spring steel still street swift ward waters west wise"""
)
"""Surnames that are common words too: found once after a given name, not capitalised
wherever the word comes up ("prices rose", "the new rules")."""
_HONORIFICS = frozenset(k for k in HONORIFIC_GENDER if k not in {"lady", "lord", "miss"})
_TITLES = word_set(
    """president senator sen governor gov minister secretary chancellor premier mayor
    judge chairman chairwoman ambassador prime rep representative congressman
    congresswoman general gen"""
)
"""Titles written before a surname alone (`PRESIDENT REAGAN SAID`)."""
_FIRM_SUFFIXES = word_set("inc corp co ltd plc llc gmbh")
_CLOSED = FUNCTION_WORDS | CUE_VERBS | ROLE_NOUNS
_PARTICLES = word_set("de del della di da van von der le la bin al")
_STOPS = frozenset(".!?")


def recased(text: str) -> tuple[str, frozenset[str]] | None:
    """The copy with capitals put back, and the words capitalised as names (not only
    for opening a sentence); None when the article has its own capitals."""
    if _as_english(text[:_GLANCE]) or _as_english(text):
        return None
    out = list(_lower_same_length(text))
    dateline = _DATELINE.match(text)
    kept = dateline.end() if dateline and not any(c.islower() for c in text[:200]) else 0
    out[:kept] = text[:kept]
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer("".join(out), kept)]
    opening, placed, named = _capitalised(text, words, kept)
    for i in opening | placed | named:
        s, e, w = words[i]
        if _dotted(w):
            out[s:e] = w.upper()
        else:
            out[s] = w[0].upper()
    return "".join(out), frozenset(words[i][2].rstrip(".") for i in named)


def _as_english(text: str) -> bool:
    """Capitals on 1 % to 95 % of the letters (or too few letters to tell)."""
    up = len(text) - len(text.translate(_NO_UPPER))
    letters = up + len(text) - len(text.translate(_NO_LOWER))
    return letters < _MIN_LETTERS or letters < up * 100 <= letters * 95


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _dotted(word: str) -> bool:
    """`u.s.`, `u.k.`: letters with dots, all capitals."""
    return bool(re.fullmatch(r"(?:[a-z]\.){2,}", word))


def _capitalised(
    text: str, words: list[tuple[int, int, str]], kept: int
) -> tuple[set[int], set[int], set[int]]:
    """Which words take a capital: those opening a sentence, places and initials (which
    help read the sentence but vouch for no speaker: where the person is missed, the
    place or the initials would stand in), and the words of names."""
    opening: set[int] = set()
    placed: set[int] = set()
    caps: set[int] = set()
    bare = [w.rstrip(".") for _, _, w in words]
    for i, (_s, _e, w) in enumerate(words):
        if _opens_sentence(text, words, i, kept) or bare[i] == "i":
            opening.add(i)
        if _dotted(w):
            placed.add(i)
        if bare[i] in PLACE_NAMES and bare[i] not in _COMMON_WORD_NAMES:
            placed.add(i)
        if i + 1 < len(words) and f"{bare[i]} {bare[i + 1]}" in PLACE_NAMES:
            placed |= {i, i + 1}
    surnames: set[str] = set()
    for i in range(len(words)):
        name = _name_from(bare, i)
        if name:
            caps.update(range(i, i + name))
            surnames.add(bare[i + name - 1])
            if i > 0 and bare[i - 1] in _TITLES | _HONORIFICS:
                caps.add(i - 1)
        elif bare[i] in _TITLES | _HONORIFICS and _surname_then_cue(bare, i + 1):
            caps |= {i, i + 1}
            surnames.add(bare[i + 1])
        if bare[i] in _FIRM_SUFFIXES and i > 0:
            caps |= _firm_before(bare, i)
    # "malcolm baldrige said ... baldrige said": the surname alone is the same name
    surnames -= _COMMON_WORD_NAMES | _COMMON_SURNAME_WORDS
    caps.update(i for i, w in enumerate(bare) if w in surnames)
    return opening, placed, caps - placed


def _opens_sentence(text: str, words: list[tuple[int, int, str]], i: int, kept: int) -> bool:
    if i == 0:
        return True
    _ps, pe, prev = words[i - 1]
    between = text[pe : words[i][0]]
    if "\n" in between or any(c in _STOPS for c in between):
        return True
    return prev.endswith(".") and prev.rstrip(".") not in _ABBREVIATIONS and not _dotted(prev)


_ABBREVIATIONS = word_set("mr mrs ms dr st jr sr inc co corp ltd gen gov sen rep lt col no vs")


def _name_from(bare: list[str], i: int) -> int:
    """How many words from `i` make a name opened by a common given name: the given
    name, perhaps an initial or a particle, and a surname no list calls a common word."""
    if not is_given_name(bare[i]) or bare[i] in _COMMON_WORD_NAMES:
        return 0
    k = i + 1
    while k < len(bare) and (len(bare[k]) == 1 or bare[k] in _PARTICLES) and k - i < 3:
        k += 1
    if k >= len(bare) or not _surname_like(bare[k]):
        return 0
    return k - i + 1


def _surname_like(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word not in _CLOSED and word not in _TITLES


def _surname_then_cue(bare: list[str], k: int) -> bool:
    """`president reagan said`: a title, one word, then the cue: that word is a name."""
    if k + 1 >= len(bare) or not _surname_like(bare[k]) or is_given_name(bare[k]):
        return False
    return bare[k + 1] in CUE_VERBS


def _firm_before(bare: list[str], i: int) -> set[int]:
    """`acme industries inc`: up to three words before a company suffix, and the suffix."""
    k = i
    while k - 1 >= 0 and i - k < 3 and _surname_like(bare[k - 1]):
        k -= 1
    return set(range(k, i + 1)) if k < i else set()
