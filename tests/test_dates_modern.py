"""Forms of today's political and general news: reported speech, elections ahead, drops."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

WEDNESDAY = dt.date(2024, 4, 17)
FEBRUARY = dt.date(2024, 2, 7)
"""Also a Wednesday, with last November nearer than the coming one."""


def values(text: str, date: dt.date = WEDNESDAY) -> dict[str, str | None]:
    article = Article(id="x", title="", text=text, date=date)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Ms. Harlow told supporters on Sunday that she would stay in the race.",
            "Sunday",
            "2024-04-14",
        ),
        ("The senator said Monday that the bill will pass by summer.", "Monday", "2024-04-15"),
        ("Officials told reporters Tuesday that the bridge would reopen.", "Tuesday", "2024-04-16"),
        (
            "The governor announced on Monday that she will not seek a third term.",
            "Monday",
            "2024-04-15",
        ),
        (
            "The mayor told the council on Monday that it would need new taxes.",
            "Monday",
            "2024-04-15",
        ),
        ("The chairman wrote on Tuesday how the party would vote.", "Tuesday", "2024-04-16"),
        ("The company said in a filing on Monday it would cut jobs.", "Monday", "2024-04-15"),
        ("Officials told reporters in Washington on Monday they will act.", "Monday", "2024-04-15"),
        (
            "The agency said in a statement Tuesday the rule would be dropped.",
            "Tuesday",
            "2024-04-16",
        ),
    ],
)
def test_a_day_after_a_reporting_verb_is_when_it_was_said(
    text: str, expression: str, value: str
) -> None:
    """The future inside what was said ("that she would stay") is not the day's tense."""
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The council will meet on Friday to decide whether the plan goes ahead.",
            "Friday",
            "2024-04-19",
        ),
        ("He said the vote would be held on Friday.", "Friday", "2024-04-19"),
        ("The board is due to rule on Friday that the sale can go ahead.", "Friday", "2024-04-19"),
        ("He said the meeting on Friday would decide the matter.", "Friday", "2024-04-19"),
        ("The insurer said from July 1 it will own the rest of the firm.", "July 1", "2024-07-01"),
        (
            "Voters face an election in November that will decide the presidency.",
            "November",
            "2024-11",
        ),
    ],
)
def test_a_day_told_inside_a_plan_still_lies_ahead(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "Nancy Pell, who died Sunday at age 94, will be remembered for her work.",
        "Its founder, who died Sunday at 94, leaves a fortune the heirs will split.",
        "The campaign sued the party in federal court on Sunday, claiming the move would cost "
        "it $600,000 a day.",
    ],
)
def test_short_regular_pasts_are_past_tenses(text: str) -> None:
    """ "died", "sued" are too short for the "-ed" pattern of regular pasts, so they are
    listed."""
    assert values(text)["Sunday"] == "2024-04-14"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Party leaders said they needed a nominee who can win come November.",
            "November",
            "2024-11",
        ),
        ("Aides predicted the race would tighten between now and November.", "November", "2024-11"),
        ("As Election Day nears, the campaign has hired more staff.", "Election Day", "2024-11-05"),
        (
            "Turnout models shifted as Election Day approaches, pollsters said.",
            "Election Day",
            "2024-11-05",
        ),
        ("Donors grew nervous as Thursday's vote approaches.", "Thursday", "2024-02-08"),
    ],
)
def test_a_date_that_comes_or_nears_lies_ahead(text: str, expression: str, value: str) -> None:
    """ "come November", "between now and", "as ... nears": still to come, past verbs or not."""
    assert values(text, FEBRUARY)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday, the campaign's longtime communications director Ann Palmer said the "
        "rival's claims would not survive scrutiny.",
        "On Tuesday, a spokeswoman for the state Democratic Party's executive committee said "
        "the primary would go ahead.",
    ],
)
def test_a_day_opening_its_sentence_goes_with_the_report_after_a_long_subject(text: str) -> None:
    """However long the subject, the verb of a sentence a day opens is that day's."""
    assert values(text)["Tuesday"] == "2024-04-16"


