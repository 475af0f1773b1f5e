"""Index a hostile corpus folder, and one huge article, and check nothing is lost or hangs.

    python bench/hostile_bench.py                  # the hostile folder (20 MB article inside)
    python bench/hostile_bench.py --article-mb 50  # one 50 MB article alone
    python bench/hostile_bench.py --follow-links   # the folder, following links out of it

The folder holds what a careless download or a malicious share can: named
pipes, a Unix socket, device nodes (when the machine lets us make them, else
links to /dev/zero and /dev/urandom), link loops, a link to a private file
outside the corpus, broken links, files in Latin-1, cp1252 and UTF-16 without
a byte-order mark, binary and empty files, broken JSON, JSON Lines and CSV
records, lone UTF-16 surrogates, names that are not UTF-8, a folder nested
1,200 deep, and a 20 MB article made of Reuters stories. Every good record
carries a unique marker word; after `newsexplore index` (run as a user runs
it, bounded by a timeout) every marker must find its article, the private file
must not be found, stderr must hold no traceback, and a second run must find
nothing to do. Reports wall and CPU time and peak memory of each run. Not a
test (the quick suite keeps a small version): numbers go in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REUTERS = REPO.parent / "shared" / "corpora" / "reuters21578.jsonl"
DEPTH = 1200
BAR_SECONDS = 300
RUN = "from newsexplore.tui.cli import main; raise SystemExit(main())"


def reuters_text(megabytes: float) -> str:
    """Reuters stories joined into one text of about `megabytes` million characters."""
    texts = [json.loads(line)["text"] for line in REUTERS.open(encoding="utf-8")]
    size, out, n = int(megabytes * 1e6), [], 0
    while n < size:
        for text in texts:
            out.append(text)
            n += len(text) + 2
            if n >= size:
                break
    return "\n\n".join(out)


class Folder:
    """Builds the hostile folder and remembers which marker each good article carries."""

    def __init__(self, root: Path, big_mb: float) -> None:
        self.root = root
        self.expected: dict[str, str] = {}
        """Marker word -> the article id that must be found by it."""
        self.notes: list[str] = []
        self.big_mb = big_mb

    def marker(self, article_id: str) -> str:
        word = f"zqmarker{len(self.expected):04d}"
        self.expected[word] = article_id
        return word

    def write(self, rel: str | bytes, data: str | bytes) -> Path:
        path = Path(os.fsdecode(os.path.join(os.fsencode(self.root), os.fsencode(rel))))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    def build(self) -> None:
        self.root.mkdir(parents=True)
        for step in (
            self._plain,
            self._special_files,
            self._links,
            self._encodings,
            self._records,
            self._names,
            self._deep,
            self._big,
        ):
            step()

    def _plain(self) -> None:
        for i in range(20):
            rel = f"plain/story{i:02d}.txt"
            text = (
                f'Title: Story {i}\n\n"We will decide soon," the minister said. {self.marker(rel)}'
            )
            self.write(rel, text)

    def _special_files(self) -> None:
        os.mkfifo(self.root / "pipe.txt")
        os.mkfifo(self.root / "plain" / "feed.jsonl")
        listener = socket.socket(socket.AF_UNIX)
        listener.bind(str(self.root / "socket.txt"))
        listener.close()
        try:
            os.mknod(self.root / "zero.txt", 0o644 | stat.S_IFCHR, os.makedev(1, 5))
            os.mknod(self.root / "disk.csv", 0o644 | stat.S_IFBLK, os.makedev(7, 0))
            self.notes.append("device nodes made with mknod")
        except OSError as exc:
            self.notes.append(f"no device nodes ({exc.strerror}); links to /dev instead")
        (self.root / "urandom.txt").symlink_to("/dev/urandom")
        (self.root / "devzero.jsonl").symlink_to("/dev/zero")

    def _links(self) -> None:
        (self.root / "plain" / "loop").symlink_to(self.root)
        (self.root / "up").symlink_to("..")
        (self.root / "a.txt").symlink_to(self.root / "b.txt")
        (self.root / "b.txt").symlink_to(self.root / "a.txt")
        (self.root / "gone.txt").symlink_to(self.root / "missing.txt")
        secret = self.root.parent / "private" / "key.txt"
        secret.parent.mkdir(exist_ok=True)
        secret.write_text("zqsecretword outside the corpus", encoding="utf-8")
        (self.root / "key.txt").symlink_to(secret)
        (self.root / "private").symlink_to(secret.parent)

    def _encodings(self) -> None:
        for rel, codec, text in (
            ("latin1.txt", "latin-1", "Caf\xe9 cr\xe8me \xbd price news"),
            ("cp1252.txt", "cp1252", "Caf\xe9 \u2019s \u201cquoted\u201d news"),
        ):
            self.write(rel, f"{text} {self.marker(rel)}".encode(codec))
        rel = "utf16.txt"
        self.write(rel, f"A story in UTF-16 {self.marker(rel)}".encode("utf-16-le"))
        self.write("binary.txt", bytes(range(256)) * 64)
        self.write("empty.txt", b"")
        self.write("nul.txt", f"Nul\x00bytes\x00inside {self.marker('nul.txt')}".encode())

    def _records(self) -> None:
        broken = {
            3: '{"id": "cut", "text": "unterminated',
            5: '["a list", "not an object"]',
            7: '{"id": "notext", "title": "no text here"}',
            9: "[" * 100_000 + "]" * 100_000,  # nested too deep for the parser
        }
        lines = [
            broken.get(i) or json.dumps({"id": f"rec{i}", "text": f"{i} {self.marker(f'rec{i}')}"})
            for i in range(30)
        ]
        for rid in ("lone1", "lone2"):  # the id's surrogate becomes U+FFFD
            word = self.marker(f"{rid}\ufffd")
            lines.append(f'{{"id": "{rid}\\udc80", "text": "Half a pair \\ud83d here {word}"}}')
        self.write("records.jsonl", "\n".join(lines) + "\n")
        mixed = json.dumps({"id": "latin", "text": f"Caf\xe9 {self.marker('latin')}"})
        self.write("mixed.jsonl", mixed.encode("utf-8") + b'\n{"id": "bad", "text": "caf\xe9"}\n')
        rows = ["id,title,text"]
        rows += [f"c{i},T{i},Row {i} {self.marker(f'c{i}')}" for i in range(5)]
        rows.insert(3, "c-wide,T,too,many,fields")
        rows.append('c-bad,"an unclosed quote runs to the end of the file')
        self.write("table.csv", "\n".join(rows) + "\n")
        self.write("truncated.json", '[{"id": "j1", "text": "cut off')

    def _names(self) -> None:
        for raw in (b"caf\xe9.txt", b"\xff\xfe.txt", b"ok\x80\x81.md"):
            rel = os.fsencode(raw).decode("utf-8", "backslashreplace")
            self.write(raw, f"Odd name {self.marker(rel)}")

    def _deep(self) -> None:
        folder = os.open(self.root, os.O_RDONLY)
        for _ in range(DEPTH):
            os.mkdir("d", dir_fd=folder)
            inner = os.open("d", os.O_RDONLY, dir_fd=folder)
            os.close(folder)
            folder = inner
        rel = "d/" * DEPTH + "deep.txt"
        fd = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=folder)
        os.write(fd, f"At the bottom {self.marker(rel)}".encode())
        os.close(fd)
        os.close(folder)

    def _big(self) -> None:
        rel = "big.txt"
        head = f"Title: Big\n\n{self.marker(rel)} opens it.\n\n"
        tail = f"\n\nIt ends with zqbigtail {self.marker(rel)}.\n"
        self.write(rel, head + reuters_text(self.big_mb) + tail)


def remove(root: Path) -> None:
    """Delete the folder; the 1,200-deep branch from the bottom, as rmtree recurses per level."""
    deep = root.joinpath(*["d"] * DEPTH)
    for _ in range(DEPTH):
        for child in deep.iterdir():
            child.unlink()
        deep.rmdir()
        deep = deep.parent
    shutil.rmtree(root.parent, ignore_errors=True)


def timed(args: list[str], timeout: float) -> dict:
    """Run newsexplore as a user would, with the time, CPU and peak memory it took."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", RUN, *args],
            capture_output=True,
            text=True,
            errors="backslashreplace",
            timeout=timeout,
        )
        code, err = done.returncode, done.stderr
    except subprocess.TimeoutExpired as exc:
        code, err = "timeout", (exc.stderr or b"").decode("utf-8", "backslashreplace")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {
        "code": code,
        "wall_s": round(time.perf_counter() - started, 1),
        "cpu_s": round(cpu, 1),
        # ru_maxrss of children is the largest one's peak so far: right for the first
        # run, an upper bound for later ones.
        "peak_mb": round(after.ru_maxrss / 1024),
        "stderr": err,
    }


