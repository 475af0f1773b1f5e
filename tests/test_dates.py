"""The timeline: dates found in articles, resolved against their publication date."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from newsexplore.search.corpus.load import load_file
from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article, Event, Span

DATELINE = " date 2026-01-08 "


def seed_000(seeds_dir: Path) -> Article:
    raw = (seeds_dir / "000_a886e2d11f6a18e9.txt").read_text(encoding="utf-8")
    assert raw.startswith(DATELINE)
    return Article(id="000", title="", text=raw[len(DATELINE) :], date=dt.date(2026, 1, 8))


def seed_003(seeds_dir: Path) -> Article:
    raw = (seeds_dir / "003_d8092089b7cd25ff.txt").read_text(encoding="utf-8")
    return Article(id="003", title="", text=raw)


def mentioned(events: list[Event]) -> list[Event]:
    return [e for e in events if e.kind == "mentioned"]


def find(events: list[Event], expression: str, nth: int = 0) -> Event:
    hits = [e for e in mentioned(events) if e.expression == expression]
    assert len(hits) > nth, f"{expression!r} not found in {[e.expression for e in events]}"
    return hits[nth]


def values(text: str, date: dt.date | None = dt.date(1998, 2, 13)) -> dict[str, str | None]:
    """Expression -> value for a small inline article (DCT: Friday 13 February 1998)."""
    events = extract_events(Article(id="t", title="", text=text, date=date))
    return {e.expression: e.value for e in mentioned(events)}


class TestSeedDated:
    """000 is dated Thursday 8 January 2026; its relative dates resolve against that."""

    def test_publication_event_comes_first(self, seeds_dir: Path) -> None:
        first = extract_events(seed_000(seeds_dir))[0]
        assert (first.kind, first.value, first.precision) == ("published", "2026-01-08", "day")

    @pytest.mark.parametrize(
        ("expression", "value"),
        [
            ("Thursday", "2026-01-08"),
            ("Wednesday", "2026-01-07"),
            ("January 7, 2026", "2026-01-07"),
            ("this week", "2026-W02"),
            ("2024", "2024"),
            ("2022", "2022"),
        ],
    )
    def test_dates_resolve(self, seeds_dir: Path, expression: str, value: str) -> None:
        assert find(extract_events(seed_000(seeds_dir)), expression).value == value

    def test_extent_leaves_the_preposition_out(self, seeds_dir: Path) -> None:
        article = seed_000(seeds_dir)
        event = find(extract_events(article), "Thursday")
        assert article.text[event.start - 3 : event.end] == "on Thursday"

    def test_events_point_into_their_sentence(self, seeds_dir: Path) -> None:
        article = seed_000(seeds_dir)
        links = article.text.index("Read more:")
        credit = Span(links, article.text.index("Writing on Blue Sky"), "read-more")
        article = replace(article, boilerplate=(credit,))
        event = find(extract_events(article), "2022")
        assert article.text[event.start : event.end] == "2022"
        assert event.sentence == article.text[event.sentence_start : event.sentence_end]
        assert event.sentence.startswith("Writing on Blue Sky")
        assert event.sentence.endswith("for some time now.")

    def test_mentioned_dates_are_in_text_order(self, seeds_dir: Path) -> None:
        starts = [e.start for e in mentioned(extract_events(seed_000(seeds_dir)))]
        assert starts == sorted(starts)


class TestSeedUndated:
    """003 has no date: relative dates are listed but never given one."""

    def test_no_publication_event(self, seeds_dir: Path) -> None:
        assert all(e.kind == "mentioned" for e in extract_events(seed_003(seeds_dir)))

    @pytest.mark.parametrize("expression", ["On Monday", "Last week"])
    def test_relative_dates_stay_unresolved(self, seeds_dir: Path, expression: str) -> None:
        events = extract_events(seed_003(seeds_dir))
        word = expression.removeprefix("On ")
        event = find(events, word)
        assert (event.value, event.precision) == (None, "unknown")

    def test_yearless_date_is_unresolved(self, seeds_dir: Path) -> None:
        event = find(extract_events(seed_003(seeds_dir)), "8 January")
        assert event.value is None
        assert not event.inferred

    def test_yearless_date_takes_a_fallback_year_marked_inferred(self, seeds_dir: Path) -> None:
        events = extract_events(seed_003(seeds_dir), fallback_year=2026)
        event = find(events, "8 January")
        assert (event.value, event.precision, event.inferred) == ("2026-01-08", "day", True)
        assert find(events, "Monday").value is None


class TestRelativeDates:
    def test_earlier_before_a_weekday_stays_outside_it(self) -> None:
        assert values("Earlier Thursday, police made arrests.") == {"Thursday": "1998-02-12"}

    def test_days_around_the_publication_date(self) -> None:
        got = values("He left yesterday, returns tomorrow and speaks today.")
        assert got == {"yesterday": "1998-02-12", "tomorrow": "1998-02-14", "today": "1998-02-13"}

    def test_weekday_follows_tense(self) -> None:
        got = values("The deal was signed Tuesday. The board will vote Wednesday.")
        assert got == {"Tuesday": "1998-02-10", "Wednesday": "1998-02-18"}

    def test_weekday_opening_a_sentence_takes_the_tense_of_its_verb(self) -> None:
        got = values(
            "On Tuesday, the regional association of independent grocers and farmers will rally."
        )
        assert got == {"Tuesday": "1998-02-17"}

    def test_reported_plans_put_a_weekday_ahead(self) -> None:
        got = values("Officials said the ship would arrive Saturday.")
        assert got == {"Saturday": "1998-02-14"}
        got = values("Protesters planned a march on Monday.")
        assert got == {"Monday": "1998-02-16"}

    def test_an_auxiliary_before_a_plan_word_is_no_past_tense(self) -> None:
        got = values("Supporters organised a vigil for Saturday and were preparing to march.")
        assert got == {"Saturday": "1998-02-14"}

    def test_a_clock_time_before_a_day_joins_its_expression(self) -> None:
        got = values("They have until 9 a.m. Tuesday to sign.")
        assert got == {"9 a.m. Tuesday": "1998-02-17T09:00"}
        got = values("Bids closed at 5 p.m. EST Nov. 9.")
        assert got == {"5 p.m. EST Nov. 9": "1997-11-09T17:00"}

    def test_a_reporting_verb_after_a_quote_leaves_the_quoted_tense(self) -> None:
        got = values("``Our team will fly home at dawn on Thursday,'' the coach said.")
        assert got == {"Thursday": "1998-02-19"}
        got = values('"Our team will fly home at dawn on Thursday," the coach said.')
        assert got == {"Thursday": "1998-02-19"}

    def test_a_partial_quote_goes_on_with_its_clause(self) -> None:
        got = values('Talks on Thursday "will settle it," the envoy said.')
        assert got == {"Thursday": "1998-02-19"}

    def test_a_day_something_is_set_for_lies_ahead(self) -> None:
        assert values("The runoff is set for Tuesday.") == {"Tuesday": "1998-02-17"}

    def test_a_hastily_planned_trip_is_no_plan_ahead(self) -> None:
        got = values("He cut short the hastily planned trip on Monday.")
        assert got == {"Monday": "1998-02-09"}

    def test_a_possessive_weekday_takes_the_tense_of_its_own_verb(self) -> None:
        got = values("They said they would appeal Wednesday's ruling.")
        assert got == {"Wednesday": "1998-02-11"}
        got = values("Analysts said Sunday's vote will decide the matter.")
        assert got == {"Sunday": "1998-02-15"}

    def test_the_next_morning_is_the_day_after_the_one_just_mentioned(self) -> None:
        got = values("He arrived on Tuesday and left the next morning.")
        assert got == {"Tuesday": "1998-02-10", "the next morning": "1998-02-11"}

    def test_last_and_next_weekday(self) -> None:
        got = values("Talks began last Friday and resume next Monday.")
        assert got == {"last Friday": "1998-02-06", "next Monday": "1998-02-16"}

    @pytest.mark.parametrize(
        ("text", "expression", "value"),
        [
            ("Sales rose last week.", "last week", "1998-W06"),
            ("Sales rose last month.", "last month", "1998-01"),
            ("Prices fell earlier this month.", "earlier this month", "1998-02"),
            ("Rates rose last year.", "last year", "1997"),
            ("Rates may rise early next year.", "early next year", "1999"),
            ("He was hired a year ago.", "a year ago", "1997"),
            ("He left two weeks ago.", "two weeks ago", "1998-W05"),
            ("Fans gathered over the weekend.", "the weekend", "1998-W06-WE"),
            ("Profit rose in the third quarter.", "the third quarter", "1997-Q3"),
            ("It posted a first-quarter loss.", "first-quarter", "1998-Q1"),
            ("It was a hot summer in 1995.", "1995", "1995"),
            ("Sales slowed in the second half of 1995.", "the second half of 1995", "1995-H2"),
            (
                "Sales will slow in the first half of next year.",
                "the first half of next year",
                "1999-H1",
            ),
            ("Sales should pick up in the second half.", "the second half", "1998-H2"),
            (
                "Prices will sag through the first two quarters of 1999.",
                "the first two quarters of 1999",
                "1999-H1",
            ),
            ("The plant opens this summer.", "this summer", "1998-SU"),
            ("He grew up in the 1960s.", "the 1960s", "196"),
            ("Sales topped 1997's level.", "1997", "1997"),
            ("He grew up in the 1960's.", "the 1960's", "196"),
            ("The mill was built in the 19th century.", "the 19th century", "18"),
        ],
    )
    def test_periods(self, text: str, expression: str, value: str) -> None:
        assert values(text)[expression] == value

    def test_year_earlier_profit_compares_with_the_same_quarter(self) -> None:
        got = values(
            "Third-quarter profit fell to $5 million from year-earlier profit of $7 million.",
            dt.date(1998, 10, 20),
        )
        assert got == {"Third-quarter": "1998-Q3", "year-earlier": "1997-Q3"}

    def test_last_and_the_month_before_the_publication_month_is_a_year_back(self) -> None:
        got = values(
            "Two jets crashed last February. Prices rose last December.", dt.date(1998, 3, 2)
        )
        assert got == {"last February": "1997-02", "last December": "1997-12"}

    def test_a_written_day_without_a_year_is_the_nearest_one(self) -> None:
        got = values("The boy must go home by Jan. 14. Talks began Dec. 29.", dt.date(2000, 1, 5))
        assert got == {"Jan. 14": "2000-01-14", "Dec. 29": "1999-12-29"}

    def test_a_day_about_half_a_year_off_is_taken_as_past(self) -> None:
        got = values("Its record dates from Aug. 6.", dt.date(1998, 2, 6))
        assert got == {"Aug. 6": "1997-08-06"}

    def test_a_participle_after_be_is_not_a_past_tense(self) -> None:
        got = values("The dividend will be paid Dec. 14.", dt.date(1998, 10, 26))
        assert got == {"Dec. 14": "1998-12-14"}

    def test_a_participle_after_a_determiner_is_not_a_past_tense(self) -> None:
        got = values("Shares follow on a still unspecified date in January.", dt.date(1998, 10, 26))
        assert got == {"January": "1999-01"}

    def test_a_deadline_moved_to_a_day_lies_ahead(self) -> None:
        got = values("The offer was extended to Nov. 16.", dt.date(1998, 10, 30))
        assert got == {"Nov. 16": "1998-11-16"}

    @pytest.mark.parametrize(
        ("text", "published", "expected"),
        [
            pytest.param(
                "Talks are supposed to conclude by May, he said.",
                dt.date(1998, 3, 22),
                {"May": "1998-05"},
                id="a deadline word puts a bare month ahead",
            ),
            pytest.param(
                "Sites were opened as laid down by the Feb. 23 accord signed by Annan.",
                dt.date(1998, 3, 6),
                {"Feb. 23": "1998-02-23"},
                id="'by the Feb. 23 accord' names an agreement, not a deadline",
            ),
            pytest.param(
                "In January, a week after the anniversary of the Roe vs. Wade decision, a clinic "
                "bombing in Birmingham, Ala., killed a guard.",
                dt.date(1998, 10, 25),
                {"January": "1998-01"},
                id="a month opening its sentence takes the verb after it, past abbreviations",
            ),
            pytest.param(
                "The leaders will meet Mr. Annan on Tuesday.",
                dt.date(1998, 2, 13),
                {"Tuesday": "1998-02-17"},
                id="'Mr.' does not cut the sentence short",
            ),
            pytest.param(
                "Stocks fell on Friday. The index closed 4.5% below the previous Friday.",
                dt.date(1989, 10, 30),
                {"Friday": "1989-10-27", "the previous Friday": "1989-10-20"},
                id="the previous weekday steps back from the day just mentioned",
            ),
            pytest.param(
                "Thirty-two members had filed reports by Wednesday.",
                dt.date(1990, 8, 16),
                {"Wednesday": "1990-08-15"},
                id="a deadline in the past perfect has passed",
            ),
            pytest.param(
                "Until Thursday, they had not called him a suspect.",
                dt.date(1999, 5, 7),
                {"Thursday": "1999-05-06"},
                id="'until' with 'had not' is past",
            ),
            pytest.param(
                "In February, Brazil had contracted to buy oil from the Saudis until June.",
                dt.date(1987, 3, 20),
                {"February": "1987-02", "June": "1987-06"},
                id="'until' a month in a term still running lies ahead",
            ),
            pytest.param(
                "The prosecutor has scheduled a news conference Thursday to announce it.",
                dt.date(1999, 5, 5),
                {"Thursday": "1999-05-06"},
                id="a scheduled event lies ahead",
            ),
            pytest.param(
                "NATO has decided to admit Poland in early March, an official said on Wednesday.",
                dt.date(1999, 2, 10),
                {"early March": "1999-03", "Wednesday": "1999-02-10"},
                id="a decision to act looks ahead whoever reports it",
            ),
            pytest.param(
                "On Friday, Dixons agreed to reopen its offer.",
                dt.date(1987, 3, 23),
                {"Friday": "1987-03-20"},
                id="a decision after the day opening the sentence took place on it",
            ),
            pytest.param(
                "In mid-February, Piedmont said its board would meet.",
                dt.date(1987, 3, 5),
                {"mid-February": "1987-02"},
                id="a report after the month opening the sentence sets its tense",
            ),
            pytest.param(
                "Odin shares are expected to be listed in May, it added.",
                dt.date(1987, 3, 18),
                {"May": "1987-05"},
                id="a reporting verb after a comma leaves the tense of the report",
            ),
            pytest.param(
                "The suspension will last until trading ends on Friday, the bourse added.",
                dt.date(1987, 3, 10),
                {"Friday": "1987-03-13"},
                id="a reported weekday ahead",
            ),
            pytest.param(
                "Colonel Eileen Collins will be named commander of the Space Shuttle Columbia "
                "for a mission in December.",
                dt.date(1998, 3, 4),
                {"December": "1998-12"},
                id="a future verb far back in the sentence",
            ),
            pytest.param(
                "Mazda is due to begin production of the 2,000-cc cars at the Michigan plant in "
                "September at an annual rate of 240,000, it said.",
                dt.date(1987, 3, 5),
                {"September": "1987-09"},
                id="a plan far back puts a month ahead",
            ),
            pytest.param(
                "The ruling would repatriate the child by Jan. 14.",
                dt.date(2000, 1, 15),
                {"Jan. 14": "2000-01-14"},
                id="a deadline a day past stays in its year",
            ),
            pytest.param(
                "The ruling would repatriate the child by Dec. 30.",
                dt.date(2000, 1, 3),
                {"Dec. 30": "1999-12-30"},
                id="a deadline days past stays in its year across New Year",
            ),
            pytest.param(
                "Clinton had a bigger cash balance at year's end.",
                dt.date(2016, 1, 4),
                {"year's end": "2015"},
                id="the end of a year told in the past before it came is last year's",
            ),
            pytest.param(
                "The deal will close at year-end.",
                dt.date(2016, 1, 4),
                {"year-end": "2016"},
                id="the end of the year still to come",
            ),
            pytest.param(
                "The talks will end by Jan. 4.",
                dt.date(2000, 1, 15),
                {"Jan. 4": "2001-01-04"},
                id="a deadline well past in a future clause is next year's",
            ),
        ],
    )
    def test_the_clause_places_a_date_before_or_after_publication(
        self, text: str, published: dt.date, expected: dict[str, str]
    ) -> None:
        assert values(text, published) == expected

    def test_a_holiday_with_no_tense_to_go_by_is_the_nearest(self) -> None:
        text = "Party leaders brace for hackers before Election Day."
        assert values(text, dt.date(2016, 8, 17)) == {"Election Day": "2016-11-08"}

    def test_holidays_resolve_to_their_date(self) -> None:
        got = values("Shoppers were out on Thanksgiving Day.", dt.date(2000, 1, 6))
        assert got == {"Thanksgiving Day": "1999-11-25"}

    def test_a_holiday_week_is_the_week_holding_it(self) -> None:
        got = values("Protesters prayed as Easter week began.", dt.date(2000, 4, 17))
        assert got == {"Easter week": "2000-W16"}
        got = values("Travel was heavy in Thanksgiving week.", dt.date(2000, 1, 6))
        assert got == {"Thanksgiving week": "1999-W47"}

    def test_at_a_later_date_is_the_future(self) -> None:
        assert values("They will seek financing at a later date.") == {"a later date": "FUTURE_REF"}
        assert values("Results came at a later date than planned.") == {}

    def test_present_and_past_references(self) -> None:
        got = values("Prices are now higher. He recently resigned.")
        assert got == {"now": "PRESENT_REF", "recently": "PAST_REF"}

    def test_current_as_a_time_but_not_a_current_account(self) -> None:
        got = values("His current job pays well. The current account deficit grew.")
        assert got == {"current": "PRESENT_REF"}

    def test_then_current_is_a_past_reference(self) -> None:
        got = values("Holders may buy stock at half the then current price.")
        assert got == {"then current": "PAST_REF"}

    def test_the_current_year_is_the_publication_year(self) -> None:
        assert values("Sales in its current fiscal year will rise.") == {
            "current fiscal year": "1998"
        }

    def test_the_near_term_and_as_soon_as_possible_are_the_future(self) -> None:
        got = values("Rates will stay low in the near term. Talks resume as soon as possible.")
        assert got == {"the near term": "FUTURE_REF", "as soon as possible": "FUTURE_REF"}

    def test_soon_or_one_day_beside_a_modal_is_the_future_but_not_in_a_story(self) -> None:
        assert values("The firm will soon cut jobs.") == {"soon": "FUTURE_REF"}
        assert values("It expects sales to soon grow.") == {"soon": "FUTURE_REF"}
        assert values("He was soon released, soon after his arrest.") == {}
        assert values("Islam may one day be the largest faith.") == {"one day": "FUTURE_REF"}
        assert values("One day he left the city.") == {}

    def test_coming_months_and_past_years_without_an_article(self) -> None:
        got = values("Prices will rise in coming months after falling in past years.")
        assert got == {"coming months": "FUTURE_REF", "past years": "PAST_REF"}
        assert values("It bodes ill for coming quarters.") == {"coming quarters": "FUTURE_REF"}
        assert values("Taxes fall in future years.") == {"future years": "FUTURE_REF"}

    def test_in_the_past_is_a_past_reference_but_the_past_two_years_a_span(self) -> None:
        got = values("In the past, prices rose. Over the past two years they fell.")
        assert got["the past"] == "PAST_REF"
        assert list(got) == ["the past", "the past two years"]

    def test_a_year_earlier_follows_the_quarter_in_question(self) -> None:
        got = values("Net income in the fourth quarter rose from $5 million a year earlier.")
        assert got["a year earlier"] == "1996-Q4"

    def test_a_year_ago_compares_with_the_quarter_reported_not_one_still_to_come(self) -> None:
        got = values(
            "Third-quarter profit rose. A fourth-quarter charge is expected. "
            "Sales fell in the latest quarter from $5 million a year ago.",
            dt.date(1998, 10, 20),
        )
        assert got["fourth-quarter"] == "1998-Q4"
        assert got["a year ago"] == "1997-Q3"

    def test_the_quarter_a_year_ago_is_the_one_a_year_back(self) -> None:
        got = values(
            "Columbia posted a loss for the third quarter. For the quarter a year ago, it "
            "reported earnings of $16.3 million.",
            dt.date(1989, 10, 31),
        )
        assert got["the quarter a year ago"] == "1988-Q3"

    def test_a_look_back_at_an_earlier_quarter_keeps_the_one_reported(self) -> None:
        got = values(
            "Third-quarter net rose. After a flat second quarter, sales recovered. "
            "Costs were lower than a year ago.",
            dt.date(1998, 11, 1),
        )
        assert got["a year ago"] == "1997-Q3"

    def test_a_quarter_long_gone_in_a_future_clause_is_its_next_turn(self) -> None:
        october = dt.date(1998, 10, 20)
        got = values("It will post a loss in the first quarter.", october)
        assert got == {"the first quarter": "1999-Q1"}
        got = values("It will report third-quarter results next week.", october)
        assert got["third-quarter"] == "1998-Q3"

    def test_last_years_quarter_is_in_the_year_before_the_publication(self) -> None:
        january = dt.date(1999, 1, 20)
        assert values("Sales topped last year's third quarter.", january) == {
            "last year's third quarter": "1998-Q3"
        }
        assert values("Sales fell from the fourth quarter last year.", january) == {
            "the fourth quarter last year": "1998-Q4"
        }

    def test_this_quarter_in_a_results_report_is_the_quarter_reported(self) -> None:
        got = values(
            "It lost $8 million in the third quarter. This quarter's loss includes charges.",
            dt.date(1998, 11, 1),
        )
        assert got["This quarter"] == "1998-Q3"
        assert values("Sales will rise this quarter.", dt.date(1998, 11, 1)) == {
            "this quarter": "1998-Q4"
        }

    def test_the_quarter_ending_on_a_quarter_day_is_that_quarter(self) -> None:
        march = dt.date(1987, 3, 3)
        got = values("It expects revenues for the quarter ending March 31 to rise.", march)
        assert got["the quarter"] == "1987-Q1"
        got = values("Retail sales in the quarter ended December 31 fell.", march)
        assert got["the quarter"] == "1986-Q4"

    def test_the_rest_of_the_quarter_is_the_one_under_way(self) -> None:
        march = dt.date(1987, 3, 5)
        for text in (
            "February borrowed some of the business we normally see later in the quarter.",
            "The debt problem will hang over the banks through the quarter.",
            "Sales should stay firm for the rest of the quarter.",
        ):
            assert values(text, march)["the quarter"] == "1987-Q1", text

    def test_the_quarter_of_a_results_note_is_the_last_one_ended(self) -> None:
        got = values("Net excludes a gain of 11 cts a share in the quarter.", dt.date(1987, 3, 3))
        assert got["the quarter"] == "1986-Q4"


class TestAbsoluteDates:
    def test_a_month_of_that_year_is_still_a_date(self) -> None:
        assert values("He resigned in March of that year.")["March"] == "1997-03"

    @pytest.mark.parametrize(
        ("text", "expression", "value"),
        [
            ("It was founded on 7 January 2026.", "7 January 2026", "2026-01-07"),
            ("It closed Jan. 8, 1991.", "Jan. 8, 1991", "1991-01-08"),
            ("Filed 2026-01-08 in court.", "2026-01-08", "2026-01-08"),
            ("It shut in March 2025.", "March 2025", "2025-03"),
            ("The vote is on Thursday, February 19.", "Thursday, February 19", "1998-02-19"),
            ("It opens this coming Sunday, March 8.", "this coming Sunday, March 8", "1998-03-08"),
            ("Trading halted Jan. 8.", "Jan. 8", "1998-01-08"),
            ("Hearings start the week of March 6.", "the week of March 6", "1998-W10"),
            ("The vote is on March twenty-first.", "March twenty-first", "1998-03-21"),
            ("It ended on the third of June, 1996.", "the third of June, 1996", "1996-06-03"),
            ("The law passed in December.", "December", "1997-12"),
        ],
    )
    def test_calendar_dates(self, text: str, expression: str, value: str) -> None:
        assert values(text)[expression] == value

    def test_absolute_dates_resolve_without_a_publication_date(self) -> None:
        assert values("It closed on Jan. 8, 1991, in 2024.", date=None) == {
            "Jan. 8, 1991": "1991-01-08",
            "2024": "2024",
        }


class TestNotDates:
    @pytest.mark.parametrize(
        "text",
        [
            "The bill got 2,024 votes.",
            "Under Section 2022 of the code.",
            "It cost $1990 to fix.",
            "About 1990 people came.",
            "The meeting lasted three weeks.",
            "They met at 10:30 a.m.",
            "You may go.",
            "April Glaspie met him.",
            "Protesters joined the March for Life.",
            "Agents scanned the crowd at the annual March for Life.",
            "NY COCOA 11:00\n\nMAY7 1918 OFF 16\n\nJUL7 1960 OFF 7",
            "N.Y. COCOA 1200 RING\n\nMAY 1922 (1934)\n\nJLY 1956 (1967)",
            "SUGAR\n\nJUL7 1819 1807 NOV7 1788 1786\n\nTtl 395 1861 dn 42\n\nOCT 1838 171 230",
            "N.Y. COCOA VOL/OPEN INTEREST\n\nMch 0 1124 unch\n\nMay 0 209 unch total 2003 22433 off 143",
            "It has acquired 2001 Distributors Inc of West Babylon.\n\n2001 distributes juices.",
            "The Dow fell a record 508 points to 1738.",
            "The Dow was up almost 115 points to 1854 at a new high of 1757.",
            "Prices are valid until 1700 Eastern Australia time.",
            "The case is for today's youth what the blockade was for their parents.",
            "I would have chosen the people of tomorrow.",
            "This is VOA Today.",
            "USA Today reported the story.",
            'Speaking on ABC News\' "This Week," he said it.',
            "It formed a venture with Seeds of Tomorrow.",
            "Mothers led the March of the Combatant Mothers.",
            "They debated the future of the alliance.",
            "A poll for The Sunday Times showed the party ahead.",
            "He told the Sunday Express that the talks had failed.",
        ],
    )
    def test_no_date_is_found(self, text: str) -> None:
        assert values(text) == {}

    @pytest.mark.parametrize(
        "text",
        [
            "Today, the talks resume.",
            "``Today, I'm here to tell you we have our suspect,'' he said.",
            "NEW YORK, Feb 13 - Today's talks were postponed.",
            "The talks broke up.\n\nToday's session was called off.",
        ],
    )
    def test_today_opening_a_sentence_is_still_the_day(self, text: str) -> None:
        assert list(values(text).values()) == ["1998-02-13"]

    def test_a_year_before_a_company_named_after_it_stays_a_year(self) -> None:
        text = "In 1986 Chrysler Corp earned more. It bought in March 1987 MidSouth Corp."
        assert values(text) == {"1986": "1986", "March 1987": "1987-03"}

    def test_years_beside_figures_in_prose_stay_years(self) -> None:
        text = (
            "Spending peaked at 2.6 billion dlrs for 1980-1984. Income must grow to the level "
            "of 1975. Output rose in 1986 (1,200 units)."
        )
        assert values(text) == {"1980": "1980", "1984": "1984", "1975": "1975", "1986": "1986"}


def test_boilerplate_dates_are_skipped() -> None:
    text = "Read more: Talks in 2019 failed. Talks resumed in 2024."
    credit = Span(0, text.index(" Talks resumed"), "read-more")
    article = Article(id="b", title="", text=text, date=dt.date(2026, 1, 8), boilerplate=(credit,))
    assert [e.expression for e in mentioned(extract_events(article))] == ["2024"]


def test_publication_event_sits_on_a_dateline_in_the_text() -> None:
    text = "January 8, 2026 - Ministers met on Thursday."
    article = Article(id="d", title="", text=text, date=dt.date(2026, 1, 8))
    first, *rest = extract_events(article)
    assert (first.kind, first.start, first.end) == ("published", 0, 15)
    assert [e.expression for e in rest] == ["Thursday"]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("WASHINGTON, Jan 8 - Ministers met.", "Jan 8"),
        ("San Francisco, Calif., Jan. 8 - Ministers met.", "Jan. 8"),
        ("Published: 8 January 2026\nMinisters met.", "8 January 2026"),
        ("On 8 January ministers met.", None),
        ("In a speech in London on Jan. 8, 2026, he said so.", None),
    ],
)
def test_the_publication_day_written_in_a_sentence_is_a_mention_not_the_dateline(
    text: str, dateline: str | None
) -> None:
    events = extract_events(Article(id="d", title="", text=text, date=dt.date(2026, 1, 8)))
    published, *rest = events
    assert published.expression == (dateline or "2026-01-08")
    assert [e.value for e in rest] == ([] if dateline else ["2026-01-08"])


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("They met on 25/12/2025.", dt.date(2026, 1, 8), "2025-12-25"),
        ("They met on 12/25/2025.", dt.date(2026, 1, 8), "2025-12-25"),
        ("They met on 01/07/2026.", dt.date(2026, 1, 8), "2026-01-07"),
        ("They met on 07/01/2026.", dt.date(2026, 1, 8), "2026-01-07"),
        ("They met on 8.1.2026.", dt.date(2026, 3, 1), "2026-01-08"),
        ("They met on 2026/01/08.", dt.date(2026, 3, 1), "2026-01-08"),
        ("They met on 07/01/2026.", None, "2026"),
    ],
)
def test_numeric_dates_read_in_the_order_that_makes_sense(
    text: str, published: dt.date | None, value: str
) -> None:
    assert list(values(text, published).values()) == [value]


def test_seeds_as_loaded_keep_their_dates(seeds_dir: Path) -> None:
    """Through the corpus loader (boilerplate marked), the seed still gives its timeline."""
    path = seeds_dir / "000_a886e2d11f6a18e9.txt"
    (article,) = load_file(path, path.name).articles
    events = extract_events(article)
    assert events[0].value == "2026-01-08"
    got = {e.expression: e.value for e in mentioned(events)}
    assert got["January 7, 2026"] == "2026-01-07"
    assert got["this week"] == "2026-W02"
    assert find(events, "2022").sentence.startswith("Writing on Blue Sky")


def test_a_paragraph_break_splits_words_that_would_read_as_a_date() -> None:
    assert values("Hogs 2,000\n\nYEAR AGO 100") == {}


@pytest.mark.parametrize(
    "text",
    [
        "The ministers meet at 1500 GMT in Brussels.",
        "Orders placed after 1530 EST will be refused.",
        "Talks resume around 1900 EDT, officials said.",
        "Bids are due by 1200 hrs local time.",
        "The session runs from 1700 to 2100 local Chicago time.",
        "Prices: LIT 1296/1298 DMK 1800/2300",
        "MAY7 1873L 1877H 1892\nJUL7 1816L 1819H 1828",
        "QUANTITY 1988 1989 1990 1991\nFirst 350 6.000 4.500 3.000",
        "May 1193\nJul 1556\nSep 458",
        "Jly 120 0 unch\nSep 17 1631 up 14",
        "HARD RED WINTER 1639 1635 54",
    ],
)
def test_clock_times_and_figures_in_tables_are_not_years(text: str) -> None:
    assert values(text) == {}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The bonds are due 1992 to 1700 CDT holders.", "1992", "1992"),
        ("The 1986/87 season was dry.", "1986", "1986"),
        ("The 1980/1985 average was higher.", "1980", "1980"),
        ("Sales in 1987 rose 10 pct.", "1987", "1987"),
        ("The treaty of July 1556 ended it.", "July 1556", "1556-07"),
        ("Prices for Jul 1987 delivery rose.", "Jul 1987", "1987-07"),
    ],
)
def test_years_beside_numbers_stay_years(text: str, expression: str, value: str) -> None:
    assert values(text).get(expression) == value


def test_a_century_in_a_company_name_is_no_date() -> None:
    assert values("He ran 20th Century Fox until the 21st century began.") == {
        "the 21st century": "20"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The talks resume on Sunday.",
        "On Sunday Reagan met the ministers.",
        "The Sunday before the vote was quiet.",
        "It happened the Sunday after the vote.",
    ],
)
def test_a_weekday_that_names_no_paper_is_still_a_day(text: str) -> None:
    found = values(text)
    assert list(found) == ["Sunday"] and (found["Sunday"] or "").startswith("1998-02-")


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # Filed in Tokyo on the 21st, stamped the 20th where the wire is kept.
        (
            "TOKYO, Oct 21 - The central bank said yesterday it would act.",
            (1987, 10, 20),
            "yesterday",
            "1987-10-20",
        ),
        (
            "TOKYO, Oct 21 - The yen rose today in thin trade.",
            (1987, 10, 20),
            "today",
            "1987-10-21",
        ),
        (
            "WARSAW, February 26 (Xinhua) -- Talks end tomorrow, officials said.",
            (1999, 2, 27),
            "tomorrow",
            "1999-02-27",
        ),
        # A dateline far from the publication day is a story's date, not where it was written.
        (
            "LONDON, Oct 2 - The board said yesterday it would sell.",
            (1987, 10, 20),
            "yesterday",
            "1987-10-19",
        ),
        # A date the first sentence tells is no dateline.
        (
            "On Oct 21 the board met, and yesterday it sold.",
            (1987, 10, 20),
            "yesterday",
            "1987-10-19",
        ),
    ],
)
def test_relative_dates_count_from_the_day_the_dateline_gives(
    text: str, published: tuple[int, int, int], expression: str, value: str
) -> None:
    """A wire item's dateline is the local day of writing; its "yesterday" counts from there."""
    assert values(text, dt.date(*published))[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ship capsized last night off the coast.", "last night", "1998-02-12"),
        ("Shares closed late last night at 420 pence.", "late last night", "1998-02-12"),
        ("The minister resigned this morning.", "this morning", "1998-02-13"),
        ("The board meets this afternoon.", "this afternoon", "1998-02-13"),
        ("Prices will not be released this evening.", "this evening", "1998-02-13"),
    ],
)
def test_the_parts_of_the_day_of_the_story_are_its_days(
    text: str, expression: str, value: str
) -> None:
    assert values(text)[expression] == value


def test_the_last_night_of_a_festival_is_no_date() -> None:
    assert values("It was the last night of the festival.") == {}
