"""Who said each quotation, as resolved inside one article.

Rules, in the order a reader applies them:

1. The words right after the closing mark: `," he said`, `," said Trump`,
   `," according to the BBC`.
2. The cue before the opening mark in the same sentence: `He went on: "`,
   `Ms Owen said: "`, `asked for "all options..."` (the subject of the nearest
   speech verb, or of the main verb for `..., adding: "`).
3. A quotation with no cue in its sentence continues a speaker: the previous
   quotation in its paragraph, a paragraph ending in a colon, or the previous
   paragraph's speaker when the paragraph opens with the quotation (or,
   failing that, the person the paragraph before is about, if quoted elsewhere).

Mentions are then resolved to one entity of the article: names by surname (or
given name after Sir/Dame), pronouns to the most recent compatible subject or
speaker, descriptions (`the Prime Minister`, `the regulator`, `the 11-member
committee`) by the roles and organisation names seen in the article.

The rules live here; what they lean on is apart: `cues` finds cues and
the edges of narrative around them, `namescan` the article's names and
sentence subjects, `coreference` the entity a mention stands for.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from ..models import Confidence, Evidence
from .coreference import Resolver
from .cues import (
    TARGET_CUES,
    TELL_FORMS,
    cue_at,
    cue_past_appositives,
    frame_end,
    past_appositive,
    past_intro,
    rule_named,
    verbish,
)
from .lexicon import CUE_VERBS, DASHES, ISSUE_VERBS, UNNAMED_SOURCES
from .marks import QuoteSpan
from .mentions import (
    QUOTING_VERBS,
    Mention,
    parse_back,
    parse_fwd,
    quoted_as_saying,
    quoted_fwd,
    skip_fwd,
)
from .names import DOC_HEADS, GROUPS, Entity, word_set
from .namescan import (
    Event,
    headline_paragraphs,
    known_subject,
    passive_agent,
    scan_names,
    subject,
)
from .textdoc import TextDoc


@dataclass
class Attribution:
    """A quotation's speaker as the article gives it."""

    mention: str
    cue: str
    entity: Entity | None
    speaker: str | None
    via: str = ""
    """Which rule found it (`after`, `before`, `continued`), for tuning and tests."""
    evidence: Evidence = "none"
    """How the speaker was found (see `Quote.evidence`)."""
    confidence: Confidence = "none"
    basis: str = ""
    """The resolved words, for a reader who asks: `he → Tony Blair, 2 sentences earlier`."""
    antecedent: str | None = None
    """The name a pronoun or description points back to, as written there (`Baker`)."""
    named: bool = False
    """The mention is a name, not a pronoun or a description."""

    def written_name(self) -> str:
        """The name this speaker goes by here, for a later pronoun pointing back at it."""
        return self.mention if self.named else self.antecedent or ""


BELIEF_VERBS = word_set(
    """believe believes believed think thinks thought feel feels felt expect expects
    expected fear fears feared doubt doubts doubted"""
)
"""Verbs that give someone's view without quoting it: the quotation after them is the
view's own words."""


