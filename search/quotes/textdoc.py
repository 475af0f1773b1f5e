"""One article as tokens, sentences and quotation ranges, for the attribution rules.

Attribution rules look at the words just before and after a quotation, within
its sentence, and at what came earlier in the article. Tokenising once and
keeping parallel lists (offsets, lower-cased words, sentence and paragraph
numbers, which quotation a token belongs to) keeps those look-ups cheap.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from .lexicon import ABBREVIATIONS
from .marks import QuoteSpan
from .names import WORD_RE

_MARKS = frozenset("\"“”„'")
_ENDS = frozenset(".?!")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "it", "i"})


class TextDoc:
    """Tokens of the article's prose segments with sentence and quotation structure."""

    def __init__(
        self,
        text: str,
        segments: list[tuple[int, int]],
        spans: list[QuoteSpan],
        headlines: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        matches = []
        self.para: list[int] = []
        index, last_end = -1, -1
        for s, e in segments:
            if not (0 <= last_end < s and "\n" not in text[last_end:s]):
                index += 1  # a piece cut out inside a line (`<B>Ann Lee</B> said`) joins it
            found = list(WORD_RE.finditer(text, s, e))
            matches.extend(found)
            self.para.extend([index] * len(found))
            last_end = e
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        self.words = [m.group() for m in matches]
        self.lows = [w.lower() for w in self.words]
        self.n = len(self.words)
        self.caps = [w[0].isupper() and (len(w) > 1 or w.isalpha()) for w in self.words]
        self._written: set[str] | None = None
        self.quote_of = [-1] * self.n
        self.quote_toks: list[tuple[int, int]] = []
        self._mark_quotes(spans)
        self.sent = self._sentences(spans)
        self.headline_paras = self._within(headlines)
        """Paragraphs the article gives as its headline: their capitals name no one."""
        self.dateline_end = self._dateline_end()
        """Tokens before this are the wire dateline (`CHICAGO, March 17 -`): a place and
        a day, never anyone who speaks or whom a pronoun points back at."""
        self._sent_start: dict[int, int] = {}
        prev = -1
        for i, sid in enumerate(self.sent):
            if sid != prev:
                self._sent_start[sid] = i
                prev = sid

    def _within(self, ranges: Sequence[tuple[int, int]]) -> set[int]:
        """Paragraphs whose every word lies inside one of `ranges`."""
        if not ranges:
            return set()
        inside: dict[int, bool] = {}
        for t in range(self.n):
            hit = any(s <= self.starts[t] < e for s, e in ranges)
            inside[self.para[t]] = inside.get(self.para[t], True) and hit
            if self.starts[t] >= ranges[-1][1] and not hit:
                break
        return {p for p, yes in inside.items() if yes}

    def _dateline_end(self) -> int:
        words = self.words
        s = 0
        while s < self.n and self.para[s] in self.headline_paras:
            s += 1  # the dateline opens the story, under its headline
        if s >= self.n or not (words[s].isupper() and words[s].isalpha() and len(words[s]) > 2):
            return 0
        for t in range(s + 1, min(self.n, s + 12)):
            if self.para[t] != self.para[s]:
                return 0
            if words[t] in {"-", "—", "–", "--"} and (
                words[t - 1].isdigit() or words[t - 1] == ")"
            ):
                return t + 1  # "SAN ANTONIO, TEXAS, March 31 -", "WASHINGTON (Reuters) -"
            if words[t].isalpha() and words[t].islower():
                return 0
        return 0

    def _mark_quotes(self, spans: list[QuoteSpan]) -> None:
        for q, span in enumerate(spans):
            stop = span.close_end if span.close_end is not None else span.end
            a = bisect_left(self.starts, span.open_mark)
            b = bisect_left(self.starts, stop) - 1
            a = max(0, min(a, self.n - 1))
            for i in range(a, b + 1):
                self.quote_of[i] = q
            self.quote_toks.append((a, max(a, b)))

    def _sentences(self, spans: list[QuoteSpan]) -> list[int]:
        """Sentence number of every token; only punctuation, marks and paragraph ends can split."""
        words, para, quote_of = self.words, self.para, self.quote_of
        candidates = [
            i
            for i in range(self.n - 1)
            if words[i] in _ENDS
            or para[i + 1] != para[i]
            or (quote_of[i] >= 0 and quote_of[i + 1] != quote_of[i])
        ]
        sent = [0] * self.n
        sid, prev = 0, 0
        for i in candidates:
            if self._boundary_after(i, spans):
                sent[prev : i + 1] = [sid] * (i + 1 - prev)
                sid, prev = sid + 1, i + 1
        sent[prev:] = [sid] * (self.n - prev)
        return sent

    def _boundary_after(self, i: int, spans: list[QuoteSpan]) -> bool:
        if self.para[i + 1] != self.para[i]:
            return True
        nxt = self.words[i + 1]
        if not (nxt[0].isupper() or nxt[0].isdigit() or nxt in _MARKS):
            return False
        q = self.quote_of[i]
        if q >= 0:
            if self.quote_toks[q][1] != i or self.quote_of[i + 1] == q:
                return False
            inner = self.text[spans[q].start : spans[q].end].rstrip()
            return bool(inner) and inner[-1] in _ENDS
        if self.words[i] not in _ENDS:
            return False
        if self.lows[i + 1] in _SUBJECT_PRONOUNS:
            return True  # "in the U.S. He says": a pronoun never continues an abbreviation
        return not (self.words[i] == "." and i > 0 and self._abbrev(i - 1))

    def _abbrev(self, i: int) -> bool:
        w = self.words[i]
        if self.ends[i] != self.starts[i + 1]:
            return False
        return self.lows[i] in ABBREVIATIONS or (len(w) == 1 and w.isupper()) or "." in w

    @property
    def written(self) -> set[str]:
        """Every word as the article writes it (its case kept), built on first use."""
        if self._written is None:
            self._written = set(self.words)
        return self._written

    def sent_start(self, i: int) -> int:
        return self._sent_start[self.sent[i]]

    def is_cap(self, i: int) -> bool:
        return self.caps[i]

    def narrative(self, i: int) -> bool:
        return self.quote_of[i] < 0
