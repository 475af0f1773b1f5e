"""The reader's origin line, its `o` key, Back to where one was reading, and the
ways into the reader that used to land somewhere else (the palette's speaker)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import Static, Tabs

from newsexplore.search import Library
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.messages import JumpRequested, Location
from newsexplore.tui.widgets.reader import ArticleBody, ArticleReader
from newsexplore.tui.widgets.speakers import SpeakersPane
from tests.test_tui_pilot import press, screen_of, search_for, sync, type_text
from tests.tui_support import Notices, wait_for
from tests.tui_support import wait_until_settled as settle


@pytest.fixture
def app(seeds_dir: Path, seeds_index: Path, tmp_path: Path) -> NewsExploreApp:
    built = make_app([seeds_dir], index_dir=seeds_index, export_dir=tmp_path)
    built.animation_level = "none"
    return built


class TestPaletteSpeaker:
    @sync
    async def test_enter_after_go_speaker_opens_that_speakers_quote(
        self, app: NewsExploreApp
    ) -> None:
        """The list's highlight follows the speaker chosen in the palette, so Enter
        twice opens one of their quotes, not one of whoever was highlighted before."""
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            pane = screen_of(app).query_one(SpeakersPane)
            await wait_for(pilot, lambda: len(pane.speakers) > 2, "the speaker list")
            chosen = pane.speakers[2]
            await press(pilot, "ctrl+p")
            await type_text(pilot, "go: Speaker")
            await press(pilot, "enter")
            await type_text(pilot, chosen.name)
            await press(pilot, "enter")
            await wait_for(pilot, lambda: not pane.quotes_pending, "the speaker's quotes")
            await press(pilot, "enter", "enter")
            location = screen_of(app).location
            assert location is not None and location.kind == "quote"
            theirs = app.library.quotes(speaker_id=chosen.id)
            assert (location.article_id, location.start) in {
                (q.article_id, q.start) for q in theirs
            }, f"opened a quote that is not {chosen.name}'s"


class TestBack:
    @sync
    async def test_back_returns_to_where_one_was_reading(self, app: NewsExploreApp) -> None:
        """Scrolled down an article, jumped elsewhere, Back: the same line is on top again."""
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            screen = screen_of(app)
            first = app.library.search("ofcom").hits[0].article_id
            screen.post_message(JumpRequested(Location(first)))
            await settle(pilot)
            body = screen.query_one(ArticleBody)
            await press(pilot, "space", "j", "j")
            read_to = body.scroll_y
            assert read_to > 0
            top_line = body.top_offset()
            other = next(h.article_id for h in app.library.search("").hits if h.article_id != first)
            screen.post_message(JumpRequested(Location(other)))
            await settle(pilot)
            assert body.scroll_y == 0
            await press(pilot, "escape")
            assert screen.location is not None and screen.location.article_id == first
            assert body.scroll_y == read_to and body.top_offset() == top_line
            await press(pilot, "right_square_bracket", "escape")
            assert body.scroll_y == read_to, "Forward then Back again keeps the place too"

    @sync
    async def test_back_keeps_the_hit_one_had_walked_to(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await search_for(pilot, "ofcom")
            await press(pilot, "enter", "enter", "n", "n")
            reader = screen_of(app).query_one(ArticleReader)
            assert reader.current_hit == 2
            other = next(
                h.article_id
                for h in app.library.search("").hits
                if h.article_id != reader.article.id
            )
            screen_of(app).post_message(JumpRequested(Location(other)))
            await settle(pilot)
            await press(pilot, "escape")
            assert reader.current_hit == 2 and reader.target_visible()

    @sync
    async def test_a_quote_near_the_end_opens_and_the_reader_comes_to_rest(
        self, app: NewsExploreApp
    ) -> None:
        """The last quote of an article cannot be scrolled a third of the way down;
        the reader used to keep retrying that scroll on every frame."""
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            last = max(app.library.quotes(), key=lambda q: q.start)
            screen_of(app).post_message(
                JumpRequested(Location(last.article_id, last.start, last.end, "quote"))
            )
            await settle(pilot, seconds=10)
            body = screen_of(app).query_one(ArticleBody)
            assert not body.scroll_pending
            assert screen_of(app).query_one(ArticleReader).target_visible()


RECORDS = [
    {
        "id": "web-1",
        "title": "Harbour reopens",
        "date": "2026-01-05",
        "source": "The Coast Gazette",
        "author": "Ann Reed",
        "url": "https://news.example/harbour",
        "text": 'The harbour reopened on Monday. "We are back," the harbourmaster said.',
    },
    {
        "id": "odd-2",
        "title": "Council [bold]vote[/]",
        "source": "[link=https://evil.example]Paper[/link]",
        "author": "[i]Mallory[/i]",
        "url": "javascript:alert(1)",
        "text": "The council voted on Tuesday to close the old bridge for repairs.",
    },
    {
        "id": "plain-3",
        "title": "Bridge repairs",
        "text": "Repairs to the old bridge will take six weeks, the council said.",
    },
    {
        "id": "long-4",
        # A headline in a script without spaces, each character two cells wide:
        # at 80 columns it takes four lines of the header.
        "title": "港口委员会决定重新开放灯塔" * 9,
        "date": "2026-01-06",
        "source": "The Coast Gazette and Harbour Weekly",
        "author": "Ann Reed, Local Democracy Reporter",
        "url": "https://news.example/2026/01/06/harbour-council-reopens-lighthouse-and-pier",
        "text": "The council agreed to reopen the lighthouse and the ferry pier.",
    },
]


@pytest.fixture
def records_app(tmp_path: Path) -> NewsExploreApp:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = "".join(json.dumps(record) + "\n" for record in RECORDS)
    (corpus / "wire.jsonl").write_text(lines, encoding="utf-8")
    built = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
    built.animation_level = "none"
    return built


async def open_record(pilot, record_id: str) -> ArticleReader:
    screen = screen_of(pilot.app)
    screen.post_message(JumpRequested(Location(record_id)))
    await settle(pilot)
    reader = screen.query_one(ArticleReader)
    assert reader.article is not None and reader.article.id == record_id
    return reader


def header_of(reader: ArticleReader) -> str:
    return str(reader.query_one("#reader-header", Static).render())


def header_shown(reader: ArticleReader) -> list[str]:
    """The header's rows as they are on screen (its rule aside), cut to its height."""
    header = reader.query_one("#reader-header", Static)
    rows = header.render_lines(Region(0, 0, header.size.width, header.size.height))
    return [row.text.rstrip() for row in rows]