def check(folder: Folder, index_dir: Path, follow: bool) -> dict:
    from newsexplore.search import Library

    library = Library([folder.root], index_dir, follow_links=follow)
    lost = [
        (word, aid)
        for word, aid in folder.expected.items()
        if aid not in {hit.article_id for hit in library.search(word, limit=5).hits}
    ]
    secret = [hit.article_id for hit in library.search("zqsecretword").hits]
    return {"good": len(folder.expected), "lost": lost, "secret_found": secret}


def run_folder(args: argparse.Namespace, work: Path) -> dict:
    folder = Folder(work / "corpus" / "news", args.big_mb)
    started = time.perf_counter()
    folder.build()
    built = time.perf_counter() - started
    index_dir = work / "index"
    flags = ["--follow-links"] if args.follow_links else []
    try:
        first = timed(
            ["index", str(folder.root), "--index-dir", str(index_dir), *flags], BAR_SECONDS
        )
        second = timed(["index", str(folder.root), "--index-dir", str(index_dir), *flags], 120)
        found = check(folder, index_dir, args.follow_links)
    finally:
        remove(folder.root)
    lines = first["stderr"].splitlines()
    return {
        "what": "hostile folder" + (" --follow-links" if args.follow_links else ""),
        "build_folder_s": round(built, 1),
        "notes": folder.notes,
        "first": {k: v for k, v in first.items() if k != "stderr"},
        "second": {k: v for k, v in second.items() if k != "stderr"},
        "second_says": second["stderr"].strip().splitlines()[-1:],
        "traceback": "Traceback" in first["stderr"] + second["stderr"],
        "reported_lines": len(lines),
        "reported": lines if args.show else lines[:0],
        **found,
        # 4: done to the end, saying which files it could not read.
        "bar_met": first["code"] in (0, 4)
        and first["wall_s"] < BAR_SECONDS
        and not found["lost"]
        and not (found["secret_found"] and not args.follow_links)
        and "Traceback" not in first["stderr"] + second["stderr"],
    }


def run_article(args: argparse.Namespace, work: Path) -> dict:
    corpus = work / "big"
    corpus.mkdir()
    text = reuters_text(args.article_mb)
    (corpus / "big.txt").write_text(f"Title: Big\n\n{text}\n\nzqbigtail ends it.\n", "utf-8")
    run = timed(["index", str(corpus), "--index-dir", str(work / "index")], 3600)
    from newsexplore.search import Library

    library = Library([corpus], work / "index")
    return {
        "what": f"one {args.article_mb:g} MB article",
        "characters": len(text),
        **{k: v for k, v in run.items() if k != "stderr"},
        "stderr": run["stderr"].strip().splitlines(),
        "tail_found": [h.article_id for h in library.search("zqbigtail").hits] == ["big.txt"],
        "quotes": len(library.quotes()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--big-mb", type=float, default=20, help="the big article in the folder")
    parser.add_argument("--article-mb", type=float, help="time one article this big, alone")
    parser.add_argument("--follow-links", action="store_true")
    parser.add_argument("--show", action="store_true", help="list every line reported")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hostile-"))
    try:
        result = run_article(args, work) if args.article_mb else run_folder(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result["load_average"] = os.getloadavg()[0]
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
