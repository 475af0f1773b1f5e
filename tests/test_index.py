"""The index: incremental updates, safety under interruption and concurrency, and queries."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from newsexplore.search import (
    IndexLockedError,
    IndexUnusableError,
    Library,
    UpdateSummary,
    index_dir_for,
)
from newsexplore.search.index import update as index_mod
from newsexplore.search.index.update import Waiting


def article(title: str, body: str, date: str | None = None) -> str:
    header = f"Title: {title}\n" + (f"Date: {date}\n" if date else "")
    return f"{header}\n{body}\n"


def build(library: Library, cancelled=None) -> UpdateSummary:
    steps = list(library.update(cancelled))
    assert isinstance(steps[-1], UpdateSummary)
    return steps[-1]


def titles(library: Library, query: str, **kw) -> list[str]:
    results = library.search(query, **kw)
    assert results.error is None, results.error
    return [hit.title for hit in results.hits]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(
        article("Harbour reopens", "The harbour reopened after the storm.", "2024-03-02")
    )
    (root / "b.txt").write_text(
        article("Bridge closes", "The old bridge closed for repairs.", "2024-05-10")
    )
    (root / "c.md").write_text(
        article("Storm damage", "Storm damage to the harbour wall was severe.", "2023-11-20")
    )
    return root


@pytest.fixture
def library(corpus: Path, tmp_path: Path) -> Library:
    lib = Library([corpus], tmp_path / "index")
    build(lib)
    return lib


def test_first_build_indexes_every_file(library: Library) -> None:
    assert library.article_count() == 3
    assert not library.needs_update()
    assert sorted(titles(library, "harbour")) == ["Harbour reopens", "Storm damage"]


def test_second_run_reads_nothing_when_nothing_changed(library: Library) -> None:
    summary = build(library)
    assert (summary.indexed, summary.updated, summary.removed, summary.unchanged) == (0, 0, 0, 3)
    assert summary.added_articles == 0


def test_the_same_corpus_spelled_another_way_is_not_read_again(
    library: Library, corpus: Path, tmp_path: Path
) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "link").symlink_to(corpus)
    for spelling in (tmp_path / "elsewhere" / ".." / "corpus", tmp_path / "link"):
        again = Library([spelling], library.index_dir)
        assert not again.needs_update()
        summary = build(again)
        assert (summary.indexed, summary.removed, summary.unchanged) == (0, 0, 3)
        assert titles(again, "harbour") == titles(library, "harbour")


def test_added_file_is_indexed_alone(library: Library, corpus: Path) -> None:
    (corpus / "d.txt").write_text(
        article("Ferry strike", "Ferry crews went on strike.", "2024-06-01")
    )
    assert library.needs_update()
    summary = build(library)
    assert (summary.indexed, summary.updated, summary.unchanged, summary.added_articles) == (
        1,
        0,
        3,
        1,
    )
    assert titles(library, "ferry") == ["Ferry strike"]


def test_changed_file_replaces_its_article(library: Library, corpus: Path) -> None:
    (corpus / "b.txt").write_text(
        article("Bridge reopens", "The old bridge reopened to traffic today.", "2024-05-12")
    )
    summary = build(library)
    assert (summary.updated, summary.added_articles) == (1, 1)
    assert titles(library, "bridge") == ["Bridge reopens"]
    assert library.article_count() == 3


def test_re_reading_a_whole_file_leaves_no_dead_documents(tmp_path: Path) -> None:
    """Re-added articles must not leave their old copies in segments every search reads."""
    path = tmp_path / "wire.jsonl"

    def write(edition: int) -> None:
        rows = [
            {"id": f"s{n}", "date": "2024-03-04", "text": f"Story {n}, edition {edition}."}
            for n in range(30)
        ]
        path.write_text("\n".join(json.dumps(r) for r in rows))

    write(1)
    lib = Library([path], tmp_path / "index")
    build(lib)
    for edition in (2, 3):
        write(edition)
        assert build(lib).added_articles == 30
        assert lib.ix.doc_count_all() == lib.ix.doc_count()
    assert lib.article_count() == 30 and titles(lib, "edition 3")


def test_a_query_asked_again_after_an_update_sees_the_update(
    library: Library, corpus: Path
) -> None:
    assert titles(library, "bridge") == ["Bridge closes"]
    assert library.search("bridge ").query == "bridge "  # the same results, for what was typed
    (corpus / "b.txt").write_text(article("Bridge reopens", "The bridge reopened.", "2024-05-12"))
    build(library)
    assert titles(library, "bridge") == ["Bridge reopens"]


def test_deleted_file_is_removed(library: Library, corpus: Path) -> None:
    (corpus / "a.txt").unlink()
    summary = build(library)
    assert summary.removed == 1
    assert titles(library, "reopened") == []
    assert library.article_count() == 2


def test_one_changed_record_in_a_jsonl_file_is_the_only_one_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    records = [
        {"id": f"r{i}", "title": f"Story {i}", "text": f"Body number {i} about grain."}
        for i in range(50)
    ]
    path.write_text("\n".join(json.dumps(r) for r in records))
    lib = Library([path], tmp_path / "index")
    build(lib)
    records[7]["text"] = "Body number 7 now about copper."
    path.write_text("\n".join(json.dumps(r) for r in records))
    summary = build(lib)
    assert (summary.updated, summary.added_articles) == (1, 1)
    assert titles(lib, "copper") == ["Story 7"]
    assert lib.article_count() == 50


def test_exact_duplicates_are_reported_not_indexed_twice(corpus: Path, tmp_path: Path) -> None:
    shutil.copy(corpus / "a.txt", corpus / "a-copy.txt")
    lib = Library([corpus], tmp_path / "index")
    summary = build(lib)
    assert summary.duplicates == 1
    assert lib.article_count() == 3
    assert any("same text as" in p.message for p in summary.problems)


def test_cancelled_build_leaves_previous_index_usable(library: Library, corpus: Path) -> None:
    for i in range(5):
        (corpus / f"new{i}.txt").write_text(
            article(f"Lighthouse {i}", f"Lighthouse story {i}.", "2024-07-01")
        )
    summary = build(library, cancelled=lambda: True)
    assert summary.cancelled
    assert library.article_count() == 3
    assert titles(library, "lighthouse") == []
    assert build(library).added_articles == 5


def test_interrupt_during_writing_leaves_previous_index_usable(
    library: Library, corpus: Path
) -> None:
    (corpus / "e.txt").write_text(article("Canal", "The canal froze.", "2024-01-05"))
    calls = 0

    def interrupt() -> bool:
        nonlocal calls
        calls += 1
        if calls > 1:  # past reading, inside the writer
            raise KeyboardInterrupt
        return False

    with pytest.raises(KeyboardInterrupt):
        build(library, cancelled=interrupt)
    assert library.article_count() == 3
    assert titles(library, "harbour")
    assert build(library).added_articles == 1


KILL_SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from newsexplore.search import Library
    calls = 0
    def kill():
        global calls
        calls += 1
        if calls > int(sys.argv[3]):
            os.kill(os.getpid(), signal.SIGKILL)
        return False
    for _ in Library([Path(sys.argv[1])], Path(sys.argv[2])).update(kill):
        pass
    """
)


