"""The query language: what a user may type, and how it becomes a Whoosh query.

Kept apart from `library` (which runs searches) because both the search box's
error messages and the query planning read these rules.
"""

from __future__ import annotations

import datetime as dt
import re

from whoosh import query as query_mod
from whoosh.qparser import Plugin, syntax
from whoosh.qparser.dateparse import English
from whoosh.qparser.plugins import PhrasePlugin
from whoosh.util.times import timespan

from .sortdays import typed_span

FIELDS = ("title", "text", "quote", "speaker", "author", "source", "date", "mentions")
"""Fields a user may name in a query (`speaker:starmer`, `date:[2026-01-01 TO 2026-01-31]`).

`date:` is when an article was published; `mentions:` the dates its text
mentions, as the timeline shows them. No document has a `mentions` field:
`mentions_as_terms` stands in for it before Whoosh reads the query.
"""


ARTICLE_FIELDS = ("title", "text")


QUOTE_FIELDS = ("quote", "speaker")
"""Free words in the quotes scope: what was said, or who said it ("kendall" lists her
quotes and those naming her); a phrase in quotation marks is words said only (see
`PhrasesAreWordsSaid`)."""


class PhrasesAreWordsSaid(Plugin):
    """In the quotes scope, `"jane doe"` is words someone said, never a speaker's name.

    Quotation marks ask for exact words, and the words of a quote are what the
    quotes scope holds: looked up among names too, the phrase listed every quote
    of hers, none of which says "Jane Doe". Who said it is `speaker:"jane doe"`.
    """

    def filters(self, parser) -> list:
        # After explicit fields are set (100), before free words go to every field (110).
        return [(self._to_quote, 105)]

    def _to_quote(self, parser, group: syntax.GroupNode) -> syntax.GroupNode:
        for i, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                group[i] = self._to_quote(parser, node)
            elif isinstance(node, PhrasePlugin.PhraseNode) and node.fieldname is None:
                node.set_fieldname("quote")
        return group


DATE_FIELD = {"article": "date", "quote": "qdate"}
"""The date field each kind is filtered on; all kinds sort on the `sortday` column."""


OWN_FIELDS = {
    "article": {"title", "text", "date", "author"},
    "quote": {"quote", "speaker", "qdate"},
}
"""Fields only documents of that kind carry: a query within them needs no `kind` term."""


_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}

FILTER_FIELDS = ("speaker", "author", "source", "date", "mentions")
"""Fields that narrow what is searched rather than name words to find."""

_FILTER = re.compile(r"\b(" + "|".join(FILTER_FIELDS) + r'):(\[[^\]]*\]|"[^"]*"|\S+)')


def split_filters(query: str) -> tuple[str, list[tuple[str, str]]]:
    """A query's words apart from its filters (`date:[… TO …]`, `source:…`).

    Front ends show them apart, so a reader can see at a glance what a date
    range or an outlet has narrowed the search to.

    Returns:
        The words left once the filters are taken out, and each filter as
        (field, value), a range's brackets and `TO` put in words.
    """
    filters = []
    for match in _FILTER.finditer(query):
        value = match.group(2).strip('"')
        if value.startswith("["):
            value = _range_in_words(value)
        filters.append((match.group(1), value))
    return " ".join(_FILTER.sub(" ", query).split()), filters


def _range_in_words(value: str) -> str:
    low, _, high = (end.strip() for end in value.strip("[]").partition(" TO "))
    low, high = ("" if end == "*" else end for end in (low, high))
    if low and high:
        return f"{low} to {high}"
    return f"from {low}" if low else f"until {high}"


def check_syntax(query: str) -> str | None:
    """Name the first problem in a query, in words, or None when it reads well.

    Whoosh's parser forgives nearly everything (an unclosed quote quietly
    becomes a word), which hides a user's typo; these checks catch what a
    person would call a mistake before Whoosh guesses.
    """
    if query.count('"') % 2:
        return 'unclosed quote: a phrase needs a closing "'
    depth = 0
    for char in query:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return "a ) closes a group that was never opened"
    if depth:
        return "unclosed ( : a group needs a closing )"
    if query.count("[") != query.count("]"):
        return "unbalanced [ ]: a range reads field:[low TO high]"
    bare = _outside_quotes(query)
    return (
        _check_words(bare.split())
        or _check_operators(_TOKEN.findall(bare))
        or _unreadable_dates(query)
        or _inverted_range(query)
        or _unreadable_mentions(query)
    )


_DATE_VALUE = re.compile(r'\bdate:(\[[^\]]*\]|"[^"]*"|[^\s()]+)', re.IGNORECASE)


