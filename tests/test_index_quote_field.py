"""`quote:` in the articles scope: the articles holding a matching quote, never none.

Quotes are documents of their own, so `quote:` read as an article field found
nothing there, and "0 results" reads as "nobody said that". The articles it
finds must be exactly those of the quotes the quotes scope finds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsexplore.search import Library
from tests.cli_support import run

ARTICLES = {
    "a1": 'The port reopened. "Safety is our top priority," said Jane Doe on Monday.',
    "a2": 'Talks went on. "This remains a top priority for us," Paul Grey said.',
    "a3": "The council said cleaning the harbour was a top priority this year.",
    "a4": '"It is top of the list," said Jane Doe. "Our priority is the fleet," she added.',
    "a5": '"Inflation will fall," said Paul Grey. Inflation rose in May.',
    "a6": "The harvest was poor. Farmers blamed the harvest on the rain, and the harvest "
    "festival was called off. "
    + "The valley's growers met in the town hall for most of the afternoon. "
    * 5
    + 'Then the mayor spoke. "The harvest failed, and we will help," said Ann Lee. '
    '"Next harvest will be better," she added.',
    "a7": '"Jane Doe is wrong about the fleet," said Paul Grey.',
}


def write_corpus(folder: Path) -> Path:
    path = folder / "news.jsonl"
    lines = [
        json.dumps({"id": key, "title": f"Story {key}", "text": text})
        for key, text in ARTICLES.items()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    path = write_corpus(tmp_path_factory.mktemp("corpus"))
    index_dir = tmp_path_factory.mktemp("index")
    library = Library([path], index_dir)
    for _ in library.update():
        pass
    return path, index_dir


def ids(library: Library, query: str, scope: str = "articles") -> list[str]:
    return sorted({hit.article_id for hit in library.search(query, scope=scope).hits})


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('quote:"top priority"', ["a1", "a2"]),
        ("quote:priority", ["a1", "a2", "a4"]),
        ("quote:(top AND priority)", ["a1", "a2"]),
        ("quote:top quote:priority", ["a1", "a2"]),
        ("quote:inflation", ["a5"]),
        ('quote:"top priority" AND port', ["a1"]),
        ("quote:priority NOT quote:fleet", ["a1", "a2"]),
        ("harbour OR quote:inflation", ["a3", "a5"]),
    ],
)
def test_quote_field_finds_the_articles_holding_such_a_quote(
    corpus: tuple[Path, Path], query: str, expected: list[str]
) -> None:
    library = Library([corpus[0]], corpus[1])
    assert ids(library, query) == expected


def test_articles_found_by_quote_are_those_of_the_quotes_scope(corpus: tuple[Path, Path]) -> None:
    library = Library([corpus[0]], corpus[1])
    for query in ('quote:"top priority"', "quote:priority", "quote:inflation"):
        assert ids(library, query) == ids(library, query, "quotes")


def test_the_snippet_of_an_article_found_by_quote_shows_the_quoted_words(
    corpus: tuple[Path, Path],
) -> None:
    library = Library([corpus[0]], corpus[1])
    results = library.search('quote:"top priority"')
    assert results.total == 2
    for hit in results.hits:
        marked = {hit.snippet.text[start:end].lower() for start, end in hit.snippet.spans}
        assert "top priority" in hit.snippet.text.lower() and {"top", "priority"} <= marked


def test_an_article_found_by_quote_shows_the_sentence_of_the_quote(
    corpus: tuple[Path, Path],
) -> None:
    """The words said elsewhere in the article are not what was asked for: the snippet
    opens on the quote's own sentence, far into the article, and marks only quoted words."""
    library = Library([corpus[0]], corpus[1])
    (hit,) = library.search("quote:harvest").hits
    shown = hit.snippet.text.removeprefix("… ")
    assert shown.startswith(
        ('"The harvest failed, and we will help," said Ann Lee', '"Next harvest')
    )
    assert "Farmers blamed" not in shown
    marked = [hit.snippet.text[start:end] for start, end in hit.snippet.spans]
    assert marked and set(marked) == {"harvest"} and len(marked) == shown.count("harvest")