def test_killed_build_leaves_previous_index_usable(library: Library, corpus: Path) -> None:
    for i in range(30):
        (corpus / f"k{i}.txt").write_text(
            article(f"Quay {i}", f"Quay works continue at berth {i}.", "2024-08-01")
        )
    proc = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(corpus), str(library.index_dir), "33"],
        capture_output=True,
    )
    assert proc.returncode == -signal.SIGKILL
    fresh = Library([corpus], library.index_dir)
    assert fresh.article_count() == 3
    assert titles(fresh, "quay") == []
    assert build(fresh).added_articles == 30
    assert fresh.article_count() == 33


def test_second_writer_waits_then_fails_clearly(library: Library, monkeypatch) -> None:
    monkeypatch.setattr(index_mod, "LOCK_WAIT_SECONDS", 0.3)
    with open(library.index_dir / index_mod.LOCK, "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        steps = library.update()
        first = next(steps)
        assert isinstance(first, Waiting) and "another process" in first.message
        with pytest.raises(IndexLockedError, match="locked"):
            next(steps)


def test_two_processes_updating_at_once_leave_a_consistent_index(
    corpus: Path, tmp_path: Path
) -> None:
    for i in range(40):
        (corpus / f"p{i}.txt").write_text(
            article(f"Pier {i}", f"Pier news number {i}.", "2024-09-01")
        )
    index_dir = tmp_path / "shared-index"
    cmd = [
        sys.executable,
        "-m",
        "newsexplore.tui.cli",
        "index",
        str(corpus),
        "--index-dir",
        str(index_dir),
    ]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(2)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    lib = Library([corpus], index_dir_for([corpus], index_dir))
    assert lib.article_count() == 43
    assert len(titles(lib, "pier", limit=100)) == 40


def test_index_of_another_schema_version_is_rebuilt(library: Library) -> None:
    commit = library.index_dir / "commit.json"
    data = json.loads(commit.read_text())
    data["schema"] = -1
    commit.write_text(json.dumps(data))
    assert library.needs_update()
    summary = build(library)
    assert summary.added_articles == 3
    assert library.article_count() == 3


def built_by_other_rules(library: Library) -> None:
    """Make the index look like one built by earlier extraction code."""
    commit = library.index_dir / "commit.json"
    data = json.loads(commit.read_text())
    data["extractors"] = "earlier-rules"
    commit.write_text(json.dumps(data))


def test_an_index_built_by_other_extraction_rules_is_read_again(library: Library) -> None:
    built_by_other_rules(library)
    assert library.needs_update()
    assert build(library).added_articles == 3
    assert not library.needs_update()
    assert sorted(titles(library, "harbour")) == ["Harbour reopens", "Storm damage"]


def test_a_cancelled_rebuild_keeps_the_previous_index(library: Library) -> None:
    built_by_other_rules(library)
    calls = 0

    def cancel_while_writing() -> bool:
        nonlocal calls
        calls += 1
        return calls > 4  # past reading the three files, inside the writer

    assert build(library, cancelled=cancel_while_writing).cancelled
    fresh = Library(library.corpus_paths, library.index_dir)
    assert fresh.article_count() == 3
    assert titles(fresh, "bridge") == ["Bridge closes"]
    assert len(list(library.index_dir.glob("store-*"))) == 1
    assert fresh.needs_update()
    assert build(fresh).added_articles == 3


def test_query_syntax_error_is_a_message(library: Library) -> None:
    for query in ['"unclosed phrase', "(harbour", "harbour AND", "nosuchfield:x"]:
        results = library.search(query)
        assert results.error and results.hits == (), query


def test_query_language(library: Library) -> None:
    assert titles(library, "harbour wall") == ["Storm damage"]  # words are ANDed
    assert sorted(titles(library, "bridge OR reopened")) == ["Bridge closes", "Harbour reopens"]
    assert titles(library, "harbour NOT wall") == ["Harbour reopens"]
    assert titles(library, '"harbour wall"') == ["Storm damage"]
    assert titles(library, "harb*") and sorted(titles(library, "harbor~")) == [
        "Harbour reopens",
        "Storm damage",
    ]
    assert titles(library, "title:bridge") == ["Bridge closes"]


def test_a_date_range_may_be_open_at_either_end(library: Library) -> None:
    assert sorted(titles(library, "date:[2024-01-01 TO *]")) == ["Bridge closes", "Harbour reopens"]
    assert titles(library, "date:[* TO 2023-12-31]") == ["Storm damage"]
    assert titles(library, "harbour date:[2024-03-01 TO]") == ["Harbour reopens"]


def test_date_filter_and_date_sort(library: Library) -> None:
    in_2024 = titles(
        library, "", date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31), sort="date"
    )
    assert in_2024 == ["Bridge closes", "Harbour reopens"]
    assert titles(library, "", sort="date") == ["Bridge closes", "Harbour reopens", "Storm damage"]
    assert titles(library, "date:[2024-05-01 TO 2024-05-31]") == ["Bridge closes"]


