"""Who said each quotation, as resolved inside one article.

Rules, in the order a reader applies them:

1. The words right after the closing mark: `," he said`, `," said Trump`,
   `," according to the BBC`.
2. The cue before the opening mark in the same sentence: `He went on: "`,
   `Ms Owen said: "`, `asked for "all options..."` (the subject of the nearest
   speech verb, or of the main verb for `..., adding: "`).
3. A quotation with no cue in its sentence continues a speaker: the previous
   quotation in its paragraph, a paragraph ending in a colon, or the previous
   paragraph's speaker when the paragraph opens with the quotation.

Mentions are then resolved to one entity of the article: names by surname (or
given name after Sir/Dame), pronouns to the most recent compatible subject or
speaker, descriptions (`the Prime Minister`, `the regulator`, `the 11-member
committee`) by the roles and organisation names seen in the article.
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass

from .lexicon import CUE_VERBS, FUNCTION_WORDS, PHRASAL_CUES, PRONOUNS, SKIP_BEFORE_CUE
from .mentions import Mention, parse_back, parse_fwd, role_prefix, skip_fwd, split_name
from .names import (
    CONNECTORS,
    DOC_HEADS,
    FEMALE_ROLES,
    MALE_ROLES,
    NOT_NAMES,
    ORG_HEADS,
    PARTICLES,
    PERSON_TITLES,
    ROLE_NOUNS,
    STOP_CAPS,
    Entity,
    EntityTable,
    norm,
    word_set,
)
from .quotemarks import QuoteSpan
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
PERSON_HEADS = ROLE_NOUNS | PERSON_TITLES
"""Heads of descriptions that stand for one person (`the spokesman`, `the senator`)."""
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
APPOSITIVE_REACH = 30
"""How many tokens of descriptions may separate a speaker's name from its cue."""
PARAGRAPH_WINDOW = 3
"""How many paragraphs back a pronoun may look for its antecedent."""


@dataclass
class Attribution:
    """A quotation's speaker as the article gives it."""

    mention: str
    cue: str
    entity: Entity | None
    speaker: str | None
    via: str = ""
    """Which rule found it (`after`, `before`, `continued`), for tuning and tests."""


@dataclass(order=True)
class _Event:
    tok: int
    subject: bool
    entity: Entity
    speaking: bool = False
    """The mention is the subject of a speech verb (`Sir Keir Starmer said he ...`)."""


