"""Files and records into `Article`s: the only package that reads the user's corpus.

Holds the folder walk, decoding, the record formats (txt, md, jsonl, json, csv),
the boilerplate that is marked rather than indexed, and publication dates as
sources write them. It may import the shared values at the top of `search/`
(`models`, `errors`) and nothing else of the project: extraction and the index
read its `Article`s, never the other way round.
"""

from .load import (
    SUPPORTED_SUFFIXES,
    content_key,
    iter_corpus_files,
    load_corpus,
    load_file,
    load_file_parts,
)
from .problems import ProblemGroup, group_problems, summarise_problems
from .published import parse_published
from .settings import (
    SETTINGS_NAME,
    GivenDate,
    ReferenceDates,
    find_reference_dates,
    read_reference_date,
)

__all__ = [
    "ProblemGroup",
    "SETTINGS_NAME",
    "GivenDate",
    "ReferenceDates",
    "SUPPORTED_SUFFIXES",
    "content_key",
    "find_reference_dates",
    "read_reference_date",
    "group_problems",
    "iter_corpus_files",
    "load_corpus",
    "load_file",
    "load_file_parts",
    "parse_published",
    "summarise_problems",
]
