"""Booking use cases on a real SQLite file and a real PostgreSQL database."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.booking import notices, reference
from bot.booking import repository as repo
from bot.booking.counsellors import apply, parse
from bot.booking.reference import InvalidCode
from bot.booking.repository import (
    AppointmentNotFound,
    InvalidSlot,
    MeetingModeNotOffered,
    NotChangeable,
    SlotNotOffered,
    SlotTaken,
    TooManyAttempts,
    UnknownCounsellor,
)
from bot.channels.guards import AttemptLimiter, CodeAttempts
from bot.contact import InvalidContact
from bot.db.models import Appointment, AppointmentStatus, Counsellor, MailOutbox, MeetingMode, OutboxStatus
from bot.notify.templates import TemplateError
from bot.settings import DEFAULT_RETENTION_DAYS
from tests.texts import mail_period, mail_subject

UTC = dt.timezone.utc
NOW = dt.datetime(2027, 3, 1, 8, 0, tzinfo=UTC)
NINE = dt.datetime(2027, 3, 2, 9, 0, tzinfo=UTC)  # 10:00 in Amsterdam
MIN = dt.timedelta(minutes=1)

COUNSELLORS = {"counsellors": [
    {"key": "anna", "name": "Anna de Vries", "kind": "VPOO", "internal": True, "email": "anna@example.nl",
     "meeting_modes": ["telefoon", "op_locatie"], "location": "Gebouw A, kamer 2.14",
     "hours": {"tuesday": ["09:00-17:00"]}},
    {"key": "bram", "name": "Bram Bakker", "kind": "BEIDE", "internal": False, "email": "bram@example.nl",
     "meeting_modes": ["video"], "hours": {"tuesday": ["09:00-17:00"]}},
    {"key": "cees", "name": "Cees Visser", "kind": "VPI", "internal": True, "email": "cees@example.nl",
     "meeting_modes": ["telefoon"], "hours": {"tuesday": ["09:00-17:00"]}},
]}


@pytest.fixture
def sessions(booking_db):
    return booking_db(COUNSELLORS)


def slot(start=NINE, minutes=45):
    return start, start + dt.timedelta(minutes=minutes)


def count(sessions, model, *where):
    with sessions() as s:
        return s.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def outbox(sessions):
    with sessions() as s:
        return s.execute(select(MailOutbox).order_by(MailOutbox.id)).scalars().all()


# --- book --------------------------------------------------------------------------------------

def test_book_stores_a_normalised_appointment_and_queues_a_notice(sessions):
    view = repo.book(sessions, "anna", *slot(), MeetingMode.IN_PERSON, pseudonym="  Sam  ",
                     contact="06-12345678", now=NOW)
    assert reference.normalise(view.code) and view.code[4] == view.code[9] == "-" and len(view.code) == 14
    assert (view.counsellor_key, view.counsellor_name) == ("anna", "Anna de Vries")
    assert (view.starts_at, view.ends_at) == slot()
    assert view.starts_at.tzinfo is not None
    assert view.meeting_mode is MeetingMode.IN_PERSON and view.location == "Gebouw A, kamer 2.14"
    assert (view.pseudonym, view.contact) == ("Sam", "+31612345678")
    assert view.status is AppointmentStatus.BOOKED and view.is_live and view.created_at == NOW

    with sessions() as s:
        row = s.execute(select(Appointment)).scalar_one()
        assert row.reference_code == view.code.replace("-", "")  # canonical form in the database
        assert len(row.reference_code) == 12  # 60 bits fit the existing String(16) column
    [mail] = outbox(sessions)
    assert mail.recipient == "anna@example.nl" and mail.subject == mail_subject("geboekt", view.code)
    assert mail.status is OutboxStatus.PENDING and mail.attempts == 0
    assert mail_period("dinsdag 2 maart 2027", "10:00", "10:45") in mail.body  # Europe/Amsterdam
    assert "+31612345678" in mail.body and "Sam" not in mail.body


def test_find_by_code_accepts_how_people_type_it(sessions):
    view = repo.book(sessions, "cees", *slot(), "telefoon", now=NOW)
    for typed in (view.code, view.code.lower(), view.code.replace("-", " "), view.code.replace("-", "")):
        assert repo.find_by_code(sessions, typed) == view
    other = "".join(reference.ALPHABET[(reference.ALPHABET.index(ch) + 1) % 31] for ch in view.code if ch != "-")
    assert repo.find_by_code(sessions, other) is None
    with pytest.raises(InvalidCode):
        repo.find_by_code(sessions, "ABC")


def test_the_same_slot_cannot_be_booked_twice(sessions):
    repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    with pytest.raises(SlotTaken):
        repo.book(sessions, "anna", *slot(), "op_locatie", contact="sam@example.nl", now=NOW)
    assert count(sessions, Appointment) == 1 and len(outbox(sessions)) == 1
    repo.book(sessions, "cees", *slot(), "telefoon", now=NOW)  # another counsellor: fine


def test_overlap_is_refused_but_adjacent_slots_are_fine(sessions):
    repo.book(sessions, "anna", *slot(NINE, 60), "telefoon", now=NOW)
    for start, minutes in ((NINE + 30 * MIN, 60), (NINE - 30 * MIN, 60), (NINE + 15 * MIN, 15), (NINE - MIN, 120)):
        with pytest.raises(SlotTaken):
            repo.book(sessions, "anna", *slot(start, minutes), "telefoon", now=NOW)
    repo.book(sessions, "anna", *slot(NINE + 60 * MIN), "telefoon", now=NOW)
    repo.book(sessions, "anna", *slot(NINE - 45 * MIN), "telefoon", now=NOW)
    assert count(sessions, Appointment) == 3


def test_a_cancelled_slot_can_be_booked_again(sessions):
    first = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    repo.cancel(sessions, first.code, NOW)
    second = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    assert second.code != first.code


@pytest.mark.parametrize(("args", "error"), [
    (("nobody", *slot(), "telefoon"), UnknownCounsellor),
    (("anna", *slot(), "video"), MeetingModeNotOffered),
    (("bram", *slot(), "op_locatie"), MeetingModeNotOffered),
    (("bram", *slot(), "telefoon"), MeetingModeNotOffered),
    (("anna", *slot(), "teams"), MeetingModeNotOffered),
    (("anna", NINE, NINE, "telefoon"), InvalidSlot),
    (("anna", NINE, NINE - MIN, "telefoon"), InvalidSlot),
    (("anna", NOW, NOW + 45 * MIN, "telefoon"), InvalidSlot),
    (("anna", NINE.replace(tzinfo=None), NINE.replace(tzinfo=None) + 45 * MIN, "telefoon"), InvalidSlot),
])
def test_refusals_write_nothing(sessions, args, error):
    with pytest.raises(error):
        repo.book(sessions, *args, now=NOW)
    assert count(sessions, Appointment) == 0 and outbox(sessions) == []


@pytest.mark.parametrize(("pseudonym", "contact"), [("Sam!", None), ("Sam", "bel me"), ("Sam", "0900-1234567")])
def test_bad_contact_details_are_refused(sessions, pseudonym, contact):
    with pytest.raises(InvalidContact):
        repo.book(sessions, "anna", *slot(), "telefoon", pseudonym=pseudonym, contact=contact, now=NOW)
    assert count(sessions, Appointment) == 0


def test_times_in_other_zones_are_stored_as_the_same_instant(sessions):
    amsterdam = ZoneInfo("Europe/Amsterdam")
    view = repo.book(sessions, "anna", dt.datetime(2027, 3, 2, 10, 0, tzinfo=amsterdam),
                     dt.datetime(2027, 3, 2, 10, 45, tzinfo=amsterdam), "telefoon", now=NOW)
    assert (view.starts_at, view.ends_at) == slot()
    with pytest.raises(SlotTaken):  # the same instant written in UTC
        repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)


def test_a_reference_code_already_in_use_is_replaced(sessions):
    taken = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW).code.replace("-", "")
    fresh = reference.generate()
    codes = iter([taken, taken, fresh])
    view = repo.book(sessions, "cees", *slot(), "telefoon", now=NOW, new_code=lambda: next(codes))
    assert view.code == reference.display(fresh)
    assert count(sessions, Appointment) == 2 and len(outbox(sessions)) == 2


def test_giving_up_when_every_code_is_in_use(sessions):
    taken = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW).code
    with pytest.raises(repo.BookingError, match="no unused reference code"):
        repo.book(sessions, "cees", *slot(), "telefoon", now=NOW, new_code=lambda: taken)
    assert count(sessions, Appointment) == 1


def test_booking_and_its_notice_are_one_transaction(sessions, monkeypatch):
    monkeypatch.setattr(notices, "BOOKED", "no-such-template")
    with pytest.raises(TemplateError):
        repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    assert count(sessions, Appointment) == 0 and outbox(sessions) == []


def test_no_notice_without_a_counsellor_address(sessions):
    with sessions.begin() as s:
        s.execute(select(Counsellor).where(Counsellor.key == "cees")).scalar_one().email = None
    repo.book(sessions, "cees", *slot(), "telefoon", now=NOW)
    assert count(sessions, Appointment) == 1 and outbox(sessions) == []


# --- cancel ------------------------------------------------------------------------------------

def test_cancel(sessions):
    view = repo.book(sessions, "anna", *slot(), "telefoon", contact="sam@example.nl", now=NOW)
    cancelled = repo.cancel(sessions, view.code.lower(), NOW + MIN)
    assert cancelled.status is AppointmentStatus.CANCELLED and cancelled.cancelled_at == NOW + MIN
    assert not cancelled.is_live and cancelled.code == view.code
    assert repo.find_by_code(sessions, view.code).status is AppointmentStatus.CANCELLED
    mails = outbox(sessions)
    assert [m.subject for m in mails] == [mail_subject("geboekt", view.code), mail_subject("geannuleerd", view.code)]
    assert mail_period("dinsdag 2 maart 2027", "10:00", "10:45") in mails[1].body and "sam@example.nl" in mails[1].body

    with pytest.raises(NotChangeable, match="already cancelled"):
        repo.cancel(sessions, view.code, NOW + 2 * MIN)
    assert len(outbox(sessions)) == 2


def test_cancel_refusals(sessions):
    view = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    with pytest.raises(AppointmentNotFound):
        repo.cancel(sessions, reference.generate(), NOW)
    with pytest.raises(InvalidCode):
        repo.cancel(sessions, "nonsense", NOW)
    with pytest.raises(NotChangeable, match="already started"):
        repo.cancel(sessions, view.code, NINE)
    assert repo.find_by_code(sessions, view.code).is_live


# --- reschedule --------------------------------------------------------------------------------

def test_reschedule_moves_the_appointment_and_frees_the_old_slot(sessions):
    view = repo.book(sessions, "anna", *slot(), "op_locatie", pseudonym="Sam", contact="0612345678", now=NOW)
    later = NINE + dt.timedelta(hours=2)
    moved = repo.reschedule(sessions, view.code, *slot(later, 60), NOW)
    assert moved.code == view.code and (moved.starts_at, moved.ends_at) == slot(later, 60)
    assert (moved.pseudonym, moved.contact, moved.meeting_mode) == ("Sam", "+31612345678", MeetingMode.IN_PERSON)
    assert count(sessions, Appointment) == 1

    mail = outbox(sessions)[-1]
    assert mail.subject == mail_subject("gewijzigd", view.code)
    was = mail_period("dinsdag 2 maart 2027", "10:00", "10:45")
    now = mail_period("dinsdag 2 maart 2027", "12:00", "13:00")
    assert was in mail.body and now in mail.body and mail.body.index(was) < mail.body.index(now)

    repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)  # the old time is free again


def test_reschedule_onto_a_taken_time_changes_nothing(sessions):
    mine = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    repo.book(sessions, "anna", *slot(NINE + dt.timedelta(hours=2)), "telefoon", now=NOW)
    mails_before = len(outbox(sessions))
    with pytest.raises(SlotTaken):  # same start: the unique index
        repo.reschedule(sessions, mine.code, *slot(NINE + dt.timedelta(hours=2)), NOW)
    with pytest.raises(SlotTaken):  # overlapping
        repo.reschedule(sessions, mine.code, *slot(NINE + dt.timedelta(hours=1, minutes=30)), NOW)
    after = repo.find_by_code(sessions, mine.code)
    assert (after.starts_at, after.ends_at) == slot() and after.is_live
    assert len(outbox(sessions)) == mails_before


def test_reschedule_may_overlap_its_own_old_time(sessions):
    view = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    moved = repo.reschedule(sessions, view.code, *slot(NINE + 15 * MIN), NOW)
    assert moved.starts_at == NINE + 15 * MIN


def test_reschedule_to_the_same_time_is_a_no_op(sessions):
    view = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    assert repo.reschedule(sessions, view.code, *slot(), NOW) == view
    assert len(outbox(sessions)) == 1


def test_every_change_raises_the_revision_and_nothing_else_does(sessions):
    """The revision is the calendar file's SEQUENCE (RFC 5545 3.8.7.4): a calendar replaces the
    event of the same UID only by a higher one. A new time, a new way of meeting and a move to
    another counsellor each raise it, in the same transaction; a no-op and a refused move do not."""
    view = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    assert view.revision == 0
    assert repo.reschedule(sessions, view.code, *slot(NINE + dt.timedelta(hours=2)), NOW).revision == 1
    assert repo.reschedule(sessions, view.code, *slot(NINE + dt.timedelta(hours=2)), NOW,
                           meeting_mode="op_locatie").revision == 2
    assert repo.reschedule(sessions, view.code, *slot(NINE + dt.timedelta(hours=2)), NOW).revision == 2  # no-op
    repo.book(sessions, "anna", *slot(NINE + dt.timedelta(hours=4)), "telefoon", now=NOW)
    with pytest.raises(SlotTaken):
        repo.reschedule(sessions, view.code, *slot(NINE + dt.timedelta(hours=4)), NOW)
    assert repo.find_by_code(sessions, view.code).revision == 2
    moved = repo.reschedule(sessions, view.code, *slot(NINE + dt.timedelta(hours=3)), NOW,
                            meeting_mode="telefoon", counsellor_key="cees")
    assert (moved.counsellor_key, moved.revision) == ("cees", 3)
    assert repo.find_by_code(sessions, view.code).revision == 3


def test_reschedule_refusals(sessions):
    view = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    with pytest.raises(AppointmentNotFound):
        repo.reschedule(sessions, reference.generate(), *slot(NINE + dt.timedelta(hours=3)), NOW)
    with pytest.raises(InvalidSlot):
        repo.reschedule(sessions, view.code, NOW - MIN, NOW + MIN, NOW)
    with pytest.raises(NotChangeable, match="already started"):
        repo.reschedule(sessions, view.code, *slot(NINE + dt.timedelta(hours=3)), NINE + MIN)
    repo.cancel(sessions, view.code, NOW)
    with pytest.raises(NotChangeable, match="already cancelled"):
        repo.reschedule(sessions, view.code, *slot(NINE + dt.timedelta(hours=3)), NOW)


def test_appointments_of_a_deactivated_counsellor_can_be_cancelled_not_moved(sessions):
    view = repo.book(sessions, "cees", *slot(), "telefoon", now=NOW)
    with sessions.begin() as s:
        apply(s, parse({"counsellors": [c for c in COUNSELLORS["counsellors"] if c["key"] != "cees"]}))
    with pytest.raises(NotChangeable, match="no longer takes appointments"):
        repo.reschedule(sessions, view.code, *slot(NINE + dt.timedelta(hours=3)), NOW)
    assert repo.cancel(sessions, view.code, NOW).status is AppointmentStatus.CANCELLED


# --- reading -----------------------------------------------------------------------------------

def test_upcoming_lists_live_appointments_that_have_not_ended(sessions):
    past = repo.book(sessions, "anna", *slot(NOW + dt.timedelta(hours=2)), "telefoon", now=NOW)
    later = repo.book(sessions, "bram", *slot(NINE + dt.timedelta(hours=3)), "video", now=NOW)
    soon = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    gone = repo.book(sessions, "cees", *slot(), "telefoon", now=NOW)
    repo.cancel(sessions, gone.code, NOW)
    at = NOW + dt.timedelta(hours=2, minutes=50)  # `past` ended 5 minutes ago
    assert [v.code for v in repo.upcoming(sessions, at)] == [soon.code, later.code]
    assert [v.code for v in repo.upcoming(sessions, NOW)] == [past.code, soon.code, later.code]


def test_booked_between_gives_busy_periods_without_personal_data(sessions):
    repo.book(sessions, "anna", *slot(), "telefoon", pseudonym="Sam", contact="0612345678", now=NOW)
    repo.book(sessions, "bram", *slot(NINE + dt.timedelta(hours=1)), "video", now=NOW)
    repo.book(sessions, "anna", *slot(NINE + dt.timedelta(days=1)), "telefoon", now=NOW)
    gone = repo.book(sessions, "cees", *slot(), "telefoon", now=NOW)
    repo.cancel(sessions, gone.code, NOW)

    day = (NINE.replace(hour=0), NINE.replace(hour=23))
    busy = repo.booked_between(sessions, *day)
    assert [(b.counsellor_key, b.starts_at, b.ends_at) for b in busy] == [
        ("anna", *slot()), ("bram", *slot(NINE + dt.timedelta(hours=1)))]
    assert set(vars(busy[0])) == {"counsellor_key", "starts_at", "ends_at"}
    assert [b.counsellor_key for b in repo.booked_between(sessions, *day, counsellor_key="bram")] == ["bram"]
    # Overlap counts at the edges of the window: [09:44, ...) touches anna's, [09:45, ...) does not.
    assert len(repo.booked_between(sessions, NINE + 44 * MIN, NINE + 50 * MIN)) == 1
    assert repo.booked_between(sessions, NINE + 45 * MIN, NINE + 50 * MIN) == []


# --- guessing codes ----------------------------------------------------------------------------

def test_wrong_codes_lock_the_conversation(sessions):
    view = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    clock = [0.0]
    limiter = AttemptLimiter(clock=lambda: clock[0])
    for _ in range(3):
        with pytest.raises(InvalidCode):  # typos that cannot be codes do not count
            repo.find_by_code_limited(sessions, "ABCD-EFG", limiter=limiter, key="conv-1")
    assert repo.find_by_code_limited(sessions, view.code, limiter=limiter, key="conv-1") == view
    for _ in range(5):
        assert repo.find_by_code_limited(sessions, reference.generate(), limiter=limiter, key="conv-1") is None
    with pytest.raises(TooManyAttempts) as info:
        repo.find_by_code_limited(sessions, view.code, limiter=limiter, key="conv-1")  # even the right one
    assert info.value.retry_after == pytest.approx(900)
    assert repo.find_by_code_limited(sessions, view.code, limiter=limiter, key="conv-2") == view
    clock[0] += 900
    assert repo.find_by_code_limited(sessions, view.code, limiter=limiter, key="conv-1") == view


# --- times and codes from outside (issue 9) -------------------------------------------------------

ON_GRID = dt.datetime(2027, 3, 2, 8, 0, tzinfo=UTC)  # Tuesday 09:00 in Amsterdam: anna's first slot
SUNDAY_NIGHT = dt.datetime(2027, 3, 7, 3, 0, tzinfo=UTC)  # Sunday 04:00 in Amsterdam


@pytest.mark.parametrize(("start", "why"), [
    (SUNDAY_NIGHT, "a Sunday at 04:00"),
    (NINE, "10:00 is not on the 09:00 + 45 minutes grid"),
    (ON_GRID + dt.timedelta(days=7 * 52), "2028-02-29: anna is absent"),
    (NOW + dt.timedelta(hours=1), "less than 4 hours ahead"),
])
def test_a_time_the_hours_do_not_offer_is_refused_and_nothing_is_written(sessions, start, why):
    with sessions.begin() as s:  # one absence, to see that it is read in the transaction
        anna = s.execute(select(Counsellor).where(Counsellor.key == "anna")).scalar_one()
        anna.absences.append(_absence(anna.id))
    with pytest.raises(SlotNotOffered):
        repo.book(sessions, "anna", *slot(start), "telefoon", contact="0612345678", now=NOW, within_hours=True)
    assert issubclass(SlotNotOffered, SlotTaken)  # the person hears "no longer free"
    assert count(sessions, Appointment) == 0 and count(sessions, MailOutbox) == 0, why


def _absence(counsellor_id):
    from bot.db.models import Absence
    return Absence(counsellor_id=counsellor_id, first_day=dt.date(2028, 2, 28), last_day=dt.date(2028, 3, 3))


def test_an_offered_time_is_booked_and_moved_within_hours(sessions):
    view = repo.book(sessions, "anna", *slot(ON_GRID), "telefoon", now=NOW, within_hours=True)
    assert view.starts_at == ON_GRID
    with pytest.raises(SlotNotOffered):
        repo.reschedule(sessions, view.code, *slot(SUNDAY_NIGHT), NOW, within_hours=True)
    assert repo.find_by_code(sessions, view.code).starts_at == ON_GRID and len(outbox(sessions)) == 1
    later = ON_GRID + dt.timedelta(minutes=45)
    assert repo.reschedule(sessions, view.code, *slot(later), NOW, within_hours=True).starts_at == later


def test_hours_changed_after_the_offer_are_what_counts(sessions):
    """An offer made before the counsellor's hours changed is checked against the hours now."""
    apply_hours = dict(COUNSELLORS["counsellors"][0], hours={"wednesday": ["09:00-17:00"]})
    with sessions.begin() as s:
        apply(s, parse({"counsellors": [apply_hours] + COUNSELLORS["counsellors"][1:]}))
    with pytest.raises(SlotNotOffered):
        repo.book(sessions, "anna", *slot(ON_GRID), "telefoon", now=NOW, within_hours=True)


