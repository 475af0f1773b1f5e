"""Who said it, in the layouts and references that news writing uses most."""

from __future__ import annotations

from newsexplore.search.models import Article, Quote
from newsexplore.search.quotes.extract import extract_quotes


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(Article(id="t", title="", text=text))


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(text)]


# ------------------------------------------------------------------ layouts


def test_a_quote_signed_with_a_horizontal_bar_is_its_signers() -> None:
    text = (
        "Readers wrote to us after the debate.\n\n"
        "\u201cI hope we win this one, and soon.\u201d \u2015 Mary Lane\n\n"
        "\u201cNobody I know will vote for him this year.\u201d\u2015 Tom Ortiz.\n\n"
        "Getty.\n\n"
        "\u201dWe are tired of all the noise from both sides.\u201d \u2015 Ana Ruiz\n"
    )
    assert speakers(text) == ["Mary Lane", "Tom Ortiz", "Ana Ruiz"]
