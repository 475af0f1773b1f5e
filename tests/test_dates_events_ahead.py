"""A weekday naming an event the story looks forward to ("days before Tuesday's primary",
"a debate ahead of Monday's caucuses"): the nearer such day, ahead or gone by."""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

SUNDAY = dt.date(2024, 3, 3)
FRIDAY = dt.date(2024, 3, 8)
WEDNESDAY = dt.date(2024, 3, 6)


def values(text: str, date: dt.date) -> dict[str, str | None]:
    article = Article(id="x", title="", text=text, date=date)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        (
            "Her shaky showing just days before Tuesday's state primary has worried donors.",
            SUNDAY,
            "Tuesday",
            "2024-03-05",
        ),
        (
            "The mayor challenged his rival to one more debate before Monday's caucuses.",
            FRIDAY,
            "Monday",
            "2024-03-11",
        ),
        (
            "Heading into Tuesday's runoff, the senator's lead has narrowed.",
            SUNDAY,
            "Tuesday",
            "2024-03-05",
        ),
        (
            "Both campaigns spent heavily in the final hours ahead of the county vote on Tuesday.",
            SUNDAY,
            "Tuesday",
            "2024-03-05",
        ),
        # Told in the present as ahead: ahead, however far.
        (
            "The two rivals sit atop the polls ahead of Monday's caucuses.",
            dt.date(2024, 3, 5),
            "Monday",
            "2024-03-11",
        ),
        # Gone by, and nearer behind than ahead: the day gone by stays.
        (
            "Polling done before Tuesday's primary showed a dead heat.",
            WEDNESDAY,
            "Tuesday",
            "2024-03-05",
        ),
        (
            "The frontrunner had a large lead heading into Monday's caucuses.",
            WEDNESDAY,
            "Monday",
            "2024-03-04",
        ),
    ],
)
def test_a_day_an_event_is_awaited_on_is_the_nearer_one(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    assert values(text, date)[expression] == value


def test_a_day_before_which_something_happened_stays_behind_without_an_event() -> None:
    """Without an event named, "before Monday" keeps the tense's reading."""
    got = values("The ministry had filed the papers before Monday, officials said.", FRIDAY)
    assert got["Monday"] == "2024-03-04"


FEBRUARY = dt.date(2024, 2, 14)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Most voters said they are less likely to vote for the party in November.", "2024-11"),
        ("Voters are less likely to vote Republican in November, the poll found.", "2024-11"),
        ("Half of those polled said they planned to vote in November.", "2024-11"),
        # An election told as over stays the one gone by.
        ("He failed to win in November and left politics.", "2023-11"),
        ("Turnout fell when voters went to the polls in November.", "2023-11"),
    ],
)
def test_voting_in_a_month_told_through_a_poll_is_the_coming_election(
    text: str, value: str
) -> None:
    assert values(text, FEBRUARY)["November"] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # An election's month with no tense told of it: the coming one.
        ("Being an instrument of change and electability in November are important.", "2024-11"),
        ("The dislike could have big consequences in November if he is the nominee.", "2024-11"),
        (
            "The party could lose the House if he is at the top of the ticket in November.",
            "2024-11",
        ),
        ("He must persuade angry voters to cast their ballots for her in November.", "2024-11"),
        # A poll's month, or spending through a month, stays the one gone by.
        ("A poll in November showed 68 percent of voters want change.", "2023-11"),
        ("Through November, the campaign spent little on voter data.", "2023-11"),
        # Told in the past, or of no election, it stays the one gone by.
        (
            "The union, which endorsed the senator in November, is among the most liberal.",
            "2023-11",
        ),
        ("The 74-year-old underwent hernia surgery in November.", "2023-11"),
    ],
)
def test_an_election_month_with_no_tense_is_the_coming_one(text: str, value: str) -> None:
    assert values(text, FEBRUARY)["November"] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Most backed a candidate who can win in November, the poll found.", "2024-11"),
        ('He leaned in and boomed: "Let\'s defeat her in November."', "2024-11"),
        ("Analysts said Democrats could win in November.", "2024-11"),
        ("He failed to win in November and left politics.", "2023-11"),
    ],
)
def test_winning_in_a_month_told_by_a_modal_is_the_coming_election(text: str, value: str) -> None:
    assert values(text, FEBRUARY)["November"] == value