def test_proving_a_code_answers_the_same_for_wrong_cancelled_and_started(sessions):
    attempts = CodeAttempts(per_conversation=5, per_client=20)
    live = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    cancelled = repo.book(sessions, "cees", *slot(), "telefoon", now=NOW)
    repo.cancel(sessions, cancelled.code, NOW)
    started = repo.book(sessions, "bram", *slot(), "video", now=NOW)
    later = NINE + MIN  # the appointments have started
    assert repo.find_changeable_limited(sessions, live.code, NOW, attempts=attempts, conversation="c") == live
    for code, when in ((reference.generate(), NOW), (cancelled.code, NOW), (started.code, later)):
        assert repo.find_changeable_limited(sessions, code, when, attempts=attempts, conversation="c") is None
    assert attempts.conversations.failures("c:c") == 3  # each None counted; the right code not
    with pytest.raises(InvalidCode):  # not counted
        repo.find_changeable_limited(sessions, "ABCD", NOW, attempts=attempts, conversation="c")
    assert attempts.conversations.failures("c:c") == 3


def test_proving_is_limited_per_conversation_and_per_client(sessions):
    clock = [0.0]
    attempts = CodeAttempts(per_conversation=5, per_client=20, clock=lambda: clock[0])
    view = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)

    def prove(code, conversation, client=None):
        return repo.find_changeable_limited(sessions, code, NOW, attempts=attempts, conversation=conversation,
                                            client=client)

    # a new conversation per guess: the client's limit holds
    for n in range(20):
        assert prove(reference.generate(), f"gesprek-{n}", client="kantoor-1") is None
    with pytest.raises(TooManyAttempts):
        prove(view.code, "gesprek-nieuw", client="kantoor-1")
    assert prove(view.code, "gesprek-nieuw", client="thuis-2") == view  # nobody else is locked out
    assert prove(view.code, "gesprek-zonder-client") == view
    clock[0] += 900
    assert prove(view.code, "gesprek-nieuw", client="kantoor-1") == view


