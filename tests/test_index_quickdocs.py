"""The build's `add_document` writes the very index Whoosh's own writes."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex

from newsexplore.search.index.documents import make_schema
from newsexplore.search.index.quickdocs import quick_add_document

DAY = dt.datetime(2024, 3, 5)


def _documents() -> list[dict]:
    """An article with its quotes and dated events, as the build gives them: the
    article's id, source, date and kind again on each, a speaker quoted twice."""
    docs = []
    for n, (title, source) in enumerate(
        [("Council approves budget", "Daily Courier"), ("Port strike ends", "Harbour News")]
    ):
        aid = f"story-{n}"
        docs.append(
            {
                "id": f"a:{aid}",
                "kind": "article",
                "kcode": 1,
                "article_id": aid,
                "title": title,
                "text": 'The council voted on Tuesday. "We kept our word," said Jane Doe.',
                "author": "Sam Reporter",
                "source": source,
                "date": DAY,
                "sortday": 20240305,
                "payload": {"line": n + 1},
            }
        )
        for said in ("We kept our word", "The vote was close"):
            docs.append(
                {
                    "kind": "quote",
                    "kcode": 2,
                    "article_id": aid,
                    "quote": said,
                    "speaker": "Jane Doe mayor",
                    "speaker_key": "jane doe",
                    "source": source,
                    "qdate": DAY,
                    "sortday": 20240305,
                    "payload": {"quote": said},
                }
            )
        for day in ("2024-03-05", "2024-03-12", "2024-03-12"):
            docs.append(
                {
                    "kind": "event",
                    "article_id": aid,
                    "source": source,
                    "edate": day,
                    "ekind": "mentioned",
                    "kcode": 3,
                    "sortday": int(day.replace("-", "")),
                    "article_key": 7 + n,
                    "payload": {"event": day},
                }
            )
    return docs


def _index_files(folder: Path, quick: bool, limitmb: float) -> dict[str, str]:
    """Digest of every file of the one segment written, by its kind (the name less the id)."""
    folder.mkdir()
    storage = FileStorage(str(folder))
    ix = FileIndex.create(storage, make_schema(), "MAIN")
    writer = ix.writer(limitmb=limitmb)
    if quick:
        quick_add_document(writer)
        assert writer.add_document.__module__ == quick_add_document.__module__
    for doc in _documents():
        writer.add_document(**doc)
    writer.commit()
    (segment,) = ix._segments()
    files = segment.open_compound_file(storage) if segment.is_compound() else storage
    prefix = segment.segment_id()
    found = {}
    for name in files.list():
        if name.startswith(prefix):
            with files.open_file(name) as f:
                found[name[len(prefix) :]] = hashlib.sha256(f.read()).hexdigest()
    return found


@pytest.mark.parametrize("limitmb", [128, 0.002], ids=["pooled", "spilled-to-runs"])
def test_the_same_segment_as_whooshs_add_document(tmp_path: Path, limitmb: float) -> None:
    whooshs = _index_files(tmp_path / "whoosh", quick=False, limitmb=limitmb)
    ours = _index_files(tmp_path / "quick", quick=True, limitmb=limitmb)
    assert ".pst" in whooshs and ".trm" in whooshs  # postings and terms are compared
    assert ours == whooshs


def test_a_boosted_document_goes_through_whoosh(tmp_path: Path) -> None:
    storage = FileStorage(str(tmp_path))
    ix = FileIndex.create(storage, make_schema(), "MAIN")
    writer = ix.writer()
    quick_add_document(writer)
    writer.add_document(id="a:x", kind="article", title="Port strike ends", _title_boost=3.0)
    writer.commit()
    with ix.searcher() as searcher:
        assert [d["id"] for d in searcher.documents(kind="article")] == ["a:x"]