def footer_descriptions(app: NewsExploreApp) -> set[str]:
    return {str(key.description) for key in app.screen.query("FooterKey")}


class TestOrigin:
    @sync
    async def test_header_says_where_the_text_comes_from(self, records_app) -> None:
        async with records_app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            header = header_of(await open_record(pilot, "web-1"))
            for fact in (
                "2026-01-05",
                "The Coast Gazette",
                "Ann Reed",
                "web-1",
                "wire.jsonl, line 1",
                "https://news.example/harbour",
            ):
                assert fact in header, f"{fact!r} missing from the header:\n{header}"

    @sync
    async def test_markup_in_the_origin_is_shown_as_written(self, records_app) -> None:
        async with records_app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            header = header_of(await open_record(pilot, "odd-2"))
            assert "[link=https://evil.example]Paper[/link]" in header
            assert "[i]Mallory[/i]" in header
            assert "javascript:alert(1)" in header and "wire.jsonl, line 2" in header

    @pytest.mark.parametrize("size", [(80, 24), (120, 40)])
    @sync
    async def test_a_long_title_never_pushes_the_id_and_file_out(self, records_app, size) -> None:
        """The title is cut with an ellipsis to leave room: the id, the file and
        line, and the status line are always in the header."""
        async with records_app.run_test(size=size) as pilot:
            await settle(pilot)
            rows = header_shown(await open_record(pilot, "long-4"))
            shown = "\n".join(rows)
            assert "id long-4" in shown and "wire.jsonl, line 4" in shown, shown
            assert rows[-1].startswith("0 quotes"), shown  # the status, last
            title = [row for row in rows if "港口" in row]
            assert 2 <= len(title) <= 3 and title[-1].endswith("…"), shown