@pytest.mark.parametrize(
    "text",
    [
        "The fall in share prices surprised traders.",
        "After this fall in oil prices, every indicator slipped.",
        "Exporters were hurt by the fall of the dollar.",
        "The bank gave no reason for the fall to 4.2 billion.",
    ],
)
def test_a_fall_in_or_of_something_is_a_drop_not_the_season(text: str) -> None:
    assert values(text) == {}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The museum is set to open in the fall of 2025.", "the fall of 2025", "2025-FA"),
        ("She will campaign this fall in Iowa and Ohio.", "this fall", "2024-FA"),
        ("She will campaign this fall in the Midwest.", "this fall", "2024-FA"),
        ("Voters will decide in the fall.", "the fall", "2024-FA"),
        ("He was shot last fall in his home in Buffalo.", "last fall", "2023-FA"),
        ("It plans to ship samples in the fall of a new disk system.", "the fall", "2024-FA"),
    ],
)
def test_the_fall_as_a_season_stays(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Her chances in the November election look slim.", "November", "2024-11"),
        ("The governor is eligible to run in November's general election.", "November", "2024-11"),
        ("Party leaders want a nominee who is able to win in November.", "November", "2024-11"),
        ("Donors fear the senator losing in November to a newcomer.", "November", "2024-11"),
        ("Republicans won control of the Senate in the November election.", "November", "2023-11"),
        ("Both were elected to the board in November.", "November", "2023-11"),
        ("As pressure mounted to call a June election, she said nothing.", "June", "2024-06"),
    ],
)
def test_an_election_named_by_its_month_is_the_coming_one_unless_told_in_the_past(
    text: str, expression: str, value: str
) -> None:
    assert values(text, FEBRUARY)[expression] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Told in February: a later month with nothing but the present, a modal, a question
        # or a bidding around it is the one to come, however much nearer last November is.
        ("Democrats have 12 House seats up in November, Republicans 9.", "2024-11"),
        ("It was a hard year for them: Democrats have 12 seats up in November.", "2024-11"),
        ("The party is marching toward November with an empty war chest.", "2024-11"),
        ("Can the governor succeed in drawing young people in November?", "2024-11"),
        ("Aides downplayed any harm the scandal may have in November.", "2024-11"),
        ('"Ohio: Remember in November who voted against the bill."', "2024-11"),
        ("In his speech the senator looked past November to the next Congress.", "2024-11"),
        ("It is almost November and Congress has failed to act.", "2024-11"),
        ("He was not hopeful about the looming showdown in November.", "2024-11"),
        # Told in the past, or with the present perfect, it stays the one gone by.
        ("The union endorsed the mayor in November.", "2023-11"),
        ("Her lead is 12 points up from November.", "2023-11"),
        ("The council has cut the budget twice in November.", "2023-11"),
    ],
)
def test_a_later_month_told_in_the_present_or_as_a_question_is_the_coming_one(
    text: str, value: str
) -> None:
    assert values(text, FEBRUARY)["November"] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Since announcing in October that he would not run, the governor has campaigned.",
            "October",
            "2023-10",
        ),
        (
            "Since saying in October it would sell the unit, the firm has stalled.",
            "October",
            "2023-10",
        ),
        (
            "Ever since taking office in November, she has pledged to cut taxes.",
            "November",
            "2023-11",
        ),
        # Not a "since" of what was done: a month still ahead keeps its tense.
        ("The governor said he would announce in October whether he runs.", "October", "2024-10"),
    ],
)
def test_since_what_was_done_in_a_month_reaches_back_to_it(
    text: str, expression: str, value: str
) -> None:
    assert values(text, dt.date(2024, 8, 14))[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("She praised first responders after the Sept. 11 attacks.", "Sept. 11", "2001-09-11"),
        (
            "The September 11th terrorist attacks changed air travel.",
            "September 11th",
            "2001-09-11",
        ),
        ("The channel aired Sept. 11 conspiracy theories.", "Sept. 11", "2001-09-11"),
        ("She left the Sept. 11 memorial ceremony early.", "Sept. 11", "2023-09-11"),
        ("The board will meet on Sept. 11 to vote.", "Sept. 11", "2024-09-11"),
    ],
)
def test_the_september_11_attacks_are_those_of_2001(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "date", "value"),
    [
        ("Tuesday's win will give the senator momentum.", "Tuesday", WEDNESDAY, "2024-04-16"),
        ("Sunday's attack will weigh on the talks.", "Sunday", WEDNESDAY, "2024-04-14"),
        (
            "The Feb. 13 death of the judge left the court split.",
            "Feb. 13",
            dt.date(2024, 9, 18),
            "2024-02-13",
        ),
        (
            "After the November attacks, security will be tightened.",
            "November",
            WEDNESDAY,
            "2023-11",
        ),
    ],
)
def test_a_date_naming_an_event_nobody_schedules_is_gone_by(
    text: str, expression: str, date: dt.date, value: str
) -> None:
    """An attack, a death, a win is told of once it is over, whatever comes of it next."""
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Guns are an emotional issue after the church massacre in June.", "June", "2023-06"),
        ("The shooting in October will be investigated by a grand jury.", "October", "2023-10"),
        ("Families of those killed in the bombing in December will meet.", "December", "2023-12"),
        ("The earthquake in August will cost insurers billions.", "August", "2023-08"),
        ("The attack on Thursday will be raised at the summit.", "Thursday", "2024-04-11"),
    ],
)
def test_a_date_after_an_event_nobody_schedules_is_gone_by(
    text: str, expression: str, value: str
) -> None:
    """ "the massacre in June", "the shooting in October": the event named before the date
    dates it as surely as "Sunday's attack" does."""
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("A win in November would give the party control.", "November", "2024-11"),
        ("Deaths in June are expected to rise.", "June", "2024-06"),
    ],
)
def test_an_event_before_a_date_that_may_still_come_keeps_its_tense(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Friday's jobs report will show hiring slowed.", "Friday", "2024-04-19"),
        ("Friday's vote will decide the nominee.", "Friday", "2024-04-19"),
    ],
)
def test_a_date_naming_a_scheduled_event_keeps_its_tense(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Monday's decision will make it harder for clinics to stay open.", "Monday", "2024-04-15"),
        (
            "Advocates said Tuesday's ruling will reverberate down the ballot.",
            "Tuesday",
            "2024-04-16",
        ),
        ("They would look for ways to get around Tuesday's ruling.", "Tuesday", "2024-04-16"),
        ("Tuesday’s outcome is unlikely to settle the race.", "Tuesday", "2024-04-16"),
        (
            "The results of Tuesday's primaries will force the party to choose.",
            "Tuesday",
            "2024-04-16",
        ),
        (
            "Soybeans rallied in response to Tuesday's crop report that farmers intend to plant more.",
            "Tuesday",
            "2024-04-16",
        ),
        (
            "Based on Friday's closing price, the company will swap 47 dollars.",
            "Friday",
            "2024-04-12",
        ),
        (
            "Rates were up from Monday's 5.97 pct average and are expected to open higher.",
            "Monday",
            "2024-04-15",
        ),
    ],
)
def test_a_day_naming_what_came_of_it_is_gone_by_whatever_follows(
    text: str, expression: str, value: str
) -> None:
    """A decision, a ruling, an outcome, a closing price is known once its day is over: the
    verb after it ("will make it harder") tells what comes of it, not when the day was."""
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Tuesday's vote will be close.", "Tuesday", "2024-04-23"),
        ("Investors are awaiting Friday's decision.", "Friday", "2024-04-19"),
        ("Ahead of Thursday's ruling, lawyers will file more briefs.", "Thursday", "2024-04-18"),
    ],
)
def test_a_day_of_an_outcome_still_to_come_keeps_its_tense(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The strike beginning Tuesday night closed the port.", "Tuesday night", "2024-04-16"),
        ("Talks starting Monday ended without a deal.", "Monday", "2024-04-15"),
        (
            "The candidate took to the airwaves beginning Tuesday night.",
            "Tuesday night",
            "2024-04-16",
        ),
        ("The moves were hammered out beginning on Sunday in meetings.", "Sunday", "2024-04-14"),
        ("Workers walked out starting Monday, the union said.", "Monday", "2024-04-15"),
    ],
)
def test_a_term_told_as_done_began_on_the_day_gone_by(
    text: str, expression: str, value: str
) -> None:
    """What was done from a day on ("took to the airwaves beginning Tuesday night", "the
    strike beginning Tuesday night shut the port") began on the day just gone."""
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The union called a strike starting Monday.", "Monday", "2024-04-22"),
        ("He prepared for the third week of talks starting Monday.", "Monday", "2024-04-22"),
        ("The bank raised its prime rate, effective Monday.", "Monday", "2024-04-22"),
        ("The bank cut its rates, starting Monday.", "Monday", "2024-04-22"),
        ("The ad will air beginning Friday.", "Friday", "2024-04-19"),
        ("The union said the strike beginning Friday would shut the port.", "Friday", "2024-04-19"),
        (
            "The budget for the fiscal year starting on Saturday forecasts more revenue.",
            "Saturday",
            "2024-04-20",
        ),
    ],
)
def test_a_term_announced_from_a_day_starts_on_the_coming_one(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Today's young voters distrust both parties.", "Today"),
        ("In today's climate of austerity, few politicians would risk it.", "today"),
        ("He urged Americans to avoid condemning today's refugees.", "today"),
        ("Their lives differ from those of today's teenagers.", "today"),
        ("The views of today's Democrats differ.", "today"),
        ("It is part of the reality of today's life.", "today"),
        ("The statistics do not reflect the hog of today, which is leaner.", "today"),
        ("They are becoming the democratic institutions of today.", "today"),
    ],
)
def test_today_meaning_these_times_is_no_day(text: str, expression: str) -> None:
    """ "Today's youth", "the Germany of today": the present at large, not the day the story
    was written."""
    assert expression not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Today's talks were postponed.",
        "Bankers declined to comment on today's meeting of the panel.",
        "As of today, 45,690 shares were tendered.",
        "Today's sharp sell-off gave selling a push.",
        "The leaders met for the rest of today.",
        "A poll in today's Washington Post showed him ahead.",
        "Reporters at today's media briefing asked about the plan.",
        "Police watched today's youth rally in the square.",
        "Guesses on today's report ranged widely.",
        "Nobody could be reached on the causes of today's share rise.",
        "They would end the lockout as of today.",
        "He plans to spend the whole of today in meetings.",
    ],
)
def test_today_of_a_day_keeps_its_day(text: str) -> None:
    assert values(text)["today" if "today" in text else "Today"] == "2024-04-17"


