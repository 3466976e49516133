"""Command line: `python -m bot <group> <command>`.

    python -m bot db upgrade          create or migrate the database named by DATABASE_URL
    python -m bot spacy build [DIR]   build the offline Dutch spaCy base (default build/spacy-nl)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _db_upgrade(_args: argparse.Namespace) -> int:
    from bot.db.migrate import upgrade

    upgrade()
    return 0


def _spacy_build(args: argparse.Namespace) -> int:
    from bot.nlu.spacy_base import DEFAULT_PATH, build

    path = build(Path(args.target) if args.target else DEFAULT_PATH)
    print(f"Dutch spaCy base written to {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    groups = parser.add_subparsers(dest="group", required=True)

    db = groups.add_parser("db", help="database schema").add_subparsers(dest="cmd", required=True)
    db.add_parser("upgrade", help="migrate to the newest schema").set_defaults(func=_db_upgrade)

    sp = groups.add_parser("spacy", help="Dutch spaCy base").add_subparsers(dest="cmd", required=True)
    b = sp.add_parser("build", help="build the offline Dutch pipeline")
    b.add_argument("target", nargs="?")
    b.set_defaults(func=_spacy_build)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
