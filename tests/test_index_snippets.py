"""Snippets are the article's own words: every piece of one can be found in its article.

A fact-checker copies a snippet into a story, so between its "…" cut marks a
snippet may only differ from the article in whitespace, and its highlights are
spans over that text rather than markers inside it.
"""

from __future__ import annotations

import random
import re
import shutil

import pytest

from newsexplore.search import Library
from newsexplore.search.corpus import load_corpus

from .conftest import SEEDS

HOSTILE = {
    "punct.txt": "Title: Oil group fights back\nDate: 2004-11-02\nSource: Wire\n\n"
    "Shares in Yukos. fell again as Volcker's remarks spread; see http://evil.example/page "
    "for the notice.\n\n\tThe general\u00a0election  is  due,\n and ministers must act "
    'together now, said the board. "We will act together," said Mr. Volcker\'s aide.\n',
    "gaps.txt": "Title: The general election\nDate: 2005-05-05\n\n"
    "The general election (the first since 2001) came after weeks of campaigning:\n"
    "general election fever, election-night parties and a general strike. "
    + "Ordinary filler words make this article long enough to be cut. " * 12
    + "At the very end the general election result was read out.\n",
}


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("corpus")
    for path in SEEDS.iterdir():
        shutil.copy(path, folder / path.name)
    for name, text in HOSTILE.items():
        (folder / name).write_text(text)
    library = Library([folder], tmp_path_factory.mktemp("index"))
    for _ in library.update():
        pass
    articles = {a.id: a for load in load_corpus([folder]) for a in load.articles}
    return library, articles


def _queries(articles: dict) -> list[str]:
    """Queries of every kind, drawn from the articles' own words."""
    rng = random.Random(12)
    words = sorted({w for a in articles.values() for w in re.findall(r"[A-Za-z]{3,}", a.text)})
    picks = rng.sample(words, 12)
    queries = [*picks, *(f"{w[:4]}*" for w in picks[:6]), *(f"{w}~" for w in picks[6:10])]
    queries += [f"{a} OR {b}" for a, b in zip(picks[:4], picks[4:8], strict=True)]
    queries += [f"{a} NOT {b}" for a, b in zip(picks[8:12], picks[:4], strict=True)]
    for article in articles.values():
        tokens = article.text.split()
        for _ in range(3):
            i = rng.randrange(len(tokens) - 3)
            phrase = " ".join(re.sub(r"[^\w]", " ", t).strip() for t in tokens[i : i + 2])
            if phrase.strip():
                queries.append(f'"{" ".join(phrase.split())}"')
    queries += [
        '"general election"',
        "general election",
        '"act together"',
        'title:"general election"',
        "yukos",
        "volcker",
        "evil example",
        "text:ofcom",
        "speaker:starmer",
        "date:[2000-01-01 TO *] election",
        "grok OR (ofcom NOT musk)",
    ]
    return queries


def test_there_are_many_queries_of_every_kind(corpus) -> None:
    assert len(_queries(corpus[1])) >= 50


@pytest.mark.parametrize("scope", ["articles", "quotes"])
def test_every_snippet_piece_is_in_its_article(corpus, scope: str) -> None:
    library, articles = corpus
    checked = 0
    for query in _queries(articles):
        results = library.search(query, scope=scope, limit=50)
        assert results.error is None, query
        for hit in results.hits:
            flat = _flat(articles[hit.article_id].text)
            for piece in hit.snippet.text.split("…"):
                assert piece.strip() in flat, (query, piece)
            for start, end in hit.snippet.spans:
                assert re.fullmatch(r"\w+", hit.snippet.text[start:end]), (query, hit.snippet)
            checked += 1
    assert checked > (40 if scope == "articles" else 10)


def test_adjacent_matches_keep_their_space(corpus) -> None:
    library, _ = corpus
    for query in ('"general election"', "general election", '"act together"'):
        for hit in library.search(query, limit=10).hits:
            words = query.strip('"').split()
            assert " ".join(words) in hit.snippet.text.lower() or not hit.snippet.spans
            assert "".join(words) not in hit.snippet.text.lower()


def test_punctuation_after_a_match_stays_where_it_was(corpus) -> None:
    library, _ = corpus
    text = library.search("yukos volcker", limit=1).hits[0].snippet.text
    assert "Yukos. fell" in text and "Volcker's remarks" in text
    assert "http://evil.example/page" in text


def test_spans_cover_the_matched_words(corpus) -> None:
    library, _ = corpus
    snippet = library.search('"general election"', limit=10).hits[0].snippet
    found = [snippet.text[a:b].lower() for a, b in snippet.spans]
    assert found and set(found) <= {"general", "election"}
    assert [t for t, match in snippet.runs if match] == [
        snippet.text[a:b] for a, b in snippet.spans
    ]


def test_a_hit_counts_the_matches_the_reader_walks(corpus) -> None:
    """The result list's "N hits" is the number of places n / N visits in the article."""
    library, _ = corpus
    for query in ("general election", "volcker", "election"):
        for hit in library.search(query, limit=10).hits:
            assert hit.matches == len(library.match_spans(hit.article_id, query)) > 0, query


@pytest.mark.parametrize(
    ("query", "left_out"),
    [
        ('election -"general strike"', {"general", "strike"}),
        ("election NOT strike", {"strike"}),
        ("-strike", {"strike"}),
        ('-"general election"', {"general", "election"}),
    ],
)
def test_words_a_query_leaves_out_are_never_hits_or_highlights(
    corpus, query: str, left_out: set[str]
) -> None:
    """`-"general strike"` finds the articles without the phrase: its words in them are
    no hits to count, highlight or step through."""
    library, _articles = corpus
    hits = library.search(query, limit=50).hits
    assert hits
    for hit in hits:
        text = hit.snippet.text
        marked = {text[start:end].lower() for start, end in hit.snippet.spans}
        assert not marked & left_out, (hit.article_id, marked)
        if query.startswith("-"):
            assert hit.matches == 0, hit.article_id
        article = library.article(hit.article_id)
        spans = library.match_spans(hit.article_id, query)
        assert not {article.text[s.start : s.end].lower() for s in spans} & left_out


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Mr Uys said the uys and Uys' cries were heard as she cried.", {"ui", "cri"}),
        ("Happy traders, happier banks: the happiest day.", {"happi"}),
        ("I said it: ties, tie and tied. A d-mark, D day.", {"i", "ti", "d"}),
        ("İstanbul and Istanbul, the ISTANBUL bourse.", {"istanbul"}),
        ("The 1987 figures, 19 pct, 1987/88 and 1986-87.", {"1987", "19"}),
        ("Prices, PRICE, priced, pricing: pr and p.", {"price", "pric", "p"}),
    ],
)
def test_every_word_of_a_term_is_found_however_it_begins(text: str, terms: set[str]) -> None:
    """Words are picked by how they begin before they are stemmed: the words found
    must be exactly those whose lowered or stemmed form is a term."""
    from whoosh.lang.porter import stem

    from newsexplore.search.index.snippets import term_spans

    expected = [
        m.span()
        for m in re.finditer(r"\w+", text)
        if m.group().lower() in terms or stem(m.group().lower()) in terms
    ]
    assert expected  # each text holds words of its terms
    assert list(term_spans(text, terms)) == expected
