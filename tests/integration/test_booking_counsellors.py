"""The counsellors file: strict checks, and an idempotent sync on SQLite and PostgreSQL."""

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from bot.booking import counsellors as cf
from bot.booking.counsellors import CounsellorFileError
from bot.booking.repository import UnknownCounsellor, book
from bot.db import make_engine
from bot.db.migrate import upgrade
from bot.db.models import Absence, Appointment, Counsellor, CounsellorKind, WeeklyHours
from bot.settings import PROJECT_ROOT, Settings

UTC = dt.timezone.utc

ANNA = """\
  - key: anna
    name: Anna de Vries
    kind: VPOO
    internal: true
    email: anna@example.nl
    meeting_modes: [telefoon, op_locatie]
    location: Gebouw A, kamer 2.14
    hours:
      monday: ["09:00-12:00", "13:00-17:00"]
      donderdag: ["09:00-12:00"]
    absences:
      - {first_day: 2027-07-19, last_day: 2027-08-06}
"""
BRAM = """\
  - key: bram
    name: Bram Bakker
    kind: BEIDE
    internal: false
    email: bram@example.nl
    meeting_modes: [telefoon, video]
    hours:
      tuesday: ["13:00-17:00"]
"""


def write(tmp_path, *entries, name="counsellors.yml"):
    path = tmp_path / name
    path.write_text("counsellors:\n" + "".join(entries), encoding="utf-8")
    return path


def problems_for(tmp_path, text):
    with pytest.raises(CounsellorFileError) as info:
        cf.load(write(tmp_path, text))
    return "\n".join(info.value.problems)


# --- reading and checking ----------------------------------------------------------------------

def test_the_example_file_is_valid_and_realistic():
    specs = {s.key: s for s in cf.load(PROJECT_ROOT / "counsellors.example.yml")}
    assert len(specs) == 2
    internal, external = sorted(specs.values(), key=lambda s: not s.internal)
    assert internal.internal and internal.kind is CounsellorKind.VPOO
    assert internal.phone and not internal.video and internal.location == "Gebouw A, kamer 2.14"
    assert not external.internal and external.kind is CounsellorKind.BOTH
    assert external.phone and external.video and external.location is None
    assert all(s.email and s.absences and s.hours for s in specs.values())
    assert {(h.weekday, h.start, h.end) for h in internal.hours} >= {(0, dt.time(9), dt.time(12)),
                                                                     (0, dt.time(13), dt.time(17))}


def test_parse_details(tmp_path):
    anna, bram = cf.load(write(tmp_path, ANNA, BRAM))
    assert anna.key == "anna" and anna.kind is CounsellorKind.VPOO and anna.internal is True
    assert anna.phone and not anna.video and anna.location == "Gebouw A, kamer 2.14"
    assert [(h.weekday, h.start, h.end) for h in anna.hours] == [
        (0, dt.time(9), dt.time(12)), (0, dt.time(13), dt.time(17)), (3, dt.time(9), dt.time(12))]
    assert [(a.first_day, a.last_day) for a in anna.absences] == [(dt.date(2027, 7, 19), dt.date(2027, 8, 6))]
    assert bram.phone and bram.video and bram.location is None and bram.absences == ()


