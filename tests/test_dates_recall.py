"""Date forms of news prose that were not read at all, each with the value TimeML gives it.

Found by listing the temporal-looking words that no extracted date covered on news of
1987 and 2015-16; only forms a reader wants on a timeline, and the look-alikes each must
leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

APRIL = dt.date(1987, 4, 14)


def values(text: str, date: dt.date = APRIL) -> dict[str, str | None]:
    article = Article(id="r", title="", text=text, date=date)
    return {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Unemployment fell by 16,500 in the month to end-March.", "end-March", "1987-03"),
        ("Reserves stood at 31.2 billion dlrs at end-1986.", "end-1986", "1986"),
        ("The group aims to cut its workforce to 73,000 by end-1987.", "end-1987", "1987"),
        (
            "Deposits were three times their end-December 1985 level.",
            "end-December 1985",
            "1985-12",
        ),
        ("The licences will be valid to end-Sep, traders said.", "end-Sep", "1987-09"),
        ("Output in the eight months to end-August rose 4 pct.", "end-August", "1986-08"),
    ],
)
def test_the_end_of_a_month_or_year_written_with_a_hyphen(
    text: str, expression: str, value: str
) -> None:
    assert values(text).get(expression) == value


@pytest.mark.parametrize(
    "text",
    [
        "The dividend-1986 table was revised.",
        "Shipments rose at year-end-1986 prices.",
        "The end-user market grew.",
        "They met at the end-of-season sale.",
    ],
)
def test_end_hyphen_only_before_a_month_or_year(text: str) -> None:
    assert not [e for e in values(text) if e.lower().startswith("end")]


NOVEMBER_2015 = dt.date(2015, 11, 20)
MARCH_2016 = dt.date(2016, 3, 3)


def test_good_friday_is_the_holiday_not_a_friday() -> None:
    found = values("Shares fell on Good Friday trading in Boeing 747 orders.", dt.date(1987, 4, 21))
    assert found == {"Good Friday": "1987-04-17"}


def test_a_year_before_a_holiday_is_its_year() -> None:
    found = values(
        "It was the first primary since the state took part in the 1988 Super Tuesday.", MARCH_2016
    )
    assert found.get("1988 Super Tuesday") == "1988-03-08"


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("Clinton won most states on Super Tuesday.", dt.date(1992, 3, 20), "1992-03-10"),
        ("Dole swept Super Tuesday.", dt.date(1996, 3, 14), "1996-03-12"),
        ("Obama and Clinton split Super Tuesday.", dt.date(2008, 2, 7), "2008-02-05"),
        ("Biden won ten states on Super Tuesday.", dt.date(2020, 3, 6), "2020-03-03"),
    ],
)
def test_super_tuesday_is_the_day_its_cycle_held_it(text: str, date: dt.date, value: str) -> None:
    """The day moved from cycle to cycle (February 5 in 2008); a timeline that put 1988's
    on March 1 would date a primary a week before it was held."""
    assert values(text, date).get("Super Tuesday") == value


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        (
            "Voters in 12 states go to the polls on Super Tuesday.",
            NOVEMBER_2015,
            "Super Tuesday",
            "2016-03-01",
        ),
        (
            "His poor showing on Super Tuesday hurt the campaign.",
            MARCH_2016,
            "Super Tuesday",
            "2016-03-01",
        ),
        ("Markets will be closed on Good Friday.", APRIL, "Good Friday", "1987-04-17"),
        (
            "Shoppers crowded the malls on Black Friday.",
            dt.date(2015, 12, 4),
            "Black Friday",
            "2015-11-27",
        ),
        (
            "The week was shortened by the Columbus Day holiday.",
            dt.date(1987, 10, 19),
            "Columbus Day",
            "1987-10-12",
        ),
        ("Parades were held on Veterans Day.", NOVEMBER_2015, "Veterans Day", "2015-11-11"),
        (
            "The debate was held on the eve of Martin Luther King Day.",
            dt.date(2016, 1, 18),
            "Martin Luther King Day",
            "2016-01-18",
        ),
        (
            "Offices close for Presidents' Day.",
            dt.date(2016, 2, 10),
            "Presidents' Day",
            "2016-02-15",
        ),
        (
            "He will stay in office until Inauguration Day.",
            MARCH_2016,
            "Inauguration Day",
            "2017-01-20",
        ),
        (
            "The emails were released on New Year’s Eve.",
            dt.date(2016, 1, 2),
            "New Year’s Eve",
            "2015-12-31",
        ),
        ("The parade is held on St. Patrick's Day.", MARCH_2016, "St. Patrick's Day", "2016-03-17"),
        (
            "Flowers sold out before Mother’s Day.",
            dt.date(2016, 5, 12),
            "Mother’s Day",
            "2016-05-08",
        ),
    ],
)
def test_holidays_news_names(text: str, date: dt.date, expression: str, value: str) -> None:
    assert values(text, date).get(expression) == value


@pytest.mark.parametrize(
    "text",
    [
        "The super tuesday of the season was a washout.",
        "He wore a black friday shirt.",
        "Good Friday agreement talks resumed in Belfast.",
        "Mr Patrick's day began early.",
    ],
)
def test_holiday_look_alikes(text: str) -> None:
    found = values(text, MARCH_2016)
    assert not [e for e in found if "day" in e.lower() or "friday" in e.lower()], found


OCTOBER = dt.date(1987, 10, 20)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("NOTE: 1986 4th qtr net includes a gain of 1.2 mln dlrs.", "1986 4th qtr", "1986-Q4"),
        ("3rd qtr net rose to 4.1 mln dlrs from 3.2 mln.", "3rd qtr", "1987-Q3"),
        ("Third qtr net includes a gain from discontinued operations.", "Third qtr", "1987-Q3"),
        ("NOTE: 1987 qtr and nine mths include a gain of five cts a share.", "1987 qtr", "1987-Q3"),
        ("The current qtr includes a writedown of 20.4 mln dlrs.", "The current qtr", "1987-Q4"),
    ],
)
def test_qtr_is_a_quarter(text: str, expression: str, value: str) -> None:
    assert values(text, OCTOBER).get(expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "It earned 5.1 mln dlrs in the third quarter, up from 4.2 mln in the previous quarter.",
            "the previous quarter",
            "1987-Q2",
        ),
        (
            "Third quarter sales rose 6 pct from the prior quarter, the company said.",
            "the prior quarter",
            "1987-Q2",
        ),
        ("Third qtr loans fell 2 pct from the prior qtr.", "the prior qtr", "1987-Q2"),
    ],
)
def test_the_previous_quarter_is_the_one_before_the_quarter_reported(
    text: str, expression: str, value: str
) -> None:
    assert values(text, OCTOBER).get(expression) == value


def test_the_previous_quarter_with_none_reported_is_the_last_ended() -> None:
    found = values("Qtly div 15 cts vs 12 cts in prior qtr Payable June 25", dt.date(1987, 3, 12))
    assert found.get("prior qtr") == "1986-Q4"


def test_the_prior_numbered_quarter_is_a_year_back() -> None:
    found = values("It earned 585,000 dlrs in the previous fourth quarter.", dt.date(1987, 3, 5))
    assert found.get("the previous fourth quarter") == "1985-Q4"


def test_prior_quarter_and_year_are_the_year_before() -> None:
    text = "4th qtr net rose. NOTE: Prior qtr and year figures exclude losses."
    assert values(text, dt.date(1987, 3, 6)).get("Prior qtr") == "1985-Q4"


JUNE = dt.date(1987, 6, 29)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("OPEC set a ceiling for first half 1987 of 15.8 mln bpd.", "first half 1987", "1987-H1"),
        (
            "It cut output for the second half 1987, delegates said.",
            "the second half 1987",
            "1987-H2",
        ),
        ("Porsche said first half turnover fell six pct.", "first half", "1987-H1"),
        ("Opel had a first-half profit after three years of losses.", "first-half", "1987-H1"),
        ("Revs 32.5 mln vs 35.2 mln 1st half Shr 11 cts vs nine cts", "1st half", "1987-H1"),
        ("The plant will close in the latter half of July.", "the latter half of July", "1987-07"),
        (
            "Rain in the last half of June could still help the crop.",
            "the last half of June",
            "1987-06",
        ),
        (
            "They meet in the second half of August, aides said.",
            "the second half of August",
            "1987-08",
        ),
    ],
)
def test_halves_of_a_year_or_month(text: str, expression: str, value: str) -> None:
    assert values(text, JUNE).get(expression) == value


@pytest.mark.parametrize(
    "text",
    [
        "He scored twice in first half play.",
        "The first half hour was quiet.",
        "Nearly half of July's rain fell in a day.",
        "The first half of the book is better.",
    ],
)
def test_halves_that_are_no_period_of_the_calendar(text: str) -> None:
    assert not [e for e in values(text, JUNE) if "half" in e.lower()]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Ford plans to build 485,000 cars in the April-July period.", "July", "1987-07"),
        ("The poll was taken March 30-April 4, surveying 1,737 voters.", "April 4", "1987-04-04"),
        ("The wheat is for delivery May-November, 1987.", "November, 1987", "1987-11"),
        ("The quota year (January-December) has been set.", "December", "1987-12"),
        ("Donations in the October-to-December quarter rose.", "December", "1986-12"),
    ],
)
def test_the_second_month_of_a_range_written_with_a_hyphen(
    text: str, expression: str, value: str
) -> None:
    assert values(text).get(expression) == value


@pytest.mark.parametrize(
    "text",
    ["Shares of Coca-Cola rose.", "He met Jean-Marc Dupont.", "The anti-May campaign grew."],
)
def test_a_hyphenated_word_is_no_month(text: str) -> None:
    assert values(text) == {}


def test_a_grade_with_a_number_before_a_month_is_no_day() -> None:
    found = values("TSR-20 May and June were quoted at 163.50 cents a kilo.")
    assert "20 May" not in found


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("In a September Washington Post-ABC News poll, 75 pct agreed.", "September", "2015-09"),
        ("She spoke at the July Democratic convention.", "July", "2015-07"),
        ("As recently as an October CNN interview, he said so.", "October", "2015-10"),
    ],
)
def test_a_month_after_a_determiner_before_a_name_dates_it(
    text: str, expression: str, value: str
) -> None:
    assert values(text, dt.date(2015, 11, 27)).get(expression) == value


@pytest.mark.parametrize(
    "text",
    [
        "He wrote a history of the October Revolution.",
        "Fans filled arenas for the March Madness games.",
        "He met April Glaspie in Baghdad.",
    ],
)
def test_a_month_naming_an_event_or_a_person(text: str) -> None:
    assert values(text, dt.date(2015, 11, 27)) == {}


@pytest.mark.parametrize(
    ("text", "date", "expression", "value"),
    [
        ("Level V covers wheat entered after 5/14/82.", APRIL, "5/14/82", "1982-05-14"),
        (
            "Stocks as of 04/09/87 were 1.2 mln tonnes.",
            dt.date(1987, 4, 9),
            "04/09/87",
            "1987-04-09",
        ),
        (
            "The March estimate (03/09/87) was higher.",
            dt.date(1987, 4, 9),
            "03/09/87",
            "1987-03-09",
        ),
        ("Obama spoke in Washington (9/17/16).", dt.date(2016, 9, 19), "9/17/16", "2016-09-17"),
    ],
)
def test_a_numeric_date_with_a_two_digit_year(
    text: str, date: dt.date, expression: str, value: str
) -> None:
    assert values(text, date).get(expression) == value


@pytest.mark.parametrize(
    "text",
    ["Prices were 1/2/3 of par.", "Call 555/12/34."],
)
def test_slashed_numbers_that_are_no_date(text: str) -> None:
    assert not [e for e in values(text) if "/" in e]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "It earned 5.1 mln dlrs in the fourth quarter against 4.2 mln in the year ago quarter.",
            "the year ago quarter",
            "1985-Q4",
        ),
        ("Sales fell 21.3 pct from the year ago level.", "year ago", "1986"),
    ],
)
def test_year_ago_written_without_its_hyphen(text: str, expression: str, value: str) -> None:
    assert values(text).get(expression) == value


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in April, May and June.",
        "The fund will pay dividends for April, May and June.",
        "Shipments for May and June were delayed.",
        "Prices fell in March, May, and July.",
        "The rains come in May or June.",
    ],
)
def test_may_in_a_list_of_months_is_the_month(text: str) -> None:
    """ "May" between months is no modal verb: the list's middle month had been lost."""
    assert (values(text, dt.date(1987, 3, 11)).get("May") or "").endswith("-05")