@pytest.mark.parametrize(
    ("text", "expression", "date", "value"),
    [
        (
            "During his speech on Wednesday in Ohio, the senator said his plan would cut taxes.",
            "Wednesday",
            dt.date(2016, 9, 3),
            "2016-08-31",
        ),
        (
            "The central bank ended a meeting on Friday by announcing it would buy more bonds.",
            "Friday",
            dt.date(2016, 7, 30),
            "2016-07-29",
        ),
        (
            "In his weekly radio address on Saturday, the president said he would tell the premier.",
            "Saturday",
            dt.date(1987, 4, 26),
            "1987-04-25",
        ),
        (
            "Sunday, a little-known anti-establishment party leader won the vote, which will force"
            " a runoff.",
            "Sunday",
            dt.date(2016, 4, 29),
            "2016-04-24",
        ),
    ],
)
def test_what_was_said_after_a_day_is_not_its_tense(
    text: str, expression: str, date: dt.date, value: str
) -> None:
    """A verb after "said" or "announcing" is what was said; the day tells when it was. A
    verb the reach of the nearer search cuts in two is still found further on."""
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "date", "value"),
    [
        (
            "The loan was not signed until November 5.",
            "November 5",
            dt.date(1987, 3, 24),
            "1986-11-05",
        ),
        (
            "They said he didn't need to come out until January.",
            "January",
            dt.date(2015, 12, 23),
            "2016-01",
        ),
        ("The scandal broke in March.", "March", dt.date(2015, 12, 31), "2015-03"),
        (
            "The campaign is looking ahead to the contests in Arizona and Utah on Tuesday.",
            "Tuesday",
            dt.date(2016, 3, 20),
            "2016-03-22",
        ),
        (
            "The statement accompanying year-end figures shows growth.",
            "year-end",
            dt.date(1987, 3, 30),
            "1986",
        ),
        (
            "In the last minutes of trading on Friday, one trader said, the stock jumped.",
            "Friday",
            dt.date(1987, 3, 9),
            "1987-03-06",
        ),
    ],
)
def test_the_tense_of_a_date_read_from_the_words_that_tell_it(
    text: str, expression: str, date: dt.date, value: str
) -> None:
    """ "was not signed until" tells when it happened; "broke" is a past tense; "looking ahead
    to" looks ahead; year-end figures are of a year closed; a report in commas ("one trader
    said,") leaves the clause its own verb."""
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "date", "value"),
    [
        (
            "The leader wouldn't say Tuesday how the party would prioritize gun control.",
            "Tuesday",
            dt.date(2016, 6, 22),
            "2016-06-21",
        ),
        (
            "The majority leader agreed to a phone call on Wednesday, but only to say no.",
            "Wednesday",
            dt.date(2016, 3, 18),
            "2016-03-16",
        ),
        (
            "He said on NBC's Meet the Press on Sunday that the plan had failed.",
            "Sunday",
            dt.date(2016, 8, 1),
            "2016-07-31",
        ),
        (
            "The agreement reached in Paris on Saturday still leaves the world vulnerable.",
            "Saturday",
            dt.date(2015, 12, 13),
            "2015-12-12",
        ),
        (
            "He told the host during an interview taped for Sunday's Meet the Press.",
            "Sunday",
            dt.date(2016, 9, 3),
            "2016-09-04",
        ),
    ],
)
def test_words_that_only_look_like_a_tense_give_none(
    text: str, expression: str, date: dt.date, value: str
) -> None:
    """A refusal ("wouldn't say") is told when it was made; "agreed to a phone call" decides
    nothing to come; "Meet the Press" is a name; "still leaves" a state, not a schedule. A
    broadcast is taped ahead of its day."""
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "date", "value"),
    [
        (
            "The president called both candidates Tuesday night and was scheduled to meet one.",
            "Tuesday night",
            dt.date(2016, 6, 9),
            "2016-06-07",
        ),
        (
            "The envoy arrived on Saturday and will hold talks with the president tomorrow.",
            "Saturday",
            dt.date(1987, 3, 23),
            "1987-03-21",
        ),
        (
            "The group held its first meeting in February and is expected to meet again in May.",
            "February",
            dt.date(1987, 4, 8),
            "1987-02",
        ),
        (
            "The computer is to be ready for shipping in May and priced at 4,798 dlrs.",
            "May",
            dt.date(1987, 3, 2),
            "1987-05",
        ),
        (
            "Sales out of intervention for July and August would be discussed later.",
            "July",
            dt.date(1987, 4, 2),
            "1987-07",
        ),
    ],
)
def test_a_verb_joined_by_and_tells_another_clause(
    text: str, expression: str, date: dt.date, value: str
) -> None:
    """ "arrived on Saturday and will hold talks": the verb after "and" is a second clause's,
    and the date goes with the first; "July and August would" joins dates, not clauses."""
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "date", "value"),
    [
        (
            "Her victories in four states on Tuesday will only accelerate that shift.",
            "Tuesday",
            dt.date(2016, 4, 28),
            "2016-04-26",
        ),
        (
            "He should also get a boost from the win Tuesday, the senator said.",
            "Tuesday",
            dt.date(2016, 2, 10),
            "2016-02-09",
        ),
        (
            "Many will vote for him because of the slaying in Chicago on Friday of a star's cousin.",
            "Friday",
            dt.date(2016, 8, 28),
            "2016-08-26",
        ),
        (
            "Voters will remember the attack in Paris and the talks on Tuesday.",
            "Tuesday",
            dt.date(2016, 4, 28),
            "2016-05-03",
        ),
    ],
)
def test_a_day_after_its_event_and_place_is_gone_by(
    text: str, expression: str, date: dt.date, value: str
) -> None:
    """ "the slaying in Chicago on Friday", "her victories in four states on Tuesday": the
    event dates the day through the place it happened; another thing joined by "and" does
    not."""
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "date", "value"),
    [
        (
            "The notes had already sold out to investors by late Friday afternoon.",
            "late Friday afternoon",
            dt.date(1987, 3, 9),
            "1987-03-06",
        ),
        (
            'The senator acknowledged in a forum Monday night "it will be very hard for us to win."',
            "Monday night",
            dt.date(2016, 4, 27),
            "2016-04-25",
        ),
    ],
)
def test_a_past_perfect_or_a_quote_after_a_day_tells_of_the_day_gone_by(
    text: str, expression: str, date: dt.date, value: str
) -> None:
    """ "had already sold out by late Friday": a deadline seen from after it, with an irregular
    participle; a quote opening right after the day of a saying verb is what was said."""
    assert values(text, date)[expression] == value


