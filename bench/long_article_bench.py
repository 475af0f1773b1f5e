"""Opening and scrolling one very long article in the reader.

Court rulings, transcripts and scraped live blogs reach tens of thousands of
paragraphs. This writes such an article (20,000 paragraphs with a quote
each, 2.7 MB by default) into `bench/out/`, indexes it untimed, then drives
the app headless (120x40) and times: Enter on the search hit until the
reader has settled, End, and Home.

    python bench/long_article_bench.py [--paragraphs N] [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from pathlib import Path

OUT = Path(__file__).parent / "out" / "long-article"


def write_article(paragraphs: int) -> Path:
    """A dated article whose every paragraph holds a quote, a speaker and a date."""
    corpus = OUT / f"corpus-{paragraphs}"
    corpus.mkdir(parents=True, exist_ok=True)
    text = "\n\n".join(
        f'Paragraph {i}: "We will act on this at once," said John Smith, the minister, '
        "on Monday. Markets rose after the statement in London."
        for i in range(paragraphs)
    )
    record = {"id": "long", "title": "A long article", "date": "2026-01-08", "text": text}
    (corpus / "long.json").write_text(json.dumps(record), encoding="utf-8")
    return corpus


async def _settle(app, pilot) -> None:
    await app.workers.wait_for_complete()
    for _ in range(3):
        await pilot.pause()
    await app.workers.wait_for_complete()


async def drive(corpus: Path, index_dir: Path) -> dict[str, float]:
    from newsexplore.tui.app import make_app
    from newsexplore.tui.widgets.reader import ArticleBody

    app = make_app([corpus], index_dir=index_dir, export_dir=OUT)
    app.animation_level = "none"
    timings: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(app, pilot)
        for key in ("enter", "end", "home"):
            if key == "end":
                app.screen.query_one(ArticleBody).focus()
                await pilot.pause()
            start = time.perf_counter()
            await pilot.press(key)
            await _settle(app, pilot)
            timings[key] = time.perf_counter() - start
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from newsexplore.search.index.library import Library

    corpus = write_article(args.paragraphs)
    index_dir = OUT / f"index-{args.paragraphs}"
    library = Library([corpus], index_dir=index_dir)
    if library.needs_update():
        for _ in library.update():
            pass
    runs = [asyncio.run(drive(corpus, index_dir)) for _ in range(args.runs)]
    for key, label in (("enter", "open"), ("end", "End"), ("home", "Home")):
        values = [run[key] for run in runs]
        print(f"{label:5} median {statistics.median(values):.2f} s  max {max(values):.2f} s")


if __name__ == "__main__":
    main()
