"""What happened when: temporal expressions found in an article and resolved to dates.

Finds dates as news writes them (absolute, relative, quarters, holidays,
numeric), reads the tense around each to choose past or future, and resolves
it against the article's own date into a TimeML value. It may import the
shared values at the top of `search/` (`models`) and nothing else of the
project.
"""

from ..models import FUTURE_REF, PAST_REF, PRESENT_REF
from .extract import extract_events, sentence_bounds, timeml_records
from .typed import read_typed_date

__all__ = [
    "FUTURE_REF",
    "PAST_REF",
    "PRESENT_REF",
    "extract_events",
    "read_typed_date",
    "sentence_bounds",
    "timeml_records",
]
