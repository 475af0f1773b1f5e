"""Speech cues and the stretches of narrative around them.

Every attribution rule asks the same few questions of the tokens near a
quotation: does a speech cue start here (`said`, `told`, `according to`), where
does this sentence's narrative end, how far past an appositive (`, 67, a
retired clerk,`) or a name's tail (`(D-Va.)`, `of Washington`) must it look,
and does a verb follow. They read only the `TextDoc`, so they are plain
functions shared by name scanning, subject finding and the rules.
"""

from __future__ import annotations

from .lexicon import CUE_VERBS, DASHES, PHRASAL_CUES, SKIP_BEFORE_CUE, TIME_LEADS, TIME_WORDS
from .names import word_set
from .textdoc import TextDoc

PREPOSITIONS = frozenset(
    {"to", "for", "with", "by", "from", "of", "about", "at", "in", "on", "against"}
    | {"into", "over", "under", "after", "before", "like", "as"}
)
NOT_VERBS = frozenset({"and", "or", "but", "the", "a", "an", "that", "which", "who", "whose"})
IRREGULAR_PAST = word_set(
    """said told went made took gave got put ran left met sent kept held brought thought felt
    spoke wrote became began came saw knew found won lost hit led paid set cut let read drew
    fought stood sat taught caught bought sold built meant heard threw grew chose rose fell
    wore broke spent sought struck swore shot bit hid lit slid spun dug"""
)
WEAK_CUES = frozenset(
    {"continue", "continues", "continued", "continuing", "begin", "began", "begins"}
    | {"post", "posted", "posting", "project", "projects", "projected", "charge", "charged"}
)
"""Verbs that attribute speech only when punctuation or a quotation follows them."""
TELL_FORMS = frozenset({"tell", "tells", "told", "telling"})
TARGET_CUES = word_set(
    """thank thanks thanked praise praised praises criticize criticized criticizes
    criticise criticised blast blasts blasted slam slams slammed mock mocks mocked
    deride derided call calls called dub dubbed label labeled labelled brand branded
    accuse accused accuses urge urges urged chide chided describe describes described"""
)
"""Cues whose object is the one spoken to or about (`thanked the governor for "..."`), never
a speaker written after the verb as in `said Obama`."""
"""Cues whose object is the listener: in `the source told Reuters` Reuters heard it."""
_NOUN_MARKERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"})
"""Words after which a speech verb's form is a noun."""
_NOUN_STEMS = word_set(
    """comment post tweet answer reply call claim charge promise pledge vow remark note
    report quip joke boast demand cry shout estimate echo hint whisper chant message"""
)
"""Speech verbs whose plain form is also a noun (`a Twitter comment`)."""
APPOSITIVE_REACH = 30
"""How many tokens of descriptions may separate a speaker's name from its cue."""


def cue_at(doc: TextDoc, i: int) -> int:
    """Length in tokens of the speech cue starting at token `i`, or 0."""
    if i >= doc.n or not doc.narrative(i):
        return 0
    low = doc.lows[i]
    if doc.words[i] != low and not _inverted_opening(doc, i):
        return 0
    nxt = PHRASAL_CUES.get(low)
    if nxt and i + 2 < doc.n and doc.lows[i + 1] == nxt:
        return 2 if _phrasal_ends(doc, nxt, i + 2) else 0
    if low == "according" or low not in CUE_VERBS:
        return 0
    if i > 0 and doc.lows[i - 1] in _NOUN_MARKERS and doc.narrative(i - 1):
        return 0  # "at a counter", "the charge", "her answer": a noun, not a speech verb
    if _noun_after_modifier(doc, i):
        return 0
    if low in WEAK_CUES and i + 1 < doc.n and doc.words[i + 1][0].isalnum():
        return 0
    return 1


def _noun_after_modifier(doc: TextDoc, i: int) -> bool:
    """`a Twitter comment`, `his Facebook post`: a plain verb stem after an article and a
    capitalised word is a noun. (`the Guardian said`, `the Guardian reports` are cues.)"""
    if i < 2 or doc.lows[i] not in _NOUN_STEMS or not doc.is_cap(i - 1):
        return False
    return doc.lows[i - 2] in _NOUN_MARKERS and doc.narrative(i - 2)


def _phrasal_ends(doc: TextDoc, particle: str, k: int) -> bool:
    """`went on:`, `as Vale put it, "`, `pointed out in December, "`: a two-word cue
    speaks when what follows it is punctuation, a quotation or a time; `put it on the
    table` and `went on holiday` say nothing."""
    if particle == "to":
        return not rule_named(doc, k)
    if doc.lows[k] == "to" or (particle == "on" and doc.lows[k] == "about"):
        return True
    t = k
    while t < doc.n and t - k < 4 and (doc.lows[t] in TIME_LEADS or doc.lows[t] in TIME_WORDS):
        t += 1
    if t > k and not any(doc.lows[u] in TIME_WORDS for u in range(k, t)):
        return False
    return t >= doc.n or not doc.words[t][0].isalnum()


