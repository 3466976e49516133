"""Command line: `python -m bot <group> <command>`.

    python -m bot settings check                 read and check every setting (scripts/run.sh, before starting)
    python -m bot db upgrade                     create or migrate the database named by DATABASE_URL
    python -m bot spacy build [DIR]              build the offline Dutch spaCy base (default build/spacy-nl)
    python -m bot counsellors sync [--file PATH] make the counsellors table match the counsellors file
    python -m bot appointments list              upcoming appointments
    python -m bot appointments show CODE         one appointment, with its contact details
    python -m bot appointments cancel CODE       cancel it and queue the counsellor's notice
    python -m bot appointments purge [--days N]  delete expired appointments (for cron)
    python -m bot mail deliver                   send the notices that are due (for cron, every minute)
    python -m bot report --year 2026 [--format md|csv|html] [--out DIR] [--threshold N]
                                                 the counsellor's annual report from the anonymous counters

Environment (read once, before the command runs, by bot/settings.py; a wrong value stops it with
one line): DATABASE_URL, BOT_COUNSELLORS_FILE, BOT_APPOINTMENT_RETENTION_DAYS (default 30),
BOT_SMTP_HOST, BOT_SMTP_PORT (587), BOT_SMTP_USER, BOT_SMTP_PASSWORD, BOT_SMTP_STARTTLS (true),
BOT_MAIL_FROM, BOT_COUNT_STATISTICS (1, the default: count anonymously; 0: do not count),
BOT_REPORT_THRESHOLD (5: smaller counts are shown as "<5").
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.settings import Settings, SettingsError

UTC = dt.timezone.utc


def _settings_check(_args: argparse.Namespace) -> int:
    return 0  # main() has read and checked them


def _db_upgrade(args: argparse.Namespace) -> int:
    from bot.db.migrate import upgrade

    upgrade(args.settings.database_url)
    return 0


def _spacy_build(args: argparse.Namespace) -> int:
    from bot.nlu.spacy_base import DEFAULT_PATH, build

    path = build(Path(args.target) if args.target else DEFAULT_PATH)
    print(f"Dutch spaCy base written to {path}")
    return 0


@contextmanager
def _sessions(settings: Settings) -> Iterator:
    """A sessionmaker on DATABASE_URL for one command; the engine is closed afterwards."""
    from sqlalchemy.orm import Session, sessionmaker

    from bot.db import make_engine

    engine = make_engine(settings.database_url)
    try:
        yield sessionmaker(bind=engine, future=True, expire_on_commit=False, class_=Session)
    finally:
        engine.dispose()


def _now() -> dt.datetime:
    return dt.datetime.now(UTC)


def _fail(message: object) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def _counsellors_sync(args: argparse.Namespace) -> int:
    from bot.booking.counsellors import CounsellorFileError, default_path, sync, warn_if_example

    path = Path(args.file) if args.file else default_path(args.settings.booking.counsellors_file)
    warn_if_example(path)
    try:
        with _sessions(args.settings) as sessions, sessions.begin() as session:
            result = sync(session, path)
    except CounsellorFileError as exc:
        return _fail(exc)
    print(result.summary())
    return 0


def _when(view) -> str:
    from bot.booking.notices import AMSTERDAM

    start, end = view.starts_at.astimezone(AMSTERDAM), view.ends_at.astimezone(AMSTERDAM)
    return f"{start:%a %Y-%m-%d %H:%M}-{end:%H:%M}"


def _meeting_mode(view) -> str:
    return f"{view.meeting_mode.value} ({view.location})" if view.location else view.meeting_mode.value


def _role(view) -> str:
    """The counsellor's kind (VPOO, VPI, BEIDE), internal or external."""
    return f"{view.counsellor_kind}, {'internal' if view.counsellor_internal else 'external'}"


def _appointments_list(args: argparse.Namespace) -> int:
    from bot.booking.repository import upcoming

    with _sessions(args.settings) as sessions:
        views = upcoming(sessions, _now())
    if not views:
        print("no upcoming appointments")
        return 0
    print(f"{'code':<14} {'when (Europe/Amsterdam)':<26} {'counsellor':<24} {'role':<16} way of meeting")
    for v in views:
        print(f"{v.code:<14} {_when(v):<26} {v.counsellor_name:<24} {_role(v):<16} {_meeting_mode(v)}")
    print(f"{len(views)} upcoming appointment(s)")
    return 0


def _print_appointment(v) -> None:
    rows = [("code", v.code), ("status", v.status.value), ("when", f"{_when(v)} (Europe/Amsterdam)"),
            ("counsellor", f"{v.counsellor_name} ({v.counsellor_key}; {_role(v)})"),
            ("way of meeting", _meeting_mode(v)),
            ("pseudonym", v.pseudonym or "-"), ("contact", v.contact or "-"),
            ("booked at", f"{v.created_at:%Y-%m-%d %H:%M} UTC")]
    if v.cancelled_at:
        rows.append(("cancelled at", f"{v.cancelled_at:%Y-%m-%d %H:%M} UTC"))
    for label, value in rows:
        print(f"{label + ':':<16}{value}")


def _appointments_show(args: argparse.Namespace) -> int:
    from bot.booking.reference import InvalidCode
    from bot.booking.repository import find_by_code

    try:
        with _sessions(args.settings) as sessions:
            view = find_by_code(sessions, args.code)
    except InvalidCode as exc:
        return _fail(f"{args.code!r} is not a reference code: {exc}")
    if view is None:
        return _fail(f"no appointment with code {args.code}")
    _print_appointment(view)
    return 0


