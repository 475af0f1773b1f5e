"""UK-style news: parties and outlets are organisations, roles are noun phrases without a
verb, and no description becomes an alias shared by two people."""

from __future__ import annotations

from newsexplore.search.models import Article, Quote
from newsexplore.search.quotes.extract import extract_quotes
from newsexplore.search.speakers.table import build_speaker_table

ARTICLES = {
    "schools": (
        "Tony Blair has defended his education reforms against critics.\n\n"
        'The Prime Minister told the Commons: "These reforms will give every child a '
        'chance."\n\n'
        '"We will not go back," Mr Blair added.\n\n'
        'The Tories said the plans were "a muddle from start to finish".\n\n'
        'Labour said in a statement that it was "proud of its record on schools".\n\n'
        'A Downing Street spokesman said: "The Prime Minister has been clear about this."\n\n'
        'The spokesman added: "There will be no U-turn."\n\n'
        'As the Guardian put it, "this is a fight the government cannot afford to lose."'
    ),
    "home-office": (
        "Charles Clarke, the Home Secretary, said he would not resign.\n\n"
        '"I have no intention of going anywhere," the Home Secretary said.\n\n'
        'A Home Office spokeswoman said: "The Home Secretary has the full support of the '
        'Prime Minister."\n\n'
        'The ads depict Tory leader David Cameron as "a man with no plan at all".\n\n'
        'Lions coach Warren Gatland said: "The squad is ready for the tour."'
    ),
    "budget": (
        "Gordon Brown, the Chancellor, set out his budget on Wednesday.\n\n"
        '"Prudence has served this country well," the Chancellor said.\n\n'
        'The Liberal Democrats said the budget was "a missed opportunity for the '
        'regions".\n\n'
        'A Treasury spokesman said: "The figures speak for themselves."'
    ),
}


def all_quotes() -> list[Quote]:
    return [
        q
        for article_id, text in ARTICLES.items()
        for q in extract_quotes(Article(id=article_id, title="", text=text))
    ]


def test_parties_and_outlets_are_organisations() -> None:
    kinds = {s.name: s.kind for s in build_speaker_table(all_quotes()).speakers}
    for name in ("Tories", "Labour", "Liberal Democrats", "Guardian"):
        assert kinds.get(name) == "organisation", name


def test_no_role_holds_a_verb() -> None:
    roles = {r for s in build_speaker_table(all_quotes()).speakers for r in s.roles}
    assert {r.split()[0].lower() for r in roles}.isdisjoint({"depict", "impress", "said"})


def test_no_description_is_an_alias_shared_by_two_people() -> None:
    holders: dict[str, set[str]] = {}
    for speaker in build_speaker_table(all_quotes()).speakers:
        if speaker.kind != "person":
            continue
        for alias in speaker.aliases:
            holders.setdefault(alias.casefold(), set()).add(speaker.name)
    for alias, names in holders.items():
        assert len(names) == 1, (alias, names)
        assert not alias.startswith(("the ", "a ")), (alias, names)


def test_spokesmen_are_not_the_ministers_they_speak_for() -> None:
    by_text = {q.text[:20]: q.speaker for q in all_quotes()}
    assert by_text["The Prime Minister h"] is None
    assert by_text["There will be no U-t"] is None
    assert by_text["The figures speak fo"] is None
    assert by_text["The Home Secretary h"] is None
