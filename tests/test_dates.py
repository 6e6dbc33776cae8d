"""PartialDate: parsing, formatting, bounds, ordering; parse_date for query bounds."""

from __future__ import annotations

import datetime as dt

import pytest

from asean_corpus import InvalidDateError, PartialDate, Precision, parse_date


class TestPartialDate:
    @pytest.mark.parametrize("text", ["2025", "2025-06", "2025-06-19", "0999-01-31"])
    def test_parse_and_str_round_trip(self, text: str) -> None:
        """str() gives back the ISO text that was parsed."""
        assert text == str(PartialDate.parse(text))

    @pytest.mark.parametrize(
        ("text", "precision"),
        [("2025", Precision.YEAR), ("2025-06", Precision.MONTH), ("2025-06-19", Precision.DAY)],
    )
    def test_precision(self, text: str, precision: Precision) -> None:
        """The precision is what the text gives."""
        assert precision is PartialDate.parse(text).precision

    @pytest.mark.parametrize(
        ("text", "earliest", "latest"),
        [
            ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
            ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
            ("2025-02", dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
            ("2025-12", dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
            ("2025-06-19", dt.date(2025, 6, 19), dt.date(2025, 6, 19)),
        ],
    )
    def test_bounds(self, text: str, earliest: dt.date, latest: dt.date) -> None:
        """earliest and latest are the first and last days the date may be."""
        d = PartialDate.parse(text)
        assert (earliest, latest) == (d.earliest, d.latest)

    @pytest.mark.parametrize(
        "text", ["25", "2025-6", "2025/06/19", "2025-06-19T10:00", " 2025", "June 2025", ""]
    )
    def test_parse_refuses_other_forms(self, text: str) -> None:
        """Only YYYY, YYYY-MM and YYYY-MM-DD are parsed."""
        with pytest.raises(InvalidDateError, match="YYYY"):
            PartialDate.parse(text)

    @pytest.mark.parametrize("text", ["2025-02-29", "2025-13", "2025-00", "2025-04-31", "0000"])
    def test_impossible_dates(self, text: str) -> None:
        """A date that does not exist is refused, quoting the input."""
        with pytest.raises(InvalidDateError, match=repr(text)):
            PartialDate.parse(text)

    def test_day_needs_month(self) -> None:
        """A day without a month cannot be built."""
        with pytest.raises(InvalidDateError, match="needs a month"):
            PartialDate(2025, None, 3)

    def test_leap_day(self) -> None:
        """29 February exists in leap years."""
        assert dt.date(2024, 2, 29) == PartialDate.parse("2024-02-29").earliest

    def test_order_less_precise_first(self) -> None:
        """Dates starting on the same day sort from least to most precise."""
        dates = [PartialDate.parse(t) for t in ["2025-01-01", "2025-01", "2025", "2024-12-31"]]
        assert ["2024-12-31", "2025", "2025-01", "2025-01-01"] == [str(d) for d in sorted(dates)]

    def test_order_follows_earliest(self) -> None:
        """A later month sorts after an earlier day."""
        assert PartialDate.parse("2025-01-15") < PartialDate.parse("2025-02")

    def test_equality_and_hash(self) -> None:
        """Equal dates are equal and hash alike; precision matters."""
        assert PartialDate.parse("2025-06") == PartialDate(2025, 6)
        assert len({PartialDate(2025, 6), PartialDate.parse("2025-06")}) == 1
        assert PartialDate(2025) != PartialDate(2025, 1)

    def test_comparison_with_other_types(self) -> None:
        """Ordering against a non-PartialDate is a TypeError."""
        with pytest.raises(TypeError):
            _ = PartialDate(2025) < "2025"  # type: ignore[operator]

    def test_contains(self) -> None:
        """A month contains its days and the months of a year are in that year."""
        assert PartialDate(2025, 6).contains(dt.date(2025, 6, 30))
        assert not PartialDate(2025, 6).contains(dt.date(2025, 7, 1))
        assert PartialDate(2025).contains(PartialDate(2025, 6))
        assert not PartialDate(2025, 6).contains(PartialDate(2025))

    def test_immutable(self) -> None:
        """A PartialDate cannot be changed."""
        import attrs

        d = PartialDate(2025)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            d.year = 2026  # type: ignore[misc]


class TestParseDate:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2025", "2025"),
            ("June 2025", "2025-06"),
            ("Jun 2025", "2025-06"),
            ("19 June 2025", "2025-06-19"),
            ("June 19, 2025", "2025-06-19"),
            ("2025-06-19", "2025-06-19"),
            ("  2025-06 ", "2025-06"),
        ],
    )
    def test_strings_keep_their_precision(self, text: str, expected: str) -> None:
        """Free text is read with the precision it gives."""
        assert expected == str(parse_date(text))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Jan 0050", "0050-01"),
            ("Jan 0001", "0001-01"),
            ("January 0012", "0012-01"),
            ("Feb 29 0004", "0004-02-29"),
            ("Jan 0100", "0100-01"),
        ],
    )
    def test_years_below_100_after_a_month(self, text: str, expected: str) -> None:
        """As "0050-01" is read: they were refused as "no year" or "not four digits"."""
        assert expected == str(parse_date(text))

    def test_a_day_an_early_year_lacks(self) -> None:
        """29 February of year 5 is refused, quoting the text as written."""
        with pytest.raises(InvalidDateError, match="day is out of range for month: Feb 29 0005"):
            parse_date("Feb 29 0005")

    def test_date_and_datetime(self) -> None:
        """date and datetime give day precision."""
        assert PartialDate(2025, 6, 19) == parse_date(dt.date(2025, 6, 19))
        assert PartialDate(2025, 6, 19) == parse_date(dt.datetime(2025, 6, 19, 23, 59))

    @pytest.mark.parametrize("text", ["June", "19 June", "tomorrow-ish", "2025-02-30"])
    def test_refused(self, text: str) -> None:
        """Text without a year, or not a date, is refused quoting the input."""
        with pytest.raises(InvalidDateError, match=repr(text)):
            parse_date(text)

    def test_wrong_type(self) -> None:
        """A number is not a date."""
        with pytest.raises(InvalidDateError, match="got int"):
            parse_date(2025)