class Attributor:
    """Attributes every quotation of one article, in reading order."""

    def __init__(self, doc: TextDoc, spans: list[QuoteSpan]) -> None:
        self.doc = doc
        self.spans = spans
        self.table, self.events = scan_names(doc)
        self.resolver = Resolver(doc, self.table, self.events)
        self._headlines: set[int] | None = None

    def attribute_all(self) -> list[Attribution | None]:
        results: list[Attribution | None] = []
        for q in range(len(self.spans)):
            a, b = self.doc.quote_toks[q]
            att = self._after(q, b) or self._before(q, a)
            results.append(att)
            if att is not None and att.entity is not None:
                att.entity.spoke = True
                self.resolver.add_event(Event(a, True, att.entity, written=att.written_name()))
            elif att is not None and att.via == "after" and att.mention.lower() in _PERSONAL:
                self.resolver.still_unnamed(a)
        for q in range(len(self.spans)):
            if results[q] is not None:
                continue
            a = self.doc.quote_toks[q][0]
            if not self.partial(q):
                results[q] = self._continued(q, results)
            elif not self._opens_paragraph(a):
                results[q] = self._continued_partial(q)
            elif not self._cue_in_paragraph(a):
                results[q] = self._continued(q, results)
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
        if i < doc.n and doc.para[i] != doc.para[b]:
            return self._signed_below(q, i)
        if i >= doc.n or not doc.narrative(i):
            return None
        hi = frame_end(doc, i)
        dashed = doc.words[i] in DASHES
        i = skip_fwd(doc, i, hi) if doc.words[i] in {",", *DASHES} else i
        if i > hi:
            return None
        if dashed and self._opens_paragraph(self.doc.quote_toks[q][0]):
            signed = self._signed(i, hi)
            if signed is not None:
                return signed
        cue_len = cue_at(doc, i)
        if cue_len:
            cue = " ".join(doc.words[i : i + cue_len])
            if doc.lows[i] in TELL_FORMS or self._introduces(i + cue_len):
                return None
            m = parse_fwd(doc, i + cue_len, hi, generous=True)
            return self._resolved(m, cue, "after") if m else None
        verdict = self._verdict_of(i, hi)
        if verdict is not None:
            return verdict
        m = parse_fwd(doc, i, hi)
        if m is None or (m.first > i and doc.lows[m.first - 1] in _PLACING):
            return None  # `"..." Last year, at a conference in Washington, she said`: where
        k = past_appositive(doc, m.last + 1, hi)
        k = skip_fwd(doc, k, hi) if k <= hi else k
        cue_len = cue_at(doc, k) if k <= hi else 0
        if cue_len and self._introduces(k + cue_len):
            return None
        if cue_len and self._ends_sentence(q) and not self._report_ends(k + cue_len):
            return None  # `"... rogue state." Chile insisted that ...`: the next report
        if cue_len and doc.lows[k] in QUOTING_VERBS:
            quoted = quoted_fwd(doc, k + cue_len, hi)
            if quoted is not None:  # `"...," the BBC quoted Diane Abbott as saying.`
                return self._resolved(quoted, "as saying", "after")
        if cue_len:
            return self._resolved(m, " ".join(doc.words[k : k + cue_len]), "after")
        far = cue_past_appositives(doc, m.last + 1, hi)
        if far >= 0:
            return self._resolved(m, " ".join(doc.words[far : far + cue_at(doc, far)]), "after")
        inner = doc.text[self.spans[q].start : self.spans[q].end].rstrip()
        open_ended = inner[-1:] in {",", "—", "–", "-", "?", "!"}
        if k <= hi and open_ended and m.kind != "description" and verbish(doc, k):
            return self._resolved(m, "", "after")
        return None

    def _verdict_of(self, i: int, hi: int) -> Attribution | None:
        """`"The economy is turning a corner." That was the verdict of Chancellor George
        Osborne`: a pull quote whose next sentence says whose words they were."""
        doc = self.doc
        if i + 4 > hi or doc.lows[i] not in _THAT or doc.lows[i + 1] not in _BE:
            return None
        k = i + 2
        while k < hi and k - i < 6 and doc.words[k].islower() and doc.lows[k] not in _VERDICTS:
            k += 1  # "That was the blunt verdict of"
        if doc.lows[k] not in _VERDICTS or doc.lows[k + 1] not in {"of", "from"}:
            return None
        m = parse_fwd(doc, k + 2, hi, generous=True)
        return self._resolved(m, " ".join(doc.words[i : k + 2]), "after") if m else None

    def _introduces(self, t: int) -> bool:
        """A cue ending in a colon (`Mary Baker said: "…"`) reports what follows it,
        never the quotation before it."""
        return t < self.doc.n and self.doc.words[t] == ":"

    def _signed(self, i: int, hi: int) -> Attribution | None:
        """`"..." — Jane Doe, Ohio`: a quotation signed with a dash and a name.

        Letters pages, round-ups and pull quotes close a quotation with its
        author's name and nothing else, or a place or title after a comma.
        """
        doc = self.doc
        m = parse_fwd(doc, i, hi)
        if m is None or m.kind != "name" or m.first != i:
            return None
        after = m.last + 1
        if doc.words[after : after + 1] == ["."] and self._para_ends(after):
            after += 1  # `" ― Tom Ortiz.`: a full stop closes the signature
        if after < doc.n and doc.para[after] == doc.para[m.last] and doc.words[after] not in ",(":
            return None
        return self._resolved(m, "—", "after")

    def _signed_below(self, q: int, i: int) -> Attribution | None:
        """A pull quote standing alone, signed on the line below:

            "Big firms pay nothing."

            - Martin Kessler.

        Fact checks and notebooks set the quotation as a paragraph and the
        speaker's name after a dash as the next; the name must end that line
        (or be followed by a comma and a place or a note).
        """
        doc = self.doc
        if doc.words[i] not in DASHES or not self._opens_paragraph(doc.quote_toks[q][0]):
            return None
        hi = frame_end(doc, i)
        return self._signed(i + 1, hi) if i + 1 <= hi else None

    def _opens_paragraph(self, a: int) -> bool:
        """A signed quotation stands alone; a dash and a name after a sentence of
        narrative ("... in Lisbon."--Ana Sousa) sign the item, not the quotation."""
        return a == 0 or self.doc.para[a - 1] != self.doc.para[a]

    def _para_ends(self, t: int) -> bool:
        return t + 1 >= self.doc.n or self.doc.para[t + 1] != self.doc.para[t]

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
            or self._sentence_subject(past_intro(doc, lo, a), a)
            or self._headline_cue(a, lo)
        )

    def _headline_cue(self, a: int, lo: int) -> Attribution | None:
        """`Clinton Says Trump Is "Unfit To Serve"`: a title-case line capitalises its cue."""
        doc = self.doc
        if self._headlines is None:
            self._headlines = headline_paragraphs(doc)
        if doc.para[a] not in self._headlines:
            return None
        for c in range(a - 1, lo, -1):
            if doc.lows[c] in _HEADLINE_CUES and doc.narrative(c):
                m = parse_back(doc, c - 1, lo)
                ok = m is not None and m.kind == "name"
                return self._resolved(m, doc.lows[c], "before") if ok else None
        return None

    def _later_cue(self, q: int) -> Attribution | None:
        """`"..." in comparison to Obama, Gingrich said.` -- the cue ends the sentence."""
        doc = self.doc
        b = doc.quote_toks[q][1]
        if b + 1 >= doc.n or doc.para[b + 1] != doc.para[b] or not doc.narrative(b + 1):
            return None
        if doc.sent[b + 1] != doc.sent[b] and self._ends_sentence(q):
            return None  # `"... slow down." That prompted Moreno to call`: the next sentence's cue
        hi = frame_end(doc, b + 1)
        for c in range(b + 1, hi + 1):
            n = cue_at(doc, c)
            if n and c + n < hi and doc.lows[c + n] == "by" and doc.words[c].endswith("ed"):
                # `relief on Petroleum Revenue Tax announced by Nigel Lawson`: the agent speaks
                m = parse_fwd(doc, c + n + 1, hi, generous=True)
                cue = " ".join(doc.words[c : c + n + 1])
                return self._resolved(m, cue, "later") if m is not None else None
            if n:
                m = parse_back(doc, c - 1, b + 1)
                if m is None and doc.lows[c] in TARGET_CUES:
                    continue  # `a subsidiary called Maple Widgets`: named, not speaking
                if m is None and doc.lows[c] not in TELL_FORMS and not _set_in_place(doc, c + n):
                    m = parse_fwd(doc, c + n, hi, generous=True)
                cue = " ".join(doc.words[c : c + n])
                return self._resolved(m, cue, "later") if m is not None else None
        return None

    def _report_ends(self, t: int) -> bool:
        """The cue's sentence ends within a few words (`Smith said on Monday.`,
        `she told reporters.`) instead of going on to report something else."""
        doc = self.doc
        for u in range(t, min(doc.n, t + _REPORT_TAIL)):
            if doc.para[u] != doc.para[t - 1]:
                return True
            if not doc.narrative(u):
                return False  # the cue introduces a quotation of its own
            if doc.words[u] in {".", ",", "!", "?", ";"}:
                return True
            if doc.lows[u] == "that" or doc.lows[u] in _REPORTED_SUBJECTS:
                return False  # `said Wednesday she, too, wants`: what was said follows
        return t >= doc.n

    def _ends_sentence(self, q: int) -> bool:
        span = self.spans[q]
        return self.doc.text[span.start : span.end].rstrip()[-1:] == "."

    def _sentence_subject(self, lo: int, a: int) -> Attribution | None:
        """No cue: the sentence's subject (`Trump finally wrapped up -- "..."`), if known.

        A speech verb whose subject named no one (`Critics said of Tony Blair that he
        was "..."`) ends the search: the words after it are what was said, and the one
        spoken about is not the speaker."""
        doc = self.doc
        cue = next((t for t in range(lo + 1, a) if self._group_said(t)), a)
        m = known_subject(doc, self.table, lo, cue)
        return self._resolved(m, "", "subject") if m is not None else None

    def _group_said(self, t: int) -> bool:
        """`Critics said`, `officials said`: a speech verb after a group or unnamed source."""
        doc = self.doc
        return (
            doc.narrative(t)
            and doc.lows[t - 1] in _GROUP_NOUNS
            and doc.narrative(t - 1)
            and cue_at(doc, t) > 0
        )

    def _cue_in(self, local: int, a: int, lo: int) -> Attribution | None:
        """The nearest speech cue before token `a`, and its subject."""
        doc = self.doc
        for c in range(a - 1, local - 1, -1):
            if not doc.narrative(c):
                continue
            if doc.lows[c] == "according" and c + 1 < a and doc.lows[c + 1] == "to":
                m = None if rule_named(doc, c + 2) else parse_fwd(doc, c + 2, a - 1)
                if m:
                    return self._resolved(m, "according to", "before")
            n = cue_at(doc, c)
            if not n:
                continue
            cue = " ".join(doc.words[c : c + n])
            m = quoted_as_saying(doc, c, lo)
            if m is not None:
                return self._resolved(m, "as saying", "before")
            m = passive_agent(doc, c, lo, a) or subject(doc, self.table, c, lo, a)
            if m is not None and (
                self._subordinate(m, c, a, local)
                or _reported_it(doc, m, lo)
                or _told_of(doc, m, c + n, a, lo)
            ):
                continue
            if m is not None:
                return self._resolved(m, cue, "before")
        return None

    def _subordinate(self, m: Mention, c: int, a: int, local: int) -> bool:
        """`Clinton said that when Warren railed against the banks, "she is ..."`

        A cue inside a `when`/`while`/`after` clause closed by a comma before
        the quotation is not the quotation's cue: the clause sets the scene and
        the quotation goes on the main clause, whose speaker spoke earlier.
        """
        doc = self.doc
        if "," not in doc.words[c + 1 : a]:
            return False
        before = m.first - 1
        if before > local and doc.lows[before] in SUBORDINATORS:
            return True
        if doc.sent[a] != doc.sent[c]:
            return False
        for t in range(before, local - 1, -1):
            if doc.lows[t] in SUBORDINATORS:
                # "After former Gov. Jerry Lund criticized ...", but "As Lund said, ..."
                # frames the quotation that follows
                return doc.lows[t] != "as" or t > local
            inside = doc.is_cap(t) or doc.words[t] == "." or doc.lows[t] in _ROLE_LEAD
            if not inside:
                return False
        return False

    def _colon_speaker(self, local: int, a: int) -> Attribution | None:
        """`Sanders: "..."` -- a bare name introducing a quotation."""
        doc = self.doc
        if a - 2 < local or doc.words[a - 1] != ":":
            return None
        m = parse_back(self.doc, a - 2, local)
        if m is not None and m.kind == "name" and self._opens_line(m, local):
            return self._resolved(m, ":", "before")
        writer = self._roundup_writer(local, a - 1)
        if writer is not None:
            return self._resolved(writer, ":", "before")
        issued = self._issued(local, a - 1)
        if issued is not None:
            return issued
        verb = a - 2
        if doc.words[verb].islower() and verbish(doc, verb):
            m = parse_back(doc, verb - 1, doc.sent_start(verb))
            if m is not None:
                return self._resolved(m, doc.words[verb], "before")
        return None

    def _opens_line(self, m: Mention, local: int) -> bool:
        """The name before the colon is all the line says: it opens the sentence, or
        follows a round-up item's dash (`POLLS MISSED THE SWING - Dana Whitcombe: "`) or
        an inverted cue (`Continued Fitch: "`)."""
        doc = self.doc
        before = m.first - 1
        if before < local:
            return m.first == local
        return doc.words[before] in DASHES or (before == local and doc.lows[before] in CUE_VERBS)

    def _roundup_writer(self, local: int, colon: int) -> Mention | None:
        """`Maureen Dowd, The New York Times: "..."`: a round-up line names its writer first.

        The name opens the line and everything between its comma and the colon
        is capitalised (an outlet or a title), so nothing else can be speaking.
        """
        doc = self.doc
        comma = next((t for t in range(local, colon) if doc.words[t] == ","), -1)
        if comma <= local or comma + 1 >= colon:
            return None
        if not all(doc.is_cap(t) or doc.lows[t] in _OUTLET_SMALL for t in range(comma + 1, colon)):
            return None
        writer = parse_back(doc, comma - 1, local)
        if writer is None or writer.kind != "name" or writer.first != local:
            return None
        return writer

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
                or self._previous_subject(a)
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
        return self._cue_in(lo, p, lo) or self._issued(lo, p)

    def _issued(self, lo: int, colon: int) -> Attribution | None:
        """`Senator Lund issued the following statement:` introduces what follows: a
        statement, letter or message given out speaks for whoever gave it out."""
        doc = self.doc
        head = colon - 1
        if head <= lo or doc.lows[head] not in DOC_HEADS or not doc.narrative(head):
            return None
        for v in range(head - 1, max(lo, head - 4) - 1, -1):
            if not doc.words[v].islower() or not doc.narrative(v):
                return None
            if doc.lows[v] in ISSUE_VERBS:
                m = parse_back(doc, v - 1, lo)
                return self._resolved(m, doc.words[v], "before") if m is not None else None
        return None

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
        return self._continued_cue(doc.sent_start(a - 1), a)

    def _previous_subject(self, a: int) -> Attribution | None:
        """`Viguerie is upbeat about Cruz's chances.` then a paragraph that is only a
        quotation: the words of the one the sentence before is about, when the article
        quotes that one elsewhere. A guess from the layout, so its confidence is low."""
        doc = self.doc
        if a == 0 or not doc.narrative(a - 1) or doc.words[a - 1] not in {".", "!"}:
            return None
        if self._cue_in_paragraph(a):
            return None  # `"Oh, my God," a young woman exclaimed`: someone else's words
        lo = doc.sent_start(a - 1)
        m = known_subject(doc, self.table, past_intro(doc, lo, a - 1), a - 1)
        if m is None:
            return None
        att = self._resolved(m, "", "continued")
        if att.entity is None or not att.entity.spoke or att.entity.kind != "person":
            return None
        basis = f"{att.speaker}, whom the paragraph before is about"
        return replace(
            att, cue="", via="continued", evidence="continued", confidence="low", basis=basis
        )

    def _cue_in_paragraph(self, a: int) -> bool:
        """A speech verb anywhere in the narrative of token `a`'s paragraph."""
        doc = self.doc
        end = bisect_right(doc.para, doc.para[a], a)
        return any(doc.narrative(t) and cue_at(doc, t) for t in range(a, end))

    def _cue_earlier_in_paragraph(self, a: int) -> Attribution | None:
        doc = self.doc
        lo = doc.sent_start(a)
        if lo == 0 or doc.para[lo - 1] != doc.para[a]:
            return None
        before = doc.sent_start(lo - 1)
        return self._continued_cue(before, lo) or self._belief_before(before, lo)

    def _belief_before(self, lo: int, end: int) -> Attribution | None:
        """`Palermo also believes the market has room to grow. "Exports look cheap."`: a
        quotation standing alone after a sentence that gives someone's view goes on giving
        it, as after a speech verb; reported as carried on, never as named at a cue."""
        doc = self.doc
        for c in range(lo + 1, end):
            if doc.lows[c] in BELIEF_VERBS and doc.narrative(c):
                m = parse_back(doc, c - 1, lo)
                if m is not None and m.kind in {"name", "pronoun"} and m.first <= lo + 2:
                    return _continue(self._resolved(m, doc.words[c], "before"))
                return None
        return None

    def _continued_cue(self, lo: int, end: int) -> Attribution | None:
        """The speaker a cue in `[lo, end)` names, reported as continuing."""
        att = self._cue_in(lo, end, lo)
        return _continue(att) if att is not None else None

    def _resolved(self, m: Mention, cue: str, via: str) -> Attribution:
        doc = self.doc
        text = doc.text[doc.starts[m.first] : doc.ends[m.last]]
        ent = self.resolver.resolve(m)
        if ent is None:
            return Attribution(text, cue, None, None, via)
        generation = _generation_before(doc, m)
        namesake = bool(generation) and not _generation_of(ent)
        if namesake:
            ent = self._of_generation(m, generation) or ent
        evidence, confidence, basis = self._evidence(m, text, ent.name, via)
        if namesake and not _generation_of(ent):
            confidence = "low"
            basis = f"{text} → {ent.name}? (the {generation} of that name)"
        named = m.kind == "name"
        back = None if named else self.resolver.antecedent_written()
        return Attribution(text, cue, ent, ent.name, via, evidence, confidence, basis, back, named)

    def _evidence(
        self, m: Mention, text: str, name: str, via: str
    ) -> tuple[Evidence, Confidence, str]:
        """How sure the speaker is, in the words a reader checks it by.

        A name at the cue is as good as the text; a pronoun or description is
        only as good as the link back to its name, which weakens with distance
        and is weakest when nearness alone made it; a subject with no speech
        verb is a guess from the sentence's shape.
        """
        if via == "subject":
            return "subject", "low", f"{name}, the sentence's subject (no speech verb)"
        if m.kind == "name" and self.resolver.shared:
            return "named", "medium", f"{text} → {name}, the first of two named at the cue"
        if m.kind == "name":
            return "named", "high", f"{name}, named at the cue"
        r = self.resolver
        back = self._distance(r.antecedent, m.first)
        basis = f"{text} → {name}{back}"
        if m.kind == "pronoun":
            near = (
                r.antecedent is not None
                and self.doc.sent[m.first] - self.doc.sent[r.antecedent] <= 2
            )
            return "pronoun", "medium" if near else "low", basis
        if not r.tied:
            return "description", "low", f"{basis} (the nearest fit, not tied by the text)"
        return "description", "medium", basis

    def _of_generation(self, m: Mention, generation: str) -> Entity | None:
        """`His son Robert Hale Jr. ... said the younger Mr. Hale`: the one person of
        that surname the article names with the generation meant."""
        marks = _ELDER_MARKS if generation in _ELDER else _YOUNGER_MARKS
        surname = m.name[-1].lower() if m.name else ""
        found = [
            e
            for e in self.table.entities
            if _generation_of(e) in marks and surname in (t.lower() for t in e.tokens[:-1])
        ]
        return found[0] if len(found) == 1 else None

    def _distance(self, antecedent: int | None, tok: int) -> str:
        if antecedent is None:
            return ""
        doc = self.doc
        if antecedent > tok:
            return ", named later"
        sentences = doc.sent[tok] - doc.sent[antecedent]
        if sentences == 0:
            return ", same sentence"
        return f", {sentences} sentence{'s' if sentences > 1 else ''} earlier"