_RULE_NOUNS = word_set(
    """law laws rules regulations statute statutes code constitution standards guidelines
    tradition custom customs doctrine calendar"""
)
"""What a place or body lays down, not says: `according to New York law`."""


def rule_named(doc: TextDoc, k: int) -> bool:
    """`a contract according to New York law`: the name is whose law, not who spoke."""
    t = k + 1 if k < doc.n and doc.lows[k] == "the" else k
    start = t
    while t < doc.n and t - start < 6 and doc.is_cap(t) and doc.narrative(t):
        t += 1
    return t > start and t < doc.n and doc.lows[t] in _RULE_NOUNS


def _inverted_opening(doc: TextDoc, i: int) -> bool:
    """`Said Dorothy Poynter, ...` and `Stated Stone:` open a sentence with the cue."""
    low = doc.lows[i]
    if not (low == "said" or low.endswith("ed")) or low not in CUE_VERBS:
        return False
    return doc.sent_start(i) == i and i + 1 < doc.n and doc.is_cap(i + 1)


def frame_end(doc: TextDoc, i: int) -> int:
    j = i
    sid = doc.sent[i]
    while j + 1 < doc.n and doc.sent[j + 1] == sid and doc.narrative(j + 1):
        j += 1
    return j


def past_appositive(doc: TextDoc, k: int, hi: int) -> int:
    if k > hi or doc.words[k] not in {",", "("}:
        return k
    close = "," if doc.words[k] == "," else ")"
    j = k + 1
    while j <= hi and j - k < 25 and doc.words[j] != close:
        j += 1
    if j > hi:
        return k
    if close == ")" and j + 1 <= hi and doc.words[j + 1] == ",":
        return past_appositive(doc, j + 1, hi)
    return j + 1


def cue_past_appositives(doc: TextDoc, k: int, hi: int) -> int:
    """`"...," Cecelia Purner, 67, a retired clerk in Allentown, Pa., said`.

    A comma after the name opens descriptions (which may hold commas and
    relative clauses of their own); the first speech cue after them is the
    name's. Returns the cue's token, or -1.
    """
    if k > hi or doc.words[k] not in {",", "(", "—", "–"}:
        return -1
    for c in range(k + 1, min(hi, k + APPOSITIVE_REACH) + 1):
        if cue_at(doc, c):
            return c
    return -1


def past_name_tail(doc: TextDoc, j: int) -> int:
    """Skip `(D-Va.)`, `of Washington` and `, the party chairwoman,` after a name."""
    hi = min(doc.n - 1, j + 25)
    if j <= hi and doc.words[j] == "(":
        while j <= hi and doc.words[j] != ")":
            j += 1
        j += 1
    if j + 1 <= hi and doc.lows[j] == "of" and doc.is_cap(j + 1):
        j += 1
        while j <= hi and (
            doc.is_cap(j) or doc.words[j] in {".", ","} and j + 1 <= hi and doc.is_cap(j + 1)
        ):
            j += 1
    if j <= hi and doc.words[j] == ",":
        k = j + 1
        while k <= hi and doc.words[k] != "," and doc.narrative(k):
            k += 1
        if k <= hi and doc.words[k] == "," and k - j > 1:
            return k + 1
    return j


def past_intro(doc: TextDoc, lo: int, a: int) -> int:
    """Skip `At a Chamber of Commerce summit in Hilton Head,` before the subject, and a
    dateline (`WASHINGTON — `, `TOKYO, March 25 - `)."""
    lo = past_dateline(doc, lo, a)
    if lo >= a or doc.lows[lo] not in PREPOSITIONS | {"asked", "during", "after", "before"}:
        return lo
    for t in range(lo + 1, min(a, lo + 20)):
        if doc.words[t] == ",":
            return t + 1
    return lo


def past_dateline(doc: TextDoc, lo: int, a: int) -> int:
    """`WASHINGTON — Sen. Chuck Grassley ...`: where the sentence starts after a dateline."""
    if lo < doc.dateline_end <= a:
        return doc.dateline_end  # "WASHINGTON, Dec. 8 (UPI) —", found once for the article
    word = doc.words[lo] if lo < a else ""
    if not (word.isupper() and word.isalpha() and len(word) > 2):
        return lo
    for t in range(lo + 1, min(a, lo + _DATELINE_REACH)):
        if doc.words[t] in DASHES:
            return t + 1
        if doc.words[t].isalpha() and doc.words[t].islower():
            return lo
    return lo


_DATELINE_REACH = 8


def verbish(doc: TextDoc, j: int) -> bool:
    if j < doc.n and doc.lows[j] in SKIP_BEFORE_CUE:
        return True
    if j >= doc.n or not doc.narrative(j):
        return False
    w = doc.words[j]
    if not (w.isalpha() and w.islower()) or w in PREPOSITIONS or w in NOT_VERBS:
        return False
    return (
        w in CUE_VERBS
        or w in IRREGULAR_PAST
        or w.endswith("ed")
        or (w.endswith("s") and not w.endswith("ss"))
    )
