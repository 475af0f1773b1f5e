"""Citations and export files: what a user pastes or opens elsewhere."""

from __future__ import annotations

import csv
import io
import json

from newsexplore.search import (
    Citation,
    ExportItem,
    Speaker,
    Target,
    cite_markdown,
    cite_plain,
    speaker_record,
    with_citation,
    write_items,
)

QUOTE = Target(
    "a1",
    "quote",
    120,
    140,
    "we act now",
    Citation(
        title="Ministers act",
        date="2026-01-08",
        source="Daily Paper",
        url="https://example.org/act",
        speaker="Jo Bloggs",
        roles=("Home Secretary",),
    ),
)


def test_a_plain_citation_names_words_speaker_role_outlet_date_title_and_url() -> None:
    text = cite_plain(QUOTE)
    for part in ("“we act now”", "Jo Bloggs (Home Secretary)", "Daily Paper", "2026-01-08"):
        assert part in text
    assert '"Ministers act"' in text and "https://example.org/act, chars 120–140" in text


def test_without_a_url_the_citation_gives_the_file_and_line() -> None:
    local = Target("a2", "article", citation=Citation(title="T", path="feed.jsonl", line=7))
    assert "feed.jsonl:7" in cite_plain(local)
    assert "undated" in cite_plain(local)


def test_markdown_citation_quotes_the_words_and_links_the_title() -> None:
    text = cite_markdown(QUOTE)
    assert text.startswith("> “we act now”")
    assert "[Ministers act](https://example.org/act)" in text


def test_markdown_keeps_corpus_text_from_becoming_markup() -> None:
    tricky = Target("a3", "article", citation=Citation(title="[click](http://evil) *now*"))
    assert "\\[click\\]" in cite_markdown(tricky) and "\\*now\\*" in cite_markdown(tricky)


def test_csv_export_defuses_formulas_and_json_keeps_every_column() -> None:
    record = with_citation({"article_id": "a1", "quote": "=HYPERLINK(1)"}, QUOTE, None)
    items = [ExportItem(record, QUOTE)]
    out = io.StringIO()
    write_items(items, "csv", out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["quote"] == "'=HYPERLINK(1)"
    out = io.StringIO()
    write_items(items, "json", out)
    (data,) = json.loads(out.getvalue())
    assert data["speaker"] == "Jo Bloggs" and data["url"] == "https://example.org/act"
    assert {"note", "tags", "marked", "title", "date", "source"} <= set(data)


def test_a_speaker_list_exports_to_markdown_one_line_a_speaker() -> None:
    speakers = [
        Speaker(
            "jo",
            "Jo *Bloggs*",
            aliases=("Jo *Bloggs*", "Ms Bloggs"),
            roles=("MP",),
            quote_count=3,
            article_count=2,
        ),
        Speaker("ofcom", "Ofcom", kind="organisation", quote_count=1, article_count=1),
    ]
    out = io.StringIO()
    write_items([ExportItem(speaker_record(s), None) for s in speakers], "md", out)
    assert out.getvalue().splitlines()[::2] == [
        "1. **Jo \\*Bloggs\\*** · MP · 3 quotes in 2 articles · also Ms Bloggs",
        "2. **Ofcom** · organisation · 1 quote in 1 article",
    ]


TRICKY_LINES = [
    'The minister said: "We will [b]not[/b] resign | ever *now*, _truly_ `so`,"',
    "> quoted line",
    "- list item said - dash quote",
    "+ plus item",
    "1. first point and 2) second",
    "# not a heading",
    "===",
    "---",
    "    four spaces in",
    "Tom &amp; Jerry &copy; <b>bold</b> ~~struck~~ ![img](x) \\back",
]


def _rendered_quote(markdown: str) -> list[str]:
    """The lines a CommonMark reader shows inside the block quote, as plain text."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("strikethrough").parse(markdown)
    assert [t.type for t in tokens][:2] == ["blockquote_open", "paragraph_open"], tokens
    assert tokens[3].type == "paragraph_close" and tokens[4].type == "blockquote_close", tokens
    children = tokens[2].children or []
    assert all(c.type in ("text", "softbreak") for c in children), [c.type for c in children]
    text = "".join("\n" if c.type == "softbreak" else c.content for c in children)
    return text.split("\n")


def test_markdown_shows_the_quoted_words_of_any_article_exactly() -> None:
    """Cited words come out as the article has them when the Markdown is read: no
    emphasis, no nested quote, list, heading, code block or entity made of them."""
    words = "\n".join(TRICKY_LINES)
    target = Target("a4", "article", 0, len(words), words, Citation(title="T"))
    lines = _rendered_quote(cite_markdown(target))
    assert [line.strip() for line in lines] == [line.strip() for line in TRICKY_LINES]
