"""Options written before a verb (`speakers --store S merge A B`) are the ones used.

argparse lets a verb's own parser put its defaults over what the command's
parser already read, so `--store` or `--corpus` given before the verb was
silently dropped: the correction went into another corpus's store.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from newsexplore.search.paths import default_store_path
from tests.cli_support import run

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _names(capsys, opts: list[str]) -> set[str]:
    code, out, _ = run(["speakers", "--format", "csv", *opts], capsys)
    assert code == 0
    return {row["name"] for row in csv.DictReader(io.StringIO(out))}


def test_store_before_the_verb_is_the_store_written(capsys, tmp_path: Path) -> None:
    store = tmp_path / "mine.sqlite"
    opts = ["--index-dir", str(tmp_path / "index"), "--store", str(store)]
    code, out, err = run(["speakers", *opts, "merge", "Keir Starmer", "Haigh"], capsys)
    assert code == 0, err
    assert store.is_file()
    assert "Louise Haigh" not in _names(capsys, opts)
    assert not default_store_path([SEEDS]).exists()


def test_corpus_before_the_verb_is_the_corpus_corrected(capsys, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    store = tmp_path / "mine.sqlite"
    index = ["--index-dir", str(tmp_path / "index")]
    before = ["--corpus", str(corpus), *index, "--store", str(store)]
    code, out, err = run(["speakers", *before, "rename", "Nigel Farage", "N. Farage"], capsys)
    assert code == 0, err
    assert "N. Farage" in _names(capsys, ["--corpus", str(corpus), *index, "--store", str(store)])


def test_marks_store_before_the_verb(capsys, tmp_path: Path) -> None:
    store = tmp_path / "marks.sqlite"
    opts = ["--index-dir", str(tmp_path / "index"), "--store", str(store)]
    article = sorted(p.name for p in SEEDS.iterdir() if p.suffix == ".txt")[0]
    code, _, err = run(["marks", *opts, "add", article, "--note", "check"], capsys)
    assert code == 0, err
    code, out, _ = run(["marks", *opts], capsys)
    assert code == 0 and "check" in out


@pytest.mark.parametrize("typed", ["Bob\x1b[31m Red\x07", "Bob\tRed"])
def test_rename_says_the_name_it_kept(capsys, tmp_path: Path, typed: str) -> None:
    opts = ["--index-dir", str(tmp_path / "index"), "--store", str(tmp_path / "s.sqlite")]
    code, out, _ = run(["speakers", "rename", "Nigel Farage", typed, *opts], capsys)
    kept = " ".join(typed.replace("\x1b", " ").replace("\x07", " ").split())
    assert code == 0 and f"to {kept} (" in out
    assert kept in _names(capsys, opts)
    assert not any(ord(c) < 32 and c != "\n" for c in out)
