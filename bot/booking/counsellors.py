"""The counsellors (VPs) from the file the organisation edits, checked strictly, synced to the database.

File format (see counsellors.example.yml):

    counsellors:
      - key: anna-de-vries            # stable id: never reuse it for someone else
        name: Anna de Vries
        kind: VPOO                    # VPOO, VPI or BEIDE
        internal: true
        by_name: true                 # optional (default false): may be asked for by name
        email: a.devries@example.nl   # where booking notices go
        phone_number: 020-123 45 67   # optional: shown to who calls in (not synced; read from the file)
        meeting_modes: [telefoon, op_locatie]   # telefoon, video, op_locatie
        location: Gebouw A, kamer 2.14          # required with op_locatie, only then
        hours:                        # Europe/Amsterdam; weekday names in English or Dutch
          monday: ["09:00-12:00", "13:00-17:00"]
        absences:                     # both days included
          - {first_day: 2027-07-19, last_day: 2027-08-06}

`sync` makes the database match the file: it adds and updates by `key`, replaces hours and
absences, and deactivates counsellors who are no longer listed. It never deletes a counsellor,
so appointments keep their counsellor.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bot import settings
from bot.contact import InvalidContact, normalise_email
from bot.db.models import Absence, Counsellor, CounsellorKind, MeetingMode, WeeklyHours
from bot.settings import PROJECT_ROOT
from bot.vocabulary import WEEKDAYS as DUTCH_WEEKDAYS

ENV_FILE = "BOT_COUNSELLORS_FILE"

WEEKDAYS = {
    **{name: i for i, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])},
    **{name: i for i, name in enumerate(DUTCH_WEEKDAYS)},
}
_FIELDS_REQUIRED = ("key", "name", "kind", "internal", "email", "meeting_modes", "hours")
_FIELDS_OPTIONAL = ("location", "absences", "by_name", "phone_number")
_PHONE_NUMBER = re.compile(r"\+?[0-9][0-9 ()./-]{5,28}[0-9]")
_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_RANGE = re.compile(r"\s*([0-9]{1,2}):([0-9]{2})\s*-\s*([0-9]{1,2}):([0-9]{2})\s*")
_NAME_MAX = 200
_LOCATION_MAX = 300


class CounsellorFileError(ValueError):
    """The counsellors file cannot be used. `problems` lists every problem found."""

    def __init__(self, path: Path | str, problems: list[str]) -> None:
        self.path = str(path)
        self.problems = problems
        super().__init__(f"{path}:\n" + "\n".join(f"  - {p}" for p in problems))


@dataclass(frozen=True)
class HoursSpec:
    weekday: int  # Monday = 0
    start: dt.time
    end: dt.time


@dataclass(frozen=True)
class AbsenceSpec:
    first_day: dt.date
    last_day: dt.date


@dataclass(frozen=True)
class CounsellorSpec:
    key: str
    name: str
    kind: CounsellorKind
    internal: bool
    email: str
    phone: bool
    video: bool
    location: str | None  # set exactly when meeting in person (op_locatie) is offered
    hours: tuple[HoursSpec, ...]
    absences: tuple[AbsenceSpec, ...]
    by_name: bool = False  # the person may ask for this counsellor by name
    # The number people may call, shown when they call in themselves (tenth stranger test c17,
    # c20: ex-employees and external workers have no intranet). Read from the file, not synced.
    phone_number: str | None = None


@dataclass(frozen=True)
class SyncResult:
    path: str
    added: int
    updated: int
    unchanged: int
    deactivated: int

    def summary(self) -> str:
        return (f"{self.path}: {self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.deactivated} deactivated")


def default_path(configured: Path | None = None) -> Path:
    """The configured file (BOT_COUNSELLORS_FILE, settings.booking.counsellors_file), else
    counsellors.yml at the repository root, else the example."""
    if configured is not None:
        return Path(configured)
    own = PROJECT_ROOT / "counsellors.yml"
    return own if own.exists() else PROJECT_ROOT / "counsellors.example.yml"


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Every word of the configured counsellors' names, lower case ("marieke", "jansen"), for telling a
    counsellor named in a message from the other person; empty when the file cannot be read."""
    try:
        specs = load(default_path(settings.current().booking.counsellors_file))
    except (CounsellorFileError, settings.SettingsError):
        return frozenset()
    return frozenset(word for spec in specs for word in spec.name.lower().split())


