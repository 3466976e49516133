"""What the bot says, read where an organisation edits it, for tests that check the bot's words.

A test never copies a sentence, a button title or a help-line number from content/ or from the
responses in domain/: it reads them here, through the loaders the bot itself uses (bot.content,
bot.channels.common, bot.notify.templates, bot.domain_files). An organisation that rewords an
answer or changes a number then changes no test. What a test checks is that the bot said *that*
text, not what the text is.

Inputs a test types as the person (e.g. "zo snel mogelijk") are not the bot's words and stay in
the tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import yaml

from bot.content import CONTENT_DIR, PLACEHOLDER, fill, fill_all, hulplijnen
from bot.domain_files import load_domain
from bot.notify import templates
from bot.settings import PROJECT_ROOT


def folded(text: str) -> str:
    """White space folded as YAML's `>-` and the channels do."""
    return " ".join(str(text).split())


@cache
def _responses() -> Mapping[str, list[dict]]:
    return load_domain(PROJECT_ROOT)["responses"]


def response_variants(name: str) -> list[dict]:
    """Every variant of a domain response."""
    return list(_responses()[name])


def response(name: str, **slots) -> dict:
    """The variant of a domain response the bot gives with these slot values: the first whose slot
    conditions all hold (a variant without conditions holds always)."""
    for variant in _responses()[name]:
        conditions = [c for c in variant.get("condition") or [] if c.get("type") == "slot"]
        if all(slots.get(c["name"]) == c["value"] for c in conditions):
            return variant
    raise KeyError(f"{name}: no variant for {slots}")


# The slots after "mijn collega's negeren me al weken en lachen me uit" is confirmed: bullying, told
# by the person it happens to (the acknowledgement has a variant for that).
BULLIED = {"soort": "omgangsvormen", "situatie": "pesten", "rol": "zelf"}


def text(name: str, **slots) -> str:
    """The text of a response (placeholders left in), white space folded."""
    return folded(response(name, **slots)["text"])


def fixed_start(name: str, **slots) -> str:
    """The start of a response up to its first {placeholder}: what every answer of it begins with."""
    return text(name, **slots).split("{", 1)[0].rstrip()


def fixed_parts(name: str, **slots) -> list[str]:
    """The pieces of a response between its {placeholders}, each with text in it."""
    return [part.strip() for part in PLACEHOLDER.split(text(name, **slots))[::2] if part.strip()]


def button_title(name: str, payload: str, **slots) -> str:
    """The title of the button with `payload` in a response."""
    for button in response(name, **slots).get("buttons") or []:
        if button["payload"].replace("{{", "{").replace("}}", "}") == payload:
            return button["title"]
    raise KeyError(f"{name}: no button {payload}")


def content_text(filename: str, *keys: str) -> str:
    """A text of content/<filename> as the file holds it (white space folded, placeholders left in),
    read with YAML alone, not through the code under test."""
    found = yaml.safe_load((CONTENT_DIR / filename).read_text(encoding="utf-8"))
    for key in keys:
        found = found[key]
    return folded(found)


def storage_lines(minutes: int) -> list[str]:
    """The short sentence on where the conversation is kept, for each storage case of
    content/privacy.yml, with this lifetime: the greeting says one of them."""
    cases = yaml.safe_load((CONTENT_DIR / "privacy.yml").read_text(encoding="utf-8"))["opslag"]
    return [folded(fill(case["kort"], {"minuten": minutes})) for case in cases.values()]


def crisis_numbers() -> list[str]:
    """The numbers the urgent-help answer to suicidal thoughts gives, from content/hulplijnen.yml."""
    lines = hulplijnen()
    return [lines["zelfmoordpreventie"]["nummer"], lines["zelfmoordpreventie"]["gratis_nummer"],
            lines["spoed"]["nummer"]]


def number(line: str) -> str:
    """The number of a help line in content/hulplijnen.yml, e.g. number("spoed")."""
    return hulplijnen()[line]["nummer"]


def mail(name: str, **values) -> templates.Mail:
    """A counsellor's e-mail as content/mail/<name>.txt words it, with these values."""
    return templates.render(name, values)


def mail_subject(name: str, code: str) -> str:
    """The subject of a counsellor's e-mail about the appointment with `code`."""
    subject, _ = templates._template(name, templates.MAIL_DIR)
    return folded(fill_all(subject, {"code": code}))


def mail_phrase(*path: str, **values) -> str:
    """A piece of the e-mails (content/mail/teksten.yml), e.g. mail_phrase("vorm", "video")."""
    found = templates.phrases()
    for key in path:
        found = found[key]
    return fill_all(str(found), values)


def mail_period(datum: str, begin: str, einde: str) -> str:
    """A time as the e-mails write it (content/mail/teksten.yml `tijdstip`)."""
    return mail_phrase("tijdstip", datum=datum, begin=begin, einde=einde)