_GROUP_NOUNS = GROUPS | UNNAMED_SOURCES


_THAT = frozenset({"that", "this", "such", "so"})
_BE = frozenset({"was", "is", "were", "are"})
_VERDICTS = word_set(
    """verdict view message warning assessment conclusion judgment judgement words
    reaction response opinion prediction advice promise answer reply plea"""
)
"""What a sentence after a pull quote calls it (`That was the verdict of ...`)."""


_PLACING = frozenset({"in", "at", "on", "during", "to", "with", "from", "after", "before"})
"""Words after a cue that open where or when it was said, not who said it."""


_YOUNGER = frozenset({"younger", "youngest", "junior"})
_ELDER = frozenset({"elder", "older", "eldest", "oldest", "senior"})
_YOUNGER_MARKS = frozenset({"jr", "ii", "iii", "iv"})
_ELDER_MARKS = frozenset({"sr"})


def _generation_before(doc: TextDoc, m: Mention) -> str:
    """`the younger Mr. Trump`: a name told apart from a namesake of another generation
    (the word, or empty)."""
    if m.kind != "name" or m.first < 2 or doc.lows[m.first - 2] != "the":
        return ""
    word = doc.lows[m.first - 1]
    return word if word in _YOUNGER or word in _ELDER else ""


def _generation_of(ent: Entity) -> str:
    """`jr` for `Donald Trump Jr`, empty for a name with no generation."""
    last = ent.tokens[-1].lower().rstrip(".") if ent.tokens else ""
    return last if last in _YOUNGER_MARKS or last in _ELDER_MARKS else ""