# --- reading ---------------------------------------------------------------------------------

class _StrictLoader(yaml.SafeLoader):
    """Safe YAML that refuses a key given twice in one mapping (plain PyYAML keeps the last)."""


def _mapping_without_duplicates(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False):
    seen = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            duplicate = key in seen
        except TypeError:  # unhashable key: let PyYAML report it
            break
        if duplicate:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def load(path: Path | str) -> list[CounsellorSpec]:
    """Read and check the file. Raises CounsellorFileError listing every problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CounsellorFileError(path, [f"cannot read the file: {exc.strerror or exc}"]) from exc
    try:
        data = yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise CounsellorFileError(path, [f"not valid YAML: {exc}"]) from exc
    return parse(data, path)


def parse(data: object, path: Path | str = "<data>") -> list[CounsellorSpec]:
    problems: list[str] = []
    if not isinstance(data, Mapping) or set(data) != {"counsellors"}:
        raise CounsellorFileError(path, ["expected one top-level key, 'counsellors', holding a list"])
    entries = data["counsellors"]
    if not isinstance(entries, list) or not entries:
        raise CounsellorFileError(path, ["'counsellors' must be a non-empty list"])
    specs: list[CounsellorSpec] = []
    first_seen: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        label = f"counsellor {number}"
        if isinstance(entry, Mapping) and isinstance(entry.get("key"), str):
            label += f" ({entry['key']})"
        spec = _parse_one(entry, label, problems)
        if spec is None:
            continue
        if spec.key in first_seen:
            problems.append(f"{label}: key {spec.key!r} is already used by counsellor {first_seen[spec.key]}")
            continue
        first_seen[spec.key] = number
        specs.append(spec)
    if problems:
        raise CounsellorFileError(path, problems)
    return specs


def _parse_one(entry: object, label: str, problems: list[str]) -> CounsellorSpec | None:
    if not isinstance(entry, Mapping):
        problems.append(f"{label}: expected a mapping with {', '.join(_FIELDS_REQUIRED)}")
        return None
    before = len(problems)
    unknown = sorted(str(k) for k in entry if k not in _FIELDS_REQUIRED + _FIELDS_OPTIONAL)
    if unknown:
        problems.append(f"{label}: unknown field(s) {', '.join(unknown)}")
    missing = [f for f in _FIELDS_REQUIRED if f not in entry]
    if missing:
        problems.append(f"{label}: missing field(s) {', '.join(missing)}")
        return None

    key = entry["key"]
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        problems.append(f"{label}: key must be lower-case letters, digits, '-' or '_' (at most 64), got {key!r}")
    name = _text(entry["name"], f"{label}: name", _NAME_MAX, problems)
    kind = None
    try:
        kind = CounsellorKind(entry["kind"])
    except ValueError:
        problems.append(f"{label}: kind {entry['kind']!r} is not one of "
                        f"{', '.join(k.value for k in CounsellorKind)}")
    internal = entry["internal"]
    if not isinstance(internal, bool):
        problems.append(f"{label}: internal must be true or false, got {internal!r}")
    by_name = entry.get("by_name", False)
    if not isinstance(by_name, bool):
        problems.append(f"{label}: by_name must be true or false, got {by_name!r}")
    email = None
    try:
        email = normalise_email(entry["email"])
    except InvalidContact as exc:
        problems.append(f"{label}: email {entry['email']!r}: {exc}")

    phone_number = entry.get("phone_number")
    if phone_number is not None:
        if not isinstance(phone_number, str) or not _PHONE_NUMBER.fullmatch(" ".join(phone_number.split())):
            problems.append(f"{label}: phone_number must be a phone number like \"020-123 45 67\", "
                            f"got {phone_number!r}")
            phone_number = None
        else:
            phone_number = " ".join(phone_number.split())

    meeting_modes = _meeting_modes(entry["meeting_modes"], label, problems)
    location = entry.get("location")
    if location is not None:
        location = _text(location, f"{label}: location", _LOCATION_MAX, problems)
    if meeting_modes is not None:
        if MeetingMode.IN_PERSON in meeting_modes and not location:
            problems.append(f"{label}: meeting in person (op_locatie) needs a location")
        if location and MeetingMode.IN_PERSON not in meeting_modes:
            problems.append(f"{label}: location is only used with op_locatie; add op_locatie to "
                            "meeting_modes or remove the location")
    hours = _hours(entry["hours"], label, problems)
    absences = _absences(entry.get("absences") or [], label, problems)

    if len(problems) > before:
        return None
    return CounsellorSpec(key=key, name=name, kind=kind, internal=internal, email=email,
                          phone=MeetingMode.PHONE in meeting_modes, video=MeetingMode.VIDEO in meeting_modes,
                          location=location if MeetingMode.IN_PERSON in meeting_modes else None,
                          hours=hours, absences=absences, by_name=by_name, phone_number=phone_number)


def phone_numbers(path: Path | str | None = None) -> dict[str, str]:
    """The phone numbers people may call, by counsellor key, from the counsellors file (the
    configured one by default); empty when the file gives none or cannot be read."""
    if path is None:
        path = default_path(settings.current().booking.counsellors_file)
    try:
        specs = _load_cached(str(path), Path(path).stat().st_mtime_ns)
    except (OSError, CounsellorFileError):
        return {}
    return {spec.key: spec.phone_number for spec in specs if spec.phone_number}


@lru_cache(maxsize=4)
def _load_cached(path: str, _mtime: int) -> tuple[CounsellorSpec, ...]:
    return tuple(load(path))


def _text(value: object, label: str, maximum: int, problems: list[str]) -> str | None:
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{label} must be non-empty text")
        return None
    text = " ".join(value.split())
    if len(text) > maximum:
        problems.append(f"{label} has at most {maximum} characters")
        return None
    return text


def _meeting_modes(value: object, label: str, problems: list[str]) -> set[MeetingMode] | None:
    allowed = ", ".join(m.value for m in MeetingMode)
    if not isinstance(value, list) or not value:
        problems.append(f"{label}: meeting_modes must be a non-empty list of {allowed}")
        return None
    meeting_modes: set[MeetingMode] = set()
    for raw in value:
        try:
            meeting_mode = MeetingMode(raw)
        except ValueError:
            problems.append(f"{label}: meeting mode {raw!r} is not one of {allowed}")
            return None
        if meeting_mode in meeting_modes:
            problems.append(f"{label}: meeting mode {raw!r} is listed twice")
        meeting_modes.add(meeting_mode)
    return meeting_modes


def _hours(value: object, label: str, problems: list[str]) -> tuple[HoursSpec, ...]:
    if not isinstance(value, Mapping):
        problems.append(f"{label}: hours must map weekday names to lists like [\"09:00-12:00\"]")
        return ()
    result: list[HoursSpec] = []
    days_seen: dict[int, str] = {}
    for day_name, ranges in value.items():
        day = WEEKDAYS.get(str(day_name).lower())
        if day is None:
            problems.append(f"{label}: unknown weekday {day_name!r}")
            continue
        if day in days_seen:
            problems.append(f"{label}: {day_name!r} and {days_seen[day]!r} are the same day")
            continue
        days_seen[day] = str(day_name)
        if isinstance(ranges, str):
            ranges = [ranges]
        if not isinstance(ranges, list) or not ranges:
            problems.append(f"{label}: {day_name}: expected a list of time ranges like \"09:00-12:00\"")
            continue
        day_hours: list[HoursSpec] = []
        for raw in ranges:
            parsed = _time_range(raw, f"{label}: {day_name}", problems)
            if parsed:
                day_hours.append(HoursSpec(day, *parsed))
        day_hours.sort(key=lambda h: h.start)
        for earlier, later in zip(day_hours, day_hours[1:]):
            if later.start < earlier.end:
                problems.append(f"{label}: {day_name}: {_fmt(earlier)} and {_fmt(later)} overlap")
        result.extend(day_hours)
    return tuple(sorted(result, key=lambda h: (h.weekday, h.start)))


def _time_range(raw: object, label: str, problems: list[str]) -> tuple[dt.time, dt.time] | None:
    if not isinstance(raw, str):
        # Unquoted 13:00 is a number to YAML 1.1 (780): ask for the quoted range form.
        problems.append(f"{label}: time range {raw!r} must be quoted text like \"09:00-12:00\"")
        return None
    match = _RANGE.fullmatch(raw)
    if not match:
        problems.append(f"{label}: time range {raw!r} must look like \"09:00-12:00\"")
        return None
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    for hour, minute in ((h1, m1), (h2, m2)):
        if hour > 23 or minute > 59:
            problems.append(f"{label}: {hour:02d}:{minute:02d} in {raw!r} is not a time of day")
            return None
    start, end = dt.time(h1, m1), dt.time(h2, m2)
    if start >= end:
        problems.append(f"{label}: in {raw!r} the start is not before the end")
        return None
    return start, end


def _fmt(h: HoursSpec) -> str:
    return f"{h.start:%H:%M}-{h.end:%H:%M}"


def _absences(value: object, label: str, problems: list[str]) -> tuple[AbsenceSpec, ...]:
    if not isinstance(value, list):
        problems.append(f"{label}: absences must be a list of {{first_day: ..., last_day: ...}}")
        return ()
    result: list[AbsenceSpec] = []
    for number, item in enumerate(value, start=1):
        where = f"{label}: absence {number}"
        if not isinstance(item, Mapping) or set(item) - {"first_day", "last_day"} or "first_day" not in item:
            problems.append(f"{where}: expected first_day and (optionally) last_day, both dates like 2027-07-19")
            continue
        first = _date(item["first_day"], f"{where}: first_day", problems)
        last = _date(item.get("last_day", item["first_day"]), f"{where}: last_day", problems)
        if first and last:
            if first > last:
                problems.append(f"{where}: first_day {first} is after last_day {last}")
            else:
                result.append(AbsenceSpec(first, last))
    return tuple(sorted(set(result), key=lambda a: (a.first_day, a.last_day)))


def _date(value: object, label: str, problems: list[str]) -> dt.date | None:
    if isinstance(value, dt.datetime):
        problems.append(f"{label}: expected a date without a time, got {value}")
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    problems.append(f"{label}: {value!r} is not a date like 2027-07-19")
    return None


# --- syncing ---------------------------------------------------------------------------------

def sync(session: Session, path: Path | str) -> SyncResult:
    """Make the counsellors table match the file, inside the caller's transaction. Idempotent."""
    path = Path(path)
    specs = load(path)
    counts = apply(session, specs)
    return SyncResult(str(path), *counts)