def test_an_article_found_by_quote_counts_its_matching_quotes(corpus: tuple[Path, Path]) -> None:
    """Two quotes say "harvest", the prose says it three times more: 2 quotes, not 5 hits."""
    library = Library([corpus[0]], corpus[1])
    (hit,) = library.search("quote:harvest").hits
    assert (hit.matches, hit.match_unit) == (2, "quote")
    (hit,) = library.search("quote:inflation").hits
    assert (hit.matches, hit.match_unit) == (1, "quote")
    marked = [hit.snippet.text[start:end] for start, end in hit.snippet.spans]
    assert marked == ["Inflation"] and hit.snippet.text.startswith('"Inflation will fall,"')


def test_words_outside_quote_still_count_in_the_article(corpus: tuple[Path, Path]) -> None:
    """An article found by a plain word beside a quote: part counts that word as hits."""
    library = Library([corpus[0]], corpus[1])
    hits = {hit.article_id: hit for hit in library.search("harbour OR quote:inflation").hits}
    assert (hits["a3"].matches, hits["a3"].match_unit) == (1, "hit")
    assert (hits["a5"].matches, hits["a5"].match_unit) == (1, "quote")


def test_the_reader_highlights_the_quoted_words_inside_the_quotes_only(
    corpus: tuple[Path, Path],
) -> None:
    library = Library([corpus[0]], corpus[1])
    text = library.article("a5").text
    spans = library.match_spans("a5", "quote:inflation")
    assert [(text[s.start : s.end], s.start < text.index("said")) for s in spans] == [
        ("Inflation", True)
    ]
    assert len(library.match_spans("a5", "inflation")) == 2  # a plain word: everywhere


def said(library: Library, query: str) -> list[tuple[str, str | None]]:
    return [(h.quote.text, h.quote.speaker) for h in library.search(query, scope="quotes").hits]


def test_a_phrase_in_the_quotes_scope_is_words_said_not_who_said_them(
    corpus: tuple[Path, Path],
) -> None:
    """Quotation marks ask for exact words: "Jane Doe" lists the quote that names her, not
    every quote of hers, none of which says it; who said it is what `speaker:` asks."""
    library = Library([corpus[0]], corpus[1])
    naming = ("Jane Doe is wrong about the fleet,", "Paul Grey")
    assert said(library, '"jane doe"') == [naming]
    assert said(library, '"paul grey"') == []
    either = set(said(library, '"jane doe" OR inflation'))
    assert either == {naming, ("Inflation will fall,", "Paul Grey")}
    hers = {speaker for _text, speaker in said(library, 'speaker:"jane doe"')}
    assert hers == {"Jane Doe"}


def test_a_plain_name_in_the_quotes_scope_still_finds_who_said_it(
    corpus: tuple[Path, Path],
) -> None:
    """Without quotation marks a name is looked up among speakers too, as before."""
    library = Library([corpus[0]], corpus[1])
    speakers = {speaker for _text, speaker in said(library, "doe")}
    assert speakers == {"Jane Doe", "Paul Grey"}


def test_the_command_line_finds_articles_by_quote(corpus: tuple[Path, Path], capsys) -> None:
    path, index_dir = corpus
    args = ["search", 'quote:"top priority"', "--corpus", str(path), "--index-dir", str(index_dir)]
    code, out, _ = run([*args, "--format", "jsonl"], capsys)
    assert code == 0
    assert sorted(json.loads(line)["article_id"] for line in out.splitlines()) == ["a1", "a2"]
    args[1] = "quote:harvest"
    code, out, _ = run(args, capsys)
    assert code == 0 and "a6  2 quotes\n" in out
