"""Measure the TUI headless on a real corpus: start-up, typing latency, jumps, memory.

    python bench/tui_bench.py [--corpus FILE] [--repeat N] [--index-dir DIR] [--runs N]

Builds (or updates) the index first, untimed, then starts a fresh Python
process that drives the app with Textual's pilot and reports:

- launch to interactive: process start to the main screen mounted with the
  query bar focused, and to the first results drawn;
- keystroke to results: for every character of a few realistic queries, the
  time from the key press to the results for that exact text being rendered;
- the timeline's first paint: from its first load (once the first results have
  settled) to the frame showing its list;
- the timeline following a query once typing pauses (after the settle delay);
- jumping the timeline to a typed date: from Enter in the date prompt (pressed
  `JUMP_PAUSE` after the date is typed) to the frame showing that date's group
  (skipped for a timeline without the prompt);
- open an article (Enter on a result) and jump to a quote, until the target is
  on screen;
- with `--keys`, instead of all the above: pane switches (F5, F4, F2) and, in the
  speakers pane, Enter on a speaker (its quotes listed) and Esc back, each from
  the key to the first frame showing it and to the last frame before the app goes
  quiet ("settled"), with the process's CPU time to that point (medians of
  `KEY_ROUNDS`; Enter also the first time, when the quotes are read from the index);
- peak resident memory of that process (`VmHWM`; `ru_maxrss` would carry over
  the peak of the parent that built the index, since Linux keeps it across exec).

`--runs N` starts N fresh processes and reports each measure's median: on a
shared 2-core machine one run's p95 can move by half.

`--repeat N` writes the corpus N times over (ids suffixed) into `bench/out/`
to reach e.g. 100k articles from the 20k Reuters file.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpora" / "reuters21578.jsonl"
QUERIES = ["oil prices", "interest rates", "bank of japan", "trade deficit", "coffee exports"]
JUMPS = ["1987-06", "March 1986", "1 April 1987", "1950", "last week"]
"""Dates typed into the timeline's jump prompt, in the forms a user would type them."""
JUMP_ROUNDS = 4
"""Times each date is jumped to, for a p95 over 20 jumps."""
JUMP_PAUSE = 0.3
"""Seconds between typing a date and pressing Enter (a person's pause is longer)."""
FOLLOW_QUERIES = ["wheat harvest", "gold", "steel strike", "said", "opec quota", "yen"]
"""Queries the timeline follows after a pause: narrow, broad, and one matching most articles."""


def repeated_corpus(corpus: Path, repeat: int) -> Path:
    """A JSONL file holding the corpus `repeat` times, each copy with its own ids and text.

    Copies are marked in their text too: the index skips a story whose text it
    already holds, so unmarked copies would leave a 20k index.
    """
    target = OUT / f"{corpus.stem}-x{repeat}" / f"{corpus.stem}-x{repeat}-marked.jsonl"
    if target.exists():
        return target.parent
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    with target.open("w", encoding="utf-8") as out:
        for copy in range(repeat):
            for line in lines:
                record = json.loads(line)
                if copy:
                    record["id"] = f"{record['id']}-r{copy}"
                    record["text"] = f"{record['text']}\n\n(Repeat {copy}.)"
                out.write(json.dumps(record) + "\n")
    return target.parent


