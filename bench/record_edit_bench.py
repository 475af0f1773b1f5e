"""What an update does after one JSON Lines file is edited: time and counts.

    python bench/record_edit_bench.py [--corpus FILE] [--work DIR]

Copies the corpus (default Reuters-21578) into a fresh folder, builds its
index, then edits the copy three times, updating after each: one record's
text changed, one record's line deleted (every later record moves up a line),
and the three at once with a record added in the middle (as a user fixing a
feed would). Prints, for each update, its wall time and the summary the CLI
prints (files updated, articles written, duplicates), and checks the line the
index gives a record after the deleted line. Not a test: numbers go in
BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from newsexplore.search import Library, UpdateSummary

REPO = Path(__file__).resolve().parent.parent
REUTERS = REPO.parent / "shared" / "corpora" / "reuters21578.jsonl"


def update(library: Library) -> tuple[float, UpdateSummary]:
    started = time.perf_counter()
    summary = None
    for step in library.update():
        if isinstance(step, UpdateSummary):
            summary = step
    assert summary is not None
    return time.perf_counter() - started, summary


def show(label: str, seconds: float, s: UpdateSummary) -> None:
    print(
        f"{label:<28} {seconds:7.1f} s  files indexed {s.indexed}, updated {s.updated}; "
        f"articles written {s.added_articles}, in the index {s.articles}, "
        f"duplicates {s.duplicates}"
    )


def edited(lines: list[str], change: int | None, delete: int | None, add: int | None) -> list[str]:
    out = list(lines)
    if change is not None:
        record = json.loads(out[change])
        record["text"] = record.get("text", "") + "\n\nThis story was corrected."
        out[change] = json.dumps(record)
    if add is not None:
        new = {"id": "bench-added", "title": "ADDED", "text": "A story added to the feed."}
        out.insert(add, json.dumps(new))
    if delete is not None:
        del out[delete]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REUTERS)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="record-edit-"))
    folder = work / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    wire = folder / args.corpus.name
    shutil.copyfile(args.corpus, wire)
    original = wire.read_text(encoding="utf-8").splitlines()
    library = Library([folder], work / "index")
    show("build", *update(library))
    middle = len(original) // 2
    steps = [
        ("one record changed", (middle, None, None)),
        ("one line deleted", (None, 1000, None)),
        ("change, delete and add", (middle, 1000, middle + 10)),
    ]
    follower = json.loads(original[1001]).get("id")
    for label, edits in steps:
        wire.write_text("\n".join(edited(original, *edits)) + "\n", encoding="utf-8")
        seconds, summary = update(library)
        show(label, seconds, summary)
        article = library.article(follower) if follower else None
        if article is not None:
            print(f"{'':<28} {follower} shown on line {article.line}")
        wire.write_text("\n".join(original) + "\n", encoding="utf-8")
        show("  back to the original", *update(library))
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
