"""Organisation-editable content: situation labels and urgent-help numbers (content/*.yml)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from bot.patterns import linear
from bot.settings import PROJECT_ROOT
from bot.vocabulary import SITUATION_KINDS

CONTENT_DIR = PROJECT_ROOT / "content"
# The one placeholder syntax of content/ (and of the domain's responses): {name}.
PLACEHOLDER = linear(r"\{([a-z_][a-z0-9_]*)\}", name="content.placeholder")
SOORTEN = SITUATION_KINDS  # bot.vocabulary, from content/woordenlijst.yml


class ContentError(ValueError):
    """A content file is missing a field or has a wrong value."""


@dataclass(frozen=True)
class Situatie:
    key: str
    label: str
    soort: str


def _load_yaml(path: Path) -> Mapping:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, Mapping):
        raise ContentError(f"{path}: expected a mapping at the top")
    return data


def plain_texts(filename: str, required: Iterable[str] = ()) -> dict[str, str]:
    """content/<filename> as {key: text}, each text one plain paragraph (YAML folding undone).
    A missing required key is a ContentError that names it."""
    data = _load_yaml(CONTENT_DIR / filename)
    missing = [key for key in required if key not in data]
    if missing:
        raise ContentError(f"content/{filename}: missing {', '.join(missing)}")
    return {str(key): " ".join(str(value).split()) for key, value in data.items()}


def placeholders(text: str) -> set[str]:
    """The names of the {name} placeholders in `text`."""
    return set(PLACEHOLDER.findall(text))


def fill(text: str, values: Mapping[str, object]) -> str:
    """Fills {name} placeholders, the style of the domain's responses, in one pass (a value is never
    read again as a placeholder); unknown ones stay as they are."""
    return PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text)


def fill_all(text: str, values: Mapping[str, object]) -> str:
    """`fill`, but every placeholder must get a value: a missing one is a ContentError naming it."""
    missing = sorted(placeholders(text) - set(values))
    if missing:
        raise ContentError(f"no value for {', '.join('{' + name + '}' for name in missing)}")
    return fill(text, values)


@cache
def situaties(path: Path = CONTENT_DIR / "situaties.yml") -> dict[str, Situatie]:
    result = {}
    for key, fields in _load_yaml(path).items():
        try:
            sit = Situatie(key=key, label=str(fields["label"]), soort=str(fields["soort"]))
        except (KeyError, TypeError) as exc:
            raise ContentError(f"{path}: situation {key!r} needs label and soort") from exc
        if sit.soort not in SOORTEN:
            raise ContentError(f"{path}: situation {key!r} has unknown soort {sit.soort!r}")
        result[key] = sit
    return result


@cache
def hulplijnen(path: Path = CONTENT_DIR / "hulplijnen.yml") -> dict[str, dict[str, str]]:
    data = _load_yaml(path)
    return {name: {k: str(v) for k, v in (fields or {}).items()} for name, fields in data.items()}


def hulplijn_values(lines: Mapping[str, Mapping[str, str]] | None = None) -> dict[str, str]:
    """Flatten the help lines into response variables: {"spoed_nummer": "112", ...}."""
    lines = hulplijnen() if lines is None else lines
    return {f"{name}_{field}": value for name, fields in lines.items() for field, value in fields.items()}


@cache
def bedoeling_labels(path: Path = CONTENT_DIR / "bedoelingen.yml") -> dict[str, str]:
    """Plain-Dutch labels for intents the bot may check with "Bedoel je: ...?"."""
    labels = {key: str(value) for key, value in _load_yaml(path).items()}
    labels.update({key: sit.label for key, sit in situaties().items()})
    return labels


@cache
def engels(path: Path = CONTENT_DIR / "engels.yml") -> dict:
    """The English answer: antwoord (once per conversation), kort (later), veilig (after a crisis
    answer, when the person called or is safe), afspraak (before the booking's Dutch questions),
    tijd_zonder_vraag (a time typed outside the booking), contact, herkend (with {situatie}),
    English situation labels, uitleg: what each kind of matter is (optional), jij_beslist (the
    person decides, and how to reach a counsellor), antwoorden: short answers to the
    commonest questions (kosten, vertrouwelijk; optional), and boeking: a short English line per
    booking question (optional)."""
    data = _load_yaml(path)
    keys = ("antwoord", "kort", "veilig", "afspraak", "tijd_zonder_vraag", "contact", "herkend", "jij_beslist")
    missing = [key for key in (*keys, "situaties") if key not in data]
    if missing:
        raise ContentError(f"{path}: missing {', '.join(missing)}")
    flat = {key: " ".join(str(data[key]).split()) for key in keys}
    answers = {str(k): " ".join(str(v).split()) for k, v in (data.get("antwoorden") or {}).items()}
    explained = {str(k): " ".join(str(v).split()) for k, v in (data.get("uitleg") or {}).items()}
    booking = {str(k): " ".join(str(v).split()) for k, v in (data.get("boeking") or {}).items()}
    return {**flat, "situaties": {str(k): str(v) for k, v in (data["situaties"] or {}).items()},
            "antwoorden": answers, "uitleg": explained, "boeking": booking}


@cache
def ontmoetingsvormen(path: Path = CONTENT_DIR / "ontmoetingsvormen.yml") -> dict[str, str]:
    """Button titles per way of meeting (telefoon, video, op_locatie)."""
    data = _load_yaml(path)
    missing = {"telefoon", "video", "op_locatie"} - set(data)
    if missing:
        raise ContentError(f"{path}: missing {', '.join(sorted(missing))}")
    return {str(k): str(v) for k, v in data.items()}


@cache
def agenda(path: Path = CONTENT_DIR / "agenda.yml") -> dict[str, str]:
    """Title and description of the calendar file ($code is filled in)."""
    data = _load_yaml(path)
    if "titel" not in data:
        raise ContentError(f"{path}: needs titel")
    return {"titel": str(data["titel"]), "omschrijving": str(data.get("omschrijving") or "")}


@cache
def afspraak_knoppen(path: Path = CONTENT_DIR / "afspraak.yml") -> dict[str, str]:
    """Button titles the booking actions add (e.g. ander_moment)."""
    data = _load_yaml(path)
    if "ander_moment" not in data:
        raise ContentError(f"{path}: needs ander_moment")
    return {str(k): str(v) for k, v in data.items() if not isinstance(v, Mapping)}


@cache
def privacy(path: Path = CONTENT_DIR / "privacy.yml", section: str | None = None) -> dict:
    """The privacy texts per storage case, the log sentence and whether the bot counts (see
    bot/privacy/storage.py); `section`: the key they are under in `path` (none: at the top)."""
    from bot.privacy.storage import KINDS

    data = _load_yaml(path)
    if section is not None:
        data = data.get(section) or {}
    opslag, logboek = data.get("opslag") or {}, data.get("logboek") or {}
    telling = data.get("telling") or {}
    missing = [f"opslag.{kind}.{field}" for kind in KINDS for field in ("kort", "lang")
               if not (opslag.get(kind) or {}).get(field)]
    missing += [f"logboek.{key}" for key in ("normaal",) if not logboek.get(key)]
    missing += [f"telling.{key}" for key in ("aan", "uit") if not telling.get(key)]
    if missing:
        raise ContentError(f"{path}: missing {', '.join(missing)}")
    return {"opslag": opslag, "logboek": logboek, "telling": telling}


def engels_privacy() -> dict:
    """The English privacy texts (content/engels.yml, `privacy`), in the structure of privacy()."""
    return privacy(CONTENT_DIR / "engels.yml", section="privacy")


def uitleg() -> dict[str, str]:
    """Explanations several answers share (content/uitleg.yml), e.g. what a formal complaint
    sets in motion; the responses name them as {placeholders}."""
    return plain_texts("uitleg.yml", required=("klacht_gevolgen", "melding_gevolgen", "getuige_tips"))


@cache
def vertrouwenspersonen(path: Path = CONTENT_DIR / "vertrouwenspersonen.yml") -> dict:
    """How the bot names the counsellors it knows: "rollen" (by kind and intern/extern) and the
    texts routing.describe joins them with (met_wie, met_wie_en_hoe, of, en)."""
    data = _load_yaml(path)
    rollen = data.get("rollen")
    missing = [key for key in ("met_wie", "met_wie_en_hoe", "of", "en") if not data.get(key)]
    if not isinstance(rollen, Mapping) or any(
            not isinstance(rollen.get(kind), Mapping) or not all(rollen[kind].get(w) for w in ("intern", "extern"))
            for kind in ("VPOO", "VPI", "BEIDE")):
        missing.append("rollen (VPOO, VPI, BEIDE, each intern and extern)")
    if missing:
        raise ContentError(f"{path}: missing {', '.join(missing)}")
    return {"rollen": {str(k): {str(w): str(t) for w, t in v.items()} for k, v in rollen.items()},
            **{key: str(data[key]) for key in ("met_wie", "met_wie_en_hoe", "of", "en")}}


@cache
def afspraak_onderwerpen(path: Path = CONTENT_DIR / "afspraak.yml") -> dict[str, str]:
    """An integrity matter (situation key) in a few words ("fraude")."""
    data = _load_yaml(path).get("onderwerpen")
    if not isinstance(data, Mapping) or not all(isinstance(v, str) and v for v in data.values()):
        raise ContentError(f"{path}: onderwerpen needs a text for each matter")
    return {str(k): str(v) for k, v in data.items()}


@cache
def afspraak_rollen(path: Path = CONTENT_DIR / "afspraak.yml") -> dict[str, dict[str, str]]:
    """The role of a counsellor in words, by kind (VPOO, VPI, BEIDE) and intern/extern."""
    data = _load_yaml(path).get("rollen")
    if not isinstance(data, Mapping) or any(
            not isinstance(data.get(kind), Mapping) or {"intern", "extern"} - set(data[kind])
            for kind in ("VPOO", "VPI", "BEIDE")):
        raise ContentError(f"{path}: rollen needs VPOO, VPI and BEIDE, each with intern and extern")
    return {str(k): {str(w): str(t) for w, t in v.items()} for k, v in data.items()}


@cache
def twee_zaken(path: Path = CONTENT_DIR / "twee_zaken.yml") -> dict:
    """Two matters of both kinds (content/twee_zaken.yml): `routes` {route: {kind: text}} for the
    other matter, `ook_bespreken` and `onderwerpen` {situation key: a few words}; texts one
    plain paragraph each."""
    data = _load_yaml(path)
    routes, words = data.get("routes"), data.get("onderwerpen")
    if (not isinstance(routes, Mapping) or not isinstance(words, Mapping) or "ook_bespreken" not in data
            or any(set(routes.get(r) or {}) != {"integriteit", "omgangsvormen"} for r in ("formeel", "extern"))):
        raise ContentError(f"{path}: needs routes (formeel, extern per kind), ook_bespreken and onderwerpen")
    missing = sorted(key for key, sit in situaties().items() if sit.soort != "buiten_vp_taak" and key not in words)
    if missing:
        raise ContentError(f"{path}: onderwerpen misses {', '.join(missing)}")
    flat = lambda text: " ".join(str(text).split())  # noqa: E731
    return {"routes": {str(r): {str(k): flat(t) for k, t in kinds.items()} for r, kinds in routes.items()},
            "ook_bespreken": flat(data["ook_bespreken"]), "onderwerpen": {str(k): str(v) for k, v in words.items()}}
