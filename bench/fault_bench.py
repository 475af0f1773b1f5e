"""Faults against real processes and real files: kills, damage, a full disk, a large corpus.

    python bench/fault_bench.py                       # everything below
    python bench/fault_bench.py --only kills --kills 30
    python bench/fault_bench.py --only damage
    python bench/fault_bench.py --only disk           # needs root (mounts a small tmpfs)
    python bench/fault_bench.py --only memory --mb 200

kills:  a 5,000-article corpus made from Reuters-21578 (50 JSONL files of 100),
        `newsexplore index` killed with SIGKILL at a random moment of a first
        build, an update (files edited, added, removed) or a rebuild (new
        extraction rules), alternately the main process and its whole group
        (the single-process writer starts no worker to kill). After each: the
        committed index must hold exactly the corpus before or after the run,
        or (a first build only) a checkpoint marked partial; `newsexplore
        search` must answer within 5 seconds, saying the index is out of date
        or incomplete (a first build killed before its first checkpoint: it
        builds for a few seconds and answers from that); and the next
        `newsexplore index` must end with exactly the corpus (ids and
        documents of each kind compared with a clean build of the same
        files). `--per-file 0` puts the corpus in one JSONL file.
damage: 20 kinds of damage to a built index; each must be reported by
        `index --check` (exit 1), never give a traceback to `search`, and be
        repaired by the next `index`.
disk:   `index` on a tmpfs too small for the index: one-line error, no
        temporary files left, the previous index intact.
memory: a JSONL of about --mb MB (Reuters repeated with new ids), the peak
        resident memory of the whole process group sampled every 0.2 s.

Not a test (minutes, and it reads ../shared); numbers go in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REUTERS = REPO.parent / "shared" / "corpora" / "reuters21578.jsonl"
CLI = [sys.executable, "-m", "newsexplore.tui.cli"]
ENV = {**os.environ, "PYTHONWARNINGS": "ignore"}


def reuters(n: int) -> list[dict]:
    rows = []
    with open(REUTERS, encoding="utf-8") as stream:
        for line in stream:
            rows.append(json.loads(line))
            if len(rows) == n:
                break
    return rows


def write_corpus(root: Path, rows: list[dict], per_file: int = 100) -> None:
    root.mkdir(parents=True, exist_ok=True)
    per_file = per_file or len(rows)
    for start in range(0, len(rows), per_file):
        chunk = rows[start : start + per_file]
        text = "".join(json.dumps(r) + "\n" for r in chunk)
        (root / f"part{start // per_file:03d}.jsonl").write_text(text)


def change_corpus(root: Path, rng: random.Random) -> None:
    """An update's worth of change: edited records, a new file, a removed one."""
    files = sorted(root.glob("*.jsonl"))
    for path in rng.sample(files[1:], min(5, len(files) - 1)) or files:
        rows = [json.loads(line) for line in path.read_text().splitlines()]
        for row in rows[::7]:
            row["text"] += " Edited later with a correction."
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    if len(files) > 1:
        files[0].unlink()
    extra = [
        {"id": f"extra-{i}", "title": f"Extra {i}", "date": "1987-05-01", "text": f"Extra {i} ."}
        for i in range(50)
    ]
    (root / "extra.jsonl").write_text("".join(json.dumps(r) + "\n" for r in extra))


