"""The user store: marks, notes, tags and search history kept per corpus, safely."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newsexplore.search import (
    Library,
    StoreError,
    Target,
    UpdateSummary,
    UserStore,
    article_target,
    default_index_dir,
    default_store_path,
    quote_target,
    read_tag,
    read_tags,
    shown_tag,
    tag_list,
)
from newsexplore.search.store import SCHEMA_VERSION, place_again


def quote_at(text: str, words: str, article_id: str = "a1") -> Target:
    start = text.index(words)
    return Target(article_id, "quote", start, start + len(words), words)


@pytest.fixture
def store(tmp_path: Path) -> UserStore:
    return UserStore(tmp_path / "user.sqlite3")


def test_a_mark_with_its_note_and_tags_is_there_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite3"
    first = UserStore(path)
    mark = first.marks.add(Target("a1", "quote", 10, 20, "some words"), note="check", tags=["x"])
    first.close()
    again = UserStore(path).marks.all()
    assert [(m.id, m.text, m.note, m.tags) for m in again] == [
        (mark.id, "some words", "check", ("x",))
    ]


def test_marking_twice_keeps_one_mark_and_toggle_unmarks(store: UserStore) -> None:
    target = Target("a1", "quote", 10, 20, "some words")
    store.marks.add(target)
    store.marks.add(target, tags=["later"])
    assert len(store.marks.all()) == 1
    assert store.marks.toggle(target) is None
    assert store.marks.all() == []
    assert store.marks.toggle(target) is not None


def test_an_item_is_found_marked_by_a_span_that_overlaps_its_own(store: UserStore) -> None:
    store.marks.add(Target("a1", "quote", 10, 20, "some words"))
    assert store.marks.find(Target("a1", "quote", 12, 25, "me words and")) is not None
    assert store.marks.find(Target("a1", "quote", 20, 25, "after")) is None
    assert store.marks.find(Target("a1", "event", 10, 20, "some words")) is None


def test_many_items_are_found_marked_as_one_by_one(store: UserStore) -> None:
    """An export looks up every row's mark at once; it must find what `find` finds."""
    store.marks.add(Target("a1", "quote", 10, 20, "some words"), note="first")
    store.marks.add(Target("a1", "event", 30, 40, "in March"), note="dated")
    store.marks.add(Target("a2", "article"), note="whole")
    items = [
        Target("a1", "quote", 12, 25, "me words and"),
        Target("a1", "quote", 20, 25, "after"),
        Target("a1", "event", 10, 20, "some words"),
        Target("a1", "event", 35, 50, "March, they said"),
        Target("a2", "article"),
        Target("a3", "article"),
    ]
    find = store.marks.finder()
    assert [find(t) for t in items] == [store.marks.find(t) for t in items]
    assert [m.note if m else None for m in map(find, items)] == [
        "first",
        None,
        None,
        "dated",
        "whole",
        None,
    ]


def test_the_collection_filters_by_tag(store: UserStore) -> None:
    one = store.marks.add(Target("a1", "article"), tags=["grok", "ofcom"])
    store.marks.add(Target("a2", "article"), tags=["ofcom"])
    store.marks.add(Target("a3", "article"))
    store.marks.set_tags(one.id, ["grok"])
    assert [m.article_id for m in store.marks.all(tag="ofcom")] == ["a2"]
    assert [m.article_id for m in store.marks.all(tag="grok")] == ["a1"]
    assert store.marks.tags() == ["grok", "ofcom"]


def test_removing_a_mark_removes_its_tags(store: UserStore) -> None:
    mark = store.marks.add(Target("a1", "article"), tags=["t"])
    assert store.marks.remove(mark.id)
    assert store.marks.tags() == []
    assert not store.marks.remove(mark.id)


def test_history_keeps_each_query_once_most_recent_last(store: UserStore) -> None:
    for query in ("grok", "ofcom", "  ", "grok", "starmer"):
        store.history.add(query)
    assert store.history.recent() == ["ofcom", "grok", "starmer"]


def test_history_remembers_the_scope_each_query_was_searched_in(store: UserStore) -> None:
    store.history.add("disgusting", "quotes")
    store.history.add("ofcom")
    store.history.add("disgusting", "articles")
    assert [(r.query, r.scope) for r in store.history.recent_searches()] == [
        ("ofcom", "articles"),
        ("disgusting", "articles"),
    ]


