"""The command line as a new user meets it: the traps that gave a wrong or misleading answer."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from newsexplore.tui.cli import main
from newsexplore.tui.cli.common import EXIT_ERROR, EXIT_NOT_FOUND, EXIT_USAGE
from newsexplore.tui.cli.parser import build_parser
from tests.cli_support import run

from .conftest import REPO, SEEDS

ARTICLE = "003_d8092089b7cd25ff.txt"


def test_query_after_corpus_paths_is_still_the_query(capsys, index_dir: str) -> None:
    code, out, err = run(
        ["search", "--corpus", str(SEEDS), "grok", "--index-dir", index_dir], capsys
    )
    assert code == 0, err
    assert out.startswith("2 results for grok")


def test_timeline_query_after_corpus_paths_is_still_the_query(capsys, index_dir: str) -> None:
    argv = ["timeline", "--corpus", str(SEEDS), "boycotting", "--index-dir", index_dir]
    code, out, err = run(argv, capsys)
    assert code == 0, err
    assert {json.loads(line)["article_id"] for line in out.splitlines()} == {ARTICLE}


def test_corpus_paths_can_end_with_a_double_dash(capsys, index_dir: str) -> None:
    code, out, _ = run(
        ["search", "--index-dir", index_dir, "--corpus", str(SEEDS), "--", "grok"], capsys
    )
    assert code == 0 and out.startswith("2 results for grok")


def test_a_mistyped_command_is_named(capsys) -> None:
    code, _, err = run(["qoutes"], capsys)
    assert code == EXIT_USAGE and "did you mean quotes?" in err and err.count("\n") == 1


@pytest.fixture(scope="module")
def bakers(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("bakers")
    stories = {
        "a.txt": '"The dollar is stable," said Treasury Secretary James Baker. '
        '"We will talk to Tokyo," James Baker added.',
        "b.txt": '"Rates will hold," said James Baker on Monday.',
        "c.txt": '"Nothing to add," Treasury Secretary Baker said.',
        "d.txt": '"The budget is fine," said Jim Wright, the Speaker.',
        "e.txt": 'Officials met on Monday. "We agree with the plan," Susan Wright told reporters.',
    }
    for name, text in stories.items():
        (folder / name).write_text(f"Title: Story {name}\n\n{text}\n")
    return _indexed(folder, tmp_path_factory)


def _indexed(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Build the index up front, so what a test reads on stderr does not depend on whether
    an earlier test already built it (the first command to meet no index says so)."""
    index = str(tmp_path_factory.mktemp("index"))
    assert main(["index", str(folder), "--index-dir", index]) == 0
    return ["--corpus", str(folder), "--index-dir", index]


def _speakers_of(out: str) -> set[str]:
    return {json.loads(line)["speaker"] for line in out.splitlines()}


def test_a_surname_one_person_has_picks_that_person(capsys, bakers) -> None:
    code, out, err = run(["quotes", "--speaker", "Baker", *bakers], capsys)
    assert code == 0, err
    assert _speakers_of(out) == {"James Baker"} and len(out.splitlines()) >= 3


def test_an_ambiguous_surname_lists_the_candidates(capsys, bakers) -> None:
    code, out, err = run(["quotes", "--speaker", "wright", *bakers], capsys)
    assert code == EXIT_NOT_FOUND and out == ""
    assert "Jim Wright" in err and "Susan Wright" in err and err.count("\n") == 1


