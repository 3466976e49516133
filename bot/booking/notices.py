"""Queueing the counsellor's e-mail when an appointment is booked, moved or cancelled.

Only these facts go into a notice: the time (Europe/Amsterdam), the way of meeting, the reference
code and the contact detail if one was given. The wording is in content/mail/.
"""

from __future__ import annotations

import datetime as dt
import logging
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.booking import reference
from bot.content import fill_all
from bot.db.models import Appointment, Counsellor, MeetingMode
from bot.notify import outbox, templates
from bot.scheduling.dutch_dates import format_date_nl

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
BOOKED, MOVED, CANCELLED = "geboekt", "gewijzigd", "geannuleerd"  # template names in content/mail/

log = logging.getLogger(__name__)


def format_period(start: dt.datetime, end: dt.datetime) -> str:
    """"dinsdag 2 maart 2027, 10:00-10:45 uur" in Dutch time: the layout from the phrases file,
    the date from the one Dutch date formatter (bot.scheduling.dutch_dates.format_date_nl)."""
    local_start, local_end = start.astimezone(AMSTERDAM), end.astimezone(AMSTERDAM)
    return fill_all(templates.phrases()["tijdstip"], {
        "datum": format_date_nl(local_start.date(), with_year=True),
        "begin": f"{local_start:%H:%M}", "einde": f"{local_end:%H:%M}"})


def format_meeting_mode(meeting_mode: MeetingMode, location: str | None) -> str:
    text = templates.phrases()["vorm"][meeting_mode.value]
    return fill_all(text, {"locatie": location or ""})


def queue(session: Session, kind: str, appointment: Appointment, counsellor: Counsellor, now: dt.datetime,
          previous: tuple[dt.datetime, dt.datetime] | None = None,
          previous_mode: MeetingMode | None = None) -> None:
    """Add the notice for `appointment` to the outbox, in the caller's transaction. A changed way
    of meeting (`previous_mode`) is named with the new one: "telefonisch (was: via video)"."""
    if not counsellor.email:
        log.warning("counsellor %s has no e-mail address: no notice for a %s appointment", counsellor.key, kind)
        return
    contact_phrases = templates.phrases()["contact"]
    values = {
        "naam": counsellor.name,
        "tijdstip": format_period(_aware(appointment.starts_at), _aware(appointment.ends_at)),
        "vorm": format_meeting_mode(MeetingMode(appointment.meeting_mode), counsellor.location),
        "code": reference.display_lenient(appointment.reference_code),
        "contact": (fill_all(contact_phrases["met"], {"contact": appointment.contact})
                    if appointment.contact else contact_phrases["zonder"]),
    }
    if previous is not None:
        values["vorig_tijdstip"] = format_period(*previous)
    if previous_mode is not None and previous_mode != MeetingMode(appointment.meeting_mode):
        values["vorm"] = fill_all(templates.phrases()["vorm_gewijzigd"], {
            "vorm": values["vorm"], "vorige_vorm": format_meeting_mode(previous_mode, counsellor.location)})
    mail = templates.render(kind, values)
    outbox.enqueue(session, recipient=counsellor.email, subject=mail.subject, body=mail.body, now=now,
                   appointment_id=appointment.id)


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value