def test_snippets_highlight_the_matched_words(library: Library) -> None:
    hit = library.search("harbour", sort="date").hits[0]
    assert [text.lower() for text, match in hit.snippet.runs if match] == ["harbour"]
    assert "harbour" in hit.snippet.plain.lower()


def test_match_spans_point_at_the_words(library: Library) -> None:
    hit = library.search("storm damage").hits[0]
    text = library.article(hit.article_id).text
    words = [
        text[s.start : s.end].lower() for s in library.match_spans(hit.article_id, "storm damage")
    ]
    assert words and set(words) <= {"storm", "damage"}


def test_undated_articles_sort_after_dated_ones(library: Library, corpus: Path) -> None:
    (corpus / "undated.txt").write_text(
        "Title: Tide tables\n\nThe harbour tide tables were printed.\n"
    )
    build(library)
    assert titles(library, "", sort="date")[-1] == "Tide tables"
    assert titles(library, "harbour", sort="date")[-1] == "Tide tables"


def test_snippet_starts_at_the_prose_not_the_byline(seeds_dir: Path, tmp_path: Path) -> None:
    lib = Library([seeds_dir], tmp_path / "index")
    build(lib)
    hit = next(h for h in lib.search("", sort="date").hits if h.date)
    assert hit.snippet.plain.lstrip("… ").startswith("The Prime Minister has said")
    assert "Flaminia" not in hit.snippet.plain


