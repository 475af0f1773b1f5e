"""Find the files of a corpus without trusting what its folders hold.

A corpus folder is whatever a user downloaded or mounted: it may hold a named
pipe (opening it waits forever), a device, a link back to itself, a link to
a private file elsewhere, a thousand nested folders, or names that are not
UTF-8. The walk is iterative (no recursion limit), opens nothing but folders,
lists only regular files, stays inside the given roots unless links may be
followed, visits each folder once (so link loops end), and reports every
file it passes over as a one-line `Problem` instead of raising.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CorpusPathError
from ..models import Problem, ProblemKind

__all__ = ["SUPPORTED_SUFFIXES", "CorpusWalk", "check_root", "safe_name"]

SUPPORTED_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".jsonl", ".ndjson", ".json", ".csv", ".tsv"}
)

_NOT_ARTICLES = frozenset({"newsexplore.cfg"})
"""Files of the app's own that a corpus folder holds (its settings), never articles."""
_BACKUP_SUFFIXES = frozenset({".bak", ".swp", ".swo", ".orig"})

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def safe_name(name: str) -> str:
    """A file name as text that every output can carry: undecodable bytes as `\\xff`.

    Python hands over a name that is not UTF-8 with lone surrogates in it,
    which neither the index nor UTF-8 output can encode. The name becomes
    part of the article id, so it must stay the same from run to run.
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return "not a regular file"


def check_root(path: Path) -> Path:
    """A corpus path as given, made absolute, or a one-line error saying what is wrong."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if not os.path.lexists(path):
            raise CorpusPathError(f"corpus path not found: {path}") from exc
        raise CorpusPathError(f"cannot read corpus path {path}: {exc.strerror}") from exc
    if stat.S_ISDIR(mode):
        return path.absolute()
    kind = kind_of(mode)
    if kind is not None:
        raise CorpusPathError(f"corpus path is {kind}, neither a file nor a folder: {path}")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        kinds = " ".join(sorted(SUPPORTED_SUFFIXES))
        raise CorpusPathError(f"not a corpus file ({kinds}): {path}")
    return path.absolute()


@dataclass
class _Found:
    path: str
    rel: str
    key: tuple[int, int]
    linked: bool