def test_a_run_off_named_by_its_month_with_a_is_still_to_be_held() -> None:
    """ "an early May run-off" in August: the election to come, as "a June election" is;
    news writes "run-off" with a hyphen as often as without."""
    text = "Polls see her making it to an early May run-off in the presidential election."
    assert values(text, dt.date(2016, 8, 31))["early May"] == "2017-05"


@pytest.mark.parametrize(
    "text",
    [
        "The filing includes clips from his show, dating as far back as June, in which he boasts.",
        "Records dating back to June show the same pattern.",
    ],
)
def test_a_date_reached_back_to_is_gone_by(text: str) -> None:
    assert values(text, dt.date(2016, 2, 21))["June"] == "2015-06"


@pytest.mark.parametrize(
    "text",
    [
        "Index options all expire on the third Friday of every month.",
        "Our board meets on the fourth Monday of the month, the spokesman said.",
        "These will be due on the first and third Wednesday of the month.",
    ],
)
def test_the_nth_weekday_of_every_month_is_no_day(text: str) -> None:
    assert values(text) == {}


def test_a_day_followed_by_what_was_announced_then_is_gone_by() -> None:
    """ "An announcement late Friday that the USDA will lift ...": the verb after "that" is
    what was announced, not the day's tense, even when the date opens its sentence."""
    text = "An announcement late Friday that the USDA will lift the requirement helped prices."
    assert values(text, dt.date(1987, 3, 3))["late Friday"] == "1987-02-27"


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK, April 18 - Shr loss 17 cts vs loss 19 cts.",
        "The firm said it expected to report on April 25 a loss for the year.",
        "An election is likely in the next few months - probably June - and a sweep for the party.",
    ],
)
def test_an_event_word_further_on_names_nothing(text: str) -> None:
    """Only an event word the date qualifies counts, not one after a dash or an article."""
    assert all(v and v >= "2024-04" for v in values(text, dt.date(2024, 4, 17)).values())


