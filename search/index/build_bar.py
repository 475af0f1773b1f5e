"""One bar for a whole index build, that only moves forward.

An update yields steps of several phases, each counting its own thing: files
read, one large file's articles, index entries written at a checkpoint. A bar
drawn from each step's own count jumped between them (5 %, 75 %, 0 %, 73 %).
`BuildBar` turns the steps into one fraction: reading (weighed by file size,
see `Progress.read`) fills the first part, writing the index after the last
file the rest; a checkpoint's writing in between holds the bar where it is.
It also says when there is enough behind it to tell a rate and a time left.

Plain Python, shared by the command-line bar and the indexing screen.
"""

from __future__ import annotations

from .update import Progress

__all__ = ["BuildBar", "duration"]

READING = 0.9
"""The share of the bar that reading takes; the final write of the index takes the rest."""

WRITING = {
    "commit": (0.0, 0.6),
    "verify": (0.6, 0.6),
    "speakers": (0.6, 0.9),
    "merge": (0.9, 0.9),
    "save": (0.95, 0.95),
}
"""Where each step of the final write starts and ends within the writing share."""

MIN_SECONDS = 10.0
"""Seconds of work before a rate or time left is told: the first articles of a build
come before Whoosh first sorts its postings, and told a rate many times too fast."""

MIN_FRACTION = 0.05
"""The part of the build done before a time left is told from it."""

MIN_ARTICLES = 500
"""Articles read before a rate is told."""


class BuildBar:
    """How far a build has got, from the steps it yields; never less than it was."""

    def __init__(self) -> None:
        self.fraction = 0.0
        """0 to 1; only grows."""
        self.articles = 0
        """Articles indexed so far in this run."""
        self.files: tuple[int, int] | None = None
        """Files read and files to read, once a file is read."""
        self.reading = False
        """True once a reading step came: before it, and in an update that reads no
        file, there is no whole-build fraction to draw."""
        self._read_all = False

    def step(self, progress: Progress) -> None:
        if progress.read is not None:
            self.reading = True
            self.articles = max(self.articles, progress.articles)
            if progress.phase == "read":
                self.files = (progress.done, progress.total)
            self._read_all = progress.phase == "read" and progress.read >= 1.0
            self._move(progress.read * READING)
        elif self._read_all and progress.phase in WRITING:
            start, end = WRITING[progress.phase]
            within = min(progress.done / progress.total, 1.0) if progress.total else 0.0
            self._move(READING + (1 - READING) * (start + (end - start) * within))

    @property
    def finishing(self) -> bool:
        """Every file is read: what is written now is the final index, not a checkpoint."""
        return self._read_all

    def _move(self, fraction: float) -> None:
        self.fraction = max(self.fraction, min(fraction, 1.0))

    def rate(self, elapsed: float) -> float | None:
        """Articles a second over the whole build, once there is enough to tell it from."""
        if elapsed < MIN_SECONDS or self.articles < MIN_ARTICLES:
            return None
        return self.articles / elapsed

    def time_left(self, elapsed: float) -> float | None:
        """Seconds left of the whole build, checkpoints and the final write included,
        from how long its part done has taken."""
        if elapsed < MIN_SECONDS or self.fraction < MIN_FRACTION:
            return None
        return elapsed * (1 - self.fraction) / self.fraction

    def count(self) -> str:
        """`1,234 articles · 3 / 12 files`: both exact, so no total of articles is guessed."""
        said = f"{self.articles:,} articles"
        if self.files is not None and self.files[1] > 1:
            said += f" · {self.files[0]:,} / {self.files[1]:,} files"
        return said


def duration(seconds: float, *, rounded: bool = False) -> str:
    """`42 s`, `5 min 56 s`, `1 h 05 min`; `rounded` to whole minutes from a minute
    and a half on, for times that are estimates (`about 6 min`)."""
    whole = round(max(seconds, 0))
    if whole < (90 if rounded else 60):
        return f"{whole} s"
    if whole < 3600 and not rounded:
        return f"{whole // 60} min {whole % 60} s"
    minutes = round(whole / 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"
