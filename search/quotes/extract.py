"""Direct quotations in an article and who said them.

`extract_quotes` pairs quotation marks paragraph by paragraph (`marks`),
then attributes each quotation from the words around it and what the article
said before (`attribution`). Boilerplate (bylines, "Read more:", photo credits,
subheadings) is skipped; a headline is read like any paragraph, since a quoted
headline counts when its speaker can be found.

Articles without a single quotation mark return at once, which keeps indexing
wire copy (mostly unquoted) fast.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import accumulate

from ..models import Article, Quote
from .attribution import Attribution, Attributor
from .lexicon import CUE_VERBS
from .marks import MARK_RE, MIN_WORDS, QuoteSpan, find_quote_spans, word_count
from .names import word_set
from .recase import recased
from .textdoc import TextDoc

SKIPPED_LABELS = frozenset(
    {"read-more", "photo-credit", "byline", "boilerplate", "subheading", "embed"}
)
_LINE_RE = re.compile(r"[^\n]+")
_TAG_RE = re.compile(r"<[A-Za-z/!][^<>\n]{0,400}>")
_NAME_TAG_RE = re.compile(r"<[A-Z][\w&.,'’ -]*(?: [\w&.,'’-]+|[a-z][\w&.,'’-]*)>")
"""`<CMS Advertising Inc>`, `<Dart>`: wire copy marks a company's name with brackets; the
name is the article's own words (often a sentence's subject), not markup."""
_CAPS_TAG_RE = re.compile(r"<([A-Z][A-Z0-9.&-]*)>")
"""`<IBM>`, `<PBI.N>`: a company or its ticker in capitals, unless an HTML element."""
_HTML_ELEMENTS = word_set(
    """a abbr address area article aside audio b base bdi bdo big blockquote body br
    button canvas caption center cite code col colgroup data dd del details dfn dialog
    div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2
    h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main
    map mark meta nav nobr noscript object ol optgroup option p param picture pre q rp
    rt ruby s samp script section select small source span strike strong style sub
    summary sup table tbody td template textarea tfoot th thead time title tr track tt
    u ul var video wbr"""
)
_WORDS_RE = re.compile(r"[^\W_][\w'’-]*")
_NAMING_WORDS = frozenset(
    {"so-called", "called", "dubbed", "termed", "titled", "entitled", "named", "nicknamed"}
    | {"labelled", "labeled", "branded"}
)
_CUE_REACH = 5
"""Words after a short quotation its cue may come within (`," the foreign minister said`)."""
_TITLE_PLACES = frozenset({"on", "of", "in", "during", "a", "an", "the", "his", "her", "their"})
"""Words after which a capitalised run names something: `on "Face the Nation"`."""
_WORK_NOUNS = word_set(
    """book books show shows program programs programme series episode episodes broadcast
    film films movie movies song songs anthem album albums novel novels play column essay
    documentary podcast memoir"""
)
"""Nouns for a work, whose title follows them: `In his 2002 book, "Make Your Kid ..."`."""
_TITLE_SMALL = frozenset(
    {"of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "by", "with", "is", "or"}
)


def extract_quotes(article: Article) -> list[Quote]:
    """Every direct quotation, with its in-article speaker: three or more words, or
    fewer with a speech cue beside them."""
    text = article.text
    if MARK_RE.search(text) is None:
        return []
    cased = recased(text)
    if cased is not None:
        # all capitals or none: read with capitals put back, keep the article's words
        copy, named = cased
        quotes = _extract(replace(article, text=copy))
        return [_sure_or_none(replace(q, text=text[q.start : q.end]), named) for q in quotes]
    return _extract(article)


_SURE_IN_RECASED = frozenset({"named"})


def _sure_or_none(q: Quote, named: frozenset[str]) -> Quote:
    """A speaker read from capitals put back is kept only when named at the cue by
    words capitalised as a name: a word capitalised for opening a sentence ("Already")
    is no name, and a "he" may point past a name the lists did not know to one they
    did. Better no speaker than a wrong one."""
    if q.speaker is None:
        return q
    words = {w.casefold().rstrip(".") for w in q.speaker.split()}
    if q.evidence in _SURE_IN_RECASED and words <= named:
        return q
    return replace(
        q,
        speaker=None,
        speaker_kind="person",
        roles=(),
        evidence="none",
        confidence="none",
        basis="",
        antecedent=None,
    )


def _extract(article: Article) -> list[Quote]:
    text = article.text
    segments = prose_segments(article)
    spans = [
        span
        for span in find_quote_spans(text, segments, 1)
        if word_count(text, span) >= MIN_WORDS or _spoken_shape(text, span)
    ]
    if not spans:
        return []
    doc = TextDoc(text, segments, spans, headline_ranges(article))
    attributor = Attributor(doc, spans)
    results = attributor.attribute_all()
    return [
        _quote(article, span, att, attributor.partial(q))
        for q, (span, att) in enumerate(zip(spans, results, strict=True))
        if _kept(text, span, att)
    ]


def _kept(text: str, span: QuoteSpan, att: Attribution | None) -> bool:
    """A quoted title counts only when a speech cue attributes it (a slogan someone
    chanted or read); a quotation of one or two words only when the cue beside it
    attributes it."""
    if _title_in_place(text, span):
        return False
    cued = att is not None and bool(att.cue) and att.cue != "according to"
    if word_count(text, span) < MIN_WORDS:
        return cued and att.via in {"after", "before"}
    return cued or not _title_like(text[span.start : span.end])


def _title_in_place(text: str, span: QuoteSpan) -> bool:
    """`on CBS's "Face the Nation," Paul Ryan said`, `In his book, "Make Your Kid a
    Millionaire," he wrote`, `during a "Commander-in-Chief Forum"`: words in title case
    where a name stands (after a preposition, a possessive, a determiner or a noun for
    a work) are the title of a show, book or song, even with a speech verb near; a
    slogan someone chanted or a sign read (`chanting "Lock Her Up"`) follows a verb."""
    words = _WORDS_RE.findall(text, span.start, span.end)
    if not 1 <= len(words) <= 12 or not _title_case(words):
        return False
    before = _WORDS_RE.findall(text, max(0, span.open_mark - 40), span.open_mark)
    if not before:
        return False
    gap = text[_last_word_end(text, span.open_mark) : span.open_mark]
    if gap.strip() not in {"", ","}:
        return False
    last = before[-1].lower()
    if gap.strip() == ",":
        return last in _WORK_NOUNS
    return (
        last in _TITLE_PLACES
        or last in _WORK_NOUNS
        or last.endswith(("'s", "’s"))
        and before[-1][:1].isupper()
    )


def _title_case(words: list[str]) -> bool:
    """Every word capitalised but the small ones, and the first capitalised."""
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words)


def _last_word_end(text: str, end: int) -> int:
    """Where the last word before `end` ends (the marks between are the gap)."""
    k = end
    while k > 0 and not text[k - 1].isalnum():
        k -= 1
    return k


def _spoken_shape(text: str, span: QuoteSpan) -> bool:
    """A short quotation that opens its sentence with a speech verb just after it (`"We
    met," said Ann Lee`), or that a speech verb introduces with a colon or comma (`Bob Ray
    said: "Absolutely."`). A short run inside a sentence (`the so-called "peace
    dividend"`, `the show "Prison Break," Mr. Madden said`, `his "negatives," he called
    them`) is a title or a word held up; kept out of the quotations from the start, it
    stays part of the sentence it sits in."""
    if span.close_end is None or _named_as(text, span):
        return False  # unclosed: a run cut by markup (`"They <Dart> has been`) is no answer
    before = text[max(0, span.open_mark - 40) : span.open_mark].rstrip()
    if _cue_before(before, ":") or _cue_before(before, ","):
        return True
    after = span.close_end if span.close_end is not None else span.end
    closed = text[span.end - 1] in ",.!?" or text[after : after + 1] == ","
    opens = not before or before[-1] in ".!?:\n\"”'"
    following = _WORDS_RE.findall(text, after, after + 40)[:_CUE_REACH]
    return closed and opens and any(w.lower() in CUE_VERBS for w in following)


def _cue_before(before: str, mark: str) -> bool:
    """`Canova said, "No comment,"`, `Sanders replied: "No."`: a speech verb (or, before
    a colon, a name) and the mark just before the quotation; not `his resume: "..."`."""
    words = _WORDS_RE.findall(before[-30:])
    if not before.endswith(mark) or not words:
        return False
    return words[-1].lower() in CUE_VERBS or (mark == ":" and words[-1][0].isupper())


def _named_as(text: str, span: QuoteSpan) -> bool:
    """`the so-called "peace dividend"`, `a plan dubbed "Star Wars"`: a name, not speech."""
    before = _WORDS_RE.findall(text, max(0, span.open_mark - 30), span.open_mark)
    return bool(before) and before[-1].lower() in _NAMING_WORDS


def _title_like(quoted: str) -> bool:
    """`"Saturday Night Live"`, `"The Overthrow Show"`: a quoted title, not speech.

    Kept only when a speech cue attributes it (a slogan someone chanted or read).
    """
    words = _WORDS_RE.findall(quoted)
    if not 3 <= len(words) <= 12 or quoted.rstrip()[-1:] in {".", "?", "!", ","}:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words)


def prose_segments(article: Article) -> list[tuple[int, int]]:
    """Paragraph ranges with skipped boilerplate cut out, in text order."""
    text = article.text
    paras = [(p.start, p.end) for p in article.paragraphs]
    if not paras:
        paras = [(m.start(), m.end()) for m in _LINE_RE.finditer(text)]
    skips = [(b.start, b.end) for b in article.boilerplate if b.label in SKIPPED_LABELS]
    if "<" in text:
        # Attribute values in scraped markup (`<tweet author="...">`) are not quotations.
        tags = (m for m in _TAG_RE.finditer(text) if not _names_in_brackets(m.group()))
        skips += [(m.start(), m.end()) for m in tags]
    skips.sort()
    reach = list(accumulate((e for _, e in skips), max))
    out: list[tuple[int, int]] = []
    for start, end in _with_headlines(paras, headline_ranges(article)):
        out.extend(_cut(start, end, skips, bisect_right(reach, start)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def headline_ranges(article: Article) -> list[tuple[int, int]]:
    """Where the text gives the headline: the loader's, or the article's title opening it.

    A headline written as a sentence ("Understated Perez raises political profile.")
    capitalises its first word like any sentence, and one over two lines splits where
    its title does not; only matching the title shows it is no part of the story.
    """
    heads = [(b.start, b.end) for b in article.boilerplate if b.label == "headline"]
    top = _title_at_top(article.text, article.title)
    if top is not None and not any(s <= top[0] and top[1] <= e for s, e in heads):
        heads.append(top)
    return sorted(heads)


_TITLE_MAX = 300
_TITLE_ENDS = ".?!’'\"”»"
"""What may close a title as the text writes it: `‘Islamic Terrorist.’` for `‘Islamic Terrorist’`."""


def _title_at_top(text: str, title: str) -> tuple[int, int] | None:
    """The span of `title` opening `text`, its spacing and letter case aside."""
    letters = "".join(title.split()).rstrip(_TITLE_ENDS)
    if len(letters) < 8 or len(letters) > _TITLE_MAX:
        return None
    pattern = r"\s*".join(re.escape(ch) for ch in letters)
    m = re.compile(r"\s*(" + pattern + f")[{_TITLE_ENDS}]*", re.IGNORECASE).match(text)
    if m is None or (m.end() < len(text) and text[m.end()].isalnum()):
        return None
    return m.start(1), m.end()


def _names_in_brackets(tag: str) -> bool:
    """Whether a bracketed run is wire copy naming a company, kept as the article's words."""
    if _NAME_TAG_RE.fullmatch(tag):
        return True
    caps = _CAPS_TAG_RE.fullmatch(tag)
    return caps is not None and caps.group(1).lower() not in _HTML_ELEMENTS