@pytest.mark.parametrize(("change", "expected"), [
    (("kind: VPOO", "kind: VPX"), "kind 'VPX' is not one of VPOO, VPI, BEIDE"),
    (('"09:00-12:00", "13:00-17:00"', '"09:00-12:00", "13:00-25:00"'), "25:00"),
    (('"09:00-12:00", "13:00-17:00"', '"09:00-12:00", "17:00-13:00"'), "start is not before the end"),
    (('"09:00-12:00", "13:00-17:00"', '"09:00-12:00", "11:00-17:00"'), "overlap"),
    (('"09:00-12:00", "13:00-17:00"', '"9 tot 12"'), "must look like"),
    (('monday: ["09:00-12:00", "13:00-17:00"]', "monday: [09:00, 13:00]"), "must be quoted text"),
    (("monday:", "mondag:"), "unknown weekday 'mondag'"),
    (("donderdag:", "thursday:"), None),  # English and Dutch names both work
    (("    location: Gebouw A, kamer 2.14\n", ""), "op_locatie) needs a location"),
    (("[telefoon, op_locatie]", "[telefoon]"), "location is only used with op_locatie"),
    (("[telefoon, op_locatie]", "[telefoon, skype]"), "meeting mode 'skype'"),
    (("[telefoon, op_locatie]", "[]"), "non-empty list"),
    (("internal: true", "internal: ja"), "internal must be true or false"),
    (("email: anna@example.nl", "email: anna-at-example"), "email 'anna-at-example'"),
    (("key: anna", "key: Anna de Vries"), "key must be lower-case"),
    (("    kind: VPOO\n", ""), "missing field(s) kind"),
    (("    kind: VPOO\n", "    kind: VPOO\n    notes: x\n"), "unknown field(s) notes"),
    (("last_day: 2027-08-06", "last_day: 2027-07-01"), "is after last_day"),
    (("last_day: 2027-08-06", "last_day: 6 augustus"), "is not a date"),
    (("    email: anna@example.nl\n", "    email: anna@example.nl\n    email: a@example.nl\n"),
     "duplicate key 'email'"),
])
def test_each_problem_is_named(tmp_path, change, expected):
    old, new = change
    assert old in ANNA
    text = ANNA.replace(old, new)
    if expected is None:
        assert cf.load(write(tmp_path, text))[0].hours[-1].weekday == 3
    else:
        assert expected in problems_for(tmp_path, text)


def test_a_key_used_twice_is_refused(tmp_path):
    problems = problems_for(tmp_path, ANNA + BRAM.replace("key: bram", "key: anna"))
    assert "counsellor 2 (anna): key 'anna' is already used by counsellor 1" in problems


def test_all_problems_are_reported_at_once(tmp_path):
    text = ANNA.replace("kind: VPOO", "kind: vp").replace("13:00-17:00", "13:00-25:00")
    with pytest.raises(CounsellorFileError) as info:
        cf.load(write(tmp_path, text, BRAM.replace("email: bram@example.nl", "email: nope")))
    assert len(info.value.problems) == 3
    assert str(tmp_path) in str(info.value)


@pytest.mark.parametrize("text", ["", "counsellors: []\n", "counsellors: {}\n", "- key: a\n",
                                  "counsellors:\n  - key: a\nothers: 1\n", "counsellors: [\n"])
def test_the_overall_shape_is_checked(tmp_path, text):
    path = tmp_path / "c.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CounsellorFileError):
        cf.load(path)


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CounsellorFileError, match="cannot read"):
        cf.load(tmp_path / "nope.yml")


def test_default_path(tmp_path):
    configured = Settings.from_env({cf.ENV_FILE: str(tmp_path / "mine.yml")}).booking.counsellors_file
    assert cf.default_path(configured) == tmp_path / "mine.yml"
    assert Settings.from_env({}).booking.counsellors_file is None
    expected = PROJECT_ROOT / ("counsellors.yml" if (PROJECT_ROOT / "counsellors.yml").exists()
                               else "counsellors.example.yml")
    assert cf.default_path() == expected


# --- syncing -----------------------------------------------------------------------------------

@pytest.fixture
def sessions(database_url):
    upgrade(database_url)
    engine = make_engine(database_url)
    yield sessionmaker(bind=engine, future=True, expire_on_commit=False)
    engine.dispose()


def sync(sessions, path):
    with sessions.begin() as session:
        return cf.sync(session, path)


def snapshot(sessions):
    with sessions() as s:
        people = {c.key: (c.name, c.kind, c.internal, c.phone, c.video, c.location, c.email, c.active)
                  for c in s.execute(select(Counsellor)).scalars()}
        hours = sorted((c.key, h.id, h.weekday, h.start_time, h.end_time)
                       for c, h in s.execute(select(Counsellor, WeeklyHours).join(WeeklyHours)))
        absences = sorted((c.key, a.id, a.first_day, a.last_day)
                          for c, a in s.execute(select(Counsellor, Absence).join(Absence)))
    return people, hours, absences