def _unreadable_dates(query: str) -> str | None:
    """A `date:` value that names no day, which Whoosh would quietly match nothing with.

    `date:2026-02-30` or `date:garbage` read as "0 results", as if no article
    were published then; a range with an unreadable end failed with Python's
    own words. Both are refused as `mentions:notadate` is.
    """
    for match in _DATE_VALUE.finditer(_outside_phrases(query)):
        value = match.group(1).strip('"')
        ends = _range_ends(value) if value.startswith("[") else (value.lstrip("<>="),)
        for end in ends:
            if end not in ("", "*") and _day_span(end) is None:
                where = f" in {match.group(1)}" if value.startswith("[") else ""
                return f"date: cannot read {end} as a date{where}"
    return None


def _range_ends(value: str) -> tuple[str, str]:
    """The two ends of `[low TO high]`, either of which may be left out (`[2024-03-01 TO]`)."""
    match = _RANGE_ENDS.fullmatch(value.strip("[]").strip())
    return (match.group(1), match.group(2)) if match else (value.strip("[]").strip(), "")


_RANGE_ENDS = re.compile(r"(.*?)\s*\bTO\b\s*(.*)")


def _outside_phrases(query: str) -> str:
    """The query without its quoted phrases, keeping a field's own quoted value."""
    return _PHRASE_NOT_VALUE.sub(" ", query)


_PHRASE_NOT_VALUE = re.compile(r'(?<!:)"[^"]*"')


def _inverted_range(query: str) -> str | None:
    """A date range that ends before it starts, which Whoosh would quietly swap.

    `--from` after `--to` is refused on the command line; the same range
    typed in a query is refused alike, so neither way round is guessed at.
    Ends without a year (`[march TO feb]`) are left to Whoosh, which reads
    them as running across a new year.
    """
    for match in _DATE_RANGE.finditer(query):
        low, high = match.group(1).strip(), match.group(2).strip()
        if not (_YEAR.search(low) and _YEAR.search(high)):
            continue
        start, end = _day_span(low), _day_span(high)
        if start and end and start[0] > end[1]:
            return f"the date range runs backwards: {low} is after {high}"
    return None