def test_events_filter_by_date_and_by_words(seeds_dir: Path, tmp_path: Path) -> None:
    lib = Library([seeds_dir], tmp_path / "index")
    build(lib)
    day = dt.date(2026, 1, 7)
    assert {e.value for e in lib.events(date_from=day, date_to=day)} == {"2026-01-07"}
    undated_only = lib.events(query="boycotting")
    assert undated_only and {e.article_id for e in undated_only} == {"003_d8092089b7cd25ff.txt"}
    events = lib.events()
    dated = [e.value for e in events if e.value and e.value[:1].isdigit()]
    assert dated == sorted(dated, key=lambda v: v[:4])
    # After the dates, the unresolved, then the words naming no date ("now", "current").
    rest = [e.value for e in events[len(dated) :]]
    assert None in rest and "PRESENT_REF" in rest
    assert rest == sorted(rest, key=lambda v: v is not None)


def test_quote_scope_finds_quotes_not_articles(
    library: Library, seeds_dir: Path, tmp_path: Path
) -> None:
    lib = Library([seeds_dir], tmp_path / "index")
    build(lib)
    results = lib.search("disgusting", scope="quotes")
    assert results.hits and all(
        h.quote and "disgusting" in h.quote.text.lower() for h in results.hits
    )
    assert {
        h.quote.speaker for h in lib.search("speaker:starmer", scope="quotes", limit=100).hits
    } == {"Keir Starmer"}


