"""What the user adds to a corpus, kept in one SQLite file per corpus.

Marks with their notes and tags (`tags.py` says how a tag is written), search
history and saved searches live here, apart from the index: the index is derived and can always be rebuilt from the
corpus, this cannot, so nothing that rebuilds or moves an index touches it.
The file sits in the user data folder, keyed by the corpus like the index
(`paths.default_store_path`). Other kinds of user data (speaker corrections...)
join as tables: a migration in `db.MIGRATIONS` and a module holding their
functions, reached from `UserStore` like `marks` and `history`.

It may import the shared values at the top of `search/` (`models`, `paths`,
`errors`, `safe`, `anchor`, `counted`) and nothing else of the project, so the index and the front
ends can both use it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..anchor import follow, place_again
from ..errors import StoreError
from ..models import Problem
from ..paths import default_store_path
from .corrections import Corrections
from .db import SCHEMA_VERSION, Database
from .history import History, RecentSearch, SavedSearch
from .marks import (
    Citation,
    Mark,
    MarkKind,
    Marks,
    ReanchorReport,
    Target,
    article_target,
    dated_now,
    event_target,
    passage_target,
    quote_target,
)
from .tags import read_tag, read_tags, shown_tag, tag_list

__all__ = [
    "SCHEMA_VERSION",
    "Citation",
    "Corrections",
    "History",
    "Mark",
    "MarkKind",
    "Marks",
    "ReanchorReport",
    "RecentSearch",
    "SavedSearch",
    "Target",
    "UserStore",
    "article_target",
    "dated_now",
    "event_target",
    "passage_target",
    "quote_target",
    "follow",
    "place_again",
    "read_tag",
    "read_tags",
    "shown_tag",
    "tag_list",
]


class UserStore:
    """A corpus's user data: `marks`, `history` and `corrections`, sharing one file.

    Opening never fails: a file that cannot be used is moved aside (or, when
    the folder cannot be written, the store lives in memory), and `problem`
    says so in one line for the front end to show.
    """

    def __init__(self, path: Path | None) -> None:
        self.database = Database(path)
        self.marks = Marks(self.database)
        self.history = History(self.database)
        self.corrections = Corrections(self.database)

    @classmethod
    def for_corpus(cls, corpus_paths: Sequence[Path], path: Path | None = None) -> UserStore:
        """The store of a corpus: `path` when given, else the default for its paths."""
        return cls(path or default_store_path(corpus_paths))

    @property
    def path(self) -> Path | None:
        """The file, or None when the store could only be kept in memory."""
        return self.database.path

    @property
    def problem(self) -> str | None:
        return self.database.problem

    def problems(self) -> tuple[Problem, ...]:
        """What `problem` says, as a problem the app lists beside the corpus's: a notice
        of it passes, and the user's work seeming gone must stay findable."""
        trouble = self.database.trouble
        if trouble is None:
            return ()
        return (Problem(str(trouble[0]), trouble[1], severity="warning", kind="store"),)

    def require_file(self) -> None:
        """Raise `StoreError` when changes could not outlive this run (the store is in memory
        because its file could not be opened): a command that saves must not say it did."""
        if self.database.unusable is not None and self.database.requested is not None:
            raise StoreError(
                f"{self.database.requested}: cannot save to this store "
                f"({self.database.unusable}); nothing was changed"
            )

    def changed_elsewhere(self) -> bool:
        """Whether another process wrote marks or corrections since the last ask."""
        return self.database.changed_elsewhere()

    def close(self) -> None:
        self.database.close()
