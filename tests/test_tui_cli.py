"""The console script through its real entry point: outputs, exit codes, one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsexplore.search import index_dir_for
from newsexplore.tui.cli import main
from tests.cli_support import run


def test_search_json_output(capsys, index_dir: str) -> None:
    code, out, _ = run(["search", "grok", "--format", "json", "--index-dir", index_dir], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["total"] == 2
    assert {hit["article_id"] for hit in data["hits"]} == {
        "000_a886e2d11f6a18e9.txt",
        "003_d8092089b7cd25ff.txt",
    }
    assert all("grok" in hit["snippet"].lower() for hit in data["hits"])


def test_search_date_sort_and_filter(capsys, index_dir: str) -> None:
    code, out, _ = run(
        [
            "search",
            "starmer",
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31",
            "--format",
            "jsonl",
            "--index-dir",
            index_dir,
        ],
        capsys,
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["date"] for r in rows] == ["2026-01-08"]


def test_search_text_output_keeps_the_article_words(capsys, index_dir: str) -> None:
    code, out, _ = run(["search", "Ofcom", "--index-dir", index_dir], capsys)
    assert code == 0
    assert out.startswith("2 results for Ofcom")
    assert "«" not in out and "Ofcom" in out.split("\n", 2)[2]


def test_search_json_gives_highlights_as_offsets(capsys, index_dir: str) -> None:
    code, out, _ = run(["search", "Ofcom", "--format", "json", "--index-dir", index_dir], capsys)
    hits = json.loads(out)["hits"]
    assert code == 0 and hits
    for hit in hits:
        assert hit["highlights"]
        assert {hit["snippet"][a:b].lower() for a, b in hit["highlights"]} == {"ofcom"}


def test_search_says_how_often_each_hit_uses_the_query_words(capsys, index_dir: str) -> None:
    code, out, _ = run(["search", "Ofcom", "--format", "json", "--index-dir", index_dir], capsys)
    hits = json.loads(out)["hits"]
    for hit in hits:
        _c, text, _e = run(["article", hit["article_id"], "--index-dir", index_dir], capsys)
        assert hit["matches"] == text.count("Ofcom") > 0
    _c, listing, _e = run(["search", "Ofcom", "--index-dir", index_dir], capsys)
    for hit in hits:
        noun = "hit" if hit["matches"] == 1 else "hits"
        assert f"{hit['article_id']}  {hit['matches']} {noun}" in listing


def test_query_syntax_error_exits_non_zero_with_one_line(capsys, index_dir: str) -> None:
    code, out, err = run(["search", '"unclosed', "--index-dir", index_dir], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "unclosed quote" in err


def test_missing_corpus_is_one_line_error(capsys, tmp_path: Path) -> None:
    code, _, err = run(["index", str(tmp_path / "nope")], capsys)
    assert code == 2
    assert err.strip().endswith("no such file or folder") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["search", "x", "--from", "yesterday"], "not a date"),
        (["search", "x", "--limit", "-5"], "not a positive whole number"),
        (["search", "x", "--format", "xml"], "invalid choice"),
        (["timeline", "--bogus"], "unrecognized arguments"),
    ],
)
def test_bad_arguments_are_one_line_usage_errors(capsys, argv: list[str], says: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err
    assert err.startswith("newsexplore") and ": error: " in err and "--help)" in err


@pytest.mark.parametrize("command", [["timeline"], ["search", "x"]])
def test_an_inverted_date_range_is_an_error_not_an_empty_list(capsys, command) -> None:
    code, out, err = run([*command, "--from", "2026-02-01", "--to", "2026-01-01"], capsys)
    assert code == 2 and out == ""
    assert err == "newsexplore: error: --from 2026-02-01 is after --to 2026-01-01\n"


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("date:[2026-02-01 TO 2026-01-01]", "2026-02-01 is after 2026-01-01"),
        ("ofcom date:[February 2026 TO January 2026]", "February 2026 is after January 2026"),
    ],
)
def test_a_query_range_the_wrong_way_round_is_refused_like_from_and_to(
    capsys, index_dir: str, query: str, says: str
) -> None:
    code, out, err = run(["search", query, "--index-dir", index_dir], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and says in err and "date range runs backwards" in err


def test_a_query_range_the_right_way_round_still_searches(capsys, index_dir: str) -> None:
    code, out, _ = run(
        ["search", "date:[2026-01-01 TO 2026-02-01]", "--index-dir", index_dir], capsys
    )
    assert code == 0 and out.strip()


@pytest.mark.parametrize("query", ["grok~5", "title:grok~3", "(ofcom~9)"])
def test_a_near_spelling_of_too_many_edits_is_refused_saying_the_limit(
    capsys, index_dir: str, query: str
) -> None:
    code, out, err = run(["search", query, "--index-dir", index_dir], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "at most 2 edits" in err


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("grok OR OR musk", "OR OR: two operators in a row"),
        ("grok OR AND musk", "OR AND: two operators in a row"),
        ("grok AND OR musk", "AND OR: two operators in a row"),
        ("grok AND AND musk", "AND AND: two operators in a row"),
        ("grok NOT NOT musk", "NOT NOT: two operators in a row"),
        ("(OR grok) musk", "OR after ( needs a term before it"),
        ("(grok AND) musk", "AND before ) needs a term after it"),
        ("()", "empty group"),
        ("grok ( ) musk", "empty group"),
        ("title:()", "empty group"),
        ("stramer~1.5", "whole number"),
        ('"all options"~1.5', "whole number"),
    ],
)
def test_doubled_operators_empty_groups_and_fractional_edits_are_refused_in_words(
    capsys, index_dir: str, query: str, says: str
) -> None:
    code, out, err = run(["search", query, "--index-dir", index_dir], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and says in err, err


@pytest.mark.parametrize("query", ["grok AND NOT musk", "grok OR -musk", "(grok OR musk) ofcom"])
def test_an_operator_followed_by_not_still_searches(capsys, index_dir: str, query: str) -> None:
    code, out, err = run(["search", query, "--index-dir", index_dir], capsys)
    assert code == 0 and out.strip() and "in a row" not in err, query


def test_a_lowercase_or_is_searched_as_a_word_and_the_user_is_told(capsys, index_dir: str) -> None:
    code, out, err = run(["search", "grok or musk", "--index-dir", index_dir], capsys)
    assert code == 0
    assert '"or" was searched as a word; the operator is OR' in out.splitlines()[0]
    code, out, err = run(
        ["search", "grok or musk", "--format", "json", "--index-dir", index_dir], capsys
    )
    assert json.loads(out)["note"] == '"or" was searched as a word; the operator is OR'


@pytest.mark.parametrize("query", ["grok OR musk", '"grok or musk"', "grok musk"])
def test_no_word_note_when_no_lowercase_operator_stands_between_words(
    capsys, index_dir: str, query: str
) -> None:
    code, out, _ = run(["search", query, "--format", "json", "--index-dir", index_dir], capsys)
    assert code == 0 and json.loads(out)["note"] is None


@pytest.mark.parametrize("query", ["stramer~", "kendl~2", '"all options"~5'])
def test_near_spellings_and_phrase_distances_within_reason_still_search(
    capsys, index_dir: str, query: str
) -> None:
    code, out, _ = run(["search", query, "--index-dir", index_dir], capsys)
    assert code == 0 and out.strip(), query


def test_a_mistyped_command_is_named_as_one(capsys) -> None:
    code, _, err = run(["serach", "oil"], capsys)
    assert code == 2 and err.count("\n") == 1
    assert "unknown command 'serach'; did you mean search?" in err
    code, _, err = run(["nothing-like-a-command"], capsys)
    assert code == 2 and "no such file or folder" in err and "commands are index, search" in err


def test_a_search_without_a_query_says_so(capsys) -> None:
    code, out, err = run(["search"], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1 and "a QUERY is needed" in err


def test_unusable_index_dir_is_one_line_error(capsys, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, _, err = run(["index", "--index-dir", str(blocker / "sub"), str(tmp_path)], capsys)
    assert code == 1
    assert err.startswith("newsexplore: error:") and err.count("\n") == 1


def test_index_reports_what_it_did(capsys, tmp_path: Path, index_dir: str) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Title: One\n\nFirst story text.\n")
    (corpus / "empty.txt").write_text("")
    code, _, err = run(["index", str(corpus), "--index-dir", index_dir], capsys)
    assert code == 0
    assert "empty.txt" in err and "files indexed 1" in err and "skipped 1" in err
    code, _, err = run(["index", str(corpus), "--index-dir", index_dir], capsys)
    assert "unchanged 2" in err


def test_reading_everything_again_for_new_rules_is_announced(capsys, tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Title: One\n\nFirst story text.\n")
    index_dir = tmp_path / "idx"
    assert run(["index", str(corpus), "--index-dir", str(index_dir)], capsys)[0] == 0
    manifest = index_dir_for([corpus], index_dir) / "commit.json"
    manifest.write_text(manifest.read_text().replace('"extractors": "', '"extractors": "old'))
    code, _, err = run(["index", str(corpus), "--index-dir", str(index_dir)], capsys)
    assert code == 0
    assert "reading every article again: this version finds quotes" in err
    assert "articles written 1" in err
    _, _, err = run(["index", str(corpus), "--index-dir", str(index_dir)], capsys)
    assert "again" not in err


def test_quotes_jsonl_has_the_scorer_fields(capsys, index_dir: str) -> None:
    code, out, _ = run(["quotes", "--index-dir", index_dir], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows
    for row in rows:
        assert {
            "article_id",
            "quote",
            "speaker",
            "start",
            "end",
            "cue",
            "partial",
            "speaker_id",
            "group",
        } <= set(row)


def test_quotes_say_how_each_speaker_was_found(capsys, index_dir: str) -> None:
    code, out, _ = run(["quotes", "--format", "csv", "--index-dir", index_dir], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows
    assert {"id", "evidence", "confidence", "basis", "checked"} <= set(rows[0])
    named = [r for r in rows if r["evidence"] == "named"]
    assert named and all(r["confidence"] == "high" for r in named)
    pronouns = [r for r in rows if r["evidence"] == "pronoun"]
    assert pronouns and all("→" in r["basis"] for r in pronouns)
    assert all(r["id"] == f"{r['article_id']}@{r['start']}" for r in rows)


def test_quotes_for_one_speaker_as_csv(capsys, index_dir: str) -> None:
    code, out, _ = run(
        ["quotes", "--speaker", "Starmer", "--format", "csv", "--index-dir", index_dir], capsys
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows
    assert {row["speaker"] for row in rows} == {"Keir Starmer"}


def test_unknown_speaker_is_an_error(capsys, index_dir: str) -> None:
    code, _, err = run(["quotes", "--speaker", "Nobody Atall", "--index-dir", index_dir], capsys)
    assert code == 3 and "no speaker matches" in err


def test_timeline_json(capsys, index_dir: str) -> None:
    code, out, _ = run(["timeline", "--format", "json", "--index-dir", index_dir], capsys)
    rows = json.loads(out)
    assert code == 0
    assert {"article_id", "text", "value", "start", "end", "sentence", "precision", "kind"} <= set(
        rows[0]
    )
    values = [r["value"] for r in rows if r["value"] and r["value"][:1].isdigit()]
    assert values == sorted(values, key=lambda v: v[:4])


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.startswith("newsexplore ")


@pytest.mark.parametrize(
    ("argv", "first_column"),
    [
        (["timeline", "--from", "2030-01-01", "--format", "csv"], "article_id"),
        (["quotes", "--format", "csv"], "article_id"),
        (["speakers", "--format", "csv"], "id"),
    ],
)
def test_csv_has_its_header_even_when_empty(capsys, tmp_path: Path, argv, first_column) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("Title: Calm\n\nNothing was said here today.\n")
    corpus = ["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "i")]
    code, out, _ = run([*argv, *corpus], capsys)
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and len(rows) == 1 and rows[0][0] == first_column


def test_csv_header_names_every_column_of_a_record(capsys, index_dir: str) -> None:
    for command in ("quotes", "speakers", "timeline"):
        code, out, _ = run([command, "--format", "csv", "--index-dir", index_dir], capsys)
        rows = list(csv.DictReader(io.StringIO(out)))
        _, jsonl, _ = run([command, "--index-dir", index_dir], capsys)
        assert code == 0 and list(rows[0]) == list(json.loads(jsonl.splitlines()[0]))


def _undated_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "undated"
    root.mkdir()
    (root / "board.txt").write_text(
        "Title: Board\n\nLast week the board met. Yesterday it voted. On 3 May 2024 it "
        "reported, and the next day it closed.\n"
    )
    (root / "port.txt").write_text("Title: Port\n\nThe port reopened on Monday after a month.\n")
    return root


def test_timeline_groups_by_month_with_counts(capsys, index_dir: str) -> None:
    code, out, _ = run(["timeline", "--group", "month", "--index-dir", index_dir], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert {"period", "count", "articles", "sources", "events"} <= set(rows[0])
    january = next(r for r in rows if r["period"] == "2026-01")
    assert january["count"] >= 5 and january["articles"] == 2
    assert all(e["value"].startswith("2026-") for e in january["events"])
    periods = [r["period"] for r in rows if r["period"][:1].isdigit()]
    assert periods == sorted(periods)
    assert [r["period"] for r in rows][len(periods) :] == ["unresolved", "undated"]


def test_timeline_around_a_written_date_with_a_query_and_limit(capsys, index_dir: str) -> None:
    code, out, _ = run(
        [
            "timeline",
            "grok",
            "--around",
            "7 January 2026",
            "--limit",
            "4",
            "--index-dir",
            index_dir,
        ],
        capsys,
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 4
    assert "2026-01-07" in [r["value"] for r in rows]
    code, _, err = run(["timeline", "--around", "someday soon", "--index-dir", index_dir], capsys)
    assert code == 2 and "--around" in err and len(err.splitlines()) == 1


def test_reference_date_resolves_an_undated_corpus_marked_inferred(capsys, tmp_path: Path) -> None:
    corpus = _undated_corpus(tmp_path)
    index = str(tmp_path / "index")
    code, out, _ = run(["timeline", "--corpus", str(corpus), "--index-dir", index], capsys)
    before = {r["text"]: r["value"] for r in map(json.loads, out.splitlines())}
    assert code == 0 and before["Last week"] is None and before["Monday"] is None
    assert before["the next day"] == "2024-05-04"
    later = ["--index-dir", index, "--reference-date", "2024-06-12"]
    # The date asked for is the date answered with: the index is read again first.
    code, out, err = run(["timeline", "--corpus", str(corpus), *later], capsys)
    assert "out of date" not in err and "2024-06-12" in err and len(err.splitlines()) == 1
    rows = list(map(json.loads, out.splitlines()))
    after = {r["text"]: (r["value"], r["inferred"]) for r in rows}
    assert code == 0
    assert after["Last week"] == ("2024-W23", True) and after["Yesterday"] == ("2024-06-11", True)
    assert after["Monday"] == ("2024-06-10", True)
    code, out, err = run(["timeline", "--corpus", str(corpus), *later], capsys)
    assert code == 0 and err == "" and list(map(json.loads, out.splitlines())) == rows
    code, _, err = run(["timeline", "--corpus", str(corpus), "--index-dir", index], capsys)
    # Without the option the index still counts from 2024-06-12: no "new" date, another one.
    assert code == 0 and "from another reference date than this command's" in err
    assert "new reference date" not in err and len(err.splitlines()) == 1


def test_a_bad_folder_setting_is_one_line_naming_the_file_and_line(capsys, tmp_path: Path) -> None:
    corpus = _undated_corpus(tmp_path)
    (corpus / "newsexplore.cfg").write_text("date: 2024-06-31\n")
    code, out, err = run(
        ["timeline", "--corpus", str(corpus), "--index-dir", str(tmp_path / "index")], capsys
    )
    assert code == 0 and out
    assert "newsexplore.cfg:1: not a date" in err and "Traceback" not in err


def test_speakers_limit_keeps_the_most_quoted(capsys, index_dir: str) -> None:
    code, out, _ = run(["speakers", "--index-dir", index_dir], capsys)
    everyone = [json.loads(line)["name"] for line in out.splitlines()]
    code, out, err = run(["speakers", "--limit", "2", "--index-dir", index_dir], capsys)
    assert code == 0, err
    assert [json.loads(line)["name"] for line in out.splitlines()] == everyone[:2]


def test_counts_of_one_read_in_the_singular(capsys, tmp_path: Path, index_dir: str) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        'Title: Two Bakers\n\nJohn Baker said: "The bread is late today."\n\n'
        'Mary Baker said: "The ovens are cold this morning."\n'
    )
    code, _, err = run(["index", str(corpus), "--index-dir", index_dir], capsys)
    assert code == 0 and "1 article in the index" in err, err
    code, _, err = run(
        ["quotes", "--speaker", "Baker", "--index-dir", index_dir, "--corpus", str(corpus)], capsys
    )
    assert code == 3 and "(1 quote, id" in err and "1 quotes" not in err, err


def test_a_command_written_after_an_option_is_named_as_the_mistake(capsys, tmp_path) -> None:
    """`newsexplore --reference-date D timeline --corpus X` read "timeline" as a corpus
    folder and blamed the command's own options as unrecognized."""
    from tests.cli_support import run

    code, out, err = run(
        ["--reference-date", "2024-05-15", "timeline", "--corpus", str(tmp_path), "--limit", "2"],
        capsys,
    )
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "timeline is a command: write it first" in err, err
    assert "newsexplore timeline --reference-date 2024-05-15 --corpus" in err
