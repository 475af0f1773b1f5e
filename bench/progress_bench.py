"""How often a fresh build reports progress, phase by phase, on real news.

    python bench/progress_bench.py                  # Reuters-21578, in a temporary index
    python bench/progress_bench.py CORPUS

A front end draws its bar from these reports; a phase that goes seconds
without one looks frozen. For each phase this prints how long it ran, how
many reports it gave, how many distinct counts they carried and the longest
silence between two reports. Not a test: numbers go in BENCHMARKS.md.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from newsexplore.search import Library, Progress, UpdateSummary, summarise_problems

REPO = Path(__file__).resolve().parent.parent
REUTERS = REPO.parent / "shared" / "corpora" / "reuters21578.jsonl"


def measure(corpus: Path, index: Path) -> None:
    phases: dict[str, dict] = {}
    start = last = time.monotonic()
    for step in Library([corpus], index).update():
        now = time.monotonic()
        if isinstance(step, Progress):
            seen = phases.setdefault(step.phase, {"first": now, "reports": 0, "counts": set()})
            seen["reports"] += 1
            seen["counts"].add(step.done)
            seen["last"], seen["total"] = now, step.total
            seen["silence"] = max(seen.get("silence", 0.0), now - last)
        elif isinstance(step, UpdateSummary):
            print(f"problems: {summarise_problems(step.problems) or 'none'}")
        last = now
    print(f"load average {os.getloadavg()[0]:.1f}; whole build {time.monotonic() - start:.1f} s")
    print("phase      seconds  reports  counts  total      longest silence")
    for phase, seen in phases.items():
        print(
            f"{phase:9} {seen['last'] - seen['first']:8.1f} {seen['reports']:8} "
            f"{len(seen['counts']):7}  {seen['total']:<10} {seen['silence']:.2f} s"
        )


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else REUTERS
    with tempfile.TemporaryDirectory() as folder:
        measure(corpus, Path(folder) / "index")


if __name__ == "__main__":
    main()
