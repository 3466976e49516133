"""The calendar file: RFC 5545 shape, UTC times, UID from the code, and no personal data."""

import datetime as dt
from string import Template

import pytest

from bot import content
from bot.booking.ics import appointment_ics, escape_text, fold

UTC = dt.timezone.utc
START = dt.datetime(2027, 3, 9, 12, 0, tzinfo=UTC)
END = START + dt.timedelta(minutes=45)
CREATED = dt.datetime(2027, 3, 8, 9, 0, tzinfo=UTC)


def make(**kw):
    args = {"created": CREATED, "summary": "Afspraak"} | kw
    return appointment_ics("k7qm 3xpd rt5w", START, END, **args)


def test_shape_and_times():
    text = make(description="Je code is K7QM-3XPD-RT5W.")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")
    assert "UID:k7qm3xpdrt5w@vp-wegwijzer.invalid" in lines
    assert "DTSTART:20270309T120000Z" in lines and "DTEND:20270309T124500Z" in lines
    assert "DTSTAMP:20270308T090000Z" in lines
    assert "X-WR-TIMEZONE:Europe/Amsterdam" in lines
    assert lines.count("BEGIN:VEVENT") == 1 and lines.count("END:VEVENT") == 1
    assert "\n" not in text.replace("\r\n", "")


def test_local_times_are_written_in_utc():
    amsterdam = dt.timezone(dt.timedelta(hours=2))
    text = appointment_ics("K7QM3XPDRT5W", dt.datetime(2027, 6, 1, 9, 0, tzinfo=amsterdam),
                           dt.datetime(2027, 6, 1, 9, 45, tzinfo=amsterdam), created=CREATED, summary="x")
    assert "DTSTART:20270601T070000Z" in text


def test_same_code_same_uid_so_a_move_replaces_the_event():
    moved = appointment_ics("K7QM-3XPD-RT5W", START + dt.timedelta(days=1), END + dt.timedelta(days=1),
                            created=CREATED, summary="x", sequence=1)
    assert "UID:k7qm3xpdrt5w@vp-wegwijzer.invalid" in moved and "SEQUENCE:1" in moved


# Words that tell someone looking at a shared work calendar what the appointment is about.
REVEALING = ("vertrouwens", "vp", "klacht", "melding", "integriteit", "intimidatie", "pesten",
             "ongewenst", "klokkenluider")


def test_the_organisations_title_and_description_are_neutral_for_shared_calendars():
    texts = content.agenda.__wrapped__()  # the file as it is now, not a cached copy
    text = make(summary=texts["titel"],
                description=Template(texts["omschrijving"]).safe_substitute(code="K7QM-3XPD-RT5W"))
    unfolded = text.replace("\r\n ", "")
    summary = next(line for line in unfolded.split("\r\n") if line.startswith("SUMMARY:"))
    description = next(line for line in unfolded.split("\r\n") if line.startswith("DESCRIPTION:"))
    assert summary == "SUMMARY:" + escape_text(texts["titel"])
    assert "K7QM-3XPD-RT5W" in description
    for field in (summary, description):
        words = field.split(":", 1)[1].lower()
        assert not [w for w in REVEALING if w in words], field


def test_only_what_is_given_goes_in():
    text = make()
    for word in ("ATTENDEE", "ORGANIZER", "CONTACT", "@voorbeeld", "LOCATION", "DESCRIPTION"):
        assert word not in text
    assert "LOCATION:Gebouw A\\, kamer 2.14" in make(location="Gebouw A, kamer 2.14")


def test_escaping_and_folding():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    long_line = "DESCRIPTION:" + "é" * 100
    folded = fold(long_line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == long_line


@pytest.mark.parametrize("kwargs", [{"code": "nope"}, {"end": START}, {"naive": True}])
def test_refuses_bad_input(kwargs):
    code = kwargs.get("code", "K7QM3XPDRT5W")
    start = START.replace(tzinfo=None) if kwargs.get("naive") else START
    with pytest.raises(ValueError):
        appointment_ics(code, start, kwargs.get("end", END), created=CREATED, summary="x")
