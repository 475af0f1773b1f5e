"""Corpus loading: every input format, every kind of bad input, ids, dates and page furniture."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsexplore.search.corpus.load import (
    content_key,
    iter_corpus_files,
    load_corpus,
    load_file,
    load_file_parts,
    parse_published,
)
from newsexplore.search.errors import CorpusPathError
from newsexplore.search.models import Article, FileLoad

SEED_000 = "000_a886e2d11f6a18e9.txt"
SEED_003 = "003_d8092089b7cd25ff.txt"


def spans(article: Article, label: str) -> list[str]:
    return [article.text[s.start : s.end] for s in article.boilerplate if s.label == label]


@pytest.fixture
def seeds(seeds_dir: Path) -> dict[str, Article]:
    loads = list(load_corpus([seeds_dir]))
    assert all(not load.problems for load in loads)
    return {a.id: a for load in loads for a in load.articles}


def test_seed_corpus_is_two_articles(seeds: dict[str, Article]) -> None:
    assert sorted(seeds) == [SEED_000, SEED_003]


def test_seed_inline_date_is_metadata_not_text(seeds: dict[str, Article], seeds_dir: Path) -> None:
    article = seeds[SEED_000]
    raw = (seeds_dir / SEED_000).read_text(encoding="utf-8")
    assert str(article.date) == "2026-01-08"
    assert article.text.startswith('The Prime Minister has said X need to "get their act')
    assert raw.endswith(article.text)


def test_seed_title_drops_photo_credit(seeds: dict[str, Article]) -> None:
    article = seeds[SEED_000]
    assert article.title == (
        'The Prime Minister has said X need to "get their act together" amid concerns'
        " about the creation of AI sexualised images"
    )
    assert spans(article, "photo-credit") == ["Picture: Getty"]
    assert spans(article, "headline") == [article.title]


def test_seed_byline_gives_author(seeds: dict[str, Article]) -> None:
    article = seeds[SEED_000]
    assert article.author == "Flaminia Luck"
    assert spans(article, "byline") == ["By Flaminia Luck"]


def test_seed_read_more_runs_end_where_prose_resumes(seeds: dict[str, Article]) -> None:
    article = seeds[SEED_000]
    runs = spans(article, "read-more")
    assert runs and all(run.startswith("Read more:") for run in runs)
    assert runs[-1].endswith("using AI tool")
    assert spans(article, "subheading") == ["'Utterly unusable'"]
    after = max(s.end for s in article.boilerplate if s.label == "subheading")
    assert article.text[after:].lstrip().startswith("Writing on Blue Sky")


def test_seed_without_date_stays_undated(seeds: dict[str, Article], seeds_dir: Path) -> None:
    article = seeds[SEED_003]
    first_line = (seeds_dir / SEED_003).read_text(encoding="utf-8").split("\n")[0]
    assert article.date is None
    assert article.title == first_line.strip()
    assert not spans(article, "headline")


def test_seed_paragraphs_are_trimmed_lines(seeds: dict[str, Article]) -> None:
    article = seeds[SEED_003]
    lines = [line.strip() for line in article.text.split("\n") if line.strip()]
    assert [article.text[p.start : p.end] for p in article.paragraphs] == lines


# Finding files ---------------------------------------------------------------


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def load_one(path: Path) -> FileLoad:
    return load_file(path, path.name)


def only_article(path: Path) -> Article:
    load = load_one(path)
    assert len(load.articles) == 1, load.problems
    return load.articles[0]


def test_folders_are_read_recursively_in_a_stable_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.jsonl", "a/c.md", "d.CSV", "notes.html", ".hidden.txt"]:
        write(tmp_path / name, "x")
    write(tmp_path / ".git" / "x.txt", "x")
    found = list(iter_corpus_files([tmp_path]))
    assert [rel for _, rel in found] == ["a/c.md", "a/z.jsonl", "b.txt", "d.CSV"]
    assert all(path.is_absolute() and path.is_file() for path, _ in found)


def test_a_file_given_directly_is_named_by_its_name(tmp_path: Path) -> None:
    path = write(tmp_path / "deep" / "story.txt", "x")
    assert list(iter_corpus_files([path])) == [(path.absolute(), "story.txt")]


def test_a_file_inside_a_folder_given_twice_is_listed_once(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", "x")
    assert len(list(iter_corpus_files([tmp_path, path]))) == 1


def test_missing_path_is_an_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(CorpusPathError, match="nowhere"):
        iter_corpus_files([missing])


def test_unsupported_file_given_directly_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusPathError, match="page.html"):
        iter_corpus_files([write(tmp_path / "page.html", "<p>x</p>")])


def test_load_corpus_gives_one_load_per_file(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "First story.")
    write(tmp_path / "b.jsonl", '{"text": "one"}\n{"text": "two"}\n')
    loads = list(load_corpus([tmp_path]))
    assert [load.path for load in loads] == ["a.txt", "b.jsonl"]
    assert [len(load.articles) for load in loads] == [1, 2]


# Plain text and Markdown -----------------------------------------------------


def test_front_matter_gives_metadata_and_is_removed(tmp_path: Path) -> None:
    path = write(
        tmp_path / "fm.md",
        "---\n"
        'title: "Ofcom opens inquiry"\n'
        "date: 2026-01-07T23:30:00-05:00\n"
        "source: The Paper\n"
        "authors:\n  - Jane Doe\n  - John Roe\n"
        "tags: [tech, politics]\n"
        "id: story-17\n"
        "---\n\nOfcom said on Monday it had opened an inquiry.\n",
    )
    article = only_article(path)
    assert article.id == "story-17"
    assert article.title == "Ofcom opens inquiry"
    assert article.text == "Ofcom said on Monday it had opened an inquiry.\n"
    assert (str(article.date), article.time) == ("2026-01-07", "23:30:00-05:00")
    assert (article.source, article.author) == ("The Paper", "Jane Doe, John Roe")


def test_a_horizontal_rule_is_not_front_matter(tmp_path: Path) -> None:
    body = "---\nThis is prose, not metadata.\n---\nMore prose."
    assert only_article(write(tmp_path / "rule.md", body)).text == body


def test_header_lines_give_metadata_and_are_removed(tmp_path: Path) -> None:
    path = write(
        tmp_path / "h.txt",
        b"Title: Header title\r\nDate: Jan. 7, 2026\r\nSource: The Paper\r\n"
        b"Author: Jane Doe\r\nURL: https://example.org/a\r\n\r\nBody text.\r\nSecond line.\r\n",
    )
    article = only_article(path)
    assert article.text == "Body text.\nSecond line.\n"
    assert (article.title, str(article.date), article.source) == (
        "Header title",
        "2026-01-07",
        "The Paper",
    )
    assert (article.author, article.url) == ("Jane Doe", "https://example.org/a")


def test_date_header_with_a_time_is_not_an_inline_date(tmp_path: Path) -> None:
    path = write(tmp_path / "t.txt", "Date: 2026-01-08 10:15 GMT\nTitle: T\n\nBody.\n")
    article = only_article(path)
    assert (article.text, article.title, article.time) == ("Body.\n", "T", "10:15:00+00:00")


def test_inline_date_prefix_is_removed(tmp_path: Path) -> None:
    article = only_article(write(tmp_path / "i.txt", " date 2026-03-02 Markets rose today."))
    assert (article.text, str(article.date)) == ("Markets rose today.", "2026-03-02")


def test_text_without_metadata_is_kept_exactly(tmp_path: Path) -> None:
    body = "Line one \u201cquoted\u201d.\n\n\tIndented [bold]markup[/bold] \x07 kept.\n"
    article = only_article(write(tmp_path / "plain.txt", body))
    assert article.text == body
    assert article.id == "plain.txt"
    assert article.date is None


def test_markdown_heading_gives_the_title(tmp_path: Path) -> None:
    article = only_article(write(tmp_path / "m.md", "# Grok row deepens\n\nMinisters met.\n"))
    assert article.title == "Grok row deepens"
    assert spans(article, "headline") == ["# Grok row deepens"]


def test_title_loses_a_stray_trailing_period(tmp_path: Path) -> None:
    article = only_article(write(tmp_path / "t.txt", "Grok row deepens .\n\nMinisters met.\n"))
    assert article.title == "Grok row deepens"


def test_long_first_line_title_is_cut_at_a_word(tmp_path: Path) -> None:
    sentence = "The committee said the platform had failed to act on repeated warnings. " * 4
    article = only_article(write(tmp_path / "long.txt", sentence))
    assert len(article.title) <= 125
    assert article.title.endswith("…")
    assert sentence.startswith(article.title[:-1])
    assert sentence[len(article.title) - 1] == " "


@pytest.mark.parametrize(
    ("first_line", "credit"),
    [
        ("Ministers quit X over Grok . Picture: Getty", "Picture: Getty"),
        ("Ministers quit X over Grok Photo: Reuters", "Photo: Reuters"),
        ("Ministers quit X over Grok (Image: PA)", "(Image: PA)"),
        ("Ministers quit X over Grok | Credit: Jane Doe/AP", "Credit: Jane Doe/AP"),
    ],
)
def test_photo_credit_is_not_part_of_the_title(
    tmp_path: Path, first_line: str, credit: str
) -> None:
    article = only_article(write(tmp_path / "c.txt", f"{first_line}\n\nMinisters met.\n"))
    assert article.title == "Ministers quit X over Grok"
    assert spans(article, "photo-credit") == [credit]
    assert spans(article, "headline") == ["Ministers quit X over Grok"]


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Flaminia Luck", "Flaminia Luck"),
        ("By Jane Doe and John Roe", "Jane Doe, John Roe"),
        ("BY JANE DOE", "JANE DOE"),
        ("By Jane Doe, Political Editor", "Jane Doe"),
        ("By Jane Doe and John Roe, Associated Press", "Jane Doe, John Roe"),
        ("By Jane Doe in Washington", "Jane Doe"),
    ],
)
def test_byline_gives_the_author(tmp_path: Path, byline: str, author: str) -> None:
    article = only_article(write(tmp_path / "b.txt", f"Headline\n\n{byline}\n\nProse here.\n"))
    assert article.author == author
    assert spans(article, "byline") == [byline]


@pytest.mark.parametrize(
    "line",
    ["By the end of the week, ministers had left the platform.", "By Monday, the plan was dead."],
)
def test_a_sentence_starting_with_by_is_not_a_byline(tmp_path: Path, line: str) -> None:
    article = only_article(write(tmp_path / "b.txt", f"Headline\n\n{line}\n"))
    assert article.author == ""
    assert not spans(article, "byline")


def test_metadata_author_wins_over_byline(tmp_path: Path) -> None:
    text = "Author: Desk Editor\n\nHeadline\n\nBy Jane Doe\n\nProse.\n"
    assert only_article(write(tmp_path / "b.txt", text)).author == "Desk Editor"


@pytest.mark.parametrize(
    "line",
    [
        "FULL TEXT.",
        "Sign up to our politics newsletter.",
        "Follow us on Twitter and Facebook",
        "Advertisement",
        "Share this article",
        "Click here to read the full report.",
    ],
)
def test_page_furniture_is_marked_and_prose_is_not(tmp_path: Path, line: str) -> None:
    text = f"Headline\n\nFirst real paragraph.\n{line}\nSecond real paragraph.\n"
    article = only_article(write(tmp_path / "f.txt", text))
    assert spans(article, "boilerplate") == [line]


def test_read_more_on_its_own_line_is_marked_whole(tmp_path: Path) -> None:
    text = "Headline\n\nProse.\nRead more: Ofcom makes urgent contact with X\nMore prose.\n"
    article = only_article(write(tmp_path / "r.txt", text))
    assert spans(article, "read-more") == ["Read more: Ofcom makes urgent contact with X"]


def test_inline_read_more_stops_where_prose_resumes(tmp_path: Path) -> None:
    text = (
        "Headline\n\nShe left the site. Read more: Ofcom makes urgent contact with X after "
        "users created images using AI tool Writing on Blue Sky, Ms Haigh said she would "
        "not return to the platform while its owner allowed such material to spread.\n"
    )
    article = only_article(write(tmp_path / "r.txt", text))
    run = spans(article, "read-more")
    assert run == [
        "Read more: Ofcom makes urgent contact with X after users created images using AI tool"
    ]


def test_embedded_post_is_marked(tmp_path: Path) -> None:
    post = "We have left this site. \u2014 Equalities Committee (@CommonsWEC) January 7, 2026"
    article = only_article(write(tmp_path / "e.txt", f"Headline\n\n{post}\n\nProse.\n"))
    assert spans(article, "embed") == [post]


def test_paragraphs_split_on_blank_and_single_newlines(tmp_path: Path) -> None:
    article = only_article(write(tmp_path / "p.txt", "One.\n  Two.  \n\n\nThree.\n"))
    assert [article.text[p.start : p.end] for p in article.paragraphs] == ["One.", "Two.", "Three."]


# Records ---------------------------------------------------------------------


def test_jsonl_fields_are_found_under_any_common_name(tmp_path: Path) -> None:
    record = {
        "ID": 42,
        "Headline": "Grok curbs",
        "Body": "X limited Grok.",
        "pubDate": "Thu, 08 Jan 2026 10:15:00 +0000",
        "Authors": ["Jane Doe", {"name": "John Roe"}],
        "source": {"id": "bbc", "name": "BBC News"},
        "link": "https://example.org/grok",
    }
    article = only_article(write(tmp_path / "r.jsonl", json.dumps(record) + "\n"))
    assert (article.id, article.title, article.text) == ("42", "Grok curbs", "X limited Grok.")
    assert (str(article.date), article.time) == ("2026-01-08", "10:15:00+00:00")
    assert (article.author, article.source) == ("Jane Doe, John Roe", "BBC News")
    assert (article.url, article.path, article.line) == ("https://example.org/grok", "r.jsonl", 1)


def test_jsonl_bad_lines_are_problems_and_the_rest_loads(tmp_path: Path) -> None:
    lines = [
        '{"text": "first"}',
        "",
        '{"text": "broken" "oops": 1}',
        '{"title": "no body"}',
        "[1, 2]",
        '{"content": "last", "id": "keep-me"}',
    ]
    load = load_one(write(tmp_path / "feed.ndjson", "\n".join(lines) + "\n"))
    assert [(a.id, a.line) for a in load.articles] == [("feed.ndjson#1", 1), ("keep-me", 6)]
    assert [(p.line, p.message) for p in load.problems] == [
        (3, "not valid JSON: Expecting ',' delimiter (column 19)"),
        (4, "record has no text field (looked for text, body, content, article)"),
        (5, "record is not an object (found a list)"),
    ]
    assert all(p.path == "feed.ndjson" for p in load.problems)


def test_record_without_title_takes_its_first_line(tmp_path: Path) -> None:
    body = "Ofcom opens an investigation into X\nIt said on Monday it would act."
    article = only_article(write(tmp_path / "r.jsonl", json.dumps({"text": body}) + "\n"))
    assert article.title == "Ofcom opens an investigation into X"


def test_record_text_keeps_its_own_line_breaks(tmp_path: Path) -> None:
    record = json.dumps({"text": "One.\r\nTwo.\rThree."})
    assert only_article(write(tmp_path / "r.jsonl", record)).text == "One.\nTwo.\nThree."


@pytest.mark.parametrize("key", ["articles", "items", "data", "Articles"])
def test_json_object_with_a_list_of_articles(tmp_path: Path, key: str) -> None:
    document = {"status": "ok", key: [{"text": "a"}, {"text": "b", "id": "x"}]}
    load = load_one(write(tmp_path / "feed.json", json.dumps(document)))
    # One line holds the whole file: both records start on it; the id counts records.
    assert [(a.id, a.line) for a in load.articles] == [("feed.json#1", 1), ("x", 1)]


def test_json_array_and_single_object(tmp_path: Path) -> None:
    many = load_one(write(tmp_path / "many.json", '[{"text": "a"}, 7, {"body": "c"}]'))
    assert [a.id for a in many.articles] == ["many.json#1", "many.json#3"]
    assert [(p.line, p.message) for p in many.problems] == [
        (1, "record is not an object (found a number)")
    ]
    one = only_article(write(tmp_path / "one.json", '{"title": "T", "text": "Solo."}'))
    assert (one.id, one.title, one.text) == ("one.json#1", "T", "Solo.")


def test_invalid_json_is_one_problem_with_its_line(tmp_path: Path) -> None:
    load = load_one(write(tmp_path / "bad.json", '[\n  {"text": "a"}\n  {"text": "b"}\n]'))
    assert load.articles == ()
    assert [(p.line, p.message) for p in load.problems] == [
        (3, "not valid JSON: Expecting ',' delimiter (column 3)")
    ]


def test_json_lines_saved_as_json_still_load(tmp_path: Path) -> None:
    load = load_one(write(tmp_path / "lines.json", '{"text": "a"}\n{"text": "b"}\n'))
    assert [a.line for a in load.articles] == [1, 2]
    assert [p.severity for p in load.problems] == ["warning"]


def test_csv_records_with_multiline_fields_keep_physical_lines(tmp_path: Path) -> None:
    content = (
        "ID,Headline,Body,Date\n"
        '7,First,"Para one.\n\nPara two, with comma.",2026/01/08\n'
        ",Second,Plain body,7 Jan 2026\n"
    )
    load = load_one(write(tmp_path / "c.csv", content))
    assert [(a.id, a.line, a.title) for a in load.articles] == [
        ("7", 2, "First"),
        ("c.csv#5", 5, "Second"),
    ]
    assert load.articles[0].text == "Para one.\n\nPara two, with comma."
    assert [str(a.date) for a in load.articles] == ["2026-01-08", "2026-01-07"]


def test_csv_bad_rows_are_problems_and_the_rest_loads(tmp_path: Path) -> None:
    content = "text,title\nfine,One\ntoo,many,fields\n,empty text\nalso fine,Four\n"
    load = load_one(write(tmp_path / "c.csv", content))
    assert [a.title for a in load.articles] == ["One", "Four"]
    assert [p.line for p in load.problems] == [3, 4]
    assert "3 fields but the header has 2" in load.problems[0].message


def test_csv_unclosed_quote_skips_its_row_and_keeps_the_rows_after_it(tmp_path: Path) -> None:
    """A stray opening quote must not swallow the rest of the file into one article."""
    content = (
        "id,title,text\n"
        "a1,One,First body.\n"
        'a2,Two,"Opened and never closed. Second body.\n'
        "a3,Three,Third body.\n"
        'a4,Four,"A proper field,\nover two lines."\n'
        "a5,Five,Fifth body.\n"
    )
    load = load_one(write(tmp_path / "c.csv", content))
    assert [a.title for a in load.articles] == ["One", "Three", "Four", "Five"]
    assert [a.line for a in load.articles] == [2, 4, 5, 7]
    assert load.articles[2].text == "A proper field,\nover two lines."
    assert all("Third body" not in a.text for a in load.articles if a.title != "Three")
    assert [p.line for p in load.problems] == [3]
    assert "never properly closed" in load.problems[0].message


@pytest.mark.parametrize("end", ["\n", ""])
def test_csv_quote_left_open_on_the_last_line_is_reported(tmp_path: Path, end: str) -> None:
    """The last record's open quote swallowed its other fields with no word said: an
    article "unterminated" was indexed with its date column inside its text."""
    content = 'id,text,date\nc1,"Opened on 2 June 2022",2022-06-03\nc2,"unterminated' + end
    load = load_one(write(tmp_path / "c.csv", content))
    assert [a.id for a in load.articles] == ["c1"]
    assert [p.line for p in load.problems] == [3]
    assert "never properly closed" in load.problems[0].message


def test_csv_many_unclosed_quotes_stay_bounded(tmp_path: Path) -> None:
    rows = "".join(f'x{i},"open {i}\n' for i in range(3000))
    load = load_one(write(tmp_path / "c.csv", "id,text\n" + rows + "z,last body\n"))
    assert load.problems
    assert all("\n" not in str(p) for p in load.problems)
    assert len(load.problems) <= 60


def test_csv_without_text_column_says_what_it_looked_for(tmp_path: Path) -> None:
    load = load_one(write(tmp_path / "c.csv", "title,date\nA,2026-01-01\n"))
    assert load.articles == ()
    assert [p.message for p in load.problems] == [
        "no text column in the header (looked for text, body, content, article)"
    ]


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_csv_with_other_delimiters(tmp_path: Path, delimiter: str) -> None:
    content = f"title{delimiter}text\nA{delimiter}Body, with comma\n"
    assert only_article(write(tmp_path / "c.csv", content)).text == "Body, with comma"


def test_csv_field_longer_than_the_csv_module_default(tmp_path: Path) -> None:
    body = "word " * 40_000
    article = only_article(write(tmp_path / "c.csv", f'text\n"{body}"\n'))
    assert article.text == body


def test_a_flood_of_problems_is_summarised(tmp_path: Path) -> None:
    lines = "".join('{"title": "no text"}\n' for _ in range(500))
    load = load_one(write(tmp_path / "flood.jsonl", lines))
    assert len(load.problems) < 100
    assert "more problems" in load.problems[-1].message


# Bad input -------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n", b"\xef\xbb\xbf"])
def test_empty_file_is_skipped(tmp_path: Path, content: bytes) -> None:
    load = load_one(write(tmp_path / "empty.txt", content))
    assert load.articles == ()
    assert [p.message for p in load.problems] == ["skipped: empty file"]
    assert load.problems[0].severity == "warning"  # nothing in it is lost


def test_a_text_file_with_only_metadata_is_a_warning_too(tmp_path: Path) -> None:
    load = load_one(write(tmp_path / "bare.txt", b"Title: Nothing yet\nDate: 2026-01-08\n\n"))
    assert load.articles == ()
    assert [(p.kind, p.severity) for p in load.problems] == [("empty", "warning")]


@pytest.mark.parametrize(
    "content",
    [
        bytes(range(256)) * 20,
        b"\x89PNG\r\n\x1a\n" + b"IHDR" * 50,
        b"abc\x00\x01\x02\x00\x00\x00def" * 100,
    ],
    ids=["all-bytes", "png", "nul-bytes"],
)
def test_binary_file_is_skipped(tmp_path: Path, content: bytes) -> None:
    load = load_one(write(tmp_path / "image.jsonl", content))
    assert load.articles == ()
    assert [p.message for p in load.problems] == ["skipped: binary file"]


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "locked.txt", "Secret.")

    real_open = os.open

    def refuse(file: object, *args: object, **kwargs: object) -> int:
        if Path(str(file)) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)  # running as root, chmod 000 would not stop a read
    load = load_one(path)
    assert load.articles == ()
    assert [p.message for p in load.problems] == ["skipped: cannot read file (Permission denied)"]


def test_a_folder_where_a_file_was_expected_is_a_problem(tmp_path: Path) -> None:
    load = load_file(tmp_path, "folder.txt")
    assert load.articles == () and len(load.problems) == 1


def test_cp1252_text_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "Café crème and naïve \u201cquotes\u201d \u2013 the déjà vu season."
    load = load_one(write(tmp_path / "legacy.txt", text.encode("cp1252")))
    assert load.articles[0].text == text
    assert [(p.severity, p.message) for p in load.problems] == [
        ("warning", "decoded as cp1252 (not UTF-8)")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le café est fermé depuis lundi, a déclaré le maire.",
        "The café \u2013 which opened in 1987 \u2013 said \u201cno\u201d to the plan.",
        "Prices rose 5\u20ac to \u201chigh\u201d levels, the café said.",
    ],
)
def test_cp1252_text_is_named_cp1252_when_other_code_pages_read_it_alike(
    tmp_path: Path, text: str
) -> None:
    load = load_one(write(tmp_path / "legacy.txt", text.encode("cp1252")))
    assert load.articles[0].text == text
    assert [p.message for p in load.problems] == ["decoded as cp1252 (not UTF-8)"]


def test_cyrillic_legacy_text_is_detected(tmp_path: Path) -> None:
    text = "Министр заявил, что регулятор должен действовать быстро и решительно."
    load = load_one(write(tmp_path / "ru.txt", text.encode("cp1251")))
    assert load.articles[0].text == text
    assert [p.severity for p in load.problems] == ["warning"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le"])
def test_unicode_encodings_and_byte_order_marks(tmp_path: Path, encoding: str) -> None:
    text = "Caf\u00e9 \u201cboycott\u201d of X.\nSecond line."
    load = load_one(write(tmp_path / "u.txt", text.encode(encoding)))
    assert load.articles[0].text == text
    assert load.problems == ()


def test_bytes_that_are_not_the_text_their_byte_order_mark_says_are_told(
    tmp_path: Path,
) -> None:
    """A byte-order mark was taken at its word and any bytes that did not decode
    became U+FFFD in silence: a UTF-32 mark before seven bytes of something else
    indexed "\ufffd\ufffd" as an article, with no problem listed."""
    import codecs

    junk = load_one(write(tmp_path / "junk.md", codecs.BOM_UTF32_LE + b"garbage"))
    assert junk.articles == ()
    assert [p.kind for p in junk.problems] == ["unreadable"]
    assert "UTF-32" in junk.problems[0].message
    text = "Ministers met on Tuesday to agree the budget for the coming year."
    cut = write(tmp_path / "cut.txt", text.encode("utf-16") + b"\x41")  # one stray last byte
    load = load_one(cut)
    assert load.articles[0].text.startswith(text)
    assert [p.kind for p in load.problems] == ["repaired"]
    assert "U+FFFD" in load.problems[0].message


def test_crlf_becomes_lf_and_nul_bytes_are_dropped(tmp_path: Path) -> None:
    load = load_one(write(tmp_path / "w.txt", b"One.\r\nTwo\x00 words.\r\n"))
    assert load.articles[0].text == "One.\nTwo words.\n"
    assert [p.severity for p in load.problems] == ["warning"]


def test_problems_are_one_line_each(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", '{"text": "x", "date": "next\\nweek"}\n{bad\n')
    write(tmp_path / "b.csv", 'text\n"unterminated\n')
    write(tmp_path / "c.txt", b"\x00\x01\x02" * 50)
    problems = [p for load in load_corpus([tmp_path]) for p in load.problems]
    assert problems
    assert all("\n" not in str(p) for p in problems)


# Dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "date", "time"),
    [
        ("2026-01-08", "2026-01-08", ""),
        ("2026-01-08T10:15:00Z", "2026-01-08", "10:15:00+00:00"),
        ("2026-01-08T00:30:00+01:00", "2026-01-08", "00:30:00+01:00"),
        ("2026-01-07T23:30:00-05:00", "2026-01-07", "23:30:00-05:00"),
        ("2026-01-08 10:15", "2026-01-08", "10:15:00"),
        ("2026-01-08 10:15 GMT", "2026-01-08", "10:15:00+00:00"),
        ("January 7, 2026", "2026-01-07", ""),
        ("7 Jan 2026", "2026-01-07", ""),
        ("Jan. 7, 2026", "2026-01-07", ""),
        ("Sept. 7, 2026", "2026-09-07", ""),
        ("Wednesday, 7th January 2026", "2026-01-07", ""),
        ("January 7, 2026 at 3:45 p.m. EST", "2026-01-07", "15:45:00-05:00"),
        ("Thu, 08 Jan 2026 10:15:00 +0000", "2026-01-08", "10:15:00+00:00"),
        ("Thu, 08 Jan 2026 23:15:00 -0800", "2026-01-08", "23:15:00-08:00"),
        ("2026/01/08", "2026-01-08", ""),
        ("01/08/2026", "2026-01-08", ""),
        ("25/12/2026", "2026-12-25", ""),
        ("08.01.2026", "2026-01-08", ""),
        ("1767866100", "2026-01-08", "09:55:00+00:00"),
    ],
)
def test_publication_date_forms(value: str, date: str, time: str) -> None:
    parsed, clock = parse_published(value)
    assert (str(parsed), clock) == (date, time)


@pytest.mark.parametrize(
    "value", ["", "yesterday", "2026-02-30", "2026-01", "Jan 2026", "13/13/2026"]
)
def test_unparseable_dates_are_none(value: str) -> None:
    assert parse_published(value) == (None, "")


def test_unparseable_date_is_a_warning_naming_file_and_line(tmp_path: Path) -> None:
    lines = '{"text": "a", "date": "2026-01-08"}\n{"text": "b", "date": "soon"}\n'
    load = load_one(write(tmp_path / "d.jsonl", lines))
    assert [a.date is None for a in load.articles] == [False, True]
    assert [(p.path, p.line, p.severity) for p in load.problems] == [("d.jsonl", 2, "warning")]
    assert "soon" in load.problems[0].message


def test_undated_file_is_never_given_a_date(tmp_path: Path) -> None:
    path = write(tmp_path / "undated.txt", "No date anywhere here.")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    assert only_article(path).date is None


# Duplicates ------------------------------------------------------------------


def test_content_key_folds_case_space_and_quote_style() -> None:
    a = Article(id="a", title="", text="He said: \u201cIt\u2019s  wrong.\u201d\n")
    b = Article(id="b", title="", text='he said: "it\'s wrong."')
    c = Article(id="c", title="", text='He said: "It is wrong."')
    assert content_key(a) == content_key(b)
    assert content_key(a) != content_key(c)
    assert content_key(a) != content_key(Article(id="d", title="Another", text=a.text))


def test_slash_dates_of_one_file_are_read_in_one_order(tmp_path: Path) -> None:
    """A British export: 13/04/2024 can only be day first, so 03/04/2024 and 05/04/2024
    beside it are 3 and 5 April, not 4 March and 4 May read month first."""
    load = load_one(
        write(
            tmp_path / "uk.csv",
            "id,title,date,text\n"
            'u1,A,03/04/2024,"The council met."\n'
            'u2,B,13/04/2024,"The council met again."\n'
            'u3,C,05/04/2024,"The council met once more."\n',
        )
    )
    assert {a.id: str(a.date) for a in load.articles} == {
        "u1": "2024-04-03",
        "u2": "2024-04-13",
        "u3": "2024-04-05",
    }
    assert load.problems == ()


def test_slash_dates_that_never_show_their_order_are_read_month_first_and_said(
    tmp_path: Path,
) -> None:
    load = load_one(
        write(
            tmp_path / "a.jsonl",
            '{"id": "a", "date": "03/04/2024", "text": "One."}\n'
            '{"id": "b", "date": "04/03/2024", "text": "Two."}\n',
        )
    )
    assert [str(a.date) for a in load.articles] == ["2024-03-04", "2024-04-03"]
    (problem,) = load.problems
    assert (problem.line, problem.severity) == (1, "warning")
    assert "03/04/2024 as 4 March 2024 (month first)" in problem.message


def test_a_file_with_slash_dates_written_both_ways_is_said(tmp_path: Path) -> None:
    load = load_one(
        write(
            tmp_path / "mixed.jsonl",
            '{"id": "a", "date": "13/04/2024", "text": "One."}\n'
            '{"id": "b", "date": "04/13/2024", "text": "Two."}\n',
        )
    )
    assert [str(a.date) for a in load.articles] == ["2024-04-13", "2024-04-13"]
    (problem,) = load.problems
    assert "both ways" in problem.message and problem.severity == "warning"


def _mentioned(article: Article) -> dict[str, str | None]:
    from newsexplore.search.dates.extract import extract_events

    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


def test_a_slash_date_in_the_text_shows_the_order_of_the_date_column(tmp_path: Path) -> None:
    """28/03/2024 in a story can only be day first: the file's date column is read day
    first too, and the story's 05/04/2024 is 5 April as the column's is, not 4 May."""
    load = load_one(
        write(
            tmp_path / "uk.csv",
            "id,title,date,text\n"
            'u1,A,03/04/2024,"The deadline is 05/04/2024 and the vote was on 28/03/2024."\n'
            'u3,C,05/04/2024,"The council met again on Monday."\n',
        )
    )
    u1, u3 = load.articles
    assert (str(u1.date), str(u3.date)) == ("2024-04-03", "2024-04-05")
    assert _mentioned(u1) == {"05/04/2024": "2024-04-05", "28/03/2024": "2024-03-28"}
    assert load.problems == ()


def test_a_text_slash_date_is_read_in_the_order_of_its_file(tmp_path: Path) -> None:
    """A file whose date column shows month first (04/13/2024) reads its stories' 05/04/2024
    as 4 May, though 5 April lies nearer the story's date."""
    load = load_one(
        write(
            tmp_path / "us.jsonl",
            '{"id": "a", "date": "04/13/2024", "text": "The deadline is 05/04/2024."}\n',
        )
    )
    (article,) = load.articles
    assert _mentioned(article) == {"05/04/2024": "2024-05-04"}