@pytest.mark.parametrize(
    "text",
    ["Prices may, in June, rise again.", "Officials may and often do change the rules."],
)
def test_may_the_verb_stays_a_verb_beside_a_month(text: str) -> None:
    assert "May" not in values(text, dt.date(1987, 3, 11))
    assert "may" not in values(text, dt.date(1987, 3, 11))


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("It happened to Germany in the ‘20s and to Zimbabwe later.", "the ‘20s", "192"),
        ("Zimbabwe printed money in the ’90s.", "the ’90s", "199"),
        ("He went to college in the 1970’s.", "the 1970’s", "197"),
        ("Funds were raised in the late 1980's and 1990's.", "1990's", "199"),
        ("Output was the lowest since 1980's 6.19 mln tonnes.", "1980", "1980"),
        ("Twenty-five years ago, she won an election here.", "Twenty-five years ago", "1991"),
        (
            "Seventy-four years ago, a naval battle was fought here.",
            "Seventy-four years ago",
            "1942",
        ),
    ],
)
def test_decades_with_a_curly_apostrophe_and_counts_in_tens_and_units(
    text: str, expression: str, value: str
) -> None:
    """News sets "the ’90s" with typographic quotes, and writes "twenty-five years ago" in
    words; both had been missed."""
    article = Article(id="r", title="", text=text, date=dt.date(2016, 6, 23))
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "The company added that year-to-date its car sales fell 60 pct.",
        "The company said that year to date it sold 79 vehicles.",
    ],
)
def test_that_before_year_to_date_is_a_conjunction_not_that_year(text: str) -> None:
    article = Article(id="r", title="", text=text, date=dt.date(1987, 4, 3))
    assert [e.expression for e in extract_events(article) if e.kind == "mentioned"] == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Closing is expected by late summer, the company said.", "late summer", "1987-SU"),
        ("It plans an offering in late spring or early summer.", "late spring", "1987-SP"),
        ("Sales should be more stable by mid-summer.", "mid-summer", "1987-SU"),
    ],
)
def test_part_of_a_season_after_a_preposition_is_read(
    text: str, expression: str, value: str
) -> None:
    """ "by late summer", "in early spring": a season's part with no determiner, after a
    preposition, is the season as "the late summer" is."""
    article = Article(id="r", title="", text=text, date=dt.date(1987, 3, 12))
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found[expression] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Harold died on 14 October 1066 at Hastings, the museum says.", "1066-10-14"),
        ("The charter was sealed on June 15, 1215, at Runnymede.", "1215-06-15"),
        ("Charlemagne was crowned emperor on 25 December 800.", "0800-12-25"),
    ],
)
def test_a_day_of_a_year_before_1500_keeps_that_year(text: str, value: str) -> None:
    """Years before 1500 are not read alone ("in 1066" is as often a count), but after a
    day or month they are the date's year: "14 October 1066" had been shown as 14
    October of the story's year, a date the story never gives."""
    found = values(text)
    assert value in found.values(), found
    assert not [v for v in found.values() if v and v.startswith(("1986", "1987"))], found