@pytest.mark.parametrize(
    "text",
    [
        "A USA TODAY investigation found dozens of such donations.",
        "The campaign did not respond to USA TODAY's request for comment.",
        "Source: USA TODAY/Suffolk University poll of 1,000 voters taken over five days.",
    ],
)
def test_a_paper_named_in_capitals_is_no_date(text: str) -> None:
    assert values(text) == {}


def test_today_in_a_heading_in_capitals_still_dates() -> None:
    assert values("FED SETS REPURCHASES TODAY\nThe Fed said it would act.") == {
        "TODAY": "2024-04-17"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The senator said in an interview with “Fox News Sunday.”",
        "He was asked three times on ''Fox News Sunday'' whom he would call.",
        "Speaking on “Sunday Morning Futures,” the congressman said the party was split.",
    ],
)
def test_a_day_in_a_quoted_title_is_no_date(text: str) -> None:
    assert values(text) == {}


def test_a_day_after_a_channel_without_quotes_keeps_its_day() -> None:
    assert values("The senator told Fox News Sunday that he would run.") == {"Sunday": "2024-04-14"}


@pytest.mark.parametrize(
    "text",
    [
        "Societies like Easter Island collapsed long ago.",
        "The charity Easter Seals signed the letter.",
        "Flights to Christmas Island were cancelled.",
    ],
)
def test_a_holiday_a_name_goes_on_from_is_no_date(text: str) -> None:
    assert values(text) == {}


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Congress breaks for Easter April 9.", "Easter"),
        ("They met on Christmas Eve.", "Christmas Eve"),
    ],
)
def test_a_holiday_before_a_date_word_stays(text: str, expression: str) -> None:
    assert values(text)[expression] is not None