def apply(session: Session, specs: Iterable[CounsellorSpec]) -> tuple[int, int, int, int]:
    """(added, updated, unchanged, deactivated) after upserting `specs` by key."""
    existing = {
        c.key: c
        for c in session.execute(
            select(Counsellor).options(selectinload(Counsellor.hours), selectinload(Counsellor.absences))
        ).scalars()
    }
    added = updated = unchanged = deactivated = 0
    listed: set[str] = set()
    for spec in specs:
        listed.add(spec.key)
        counsellor = existing.get(spec.key)
        if counsellor is None:
            counsellor = Counsellor(key=spec.key)
            session.add(counsellor)
            _copy(spec, counsellor)
            added += 1
        elif _copy(spec, counsellor):
            updated += 1
        else:
            unchanged += 1
    for key, counsellor in existing.items():
        if key not in listed and counsellor.active:
            counsellor.active = False
            deactivated += 1
    session.flush()
    return added, updated, unchanged, deactivated


def _copy(spec: CounsellorSpec, c: Counsellor) -> bool:
    """Write the spec onto the row; True when anything changed."""
    changed = False
    fields = {"name": spec.name, "kind": spec.kind, "internal": spec.internal, "email": spec.email,
              "phone": spec.phone, "video": spec.video, "location": spec.location,
              "by_name": spec.by_name, "active": True}
    for attr, value in fields.items():
        if getattr(c, attr) != value:
            setattr(c, attr, value)
            changed = True
    hours = [(h.weekday, h.start, h.end) for h in spec.hours]
    if sorted((h.weekday, h.start_time, h.end_time) for h in c.hours) != sorted(hours):
        c.hours = [WeeklyHours(weekday=d, start_time=s, end_time=e) for d, s, e in hours]
        changed = True
    absences = [(a.first_day, a.last_day) for a in spec.absences]
    if sorted((a.first_day, a.last_day) for a in c.absences) != sorted(absences):
        c.absences = [Absence(first_day=f, last_day=la) for f, la in absences]
        changed = True
    return changed


def warn_if_example(path: Path | str) -> None:
    if Path(path).name == "counsellors.example.yml":
        print("warning: using the example counsellors (fictional people); put the real ones in "
              f"counsellors.yml or point {ENV_FILE} at them", file=sys.stderr)
