"""Japanese, Chinese and Korean files saved in their own legacy encodings: some byte pairs of
such text are valid UTF-8 by chance, which must not make the file "UTF-8 with bad lines"
read through cp1252 (every character garbled, nothing findable). Words are searched as the
index splits them (at spaces and punctuation: Chinese and Japanese are not segmented)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsexplore.search import Library
from newsexplore.search.corpus.load import load_file
from newsexplore.search.index.update import UpdateSummary

TEXTS = {
    "cp932": (
        "市長の記者会見",
        "予算案は来週議会に提出する",
        "市長は記者会見で「予算案は来週議会に提出する」と述べた。",
    ),
    "euc_jp": (
        "市長の記者会見",
        "予算案は来週議会に提出する",
        "市長は記者会見で「予算案は来週議会に提出する」と述べた。",
    ),
    "gb18030": (
        "市长举行记者会",
        "市长在记者会上表示",
        "市长在记者会上表示，预算案将于下周提交议会审议。",
    ),
    "big5": (
        "市長舉行記者會",
        "市長在記者會上表示",
        "市長在記者會上表示，預算案將於下週提交議會審議。",
    ),
    "euc_kr": (
        "시장 기자회견",
        "기자회견에서",
        "시장은 기자회견에서 예산안을 다음 주 의회에 제출하겠다고 말했다.",
    ),
}


def article_text(encoding: str) -> str:
    title, _, body = TEXTS[encoding]
    return f"Title: {title}\nDate: 2024-03-15\n\n{body}\n\n{body}\n"


@pytest.mark.parametrize("encoding", list(TEXTS))
def test_a_cjk_file_is_read_whole_in_its_own_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(article_text(encoding).encode(encoding))
    load = load_file(path, "news.txt")
    (article,) = load.articles
    assert article.title == TEXTS[encoding][0]
    assert TEXTS[encoding][2] in article.text
    assert [(p.kind, p.message) for p in load.problems] == [
        ("encoding", f"decoded as {encoding} (not UTF-8)")
    ]


@pytest.mark.parametrize("encoding", ["cp932", "euc_jp"])
def test_a_japanese_jsonl_record_is_read_in_its_own_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "news.jsonl"
    title, _, body = TEXTS[encoding]
    record = json.dumps({"id": "j1", "title": title, "text": body}, ensure_ascii=False)
    path.write_bytes(record.encode(encoding) + b"\n")
    load = load_file(path, "news.jsonl")
    (article,) = load.articles
    assert (article.title, article.text) == (title, body)
    assert len(load.problems) == 1 and encoding in load.problems[0].message


def test_a_shift_jis_record_among_utf8_records_is_read_in_shift_jis(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    title, _, body = TEXTS["cp932"]
    good = json.dumps(
        {"id": "u1", "title": "Caf\u00e9 \u201cnews\u201d", "text": "Caf\u00e9."},
        ensure_ascii=False,
    )
    sjis = json.dumps({"id": "j1", "title": title, "text": body}, ensure_ascii=False)
    path.write_bytes(good.encode() + b"\n" + sjis.encode("cp932") + b"\n")
    load = load_file(path, "news.jsonl")
    texts = {article.id: (article.title, article.text) for article in load.articles}
    assert texts == {"u1": ("Caf\u00e9 \u201cnews\u201d", "Caf\u00e9."), "j1": (title, body)}
    assert [(p.line, "cp932" in p.message) for p in load.problems] == [(2, True)]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder = tmp_path_factory.mktemp("cjk") / "corpus"
    folder.mkdir()
    for encoding in TEXTS:
        (folder / f"{encoding}.txt").write_bytes(article_text(encoding).encode(encoding))
    built = Library([folder], folder.parent / "index")
    assert isinstance(list(built.update())[-1], UpdateSummary)
    return built


@pytest.mark.parametrize("encoding", list(TEXTS))
def test_a_cjk_article_is_found_by_a_word_of_its_own(library: Library, encoding: str) -> None:
    title, word, _ = TEXTS[encoding]
    assert title in {hit.title for hit in library.search(word).hits}


def test_a_latin1_line_in_a_utf8_file_keeps_its_line_repair(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    utf8 = "Caf\u00e9 \u201cnews\u201d from Z\u00fcrich.\n".encode()
    path.write_bytes(utf8 + b"Soci\xe9t\xe9 G\xe9n\xe9rale said no.\n" + utf8)
    load = load_file(path, "mixed.txt")
    assert "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale said no." in load.articles[0].text
    assert [(p.line, p.kind) for p in load.problems] == [(2, "repaired")]
    assert "cp1252" in load.problems[0].message
