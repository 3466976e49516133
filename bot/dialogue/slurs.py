"""Is someone called names for who they are: their origin, religion, skin colour or sexual
orientation ("werd uitgescholden voor kankermarokkaan", "noemt hem steeds een vuile jood")? Then
it is discrimination, also when it came with shouting or threats (sixth stranger test c10: a
racial slur read as aggression). A pure function on the text, no Rasa."""

from __future__ import annotations

from bot.patterns import linear
from bot.text import normalise

MAX_CHARS = 2000

_GROUPS = (r"(?:marokkaan\w*|mocro\w*|turk\w*|neger\w*|nikker\w*|zwartje\w*|jood|joden|jodin\w*|moslim\w*|"
           r"allochto\w*|buitenlander\w*|homo\w*|flikker\w*|mietje\w*|pot|potten|lesbo\w*|zigeuner\w*|"
           r"poep\w*|bruine|bruinen|aap|apen|chinees|chinezen|spleetoog\w*)")
# a curse word glued to or before the group ("kankermarokkaan", "vuile jood", "kut turk")
_CURSED = linear(rf"\b(?:kut|kanker|tyfus|tering|klere|vuile|vieze|smerige|stomme|gore|kk)[- ]?{_GROUPS}\b",
                 name="slurs.gevloekt")
# called that: "uitgescholden voor marokkaan", "noemt hem een aap", "riep 'homo'"
_CALLED = linear(
    r"\b(?:uitgescholden|uitscheldt|uitschelden|scheldt|schold|scholden|noemt|noemde|noemen|noemden|roept|riep|"
    rf"riepen|sist|siste)\b[^.!?]{{0,60}}\b{_GROUPS}\b",
    name="slurs.genoemd")


def slur_about_identity(text: object) -> bool:
    """True when the text tells of a slur about origin, religion, skin colour or sexual
    orientation."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    return bool(_CURSED.search(norm) or _CALLED.search(norm))