def index(corpus: Path, index_dir: Path, *extra: str, timeout: float = 1800) -> subprocess.Popen:
    return subprocess.Popen(
        [*CLI, "index", str(corpus), "--index-dir", str(index_dir), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
        start_new_session=True,
    )


def run_index(corpus: Path, index_dir: Path, *extra: str) -> tuple[int, str]:
    proc = index(corpus, index_dir, *extra)
    _out, err = proc.communicate(timeout=1800)
    return proc.returncode, err.decode("utf-8", "replace")


def census(corpus: Path, index_dir: Path) -> tuple[frozenset, dict] | None:
    """(article ids, documents per kind) of the committed index, read in a fresh process."""
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from whoosh import query\n"
        "from newsexplore.search import Library\n"
        "from newsexplore.search.index.memcolumns import bytes_column\n"
        "lib = Library([Path(sys.argv[1])], Path(sys.argv[2]))\n"
        "lib.search('oil')\n"
        "with lib.searcher() as s:\n"
        "    ids = list(bytes_column(s, 'article_id')) if s.doc_count() else []\n"
        "    kinds = {k: len(list(s.docs_for_query(query.Term('kind', k))))"
        " for k in ('article', 'quote', 'event')}\n"
        "    arts = sorted(ids[n].decode() for n in s.docs_for_query(query.Term('kind', 'article')))\n"
        "print(json.dumps({'ids': arts, 'kinds': kinds}))\n"
    )
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code, str(corpus), str(index_dir)],
            capture_output=True,
            env=ENV,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        return None
    data = json.loads(proc.stdout)
    return frozenset(data["ids"]), data["kinds"]


def timed_search(corpus: Path, index_dir: Path) -> dict:
    """`newsexplore search` as a user runs it next: how long, and what it said on stderr.

    It must answer from the last committed index at once, saying it is out of
    date, and never start the update itself; with no index committed (a killed
    first build) it says so and builds one.
    """
    started = time.monotonic()
    argv = [*CLI, "search", "oil", "--corpus", str(corpus), "--index-dir", str(index_dir)]
    try:
        proc = subprocess.run(
            [*argv, "--format", "jsonl"], capture_output=True, env=ENV, timeout=600
        )
    except subprocess.TimeoutExpired:
        return {"search_s": 600.0, "search_exit": None, "said": "timed out"}
    err = proc.stderr.decode("utf-8", "replace")
    said = (
        "incomplete, built a while"
        if "stopped before committing anything" in err
        else "incomplete"
        if "the index is incomplete" in err
        else "out of date"
        if "out of date" in err
        else "no index, building"
        if "building it now" in err
        else "up to date"
        if not err.strip()
        else err.strip().splitlines()[0][:120]
    )
    return {
        "search_s": round(time.monotonic() - started, 2),
        "search_exit": proc.returncode,
        "hits": len(proc.stdout.splitlines()),
        "said": said,
        "traceback": "Traceback" in err,
    }


# -- kills -----------------------------------------------------------------------


