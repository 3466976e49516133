"""Mail texts live in content/mail/ (Dutch, edited by the organisation), not in Python.

A template file starts with a subject line, a blank line, then the body:

    Onderwerp: Nieuwe afspraak {code}

    Beste {naam},
    ...

Placeholders are {name}, as everywhere in content/ (bot.content.fill_all). Every placeholder must
be filled; values are inserted as they are and never interpreted again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from bot.content import ContentError, fill_all
from bot.settings import PROJECT_ROOT

MAIL_DIR = PROJECT_ROOT / "content" / "mail"
SUBJECT_PREFIX = "Onderwerp:"


class TemplateError(ValueError):
    """A mail template or phrase file is missing, malformed, or needs a value it did not get."""


@dataclass(frozen=True)
class Mail:
    subject: str
    body: str


@cache
def _template(name: str, directory: Path) -> tuple[str, str]:
    path = directory / f"{name}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TemplateError(f"{path}: cannot read the template") from exc
    first, sep, rest = text.partition("\n")
    if not first.startswith(SUBJECT_PREFIX) or not sep or not rest.startswith("\n"):
        raise TemplateError(f"{path}: must start with '{SUBJECT_PREFIX} ...' and a blank line")
    return first[len(SUBJECT_PREFIX):].strip(), rest[1:].rstrip("\n") + "\n"


def render(name: str, values: Mapping[str, str], directory: Path = MAIL_DIR) -> Mail:
    subject, body = _template(name, directory)
    try:
        rendered = Mail(fill_all(subject, values), fill_all(body, values))
    except ContentError as exc:
        raise TemplateError(f"{directory / name}.txt: {exc}") from exc
    # A subject is one header line.
    return Mail(" ".join(rendered.subject.split()), rendered.body)


@cache
def phrases(directory: Path = MAIL_DIR) -> Mapping:
    """The small Dutch pieces the mails are built from (day and month names, ways of meeting)."""
    path = directory / "teksten.yml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TemplateError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, Mapping):
        raise TemplateError(f"{path}: expected a mapping at the top")
    return data