@dataclass
class CorpusWalk:
    """The files under some roots, in a stable order, with what was passed over and why.

    Iterate it for (absolute path, id path) pairs, the id path being relative
    to the folder given, in posix form; then read `problems`.
    """

    roots: Sequence[Path]
    follow_links: bool = False
    """Follow links that lead out of the roots; links inside them are always followed."""
    problems: list[Problem] = field(default_factory=list)
    _unread: dict[str, int] = field(default_factory=dict)
    """Regular files of a folder not read for their type, by type (`.html`)."""

    def __iter__(self) -> Iterator[tuple[Path, str]]:
        real_roots = [os.path.realpath(root) for root in self.roots]
        seen_files: set[tuple[int, int]] = set()
        seen_dirs: set[tuple[int, int]] = set()
        for root in self.roots:
            if root.is_dir():
                self._unread = {}
                found = self._folder(str(root), real_roots, seen_dirs)
                self._say_unread(safe_name(root.name) or str(root))
            else:
                found = self._file_root(root)
            for item in _unique(found, seen_files):
                yield Path(item.path), item.rel

    def _file_root(self, root: Path) -> list[_Found]:
        try:
            st = root.stat()
        except OSError as exc:
            self._skip(root.name, f"cannot read ({exc.strerror})", kind="unreadable")
            return []
        return [_Found(str(root), safe_name(root.name), (st.st_dev, st.st_ino), False)]

    def _skip(
        self, rel: str, why: str, severity: str = "error", kind: ProblemKind = "skipped"
    ) -> None:
        self.problems.append(Problem(rel, f"skipped: {why}", None, severity, kind))  # type: ignore[arg-type]

    def _folder(
        self, root: str, real_roots: list[str], seen_dirs: set[tuple[int, int]]
    ) -> list[_Found]:
        st = os.stat(root)
        seen_dirs.add((st.st_dev, st.st_ino))
        found: list[_Found] = []
        # Folders reached through links wait until every real folder is listed, so a
        # folder keeps its own name and a link to it (or a loop) is the one passed over.
        stack: list[tuple[str, str, bool]] = [(root, "", False)]
        linked_dirs: list[tuple[str, str, tuple[int, int]]] = []
        while stack or linked_dirs:
            if not stack:
                path, rel, key = linked_dirs.pop(0)
                if key in seen_dirs:
                    self._skip(rel, "link to a folder already read (a link loop?)", "warning")
                    continue
                seen_dirs.add(key)
                stack.append((path, rel + "/", True))
            folder, prefix, linked = stack.pop()
            for entry in self._entries(folder, prefix):
                rel = prefix + safe_name(entry.name)
                target = self._target(entry, rel, real_roots)
                if target is None:
                    continue
                mode, key, via_link = target
                if stat.S_ISDIR(mode):
                    if via_link and not linked:
                        linked_dirs.append((entry.path, rel, key))
                    elif key not in seen_dirs:
                        seen_dirs.add(key)
                        stack.append((entry.path, rel + "/", linked or via_link))
                    elif via_link:
                        self._skip(rel, "link to a folder already read (a link loop?)", "warning")
                elif _supported(entry.name):
                    self._file(entry.path, rel, mode, key, linked or via_link, found)
                elif stat.S_ISREG(mode) and not _not_an_article(entry.name):
                    kind = os.path.splitext(entry.name)[1].lower() or "no extension"
                    self._unread[kind] = self._unread.get(kind, 0) + 1
        found.sort(key=lambda item: item.rel)
        return found

    def _file(
        self, path: str, rel: str, mode: int, key: tuple[int, int], linked: bool, found: list
    ) -> None:
        kind = kind_of(mode)
        if kind is not None:
            # A warning: a pipe, a socket or a device holds no stored text to lose.
            self._skip(rel, f"{kind}, not a regular file; not opened", "warning")
        else:
            found.append(_Found(path, rel, key, linked))

    def _say_unread(self, where: str) -> None:
        """One line for the files of a folder not read for their type: a folder of saved
        web pages (`.html`) lost every article without a word. Counted as files skipped."""
        count = sum(self._unread.values())
        if not count:
            return
        kinds = ", ".join(sorted(self._unread))
        files = "file of a type" if count == 1 else "files of types"
        self.problems.append(
            Problem(
                where,
                f"skipped: {count} {files} not read: {kinds}",
                None,
                "warning",
                "skipped",
                count,
            )
        )

    def _entries(self, folder: str, prefix: str) -> list[os.DirEntry]:
        try:
            with os.scandir(folder) as listing:
                return sorted(
                    (e for e in listing if not e.name.startswith(".")), key=lambda e: e.name
                )
        except OSError as exc:
            where = prefix.rstrip("/") or safe_name(os.path.basename(folder))
            self._skip(where, f"cannot list this folder ({exc.strerror or exc})", kind="unreadable")
            return []

    def _target(
        self, entry: os.DirEntry, rel: str, real_roots: list[str]
    ) -> tuple[int, tuple[int, int], bool] | None:
        """Mode and identity of what an entry is or leads to; None when it is passed over."""
        link = entry.is_symlink()
        try:
            st = entry.stat(follow_symlinks=link)
        except OSError as exc:
            if not link:
                self._skip(rel, f"cannot read ({exc.strerror})", kind="unreadable")
            elif _supported(entry.name):
                what = "a link loop" if exc.errno == errno.ELOOP else "a broken link"
                self._skip(rel, f"{what} ({exc.strerror})", "warning")
            return None
        if not link:
            return st.st_mode, (st.st_dev, st.st_ino), False
        if not (stat.S_ISDIR(st.st_mode) or _supported(entry.name)):
            return None
        if not self.follow_links and not _inside(entry.path, real_roots):
            self._skip(rel, "link leads outside the corpus folders (--follow-links reads it)")
            return None
        return st.st_mode, (st.st_dev, st.st_ino), True


def _supported(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES


def _not_an_article(name: str) -> bool:
    """The app's own files and editors' backups (`story.txt~`, `#story.txt#`, `.bak`)."""
    low = name.lower()
    return (
        low in _NOT_ARTICLES
        or low.endswith("~")
        or (low.startswith("#") and low.endswith("#"))
        or os.path.splitext(low)[1] in _BACKUP_SUFFIXES
    )


def _inside(path: str, real_roots: list[str]) -> bool:
    real = os.path.realpath(path)
    return any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in real_roots)


def _unique(found: list[_Found], seen: set[tuple[int, int]]) -> list[_Found]:
    """Each file once: a file reached both directly and through a link keeps its own name."""
    kept = [item for item in found if not item.linked and item.key not in seen]
    seen.update(item.key for item in kept)
    for item in found:
        if item.linked and item.key not in seen:
            seen.add(item.key)
            kept.append(item)
    kept.sort(key=lambda item: item.rel)
    return kept