def _with_headlines(
    paras: list[tuple[int, int]], headlines: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A headline run into the first paragraph is read as its own paragraph."""
    if not headlines:
        return paras
    out: list[tuple[int, int]] = []
    for start, end in paras:
        cuts = [h for h in headlines if start <= h[0] < end]
        for h_start, h_end in cuts:
            if h_start > start:
                out.append((start, h_start))
            out.append((h_start, min(h_end, end)))
            start = min(h_end, end)
        if start < end:
            out.append((start, end))
    return out


def _cut(start: int, end: int, skips: list[tuple[int, int]], first: int) -> list[tuple[int, int]]:
    """The paragraph less the skipped spans in it; `first` is the first skip reaching past
    `start`, so a long article's paragraphs are not each checked against every skip."""
    pieces = []
    for i in range(first, len(skips)):
        s, e = skips[i]
        if s >= end:
            break
        if e <= start:
            continue
        if s > start:
            pieces.append((start, s))
        start = max(start, e)
    if start < end:
        pieces.append((start, end))
    return pieces


def _quote(article: Article, span: QuoteSpan, att: Attribution | None, partial: bool) -> Quote:
    ent = att.entity if att is not None else None
    return Quote(
        article_id=article.id,
        start=span.start,
        end=span.end,
        text=article.text[span.start : span.end],
        speaker=att.speaker if att is not None else None,
        mention=att.mention if att is not None else None,
        cue=att.cue if att is not None else None,
        partial=partial,
        speaker_kind="organisation" if ent is not None and ent.kind == "organisation" else "person",
        roles=tuple(ent.roles) if ent is not None else (),
        evidence=att.evidence if att is not None else "none",
        confidence=att.confidence if att is not None else "none",
        basis=att.basis if att is not None else "",
        antecedent=att.antecedent if att is not None else None,
    )