class TestOpenLink:
    @sync
    async def test_o_opens_a_web_link_in_the_browser(self, records_app, monkeypatch) -> None:
        opened: list[str] = []
        monkeypatch.setattr(records_app, "open_url", lambda url, **_: opened.append(url))
        async with records_app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await open_record(pilot, "web-1")
            assert "Open link" in footer_descriptions(records_app)
            await press(pilot, "o")
            assert opened == ["https://news.example/harbour"]

    @sync
    async def test_o_refuses_an_address_that_is_not_a_web_link(
        self, records_app, monkeypatch
    ) -> None:
        opened: list[str] = []
        monkeypatch.setattr(records_app, "open_url", lambda url, **_: opened.append(url))
        told = Notices()
        async with records_app.run_test(size=(120, 40), message_hook=told) as pilot:
            await settle(pilot)
            reader = await open_record(pilot, "odd-2")
            shown = footer_descriptions(records_app)
            assert "Open link" not in shown and "Copy path" in shown
            await press(pilot, "o")
            assert opened == []
            said = told.messages
            assert any("Not a web link" in m and "javascript:alert(1)" in m for m in said)
            assert reader.article is not None
            assert records_app.clipboard == str(records_app.library.article_file(reader.article))

    @sync
    async def test_without_a_link_o_copies_the_path(self, records_app, monkeypatch) -> None:
        opened: list[str] = []
        monkeypatch.setattr(records_app, "open_url", lambda url, **_: opened.append(url))
        told = Notices()
        async with records_app.run_test(size=(80, 24), message_hook=told) as pilot:
            await settle(pilot)
            await open_record(pilot, "plain-3")
            assert "Copy path" in footer_descriptions(records_app)
            await press(pilot, "o")
            assert opened == []
            path = records_app.clipboard
            assert path.endswith("wire.jsonl") and Path(path).is_file()
            said = told.messages
            assert any("No web link" in m and "line 3" in m for m in said)


class TestBreadcrumb:
    @sync
    async def test_the_query_scope_and_filters_stay_in_sight_while_reading(
        self, app: NewsExploreApp
    ) -> None:
        """At 80x24 the search box is out of sight in the reader: the words, where
        they are looked for and the date range are written under the reader and
        the timeline, which follow them."""
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await search_for(pilot, "ofcom date:[2026-01-01 TO 2026-01-31]")
            await press(pilot, "enter", "enter")
            screen = screen_of(app)
            assert screen.active_pane == "reader"
            for name in ("reader", "timeline"):
                line = str(screen.pane(name).border_subtitle)
                assert "“ofcom” in articles" in line, line
                assert "date 2026-01-01 to 2026-01-31" in line, line
            await press(pilot, "slash", "ctrl+t", "escape")
            await settle(pilot)
            assert "in quotes only" in str(screen.pane("reader").border_subtitle)

    @sync
    async def test_no_query_no_breadcrumb(self, app: NewsExploreApp) -> None:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert screen_of(app).pane("reader").border_subtitle is None


class TestTabRow:
    @sync
    async def test_after_a_timeline_jump_the_tab_row_shows_the_reader(
        self, app: NewsExploreApp
    ) -> None:
        """80x24: a date typed in the timeline, then Enter on an entry. The tab row
        stays whole at the top, with Reader active and underlined, and focus in the
        reader rather than on the tabs."""
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await press(pilot, "f5", "d")
            await type_text(pilot, "2026-01-08")
            await press(pilot, "enter", "down", "enter")
            screen = screen_of(app)
            assert screen.active_pane == "reader"
            tabs = screen.query_one(Tabs)
            assert tabs.active == "tab-reader" and tabs.region.y == 0
            underline = tabs.query_one("Underline")
            reader_tab = tabs.active_tab
            assert reader_tab is not None
            left, right = reader_tab.region.x, reader_tab.region.right
            assert left <= underline.highlight_start < underline.highlight_end <= right
            assert isinstance(app.focused, ArticleBody)
            assert not screen.pane("timeline").display


