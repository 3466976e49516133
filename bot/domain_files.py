"""The Rasa domain is a folder, domain/, with one file per topic (like data/rules/). Rasa merges the
files itself (`rasa ... --domain domain`); code outside Rasa that needs the whole domain (checks,
the texts document, tests) reads it here, merged the same way, without importing Rasa.

Merging as Rasa 3.6 does (Domain.merge_domain_dicts): the lists (intents, entities, actions) are
joined, the mappings (slots, forms, responses) are joined, session_config comes from the file that
sets it. Unlike Rasa, which keeps the first and warns, a name defined in two files is an error here:
`duplicates` lists them and tests/unit/test_domain_folder.py fails on any.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

DOMAIN_DIR = "domain"
LIST_KEYS = ("intents", "entities", "actions")
MAPPING_KEYS = ("slots", "forms", "responses")


def domain_files(root: Path) -> list[Path]:
    """Every YAML file of the domain folder, in a fixed order."""
    folder = Path(root) / DOMAIN_DIR
    return sorted([*folder.rglob("*.yml"), *folder.rglob("*.yaml")])


def _read(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return data if isinstance(data, Mapping) else {}


def _name(item: object) -> str:
    """An intent or entity may be written with properties: `- name: {use_entities: ...}`."""
    return next(iter(item)) if isinstance(item, Mapping) else str(item)


def load_domain(root: Path) -> dict:
    """The merged domain: {"intents": [...], "slots": {...}, "responses": {...}, ...}."""
    merged: dict = {key: [] for key in LIST_KEYS} | {key: {} for key in MAPPING_KEYS}
    for path in domain_files(root):
        data = _read(path)
        for key in LIST_KEYS:
            seen = {_name(item) for item in merged[key]}
            merged[key] += [item for item in data.get(key) or [] if _name(item) not in seen]
        for key in MAPPING_KEYS:
            for name, value in (data.get(key) or {}).items():
                merged[key].setdefault(name, value)
        if isinstance(data.get("session_config"), Mapping):
            merged.setdefault("session_config", data["session_config"])
    return merged


def duplicates(root: Path) -> dict[str, list[str]]:
    """Names defined in more than one file of the folder: {"responses:utter_x": [file, file]}."""
    where: dict[str, list[str]] = {}
    for path in domain_files(root):
        data = _read(path)
        names = [f"{key}:{_name(item)}" for key in LIST_KEYS for item in data.get(key) or []]
        names += [f"{key}:{name}" for key in MAPPING_KEYS for name in data.get(key) or {}]
        names += ["session_config"] if "session_config" in data else []
        for name in names:
            where.setdefault(name, []).append(path.name)
    return {name: files for name, files in where.items() if len(files) > 1}