# --- retention ---------------------------------------------------------------------------------

def test_purge_deletes_expired_appointments_with_their_notices(sessions):
    long_ago = NOW - dt.timedelta(days=31)
    old = repo.book(sessions, "anna", *slot(long_ago), "telefoon", contact="0612345678", now=long_ago - MIN)
    recent = repo.book(sessions, "anna", *slot(NOW - dt.timedelta(days=29)), "telefoon",
                       now=NOW - dt.timedelta(days=30))
    future_cancelled_long_ago = repo.book(sessions, "cees", *slot(), "telefoon", contact="0612345678",
                                          now=long_ago - MIN)
    repo.cancel(sessions, future_cancelled_long_ago.code, long_ago)
    future_cancelled_now = repo.book(sessions, "bram", *slot(), "video", now=NOW - MIN)
    repo.cancel(sessions, future_cancelled_now.code, NOW)
    live = repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    assert count(sessions, MailOutbox) == 7

    assert repo.purge_expired(sessions, NOW, DEFAULT_RETENTION_DAYS) == 2  # default 30 days
    remaining = {v for v in (old, recent, future_cancelled_long_ago, future_cancelled_now, live)
                 if repo.find_by_code(sessions, v.code)}
    assert remaining == {recent, future_cancelled_now, live}
    with sessions() as s:
        assert "+31612345678" not in " ".join(s.execute(select(MailOutbox.body)).scalars())
        assert s.execute(select(func.count()).select_from(Appointment)
                         .where(Appointment.contact.is_not(None))).scalar_one() == 0
    assert count(sessions, MailOutbox) == 4
    assert repo.purge_expired(sessions, NOW, DEFAULT_RETENTION_DAYS) == 0  # nothing left to do

    assert repo.purge_expired(sessions, NOW, 1) == 1  # `recent` ended 29 days ago
    assert repo.purge_expired(sessions, NOW + MIN, retention_days=0) == 1  # cancelled a minute ago