class TestLongArticle:
    @sync
    async def test_a_huge_article_says_how_far_it_was_read_for_quotes(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from newsexplore.search.index import extraction

        monkeypatch.setattr(extraction, "EXTRACTION_LIMIT", 200)
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        filler = "The harbour was quiet all week and nobody spoke of it.\n\n"
        (corpus / "dump.txt").write_text(filler * 8 + '"We are fine," Smith said.\n')
        (corpus / "short.txt").write_text('"We are fine," Smith said.\n')
        built = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
        built.animation_level = "none"
        read = len(filler * 3) - 2  # whole paragraphs, up to the limit
        async with built.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            header = header_of(await open_record(pilot, "dump.txt"))
            assert f"0 quotes · quotes and dates read in the first {read} characters only" in (
                header
            )
            assert "read in the first" not in header_of(await open_record(pilot, "short.txt"))


def _records(path: Path, numbers: range) -> None:
    records = (
        {
            "id": f"r{n}",
            "title": f"Story {n}",
            "text": f'Talks went on. "We act now, {n}," said Jane Doe.',
        }
        for n in numbers
    )
    path.write_text("".join(json.dumps(record) + "\n" for record in records))


@sync
async def test_the_reader_shows_the_line_an_update_made_elsewhere_moved_its_record_to(
    tmp_path: Path,
) -> None:
    """`newsexplore index` in another terminal after a line above the record was deleted:
    the open article's header says the line it is on now, where it kept the old one."""
    corpus, index = tmp_path / "news.jsonl", tmp_path / "index"
    _records(corpus, range(4))
    list(Library([corpus], index).update())
    app = make_app([corpus], index_dir=index, export_dir=tmp_path)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen_of(app).post_message(JumpRequested(Location("r3")))
        header = screen_of(app).query_one("#reader-header", Static)
        await wait_for(pilot, lambda: "news.jsonl, line 4" in str(header.render()), "line 4")
        _records(corpus, range(1, 4))
        list(Library([corpus], index).update())  # as another process would
        await wait_for(
            pilot, lambda: "news.jsonl, line 3" in str(header.render()), "line 3", seconds=5
        )
        assert screen_of(app).location == Location("r3")


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@sync
async def test_a_date_deep_in_a_sentence_taller_than_the_screen_is_scrolled_into_view(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """A transcript or a scraped page without full stops is one "sentence" of thousands
    of words: the reader showed its start, and the date jumped to was far below."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "The council met. " + "blah " * 3000 + "and on Tuesday it voted. " + "blah " * 300
    (corpus / "p.txt").write_text(f"Title: Council\nDate: 2024-03-08\n\n{text}\n")
    built = make_app([corpus], index_dir=tmp_path / "index", export_dir=tmp_path)
    built.animation_level = "none"
    async with built.run_test(size=size) as pilot:
        await settle(pilot)
        (event,) = [e for e in built.library.events() if e.expression == "Tuesday"]
        assert event.sentence_end - event.sentence_start > 10_000
        where = Location(
            event.article_id,
            event.sentence_start,
            event.sentence_end,
            "event",
            focus=(event.start, event.end),
        )
        screen_of(built).post_message(JumpRequested(where))
        reader = screen_of(built).query_one(ArticleReader)
        await wait_for(pilot, lambda: reader.article is not None, "the article")
        await settle(pilot)
        body = reader.query_one(ArticleBody)
        shown = body._document
        assert shown is not None
        assert body.is_visible(shown.display_start(event.start))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@sync
async def test_n_and_shift_n_after_a_quote_jump_step_from_that_quote(
    app: NewsExploreApp, size: tuple[int, int]
) -> None:
    """Jumped to a quote halfway down, `n` goes to the first hit from that quote on and
    `N` to the last before it, not to the article's first and last hits; the header
    says which hit it is, at 80 columns too."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await search_for(pilot, "grok")
        await press(pilot, "enter")
        reader = screen_of(app).query_one(ArticleReader)
        # A quote with hits of the query both before and after it.
        for quote in sorted(app.library.quotes(), key=lambda q: (q.article_id, q.start)):
            spans = app.library.match_spans(quote.article_id, "grok")
            if any(s.start < quote.start for s in spans) and any(
                s.start >= quote.start for s in spans
            ):
                break
        else:
            pytest.fail("no quote with hits on both sides")
        screen_of(app).post_message(
            JumpRequested(Location(quote.article_id, quote.start, quote.end, "quote"))
        )
        await settle(pilot)
        assert reader.current_hit is None
        starts = [hit.start for hit in reader.hits]
        after = next(n for n, start in enumerate(starts) if start >= quote.start)
        await press(pilot, "n")
        assert reader.current_hit == after and reader.target_visible()
        header = reader.query_one("#reader-header", Static)
        drawn = header.render()._lay_out(header.content_region.width).plain  # as cut to fit
        assert f"hit {after + 1}/{len(starts)}" in drawn, drawn
        screen_of(app).post_message(
            JumpRequested(Location(quote.article_id, quote.start, quote.end, "quote"))
        )
        await settle(pilot)
        await press(pilot, "N")
        assert reader.current_hit == after - 1 and reader.target_visible()