class TestParseDateRefusals:
    @pytest.mark.parametrize("text", ["-2025", "+2025", "-99", "/2025", "(2025", "2025-", "2025/"])
    def test_signs_and_stray_punctuation(self, text: str) -> None:
        """A sign or stray punctuation around the year is refused, not dropped."""
        with pytest.raises(InvalidDateError, match=r"(starts|ends) with"):
            parse_date(text)

    @pytest.mark.parametrize(
        "text", ["2025\x00", "\x002025", "June\x01 2025", "2025\u200b", "20\u202e25", "2025\x7f"]
    )
    def test_control_and_invisible_characters(self, text: str) -> None:
        """NUL, other control characters and invisible ones are refused, named by code."""
        with pytest.raises(InvalidDateError, match="holds the character U\\+"):
            parse_date(text)

    @pytest.mark.parametrize("text", ["99", "June 99", "19/06/25", "Jun 19, 25", "June 202"])
    def test_years_of_fewer_than_four_digits(self, text: str) -> None:
        """A year not written with four digits could be of any century: refused."""
        with pytest.raises(InvalidDateError, match="year must be written with four digits"):
            parse_date(text)

    @pytest.mark.parametrize("text", ["5", "025", "19 June", "June"])
    def test_no_year(self, text: str) -> None:
        """A text that is only a day or a month names no year."""
        with pytest.raises(InvalidDateError, match="names no year"):
            parse_date(text)

    @pytest.mark.parametrize("text", ["\uff12\uff10\uff12\uff15", "\u0662\u0660\u0662\u0665"])
    def test_digits_other_than_ascii(self, text: str) -> None:
        """Fullwidth or Arabic-Indic digits are refused."""
        with pytest.raises(InvalidDateError, match="digits are not 0-9"):
            parse_date(text)

    @pytest.mark.parametrize(
        ("text", "month_first", "day_first"),
        [
            ("10/11/2025", "2025-10-11", "2025-11-10"),
            ("1.2.2025", "2025-01-02", "2025-02-01"),
            ("03-04-2025", "2025-03-04", "2025-04-03"),
            ("5 6 2025", "2025-05-06", "2025-06-05"),
        ],
    )
    def test_ambiguous_numeric_dates(self, text: str, month_first: str, day_first: str) -> None:
        """Numbers that read as two different days are refused, naming both."""
        pattern = f"ambiguous date .*{month_first} read month first, {day_first} read day first"
        with pytest.raises(InvalidDateError, match=pattern):
            parse_date(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("13/11/2025", "2025-11-13"), ("11/13/2025", "2025-11-13"), ("11/11/2025", "2025-11-11")],
    )
    def test_numeric_dates_with_one_reading(self, text: str, expected: str) -> None:
        """A numeric date that can only be one day is read as that day."""
        assert expected == str(parse_date(text))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("11 Oct 2025", "2025-10-11"), ("October 2025", "2025-10"), ("2025.", "2025")],
    )
    def test_named_months_still_read(self, text: str, expected: str) -> None:
        """Dates with a month name (or a year alone) are read as before."""
        assert expected == str(parse_date(text))

    def test_long_text_echoed_cut(self) -> None:
        """A long unreadable text is echoed cut short, with its length."""
        with pytest.raises(InvalidDateError, match=r"\(1,000,000 characters\)") as info:
            parse_date("x" * 1_000_000)
        assert len(str(info.value)) < 300


@pytest.mark.parametrize(
    "text",
    ["2025-02-01T09:00:00+07:00", "2025-02-01T09:00:00", "2025-02-01 09:00", "2025/02/01"],
)
def test_a_date_written_year_first_is_year_month_day(text: str) -> None:
    # it was called ambiguous whenever the day was 12 or less
    assert "2025-02-01" == str(parse_date(text))


@pytest.mark.parametrize("typed", ["2025\u201306", "2025\u201106", "2025\u221206"])
def test_a_date_typed_with_another_dash(typed: str) -> None:
    """An en dash, a non-breaking hyphen or a minus sign, as word processors type
    them, is read as the hyphen."""
    assert str(parse_date(typed)) == "2025-06"