def _appointments_cancel(args: argparse.Namespace) -> int:
    from bot.booking.reference import InvalidCode
    from bot.booking.repository import BookingError, cancel

    try:
        with _sessions(args.settings) as sessions:
            view = cancel(sessions, args.code, _now())
    except InvalidCode as exc:
        return _fail(f"{args.code!r} is not a reference code: {exc}")
    except BookingError as exc:
        return _fail(exc)
    print(f"cancelled {view.code} ({_when(view)}, {view.counsellor_name}); "
          "notice queued for `python -m bot mail deliver`")
    return 0


def _appointments_purge(args: argparse.Namespace) -> int:
    from bot.booking.repository import purge_expired

    days = args.days if args.days is not None else args.settings.booking.retention_days
    with _sessions(args.settings) as sessions:
        count = purge_expired(sessions, _now(), days)
    print(f"purged {count} appointment(s) older than {days} day(s)")
    return 0


def _mail_deliver(args: argparse.Namespace) -> int:
    from bot.bootstrap import bootstrap
    from bot.db.models import OutboxStatus
    from bot.notify.outbox import counts
    from bot.notify.smtp import SmtpSettingsError

    with _sessions(args.settings) as sessions:
        services = bootstrap(args.settings, sessions, now=_now)
        try:
            report = services.deliver_mail(max_attempts=args.max_attempts)
        except SmtpSettingsError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        totals = counts(sessions)
    print(f"{report.summary()} (outbox: {totals[OutboxStatus.PENDING]} pending, "
          f"{totals[OutboxStatus.SENT]} sent, {totals[OutboxStatus.FAILED]} failed)")
    return 1 if report.gave_up else 0


def _report(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from bot.content import ContentError
    from bot.reporting import counters, report
    try:
        threshold = args.threshold if args.threshold is not None else args.settings.report_threshold
        with _sessions(args.settings) as sessions, sessions() as session:
            rows = counters.rows(session, (args.year, args.year - 1))
        built = report.build(rows, args.year, threshold)
        out = Path(args.out) if args.out else args.settings.data_dir / "jaarverslag"
        written = report.write(built, args.format, out)
    except SQLAlchemyError as exc:
        return _fail(f"cannot read the counters ({type(exc).__name__}); is the database migrated "
                     "(python -m bot db upgrade)?")
    except (ValueError, ContentError, OSError) as exc:
        return _fail(exc)
    print(f"annual report {args.year} ({args.format}, counts under {threshold} hidden): {written[0]}")
    for extra in written[1:]:
        print(f"  chart: {extra}")
    return 0


def _year(text: str) -> int:
    value = int(text)
    if not 2000 <= value <= 2999:
        raise argparse.ArgumentTypeError("must be a year such as 2026")
    return value


def _threshold(text: str) -> int:
    value = int(text)
    if value < 2:
        raise argparse.ArgumentTypeError("must be at least 2")
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    groups = parser.add_subparsers(dest="group", required=True)

    st = groups.add_parser("settings", help="the settings from the environment").add_subparsers(dest="cmd",
                                                                                                required=True)
    st.add_parser("check", help="read and check every setting; one line names a wrong one").set_defaults(
        func=_settings_check)

    db = groups.add_parser("db", help="database schema").add_subparsers(dest="cmd", required=True)
    db.add_parser("upgrade", help="migrate to the newest schema").set_defaults(func=_db_upgrade)

    sp = groups.add_parser("spacy", help="Dutch spaCy base").add_subparsers(dest="cmd", required=True)
    b = sp.add_parser("build", help="build the offline Dutch pipeline")
    b.add_argument("target", nargs="?")
    b.set_defaults(func=_spacy_build)

    co = groups.add_parser("counsellors", help="counsellors (VPs)").add_subparsers(dest="cmd", required=True)
    c = co.add_parser("sync", help="make the database match the counsellors file")
    c.add_argument("--file", help="default: $BOT_COUNSELLORS_FILE, else counsellors.yml, else counsellors.example.yml")
    c.set_defaults(func=_counsellors_sync)

    ap = groups.add_parser("appointments", help="booked appointments").add_subparsers(dest="cmd", required=True)
    ap.add_parser("list", help="upcoming appointments").set_defaults(func=_appointments_list)
    a = ap.add_parser("show", help="one appointment, by reference code")
    a.add_argument("code")
    a.set_defaults(func=_appointments_show)
    a = ap.add_parser("cancel", help="cancel an appointment and queue the counsellor's notice")
    a.add_argument("code")
    a.set_defaults(func=_appointments_cancel)
    a = ap.add_parser("purge", help="delete expired appointments and their contact details")
    a.add_argument("--days", type=_positive, help="retention in days (default: $BOT_APPOINTMENT_RETENTION_DAYS or 30)")
    a.set_defaults(func=_appointments_purge)

    ml = groups.add_parser("mail", help="notices to counsellors").add_subparsers(dest="cmd", required=True)
    m = ml.add_parser("deliver", help="send the notices that are due")
    m.add_argument("--max-attempts", type=_positive, default=10, help="give a notice up after this many (10)")
    m.set_defaults(func=_mail_deliver)

    r = groups.add_parser("report", help="the counsellor's annual report (jaarverslag) from the anonymous counters")
    r.add_argument("--year", type=_year, required=True, help="the year to report on; compared with the year before")
    r.add_argument("--format", choices=("md", "csv", "html"), default="md", help="md (default), csv or html")
    r.add_argument("--out", help="directory to write into (default: $BOT_DATA_DIR/jaarverslag)")
    r.add_argument("--threshold", type=_threshold,
                   help="counts under this are shown as <N (default: $BOT_REPORT_THRESHOLD or 5)")
    r.set_defaults(func=_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:  # the one read of the environment for this command
        args.settings = Settings.from_env()
    except SettingsError as exc:
        return _fail(exc)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
