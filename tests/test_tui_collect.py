"""Marking, noting, copying with citations, exporting and search history, driven by keys."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from textual.widgets import Button, Input, OptionList, RadioSet, Static

from newsexplore.search import Target
from newsexplore.search.export import writers
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.screens.collect_dialogs import ExportDialog, NoteDialog
from newsexplore.tui.screens.collection import CollectionScreen
from newsexplore.tui.widgets.search_pane import SearchPane
from newsexplore.tui.widgets.timeline import TimelinePane
from tests.test_tui_pilot import choose_speaker, press, screen_of, sync, type_text
from tests.tui_support import Notices, wait_for
from tests.tui_support import wait_until_settled as settle


def build(seeds_dir: Path, tmp_path: Path) -> NewsExploreApp:
    app = make_app(
        [seeds_dir],
        index_dir=tmp_path / "index",
        export_dir=tmp_path / "out",
        store_path=tmp_path / "user.sqlite3",
    )
    app.animation_level = "none"
    return app


@pytest.fixture
def app(seeds_dir: Path, seeds_index: Path, tmp_path: Path) -> NewsExploreApp:
    assert seeds_index == tmp_path / "index"  # where `build` looks: indexed already
    return build(seeds_dir, tmp_path)


def first_prompt(app: NewsExploreApp) -> str:
    results = app.screen.query_one(SearchPane).results_list
    return str(results.get_option_at_index(results.highlighted or 0).prompt)


def _harbour_corpus(corpus: Path, count: int) -> Path:
    corpus.mkdir()
    for n in range(count):
        (corpus / f"story{n:02d}.txt").write_text(
            f"Title: Harbour story {n}\nDate: 2024-03-{n % 28 + 1:02d}\n\n"
            f"The harbour reopened, report number {n}.\n"
        )
    return corpus


async def search_and_focus_results(pilot, query: str) -> None:
    await press(pilot, "slash")
    await type_text(pilot, query)
    await press(pilot, "enter")


class TestMarks:
    @sync
    async def test_m_marks_a_search_result_and_shows_it_then_unmarks(
        self, app: NewsExploreApp
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "grok")
            await press(pilot, "m")
            (mark,) = app.store.marks.all()
            hit = app.screen.query_one(SearchPane).results.hits[0]
            assert (mark.kind, mark.article_id) == ("article", hit.article_id)
            assert first_prompt(app).startswith("★ ")
            await press(pilot, "m")
            assert app.store.marks.all() == []
            assert not first_prompt(app).startswith("★ ")

    @sync
    async def test_m_says_a_mark_cannot_be_kept_when_the_data_folder_is_unusable(
        self, seeds_dir: Path, tmp_path: Path
    ) -> None:
        (tmp_path / "afile").write_text("not a folder")
        folder = tmp_path / "afile" / "sub"
        app = make_app(
            [seeds_dir],
            index_dir=tmp_path / "index",
            export_dir=tmp_path / "out",
            store_path=folder / "user.sqlite3",
        )
        app.animation_level = "none"
        told: list[tuple[str, str]] = []
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            app.notify = lambda message, **kw: told.append((message, kw.get("severity", "")))
            await search_and_focus_results(pilot, "grok")
            await press(pilot, "m")
            assert not first_prompt(app).startswith("★ ")
            assert app.store.marks.all() == []
        (message, severity), *_ = [t for t in told if "mark" in t[0].lower()]
        assert severity == "error" and "\n" not in message
        assert message.startswith("Not marked: ") and str(folder) in message
        assert "Not a directory" in message
        assert not any(t[0] == "Marked." for t in told)

    @sync
    async def test_a_mark_is_there_after_a_restart_and_in_the_collection(
        self, seeds_dir: Path, tmp_path: Path
    ) -> None:
        first = build(seeds_dir, tmp_path)
        async with first.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "grok")
            await press(pilot, "m")
            marked_id = first.store.marks.all()[0].article_id
        again = build(seeds_dir, tmp_path)
        async with again.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "f5", "c")
            assert isinstance(again.screen, CollectionScreen)
            assert [m.article_id for m in again.screen.marks] == [marked_id]
            await press(pilot, "enter")
            await wait_for(pilot, lambda: screen_of(again).location is not None, "the reader")
            assert screen_of(again).location.article_id == marked_id
            header = again.screen.query_one("#reader-header", Static)
            assert str(header.render()).startswith("★ ")

    @sync
    async def test_m_marks_a_timeline_entry_as_its_dated_sentence(
        self, app: NewsExploreApp
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "f5", "down")  # from the day's heading to its first entry
            timeline = app.screen.query_one(TimelinePane)
            listing = timeline.query_one("#timeline-list", OptionList)
            chosen = timeline.entry_at(listing.get_option_at_index(listing.highlighted).id)
            assert chosen is not None
            await press(pilot, "m")
            (mark,) = app.store.marks.all()
            assert mark.kind == "event" and mark.citation.value == (chosen.value or "")
            assert mark.text == chosen.sentence

    @sync
    async def test_m_on_a_publication_date_marks_its_article_and_again_unmarks_it(
        self, app: NewsExploreApp
    ) -> None:
        """A publication date has no words in the text to mark: `m` marks its article,
        the row shows ★, and `m` again unmarks it rather than adding another mark."""
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await press(pilot, "f5", "p")
            timeline = app.screen.query_one(TimelinePane)
            await wait_for(pilot, lambda: timeline.view.dates == "published" and timeline.groups)
            await settle(pilot)
            await press(pilot, "down")
            listing = timeline.query_one("#timeline-list", OptionList)
            index = listing.highlighted
            chosen = timeline.entry_at(listing.get_option_at_index(index).id)
            assert chosen is not None and chosen.kind == "published"
            await press(pilot, "m")
            (mark,) = app.store.marks.all()
            assert (mark.kind, mark.article_id) == ("article", chosen.article_id)
            assert mark.status != "lost"
            assert str(listing.get_option_at_index(index).prompt).lstrip().startswith("★ ")
            await press(pilot, "m")
            assert app.store.marks.all() == []
            assert "★" not in str(listing.get_option_at_index(index).prompt)

    @sync
    async def test_a_note_and_tags_are_kept_and_the_collection_filters_by_tag(
        self, app: NewsExploreApp
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "grok")
            await press(pilot, "a")
            assert isinstance(app.screen, NoteDialog)
            app.screen.query_one("#note-text", Input).value = "lead story"
            app.screen.query_one("#note-tags", Input).value = "ofcom, pm"
            await press(pilot, "enter")
            await press(pilot, "down", "m")
            (noted, plain) = app.store.marks.all()
            assert (noted.note, noted.tags) == ("lead story", ("ofcom", "pm"))
            await press(pilot, "c", "slash")
            await type_text(pilot, "ofc")
            assert [m.id for m in app.screen.marks] == [noted.id]

    @sync
    async def test_cancelling_a_note_leaves_the_store_as_it_was(self, app: NewsExploreApp) -> None:
        """Esc in the note dialog is "never mind": an item not marked before stays
        unmarked (no ★ with an empty note in the collection and every export), and a
        marked one keeps its note and tags, even after typing into the dialog."""
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "grok")
            before = first_prompt(app)
            await press(pilot, "a")
            assert isinstance(app.screen, NoteDialog)
            await type_text(pilot, "second thoughts")
            await press(pilot, "escape")
            assert not isinstance(app.screen, NoteDialog)
            assert app.store.marks.all() == []
            assert first_prompt(app) == before  # no ★ left on the row
            assert "★" not in before
            await press(pilot, "a")
            app.screen.query_one("#note-text", Input).value = "lead story"
            app.screen.query_one("#note-tags", Input).value = "pm"
            await press(pilot, "enter")
            (kept,) = app.store.marks.all()
            assert "★" in first_prompt(app)
            await press(pilot, "a")
            app.screen.query_one("#note-text", Input).value = "changed my mind"
            app.screen.query_one("#note-tags", Input).value = ""
            await press(pilot, "escape")
            assert app.store.marks.all() == [kept]

    @sync
    async def test_a_tag_of_two_words_is_shown_quoted_and_filters_as_shown(
        self, app: NewsExploreApp
    ) -> None:
        """ "#council vote pm" could be three tags or two: it reads `#"council vote" #pm`,
        and what the list shows can be typed into the filter."""
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "grok")
            await press(pilot, "a")
            app.screen.query_one("#note-tags", Input).value = 'council vote, pm, "a,b"'
            await press(pilot, "enter")
            (noted,) = app.store.marks.all()
            assert noted.tags == ("a,b", "council vote", "pm")
            await press(pilot, "c")
            shown = str(
                app.screen.query_one("#collection-list", OptionList).get_option_at_index(0).prompt
            )
            assert '#"a,b" #"council vote" #pm' in shown
            title = str(app.screen.query_one("#collection-title", Static).render())
            assert 'tags: #"a,b" #"council vote" #pm' in title
            for typed in ('#"council vote"', "council v", '"a,b"'):
                app.screen.query_one("#collection-tag", Input).value = typed
                await pilot.pause()
                assert [m.id for m in app.screen.marks] == [noted.id], typed
            await press(pilot, "escape", "escape", "a")
            assert app.screen.query_one("#note-tags", Input).value == '"a,b", council vote, pm'
            await press(pilot, "enter")
            assert app.store.marks.all()[0].tags == noted.tags  # kept whole, not split at the comma

    @sync
    async def test_a_corrupt_store_is_reported_and_the_app_opens_empty(
        self, seeds_dir: Path, tmp_path: Path
    ) -> None:
        (tmp_path / "user.sqlite3").write_text("not a store " * 100)
        app = build(seeds_dir, tmp_path)
        told = Notices()
        async with app.run_test(size=(120, 40), message_hook=told) as pilot:
            await settle(pilot)
            assert app.store.marks.all() == []
            assert told.any("kept as user.sqlite3.unreadable-"), told.messages
        assert list(tmp_path.glob("user.sqlite3.unreadable-*"))


class TestCopy:
    @sync
    async def test_y_copies_a_quote_with_its_speaker_and_date(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            pane = await choose_speaker(pilot, "keir")
            await press(pilot, "y")
            quote = pane.quotes[0]
            assert f"“{quote.text}”" in app.clipboard
            assert "Keir Starmer (Prime Minister)" in app.clipboard
            assert "2026-01-08" in app.clipboard
            assert f"chars {quote.start}–{quote.end}" in app.clipboard

    @sync
    async def test_the_palette_copies_as_markdown(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await choose_speaker(pilot, "keir")
            screen_of(app).action_copy("markdown")
            assert app.clipboard.startswith("> “") and "**Keir Starmer" in app.clipboard


class TestExport:
    @sync
    async def test_export_never_overwrites_without_asking(
        self, app: NewsExploreApp, tmp_path: Path
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "grok")
            await press(pilot, "e")
            assert isinstance(app.screen, ExportDialog)
            target = Path(app.screen.query_one("#export-path", Input).value)
            assert target == tmp_path / "out" / "search-grok.csv"
            target.parent.mkdir(parents=True)
            target.write_text("someone's work\n")
            await press(pilot, "enter")
            assert target.read_text() == "someone's work\n"
            assert isinstance(app.screen, ExportDialog)
            assert "already exists" in str(app.screen.query_one("#export-warning").render())
            await press(pilot, "enter")
            assert target.read_text() == "someone's work\n"
            app.screen.query_one("#export-overwrite", Button).press()
            await settle(pilot)
            assert not isinstance(app.screen, ExportDialog)
            assert target.read_text().startswith("article_id,title,date")

    @pytest.mark.parametrize(
        ("suffix", "starts"), [(".md", "1. "), (".json", "["), (".jsonl", "{")]
    )
    @sync
    async def test_a_file_name_typed_with_a_formats_extension_is_written_in_that_format(
        self, app: NewsExploreApp, tmp_path: Path, suffix: str, starts: str
    ) -> None:
        """A path typed as notes.md used to receive CSV, the format left chosen."""
        target = tmp_path / f"notes{suffix}"
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "grok")
            await press(pilot, "e")
            app.screen.query_one("#export-path", Input).value = str(target)
            await settle(pilot)
            chosen = app.screen.query_one("#export-format", RadioSet).pressed_button
            assert chosen is not None and chosen.id == f"format-{suffix[1:]}"
            await press(pilot, "enter")
            await settle(pilot)
            assert target.read_text().lstrip().startswith(starts)

    @pytest.mark.parametrize("below", [[], ["2026", "january"]])
    @sync
    async def test_export_under_a_file_says_that_file_is_no_folder(
        self, app: NewsExploreApp, tmp_path: Path, below: list[str]
    ) -> None:
        """A path through a file used to say only "File exists"."""
        notes = tmp_path / "notes.txt"
        notes.write_text("someone's work\n")
        target = notes.joinpath(*below, "search-grok.csv")
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "grok")
            await press(pilot, "e")
            app.screen.query_one("#export-path", Input).value = str(target)
            await press(pilot, "enter")
            assert isinstance(app.screen, ExportDialog)
            warning = str(app.screen.query_one("#export-warning").render())
            assert warning == f"Cannot write {target}: {notes} is a file, not a folder."
            assert notes.read_text() == "someone's work\n"

    @sync
    async def test_export_as_jsonl_carries_cli_columns_citation_and_notes(
        self, app: NewsExploreApp, tmp_path: Path
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            pane = await choose_speaker(pilot, "keir")
            quote = pane.quotes[0]
            app.store.marks.add(
                Target(quote.article_id, "quote", quote.start, quote.end, quote.text),
                note="use this",
            )
            await press(pilot, "e")
            await pilot.click("#format-jsonl")
            await settle(pilot)
            await pilot.click("#export-write")
            await settle(pilot)
            (written,) = (tmp_path / "out").glob("quotes-*.jsonl")
            rows = [json.loads(line) for line in written.read_text().splitlines()]
            assert len(rows) == len(pane.quotes)
            cli = {"article_id", "quote", "speaker", "start", "end", "cue", "partial", "group"}
            assert cli | {"title", "date", "url", "path", "roles", "note", "tags"} <= set(rows[0])
            assert rows[0]["note"] == "use this" and rows[0]["date"] == "2026-01-08"

    @sync
    async def test_export_of_a_search_writes_every_result_not_only_those_loaded(
        self, tmp_path: Path
    ) -> None:
        app = build(_harbour_corpus(tmp_path / "corpus", 30), tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "harbour")
            pane = app.screen.query_one(SearchPane)
            assert pane.results.total == 30 and len(pane.results.hits) < 30
            await press(pilot, "e")
            title = str(app.screen.query_one(".dialog-title", Static).render())
            assert title == "Export 30 rows"
            await pilot.click("#format-jsonl")
            await settle(pilot)
            await pilot.click("#export-write")
            await settle(pilot)
            (written,) = (tmp_path / "out").glob("search-*.jsonl")
            rows = [json.loads(line) for line in written.read_text().splitlines()]
            assert sorted(r["article_id"] for r in rows) == sorted(
                f"story{n:02d}.txt" for n in range(30)
            )

    @sync
    async def test_a_search_export_is_written_in_the_background_and_appears_whole(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A big export must not freeze the app: while it reads, keys still work, and
        the file only appears once every row is in it."""
        app = build(_harbour_corpus(tmp_path / "corpus", 30), tmp_path)
        held, reading = threading.Event(), threading.Event()
        told = Notices()
        async with app.run_test(size=(120, 40), message_hook=told) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "harbour")
            search = app.library.search

            def slow_search(query: str, **options):
                if options.get("limit", 0) > 30:  # the export's read of every result
                    reading.set()
                    held.wait(10)
                return search(query, **options)

            monkeypatch.setattr(app.library, "search", slow_search)
            await pilot.press("e")
            await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog), "the dialog")
            await pilot.press("enter")
            await wait_for(pilot, reading.is_set, "the export reading the results")
            target = tmp_path / "out" / "search-harbour.csv"
            results = app.screen.query_one(SearchPane).results_list
            await pilot.press("j")
            await wait_for(pilot, lambda: results.highlighted == 1, "the cursor moving")
            assert not target.exists()
            held.set()
            await settle(pilot)
            assert len(target.read_text().splitlines()) == 31
            assert [p.name for p in target.parent.iterdir()] == [target.name]
            assert f"Wrote 30 rows to {target}" in told.messages, told.messages

    @sync
    async def test_an_export_that_fails_midway_leaves_the_file_it_replaces_whole(
        self, app: NewsExploreApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def disk_full(records, out, columns) -> None:
            out.write("article_id,title,date\n")
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(writers, "_write_csv", disk_full)
        told = Notices()
        async with app.run_test(size=(120, 40), message_hook=told) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "grok")
            target = tmp_path / "out" / "search-grok.csv"
            target.parent.mkdir(parents=True)
            target.write_text("someone's work\n")
            await press(pilot, "e", "enter")
            app.screen.query_one("#export-overwrite", Button).press()
            await settle(pilot)
            assert target.read_text() == "someone's work\n"
            assert [p.name for p in target.parent.iterdir()] == [target.name]
            assert told.any("No space left"), told.messages