def build_index(corpus: Path, index_dir: Path) -> None:
    from newsexplore.search.index.library import Library, UpdateSummary

    library = Library([corpus], index_dir=index_dir)
    if not library.needs_update():
        print(f"index up to date: {library.article_count()} articles")
        return
    started = time.perf_counter()
    for item in library.update():
        if isinstance(item, UpdateSummary):
            print(f"indexed {item.articles} articles in {time.perf_counter() - started:.1f} s")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def _until(condition, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        await asyncio.sleep(0.0005)


KEY_ROUNDS = 4
"""Times each pane switch and each speaker's Enter and Esc is measured."""
QUIET = 0.3
"""Seconds without a frame after which a key's work counts as settled."""


async def drive_keys(corpus: Path, index_dir: Path) -> dict:
    """Pane switches and the speakers' drill-down, key by key, once the first screen settled."""
    from newsexplore.tui.app import make_app
    from newsexplore.tui.screens.main import MainScreen
    from newsexplore.tui.widgets.search_pane import SearchPane
    from newsexplore.tui.widgets.speakers import SpeakersPane
    from newsexplore.tui.widgets.timeline import TimelinePane

    app = make_app([corpus], index_dir=index_dir)
    timings: dict[str, list[tuple[float, float, float]]] = {}
    async with app.run_test(size=(120, 40)):
        await _until(lambda: isinstance(app.screen, MainScreen) and app.focused is not None)
        pane = app.screen.query_one(SearchPane)
        timeline = app.screen.query_one(TimelinePane)
        speakers = app.screen.query_one(SpeakersPane)
        await _until(lambda: pane.results is not None and timeline.shown_query == "")
        await _until(lambda: bool(speakers.speakers))
        await asyncio.sleep(1.0)
        frames = _record_frames(app, lambda: app.focused)
        for _round in range(KEY_ROUNDS):
            for key, pane_id in (("f5", "timeline"), ("f4", "speakers"), ("f2", "search")):
                shown = app.screen.query_one(f"#{pane_id}")
                timing = await _timed_key(
                    app, frames, key, lambda w=shown: app.focused in w.walk_children()
                )
                timings.setdefault(key.upper(), []).append(timing)
        frames = _record_frames(app, lambda: (speakers._quotes_for, speakers.showing_quotes))
        await _timed_key(app, frames, "f4", lambda: True)
        for row in range(min(5, len(speakers.speakers))):
            speakers.query_one("#speaker-list").highlight(row)
            await asyncio.sleep(QUIET)
            chosen = speakers.speakers[row]
            for _round in range(KEY_ROUNDS):
                timing = await _timed_key(
                    app,
                    frames,
                    "enter",
                    lambda c=chosen: speakers.showing_quotes and speakers._quotes_for == c.id,
                )
                timings.setdefault(f"Enter ({chosen.quote_count} quotes)", []).append(timing)
                timing = await _timed_key(
                    app, frames, "escape", lambda: not speakers.showing_quotes
                )
                timings.setdefault("Esc", []).append(timing)
    result: dict = {"articles": app.library.article_count()}
    for name, measured in timings.items():
        for at, what in enumerate(("first", "settled", "cpu")):
            result[f"{name} {what} ms"] = 1000 * statistics.median(t[at] for t in measured)
        if name.startswith("Enter"):  # the first time, the quotes are read from the index
            result[f"{name} first time ms"] = 1000 * measured[0][0]
    return result


async def _timed_key(app, frames, key: str, shows) -> tuple[float, float, float]:
    """(first frame showing it, last frame before quiet, CPU time to then) after a key."""
    del frames[1:]
    cpu = time.process_time()
    started = time.perf_counter()
    await _key(app, key)
    first = await _first_frame(frames, lambda _state: shows())
    while time.perf_counter() - frames[-1][0] < QUIET:
        await asyncio.sleep(0.01)
    used = time.process_time() - cpu
    return first - started, frames[-1][0] - started, used


async def drive(corpus: Path, index_dir: Path) -> dict:
    from newsexplore.search.index.library import Library
    from newsexplore.tui.app import make_app
    from newsexplore.tui.messages import JumpRequested, Location
    from newsexplore.tui.screens.main import MainScreen
    from newsexplore.tui.widgets.reader import ArticleReader
    from newsexplore.tui.widgets.search_pane import SearchPane

    # Rules changed after the build (a checkout, an edit) make the app re-read
    # the corpus in the background while it is measured.
    up_to_date = Library([corpus], index_dir=index_dir).pending_update() is None
    app = make_app([corpus], index_dir=index_dir)
    result: dict = {"index_up_to_date": up_to_date}
    async with app.run_test(size=(120, 40)):
        await _until(lambda: isinstance(app.screen, MainScreen) and app.focused is not None)
        result["interactive_s"] = time.perf_counter() - STARTED
        pane = app.screen.query_one(SearchPane)
        await _until(lambda: pane.results is not None)
        result["first_results_s"] = time.perf_counter() - STARTED
        result["timeline_first_paint_ms"] = 1000 * await _timeline_first_paint(app)
        latencies = await _typing(app, pane)
        result["keystrokes"] = len(latencies)
        result["keystroke_p50_ms"] = 1000 * statistics.median(latencies)
        result["keystroke_p95_ms"] = 1000 * percentile(latencies, 0.95)
        result["keystroke_max_ms"] = 1000 * max(latencies)
        follow = await _timeline_follows(app, pane)
        result["timeline_follow_p50_ms"] = 1000 * statistics.median(follow)
        result["timeline_follow_max_ms"] = 1000 * max(follow)
        jumps = await _timeline_jumps(app)
        if jumps:
            result["timeline_jump_p50_ms"] = 1000 * statistics.median(jumps)
            result["timeline_jump_p95_ms"] = 1000 * percentile(jumps, 0.95)
            result["timeline_jump_max_ms"] = 1000 * max(jumps)
        reader = app.screen.query_one(ArticleReader)
        hit = pane.results.hits[0]
        started = time.perf_counter()
        app.screen.post_message(JumpRequested(Location(hit.article_id, kind="hit")))
        await _until(lambda: reader.article is not None and reader.article.id == hit.article_id)
        result["open_article_ms"] = 1000 * (time.perf_counter() - started)
        quote = _a_late_quote(app.library)
        if quote is not None:
            location = Location(quote.article_id, quote.start, quote.end, "quote")
            started = time.perf_counter()
            app.screen.post_message(JumpRequested(location))
            await _until(lambda: reader.location == location and reader.target_visible())
            result["jump_to_quote_ms"] = 1000 * (time.perf_counter() - started)
        result["articles"] = app.library.article_count()
    result["peak_rss_mb"] = _peak_rss_mb()
    return result


def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:"))


async def _typing(app, pane) -> list[float]:
    """Per key, the time from the key reaching the app to the frame that shows its results.

    Keys are posted straight to the app instead of through `pilot.press`: the
    pilot waits for the whole process to look idle in 20 ms steps (at least
    40 ms a key, and until the search thread is done), which measures the
    test harness rather than what the user sees.
    """
    frames = _record_frames(app, lambda: pane.results and pane.results.query)
    latencies = []
    focus_box = getattr(app.screen, "action_focus_search", None)
    if focus_box is not None:  # the app opens on the result list; `/` enters the box
        focus_box()
        await asyncio.sleep(0.05)
    for query in QUERIES:
        for _ in pane.query_text:
            await _key(app, "backspace")
        await _until(lambda: pane.results is not None and pane.results.query == "")
        typed = ""
        for char in query:
            typed += char
            del frames[1:]
            started = time.perf_counter()
            await _key(app, "space" if char == " " else char)
            shown = await _first_frame(frames, lambda query, t=typed: query == t)
            latencies.append(shown - started)
    return latencies


async def _timeline_follows(app, pane) -> list[float]:
    """Per query, the time the timeline takes to follow it once typing pauses.

    Counted from the pause's end (results shown plus the settle delay) to the
    timeline showing that query's dates: what a user waits for after stopping
    typing, and how long the timeline's work competes with the next key.
    """
    from textual.widgets import Input

    from newsexplore.tui.screens.main import SETTLE_DELAY
    from newsexplore.tui.widgets.timeline import TimelinePane

    timeline = app.screen.query_one(TimelinePane)
    timings = []
    for query in FOLLOW_QUERIES:
        app.screen.query_one("#query", Input).value = query
        await _until(lambda q=query: pane.results is not None and pane.results.query == q)
        shown = time.perf_counter()
        await _until(lambda q=query: timeline.shown_query == q)
        timings.append(time.perf_counter() - shown - SETTLE_DELAY)
    return timings


async def _timeline_first_paint(app) -> float:
    """From the timeline's first load (the screen asks once the results settle) to the
    frame that shows its list: what a user waits for on opening the timeline."""
    from newsexplore.tui.widgets.timeline import TimelinePane

    timeline = app.screen.query_one(TimelinePane)
    frames = _record_frames(app, lambda: timeline.shown_query)
    asked: list[float] = []
    load = timeline.load

    def timed_load(*args, **kwargs):
        if not asked:
            asked.append(time.perf_counter())
        return load(*args, **kwargs)

    timeline.load = timed_load
    shown = await _first_frame(frames, lambda query: query == "")
    timeline.load = load
    return shown - asked[0]


async def _timeline_jumps(app) -> list[float]:
    """Per typed date, Enter in the timeline's date prompt to the frame showing it."""
    from newsexplore.tui.widgets.timeline import TimelinePane

    timeline = app.screen.query_one(TimelinePane)
    if not hasattr(timeline, "highlighted_group"):
        return []
    app.screen.query_one("#query").value = ""
    await _until(lambda: timeline.shown_query == "")
    frames = _record_frames(app, lambda: timeline.groups)
    timings = []
    prompt = timeline.query_one("#timeline-jump")
    for typed in JUMPS * JUMP_ROUNDS:
        timeline.action_ask_date()
        await asyncio.sleep(0.05)
        for char in typed:
            await _key(app, "space" if char == " " else char)
        # A person reads what they typed before pressing Enter; without this pause
        # Enter queued behind the typed keys and the prompt's own redraws.
        await _until(lambda t=typed: prompt.value == t)
        await asyncio.sleep(JUMP_PAUSE)
        before = timeline.groups
        started = time.perf_counter()
        del frames[1:]
        await _key(app, "enter")
        shown = await _first_frame(frames, lambda groups, b=before: groups is not b)
        timings.append(shown - started)
    return timings


async def _key(app, key: str) -> None:
    from textual import events

    char = {"space": " "}.get(key, key if len(key) == 1 else None)
    app.post_message(events.Key(key, char))
    await asyncio.sleep(0)


def _record_frames(app, watch=None) -> list[tuple[float, object]]:
    """(time, state) of every frame the app wrote, including turning it into terminal output.

    The headless driver skips the last step (segments to escape codes), so it
    is done here to count what a real terminal would cost. `watch()` is read as
    each frame is written: the first frame holding a change is the one the user
    saw it in. (Waiting for the change and then for "the next frame" from the
    bench's own coroutine counted whichever later frame that coroutine woke up
    behind, as the loop was busy drawing.)
    """
    from textual._compositor import CompositorUpdate

    frames: list[tuple[float, object]] = [(0.0, None)]
    # Each call replaces the last one's recorder: stacked, every frame was
    # turned into terminal output once per recorder, which later measures paid for.
    if not hasattr(app, "_bench_display"):
        app._bench_display = app._display
    display = app._bench_display

    def timed_display(screen, renderable) -> None:
        display(screen, renderable)
        if renderable is not None:
            if isinstance(renderable, CompositorUpdate):
                renderable.render_segments(app.console)
            frames.append((time.perf_counter(), watch() if watch else None))

    app._display = timed_display
    return frames


async def _first_frame(frames: list[tuple[float, object]], shows) -> float:
    """The time of the first frame whose watched state `shows(state)`, once there is one."""
    seen: list[float] = []

    def found() -> bool:
        seen[:] = [t for t, state in frames[1:] if shows(state)][:1]
        return bool(seen)

    await _until(found)
    return seen[0]


def _a_late_quote(library):
    """A quote far into a long article, so the jump has to scroll."""
    speakers = library.speakers()
    if not speakers:
        return None
    quotes = library.quotes(speaker_id=speakers[0].id)
    return max(quotes, key=lambda q: q.start, default=None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument(
        "--runs", type=int, default=1, help="fresh app processes to run; medians are reported"
    )
    parser.add_argument(
        "--keys", action="store_true", help="measure pane switches and the speakers' Enter/Esc"
    )
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure = drive_keys if args.keys else drive
        print(json.dumps(asyncio.run(measure(args.corpus, args.index_dir))))
        return
    corpus = repeated_corpus(args.corpus, args.repeat) if args.repeat > 1 else args.corpus
    index_dir = args.index_dir or OUT / f"tui-index-x{args.repeat}"
    build_index(corpus, index_dir)
    command = [sys.executable, __file__, "--measure", "--corpus", str(corpus)]
    command += ["--keys"] if args.keys else []
    # A user's Python caches compiled modules; a machine that turns that off
    # would charge every launch for compiling the app.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", "import newsexplore.tui.app"], check=True, env=env)
    runs = []
    for _run in range(max(1, args.runs)):
        output = subprocess.run(
            [*command, "--index-dir", str(index_dir)],
            check=True,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        ).stdout
        runs.append(json.loads(output.strip().splitlines()[-1]))
    if not all(run.get("index_up_to_date", True) for run in runs):
        print(
            "warning: the index was out of date when the app opened (the code or corpus"
            " changed after the build): the app read it again while being measured"
        )
    if len(runs) > 1:
        print(f"median of {len(runs)} runs (each run's value in brackets)")
    for key, value in runs[0].items():
        values = [run[key] for run in runs]
        if isinstance(value, float):
            each = f"  [{', '.join(f'{v:,.1f}' for v in values)}]" if len(runs) > 1 else ""
            print(f"{key:>20}: {statistics.median(values):,.1f}{each}")
        else:
            print(f"{key:>20}: {value}")


if __name__ == "__main__":
    main()