def test_the_warning_for_slash_dates_of_no_order_names_one_of_the_text(tmp_path: Path) -> None:
    load = load_one(
        write(
            tmp_path / "a.jsonl",
            '{"id": "a", "date": "2024-04-01", "text": "Due on 05/04/2024."}\n',
        )
    )
    (article,) = load.articles
    assert _mentioned(article) == {"05/04/2024": "2024-05-04"}
    (problem,) = load.problems
    assert "05/04/2024 as 4 May 2024 (month first)" in problem.message
    assert problem.line == 1


@pytest.mark.parametrize(
    ("text", "published", "deadline", "warned"),
    [
        ("Date: 03/04/2024\n\nThe deadline is 13/04/2024.\n", "2024-04-03", "2024-04-13", False),
        ("Date: 03/04/2024\n\nThe deadline is 05/04/2024.\n", "2024-03-04", "2024-05-04", True),
    ],
)
def test_a_plain_text_file_reads_its_slash_dates_in_one_order(
    tmp_path: Path, text: str, published: str, deadline: str, warned: bool
) -> None:
    load = load_one(write(tmp_path / "clip.txt", text))
    (article,) = load.articles
    assert str(article.date) == published
    assert list(_mentioned(article).values()) == [deadline]
    assert [p.line for p in load.problems] == ([1] if warned else [])
    if warned:
        assert "03/04/2024 as 4 March 2024 (month first)" in load.problems[0].message


