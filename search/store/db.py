"""The SQLite file behind a corpus's user store: opening, schema, transactions.

One file per corpus holds everything the user adds. It is opened in WAL mode
with a busy timeout, and every write is one `BEGIN IMMEDIATE` transaction, so
the TUI and a script running `newsexplore marks add` at the same moment both
get their rows in. The schema grows by appending to `MIGRATIONS`; the file's
`user_version` says how far it has come. A file that is not a readable store,
or was written by a newer version, is moved aside (never deleted) and an empty
store takes its place, with `problem` saying so in one line. A file that cannot
be written (read-only, or on a read-only disk) is no damage: it is read as it
is, never moved, and `unusable` says why nothing new can be kept in it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from ..errors import StoreError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Database"]

MIGRATIONS: tuple[str, ...] = (
    # 1: marks with their notes and tags, search history, saved searches.
    """
    CREATE TABLE marks (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL DEFAULT 0,
        "end" INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        citation TEXT NOT NULL DEFAULT '{}',
        status TEXT NOT NULL DEFAULT 'ok',
        created TEXT NOT NULL,
        UNIQUE (article_id, kind, start, "end")
    );
    CREATE TABLE mark_tags (
        mark_id INTEGER NOT NULL REFERENCES marks(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (mark_id, tag)
    );
    CREATE INDEX mark_tags_by_tag ON mark_tags(tag);
    CREATE TABLE search_history (
        id INTEGER PRIMARY KEY,
        query TEXT NOT NULL,
        scope TEXT NOT NULL DEFAULT 'articles',
        at TEXT NOT NULL
    );
    CREATE TABLE saved_searches (
        name TEXT PRIMARY KEY,
        query TEXT NOT NULL,
        scope TEXT NOT NULL DEFAULT 'articles',
        sort TEXT NOT NULL DEFAULT 'relevance',
        created TEXT NOT NULL
    );
    """,
    # 2: the user's corrections of speakers and attributions, applied on top of extraction.
    """
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        speaker TEXT NOT NULL DEFAULT '',
        value TEXT NOT NULL DEFAULT '',
        article_id TEXT NOT NULL DEFAULT '',
        start INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL
    );
    CREATE INDEX corrections_by_quote ON corrections(article_id, start);
    """,
    # 3: the article text each mark's and correction's offsets were taken in (one copy
    # per text, by key), so an edit is followed word by word: an item whose own words
    # were deleted is lost, never moved onto the same words elsewhere.
    """
    CREATE TABLE originals (
        key TEXT PRIMARY KEY,
        text TEXT NOT NULL
    );
    ALTER TABLE marks ADD COLUMN original TEXT NOT NULL DEFAULT '';
    ALTER TABLE corrections ADD COLUMN original TEXT NOT NULL DEFAULT '';
    """,
    # 4: a lost mark keeps its old offsets without holding the place: a new mark may be
    # made there. SQLite cannot drop a constraint, so the table is rebuilt; the tags
    # are set aside first, since dropping the marks would delete them with it.
    """
    CREATE TABLE marks_v4 (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL DEFAULT 0,
        "end" INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        citation TEXT NOT NULL DEFAULT '{}',
        status TEXT NOT NULL DEFAULT 'ok',
        created TEXT NOT NULL,
        original TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO marks_v4 (id, article_id, kind, start, "end", text, note, citation, status,
        created, original)
        SELECT id, article_id, kind, start, "end", text, note, citation, status, created,
        original FROM marks;
    CREATE TABLE mark_tags_v4 (mark_id INTEGER NOT NULL, tag TEXT NOT NULL);
    INSERT INTO mark_tags_v4 SELECT mark_id, tag FROM mark_tags;
    DROP TABLE mark_tags;
    DROP TABLE marks;
    ALTER TABLE marks_v4 RENAME TO marks;
    CREATE UNIQUE INDEX marks_in_place ON marks(article_id, kind, start, "end")
        WHERE status != 'lost';
    CREATE TABLE mark_tags (
        mark_id INTEGER NOT NULL REFERENCES marks(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (mark_id, tag)
    );
    INSERT INTO mark_tags SELECT mark_id, tag FROM mark_tags_v4;
    DROP TABLE mark_tags_v4;
    CREATE INDEX mark_tags_by_tag ON mark_tags(tag);
    """,
    # 5: the names a speaker correction was made on, to find its speaker again when
    # extraction gives that speaker another id. The table is rebuilt rather than
    # altered, so a store whose version was set back runs this again unharmed.
    """
    CREATE TABLE corrections_v5 (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        speaker TEXT NOT NULL DEFAULT '',
        value TEXT NOT NULL DEFAULT '',
        article_id TEXT NOT NULL DEFAULT '',
        start INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        original TEXT NOT NULL DEFAULT '',
        names TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO corrections_v5 (id, kind, speaker, value, article_id, start, text, created,
        original)
        SELECT id, kind, speaker, value, article_id, start, text, created, original
        FROM corrections;
    DROP TABLE corrections;
    ALTER TABLE corrections_v5 RENAME TO corrections;
    CREATE INDEX corrections_by_quote ON corrections(article_id, start);
    """,
)
"""Each entry brings a store from the version before it to its own (1-based).

A new kind of user data is a new entry here (its tables) and a module of the
package with functions over `Database.write` and `Database.read`. Never edit
an entry once released: stores already at that version would not run it again.
"""

SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_MS = 10_000
"""How long a write waits for another process's transaction before giving up."""


class StoreUnreadable(Exception):
    """The file is not a store this version can use."""

    def __init__(self, message: str, why: str = "unreadable") -> None:
        super().__init__(message)
        self.why = why
        """A word for the name the file is kept under: `unreadable` or `newer`."""


class Database:
    """One connection to a store file, shared by the threads of one process.

    SQLite serialises writers across processes; the lock here serialises the
    threads of this one, since a connection carries one transaction at a time.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        """The file, or None for a store kept in memory (nothing could be written)."""
        self.requested = path
        """The file asked for, kept when it could not be opened, to name it in errors."""
        self.unusable: str | None = None
        """Why the file asked for could not be opened, when the store is in memory instead."""
        self.problem: str | None = None
        """One line for the user when the file had to be moved aside or could not be opened."""
        self.trouble: tuple[Path, str] | None = None
        """The file and what became of it, when `problem` says something: kept apart so the
        app can list it with the corpus's problems, path and reason in their columns."""
        self._lock = threading.RLock()
        self._connection = self._open()
        self._seen_version = self._data_version()

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            return self._connect(":memory:")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and not _writable(self.path):
                return self._read_only()
            return self._connect(str(self.path))
        except StoreUnreadable as exc:
            try:
                aside = _move_aside(self.path, exc.why)
            except OSError as moving:
                return self._in_memory(f"{exc}, and it cannot be moved aside: {moving}")
            self._say(f"{exc}; kept as {aside.name}, starting with an empty collection")
            return self._connect(str(self.path))
        except (OSError, sqlite3.Error) as exc:
            return self._in_memory(str(exc))

    def _in_memory(self, why: str) -> sqlite3.Connection:
        """An empty store for this run only: nothing saved in it may be said to be kept."""
        self.unusable = why
        self._say(
            f"cannot open the store ({why}); marks and history will not be kept after this run"
        )
        self.path = None
        return self._connect(":memory:")

    def _read_only(self) -> sqlite3.Connection:
        """The file as it is, for reading: marks and corrections still show, none is added.

        SQLite opened it for writing and failed (a WAL file needs its side files),
        and moving it aside as damaged would hide the user's work.
        """
        assert self.path is not None
        try:
            connection = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?immutable=1", uri=True, check_same_thread=False
            )
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as exc:
            return self._in_memory(f"the file is read-only and cannot be read ({exc})")
        if version != SCHEMA_VERSION:
            connection.close()
            return self._in_memory(f"the file is read-only, written by store version {version}")
        self.unusable = "the file is read-only"
        self._say("the store is read-only; what it holds is shown, nothing new is kept")
        return connection

    def _say(self, why: str) -> None:
        assert self.path is not None
        self.trouble = (self.path, why)
        self.problem = f"{self.path}: {why}"

    def _connect(self, target: str) -> sqlite3.Connection:
        connection = sqlite3.connect(
            target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        try:
            _prepare(connection)
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise StoreUnreadable(f"not a readable store ({exc})") from exc
        except StoreUnreadable:
            connection.close()
            raise
        return connection

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction that takes the write lock at once, so two writers never interleave.

        A write SQLite refuses (a read-only file, a full disk, a lock held too
        long) raises `StoreError`, so no front end says it saved what it did not.
        """
        with self._lock:
            try:
                self._connection.execute("BEGIN IMMEDIATE")
                try:
                    yield self._connection
                except BaseException:
                    self._connection.execute("ROLLBACK")
                    raise
                self._connection.execute("COMMIT")
            except sqlite3.Error as exc:
                where = self.path or "the store"
                raise StoreError(f"{where}: could not save ({exc}); nothing was changed") from exc

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The connection for reads; WAL lets them run while another process writes."""
        with self._lock:
            yield self._connection

    def changed_elsewhere(self) -> bool:
        """Whether another connection (another process: the command line) has written
        to the file since the last ask, so an open app can show what it wrote."""
        version = self._data_version()
        seen, self._seen_version = self._seen_version, version
        return version is not None and seen != version

    def _data_version(self) -> int | None:
        # SQLite counts commits by other connections in data_version; ours never move it.
        with self._lock:
            try:
                return self._connection.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error:
                return None

    def close(self) -> None:
        with self._lock:
            self._connection.close()


def _prepare(connection: sqlite3.Connection) -> None:
    """Check the file, then bring its schema up to this version in one transaction."""
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    check = connection.execute("PRAGMA quick_check(1)").fetchone()
    if check is None or check[0] != "ok":
        raise StoreUnreadable(f"damaged store ({check[0] if check else 'no answer'})")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("BEGIN IMMEDIATE")
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreUnreadable(
                f"written by a newer newsexplore (store version {version}, this one reads "
                f"up to {SCHEMA_VERSION})",
                why="newer",
            )
        for number in range(version + 1, SCHEMA_VERSION + 1):
            for statement in _statements(MIGRATIONS[number - 1]):
                connection.execute(statement)
        # PRAGMA takes no parameters; the value is our own integer.
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """A migration's statements, run one by one: `executescript` would commit on its own."""
    return [part.strip() for part in script.split(";") if part.strip()]


def _writable(path: Path) -> bool:
    """Whether the file and its folder (where SQLite writes its side files) take writes."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _move_aside(path: Path, why: str) -> Path:
    """Rename the file (and its WAL companions) out of the way, never deleting anything."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.{why}-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.{why}-{stamp}-{counter}")
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(aside.with_name(aside.name + suffix))
    return aside


def now() -> str:
    """A timestamp for rows, in UTC and to the second, sortable as text."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
