"""Whom a quotation resolves to: pronouns, gender and number, speakers carried on."""

from __future__ import annotations

from tests.quote_support import only, quotes_of


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(text)]


# ------------------------------------------------------------------ gender


def test_mrs_with_a_shared_surname_is_not_the_husband() -> None:
    text = (
        "Tom Varga spoke first at the dinner. Later, a voter asked Mrs. Varga about the "
        "plant.\n\n"
        'Mrs. Varga did not hesitate. "We will keep it open," she said.'
    )
    quote = quotes_of(text)[0]
    assert quote.speaker != "Tom Varga"
    assert quote.speaker is not None and quote.speaker.endswith("Varga")


def test_an_honorific_outranks_the_usual_gender_of_a_given_name() -> None:
    text = (
        "Lee Ostrow, a law professor, studied the rulings.\n\n"
        '"The court has never ruled this way," Ms. Ostrow said. Mr. Carlin disagreed. '
        '"The ruling stands on its own," she said.'
    )
    assert speakers(text) == ["Lee Ostrow", "Lee Ostrow"]


def test_a_name_the_lists_do_not_know_takes_the_gender_its_pronouns_give() -> None:
    text = (
        "The constitution barred Thura Win Naing from the presidency even after her "
        "party won the election. She now advises the cabinet.\n\n"
        "Thura Win Naing set up a commission, overseen by former minister Kwame Mensah, "
        "to study the clashes.\n\n"
        '"Unity also means prosperity," she said.'
    )
    assert speakers(text) == ["Thura Win Naing"]


def test_an_object_pronoun_does_not_tell_the_gender_of_its_own_subject() -> None:
    text = (
        "Ms. Adebayo has said the server was secure. President Okafor backed her up in "
        "an interview last year.\n\n"
        '"I do not think it posed a problem," he said.'
    )
    assert speakers(text) == ["Okafor"]


def test_an_age_after_a_name_makes_it_a_person_a_pronoun_can_mean() -> None:
    text = (
        "Senator Tom Riley is gaining ground in the state.\n\n"
        "Okon Bassey, 58, who lives outside Tulsa, says he knew little about Riley before "
        "the race, but now Bassey plans to vote for him.\n\n"
        '"Some changes need to be made," he said.'
    )
    assert speakers(text) == ["Okon Bassey"]


def test_a_role_set_off_after_a_name_makes_it_a_person() -> None:
    text = (
        "Senator Ted Marsh won the state by a wide margin.\n\n"
        "Ferris Okoro, the party chairman, this week announced a website for voters.\n\n"
        '"The site is a tool for voters to learn the rules," he said.'
    )
    assert speakers(text) == ["Ferris Okoro"]


def test_a_kinship_word_set_off_after_a_name_gives_its_gender() -> None:
    text = (
        "Governor Paul Hart thanked the volunteers. Chris Hart, his wife, spoke next.\n\n"
        '"We are ready for the fight," she said.'
    )
    assert speakers(text) == ["Chris Hart"]


def test_a_pronoun_after_another_of_its_gender_means_the_same_one() -> None:
    text = (
        "Maria Lopez spoke on Monday. While she has dropped direct attacks on Ravi Sand "
        "from her speech, her campaign is still fighting.\n\n"
        "Ravi Sand answered at a rally in Reno.\n\n"
        '"We will win this state," he said.'
    )
    assert speakers(text) == ["Ravi Sand"]


def test_someone_unnamed_in_the_sentence_leaves_a_pronoun_open() -> None:
    text = (
        "At a town hall, a young woman asked Kwesi Boateng about the plant.\n\n"
        "She wanted to know if it would close. Kwesi Boateng answered.\n\n"
        '"We will keep it open," he said.'
    )
    assert speakers(text) == ["Kwesi Boateng"]


def test_a_capitalised_word_qualifying_a_hyphenated_noun_is_no_one_a_pronoun_means() -> None:
    text = (
        "As pressure mounted on Prime Minister Anna Berg to call an election, she said "
        "the decision was hers.\n\n"
        "Asked by a Liberal back-bencher whether the choice was hers alone, she replied: "
        '"The date will be decided here, not in the newspapers."'
    )
    assert speakers(text) == ["Anna Berg"]


def test_a_role_set_off_after_a_firm_does_not_make_the_firm_a_person() -> None:
    text = (
        "Officials of Kenner Capital Inc, the bank's financial adviser, declined comment.\n\n"
        '"It is completely inconsistent with the plan," he said.'
    )
    quote = only(text)
    assert quote.speaker != "Kenner Capital Inc"


def test_a_place_qualifying_a_noun_after_an_adjective_is_no_one_a_pronoun_means() -> None:
    text = (
        "Share trading is off the agenda, Western diplomats said.\n\n"
        "Comments by officials of the new Tianjin market echoed his caution.\n\n"
        '"We must approach the new phenomenon carefully," he said.'
    )
    assert speakers(text) == [None]


# ------------------------------------------------------------------ across paragraphs


def test_a_paragraph_that_is_only_a_quotation_goes_on_the_one_the_paragraph_before_is_about() -> (
    None
):
    text = (
        '"We will win this seat," Ray Dunne said on Tuesday.\n\n'
        "Dunne is upbeat about the race in the north.\n\n"
        '"The voters are with us and the polls will show it soon."'
    )
    assert speakers(text) == ["Ray Dunne", "Ray Dunne"]
    assert quotes_of(text)[1].confidence == "low"


def test_a_paragraph_about_someone_never_quoted_does_not_give_them_the_quotation() -> None:
    text = (
        '"We will win this seat," Ray Dunne said on Tuesday.\n\n'
        "Carla Moss is upbeat about the race in the north.\n\n"
        '"The voters are with us and the polls will show it soon."'
    )
    assert speakers(text)[1] != "Carla Moss"


def test_a_fragment_opening_a_paragraph_goes_on_the_speaker_of_the_paragraph_before() -> None:
    text = (
        'Mayor Ana Ruiz said the budget was ready. "We have a plan for the city," she said.\n\n'
        '"and it will work for every family that lives here."'
    )
    assert speakers(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_a_fragment_opening_a_paragraph_with_its_own_cue_is_not_carried_on() -> None:
    text = (
        '"We will rebuild the roads first," Minister Ana Ruiz said on Friday.\n\n'
        '"the damage is gigantic and the cost is high," president leon febres cordero said '
        "after the visit."
    )
    assert speakers(text)[1] != "Ana Ruiz"


def test_a_name_before_had_or_was_is_the_subject_a_later_pronoun_means() -> None:
    text = (
        "Governor Pell Varnado answered questions at a town hall on Wednesday.\n\n"
        "During the town hall, Susan Quillen had a question for the governor.\n\n"
        '"As a mother, I want to know what you will do about the schools," she said.'
    )
    assert speakers(text) == ["Susan Quillen"]