@pytest.mark.parametrize(
    "text",
    [
        "On June 15, 1200 workers walked out of the plant.",
        "By March 3, 500 people had signed the petition.",
        "Since 2 April 1400 tonnes have been shipped.",
    ],
)
def test_a_count_after_a_day_is_no_year(text: str) -> None:
    """A number after a day and a count noun after it is how many, not the year."""
    found = values(text)
    assert all(v is None or v.startswith("1987") for v in found.values()), found
    assert found, "the day itself is still read"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Sea levels could rise a meter by the 2100s, the panel said.", "the 2100s", "210"),
        ("In the year 1066, William invaded England.", "the year 1066", "1066"),
        ("In 1066, William of Normandy invaded England.", "1066", "1066"),
        ("The abbey was built in AD 800 by monks.", "AD 800", "0800"),
        ("The city was founded in 800 A.D. by traders.", "800 A.D.", "0800"),
        ("Several degrees of warming by 2100 may sound scary.", "2100", "2100"),
        ("By the year 2100, half the coast could flood.", "the year 2100", "2100"),
    ],
)
def test_a_year_outside_1500_to_2099_its_words_mark(text: str, expression: str, value: str) -> None:
    assert values(text)[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in 800 stores across the country.",
        "The firm now operates in 800, he said.",
        "He ran the ad 800 times in a week.",
        "Output rose by 2100, to 9,000 tonnes.",
        "Trading in the pit ends by 2100 GMT.",
        "The S&P 500 index traded in the 2100s for most of the year.",
        "The plant will cut jobs in 2100 homes by year end.",
    ],
)
def test_a_count_with_the_digits_of_a_far_year_is_no_date(text: str) -> None:
    assert not any(v in ("0800", "2100", "210") for v in values(text).values())


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Sales fell in 1985. The chairman said that second quarter sales would rise.",
            "second quarter",
            "1987-Q2",
        ),
        (
            "Profit rose in 1985. Earlier, the company reported that first quarter net fell.",
            "first quarter",
            "1987-Q1",
        ),
    ],
)
def test_that_after_a_saying_verb_is_a_conjunction_not_that_quarter(
    text: str, expression: str, value: str
) -> None:
    """ "said that second quarter sales would rise": "that" opens the clause and points back
    at no quarter, so it is neither in the expression nor a pointer to the year last written."""
    article = Article(id="r", title="", text=text, date=dt.date(1987, 4, 20))
    found = {e.expression: e.value for e in extract_events(article) if e.kind == "mentioned"}
    assert found.get(expression) == value, found