_DATE_RANGE = re.compile(r"\b(?:date|mentions):\[([^\]]*?)\s+TO\s+([^\]]*)\]", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")
_DATES = English()


def _day_span(text: str) -> tuple[dt.datetime, dt.datetime] | None:
    """The first and last instant a written date covers, as the query parser reads it."""
    try:
        found = _DATES.date_from(text)
    except Exception:  # Whoosh's date grammar raises on odd input; the parser reports it
        return None
    if isinstance(found, timespan):
        return found.start, found.end
    return (found, found) if isinstance(found, dt.datetime) else None


_MENTIONS = re.compile(r'\bmentions:(\[[^\]]*\]|"[^"]*"|[^\s()]+)', re.IGNORECASE)
MENTIONS_TERM = "__mentions_{}_{}__"
"""The stand-in for a `mentions:` filter: an `article_id` no article has, naming
the first and last day as yyyymmdd (0 for an open start, 99999999 for an open end)."""
_MENTIONS_TERM = re.compile(r"^__mentions_(\d+)_(\d+)__$")


def _mentions_days(value: str) -> tuple[dt.date | None, dt.date | None] | None:
    """The first and last day a `mentions:` value covers; None when it is no date."""
    value = value.strip('"')
    if value.startswith("["):
        low, high = _range_ends(value)
    else:
        low = high = value
    days: list[dt.date | None] = []
    for end, which in ((low, 0), (high, 1)):
        if end in ("", "*"):
            days.append(None)
            continue
        span = typed_span(end) or _day_span(end)
        if span is None:
            return None
        day = span[which]
        days.append(day.date() if isinstance(day, dt.datetime) else day)
    return days[0], days[1]


def mentioned_ranges(query: str) -> list[tuple[dt.date | None, dt.date | None]]:
    """The days each readable `mentions:` filter of a query covers (None: an open end)."""
    found = (_mentions_days(m.group(1)) for m in _MENTIONS.finditer(query))
    return [days for days in found if days is not None]


def _unreadable_mentions(query: str) -> str | None:
    for match in _MENTIONS.finditer(query):
        if _mentions_days(match.group(1)) is None:
            return f"mentions: cannot read {match.group(1)} as a date or a date range"
    return None


def mentions_as_terms(query: str) -> str:
    """Each `mentions:` filter as an `article_id:` stand-in that carries its days.

    Whoosh can only read fields its schema has; the library swaps each
    stand-in for the articles that mention a date in those days.
    """

    def stand_in(match: re.Match[str]) -> str:
        days = _mentions_days(match.group(1))
        if days is None:
            return match.group(0)
        low, high = days
        first = low.year * 10000 + low.month * 100 + low.day if low else 0
        last = high.year * 10000 + high.month * 100 + high.day if high else 99_999_999
        return "article_id:" + MENTIONS_TERM.format(first, last)

    return _MENTIONS.sub(stand_in, query)


def mentions_days(node: query_mod.Query) -> tuple[int, int] | None:
    """The yyyymmdd bounds a `mentions_as_terms` stand-in carries, or None for any other node."""
    if not isinstance(node, query_mod.Term) or node.fieldname != "article_id":
        return None
    match = _MENTIONS_TERM.match(str(node.text))
    return (int(match.group(1)), int(match.group(2))) if match else None


def signs_as_operators(query: str) -> str:
    """`-grok` and `+ofcom` as most search boxes read them: without, and with.

    Whoosh's parser takes the sign for punctuation, so `ofcom -grok` found
    the articles holding both words: the very ones the user meant to leave
    out. A sign counts at the start of a word outside quotes; a hyphen inside
    a word or a date (`co-op`, `2026-01-31`) is no sign.
    """
    out: list[str] = []
    quoted = False
    for n, char in enumerate(query):
        if char == '"':
            quoted = not quoted
        starts_word = n == 0 or query[n - 1].isspace() or query[n - 1] == "("
        follows = query[n + 1 : n + 2]
        if char in "+-" and not quoted and starts_word and (follows.isalnum() or follows in '"('):
            out.append("NOT " if char == "-" else "")
            continue
        out.append(char)
    return "".join(out)


def hyphenated_as_phrases(query: str) -> str:
    """`year-end` as the phrase "year end", as the words stand in the text.

    Whoosh's parser split it into two words to be found anywhere: `year-end`
    found 1,712 Reuters articles where 468 say it, and `oil -year-end` left
    out oil stories that only held "year" and "end" apart. Words in quotes,
    patterns (`co-op*`) and values with digits (dates, weeks) are left as written.
    """
    parts = query.split('"')
    for n in range(0, len(parts), 2):  # outside quotes
        parts[n] = _HYPHENATED.sub(r'\1"\2"', parts[n])
    return '"'.join(parts)


_HYPHENATED = re.compile(r"(?<![\w\-.])((?:\w+:)?)([^\W\d_]+(?:-[^\W\d_]+)+)(?![\w\-*?~])")


def open_ends(query: str) -> str:
    """`date:[2026-01-01 TO *]` as Lucene and most search boxes write an open end.

    Whoosh spells it `[2026-01-01 TO]` and reads `*` as a date it cannot parse.
    """
    return _OPEN_HIGH.sub(r"\1]", _OPEN_LOW.sub("[TO", query))


_OPEN_LOW = re.compile(r"\[\s*\*\s+TO\b")
_OPEN_HIGH = re.compile(r"(\bTO)\s+\*\s*\]")


def _outside_quotes(query: str) -> str:
    """The query with each quoted phrase as one placeholder word.

    A phrase stays a value, so `title:"act together"` reads as a field with
    a value and a quoted `AND` is no operator.
    """
    return _PHRASE.sub(" _ ", _FIELD_PHRASE.sub(r"\1_", query))


_FIELD_PHRASE = re.compile(r'(\w:)"[^"]*"')
_PHRASE = re.compile(r'"[^"]*"')


def _check_words(words: list[str]) -> str | None:
    if words and words[0] in _OPERATORS - {"NOT"}:
        return f"{words[0]} at the start needs a term before it"
    if words and words[-1] in _OPERATORS:
        return f"{words[-1]} at the end needs a term after it"
    for word in words:
        if problem := _too_fuzzy(word):
            return problem
        name, sep, value = word.lstrip("(+-").partition(":")
        if not sep or not name.isidentifier():
            continue
        if name not in FIELDS and name != "kind":
            return f"unknown field '{name}:' (fields: {', '.join(FIELDS)})"
        if not value:
            return f"'{name}:' needs a value after the colon"
    return None


_TOKEN = re.compile(r"[()]|[^\s()]+")
_JOINING = _OPERATORS - {"NOT"}


def _check_operators(tokens: list[str]) -> str | None:
    """Operators with nothing between them, and groups with nothing inside.

    Whoosh reads `coffee OR OR tea` as both words, and `()` as a search that
    finds nothing: a doubled operator, typed or pasted, would quietly turn
    "either word" into "both words" behind a plausible short list.
    """
    for n, token in enumerate(tokens):
        before = tokens[n - 1] if n else ""
        after = tokens[n + 1] if n + 1 < len(tokens) else ""
        if token == "(" and after == ")":
            return "empty group (): a group needs a term inside it"
        if token in _JOINING and before == "(":
            return f"{token} after ( needs a term before it"
        if token in _OPERATORS and after == ")":
            return f"{token} before ) needs a term after it"
        if (token in _JOINING and before in _OPERATORS) or token == before == "NOT":
            return f"{before} {token}: two operators in a row need a term between them"
    return None


_LOWERCASE_OPERATORS = frozenset({"or", "and", "not"})


def words_like_operators(query: str) -> str | None:
    """Say that a lowercase `or` between words was searched as a word.

    As in Google and Lucene, operators are upper case, so "to be or not to be"
    stays words; but `cocoa or tea` then finds the articles holding all three
    words, which a user who meant either word would never guess from the count.
    """
    tokens = _TOKEN.findall(_outside_quotes(query))
    for before, token, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if token.lower() not in _LOWERCASE_OPERATORS or token.isupper():
            continue
        if before in _OPERATORS or before == "(" or after in _OPERATORS or after == ")":
            continue
        return f'"{token}" was searched as a word; the operator is {token.upper()}'
    return None


MAX_EDITS = 2
"""The most edits a near spelling (`word~N`) may allow.

Three edits turn "oil" into "tax" or "bid": a search that finds nearly every
short word is no search, and it walks the whole lexicon.
"""

_FUZZY = re.compile(r"([^\s~:()]+)~(\d+)")


_FRACTIONAL = re.compile(r"([^\s~:()]*)~(\d*\.\d+)")


def _too_fuzzy(word: str) -> str | None:
    if fraction := _FRACTIONAL.search(word):
        # Whoosh reads `cocoa~1.5` as `cocoa~1` and a word ".5": neither was asked for.
        term = fraction.group(1)
        if term in ("", "_"):
            return f"~{fraction.group(2)}: how far apart a phrase's words may be is a whole number"
        return (
            f"{term}~{fraction.group(2)}: a near spelling takes a whole number of edits"
            f" ({term}~1 or {term}~2)"
        )
    match = _FUZZY.search(word)
    if not match or match.group(1) == "_" or int(match.group(2)) <= MAX_EDITS:
        return None  # "_" stands for a phrase, whose ~N is how far apart its words may be
    term = match.group(1)
    return f"{term}~{match.group(2)}: a near spelling allows at most {MAX_EDITS} edits ({term}~{MAX_EDITS})"


def is_single_word(parsed: query_mod.Query) -> bool:
    """One word or prefix, perhaps looked up in several fields: Whoosh estimates its count well."""
    leaves = list(parsed.leaves()) if not parsed.is_leaf() else [parsed]
    kinds = (query_mod.Term, query_mod.Prefix)
    if not leaves or not all(isinstance(leaf, kinds) for leaf in leaves):
        return False
    if not parsed.is_leaf() and not isinstance(parsed, query_mod.Or):
        return False
    return len({leaf.text for leaf in leaves}) == 1


def needs_kind_term(parsed: query_mod.Query, kind: str) -> bool:
    """Whether a query could match documents of another kind without a `kind:` term."""
    if isinstance(parsed, query_mod.Every):
        return True
    stack = [parsed]
    while stack:
        node = stack.pop()
        if isinstance(node, query_mod.Not):
            return True  # "NOT x" matches every other document, of any kind
        if node.is_leaf():
            if getattr(node, "fieldname", None) not in OWN_FIELDS[kind]:
                return True
        else:
            stack.extend(node.children())
    return False


def restricted(parsed: query_mod.Query, restrict: list[query_mod.Query]) -> query_mod.Query:
    if isinstance(parsed, query_mod.Every):
        return query_mod.And(restrict)
    return query_mod.And([parsed, *restrict]) if restrict else parsed


def fuzzy_needs_first_letter(parsed: query_mod.Query) -> query_mod.Query:
    """Fuzzy terms keep their first letters fixed and forgive a swap.

    Whoosh otherwise compares the word with every term in the lexicon (about
    a second at 20k articles); typos in the first letter are rare.
    """
    for leaf in parsed.leaves():
        if isinstance(leaf, query_mod.FuzzyTerm) and leaf.prefixlength == 0:
            leaf.prefixlength = 2
    return parsed.accept(_with_swaps)


def _with_swaps(node: query_mod.Query) -> query_mod.Query:
    """A fuzzy word also matches its neighbours swapped (`stramer~` finds starmer).

    Whoosh counts a swap as two edits, while it is the commonest typo of all.
    """
    if not isinstance(node, query_mod.FuzzyTerm) or not isinstance(node.text, str):
        return node
    word = node.text
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    swaps.discard(word)
    if not swaps:
        return node
    return query_mod.Or([node, *(query_mod.Term(node.fieldname, w) for w in sorted(swaps))])


def date_range(
    date_from: dt.date | None, date_to: dt.date | None, field: str = "date"
) -> query_mod.Query:
    """Whole days, both ends included."""
    low = dt.datetime.combine(date_from, dt.time.min) if date_from else None
    high = dt.datetime.combine(date_to, dt.time.max) if date_to else None
    return query_mod.DateRange(field, low, high)
