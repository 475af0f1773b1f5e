"""Problems grouped by kind, worst first, and told in counts rather than lines.

A scraped corpus easily has hundreds of duplicates and one file that had to be
decoded as cp1252; listed line by line, the one that matters is buried. The
CLI, the TUI's notification and its Problems view all group and count the same
way, with these functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..models import PROBLEM_KINDS, Problem, ProblemKind

__all__ = ["ProblemGroup", "group_problems", "summarise_problems"]

_NOUNS: dict[ProblemKind, tuple[str, str]] = {
    "index": ("index not brought up to date", "indexes not brought up to date"),
    "unreadable": ("file unreadable", "files unreadable"),
    "partial": ("record skipped", "records skipped"),
    "truncated": ("article too long to read whole", "articles too long to read whole"),
    "extraction": ("extraction failure", "extraction failures"),
    "store": ("user store problem", "user store problems"),
    "correction": ("correction applied to nothing", "corrections applied to nothing"),
    "other": ("other problem", "other problems"),
    "repaired": ("text repair", "text repairs"),
    "misdecoded": (
        "article with mis-decoded characters repaired",
        "articles with mis-decoded characters repaired",
    ),
    "encoding": ("file decoded with a fallback encoding", "files decoded with fallback encodings"),
    "date": ("unrecognised date", "unrecognised dates"),
    "date-order": ("file of slash dates read month first", "files of slash dates read month first"),
    "id": ("record id used twice", "record ids used twice"),
    "settings": ("settings problem", "settings problems"),
    "empty": ("empty file", "empty files"),
    "skipped": ("file not opened", "files not opened"),
    "duplicate": ("duplicate", "duplicates"),
}
"""How a count of each kind reads, singular and plural."""

_MEANINGS: dict[ProblemKind, str] = {
    "index": "the last index committed is shown: what changed in the corpus since is missing",
    "unreadable": "not read at all: their articles are missing",
    "partial": "lines or records passed over; the rest of each file was read",
    "truncated": "quotes and dates read in the first part only; the whole text is searchable",
    "extraction": "indexed without the quotes or dates named",
    "store": "the file of your marks, notes, history and corrections: what became of it",
    "correction": "kept in your store: what each names is not in the index now",
    "other": "",
    "repaired": "characters replaced or removed, or the file read another way, so it could be read",
    "misdecoded": "written wrongly before they reached the corpus; shown, searched and cited repaired",
    "encoding": "not UTF-8, so read with another encoding; check their accents and quotes",
    "date": "a publication date not understood; the article is left undated",
    "date-order": "no date in the file shows whether 03/04/2024 is 3 April or 4 March: check them",
    "id": "another article had the id already: indexed under the new id each line gives",
    "settings": "newsexplore.cfg lines not understood, so ignored; the rest was read",
    "empty": "nothing in them to index",
    "skipped": "files of types not read, links and special files passed over",
    "duplicate": "skipped because the same article is already indexed",
}
"""What each kind means for the user's corpus, in one line."""

_CODEC = re.compile(r"^decoded as (\S+) ")


@dataclass(frozen=True)
class ProblemGroup:
    """The problems of one kind, in the order they were found."""

    kind: ProblemKind
    problems: tuple[Problem, ...]

    @property
    def count(self) -> int:
        """Problems of this kind, including those a flood left unlisted."""
        return sum(problem.count for problem in self.problems)

    @property
    def counted(self) -> str:
        """`101 duplicates`, `1 file decoded as cp1252`."""
        singular, plural = self._nouns()
        return f"{self.count:,} {singular if self.count == 1 else plural}"

    @property
    def meaning(self) -> str:
        return _MEANINGS[self.kind]

    def _nouns(self) -> tuple[str, str]:
        if self.kind == "encoding":
            codecs = {m.group(1) for p in self.problems if (m := _CODEC.match(p.message))}
            if len(codecs) == 1:
                codec = codecs.pop()
                return f"file decoded as {codec}", f"files decoded as {codec}"
        return _NOUNS[self.kind]


def group_problems(problems: Iterable[Problem]) -> list[ProblemGroup]:
    """The problems by kind, worst kind first; kinds with none are left out."""
    by_kind: dict[ProblemKind, list[Problem]] = {}
    for problem in problems:
        kind = problem.kind if problem.kind in _NOUNS else "other"
        by_kind.setdefault(kind, []).append(problem)
    return [ProblemGroup(kind, tuple(by_kind[kind])) for kind in PROBLEM_KINDS if kind in by_kind]


def summarise_problems(problems: Iterable[Problem], *, lost_elsewhere: bool = False) -> str:
    """One line of counts by kind, worst first: `1 file decoded as cp1252, 101 duplicates`.

    It ends on `; no file unreadable` when no file was lost, since that is what
    a user wants to know first, set apart so that "1 problem: ..." lists one;
    not when `lost_elsewhere` (files lost told of in another line); it is empty
    when there is nothing to tell.
    """
    groups = group_problems(problems)
    if not groups:
        return ""
    line = ", ".join(group.counted for group in groups)
    if groups[0].kind == "unreadable" or lost_elsewhere:
        return line
    return f"{line}; no file unreadable"
