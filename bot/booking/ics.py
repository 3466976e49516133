"""An appointment as an iCalendar file (RFC 5545), for the person's own calendar.

Pure. No personal data: no name, pseudonym, contact, counsellor e-mail or conversation text;
only the time, the reference code (in the UID, so a changed appointment replaces the old one in
the calendar) and the texts the organisation chose (content/agenda.yml). Times are written in
UTC ("...Z"), which every calendar shows in its own zone; X-WR-TIMEZONE names Europe/Amsterdam.
"""

from __future__ import annotations

import datetime as dt

from bot.booking import reference

UTC = dt.timezone.utc
PRODID = "-//VP-wegwijzer//Afspraak//NL"
UID_DOMAIN = "vp-wegwijzer.invalid"
_LINE_OCTETS = 75


def _stamp(moment: dt.datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("ics times must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def escape_text(value: str) -> str:
    """RFC 5545 3.3.11 TEXT escaping."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """RFC 5545 3.1: lines of at most 75 octets, continued with CRLF and one space,
    never splitting a UTF-8 character."""
    parts: list[str] = []
    current, size = "", 0
    limit = _LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            parts.append(current)
            current, size = "", 0
            limit = _LINE_OCTETS - 1  # continuation lines start with a space
        current += char
        size += octets
    parts.append(current)
    return "\r\n ".join(parts)


def appointment_ics(code: str, start: dt.datetime, end: dt.datetime, *, created: dt.datetime,
                    summary: str, description: str = "", location: str | None = None,
                    sequence: int = 0) -> str:
    """The VCALENDAR text for one appointment. `code` in any accepted form; `location` only for
    a meeting in person (the room is no personal data)."""
    canonical = reference.normalise(code)
    start_stamp, end_stamp = _stamp(start), _stamp(end)  # refuses naive times
    if end <= start:
        raise ValueError("the appointment must end after it starts")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-TIMEZONE:Europe/Amsterdam",
        "BEGIN:VEVENT",
        f"UID:{canonical.lower()}@{UID_DOMAIN}",
        f"DTSTAMP:{_stamp(created)}",
        f"DTSTART:{start_stamp}",
        f"DTEND:{end_stamp}",
        f"SEQUENCE:{int(sequence)}",
        f"SUMMARY:{escape_text(summary)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    lines += ["TRANSP:OPAQUE", "CLASS:PRIVATE", "END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)