def test_saved_searches_are_named_and_a_name_saved_again_is_replaced(store: UserStore) -> None:
    store.history.save("regulator", "ofcom")
    store.history.save("regulator", "ofcom AND grok", scope="quotes")
    store.history.save("pm", "starmer")
    saved = store.history.saved()
    assert [(s.name, s.query, s.scope) for s in saved] == [
        ("pm", "starmer", "articles"),
        ("regulator", "ofcom AND grok", "quotes"),
    ]


def test_a_corrupt_store_is_moved_aside_and_an_empty_one_opens(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite3"
    path.write_bytes(b"this is not a database, but someone's work" * 100)
    store = UserStore(path)
    assert store.marks.all() == []
    assert store.problem is not None and "\n" not in store.problem
    assert str(path) in store.problem
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("user.sqlite3.unreadable-")]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    store.marks.add(Target("a1", "article"))
    assert len(UserStore(path).marks.all()) == 1


def test_a_store_from_a_newer_version_is_kept_aside_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE future (x)")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    store = UserStore(path)
    assert store.problem is not None and "newer" in store.problem
    kept = next(p for p in tmp_path.iterdir() if p.name.startswith("user.sqlite3.newer-"))
    old = sqlite3.connect(kept)
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert store.marks.all() == []


def test_a_store_that_cannot_be_written_is_kept_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = UserStore(blocker / "user.sqlite3")
    assert store.path is None and store.problem is not None
    store.marks.add(Target("a1", "article"))
    assert len(store.marks.all()) == 1


def test_the_store_lives_apart_from_the_index_and_follows_its_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = [tmp_path / "corpus"]
    assert default_index_dir(corpus) not in default_store_path(corpus).parents
    assert default_store_path(corpus) != default_store_path([tmp_path / "other"])
    monkeypatch.setenv("NEWSEXPLORE_STORE", str(tmp_path / "mine.sqlite3"))
    assert default_store_path(corpus) == tmp_path / "mine.sqlite3"


# -- re-anchoring ---------------------------------------------------------------


def test_reanchor_keeps_words_that_did_not_move() -> None:
    text = "He said: 'we act now' and left."
    start = text.index("we act")
    assert place_again(text, text, start, start + 11, "we act now'") == (start, start + 11)


def test_reanchor_finds_words_pushed_down_by_an_edit_above_them() -> None:
    old = "Intro.\nShe said 'the plan works' today."
    new = "A new paragraph was added.\n\n" + old
    start = old.index("the plan")
    found = place_again(old, new, start, start + 14, "the plan works")
    assert found is not None and new[found[0] : found[1]] == "the plan works"


def test_reanchor_follows_words_through_edits_on_both_sides() -> None:
    old = "yes " + "x" * 5000 + " yes " + "y" * 50 + " yes"
    new = "no, yes " + "x" * 4000 + " yes " + "y" * 50 + " zz yes"
    middle = old.index(" yes ") + 1
    found = place_again(old, new, middle, middle + 3, "yes")
    moved = len("no, yes ") + 4000 + 1
    assert found == (moved, moved + 3) and new[moved : moved + 3] == "yes"


def test_reanchor_without_the_old_text_finds_words_only_where_they_were() -> None:
    text = "She said 'the plan works' today."
    start = text.index("the plan")
    assert place_again(None, text, start, start + 14, "the plan works") == (start, start + 14)
    assert place_again(None, "Now. " + text, start, start + 14, "the plan works") is None


def test_reanchor_reports_words_that_are_gone() -> None:
    old = "the plan is dead"
    assert place_again(old, "nothing of it is left", 0, 8, "the plan") is None


# -- with a real index ------------------------------------------------------------

QUOTED = "We will not stand by while harm is done"


def _build(library: Library) -> None:
    steps = list(library.update())
    assert isinstance(steps[-1], UpdateSummary)