def test_sync_adds_then_changes_nothing(sessions, tmp_path):
    path = write(tmp_path, ANNA, BRAM)
    result = sync(sessions, path)
    assert (result.added, result.updated, result.unchanged, result.deactivated) == (2, 0, 0, 0)
    assert result.summary() == f"{path}: 2 added, 0 updated, 0 unchanged, 0 deactivated"
    first = snapshot(sessions)
    people, hours, absences = first
    assert people["anna"] == ("Anna de Vries", CounsellorKind.VPOO, True, True, False, "Gebouw A, kamer 2.14",
                              "anna@example.nl", True)
    assert people["bram"][5] is None and people["bram"][7] is True
    assert [(h[2], h[3], h[4]) for h in hours if h[0] == "anna"] == [
        (0, dt.time(9), dt.time(12)), (0, dt.time(13), dt.time(17)), (3, dt.time(9), dt.time(12))]
    assert [(a[2], a[3]) for a in absences] == [(dt.date(2027, 7, 19), dt.date(2027, 8, 6))]

    again = sync(sessions, path)
    assert (again.added, again.updated, again.unchanged, again.deactivated) == (0, 0, 2, 0)
    assert snapshot(sessions) == first  # same rows, same ids: nothing rewritten


def test_sync_updates_and_replaces_hours_and_absences(sessions, tmp_path):
    sync(sessions, write(tmp_path, ANNA, BRAM))
    changed = (ANNA.replace('donderdag: ["09:00-12:00"]', 'friday: ["10:00-11:30"]')
               .replace("{first_day: 2027-07-19, last_day: 2027-08-06}", "{first_day: 2027-12-27}")
               .replace("Anna de Vries", "Anna de Vries-Smit"))
    result = sync(sessions, write(tmp_path, changed, BRAM))
    assert (result.added, result.updated, result.unchanged, result.deactivated) == (0, 1, 1, 0)
    people, hours, absences = snapshot(sessions)
    assert people["anna"][0] == "Anna de Vries-Smit"
    assert [(h[2], h[3], h[4]) for h in hours if h[0] == "anna"] == [
        (0, dt.time(9), dt.time(12)), (0, dt.time(13), dt.time(17)), (4, dt.time(10), dt.time(11, 30))]
    assert [(a[2], a[3]) for a in absences] == [(dt.date(2027, 12, 27), dt.date(2027, 12, 27))]
    with sessions() as s:  # replaced, not added to
        assert s.execute(select(func.count()).select_from(WeeklyHours)).scalar_one() == 4


def test_sync_deactivates_but_never_deletes(sessions, tmp_path):
    sync(sessions, write(tmp_path, ANNA, BRAM))
    now = dt.datetime(2027, 3, 1, 8, 0, tzinfo=UTC)
    start = dt.datetime(2027, 3, 2, 14, 0, tzinfo=UTC)
    booked = book(sessions, "bram", start, start + dt.timedelta(minutes=45), "video", now=now)

    result = sync(sessions, write(tmp_path, ANNA))
    assert (result.added, result.updated, result.unchanged, result.deactivated) == (0, 0, 1, 1)
    people, _, _ = snapshot(sessions)
    assert people["bram"][7] is False and people["anna"][7] is True
    with sessions() as s:
        assert s.execute(select(Appointment.reference_code)).scalar_one() == booked.code.replace("-", "")
    with pytest.raises(UnknownCounsellor):
        book(sessions, "bram", start + dt.timedelta(hours=1), start + dt.timedelta(hours=2), "video", now=now)
    assert sync(sessions, write(tmp_path, ANNA)).deactivated == 0  # already inactive

    back = sync(sessions, write(tmp_path, ANNA, BRAM))
    assert (back.added, back.updated, back.unchanged) == (0, 1, 1)
    assert snapshot(sessions)[0]["bram"][7] is True


def test_a_bad_file_changes_nothing(sessions, tmp_path):
    sync(sessions, write(tmp_path, ANNA, BRAM))
    before = snapshot(sessions)
    with pytest.raises(CounsellorFileError):
        sync(sessions, write(tmp_path, ANNA.replace("VPOO", "VPX")))
    assert snapshot(sessions) == before


def test_by_name_is_optional_checked_and_synced(sessions, tmp_path):
    """by_name (issue 10): whether a person may ask for the counsellor by name; default false."""
    assert "by_name must be true or false" in problems_for(tmp_path, ANNA.replace("internal: true",
                                                                                  "internal: true\n    by_name: ja"))
    sync(sessions, write(tmp_path, ANNA.replace("internal: true", "internal: true\n    by_name: true"), BRAM))
    with sessions() as s:
        assert dict(s.execute(select(Counsellor.key, Counsellor.by_name)).all()) == {"anna": True, "bram": False}
    again = sync(sessions, write(tmp_path, ANNA, BRAM))
    assert again.updated == 1
    with sessions() as s:
        assert s.execute(select(Counsellor.by_name).where(Counsellor.key == "anna")).scalar_one() is False