class Attributor:
    """Attributes every quotation of one article, in reading order."""

    def __init__(self, doc: TextDoc, spans: list[QuoteSpan]) -> None:
        self.doc = doc
        self.spans = spans
        self.table = EntityTable()
        self.events: list[_Event] = []
        self._scan_names()
        for ent in self.table.entities:
            ent.finish()

    # -- names -----------------------------------------------------------------

    def _scan_names(self) -> None:
        doc = self.doc
        after = -1
        for i in [t for t, cap in enumerate(doc.caps) if cap and doc.quote_of[t] < 0]:
            if i <= after:
                continue
            after = self._run_end(i)
            for k, e in self._parts(i, after):
                self._add_name(k, e)

    def _run_end(self, i: int) -> int:
        doc = self.doc
        j = i
        while j + 1 < doc.n and doc.narrative(j + 1) and doc.para[j + 1] == doc.para[i]:
            if not self._name_continues(j):
                break
            j += 1
        while j > i and doc.lows[j] in CONNECTORS | PARTICLES:
            j -= 1
        return j

    def _name_continues(self, j: int) -> bool:
        doc = self.doc
        if doc.lows[j].endswith(("'s", "’s")):
            return False
        if doc.is_cap(j + 1):
            return True
        if doc.words[j + 1] == ".":
            return doc.ends[j] == doc.starts[j + 1] and _abbrev(doc, j)
        return doc.lows[j + 1] in PARTICLES | CONNECTORS and j + 2 < doc.n and doc.is_cap(j + 2)

    def _parts(self, i: int, j: int) -> list[tuple[int, int]]:
        doc = self.doc
        conns = [t for t in range(i, j + 1) if doc.lows[t] in CONNECTORS]
        if not conns or norm(doc.words[j]) in ORG_HEADS:
            return [(i, j)]
        parts, k = [], i
        for c in conns:
            if c > k:
                parts.append((k, c - 1))
            k = c + 1
        parts.append((k, j))
        return parts

    def _add_name(self, k: int, e: int) -> None:
        doc = self.doc
        m = split_name(doc, k, e)
        if m is None or m.kind != "name":
            return
        lo = doc.sent_start(k)
        role = " ".join(x for x in (role_prefix(doc, m.first, lo), m.role) if x)
        initial = lo in {k, m.first} or (m.first - 1 == lo and doc.words[lo] in "\"“'")
        cue_next = e + 1 < doc.n and doc.lows[e + 1] in CUE_VERBS
        weak = initial and len(m.name) == 1 and not (m.honorific or role or cue_next)
        if weak and self.table.lookup(m.name) is None:
            return
        if all(norm(w) in NOT_NAMES for w in m.name):
            return
        ent = self.table.add(m.name, m.honorific, role, doc.starts[k], not initial or cue_next)
        follows = self._verb_follows(e)
        governed = m.first > 0 and doc.lows[m.first - 1] in PREPOSITIONS
        possessive = doc.lows[e].endswith(("'s", "’s"))
        subject = (initial or bool(follows)) and not governed and not possessive
        if follows == "cue":
            ent.spoke = True
        self.events.append(_Event(m.first, subject, ent, follows == "cue"))
        self._gender_from_pronoun(ent, e)

    def _verb_follows(self, e: int) -> str:
        """`cue` when a speech verb follows the name, `verb` for another verb, else ``."""
        doc = self.doc
        j = self._past_name_tail(e + 1)
        while j < doc.n and doc.lows[j] in SKIP_BEFORE_CUE:
            j += 1
        if j >= doc.n or not doc.narrative(j):
            return ""
        low = doc.lows[j]
        if self._cue_at(j):
            return "cue"
        return "verb" if low.endswith("ed") and len(low) > 4 else ""

    def _past_name_tail(self, j: int) -> int:
        """Skip `(D-Va.)`, `of Washington` and `, the party chairwoman,` after a name."""
        doc = self.doc
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

    # -- quotations --------------------------------------------------------------

    def attribute_all(self) -> list[Attribution | None]:
        results: list[Attribution | None] = []
        for q in range(len(self.spans)):
            a, b = self.doc.quote_toks[q]
            att = self._after(q, b) or self._before(q, a)
            results.append(att)
            if att is not None and att.entity is not None:
                att.entity.spoke = True
                insort(self.events, _Event(a, True, att.entity))
        for q in range(len(self.spans)):
            if results[q] is None:
                partial = self.partial(q)
                results[q] = self._continued_partial(q) if partial else self._continued(q, results)
        return results

    def _continued_partial(self, q: int) -> Attribution | None:
        """`Hennessey added. But that is not "properly chargeable under the law."`

        A fragment in a sentence with no cue and no subject goes on reporting
        whoever spoke in the sentence before it.
        """
        return self._cue_earlier_in_paragraph(self.doc.quote_toks[q][0])

    def partial(self, q: int) -> bool:
        """A fragment inside reported speech, rather than a sentence of its own."""
        span = self.spans[q]
        text = self.doc.text
        first = next((c for c in text[span.start : span.end] if c.isalpha()), "")
        if first.islower():
            return True
        a = self.doc.quote_toks[q][0]
        if a == 0 or self.doc.para[a - 1] != self.doc.para[a] or not self.doc.narrative(a - 1):
            return False
        prev = self.doc.words[a - 1]
        if not prev[0].isalnum() or self.doc.lows[a - 1] in CUE_VERBS | {"that"}:
            return False
        return text[span.start : span.end].rstrip()[-1:] not in ".?!"

    def _after(self, q: int, b: int) -> Attribution | None:
        doc = self.doc
        i = b + 1
        if i >= doc.n or doc.para[i] != doc.para[b] or not doc.narrative(i):
            return None
        hi = self._frame_end(i)
        i = skip_fwd(doc, i, hi) if doc.words[i] in {",", "—", "–", "-"} else i
        if i > hi:
            return None
        cue_len = self._cue_at(i)
        if cue_len:
            cue = " ".join(doc.words[i : i + cue_len])
            m = parse_fwd(doc, i + cue_len, hi, generous=True)
            return self._resolved(m, cue, "after") if m else None
        m = parse_fwd(doc, i, hi)
        if m is None:
            return None
        k = self._past_appositive(m.last + 1, hi)
        k = skip_fwd(doc, k, hi) if k <= hi else k
        cue_len = self._cue_at(k) if k <= hi else 0
        if cue_len:
            return self._resolved(m, " ".join(doc.words[k : k + cue_len]), "after")
        far = self._cue_past_appositives(m.last + 1, hi)
        if far >= 0:
            return self._resolved(m, " ".join(doc.words[far : far + self._cue_at(far)]), "after")
        inner = doc.text[self.spans[q].start : self.spans[q].end].rstrip()
        open_ended = inner[-1:] in {",", "—", "–", "-", "?", "!"}
        if k <= hi and open_ended and m.kind != "description" and self._verbish(k):
            return self._resolved(m, "", "after")
        return None

    def _cue_past_appositives(self, k: int, hi: int) -> int:
        """`"...," Cecelia Purner, 67, a retired clerk in Allentown, Pa., said`.

        A comma after the name opens descriptions (which may hold commas and
        relative clauses of their own); the first speech cue after them is the
        name's. Returns the cue's token, or -1.
        """
        doc = self.doc
        if k > hi or doc.words[k] not in {",", "(", "—", "–"}:
            return -1
        for c in range(k + 1, min(hi, k + APPOSITIVE_REACH) + 1):
            if self._cue_at(c):
                return c
        return -1

    def _frame_end(self, i: int) -> int:
        doc = self.doc
        j = i
        sid = doc.sent[i]
        while j + 1 < doc.n and doc.sent[j + 1] == sid and doc.narrative(j + 1):
            j += 1
        return j

    def _past_appositive(self, k: int, hi: int) -> int:
        doc = self.doc
        if k > hi or doc.words[k] not in {",", "("}:
            return k
        close = "," if doc.words[k] == "," else ")"
        j = k + 1
        while j <= hi and j - k < 25 and doc.words[j] != close:
            j += 1
        if j > hi:
            return k
        if close == ")" and j + 1 <= hi and doc.words[j + 1] == ",":
            return self._past_appositive(j + 1, hi)
        return j + 1

    def _cue_at(self, i: int) -> int:
        """Length in tokens of the speech cue starting at token `i`, or 0."""
        doc = self.doc
        if i >= doc.n or not doc.narrative(i):
            return 0
        low = doc.lows[i]
        if doc.words[i] != low and not self._inverted_opening(i):
            return 0
        nxt = PHRASAL_CUES.get(low)
        if nxt and i + 2 < doc.n and doc.lows[i + 1] == nxt:
            after = doc.words[i + 2]
            ok = nxt == "to" or not after[0].isalnum() or after == "to"
            return 2 if ok else 0
        if low == "according" or low not in CUE_VERBS:
            return 0
        if low in WEAK_CUES and i + 1 < doc.n and doc.words[i + 1][0].isalnum():
            return 0
        return 1

    def _inverted_opening(self, i: int) -> bool:
        """`Said Dorothy Poynter, ...` and `Stated Stone:` open a sentence with the cue."""
        doc = self.doc
        low = doc.lows[i]
        if not (low == "said" or low.endswith("ed")) or low not in CUE_VERBS:
            return False
        return doc.sent_start(i) == i and i + 1 < doc.n and doc.is_cap(i + 1)

    def _before(self, q: int, a: int) -> Attribution | None:
        doc = self.doc
        lo = doc.sent_start(a)
        local = lo
        for t in range(a - 1, lo - 1, -1):
            if not doc.narrative(t):
                local = t + 1
                break
        return (
            self._cue_in(local, a, lo)
            or self._colon_speaker(local, a)
            or (self._cue_in(lo, a, lo) if local > lo else None)
            or self._later_cue(q)
            or self._sentence_subject(self._past_intro(lo, a), a)
        )

    def _later_cue(self, q: int) -> Attribution | None:
        """`"..." in comparison to Obama, Gingrich said.` -- the cue ends the sentence."""
        doc = self.doc
        b = doc.quote_toks[q][1]
        if b + 1 >= doc.n or doc.para[b + 1] != doc.para[b] or not doc.narrative(b + 1):
            return None
        hi = self._frame_end(b + 1)
        for c in range(b + 1, hi + 1):
            n = self._cue_at(c)
            if n:
                m = parse_back(doc, c - 1, b + 1) or parse_fwd(doc, c + n, hi, generous=True)
                cue = " ".join(doc.words[c : c + n])
                return self._resolved(m, cue, "later") if m is not None else None
        return None

    def _past_intro(self, lo: int, a: int) -> int:
        """Skip `At a Chamber of Commerce summit in Hilton Head,` before the subject."""
        doc = self.doc
        if lo >= a or doc.lows[lo] not in PREPOSITIONS | {"asked", "during", "after", "before"}:
            return lo
        for t in range(lo + 1, min(a, lo + 20)):
            if doc.words[t] == ",":
                return t + 1
        return lo

    def _sentence_subject(self, lo: int, a: int) -> Attribution | None:
        """No cue: the sentence's subject (`Trump finally wrapped up -- "..."`), if known."""
        m = self._known_subject(lo, a)
        return self._resolved(m, "", "subject") if m is not None else None

    def _known_subject(self, lo: int, a: int) -> Mention | None:
        """The first known name or he/she before token `a` that a verb follows."""
        doc = self.doc
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
                if m is None or m.kind != "name" or self.table.lookup(m.name, m.honorific) is None:
                    t += 1
                    continue
            else:
                t += 1
                continue
            if self._verbish(self._past_name_tail(m.last + 1)):
                return m
            t = m.last + 1
        return None

    def _verbish(self, j: int) -> bool:
        doc = self.doc
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

    def _cue_in(self, local: int, a: int, lo: int) -> Attribution | None:
        """The nearest speech cue before token `a`, and its subject."""
        doc = self.doc
        for c in range(a - 1, local - 1, -1):
            if not doc.narrative(c):
                continue
            if doc.lows[c] == "according" and c + 1 < a and doc.lows[c + 1] == "to":
                m = parse_fwd(doc, c + 2, a - 1)
                if m:
                    return self._resolved(m, "according to", "before")
            n = self._cue_at(c)
            if not n:
                continue
            cue = " ".join(doc.words[c : c + n])
            m = self._passive_agent(c, lo, a) or self._subject(c, lo, a)
            if m is not None:
                return self._resolved(m, cue, "before")
        return None

    def _passive_agent(self, c: int, lo: int, a: int) -> Mention | None:
        """`Rubio was asked by moderator Gerard Baker whether ...`: the one after `by` speaks."""
        doc = self.doc
        if c + 2 >= a or doc.lows[c + 1] != "by" or doc.lows[c] in {"quoted", "said"}:
            return None
        if c - 1 < lo or doc.lows[c - 1] not in BE_FORMS:
            return None
        return parse_fwd(doc, c + 2, a - 1, generous=True)

    def _subject(self, c: int, lo: int, a: int) -> Mention | None:
        doc = self.doc
        participle = doc.lows[c].endswith("ing")
        before = c - 1
        if participle and before >= lo and doc.words[before] in {",", "—", "–"}:
            return self._main_subject(lo, c)
        m = parse_back(doc, before, lo)
        if m is not None:
            return m
        if participle or (before >= lo and doc.lows[before] in {"and", "but", "or"}):
            return self._main_subject(lo, c)
        m = parse_fwd(doc, c + 1, a - 1, generous=True)
        return m if m is not None and m.kind == "name" else None

    def _main_subject(self, lo: int, c: int) -> Mention | None:
        """The subject of the sentence's first speech verb (for `..., adding: "`)."""
        doc = self.doc
        for t in range(lo, c):
            if doc.narrative(t) and self._cue_at(t) and not doc.lows[t].endswith("ing"):
                m = parse_back(doc, t - 1, lo)
                if m is not None:
                    return m
        # `Hours later, Trump returned the compliment, telling Reuters: "..."`
        return self._known_subject(self._past_intro(lo, c), c) or parse_fwd(doc, lo, c - 1)

    def _colon_speaker(self, local: int, a: int) -> Attribution | None:
        """`Sanders: "..."` -- a bare name introducing a quotation."""
        doc = self.doc
        if a - 2 < local or doc.words[a - 1] != ":":
            return None
        m = parse_back(self.doc, a - 2, local)
        if m is not None and m.kind == "name" and m.first == local:
            return self._resolved(m, ":", "before")
        verb = a - 2
        if doc.words[verb].islower() and self._verbish(verb):
            m = parse_back(doc, verb - 1, doc.sent_start(verb))
            if m is not None:
                return self._resolved(m, doc.words[verb], "before")
        return None

    def _continued(self, q: int, results: list[Attribution | None]) -> Attribution | None:
        doc = self.doc
        a, _ = doc.quote_toks[q]
        para = doc.para[a]
        para_start = a == 0 or doc.para[a - 1] != para
        if para_start:
            att = (
                self._colon_paragraph(a)
                or self._previous_speaker(q, results, para - 1)
                or self._previous_cue(a)
            )
            if att is not None:
                return att
        for r in range(q - 1, -1, -1):
            if doc.para[doc.quote_toks[r][0]] != para:
                break
            if results[r] is not None:
                return _continue(results[r])
        att = self._cue_earlier_in_paragraph(a)
        if att is not None:
            return att
        for r in range(q + 1, len(self.spans)):
            if doc.para[doc.quote_toks[r][0]] != para:
                break
            if results[r] is not None and results[r].via == "after":
                return _continue(results[r])
        return None

    def _colon_paragraph(self, a: int) -> Attribution | None:
        """A paragraph ending `... observed:` introduces the quotation that follows."""
        doc = self.doc
        p = a - 1
        if p < 0 or doc.words[p] != ":" or not doc.narrative(p):
            return None
        lo = doc.sent_start(p)
        return self._cue_in(lo, p, lo)

    def _previous_speaker(
        self, q: int, results: list[Attribution | None], para: int
    ) -> Attribution | None:
        doc = self.doc
        for r in range(q - 1, -1, -1):
            rp = doc.para[doc.quote_toks[r][1]]
            if rp < para:
                break
            if rp == para and results[r] is not None:
                return _continue(results[r])
        return None

    def _previous_cue(self, a: int) -> Attribution | None:
        """`Carter said that ... .` then a paragraph that is only a quotation."""
        doc = self.doc
        if a == 0 or not doc.narrative(a - 1):
            return None
        lo = doc.sent_start(a - 1)
        att = self._cue_in(lo, a, lo)
        return _continue(att) if att is not None else None

    def _cue_earlier_in_paragraph(self, a: int) -> Attribution | None:
        doc = self.doc
        lo = doc.sent_start(a)
        if lo == 0 or doc.para[lo - 1] != doc.para[a]:
            return None
        prev_lo = doc.sent_start(lo - 1)
        att = self._cue_in(prev_lo, lo, prev_lo)
        return _continue(att) if att is not None else None

    # -- resolution ---------------------------------------------------------------

    def _resolved(self, m: Mention, cue: str, via: str) -> Attribution:
        doc = self.doc
        text = doc.text[doc.starts[m.first] : doc.ends[m.last]]
        ent = self.resolve(m)
        name = ent.name if ent is not None else None
        return Attribution(text, cue, ent, name, via)

    def resolve(self, m: Mention) -> Entity | None:
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

    def _resolve_pronoun(self, tok: int, gender: str, person: bool = True) -> Entity | None:
        doc = self.doc
        if gender in {"", "p"} and not person:
            return None
        if gender == "p" or gender == "n":
            return self._recent_org(tok)
        fallback = None
        sentence = doc.sent[tok]
        for ev in reversed(self.events):
            same = ev.tok < tok and doc.sent[ev.tok] == sentence and ev.speaking
            if same and _compatible(ev.entity, gender):
                return ev.entity
        for ev in reversed(self.events):
            if ev.tok >= tok:
                continue
            if doc.para[ev.tok] < doc.para[tok] - PARAGRAPH_WINDOW:
                break
            ent = ev.entity
            if not _compatible(ent, gender):
                continue
            if ev.subject and _personal(ent):
                return ent
            fallback = fallback or ent
        return fallback

    def _recent_org(self, tok: int) -> Entity | None:
        doc = self.doc
        for ev in reversed(self.events):
            if ev.tok >= tok:
                continue
            if doc.para[ev.tok] < doc.para[tok] - 1:
                break
            if ev.entity.kind == "organisation" and ev.subject:
                return ev.entity
        return None

    def _resolve_description(self, m: Mention) -> Entity | None:
        named = self._appositive_after(m)
        if named is not None:
            return self._resolve_name(named)
        if m.owner is not None and m.owner.kind == "name":
            owner = self._resolve_name(m.owner)
            if m.head in PERSON_HEADS and owner is not None and _personal(owner):
                return self._one_with_role(m.head, owner)
            return owner
        head = m.head
        if head in DOC_HEADS:
            return self._resolve_pronoun(m.first, "")
        if head in ORG_HEADS:
            return self._latest(self.table.orgs_with(head), m.first)
        if m.determiner in {"a", "an", "one", "another"}:
            return None
        ent = self._by_role(m)
        if ent is not None:
            return ent
        gender = "f" if head in FEMALE_ROLES else "m" if head in MALE_ROLES else ""
        ent = self._resolve_pronoun(m.first, gender)
        if ent is None:
            ent = self._cataphor(m.first)
        if ent is not None and m.role:
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
        return named if after in {",", "(", "."} or self._cue_at(named.last + 1) else None

    def _one_with_role(self, head: str, owner: Entity) -> Entity | None:
        """`Trump's spokeswoman` is not Trump: the one other person seen in that role."""
        cands = {id(e): e for e in self.table.by_role(head) if e is not owner}
        return next(iter(cands.values())) if len(cands) == 1 else None

    def _by_role(self, m: Mention) -> Entity | None:
        role = norm(m.role) if m.role else m.head
        cands = [e for e in self.table.by_role(m.head) if any(norm(r) == role for r in e.roles)]
        if not cands:
            cands = [e for e in self.table.by_role(m.head)]
        return cands[0] if len(set(map(id, cands))) == 1 else None

    def _latest(self, ents: list[Entity], tok: int) -> Entity | None:
        for ev in reversed(self.events):
            if ev.tok < tok and any(ev.entity is e for e in ents):
                return ev.entity
        return ents[0] if ents else None

    def _cataphor(self, tok: int) -> Entity | None:
        """`The Prime Minister has said...` opening a story names its subject soon after."""
        for ev in self.events:
            if ev.tok > tok and ev.subject and ev.entity.kind == "person":
                return ev.entity
        return None


def _compatible(ent: Entity, gender: str) -> bool:
    if ent.kind == "organisation":
        return False
    return not (gender and ent.gender and ent.gender != gender)


def _personal(ent: Entity) -> bool:
    """Evidence the entity is a person: a title, honorific, given name, or it speaks."""
    return bool(ent.person_evidence or ent.gender or ent.spoke)


def _continue(att: Attribution) -> Attribution:
    return Attribution(att.mention, att.cue, att.entity, att.speaker, "continued")


def _abbrev(doc: TextDoc, i: int) -> bool:
    w = doc.words[i]
    return (
        doc.lows[i]
        in {
            "mr",
            "mrs",
            "ms",
            "dr",
            "sen",
            "rep",
            "gov",
            "st",
            "jr",
            "lt",
            "gen",
        }
        or (len(w) == 1 and w.isupper())
        or ("." in w and w[:1].isupper())
    )