def test_events_filter_by_source(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    rows = [
        {
            "id": "a",
            "source": "Wire One",
            "date": "2024-03-04",
            "text": "The vote was held on Monday.",
        },
        {
            "id": "b",
            "source": "Wire Two",
            "date": "2024-03-04",
            "text": "The strike began on Friday.",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    lib = Library([path], tmp_path / "index")
    build(lib)
    assert {e.article_id for e in lib.events(source="Wire One")} == {"a"}


def test_event_counts_put_each_event_in_its_own_period(seeds_dir: Path, tmp_path: Path) -> None:
    lib = Library([seeds_dir], tmp_path / "index")
    build(lib)
    by_day = dict(lib.event_counts(by="day"))
    assert by_day["2026-01-08"] >= 2 and "2022-01-01" not in by_day  # "in 2022" is not a day
    assert dict(lib.event_counts(by="year"))["2022"] == 1
    assert sum(by_day.values()) <= sum(n for _, n in lib.event_counts(by="year"))


def test_timeline_of_a_narrow_or_broad_query_keeps_exactly_its_articles_events(
    tmp_path: Path,
) -> None:
    """A query matching one article in eight gathers its events; one matching most walks all."""
    path = tmp_path / "wire.jsonl"
    towns = ["Leeds", "York", "Hull", "Bath", "Ely", "Wells", "Ripon", "Truro"]
    rows = [
        {
            "id": town.lower(),
            "date": f"2024-03-{n + 4:02d}",
            "text": f"The {town} council met on Monday. It meets again on 2 May, and in June "
            f"{'the ferry' if n % 4 else 'nobody'} sails.",
        }
        for n, town in enumerate(towns)
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    lib = Library([path], tmp_path / "index")
    build(lib)
    everything = lib.events()
    lib.prepare_timeline_filters()  # the maps built ahead give the same answers
    for query, expected in (
        ("york", {"york"}),
        ("ferry", {"york", "hull", "bath"} | {"wells", "ripon", "truro"}),
    ):
        events = lib.events(query=query)
        assert {e.article_id for e in events} == expected
        assert events == [e for e in everything if e.article_id in expected]
        limited = lib.events(query=query, limit=2)
        assert [e.value for e in limited] == [e.value for e in events[:2]]
        assert set(limited) <= set(events)
        in_range = lib.events(
            query=query, date_from=dt.date(2024, 5, 1), date_to=dt.date(2024, 5, 31)
        )
        assert in_range and {e.value for e in in_range} == {"2024-05-02"}
        days = dict(lib.event_counts(query=query, by="day"))
        assert sum(days.values()) == sum(1 for e in events if e.value and len(e.value) == 10)
    assert dict(lib.event_counts(by="month"))["2024-06"] == len(towns)


def test_timeline_lists_follow_an_update(tmp_path: Path) -> None:
    """Lists derived from the index for the timeline are rebuilt for its new version."""
    path = tmp_path / "wire.jsonl"
    towns = ["Leeds", "York", "Hull", "Bath", "Ely", "Wells", "Ripon", "Truro"]

    def write(york_day: int) -> None:
        rows = [
            {
                "id": town.lower(),
                "date": "2024-03-04",
                "text": f"The {town} council meets on {york_day if town == 'York' else 9} May.",
            }
            for town in towns
        ]
        path.write_text("\n".join(json.dumps(r) for r in rows))

    write(2)
    lib = Library([path], tmp_path / "index")
    build(lib)
    mentioned = [e for e in lib.events(query="york") if e.kind == "mentioned"]
    assert [e.value for e in mentioned] == ["2024-05-02"]
    assert dict(lib.event_counts(by="day"))["2024-05-02"] == 1
    write(3)
    build(lib)
    mentioned = [e for e in lib.events(query="york") if e.kind == "mentioned"]
    assert [e.value for e in mentioned] == ["2024-05-03"]
    counts = dict(lib.event_counts(by="day"))
    assert counts["2024-05-03"] == 1 and "2024-05-02" not in counts


def test_events_limit_returns_the_earliest(seeds_dir: Path, tmp_path: Path) -> None:
    lib = Library([seeds_dir], tmp_path / "index")
    build(lib)
    everything = lib.events()
    assert [e.expression for e in lib.events(limit=3)] == [e.expression for e in everything[:3]]


def test_centuries_and_decades_take_their_place_in_date_order(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    text = (
        "Rail came in the 19th century. Output peaked in the 1980s. "
        "The plant opened in 1987. It will run well into the 21st century."
    )
    (root / "a.txt").write_text(article("Plant", text, "1988-03-01"))
    lib = Library([root], tmp_path / "index")
    build(lib)
    order = [e.expression for e in lib.events() if e.kind == "mentioned"]
    assert order == ["the 19th century", "the 1980s", "1987", "the 21st century"]
    assert [e.expression for e in lib.events(date_from=dt.date(1990, 1, 1))] == ["the 21st century"]


def test_an_empty_corpus_answers_every_call_from_many_threads(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    lib = Library([empty], tmp_path / "index")
    assert build(lib).articles == 0
    errors: list[BaseException] = []

    def ask() -> None:
        try:
            for _ in range(5):
                assert lib.search("x").total == 0 and lib.search("", sort="date").total == 0
                assert lib.events() == [] and lib.event_counts() == []
                assert lib.speakers() == [] and lib.quotes() == []
                lib.prepare_timeline_filters()
                assert lib.events(query="x") == []
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_duplicates_stay_out_after_another_record_changes(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    rows = [{"id": f"w{i}", "text": f"Report {i} on barley."} for i in range(6)]
    rows.append({"id": "copy", "text": "Report 2 on barley."})
    path.write_text("\n".join(json.dumps(r) for r in rows))
    lib = Library([path], tmp_path / "index")
    assert build(lib).duplicates == 1
    rows[4]["text"] = "Report 4 on oats."
    path.write_text("\n".join(json.dumps(r) for r in rows))
    summary = build(lib)
    assert summary.added_articles == 1 and lib.article_count() == 6
    assert len(titles(lib, "barley", limit=50)) == 5


def test_speakers_follow_added_and_removed_articles(seeds_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "seeds"
    shutil.copytree(seeds_dir, corpus)
    lib = Library([corpus], tmp_path / "index")
    build(lib)
    assert "Nigel Farage" in {s.name for s in lib.speakers()}
    (corpus / "003_d8092089b7cd25ff.txt").unlink()
    build(lib)
    names = {s.name for s in lib.speakers()}
    assert "Nigel Farage" not in names and "Keir Starmer" in names
    (corpus / "new.txt").write_text(
        'Title: Pier\n\n"The pier will reopen next spring," said Jane Dock.\n'
    )
    build(lib)
    assert "Jane Dock" in {s.name for s in lib.speakers()}
    assert [
        q.text
        for q in lib.quotes(speaker_id=next(s.id for s in lib.speakers() if s.name == "Jane Dock"))
    ] == ["The pier will reopen next spring,"]


def test_searching_without_an_index_is_an_index_error(tmp_path: Path) -> None:
    lib = Library([tmp_path], tmp_path / "no-index")
    with pytest.raises(IndexUnusableError, match="no usable index"):
        lib.search("x")


@pytest.mark.parametrize(
    "text",
    [
        'The Prime Minister said: "all options are on the table". Running, runs, ran.',
        "İstanbul ISTANBUL straße STRASSE Ǆemal ǅ ǆ ΣΊΣΥΦΟΣ ﬁnance ﬀ KELVIN K",
        "3.141 v1.2.3 e.g. U.S. under_score big-time *star* wild*card a.b..c .dot dot.",
        "Ünïcödé ÀÉÎÕÜ naïve café résumé 東京 二〇二六年 مرحبا עִבְרִית ½ ² ⅷ ①",
        "",
        "   \n\t  ",
        "x " * 3 + "X X x. x, [x] (x)",
    ],
)
@pytest.mark.parametrize("piece", [1 << 20, 5])
def test_article_text_is_indexed_with_exactly_whooshs_own_words_and_positions(
    text: str, piece: int, monkeypatch
) -> None:
    from whoosh.formats import Positions

    from newsexplore.search.index import quickwords
    from newsexplore.search.index.documents import make_schema

    monkeypatch.setattr(quickwords, "PIECE", piece)  # long texts are read a piece at a time
    schema = make_schema()
    for name in ("title", "text", "quote"):
        field = schema[name]
        plain = Positions(field_boost=field.format.field_boost)
        ours = list(field.index(text))
        whoosh = [
            (word.encode("utf-8"), freq, weight, value)
            for word, freq, weight, value in plain.word_values(text, field.analyzer, mode="index")
        ]
        assert ours == whoosh