def _set_in_place(doc: TextDoc, t: int) -> bool:
    """`said in an interview with The Washington Post`: a phrase opened by a preposition
    after the cue places the saying; the name in it is not the cue's inverted subject."""
    return t < doc.n and doc.lows[t] in _PLACING


def _reported_it(doc: TextDoc, m: Mention, lo: int) -> bool:
    """`Obama said it would tell an American story, one of "..."`: an "it" right after
    a speech verb is what the speaker talks about, and a verb it takes ("tell",
    "show") is no one speaking; the quotation goes to the cue before it. (A company's
    "it said" opening its own clause still speaks.)"""
    if m.kind != "pronoun" or doc.lows[m.first] != "it":
        return False
    return _reports(doc, m, lo)


def _reports(doc: TextDoc, m: Mention, lo: int) -> bool:
    """A speech verb (and `that`) just before the mention: the mention opens a clause
    that the verb reports."""
    k = m.first - 1
    if k > lo and doc.lows[k] == "that":
        k -= 1
    return k >= lo and doc.narrative(k) and bool(cue_at(doc, k))


def _told_of(doc: TextDoc, m: Mention, after: int, a: int, lo: int) -> bool:
    """`Trump said that Romney begged him for an endorsement and "would have dropped
    to his knees"`: Trump is telling what Romney did, and the quotation, a further
    thing told after `and`, is Trump's account, not Romney's words. (When the inner
    verb takes the quotation itself, `the Times said an official called it "..."`,
    the inner speaker is quoted.)"""
    if doc.lows[m.first - 1 : m.first] != ["that"] or not _reports(doc, m, lo):
        return False
    return any(doc.lows[t] in _JOINS and doc.narrative(t) for t in range(after, a))