def bench_kills(work: Path, tries: int, articles: int, seed: int, per_file: int = 100) -> dict:
    rng = random.Random(seed)
    rows = reuters(articles)
    base = work / "base"
    write_corpus(base, rows, per_file)
    changed = work / "changed"
    shutil.copytree(base, changed)
    change_corpus(changed, random.Random(seed))
    truth = {}
    for name, corpus in (("base", base), ("changed", changed)):
        started = time.monotonic()
        code, err = run_index(corpus, work / f"truth-{name}")
        assert code == 0, err
        truth[name] = census(corpus, work / f"truth-{name}")
        print(f"clean build of {name}: {time.monotonic() - started:.1f} s", file=sys.stderr)
    durations = {}
    results = []
    scenarios = ("first build", "update", "rebuild")
    for attempt in range(tries):
        scenario = scenarios[attempt % 3]
        target = ("main", "group")[(attempt // 3) % 2]
        corpus = work / f"try{attempt}"
        index_dir = work / f"index{attempt}"
        before = None
        if scenario == "first build":
            shutil.copytree(base, corpus)
        else:
            shutil.copytree(work / "truth-base", index_dir)
            if scenario == "update":
                shutil.copytree(changed, corpus)
                before = truth["base"]
            else:
                shutil.copytree(base, corpus)
                commit = index_dir / "commit.json"
                commit.write_text(commit.read_text().replace('"extractors": "', '"extractors": "x'))
                before = truth["base"]
        after = truth["changed" if scenario == "update" else "base"]
        expected_time = durations.get(scenario)
        if expected_time is None:
            started = time.monotonic()
            probe_dir = work / f"probe-{attempt}"
            shutil.copytree(index_dir, probe_dir) if index_dir.exists() else None
            run_index(corpus, probe_dir)
            expected_time = durations[scenario] = time.monotonic() - started
            shutil.rmtree(probe_dir, ignore_errors=True)
        delay = rng.uniform(0.2, expected_time * 0.95)
        proc = index(corpus, index_dir)
        time.sleep(delay)
        if target == "main":
            os.kill(proc.pid, signal.SIGKILL)
        else:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        killed_code = proc.returncode
        state = census(corpus, index_dir)
        partial = state is not None and state not in (before, after)
        checkpoint = partial and scenario == "first build" and _commit(index_dir).get("partial")
        searched = timed_search(corpus, index_dir)
        code, err = run_index(corpus, index_dir)
        final = census(corpus, index_dir)
        lost = len(after[0] - final[0]) if final else len(after[0])
        exact = final == after
        results.append(
            {
                "scenario": scenario,
                "target": target,
                "delay": round(delay, 2),
                "killed_exit": killed_code,
                **searched,
                "committed_before_search": (
                    "none"
                    if state is None
                    else "before"
                    if state == before
                    else "after"
                    if state == after
                    else "checkpoint"
                    if checkpoint
                    else "partial"
                ),
                "partial_commit": partial and not checkpoint,
                "next_index_exit": code,
                "exact_after_next_index": exact,
                "lost": lost,
                "traceback": searched["traceback"] or "Traceback" in err,
            }
        )
        print(json.dumps(results[-1]), file=sys.stderr)
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.rmtree(index_dir, ignore_errors=True)
    print(kill_table(results), file=sys.stderr)
    return {"kills": results, "durations": durations}


def _tally(runs: list[dict], key: str) -> str:
    counts: dict[str, int] = {}
    for run in runs:
        counts[str(run[key])] = counts.get(str(run[key]), 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))


def kill_table(results: list[dict]) -> str:
    """The BENCHMARKS.md table: per scenario, tries and what went wrong."""
    rows = [
        "| killed during | tries | killed run exit ≠ 0 | search answered ≤ 5 s | slowest search |"
        " search said | committed before search | next index exact | articles lost |"
        " tracebacks |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for scenario in ("first build", "update", "rebuild"):
        runs = [r for r in results if r["scenario"] == scenario]
        if not runs:
            continue

        answered = sum(1 for r in runs if r["search_exit"] == 0 and r["search_s"] <= 5)
        rows.append(
            f"| {scenario} | {len(runs)} | {sum(1 for r in runs if r['killed_exit'] != 0)}"
            f" | {answered} | {max(r['search_s'] for r in runs):.2f} s | {_tally(runs, 'said')}"
            f" | {_tally(runs, 'committed_before_search')}"
            f" | {sum(1 for r in runs if r['exact_after_next_index'])}"
            f" | {sum(r['lost'] for r in runs)} | {sum(1 for r in runs if r['traceback'])} |"
        )
    return "\n".join(rows)


# -- damage ----------------------------------------------------------------------------


def _store(index_dir: Path) -> Path:
    return index_dir / json.loads((index_dir / "commit.json").read_text())["store"]


def _commit(index_dir: Path) -> dict:
    return json.loads((index_dir / "commit.json").read_text())


def _side(index_dir: Path, role: str) -> Path:
    return _store(index_dir) / _commit(index_dir)["side"][role]


def _segments(index_dir: Path) -> list[Path]:
    return sorted(_store(index_dir).glob("*.seg"), key=lambda p: -p.stat().st_size)


def _toc(index_dir: Path) -> Path:
    return _store(index_dir) / f"_MAIN_{_commit(index_dir)['generation']}.toc"


def _garble(path: Path, at: float, length: int = 256) -> None:
    data = bytearray(path.read_bytes())
    start = int(len(data) * at)
    data[start : start + length] = bytes((b ^ 0x5A) for b in data[start : start + length])
    path.write_bytes(bytes(data))


def _truncate(path: Path, share: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * share)])


def _edit_commit(index_dir: Path, **changes) -> None:
    data = _commit(index_dir)
    data.update(changes)
    (index_dir / "commit.json").write_text(json.dumps(data))