class TestHistory:
    @sync
    async def test_up_in_the_search_box_after_a_restart_brings_back_the_last_query(
        self, seeds_dir: Path, tmp_path: Path
    ) -> None:
        first = build(seeds_dir, tmp_path)
        async with first.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "ofcom")
            await press(pilot, "slash")
            first.screen.query_one("#query", Input).value = ""
            await type_text(pilot, "grok")
            await press(pilot, "enter")
        again = build(seeds_dir, tmp_path)
        async with again.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            box = again.screen.query_one("#query", Input)
            await press(pilot, "slash", "up")
            assert box.value == "grok"
            await press(pilot, "up")
            assert box.value == "ofcom"
            await press(pilot, "down", "down")
            assert box.value == ""

    @sync
    async def test_up_brings_back_the_scope_a_query_was_searched_in(
        self, seeds_dir: Path, tmp_path: Path
    ) -> None:
        app = build(seeds_dir, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            screen = screen_of(app)
            await press(pilot, "ctrl+t")
            assert screen.scope == "quotes"
            box = screen.query_one("#query", Input)
            await search_and_focus_results(pilot, "disgusting")
            await press(pilot, "ctrl+t")
            box.value = ""
            await search_and_focus_results(pilot, "ofcom")
            box.value = ""
            await press(pilot, "slash", "ctrl+t")
            assert screen.scope == "quotes"
            await press(pilot, "up")
            assert (box.value, screen.scope) == ("ofcom", "articles")
            await press(pilot, "up")
            assert (box.value, screen.scope) == ("disgusting", "quotes")
            await press(pilot, "down")
            assert (box.value, screen.scope) == ("ofcom", "articles")
            await press(pilot, "down")
            assert (box.value, screen.scope) == ("", "quotes"), "back to what was being typed"

    @sync
    async def test_a_recent_search_from_the_palette_runs_in_its_scope(self, app) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            app.store.history.add("disgusting", "quotes")
            await press(pilot, "ctrl+p")
            await type_text(pilot, "recent and saved")
            await press(pilot, "enter")
            await type_text(pilot, "disgusting")
            await press(pilot, "enter")
            screen = screen_of(app)
            assert (screen.query_text, screen.scope) == ("disgusting", "quotes")


class TestReanchorAndSearches:
    @sync
    async def test_a_mark_whose_article_is_gone_is_reported_when_the_app_opens(
        self, app: NewsExploreApp
    ) -> None:
        app.store.marks.add(Target("gone-article", "quote", 5, 20, "words from before"))
        told = Notices()
        async with app.run_test(size=(120, 40), message_hook=told) as pilot:
            await settle(pilot)
            await wait_for(pilot, lambda: bool(told.messages), "a notification")
            assert told.any("no longer in the corpus"), told.messages
            assert [m.status for m in app.store.marks.all()] == ["lost"]

    @sync
    async def test_m_in_the_reader_marks_the_quote_it_was_opened_at(
        self, app: NewsExploreApp
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            pane = await choose_speaker(pilot, "keir")
            await press(pilot, "enter", "m")
            (mark,) = app.store.marks.all()
            quote = pane.quotes[0]
            assert (mark.kind, mark.start, mark.end) == ("quote", quote.start, quote.end)
            assert "1 marked" in str(app.screen.query_one("#reader-header", Static).render())

    @sync
    async def test_a_saved_search_runs_again_from_the_palette_list(
        self, app: NewsExploreApp
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "ofcom")
            screen_of(app).action_save_search()
            await settle(pilot)
            await type_text(pilot, "regulator")
            await press(pilot, "enter")
            assert [(s.name, s.query) for s in app.store.history.saved()] == [
                ("regulator", "ofcom")
            ]
            box = app.screen.query_one("#query", Input)
            box.value = ""
            await settle(pilot)
            screen_of(app).run_saved_query("ofcom")
            await settle(pilot)
            assert box.value == "ofcom"
            assert app.screen.query_one(SearchPane).results.query == "ofcom"


class TestExportFormatChoice:
    @sync
    async def test_the_chosen_format_is_told_by_its_mark_not_by_colour_alone(
        self, app: NewsExploreApp
    ) -> None:
        """On a monochrome terminal, or to a reader who cannot tell the colours apart,
        every radio button looked the same: the chosen one differed only in colour."""
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "grok")
            await press(pilot, "e")
            buttons = list(app.screen.query_one("#export-format", RadioSet).query("RadioButton"))
            marks = {button.id: button.render().plain.split()[0] for button in buttons}
            assert len(marks) == 4 and len(set(marks.values())) == 2, marks
            chosen = marks.pop("format-csv")
            assert all(mark != chosen for mark in marks.values()), marks
            app.screen.query_one("#format-md").value = True
            await settle(pilot)
            assert app.screen.query_one("#format-md").render().plain.split()[0] == chosen
            assert app.screen.query_one("#format-csv").render().plain.split()[0] != chosen


class TestExportFolders:
    @sync
    async def test_a_folder_that_does_not_exist_is_made_only_when_asked_twice(
        self, app: NewsExploreApp, tmp_path: Path
    ) -> None:
        """A folder name mistyped made new folders wherever it pointed, said nothing of
        it, and the export went there."""
        target = tmp_path / "nodir" / "sub" / "x.csv"
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "grok")
            await press(pilot, "e")
            app.screen.query_one("#export-path", Input).value = str(target)
            await press(pilot, "enter")
            assert isinstance(app.screen, ExportDialog)
            assert not (tmp_path / "nodir").exists()
            warning = str(app.screen.query_one("#export-warning").render())
            assert f"There is no folder {tmp_path / 'nodir'}" in " ".join(warning.split())
            await press(pilot, "enter")
            await wait_for(pilot, target.exists, "the export")
            assert target.read_text().startswith("article_id,title,date")

    @sync
    async def test_the_export_folder_of_the_app_is_made_without_asking(
        self, app: NewsExploreApp, tmp_path: Path
    ) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_and_focus_results(pilot, "grok")
            await press(pilot, "e")
            assert not (tmp_path / "out").exists()
            await press(pilot, "enter")
            target = tmp_path / "out" / "search-grok.csv"
            await wait_for(pilot, target.exists, "the export")