def test_a_large_file_read_in_parts_reads_its_slash_dates_in_one_order(tmp_path: Path) -> None:
    """The part holding 13/04/2024 is the last, yet the first part's 03/04/2024 is 3 April."""
    path = tmp_path / "big.jsonl"
    filler = "".join(
        json.dumps({"id": f"f{i}", "date": "2024-01-01", "text": "x" * 200}) + "\n"
        for i in range(40)
    )
    first = json.dumps({"id": "a", "date": "03/04/2024", "text": "On 05/04/2024."}) + "\n"
    last = json.dumps({"id": "z", "date": "13/04/2024", "text": "Later."}) + "\n"
    path.write_text(first + filler + last, encoding="utf-8")
    parts = list(load_file_parts(path, "big.jsonl", part_bytes=2048))
    assert len(parts) > 2
    articles = {a.id: a for part in parts for a in part.articles}
    assert (str(articles["a"].date), str(articles["z"].date)) == ("2024-04-03", "2024-04-13")
    assert _mentioned(articles["a"]) == {"05/04/2024": "2024-04-05"}
    assert [p for part in parts for p in part.problems] == []


@pytest.mark.parametrize("written", ["2024-W10", "2024W10"])
def test_a_publication_week_is_not_made_a_day(tmp_path: Path, written: str) -> None:
    """ "2024-W10" became Monday 4 March, and "yesterday" in the story Sunday 3 March,
    as if the day were known; a week is refused as a quarter or a season is."""
    load = load_one(
        write(
            tmp_path / "w.jsonl",
            json.dumps({"id": "w", "date": written, "text": "The board said yesterday."}) + "\n",
        )
    )
    (article,) = load.articles
    assert article.date is None
    (problem,) = load.problems
    assert written in problem.message and problem.severity == "warning"