@pytest.fixture(scope="module")
def three_bakers(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Two full-named Bakers, so a third article's bare "Baker" stays a speaker of its own."""
    folder = tmp_path_factory.mktemp("three-bakers")
    stories = {
        "a.txt": '"The dollar has fallen far enough," James Baker said.',
        "b.txt": '"The president will sign the bill," Howard Baker said.',
        "c.txt": '"We made real progress on the deficit," Baker said.',
    }
    for name, text in stories.items():
        (folder / name).write_text(f"Title: Story {name}\n\n{text}\n")
    return _indexed(folder, tmp_path_factory)


@pytest.mark.parametrize(
    ("name", "speaker"),
    [("Baker", "Baker"), ("baker", "Baker"), ("james-baker", "James Baker")],
)
def test_an_exact_name_or_id_picks_that_speaker(capsys, three_bakers, name, speaker) -> None:
    code, out, err = run(["quotes", "--speaker", name, *three_bakers], capsys)
    assert code == 0, err
    assert _speakers_of(out) == {speaker}


@pytest.mark.parametrize("command", ["search", "quotes"])
def test_an_unknown_speaker_exits_the_same_everywhere(capsys, bakers, command: str) -> None:
    argv = [command, "dollar"] if command == "search" else [command]
    code, out, err = run([*argv, "--speaker", "Nobody", *bakers], capsys)
    assert code == EXIT_NOT_FOUND and out == "" and "no speaker matches" in err


def test_search_by_speaker_finds_all_their_quotes(capsys, bakers) -> None:
    code, out, _ = run(["search", "", "--speaker", "baker", "--format", "json", *bakers], capsys)
    data = json.loads(out)
    assert code == 0 and data["total"] >= 3
    assert {hit["speaker"] for hit in data["hits"]} == {"James Baker"}


def _options(parser: argparse.ArgumentParser, name: str = "newsexplore"):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                yield from _options(sub, f"{name} {sub_name}")
        elif not isinstance(action, argparse._HelpAction | argparse._VersionAction):
            yield name, action


def test_every_option_has_help() -> None:
    missing = [
        f"{name} {'/'.join(action.option_strings) or action.dest}"
        for name, action in _options(build_parser())
        if not action.help
    ]
    assert missing == []


def test_exit_codes_are_one_documented_table(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    readme = (REPO / "README.md").read_text()
    for number in (EXIT_ERROR, EXIT_USAGE, EXIT_NOT_FOUND):
        assert f"\n  {number} " in out
        assert f"| {number} |" in readme


def test_a_corpus_path_that_does_not_exist_exits_with_the_code_the_table_gives_it(
    capsys, tmp_path: Path
) -> None:
    """Every command refuses a missing corpus path alike, in one line naming it, with
    the code `--help` and the README list for that mistake."""
    missing = str(tmp_path / "nonexistent")
    for argv in (
        ["index", missing],
        ["search", "grok", "--corpus", missing],
        ["quotes", "--corpus", missing],
        ["timeline", "--corpus", missing],
        ["speakers", "--corpus", missing],
        ["marks", "--corpus", missing],
    ):
        code, out, err = run([*argv, "--index-dir", str(tmp_path / "index")], capsys)
        assert code == EXIT_USAGE and out == "", argv
        assert err.count("\n") == 1 and missing in err, err
    with pytest.raises(SystemExit):
        main(["--help"])
    table = capsys.readouterr().out.split("exit codes:", 1)[1]
    row = table.split(f"\n  {EXIT_USAGE} ", 1)[1].split(f"\n  {EXIT_NOT_FOUND} ", 1)[0]
    assert "corpus path that does not exist" in " ".join(row.split()), row
    readme = (REPO / "README.md").read_text()
    readme_row = readme.split(f"| {EXIT_USAGE} |", 1)[1].split("\n", 1)[0]
    assert "corpus path that does not exist" in readme_row


def test_quotes_and_timeline_take_a_query_and_a_limit(capsys, index_dir: str) -> None:
    code, out, _ = run(["quotes", "--query", "options", "--index-dir", index_dir], capsys)
    quotes = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and quotes and all("options" in q["quote"] for q in quotes)
    code, out, _ = run(["quotes", "--limit", "2", "--index-dir", index_dir], capsys)
    assert code == 0 and len(out.splitlines()) == 2
    code, out, _ = run(["timeline", "boycotting", "--index-dir", index_dir], capsys)
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and events and {e["article_id"] for e in events} == {ARTICLE}
    code, out, _ = run(["timeline", "--limit", "3", "--index-dir", index_dir], capsys)
    assert code == 0 and len(out.splitlines()) == 3


def test_a_folder_with_no_readable_article_is_an_error(capsys, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "blank.txt").write_text("   \n")
    (tmp_path / "empty" / "image.png").write_bytes(b"\x89PNG\r\n")
    for argv in (
        ["index", str(tmp_path / "empty")],
        ["search", "x", "--corpus", str(tmp_path / "empty")],
    ):
        code, out, err = run([*argv, "--index-dir", str(tmp_path / "index")], capsys)
        assert code == EXIT_ERROR and out == "" and "no readable article" in err


def test_publication_rows_have_real_offsets_or_none(capsys, index_dir: str) -> None:
    code, out, _ = run(["timeline", "--index-dir", index_dir], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    published = [r for r in rows if r["kind"] == "published"]
    assert code == 0 and published
    for row in rows:
        if row["start"] is None:
            assert row["end"] is None and row["kind"] in ("published", "undated")
        else:
            assert row["end"] > row["start"]


def test_article_prints_what_offsets_point_into(capsys, index_dir: str) -> None:
    code, out, _ = run(["quotes", "--index-dir", index_dir], capsys)
    quote = next(json.loads(line) for line in out.splitlines() if ARTICLE in line)
    code, out, _ = run(["article", ARTICLE, "--format", "json", "--index-dir", index_dir], capsys)
    article = json.loads(out)
    assert code == 0 and article["id"] == ARTICLE and article["path"] == ARTICLE
    assert article["text"][quote["start"] : quote["end"]] == quote["quote"]
    assert set(article) >= {"title", "date", "source", "author", "url", "path", "text"}
    code, out, _ = run(["article", ARTICLE, "--index-dir", index_dir], capsys)
    assert code == 0 and out.startswith(f"id: {ARTICLE}\ntitle: Keir Starmer")
    assert "boycotting" in out


def test_an_unknown_article_id_is_not_found(capsys, index_dir: str) -> None:
    code, out, err = run(["article", "nope", "--index-dir", index_dir], capsys)
    assert code == EXIT_NOT_FOUND and out == "" and "no article with id 'nope'" in err


def _csv_header(out: str) -> list[str]:
    return out.splitlines()[0].split(",") if out else []


def test_a_csv_with_no_quote_has_the_full_header(capsys, bakers) -> None:
    _, some, _ = run(["quotes", "--format", "csv", *bakers], capsys)
    code, none, err = run(["quotes", "--query", "zzz", "--format", "csv", *bakers], capsys)
    assert code == 0, err
    assert len(_csv_header(some)) == 15 and _csv_header(none) == _csv_header(some)
    assert none.count("\n") == 1


def test_a_csv_with_no_mark_has_the_full_header(capsys, bakers, tmp_path: Path) -> None:
    store = ["--store", str(tmp_path / "store.sqlite")]
    assert run(["marks", "add", "a.txt", "--tag", "one", *store, *bakers], capsys)[0] == 0
    _, some, _ = run(["marks", "--format", "csv", *store, *bakers], capsys)
    code, none, err = run(["marks", "--format", "csv", "--tag", "none", *store, *bakers], capsys)
    assert code == 0, err
    assert "note" in _csv_header(some) and _csv_header(none) == _csv_header(some)
    assert none.count("\n") == 1


def test_help_lists_the_apps_own_options(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for option in ("--reference-date", "--index-dir", "--store", "--follow-links"):
        assert option in out
