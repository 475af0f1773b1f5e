"""The side files kept beside the Whoosh files, in JSON: reading one can never run code.

They were pickles, and unpickling runs whatever a file says, so anyone who
could write to an index folder could run code as its user. Quotes are kept per
article (the speaker table is merged from all of them after every update) in a
compact list form; the speaker table is stored as plain lists and objects.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict

from ..models import PROBLEM_KINDS, Problem, Quote, Speaker
from ..speakers.table import SpeakerTable

QuoteRow = list
"""[start, end, text, speaker, mention, cue, partial, speaker_kind, roles, evidence,
confidence]; merging needs the evidence (a description is never an alias)."""


def quote_row(quote: Quote) -> QuoteRow:
    return [
        quote.start,
        quote.end,
        quote.text,
        quote.speaker,
        quote.mention,
        quote.cue,
        quote.partial,
        quote.speaker_kind,
        list(quote.roles),
        quote.evidence,
        quote.confidence,
    ]


def quotes_of(by_article: Mapping[str, list[QuoteRow]]) -> Iterator[Quote]:
    for article_id, rows in by_article.items():
        for row in rows:
            start, end, text, speaker, mention, cue, partial, kind, roles = row[:9]
            evidence, confidence = row[9:11] if len(row) >= 11 else ("none", "none")
            yield Quote(
                article_id,
                start,
                end,
                text,
                speaker=speaker,
                mention=mention,
                cue=cue,
                partial=partial,
                speaker_kind=kind,
                roles=tuple(roles),
                evidence=evidence,
                confidence=confidence,
            )


def table_json(table: SpeakerTable) -> bytes:
    return json.dumps(
        {
            "speakers": [asdict(speaker) for speaker in table.speakers],
            "speaker_of": [[a, name, sid] for (a, name), sid in table.speaker_of.items()],
            "group_of": [[a, start, gid] for (a, start), gid in table.group_of.items()],
        }
    ).encode()


def table_from_json(data: dict) -> SpeakerTable:
    speakers = tuple(
        Speaker(**{**s, "aliases": tuple(s["aliases"]), "roles": tuple(s["roles"])})
        for s in data["speakers"]
    )
    return SpeakerTable(
        speakers,
        {(a, name): sid for a, name, sid in data["speaker_of"]},
        {(a, start): gid for a, start, gid in data["group_of"]},
    )


def problems_json(problems: Iterator[Problem] | list[Problem]) -> list[list]:
    """The problems of the indexed corpus, kept so a front end can list them after a restart."""
    return [[p.path, p.message, p.line, p.severity, p.kind, p.count] for p in problems]


def problems_from_json(rows: list | None) -> tuple[Problem, ...]:
    """The stored problems; a row that does not read as one is left out, never fatal."""
    found = []
    for row in rows or ():
        try:
            path, message, line, severity, kind, count = row
            found.append(
                Problem(
                    str(path),
                    str(message),
                    int(line) if line is not None else None,
                    "warning" if severity == "warning" else "error",
                    kind if kind in PROBLEM_KINDS else "other",
                    max(int(count), 1),
                )
            )
        except (TypeError, ValueError):
            continue
    return tuple(found)
