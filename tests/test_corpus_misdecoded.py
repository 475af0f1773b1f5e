"""Text mis-decoded before it reached the corpus ("PeÃ±a Nieto", "itâ€™s") is read as
it was written ("Peña Nieto", "it’s"): found by `peña` and `pena`, shown repaired and
said to be; correct text in any language is left exactly as written."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from newsexplore.search import Library
from newsexplore.search.corpus.misdecoded import repair_misdecoded
from newsexplore.search.export.cite import cite_markdown, cite_plain
from newsexplore.search.index.update import UpdateSummary
from newsexplore.search.store.marks import passage_target
from newsexplore.tui.app import make_app
from newsexplore.tui.widgets.reader import ArticleBody
from tests.cli_support import run
from tests.test_tui_counted_from import header, open_article
from tests.test_tui_pilot import screen_of, sync

CORRECT = [
    "El presidente Enrique Peña Nieto dijo que la economía crecerá; ¿qué opinan? ¡Sí!",
    "Le président François Hollande a déclaré à l'Élysée : « Ça suffit », été, où, çà et là.",
    "Die Bundeskanzlerin sagte in München: „Wir schaffen das“ – Grüße, Straße, Öl, Ärger.",
    "Prezydent Andrzej Duda powiedział w Łodzi, że źródło żółci gęśli jaźń. Żaba, Ćma, Śląsk.",
    "Президент Владимир Путин заявил в Москве, что «всё будет хорошо». Ёлка, щи, ъ.",
    "习近平主席在北京说，经济将继续增长。日本の首相は東京で語った。대한민국 서울",
    "SÃO PAULO (Reuters) - O presidente disse que a inflação NÃO vai subir; JOÃO, CORAÇÃO, AÇÃO",
    "SÃO PAULO, 3 de março — São Paulo, Brasília, João Doria, Maranhão; ÓRGÃOS, MÃE",
    "CÂMARA DOS DEPUTADOS: A BÊNÇÃO; Âge, ÂME, ÊTRE, Ô",
    "Ελλάδα: ο πρωθυπουργός Κυριάκος Μητσοτάκης δήλωσε στην Αθήνα",
    "İstanbul'da Cumhurbaşkanı Erdoğan açıklama yaptı: ğüşıöç ĞÜŞİÖÇ",
    "Þórður Guðjónsson í Reykjavík; Ærø, Øresund, Ålborg; Dvořák, Čapek",
    "Nguyễn Phú Trọng phát biểu tại Hà Nội; Đà Nẵng",
    "România, învățământ, Târgu Mureș, ÎNALTA CURTE",
    "Prices: £5, €10, ¥300, ©2016 Reuters, ® ™ ° ± ² ³ µ ¶ · ¹ º » ¼ ½ ¾ ¿",
    "Quotes: “smart” ‘single’ „low“ ‚x‘ «guillemets» ‹single› — – … •",
    "Naïve café résumé coöperate façade Zoë Brontë Noël; Œuvre, Æsop",
    "MÉXICO, D.F. (AP) — PEÑA NIETO: ÑANDÚ, AÑO, ESPAÑA",
    "Hebrew שלום and Arabic مرحبا and Hindi नमस्ते",
    "Signs: ≤ ≥ ≠ ∞ √ × ÷ →; a non-breaking\u00a0space; ＡＢＣ full width",
    unicodedata.normalize("NFD", "Decomposed: Peña, São Paulo, François, Łódź"),
]


@pytest.mark.parametrize("text", CORRECT)
def test_correct_text_is_left_as_written(text: str) -> None:
    assert repair_misdecoded(text) is None


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Enrique PeÃ±a Nieto", "Enrique Peña Nieto"),
        ("itâ€™s a deal", "it’s a deal"),
        # Mis-decoded twice over, the second time by Latin-1.
        ("President FranÃ\x83Â§ois Hollande", "President François Hollande"),
        # Decomposed after it was mis-decoded.
        (unicodedata.normalize("NFD", "Hugo ChÃ¡vez"), "Hugo Chávez"),
        # A mis-decoded word beside correct ones on one line.
        ("“It’s PeÃ±a,” said José in São Paulo", "“It’s Peña,” said José in São Paulo"),
    ],
)
def test_mis_decoded_words_are_read_as_written_first(written: str, read: str) -> None:
    repair = repair_misdecoded(written)
    assert repair is not None and repair.text == read


def test_characters_lost_upstream_are_not_guessed() -> None:
    # "real‐world" mis-decoded three times with a byte lost: undoing one layer would
    # still show garbage, so the line stays as the file has it.
    assert repair_misdecoded("the realÃ¢€world concerns") is None


RECORDS = [
    {
        "id": "mx-1",
        "title": "PeÃ±a Nieto meets Trump",
        "date": "2016-09-01",
        "text": (
            "Mexican President Enrique PeÃ±a Nieto met Donald Trump in Mexico City.\n\n"
            '"We had a very substantive discussion," PeÃ±a Nieto said. itâ€™s a start.'
        ),
    },
    *(
        {"id": f"ok-{n}", "title": f"Correct {n}", "date": "2016-09-02", "text": text}
        for n, text in enumerate(CORRECT)
    ),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("misdecoded") / "corpus"
    folder.mkdir()
    lines = (json.dumps(record, ensure_ascii=False) for record in RECORDS)
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def library(corpus: Path) -> Library:
    built = Library([corpus], corpus.parent / "index")
    steps = list(built.update())
    assert isinstance(steps[-1], UpdateSummary)
    return built


@pytest.mark.parametrize("query", ["peña", "pena", '"pena nieto"', "it’s"])
def test_a_mis_decoded_article_is_found_by_its_real_words(library: Library, query: str) -> None:
    assert "Peña Nieto meets Trump" in {hit.title for hit in library.search(query).hits}


def test_quotes_and_speakers_carry_the_repaired_name(library: Library) -> None:
    quotes = library.quotes(article_id="mx-1")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We had a very substantive discussion,", "Peña Nieto")
    ]
    article = library.article("mx-1")
    assert article is not None and article.misdecoded == ("title", "text")
    quote = quotes[0]
    assert article.text[quote.start : quote.end] == quote.text


def test_correct_articles_are_indexed_byte_for_byte(library: Library) -> None:
    for record in RECORDS[1:]:
        article = library.article(record["id"])
        assert article is not None and article.text == record["text"]
        assert article.misdecoded == ()


def test_indexing_counts_the_repaired_articles(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        ["index", str(corpus), "--index-dir", str(tmp_path / "ix"), "--problems"], capsys
    )
    assert code == 0, err
    assert "1 article with mis-decoded characters repaired" in err
    said = "news.jsonl:1: mis-decoded characters repaired in the title and text:"
    assert f"{said} 'PeÃ±a' read as 'Peña'" in out


@sync
async def test_the_reader_shows_the_repaired_text_and_says_so(
    corpus: Path, library: Library
) -> None:
    app = make_app([corpus], index_dir=corpus.parent / "index")
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(pilot, "mx-1")
        assert "Peña Nieto meets Trump" in header(app)
        assert "title and text repaired: mis-decoded characters" in header(app)
        body = screen_of(app).query_one(ArticleBody)
        shown = "".join(
            "".join(segment.text for segment in body.render_line(y))
            for y in range(body.size.height)
        )
        assert "Enrique Peña Nieto met" in shown and "Ã" not in shown
        await open_article(pilot, "ok-0")
        assert "repaired" not in header(app)


def test_newsexplore_article_says_the_text_was_repaired(
    corpus: Path, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    index = str(corpus.parent / "index")
    code, out, err = run(["article", "mx-1", "--corpus", str(corpus), "--index-dir", index], capsys)
    assert code == 0, err
    assert "note: title and text repaired: mis-decoded characters" in out
    assert "Enrique Peña Nieto met" in out
    code, out, err = run(
        ["article", "mx-1", "--corpus", str(corpus), "--index-dir", index, "--format", "json"],
        capsys,
    )
    assert json.loads(out)["repaired"] == ["title", "text"]


@pytest.mark.parametrize("cite", [cite_plain, cite_markdown])
def test_a_citation_of_repaired_text_says_it_was_repaired(library: Library, cite) -> None:
    article = library.article("mx-1")
    assert article is not None
    start = article.text.index("Enrique")
    cited = cite(passage_target(article, start, start + len("Enrique Peña Nieto")))
    assert "Enrique Peña Nieto" in cited
    assert "title and text repaired: mis-decoded characters" in cited
    other = library.article("ok-0")
    assert other is not None and "repaired" not in cite(passage_target(other, 0, 5))