def _continue(att: Attribution) -> Attribution:
    if att.speaker is None:
        return Attribution(att.mention, att.cue, None, None, "continued")
    confidence: Confidence = "low" if att.confidence == "low" else "medium"
    basis = att.basis[len(_CARRIED) :] if att.basis.startswith(_CARRIED) else att.basis
    return replace(
        att, via="continued", evidence="continued", confidence=confidence, basis=_CARRIED + basis
    )


_CARRIED = "carried from an earlier quote: "
_JOINS = frozenset({"and", "but"})
_PERSONAL = frozenset({"he", "she"})
_REPORT_TAIL = 5
"""Words a cue after a closed quotation may take before its sentence ends."""
_REPORTED_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})
"""A subject pronoun just after a cue opens the clause it reports."""
_HEADLINE_CUES = frozenset({"says", "said", "tells", "told", "warns", "urges", "vows"})
"""Speech verbs a title-case line writes with a capital."""
_OUTLET_SMALL = frozenset({"the", "of", "and", "&", "for", "on", "in", "."})
_ROLE_LEAD = frozenset({"former", "then", "the", "a", "an", "state", "acting", "late"})
"""Lower-case words a role may open with between a clause's opener and its subject."""
SUBORDINATORS = frozenset(
    {
        "when",
        "while",
        "after",
        "before",
        "because",
        "since",
        "although",
        "though",
        "if",
        "once",
        "whereas",
        "as",
    }
)
"""Words opening a clause that sets the scene for the sentence's main clause."""