DAMAGE = {
    "segment truncated to half": lambda d: _truncate(_segments(d)[0], 0.5),
    "segment emptied": lambda d: _truncate(_segments(d)[0], 0.0),
    "segment garbled in the middle": lambda d: _garble(_segments(d)[0], 0.5),
    "segment header garbled": lambda d: _garble(_segments(d)[0], 0.0, 64),
    "segment with junk appended": lambda d: _segments(d)[0].open("ab").write(b"junk" * 100),
    "segment deleted": lambda d: _segments(d)[0].unlink(),
    "TOC truncated": lambda d: _truncate(_toc(d), 0.5),
    "TOC garbled": lambda d: _garble(_toc(d), 0.3, 32),
    "TOC deleted": lambda d: _toc(d).unlink(),
    "commit record deleted": lambda d: (d / "commit.json").unlink(),
    "commit record garbled": lambda d: (d / "commit.json").write_text('{"id": "x", "sto'),
    "commit record of the wrong shape": lambda d: (d / "commit.json").write_text("[1, 2]"),
    "commit record names a missing store": lambda d: _edit_commit(d, store="store-missing"),
    "commit record names another generation": lambda d: _edit_commit(d, generation=99),
    "records side file truncated": lambda d: _truncate(_side(d, "records"), 0.5),
    "records side file rewritten as other valid JSON": lambda d: _side(d, "records").write_text(
        json.dumps({"files": {}, "content": {}, "years": {}})
    ),
    "quotes side file deleted": lambda d: _side(d, "quotes").unlink(),
    "speakers side file garbled": lambda d: _garble(_side(d, "speakers"), 0.5, 16),
    "speakers side file replaced by a pickle": lambda d: _side(d, "speakers").write_bytes(
        b"\x80\x04\x95\x1c\x00\x00\x00\x00\x00\x00\x00\x8c\x02os\x94\x8c\x06system\x94\x93\x94."
    ),
    "store folder deleted": lambda d: shutil.rmtree(_store(d)),
}


def bench_damage(work: Path) -> list[dict]:
    corpus = work / "damage-corpus"
    write_corpus(corpus, reuters(500))
    template = work / "damage-template"
    code, err = run_index(corpus, template)
    assert code == 0, err
    truth = census(corpus, template)
    results = []
    for kind, harm in DAMAGE.items():
        index_dir = work / "damaged"
        shutil.rmtree(index_dir, ignore_errors=True)
        shutil.copytree(template, index_dir)
        harm(index_dir)
        check_code, check_err = run_index(corpus, index_dir, "--check")
        search = subprocess.run(
            [*CLI, "search", "oil", "--corpus", str(corpus), "--index-dir", str(index_dir)],
            capture_output=True,
            env=ENV,
            timeout=600,
        )
        search_err = search.stderr.decode("utf-8", "replace")
        # The search above may already have rebuilt the index; damage it again for `index`.
        shutil.rmtree(index_dir, ignore_errors=True)
        shutil.copytree(template, index_dir)
        harm(index_dir)
        index_code, index_err = run_index(corpus, index_dir)
        repaired = census(corpus, index_dir) == truth
        after_check, _ = run_index(corpus, index_dir, "--check")
        row = {
            "damage": kind,
            "check_exit": check_code,
            "check_says": check_err.strip().splitlines()[0][-90:] if check_err.strip() else "",
            "search_exit": search.returncode,
            "search_traceback": "Traceback" in search_err,
            "index_exit": index_code,
            "repaired": repaired and after_check == 0,
            "traceback": any("Traceback" in e for e in (check_err, search_err, index_err)),
        }
        results.append(row)
        print(json.dumps(row), file=sys.stderr)
    return results


# -- a full disk -----------------------------------------------------------------------


