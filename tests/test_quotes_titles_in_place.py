"""Words in title case where a name stands are a show's, book's or song's title, not speech."""

from __future__ import annotations

import pytest

from tests.quote_support import quotes_of


@pytest.mark.parametrize(
    "text",
    [
        'In an interview on NBC\'s "Meet the Voters," Senator Jane Hollis said the cuts '
        "would hurt farmers.",
        'On "Sunday Morning Live," Governor Tom Reyes said the bill was dead.',
        'In his 2001 book, "Grow Your Savings Fast," Mr. Ashby suggested saving every week.',
        'She ended with the old anthem "We Will Walk Together," and the hall stood.',
        'Both candidates spoke during a "Veterans Summit" hosted by the legion, aides said.',
    ],
)
def test_a_title_where_a_name_stands_is_no_quotation(text: str) -> None:
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Senator Jane Hollis said on Sunday: "We Will Not Back Down."',
        '"The cuts would hurt farmers," Senator Jane Hollis said on NBC\'s "Meet the Voters."',
    ],
)
def test_speech_beside_a_title_is_still_quoted(text: str) -> None:
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.text[:3]) == ("Jane Hollis", text[text.index('"') + 1 :][:3])