@pytest.mark.parametrize(
    "text",
    [
        "Tariffs on Christmas trees from Canada were lifted.",
        "The shop sold Christmas cards and wrapping paper.",
        "Christmas lights went up on the avenue.",
        "She packed the Christmas decorations into boxes.",
        "The cost of a Thanksgiving turkey rose to $40.",
        "He starred in the Independence Day movie.",
        "Children hunted for Easter eggs in the park.",
        "Stores stocked up on Halloween costumes and candy.",
        "Sales of Valentine's Day cards slipped.",
        "The campaign ran a Christmas ad with a choir.",
        "Vendors sold Halloween masks of both candidates.",
        "The firm paid each worker a Christmas bonus.",
        "The group released a Christmas-themed video.",
        "The towers were lit up like Christmas trees.",
    ],
)
def test_a_holiday_naming_a_thing_is_no_date(text: str) -> None:
    """ "Christmas trees" are trees, not a day: the holiday only names what they are for."""
    assert values(text) == {}


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Retailers are counting on the Christmas shopping season.", "Christmas"),
        ("The bill must pass by Thanksgiving, he said.", "Thanksgiving"),
        ("Christmas sales were strong, the chain said.", "Christmas"),
        ("The office closes for the Christmas holidays.", "Christmas"),
        ("Traffic was heavy over the Thanksgiving weekend.", "the Thanksgiving weekend"),
        ("The family gathered over Easter.", "Easter"),
        ("He spent Christmas Day with his children.", "Christmas Day"),
        ("They hosted a Labor Day cookout for neighbours.", "Labor Day"),
    ],
)
def test_a_holiday_naming_an_occasion_stays_a_date(text: str, expression: str) -> None:
    assert values(text)[expression] is not None