def test_a_publication_day_written_as_a_week_day_is_read(tmp_path: Path) -> None:
    load = load_one(
        write(tmp_path / "d.jsonl", json.dumps({"date": "2024-W10-3", "text": "Rain."}) + "\n")
    )
    assert str(load.articles[0].date) == "2024-03-06"


def test_front_matter_quoted_value_is_the_string_inside_brackets_and_all(tmp_path: Path) -> None:
    path = write(
        tmp_path / "q.md",
        "---\n"
        'title: "[Updated] Council votes [video]"\n'
        "date: 2024-03-18\n"
        'author: "[i]Who[/i]"\n'
        "---\nThe clerk said yes today.\n",
    )
    article = only_article(path)
    assert (article.title, article.author) == ("[Updated] Council votes [video]", "[i]Who[/i]")
    assert str(article.date) == "2024-03-18"


def test_front_matter_single_quotes_undo_a_doubled_quote(tmp_path: Path) -> None:
    path = write(
        tmp_path / "s.md", "---\ntitle: 'Mayor''s \"plan\" #1'\nauthor: \"[Staff]\"\n---\nB.\n"
    )
    article = only_article(path)
    assert (article.title, article.author) == ('Mayor\'s "plan" #1', "[Staff]")


def test_front_matter_list_of_authors_is_a_list_and_a_bracketed_title_is_not(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path / "l.md",
        "---\ntitle: [Updated] Council votes [video]\nauthor: [Jane Doe, John Roe]\n---\nB.\n",
    )
    article = only_article(path)
    assert (article.title, article.author) == (
        "[Updated] Council votes [video]",
        "Jane Doe, John Roe",
    )


def test_front_matter_words_yaml_would_turn_into_other_things_stay_words(tmp_path: Path) -> None:
    path = write(tmp_path / "w.md", "---\ntitle: No\nsource: 1984\nauthor: ~\n---\nB.\n")
    article = only_article(path)
    assert (article.title, article.source) == ("No", "1984")
    assert not article.author  # YAML's "no value", not a person called "~"


def test_front_matter_not_valid_yaml_is_told_by_line_and_still_read(tmp_path: Path) -> None:
    path = write(
        tmp_path / "bad.md",
        "---\ndate: 2024-03-18\ntitle: Breaking: council votes\nsource: The Paper\n---\nBody.\n",
    )
    load = load_one(path)
    [article] = load.articles
    assert (article.title, article.source, str(article.date)) == (
        "Breaking: council votes",
        "The Paper",
        "2024-03-18",
    )
    assert article.text == "Body.\n"
    assert [(p.path, p.line) for p in load.problems] == [("bad.md", 3)]
    assert "YAML" in load.problems[0].message