CAMPAIGN = (
    "The governor leads the race for the nomination after the primaries, and the party's "
    "nominee will need the swing states after the caucuses. "
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # In a story about a campaign, a month with no tense is the coming vote's, though
        # the election words stand in another sentence.
        (CAMPAIGN + "Turnout in the primaries is no guide to an advantage in November.", "2024-11"),
        (CAMPAIGN + "Then there's November. Florida matters most.", "2024-11"),
        # Told in the past, it stays the one gone by, campaign or not.
        (CAMPAIGN + "The union endorsed the governor in November.", "2023-11"),
        # A poll's month, and a month earlier in the year than the story, stay behind.
        (CAMPAIGN + "A CNN poll in November shows her ahead.", "2023-11"),
        (CAMPAIGN + "There's the win in the primary there in January.", "2024-01"),
        # Outside a campaign story, a month with no tense is still the nearest.
        ("Then there's November. Florida matters most.", "2023-11"),
    ],
)
def test_a_month_with_no_tense_in_a_campaign_story_is_the_coming_vote(
    text: str, value: str
) -> None:
    assert values(text, FEBRUARY)[next(m for m in ("November", "January") if m in text)] == value


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        # A weekday's event (its debate, primary, deadline) that a verb before it looks ahead
        # to, in the future, a modal or the present: the nearer such day, here ahead.
        ("He feels he can win New Hampshire's Tuesday primary.", SUNDAY, "Tuesday", "2024-03-05"),
        (
            "The group is expected to report before the Sunday deadline.",
            FRIDAY,
            "Sunday",
            "2024-03-10",
        ),
        (
            "He will probably use Monday night's first debate to make news.",
            FRIDAY,
            "Monday night",
            "2024-03-11",
        ),
        ("She is facing a tough race in Tuesday's primary.", SUNDAY, "Tuesday", "2024-03-05"),
        # What someone needs from it looks ahead to it too.
        (
            "The senator, who badly needs a win in Tuesday’s primary, won an endorsement.",
            SUNDAY,
            "Tuesday",
            "2024-03-05",
        ),
        (
            "He needs to carry Tuesday's primary to stay in the race.",
            SUNDAY,
            "Tuesday",
            "2024-03-05",
        ),
        # What was done for it, or whom someone invited to it, is done before it.
        ("He barely qualified for Tuesday's undercard debate.", SUNDAY, "Tuesday", "2024-03-05"),
        (
            "His tweet to invite a critic to Monday night’s debate was a joke.",
            FRIDAY,
            "Monday night",
            "2024-03-11",
        ),
        ("Ratings were 8 million for Monday's debate.", FRIDAY, "Monday", "2024-03-04"),
        # Told in the past, or only as the subject of the present, the day gone by stays.
        (
            "The commission found a problem with his microphone during Monday's debate.",
            FRIDAY,
            "Monday",
            "2024-03-04",
        ),
        ("The impact of Monday's debate is still small.", FRIDAY, "Monday", "2024-03-04"),
        (
            "He is raising questions about his microphone during Monday's debate.",
            FRIDAY,
            "Monday",
            "2024-03-04",
        ),
        # Nearer behind than ahead, it stays behind.
        ("He can still win after Tuesday's primary.", WEDNESDAY, "Tuesday", "2024-03-05"),
    ],
)
def test_a_weekdays_event_looked_ahead_to_is_the_nearer_day(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    assert values(text, date)[expression] == value


@pytest.mark.parametrize(
    ("text", "month", "value"),
    [
        # A month naming a contest, later in the year, in a campaign story: the coming vote.
        (
            CAMPAIGN + "Democrats can only blow a November matchup in the Midwest.",
            "November",
            "2024-11",
        ),
        (
            CAMPAIGN + "What happens after the November results are tallied matters.",
            "November",
            "2024-11",
        ),
        # Naming another thing, or outside a campaign story, the nearest such month.
        (
            CAMPAIGN + "Since the October endorsement, members have knocked on doors.",
            "October",
            "2023-10",
        ),
        ("Democrats can only blow a November matchup in the Midwest.", "November", "2023-11"),
    ],
)
def test_a_month_naming_a_contest_in_a_campaign_story_is_the_coming_vote(
    text: str, month: str, value: str
) -> None:
    assert values(text, FEBRUARY)[month] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # The election named by its month or day, later in the year, is the coming one,
        # whatever tense tells of what is said about it.
        (
            CAMPAIGN + "Cross called November's general election a citizenship election.",
            "November",
            "2024-11",
        ),
        (
            CAMPAIGN + "Lawyers said the ruling could push the case until after the November "
            "election.",
            "November",
            "2024-11",
        ),
        (
            CAMPAIGN + "The inquiry said it might not be done by the time of the Nov. 5 election.",
            "Nov. 5",
            "2024-11-05",
        ),
        (
            CAMPAIGN + "He was asked how ties would fare if he won the presidential election on "
            "Nov. 5.",
            "Nov. 5",
            "2024-11-05",
        ),
        (
            "Lawyers said the ruling could push the case until after the November election.",
            "November",
            "2024-11",
        ),
        # One won, lost or held is over, and so is one reached back to.
        (
            CAMPAIGN + "The governor won the November election in Kentucky by nine points.",
            "November",
            "2023-11",
        ),
        ("Since the November election, the party has lost ground.", "November", "2023-11"),
        (
            CAMPAIGN + "Cross called November’s general election a citizenship election.",
            "November",
            "2024-11",
        ),
    ],
)
def test_an_election_named_by_its_month_or_day_is_the_coming_one(
    text: str, expression: str, value: str
) -> None:
    assert values(text, FEBRUARY)[expression] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Told with no tense, or voted on by an infinitive, Election Day is the coming one.
        (
            "General election planning looms. Working backward from Election Day, time is short.",
            "2024-11-05",
        ),
        ("He used the comments to urge people to vote for him on Election Day.", "2024-11-05"),
        # Reached back to or told in the past in an election year, no off-year election of
        # the year before: which one it was the words do not say.
        ("But soon after Election Day, the president met historians.", None),
        ("Turnout on Election Day was low.", None),
    ],
)
def test_election_day_with_no_tense_is_the_coming_one(text: str, value: str | None) -> None:
    assert values(text, dt.date(2024, 4, 10))["Election Day"] == value