def test_what_was_claimed_on_a_day_is_not_its_tense() -> None:
    """ "that" and a subject right after a date open what was said then, by whatever word."""
    text = "He never cited a source for his claim in March that the mayor wants to quit."
    assert values(text)["March"] == "2024-03"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Revenue in the fourth quarter rose from the same period of 2022.",
            "the same period",
            "2022-Q4",
        ),
        (
            "Sales in the first quarter beat the comparable quarter in 2021.",
            "the comparable quarter",
            "2021-Q1",
        ),
        ("Imports in March rose from the same month of 2022.", "the same month", "2022-03"),
    ],
)
def test_the_same_period_of_a_year_is_in_that_year(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "Police said 2000 protesters marched on the capitol.",
        "Organisers said 1950 demonstrators gathered outside the embassy.",
        "The rally drew 1990 supporters and 1850 counter-protesters.",
        "Flights were cancelled and 1880 passengers were stranded.",
        "The plant will shed 2010 jobs and close 1960 stores.",
        "The ship carried 1975 migrants, and 1920 prisoners were freed.",
        "The storm killed 1870 cattle and damaged 1930 buildings.",
        "The poll of 1987 registered voters was taken by telephone.",
        "Rebels sent 1950 armed men across the river.",
        "The plant will add 1960 new jobs.",
    ],
)
def test_a_count_written_without_a_comma_is_no_year(text: str) -> None:
    """A four-digit count before what it counts is no year, comma or not: a timeline
    that showed "2000" for "2000 protesters" would show a date the story never gave."""
    assert values(text) == {}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The 2016 campaigns spent record sums.", "2016", "2016"),
        ("Its 1987 earnings rose sharply.", "1987", "1987"),
        ("In 2000 protesters marched on the capitol.", "2000", "2000"),
        ("The 1988 elections were close.", "1988", "1988"),
        ("Its 1987 net earnings fell.", "1987", "1987"),
        ("Trading in 1987 soybean futures was light.", "1987", "1987"),
        ("Many of the 2016 voters stayed home.", "2016", "2016"),
        ("A third of the senator's 2012 supporters gave again.", "2012", "2012"),
    ],
)
def test_a_year_before_a_plural_still_dates(text: str, expression: str, value: str) -> None:
    assert values(text).get(expression) == value


MONDAY = dt.date(2024, 4, 15)


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("The candidate told supporters this weekend that he would win.", MONDAY, "2024-W15-WE"),
        ("Oil ministers agreed this weekend to cut output.", MONDAY, "2024-W15-WE"),
        ("Protests this weekend drew thousands.", MONDAY, "2024-W15-WE"),
        ("The minister hoped a cargo could leave this weekend.", WEDNESDAY, "2024-W16-WE"),
        ("The talks will resume this weekend.", MONDAY, "2024-W16-WE"),
        ("Fans plan to march this weekend.", MONDAY, "2024-W16-WE"),
        ("The talks will resume this weekend.", WEDNESDAY, "2024-W16-WE"),
        ("Storms are expected this weekend.", WEDNESDAY, "2024-W16-WE"),
        # Up to Thursday, what the weekend did, told in the past with no modal, is over.
        (
            "Protesters complained this weekend that the party ignored them.",
            WEDNESDAY,
            "2024-W15-WE",
        ),
        ("The debate this weekend gave the party much to be proud of.", WEDNESDAY, "2024-W15-WE"),
    ],
)
def test_this_weekend_told_after_it_is_the_one_just_gone(
    text: str, date: dt.date, value: str
) -> None:
    """A week starts on Monday, so a Monday story's "this weekend" had been the coming
    one even when it told what was done ("OPEC agreed this weekend"); later in the week
    the coming one stays."""
    assert values(text, date).get("this weekend") == value


