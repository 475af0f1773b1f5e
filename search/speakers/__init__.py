"""Speakers across the corpus: one entry per person or organisation, with aliases and roles.

Takes the quotes each article's attribution produced and merges the names they
carry ("Sir Keir Starmer", "Sir Keir", "the Prime Minister") into speakers,
and groups the same words reported by several articles. It may import the
shared values at the top of `search/` (with `anchor`, to follow a corrected
quote through an edit, and `safe`, to keep a name the user typed a name) and the name word lists of `quotes/`
(the two must agree on what a title or a role noun is), nothing else.
"""

from .corrections import CorrectedTable, apply_corrections, find_speaker, orphaned_correction
from .table import SpeakerTable, build_speaker_table, speaker_id_for

__all__ = [
    "CorrectedTable",
    "SpeakerTable",
    "apply_corrections",
    "build_speaker_table",
    "find_speaker",
    "orphaned_correction",
    "speaker_id_for",
]
