"""Which of the four options a person asks about, read from their own words when the classifier
found the intent (kies_route) but no route entity: "wat kan ik doen zonder dat het een hele zaak
wordt?" (informeel), "Hulp van buiten" typed instead of clicked (extern), "ik wil een klacht
indienen" (formeel), "wie helpt mij, ik slaap slecht" (steun). A pure function on the text, no
Rasa. None when the words name no option or more than one: then the bot shows the options instead
of guessing (and never answers "tell me first what happened" to someone who already did)."""

from __future__ import annotations

from bot.patterns import linear
from bot.text import normalise

MAX_CHARS = 2000
INFORMEEL, FORMEEL, STEUN, EXTERN = "informeel", "formeel", "steun", "extern"

# "zonder dat het een hele zaak wordt", "zonder klacht", "geen officiele zaak van maken": the
# informal way, also when the words of the formal one are in it.
_WITHOUT = (r"\bzonder (?:een |dat (?:het|er) (?:een |meteen )?)?(?:hele |grote |officiele |formele )?"
            r"(?:zaak|toestand|toestanden|ding|gedoe|heisa|ophef|poespas|klacht|melding|aangifte)\b")
_NOT_FORMAL = _WITHOUT + r"|\bgeen (?:hele |grote )?(?:zaak|heisa|toestand|officiele \w+) van (?:maken|worden)\b"
_ROUTES = {
    INFORMEEL: linear(
        r"\binformee?l\w*|\bonofficieel\w*|\bzelf (?:iets doen|oplossen|(?:met )?(?:hem|haar|die|de ander|diegene) "
        r"(?:bespreken|aanspreken|praten))|" + _NOT_FORMAL + r"|\b(?:klein|rustig|onder ons) (?:houden|blijven)\b"
        r"|\bop een zachte manier\b|\bonder de radar\b",
        name="routes.informeel"),
    FORMEEL: linear(
        r"\bformee?l\w*|\bofficie(?:el|le)\b|\bofficieels\b|\bklacht (?:indienen|doen|maken|in)\b|\bklachtencommissie\b"
        r"|\bmeldprocedure\b|\bmelding (?:doen|maken)\b|\baangifte\b|\bofficiele? (?:stap|weg|route|zaak)\b",
        name="routes.formeel"),
    STEUN: linear(
        r"\bsteun\w*|\bhulp voor (?:mezelf|mijzelf|mij)\b|\bvoor mezelf\b|\bvoor mijzelf\b|\bhuisarts\b|\bpsycholoog\b"
        r"|\bbedrijfsarts\b|\b(?:ik )?slaap (?:slecht|niet)\b|\bbeter (?:voelen|in mijn vel)\b",
        name="routes.steun"),
    EXTERN: linear(
        r"\bvan buiten\w*|\bbuiten (?:het|de|mijn|ons|onze) (?:werk|bedrijf|organisatie|zaak|deur|firma|school|"
        r"instelling|gemeente)\b|\bextern\w*|\binstantie\w*|\binstelling buiten\b|\bergens anders\b"
        r"|\bslachtofferhulp\b|\bpolitie\b|\bjuridisch loket\b|\bvakbond\b|\barbeidsinspectie\b"
        r"|\bcollege voor de rechten\b",
        name="routes.extern"),
}
_NOT_FORMAL_PATTERN = linear(_NOT_FORMAL, name="routes.niet_formeel")


def route_from(text: object) -> str | None:
    """informeel, formeel, steun or extern when the words name exactly one of them, else None."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    if not norm:
        return None
    found = {route for route, pattern in _ROUTES.items() if pattern.search(norm)}
    if INFORMEEL in found and _NOT_FORMAL_PATTERN.search(norm):
        found.discard(FORMEEL)
    return found.pop() if len(found) == 1 else None


def for_the_other_matter(route: str | None, current: str | None, told: list[str], texts: dict,
                         values: dict[str, str]) -> str | None:
    """With two matters of both kinds told (tenth stranger test c09: discrimination and fraud), the
    text for `route` (formeel or extern) for the matter of the other kind than `current`, from
    content/twee_zaken.yml with `values` filled in; None when there is no such matter or text."""
    from bot import content
    from bot.dialogue import situations

    sit = situations.from_key(current)
    if sit is None or route not in texts["routes"] or not situations.both_kinds(told):
        return None
    kind = situations.other_kind(sit.soort)
    other = situations.of_kind(told, kind)
    if other is None:
        return None
    words = texts["onderwerpen"]
    return content.fill(texts["routes"][route][kind],
                        {**values, "ander": words.get(other, other), "dit": words.get(sit.key, sit.key)})
