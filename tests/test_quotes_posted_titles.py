"""A title posted somewhere ("Ambassador to Peking", "envoy to GATT") before a name:
the name after the place is the one who speaks, the title and place its role."""

from __future__ import annotations

from tests.quote_support import only


def test_an_ambassador_to_a_city_named_after_the_cue() -> None:
    q = only(
        '"Our two countries will sign the accord within the month," said Portuguese '
        "Ambassador to Peking Octavio Valerio."
    )
    assert (q.speaker, q.speaker_kind) == ("Octavio Valerio", "person")
    assert "Portuguese Ambassador to Peking" in q.roles


def test_an_envoy_to_a_body_named_after_the_cue() -> None:
    q = only(
        '"The talks will resume next week in Geneva," said U.S. envoy to GATT Michael Samuels.'
    )
    assert (q.speaker, q.speaker_kind) == ("Michael Samuels", "person")


def test_a_name_set_off_after_the_place() -> None:
    q = only(
        '"The talks will resume next week in Geneva," said the Soviet ambassador to '
        "Washington, Yuri Dubinin."
    )
    assert q.speaker == "Yuri Dubinin"


def test_a_place_set_off_after_the_place_is_no_one() -> None:
    q = only(
        '"The talks will resume next week in Geneva," said the ambassador to Britain, '
        "West Germany and Japan."
    )
    assert q.speaker is None or "Germany" not in q.speaker
