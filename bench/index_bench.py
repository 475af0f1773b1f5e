"""Index build and query speed on real news, at 20k and 100k articles.

    python bench/index_bench.py                     # Reuters-21578 (19,779 articles)
    python bench/index_bench.py --scale 100000      # Reuters repeated to 100k, new ids

Reports build rate, index size, open time, query latency p50/p95 with top-20
snippets over a fixed set of realistic queries, the time to update after one
record changes, and peak memory of each phase (each in its own process, so one
phase's memory does not hide in another's). Not a test: numbers go in
BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REUTERS = REPO.parent / "shared" / "corpora" / "reuters21578.jsonl"

# Common and rare words, phrases, prefixes, fuzzy, fields, filters and date sort:
# the mix a researcher types into a newswire corpus.
QUERIES: list[tuple[str, dict]] = [
    ("oil", {}),
    ("said", {}),
    ("bank rates", {}),
    ("opec production quota", {}),
    ('"interest rates"', {}),
    ('"trade deficit" japan', {}),
    ("export*", {}),
    ("petrol*", {}),
    ("coffe~", {}),
    ("title:wheat", {}),
    ("cocoa OR coffee", {}),
    ("gold NOT silver", {}),
    ("zinc", {}),
    ("yeutter", {}),
    ("shearson", {}),
    ("volcker", {}),
    ("dividend", {"sort": "date"}),
    ("merger", {"sort": "date"}),
    ("acquisition", {"date_from": dt.date(1987, 4, 1), "date_to": dt.date(1987, 4, 30)}),
    ("crude", {"date_from": dt.date(1987, 3, 1), "date_to": dt.date(1987, 3, 15), "sort": "date"}),
    ("", {"sort": "date"}),
]


def make_corpus(scale: int, out: Path) -> Path:
    """Reuters as is, or repeated with new ids and a marked text until `scale` articles."""
    if scale <= 20_000:
        return REUTERS
    records = [json.loads(line) for line in REUTERS.open(encoding="utf-8")]
    path = out / f"reuters-{scale}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for n in range(scale):
            record = dict(records[n % len(records)])
            copy = n // len(records)
            if copy:
                # A new id and a changed text, or the copies would be skipped as duplicates.
                record["id"] = f"{record['id']}-r{copy}"
                record["text"] = f"{record['text']}\n\n(Repeat {copy}.)"
            fh.write(json.dumps(record) + "\n")
    return path


def peak_mb() -> float:
    """This process's own peak resident memory.

    Not `ru_maxrss`: Linux keeps it across fork and exec, so a phase would
    report its parent's peak (the 100k corpus held in memory) when that is higher.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time of this process and its finished children: steadier than wall time on a busy machine."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def load_average() -> float:
    return round(os.getloadavg()[0], 1)


def children_peak_mb() -> float:
    """The largest child process (0 since the index is written in the build process)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def phase_build(corpus: Path, index_dir: Path) -> dict:
    from newsexplore.search import Library, UpdateSummary

    start, cpu = time.perf_counter(), cpu_seconds()
    summary = None
    for step in Library([corpus], index_dir).update():
        if isinstance(step, UpdateSummary):
            summary = step
    seconds = time.perf_counter() - start
    cpu = cpu_seconds() - cpu
    return {
        "articles": summary.articles,
        "seconds": round(seconds, 1),
        "articles_per_s": round(summary.articles / seconds, 1),
        "cpu_seconds": round(cpu, 1),
        "articles_per_cpu_s_per_core": round(summary.articles / cpu, 1),
        "load_average": load_average(),
        "peak_mb": round(peak_mb()),
        "writer_peak_mb": round(children_peak_mb()),
    }


def phase_query(corpus: Path, index_dir: Path) -> dict:
    from newsexplore.search import Library

    start = time.perf_counter()
    library = Library([corpus], index_dir)
    library.ix  # noqa: B018 - opening is what is timed
    open_ms = (time.perf_counter() - start) * 1000
    stale_start = time.perf_counter()
    stale = library.needs_update()
    stale_ms = (time.perf_counter() - stale_start) * 1000
    times, cpu_times = [], []
    for _round in range(3):
        for query, options in QUERIES:
            library.forget_recent_searches()  # every round searches in full
            t, c = time.perf_counter(), time.process_time()
            results = library.search(query, limit=20, **options)
            times.append((time.perf_counter() - t) * 1000)
            cpu_times.append((time.process_time() - c) * 1000)
            assert results.error is None, (query, results.error)
    times.sort()
    cpu_times.sort()
    return {
        "open_ms": round(open_ms, 1),
        "needs_update_ms": round(stale_ms, 1),
        "stale": stale,
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 1),
        "max_ms": round(times[-1], 1),
        "cpu_p50_ms": round(statistics.median(cpu_times), 1),
        "cpu_p95_ms": round(cpu_times[int(len(cpu_times) * 0.95) - 1], 1),
        "load_average": load_average(),
        "peak_mb": round(peak_mb()),
    }


def phase_change(corpus: Path, index_dir: Path) -> dict:
    """Edit one record of the corpus file, then time the incremental update."""
    from newsexplore.search import Library, UpdateSummary

    lines = corpus.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[100])
    record["text"] += " An added sentence about copper."
    lines[100] = json.dumps(record)
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = time.perf_counter()
    for step in Library([corpus], index_dir).update():
        if isinstance(step, UpdateSummary):
            summary = step
    return {
        "seconds": round(time.perf_counter() - start, 2),
        "articles_written": summary.added_articles,
        "peak_mb": round(peak_mb()),
    }


def phase_build_articles(corpus: Path, index_dir: Path) -> dict:
    """The build with quote and date extraction switched off: the article index alone."""
    from newsexplore.search.index import update as index
    from newsexplore.search.index.documents import article_doc

    def article_only(article, _fallback_year, _problems, _reference=None):
        return [article_doc(article, "")], []

    index.article_documents = article_only
    return phase_build(corpus, index_dir)


PHASES = {
    "build": phase_build,
    "build-articles": phase_build_articles,
    "query": phase_query,
    "change": phase_change,
}


def run_phase(name: str, corpus: Path, index_dir: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--phase", name, str(corpus), str(index_dir)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.splitlines()[-1])


def dir_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=19_779)
    parser.add_argument("--phase", nargs=3, metavar=("NAME", "CORPUS", "INDEX"))
    args = parser.parse_args()
    if args.phase:
        name, corpus, index_dir = args.phase
        print(json.dumps(PHASES[name](Path(corpus), Path(index_dir))))
        return
    work = Path(tempfile.mkdtemp(prefix="newsexplore-bench-"))
    try:
        source = make_corpus(args.scale, work)
        corpus = work / "corpus.jsonl"
        shutil.copy(source, corpus)
        index_dir = work / "index"
        report = {"scale": args.scale, "cores": os.cpu_count()}
        report["build_articles_only"] = run_phase("build-articles", corpus, work / "articles")
        shutil.rmtree(work / "articles")
        report["build"] = run_phase("build", corpus, index_dir)
        report["index_mb"] = round(dir_mb(index_dir), 1)
        report["query"] = run_phase("query", corpus, index_dir)
        report["change"] = run_phase("change", corpus, index_dir)
        print(json.dumps(report, indent=2))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
