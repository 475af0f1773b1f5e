"""`newsexplore speakers merge|split|rename` and `quotes assign|check`, through the real entry point."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from tests.cli_support import run


@pytest.fixture
def opts(tmp_path: Path) -> list[str]:
    return ["--index-dir", str(tmp_path / "index"), "--store", str(tmp_path / "store.sqlite")]


def speakers(capsys, opts: list[str]) -> dict[str, dict]:
    code, out, _ = run(["speakers", "--format", "csv", *opts], capsys)
    assert code == 0
    return {row["name"]: row for row in csv.DictReader(io.StringIO(out))}


def quotes(capsys, opts: list[str]) -> list[dict]:
    code, out, _ = run(["quotes", *opts], capsys)
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_merge_then_list(capsys, opts: list[str]) -> None:
    before = speakers(capsys, opts)
    code, out, _ = run(["speakers", "merge", "Keir Starmer", "Haigh", *opts], capsys)
    assert code == 0 and "merged Louise Haigh into Keir Starmer" in out
    after = speakers(capsys, opts)
    assert "Louise Haigh" not in after
    expected = int(before["Keir Starmer"]["quote_count"]) + int(
        before["Louise Haigh"]["quote_count"]
    )
    assert int(after["Keir Starmer"]["quote_count"]) == expected


def test_split_rename_and_their_mistakes(capsys, opts: list[str]) -> None:
    code, _, _ = run(["speakers", "split", "Keir Starmer", "Sir Keir", *opts], capsys)
    assert code == 0 and "Sir Keir" in speakers(capsys, opts)
    code, _, _ = run(["speakers", "rename", "Sir Keir", "Keir Starmer (PM)", *opts], capsys)
    assert code == 0 and "Keir Starmer (PM)" in speakers(capsys, opts)
    code, _, err = run(["speakers", "split", "Louise Haigh", "Nobody", *opts], capsys)
    assert code == 2 and "'Nobody' is not an alias of Louise Haigh" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(["speakers", "merge", "Nobody Atall", "Haigh", *opts], capsys)
    assert code == 3 and "no speaker matches" in err


def test_assign_and_check_a_quote(capsys, opts: list[str]) -> None:
    first = next(q for q in quotes(capsys, opts) if q["evidence"] == "pronoun")
    code, out, _ = run(["quotes", "assign", first["id"], "Angela Rayner", *opts], capsys)
    assert code == 0 and "now Angela Rayner" in out
    moved = next(q for q in quotes(capsys, opts) if q["id"] == first["id"])
    assert (moved["speaker"], moved["evidence"], moved["checked"]) == (
        "Angela Rayner",
        "user",
        True,
    )
    assert "Angela Rayner" in speakers(capsys, opts)
    other = next(q for q in quotes(capsys, opts) if q["evidence"] == "named")
    code, out, _ = run(["quotes", "check", other["id"], *opts], capsys)
    assert code == 0 and "checked" in out
    assert next(q for q in quotes(capsys, opts) if q["id"] == other["id"])["checked"] is True


def test_a_bad_quote_id_is_one_line(capsys, opts: list[str]) -> None:
    code, _, err = run(["quotes", "assign", "no-such-article@12", "X Y", *opts], capsys)
    assert code == 3 and "no quote 'no-such-article@12'" in err
    code, _, err = run(["quotes", "check", "garbage", *opts], capsys)
    assert code == 2 and "not a quote id" in err


def test_a_rename_to_nothing_is_refused(capsys, opts: list[str]) -> None:
    code, out, err = run(["speakers", "rename", "Liz Kendall", "  ", *opts], capsys)
    assert code == 2 and out == "" and err.count("error:") == 1
    assert "Liz Kendall" in speakers(capsys, opts)


def test_a_rename_to_another_speakers_name_points_to_merge(capsys, opts: list[str]) -> None:
    code, out, err = run(["speakers", "rename", "Liz Kendall", "louise haigh", *opts], capsys)
    assert code == 2 and out == "" and err.count("error:") == 1
    assert "speakers merge" in err
    listed = speakers(capsys, opts)
    assert "Liz Kendall" in listed and int(listed["Louise Haigh"]["quote_count"]) == 3


@pytest.mark.parametrize(
    "verb",
    [
        ["marks", "add", "000_a886e2d11f6a18e9.txt", "--note", "x"],
        ["speakers", "rename", "Liz Kendall", "Elizabeth Kendall"],
        ["speakers", "merge", "Keir Starmer", "Nigel Farage"],
        ["quotes", "check", "QUOTE"],
    ],
)
def test_a_write_that_cannot_be_saved_fails(capsys, tmp_path: Path, verb: list[str]) -> None:
    """A folder as the store: nothing can be saved, so nothing may say it was."""
    folder = tmp_path / "a-folder"
    folder.mkdir()
    where = ["--index-dir", str(tmp_path / "index"), "--store", str(folder)]
    if verb[-1] == "QUOTE":
        verb = [*verb[:-1], quotes(capsys, where[:2])[0]["id"]]
    code, out, err = run([*verb, *where], capsys)
    assert code == 1 and out == ""
    assert err.count("error:") == 1 and str(folder) in err
    assert list(folder.iterdir()) == []


def test_a_split_says_how_many_quotes_each_side_has(capsys, opts: list[str]) -> None:
    code, _, _ = run(["speakers", "merge", "Keir Starmer", "Nigel Farage", *opts], capsys)
    assert code == 0
    code, out, _ = run(["speakers", "split", "Keir Starmer", "Nigel Farage", *opts], capsys)
    listed = speakers(capsys, opts)
    assert code == 0
    farage, starmer = listed["Nigel Farage"]["quote_count"], listed["Keir Starmer"]["quote_count"]
    assert f"Nigel Farage has {farage} quote" in out
    assert f"Keir Starmer keeps {starmer} quote" in out


def speaker_quotes(capsys, opts: list[str], query: str) -> list[dict]:
    code, out, _ = run(["search", query, "--scope", "quotes", "--format", "jsonl", *opts], capsys)
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_a_name_search_after_a_merge_and_split_finds_none_of_the_other_persons_quotes(
    capsys, opts: list[str]
) -> None:
    """Owen merged into Haigh, then "Ms Owen" split off: the name "Sarah Owen" goes
    back with the rest of that merge, and none of Haigh's own quotes is Sarah Owen's."""
    haigh_own = {q["id"] for q in quotes(capsys, opts) if q["speaker"] == "Louise Haigh"}
    assert haigh_own
    run(["speakers", "merge", "Louise Haigh", "Sarah Owen", *opts], capsys)
    run(["speakers", "split", "Louise Haigh", "Ms Owen", *opts], capsys)
    assert "Sarah Owen" not in speakers(capsys, opts)["Louise Haigh"]["aliases"]
    found = speaker_quotes(capsys, opts, 'speaker:"sarah owen"')
    assert not {q["id"] for q in found} & haigh_own


def test_unmerge_takes_back_everything_a_merge_brought(capsys, opts: list[str]) -> None:
    before = speakers(capsys, opts)
    owen_quotes = speaker_quotes(capsys, opts, 'speaker:"sarah owen"')
    run(["speakers", "merge", "Louise Haigh", "Sarah Owen", *opts], capsys)
    code, out, _ = run(["speakers", "unmerge", "Louise Haigh", "Sarah Owen", *opts], capsys)
    assert code == 0 and "took Sarah Owen back out of Louise Haigh" in out
    assert speakers(capsys, opts) == before
    assert speaker_quotes(capsys, opts, 'speaker:"sarah owen"') == owen_quotes


def test_unmerge_after_a_split_of_a_merged_name_brings_the_person_back_whole(
    capsys, opts: list[str]
) -> None:
    before = speakers(capsys, opts)
    run(["speakers", "merge", "Louise Haigh", "Sarah Owen", *opts], capsys)
    run(["speakers", "split", "Louise Haigh", "Ms Owen", *opts], capsys)
    code, _, _ = run(["speakers", "unmerge", "Louise Haigh", "Sarah Owen", *opts], capsys)
    assert code == 0
    assert speakers(capsys, opts) == before


def test_unmerge_without_a_merge_is_one_line(capsys, opts: list[str]) -> None:
    code, _, err = run(["speakers", "unmerge", "Louise Haigh", "Sarah Owen", *opts], capsys)
    assert code == 2 and "nobody was merged into Louise Haigh" in err
    assert err.count("error:") == 1


def test_a_correction_finds_its_speaker_by_name_when_the_id_changed(
    capsys, opts: list[str], tmp_path: Path
) -> None:
    """Ids follow names, and extraction may change a name ("Bache Securities Inc" to
    "Bache Securities"): a correction kept with its names still applies, and one that
    finds nobody is said on stderr instead of being dropped."""
    from newsexplore.search import Correction, UserStore

    code, _, _ = run(["speakers", "rename", "Louise Haigh", "Louise Haigh MP", *opts], capsys)
    assert code == 0
    store = UserStore(tmp_path / "store.sqlite")
    [renamed] = store.corrections.all()
    assert "Louise Haigh" in json.loads(renamed.names)[renamed.speaker]
    old_id = "louise-haigh-labour"
    names = json.dumps({old_id: ["Louise Haigh, Labour", "Louise Haigh", "Ms Haigh"]})
    store.corrections.remove(renamed.id)
    store.corrections.add(Correction("rename", old_id, "Louise Haigh MP", names=names))
    gone = json.dumps({"jo-bloggs": ["Jo Bloggs"]})
    store.corrections.add(Correction("merge", "keir-starmer", "jo-bloggs", names=gone))
    store.close()
    code, out, err = run(["speakers", "--format", "csv", *opts], capsys)
    assert code == 0
    assert "Louise Haigh MP" in {row["name"] for row in csv.DictReader(io.StringIO(out))}
    assert "merge of Jo Bloggs into" in err and "no speaker has that id or those names" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("alias", ["Nigel Farage", "nigel farage"])
def test_splitting_a_speakers_only_name_is_refused_before_anything_is_saved(
    capsys, opts: list[str], alias: str
) -> None:
    """Nothing would be left of the speaker: one line, exit 2, and the store unchanged."""
    before = speakers(capsys, opts)
    code, out, err = run(["speakers", "split", "Nigel Farage", alias, *opts], capsys)
    assert code == 2 and out == "" and err.count("error:") == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert speakers(capsys, opts) == before
    code, out, _ = run(["speakers", "rename", "nigel-farage", "Nigel Paul Farage", *opts], capsys)
    assert code == 0 and "renamed Nigel Farage to Nigel Paul Farage" in out


def test_a_split_that_would_take_all_a_speakers_quotes_is_refused(capsys, opts: list[str]) -> None:
    """Louise Haigh's quotes all name her in full: splitting that name off would only
    move her under a new id, so it is refused and points at a rename."""
    before = speakers(capsys, opts)
    code, out, err = run(["speakers", "split", "Louise Haigh", "Louise Haigh", *opts], capsys)
    assert code == 2 and out == "" and err.count("error:") == 1 and "rename" in err
    assert speakers(capsys, opts) == before


def test_splitting_the_shown_name_off_leaves_the_speaker_its_other_name(
    capsys, opts: list[str]
) -> None:
    run(["speakers", "merge", "Keir Starmer", "Nigel Farage", *opts], capsys)
    code, out, _ = run(["speakers", "split", "Keir Starmer", "Keir Starmer", *opts], capsys)
    assert code == 0
    by_id = {row["id"]: row for row in speakers(capsys, opts).values()}
    assert by_id["keir-starmer"]["name"] != "Keir Starmer"
    assert [row["name"] for row in by_id.values()].count("Keir Starmer") == 1


def test_a_speakers_kind_can_be_corrected_and_survives_a_rebuild(
    capsys, opts: list[str], tmp_path: Path
) -> None:
    assert speakers(capsys, opts)["Ofcom"]["kind"] == "organisation"
    code, out, _ = run(["speakers", "kind", "Ofcom", "person", *opts], capsys)
    assert code == 0 and "Ofcom is now a person" in out
    code, out, _ = run(["speakers", "kind", "nigel-farage", "organisation", *opts], capsys)
    assert code == 0 and "Nigel Farage is now an organisation" in out
    shutil.rmtree(tmp_path / "index")
    listed = speakers(capsys, opts)
    assert (listed["Ofcom"]["kind"], listed["Nigel Farage"]["kind"]) == ("person", "organisation")
    assert listed["Keir Starmer"]["kind"] == "person"
    code, out, _ = run(["speakers", "kind", "Ofcom", "person", *opts], capsys)
    assert code == 0 and "Ofcom is already a person" in out
    with pytest.raises(SystemExit) as exc:
        run(["speakers", "kind", "Ofcom", "robot", *opts], capsys)
    assert exc.value.code == 2 and "invalid choice: 'robot'" in capsys.readouterr().err


def test_a_read_only_store_refuses_every_correction_in_one_line(
    capsys, opts: list[str], tmp_path: Path, read_only
) -> None:
    """Nothing is said to be saved that is not: each verb exits 1 with one line naming
    the file, and the corrections it already held still apply."""
    code, _, _ = run(["speakers", "rename", "Liz Kendall", "Elizabeth Kendall", *opts], capsys)
    assert code == 0
    first = quotes(capsys, opts)[0]["id"]
    store = tmp_path / "store.sqlite"
    read_only(store)
    for verb in (
        ["speakers", "merge", "Keir Starmer", "Haigh"],
        ["speakers", "split", "Keir Starmer", "Sir Keir"],
        ["speakers", "rename", "Elizabeth Kendall", "Liz"],
        ["speakers", "unmerge", "Keir Starmer"],
        ["quotes", "assign", first, "Angela Rayner"],
        ["quotes", "check", first],
    ):
        code, out, err = run([*verb, *opts], capsys)
        assert code == 1 and out == "", verb
        assert err.count("\n") == 1 and str(store) in err and "read-only" in err, (verb, err)
    assert "Elizabeth Kendall" in speakers(capsys, opts)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("store")) == [
        "store.sqlite"
    ]


def test_a_verb_written_after_the_corpus_paths_is_still_the_verb(
    capsys, opts: list[str], tmp_path: Path
) -> None:
    """`--corpus` takes every path after it; the verb after them is no path."""
    corpus = tmp_path / "corpus"
    shutil.copytree(Path(__file__).resolve().parents[1] / "seeds", corpus)
    code, out, err = run(
        ["speakers", "--corpus", str(corpus), "rename", "Louise Haigh", "Louise Haigh MP", *opts],
        capsys,
    )
    assert code == 0 and "renamed Louise Haigh to Louise Haigh MP" in out, err
    code, out, _ = run(["quotes", "--corpus", str(corpus), "--format", "jsonl", *opts], capsys)
    assert code == 0 and '"speaker": "Louise Haigh MP"' in out


def test_a_merge_says_the_name_it_is_listed_under(capsys, opts: list[str]) -> None:
    """Headline words before a full name are not taken as the person's name; a middle
    initial is, and the message says so."""
    run(["speakers", "rename", "Louise Haigh", "Offensive Things Keir Starmer", *opts], capsys)
    code, out, _ = run(["speakers", "merge", "Keir Starmer", "Offensive Things", *opts], capsys)
    assert code == 0 and "into Keir Starmer" in out and "listed as" not in out
    assert "Keir Starmer" in speakers(capsys, opts)
    assert "Offensive Things Keir Starmer" not in speakers(capsys, opts)
    run(["speakers", "rename", "Nigel Farage", "Keir R. Starmer", *opts], capsys)
    code, out, _ = run(["speakers", "merge", "Keir Starmer", "Keir R. Starmer", *opts], capsys)
    assert code == 0 and "listed as Keir R. Starmer" in out
    assert "Keir R. Starmer" in speakers(capsys, opts)


def test_assign_to_a_known_speaker_however_written_and_a_new_one_said_so(
    capsys, opts: list[str]
) -> None:
    """A name typed in lower case is the known speaker; a name nobody has makes a new
    speaker, and the user is told, since a typo would otherwise make one silently."""
    first, second = [q for q in quotes(capsys, opts) if q["speaker"] != "Keir Starmer"][:2]
    code, out, _ = run(["quotes", "assign", first["id"], "keir  starmer", *opts], capsys)
    assert code == 0 and "now Keir Starmer" in out and "new speaker" not in out, out
    moved = next(q for q in quotes(capsys, opts) if q["id"] == first["id"])
    assert moved["speaker"] == "Keir Starmer"
    code, out, _ = run(["quotes", "assign", second["id"], "Kier Starmer", *opts], capsys)
    assert code == 0 and "now Kier Starmer, a new speaker" in out and "Keir Starmer?" in out, out