def bench_disk(work: Path) -> dict:
    mount = work / "small"
    mount.mkdir()
    try:
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError) as exc:
        return {"skipped": f"cannot mount a small tmpfs ({exc})"}
    try:
        corpus = work / "disk-corpus"
        write_corpus(corpus, reuters(300))
        index_dir = mount / "index"
        code, err = run_index(corpus, index_dir)
        first = {"exit": code, "stderr": err.strip()[-200:]}
        committed_before = (index_dir / "commit.json").exists()
        before = census(corpus, index_dir) if committed_before else None
        more = work / "disk-more"
        write_corpus(more, reuters(3000))
        for path in more.glob("*.jsonl"):
            shutil.copy(path, corpus / f"more-{path.name}")
        code2, err2 = run_index(corpus, index_dir)
        leftovers = [
            str(p.relative_to(index_dir))
            for p in index_dir.rglob("*")
            if p.is_file() and p.name != "update.lock"
        ]
        commit = json.loads((index_dir / "commit.json").read_text()) if committed_before else {}
        listed = set(commit.get("files", {}))
        stray = [p for p in leftovers if p != "commit.json" and Path(p).name not in listed]
        after = census(corpus, index_dir) if committed_before else None
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        search = subprocess.run(
            [*CLI, "search", "oil", "--corpus", str(corpus), "--index-dir", str(index_dir)],
            capture_output=True,
            env=ENV,
            timeout=600,
        )
        return {
            "read_only_search_exit": search.returncode,
            "read_only_search_out": search.stdout.decode().splitlines()[:1],
            "read_only_search_err": search.stderr.decode().strip()[-200:],
            "first_build": first,
            "growing_build_exit": code2,
            "message": err2.strip().splitlines()[-1] if err2.strip() else "",
            "lines": len(err2.strip().splitlines()),
            "traceback": "Traceback" in err2,
            "stray_files": stray,
            "previous_index_intact": before is not None and before == after,
            "free_after": shutil.disk_usage(mount).free,
        }
    finally:
        subprocess.run(["umount", str(mount)], check=False)


# -- memory ----------------------------------------------------------------------------


def group_rss(pgid: int) -> int:
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stream:
                fields = stream.read().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid:
                continue
            with open(f"/proc/{entry}/status") as stream:
                for line in stream:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except (OSError, IndexError, ValueError):
            continue
    return total


def bench_memory(work: Path, megabytes: int) -> dict:
    corpus = work / "big"
    corpus.mkdir()
    target = megabytes * 1024 * 1024
    rows = reuters(10**9)
    written = copy = 0
    with open(corpus / "big.jsonl", "w", encoding="utf-8") as out:
        while written < target:
            for row in rows:
                marked = f"{row['text']} Copy {copy}."  # not skipped as a duplicate
                line = json.dumps({**row, "id": f"{row['id']}-c{copy}", "text": marked}) + "\n"
                out.write(line)
                written += len(line.encode())
                if written >= target:
                    break
            copy += 1
    with open(corpus / "big.jsonl", encoding="utf-8") as stream:
        articles = sum(1 for _ in stream)
    proc = index(corpus, work / "big-index")
    peak = 0
    started = time.monotonic()
    while proc.poll() is None:
        peak = max(peak, group_rss(proc.pid))
        time.sleep(0.2)
    _out, err = proc.communicate()
    seconds = time.monotonic() - started
    return {
        "file_mb": round(written / 1024 / 1024),
        "articles": articles,
        "exit": proc.returncode,
        "seconds": round(seconds),
        "peak_rss_mb": round(peak / 1024 / 1024),
        "stderr_tail": err.decode("utf-8", "replace").strip()[-300:],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("kills", "damage", "disk", "memory"))
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--per-file", type=int, default=100, help="articles a file; 0: one file")
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    report = {}
    with tempfile.TemporaryDirectory(prefix="fault-bench-") as tmp:
        work = Path(tmp)
        if args.only in (None, "damage"):
            report["damage"] = bench_damage(work)
        if args.only in (None, "disk"):
            report["disk"] = bench_disk(work)
        if args.only in (None, "kills"):
            report["kills"] = bench_kills(work, args.kills, args.articles, args.seed, args.per_file)
        if args.only in (None, "memory"):
            report["memory"] = bench_memory(work, args.mb)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