def test_a_marked_quote_survives_a_reindex_after_an_edit_above_it(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = f'The minister spoke on Monday.\n\n"{QUOTED}," the minister said.\n'
    (corpus / "story.txt").write_text(f"Title: Harm\nDate: 2026-01-05\n\n{body}")
    library = Library([corpus], tmp_path / "index")
    _build(library)
    quote = next(q for q in library.quotes() if QUOTED in q.text)
    article = library.article(quote.article_id)
    store = UserStore(tmp_path / "user.sqlite3")
    store.marks.add(quote_target(quote, article), note="lead")
    store.marks.add(article_target(article))

    added = "An editor added this paragraph above everything else.\n\n" * 3
    (corpus / "story.txt").write_text(f"Title: Harm\nDate: 2026-01-05\n\n{added}{body}")
    _build(library)
    report = store.marks.reanchor(lambda article_id: _text(library, article_id))

    assert report.lost == ()
    marked = next(m for m in store.marks.all() if m.kind == "quote")
    text = library.article(quote.article_id).text
    assert marked.start > quote.start
    assert text[marked.start : marked.end] == quote.text
    assert marked.note == "lead" and marked.status == "moved"


def test_a_mark_whose_words_were_deleted_is_reported_and_kept(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(f'Title: Harm\n\n"{QUOTED}," the minister said.\n')
    library = Library([corpus], tmp_path / "index")
    _build(library)
    quote = next(q for q in library.quotes() if QUOTED in q.text)
    store = UserStore(tmp_path / "user.sqlite3")
    store.marks.add(quote_target(quote, library.article(quote.article_id)))
    (corpus / "story.txt").write_text("Title: Harm\n\nThe minister said nothing at all.\n")
    _build(library)
    report = store.marks.reanchor(lambda article_id: _text(library, article_id))
    assert [m.text for m in report.lost] == [quote.text]
    assert [m.status for m in store.marks.all()] == ["lost"]


def test_a_mark_is_not_lost_to_an_index_that_holds_part_of_the_corpus(store: UserStore) -> None:
    text = 'The minister said: "we act now" to reporters.'
    store.marks.add(quote_at(text, "we act now"))
    missing = store.marks.reanchor(lambda _article_id: None, partial=True)
    assert missing.lost == () and [m.status for m in store.marks.all()] == ["ok"]
    store.marks.reanchor(lambda _article_id: None)  # the whole corpus, and it is gone
    assert [m.status for m in store.marks.all()] == ["lost"]
    store.marks.reanchor(lambda _article_id: text)  # back, word for word where it was
    assert [m.status for m in store.marks.all()] == ["ok"]


def _text(library: Library, article_id: str) -> str | None:
    article = library.article(article_id)
    return article.text if article else None


# -- two processes at once ----------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from newsexplore.search import Target, UserStore
    store = UserStore(Path(sys.argv[1]))
    name = sys.argv[2]
    for n in range(int(sys.argv[3])):
        mark = store.marks.add(Target(f"{name}-{n}", "article"), tags=[name])
        store.marks.set_note(mark.id, f"note {n}")
        store.history.add(f"{name} query {n}")
    """
)


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite3"
    UserStore(path).close()
    count = 150
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, str(count)])
        for name in ("tui", "script")
    ]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0]
    store = UserStore(path)
    assert len(store.marks.all(tag="tui")) == count
    assert len(store.marks.all(tag="script")) == count
    assert all(m.note.startswith("note ") for m in store.marks.all())
    assert len(store.history.recent()) == 2 * count


# -- the same words twice -----------------------------------------------------------

TWICE = (
    'Title: Talks\n\n"We will not back down," Keir Starmer said.\n\n'
    '"We will not back down," Louise Haigh said.\n'
)


def _marked_second(tmp_path: Path) -> tuple[Path, Library, UserStore, int]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "talks.txt").write_text(TWICE)
    library = Library([corpus], tmp_path / "index")
    _build(library)
    first, second = library.quotes()
    assert first.text == second.text
    store = UserStore(tmp_path / "user.sqlite3")
    store.marks.add(quote_target(second, library.article(second.article_id)))
    return corpus / "talks.txt", library, store, first.start


def test_a_mark_whose_words_were_deleted_is_not_moved_onto_the_same_words_elsewhere(
    tmp_path: Path,
) -> None:
    path, library, store, _ = _marked_second(tmp_path)
    path.write_text(TWICE.replace('"We will not back down," Louise', "Louise"))
    _build(library)
    report = store.marks.reanchor(lambda article_id: _text(library, article_id))
    assert report.moved == ()
    assert [m.status for m in report.lost] == ["lost"]
    assert [m.status for m in store.marks.all()] == ["lost"]


def test_a_mark_follows_its_own_words_pushed_past_the_same_words_elsewhere(
    tmp_path: Path,
) -> None:
    path, library, store, first_start = _marked_second(tmp_path)
    added = "The talks went on late into the night with no deal in sight.\n\n" * 8
    path.write_text(
        TWICE.replace('"We will not back down," Louise', added + '"We will not back down," Louise')
    )
    _build(library)
    report = store.marks.reanchor(lambda article_id: _text(library, article_id))
    (mark,) = store.marks.all()
    assert report.lost == () and mark.status == "moved"
    second = library.quotes()[1]
    assert (mark.start, mark.end) == (second.start, second.end) != (first_start, mark.end)


def test_a_lost_mark_is_drawn_on_no_words(tmp_path: Path) -> None:
    path, library, store, _ = _marked_second(tmp_path)
    path.write_text(TWICE.replace('"We will not back down," Louise', "Louise"))
    _build(library)
    store.marks.reanchor(lambda article_id: _text(library, article_id))
    assert [m.status for m in store.marks.all()] == ["lost"]
    assert store.marks.places() == set(), "its old offsets now hold other words"


TAGS = ["harbour", "council vote", 'say "hi"', "a,b", "#urgent", "back\\slash"]


def test_a_tag_is_shown_so_that_where_it_ends_is_never_in_doubt() -> None:
    """`#council vote` read as the tag "council" followed by a word."""
    assert shown_tag("harbour") == "#harbour"
    assert shown_tag("council vote") == '#"council vote"'
    assert shown_tag('say "hi"') == '#"say \\"hi\\""'
    assert shown_tag("#urgent") == '#"#urgent"'
    assert " ".join(shown_tag(t) for t in ["council vote", "pm"]) == '#"council vote" #pm'


def test_a_tag_is_read_back_as_it_is_shown_or_as_plain_words() -> None:
    assert [read_tag(shown_tag(tag)) for tag in TAGS] == TAGS
    assert read_tag("council vote") == read_tag('"council vote"') == "council vote"
    assert read_tag("  #harbour ") == "harbour"
    assert read_tag('#"council v') == "council v"  # a filter typed half-way


def test_a_list_of_tags_is_read_back_as_it_is_written() -> None:
    assert read_tags(tag_list(TAGS)) == TAGS
    assert read_tags("ofcom, pm") == ["ofcom", "pm"]
    assert read_tags('harbour, "a,b", #pm,, council vote') == [
        "harbour",
        "a,b",
        "pm",
        "council vote",
    ]


@pytest.mark.parametrize("how", ["the same place", "an overlapping place"])
def test_marking_over_a_lost_marks_old_place_makes_a_new_mark(store: UserStore, how: str) -> None:
    """m over the place a lost mark had: a new mark, and the lost one still reported.
    It reused (or, overlapping, unmarked) the lost mark."""
    old = 'Ann said: "We will not back down." Then she left.'
    store.marks.add(quote_at(old, "We will not back down."), tags=["kept"])
    store.marks.reanchor(lambda _article_id: "Ann said nothing at all today. Then she left.")
    (lost,) = store.marks.all()
    assert lost.status == "lost"
    new = 'Ann said: "We are not moving away" Then she left.'
    target = quote_at(new, "We are not moving away")
    if how == "an overlapping place":
        target = Target("a1", "quote", target.start + 3, target.end, target.text[3:])
    made = store.marks.toggle(target)
    assert made is not None and made.id != lost.id and made.status == "ok"
    assert {(m.id, m.status) for m in store.marks.all()} == {(lost.id, "lost"), (made.id, "ok")}
    assert store.marks.get(lost.id).tags == ("kept",)
    assert store.marks.toggle(target) is None, "m again unmarks the new one"
    assert [(m.id, m.status) for m in store.marks.all()] == [(lost.id, "lost")]


def test_a_store_made_before_lost_marks_could_share_a_place_keeps_its_marks_and_tags(
    tmp_path: Path,
) -> None:
    path = tmp_path / "user.sqlite3"
    store = UserStore(path)
    store.marks.add(Target("a1", "quote", 3, 9, "quoted"), note="n", tags=["council vote"])
    store.close()
    with sqlite3.connect(path) as connection:  # as the version before wrote it
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    again = UserStore(path)
    (mark,) = again.marks.all()
    assert (mark.start, mark.end, mark.note, mark.tags) == (3, 9, "n", ("council vote",))


def test_a_read_only_store_is_read_as_it_is_and_refuses_changes(tmp_path: Path, read_only) -> None:
    """Read-only is no damage: the file is neither moved aside as unreadable (hiding the
    user's work behind an empty store) nor written; saving says why, naming the file."""
    path = tmp_path / "user.sqlite3"
    kept = UserStore(path)
    kept.marks.add(Target("a1", "article"))
    kept.close()
    read_only(path)
    store = UserStore(path)
    assert [m.article_id for m in store.marks.all()] == ["a1"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["user.sqlite3"]
    assert store.problem is not None and str(path) in store.problem and "read-only" in store.problem
    with pytest.raises(StoreError, match="read-only") as refused:
        store.require_file()
    assert str(path) in str(refused.value) and "\n" not in str(refused.value)