@pytest.mark.parametrize(
    "text",
    [
        "Wednesday Martin, the author of the book, said it was true.",
        "Wednesday Martin's memoir of the Upper East Side sold well.",
        "She quoted a memoir by Wednesday Martin about life uptown.",
        "The film starred the actress Tuesday Weld as a drifter.",
        "The show opened with a song by Sunday Rose, who wrote it.",
        "She read a book by April Ryan about the White House press corps.",
        "The album opens with a song by June Carter, who wrote it in a day.",
    ],
)
def test_a_weekday_or_month_that_is_a_first_name_is_no_date(text: str) -> None:
    assert not values(text)


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("On Friday Smith said he would resign.", "Friday"),
        ("Friday Obama said no to the plan.", "Friday"),
        ("The State Department said Friday Iran had been told.", "Friday"),
        ("The reports must be filed by Friday Smith said.", "Friday"),
        ("Talks were held Thursday and Friday Deputy Minister Smith said.", "Friday"),
        ("The bill must pass by May, the union said.", "May"),
        ("Prices will fall by June, Smith's data show.", "June"),
    ],
)
def test_a_weekday_before_a_name_that_is_a_subject_keeps_its_day(
    text: str, expression: str
) -> None:
    assert expression in values(text)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "As the treasurer said last Thursday, \"The governor's decision today turns the heat "
            'down."',
            "today",
            "2024-04-11",
        ),
        (
            "The senator on Monday night warned of the fight ahead: “Our victory tonight will "
            "prompt a desperate response.”",
            "tonight",
            "2024-04-15",
        ),
        (
            'The senator said on Tuesday he "delivered a letter to the attorney general today."',
            "today",
            "2024-04-16",
        ),
        ("The mayor said on Monday, “The strike ended yesterday.”", "yesterday", "2024-04-14"),
        (
            "“I saw his compassion again today,” the pastor's wife wrote on her Facebook page "
            "on Sunday.",
            "today",
            "2024-04-14",
        ),
        (
            '"The strike ended today," said John Smith, the mayor, last Tuesday.',
            "today",
            "2024-04-16",
        ),
    ],
)
def test_today_in_a_quotation_said_on_an_earlier_day_is_that_day(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        'He said: "We are ready today."',
        'On Monday the board met. "We are ready today," the chairman said.',
        'The mayor said on Monday that the plan was dead. He added, "It ended today."',
        "In Saudi Arabia, ``a hole'' in the blockade was found Monday, and today is the eighth day.",
        'The mayor said on Monday the city was "ready" and would act today.',
        '"The plants stopped as of noon today."  He said talks would resume on Monday.',
        '"We are ready today," he said, adding that Monday\'s vote was close.',
    ],
)
def test_today_outside_such_a_quotation_is_the_day_of_publication(text: str) -> None:
    assert values(text)["today"] == "2024-04-17"


@pytest.mark.parametrize(
    "text",
    [
        "“Imagine a tomorrow where hard work is honored,” the candidate said.",
        "The refugees are still hoping for a brighter tomorrow.",
    ],
)
def test_a_tomorrow_as_a_future_is_no_day(text: str) -> None:
    assert "tomorrow" not in values(text)


SUNDAY = dt.date(2024, 4, 14)
"""The last day of ISO week 15: its stories look ahead to week 16 and back over week 15."""


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # Told ahead on a Sunday, "this week" is the week about to begin.
        ("Mr. Gore will skip this week's convention in Philadelphia.", "this week", "2024-W16"),
        ("The committee meets this week to weigh the rule.", "this week", "2024-W16"),
        ('"He is not available this week," an aide wrote.', "this week", "2024-W16"),
        ("Leaders will gather later this week in Paris.", "later this week", "2024-W16"),
        # Told of what was done, it is the week ending that Sunday.
        ("Mr. Trump campaigned in the state this week.", "this week", "2024-W15"),
        ("A super PAC unleashed an attack ad earlier this week.", "earlier this week", "2024-W15"),
        # "This past week" and "the past week" are the seven days ending that Sunday.
        ("Her lead narrowed this past week, a poll found.", "this past week", "2024-W15"),
        ("Negotiators huddled in Paris over the past week.", "the past week", "2024-W15"),
        # "Next week" is the coming week on a Sunday as on any day.
        ("The panel will vote next week.", "next week", "2024-W16"),
    ],
)
def test_a_sunday_story_looks_ahead_to_the_coming_week_and_back_over_its_own(
    text: str, expression: str, value: str
) -> None:
    assert values(text, SUNDAY).get(expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The committee meets this week to weigh the rule.", "this week", "2024-W16"),
        ("Her lead narrowed this past week, a poll found.", "this past week", "2024-W15"),
    ],
)
def test_midweek_this_week_is_the_week_of_writing(text: str, expression: str, value: str) -> None:
    assert values(text, WEDNESDAY).get(expression) == value


@pytest.mark.parametrize(
    "text",
    [
        "Democrats chose a nominee from yesterday, who offers the policies of yesterday.",
        "He raised money for the senators and presidential candidates of tomorrow.",
        "She offers only the rhetoric of yesterday and the ideas of yesterday.",
    ],
)
def test_yesterday_or_tomorrow_naming_an_age_is_no_day(text: str) -> None:
    """The past or the future at large, as "the people of tomorrow" already was."""
    assert not {"yesterday", "tomorrow"} & set(values(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prices were unchanged from yesterday, dealers said.", "2024-04-16"),
        ("The blast in the early hours of yesterday destroyed four buildings.", "2024-04-16"),
        ("The bond issue of yesterday was raised to 125 mln dlrs.", "2024-04-16"),
    ],
)
def test_yesterday_after_of_or_from_a_time_or_a_thing_is_the_day(text: str, value: str) -> None:
    assert values(text)["yesterday"] == value
