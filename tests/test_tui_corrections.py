"""Speaker corrections in the app: every pane sees the speakers as the user left them."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static

from newsexplore.search import Correction, UserStore
from newsexplore.tui.app import NewsExploreApp, make_app
from newsexplore.tui.widgets.search_pane import SearchPane
from newsexplore.tui.widgets.timeline import TimelinePane
from tests.test_tui_pilot import choose_speaker, press, screen_of, search_for, sync, type_text
from tests.tui_support import Notices, wait_for
from tests.tui_support import wait_until_settled as settle


def app_with(seeds_dir: Path, tmp_path: Path, *corrections: Correction) -> NewsExploreApp:
    """The app on the seeds, its store already holding some corrections."""
    store = UserStore.for_corpus([seeds_dir])
    for correction in corrections:
        store.corrections.add(correction)
    store.close()
    app = make_app([seeds_dir], index_dir=tmp_path / "index", export_dir=tmp_path)
    app.animation_level = "none"
    return app


def shown_speakers(app: NewsExploreApp) -> list[str | None]:
    results = screen_of(app).query_one(SearchPane).results
    assert results is not None and results.error is None
    return [hit.quote.speaker for hit in results.hits if hit.quote]


@sync
async def test_speaker_search_sees_a_merge(seeds_dir: Path, tmp_path: Path) -> None:
    """`speaker:farage` after Farage was merged into Starmer: all of Starmer's quotes."""
    app = app_with(seeds_dir, tmp_path, Correction("merge", "keir-starmer", "nigel-farage"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        merged = app.library.quotes(speaker_id="keir-starmer")
        await press(pilot, "ctrl+t")
        await search_for(pilot, "speaker:farage")
        assert shown_speakers(app) == ["Keir Starmer"] * len(merged)
        await press(pilot, "escape")
        await search_for(pilot, " ")
        assert "Nigel Farage" not in shown_speakers(app)


@sync
async def test_a_rename_in_the_app_reaches_the_search_pane(seeds_dir: Path, tmp_path: Path) -> None:
    app = app_with(seeds_dir, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await press(pilot, "ctrl+t")
        await search_for(pilot, "speaker:kendall")
        assert shown_speakers(app) == ["Liz Kendall"]
        await choose_speaker(pilot, "kendall")
        await press(pilot, "R")
        app.screen.query_one("#name-text", Input).value = "Elizabeth Kendall"
        await press(pilot, "enter")
        await wait_for(
            pilot, lambda: shown_speakers(app) == ["Elizabeth Kendall"], "the results relabelled"
        )
        await press(pilot, "f2")
        screen_of(app).query_one("#query", Input).value = 'speaker:"elizabeth kendall"'
        await settle(pilot)
        assert shown_speakers(app) == ["Elizabeth Kendall"]


@sync
async def test_the_timeline_follows_a_speaker_query(seeds_dir: Path, tmp_path: Path) -> None:
    """`speaker:farage` keeps the dates of the article quoting him, not none at all."""
    app = app_with(seeds_dir, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        farage = {q.article_id for q in app.library.quotes(speaker_id="nigel-farage")}
        await search_for(pilot, "speaker:farage")
        timeline = screen_of(app).query_one(TimelinePane)
        await wait_for(pilot, lambda: bool(timeline.groups), "the timeline filled")
        assert {e.article_id for g in timeline.groups for e in g.events} == farage


@sync
async def test_a_rename_to_another_speakers_name_is_refused(
    seeds_dir: Path, tmp_path: Path
) -> None:
    app = app_with(seeds_dir, tmp_path)
    told = Notices()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        await settle(pilot)
        pane = await choose_speaker(pilot, "kendall")
        await press(pilot, "R")
        app.screen.query_one("#name-text", Input).value = "louise haigh"
        await press(pilot, "enter")
        assert app.store.corrections.all() == []
        assert {"Liz Kendall", "Louise Haigh"} <= {s.name for s in pane.speakers}
        assert told.any("merge"), told.messages


@sync
async def test_U_takes_a_merged_speaker_back_out(seeds_dir: Path, tmp_path: Path) -> None:
    """A mistaken M can be undone in the app: Sarah Owen comes back whole."""
    app = app_with(seeds_dir, tmp_path, Correction("merge", "louise-haigh", "sarah-owen"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = await choose_speaker(pilot, "haigh")
        haigh = next(s for s in pane.speakers if s.id == "louise-haigh")
        assert "Sarah Owen" in haigh.aliases
        await press(pilot, "U")
        await type_text(pilot, "Sarah Owen")
        await press(pilot, "enter")
        await wait_for(
            pilot, lambda: "Sarah Owen" in {s.name for s in pane.speakers}, "Owen listed again"
        )
        haigh = next(s for s in pane.speakers if s.id == "louise-haigh")
        owen = next(s for s in pane.speakers if s.id == "sarah-owen")
        assert "Sarah Owen" not in haigh.aliases and "Committee chairwoman" not in haigh.roles
        assert (owen.quote_count, owen.roles) == (1, ("Committee chairwoman",))
        assert [c.kind for c in app.store.corrections.all()] == ["merge", "unmerge"]


@sync
async def test_a_correction_made_by_the_command_line_reaches_the_open_app(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """`newsexplore speakers merge` in another terminal: the open app lists the merge."""
    app = app_with(seeds_dir, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = await choose_speaker(pilot, "farage")
        elsewhere = UserStore.for_corpus([seeds_dir])
        elsewhere.corrections.add(Correction("merge", "keir-starmer", "nigel-farage"))
        elsewhere.close()
        await wait_for(
            pilot,
            lambda: "Nigel Farage" not in {s.name for s in pane.speakers},
            "the merge made elsewhere shown",
        )
        assert [c.kind for c in app.store.corrections.all()] == ["merge"]


@sync
async def test_a_speaker_whose_last_quote_was_given_away_says_so(
    seeds_dir: Path, tmp_path: Path
) -> None:
    app = app_with(seeds_dir, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = await choose_speaker(pilot, "kendall")
        assert len(pane.quotes) == 1
        await press(pilot, "A")
        await type_text(pilot, "Angela Rayner")
        await press(pilot, "enter")
        await wait_for(pilot, lambda: not pane.quotes, "Kendall's quote given away")
        await settle(pilot)
        heading = str(pane.query_one("#speaker-heading", Static).render())
        assert "Liz Kendall has no quotes left" in heading, heading


@sync
async def test_a_correction_whose_speaker_is_gone_is_told_not_dropped(
    seeds_dir: Path, seeds_index: Path, tmp_path: Path
) -> None:
    """A rename kept for a speaker no extraction gives any more (by id or by name)
    says so when the app opens; the store still holds it."""
    names = '{"jo-bloggs": ["Jo Bloggs"]}'
    app = app_with(seeds_dir, tmp_path, Correction("rename", "jo-bloggs", "Jo B.", names=names))
    told = Notices()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        await settle(pilot)
        await wait_for(
            pilot, lambda: told.any("rename of Jo Bloggs"), "the orphaned correction told"
        )
    about = [message for message in told.messages if "Jo Bloggs" in message]
    assert about and "kept" in about[0]
    assert [c.speaker for c in app.store.corrections.all()] == ["jo-bloggs"]


@sync
async def test_S_refuses_a_split_that_would_take_the_whole_speaker(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """Liz Kendall's one quote names her "Technology Secretary Liz Kendall": splitting
    that off would only move her under a new id, so nothing is saved and R is offered."""
    app = app_with(seeds_dir, tmp_path)
    told = Notices()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        await settle(pilot)
        pane = await choose_speaker(pilot, "kendall")
        await press(pilot, "S")
        await type_text(pilot, "Technology Secretary")
        await press(pilot, "enter")
        assert app.store.corrections.all() == []
        assert "liz-kendall" in {s.id for s in pane.speakers}
        said = told.messages
        assert any(m.startswith("Not split:") and "R renames" in m for m in said), said


@sync
async def test_S_on_a_speaker_with_one_name_says_there_is_nothing_to_split(
    seeds_dir: Path, tmp_path: Path
) -> None:
    app = app_with(seeds_dir, tmp_path)
    told = Notices()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        await settle(pilot)
        await choose_speaker(pilot, "farage")
        await press(pilot, "S")
        assert app.store.corrections.all() == []
        said = told.messages
        assert "Nigel Farage has no other name to split off (R renames)." in said, said


@sync
async def test_K_says_a_speaker_is_a_person_and_it_is_kept(seeds_dir: Path, tmp_path: Path) -> None:
    """Ofcom taken for a person (or the reverse): K says which, in the list at once and
    in the store, so the command line and the next start see it too."""
    app = app_with(seeds_dir, tmp_path)
    told = Notices()
    async with app.run_test(size=(120, 40), message_hook=told) as pilot:
        await settle(pilot)
        pane = await choose_speaker(pilot, "ofcom")
        await press(pilot, "K")
        await wait_for(
            pilot,
            lambda: next(s for s in pane.speakers if s.id == "ofcom").kind == "person",
            "Ofcom listed as a person",
        )
        assert [(c.kind, c.speaker, c.value) for c in app.store.corrections.all()] == [
            ("kind", "ofcom", "person")
        ]
        assert {q.speaker_kind for q in app.library.quotes(speaker_id="ofcom")} == {"person"}
        said = told.messages
        assert "Ofcom is now a person" in said, said
        await press(pilot, "K")
        await wait_for(
            pilot,
            lambda: next(s for s in pane.speakers if s.id == "ofcom").kind == "organisation",
            "Ofcom an organisation again",
        )


def app_on_store(seeds_dir: Path, tmp_path: Path, store: Path) -> NewsExploreApp:
    app = make_app([seeds_dir], index_dir=tmp_path / "index", export_dir=tmp_path, store_path=store)
    app.animation_level = "none"
    return app


async def refused(pilot, app: NewsExploreApp, keys: list[str]) -> list[tuple[str, str]]:
    """What the app says to each key, choosing Kendall first; no dialog may open."""
    told: list[tuple[str, str]] = []
    app.notify = lambda message, **kw: told.append((message, kw.get("severity", "")))
    pane = await choose_speaker(pilot, "kendall")
    screen = app.screen
    for key in keys:
        await press(pilot, key)
        assert app.screen is screen, f"{key} opened {app.screen!r} for a change it cannot keep"
    assert pane.highlighted_quote() is not None
    return told


@sync
async def test_a_correction_that_cannot_be_kept_is_refused_not_shown(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """A data folder that cannot hold the store (under a file): merge, split, rename,
    assign and check each say in one line why nothing is kept, as m does, where they
    changed the lists and said "Renamed …" for a change gone at the next start."""
    (tmp_path / "afile").write_text("not a folder")
    store = tmp_path / "afile" / "sub" / "user.sqlite3"
    app = app_on_store(seeds_dir, tmp_path, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        told = await refused(pilot, app, ["R", "M", "S", "A", "v"])
        assert app.store.corrections.all() == []
        assert "Liz Kendall" in {s.name for s in app.library.speakers()}
    said = [(m, s) for m, s in told if m.startswith("Not ")]
    assert [m.split(":")[0] for m, _ in said] == [
        "Not renamed",
        "Not merged",
        "Not split",
        "Not assigned",
        "Not checked",
    ], told
    for message, severity in said:
        assert severity == "error" and "\n" not in message and str(store) in message


@sync
async def test_a_read_only_store_shows_its_corrections_and_refuses_new_ones(
    seeds_dir: Path, tmp_path: Path, read_only
) -> None:
    store = tmp_path / "user.sqlite3"
    kept = UserStore(store)
    kept.corrections.add(Correction("rename", "liz-kendall", "Elizabeth Kendall"))
    kept.close()
    read_only(store)
    app = app_on_store(seeds_dir, tmp_path, store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        told = await refused(pilot, app, ["R", "v"])
        assert "Elizabeth Kendall" in {s.name for s in app.library.speakers()}
    said = [m for m, _ in told if m.startswith("Not ")]
    assert len(said) == 2 and all("read-only" in m and str(store) in m for m in said), told
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("user")) == [
        "user.sqlite3"
    ]


@sync
async def test_a_quote_given_to_a_name_nobody_has_says_a_new_speaker_is_made(
    seeds_dir: Path, tmp_path: Path
) -> None:
    """A typo ("Louise Haig") would split her quotes without a word: the notice says
    a new speaker is made and names the one meant."""
    app = app_with(seeds_dir, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        told: list[str] = []
        app.notify = lambda message, **kw: told.append(message)
        await choose_speaker(pilot, "kendall")
        await press(pilot, "A")
        await type_text(pilot, "Louise Haig")
        await press(pilot, "enter")
        await wait_for(pilot, lambda: any("given to" in m for m in told), "the notice")
    (said,) = [m for m in told if "given to" in m]
    assert "Louise Haig, a new speaker" in said and "Louise Haigh?" in said, said
