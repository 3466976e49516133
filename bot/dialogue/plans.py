"""The person's own next step, said when they are done for now ("ok dank. ik ga eerst met haar
praten", "ik ga het eerst zelf met hem bespreken"): heard as their plan, not as a new story
(seventh stranger test c15: the intake restarted).

Pure functions on the message text, no Rasa.
"""

from __future__ import annotations

from bot.patterns import linear
from bot.text import normalise

OWN_PLAN_INTENT = "eigen_plan"  # set by bot.nlu.components.OwnPlan, not trained
MAX_WORDS = 20

# "ik ga (eerst|morgen|zelf) met haar praten", "ik wil het eerst met mijn collega bespreken", "ik
# spreek hem morgen zelf aan", "ik ga eerst met haar een gesprek aan". Someone named, a talk, and
# no question. Not a wish for a talk with the counsellor ("ik wil eerst met de vertrouwenspersoon
# praten" is a booking) and not a story ("ik ga elke dag met haar praten maar ...").
_OTHER = (r"(?:haar|hem|ze|hen|hun|die|diegene|mijn (?:\w+ )?(?:collega|collegas|leidinggevende|manager|baas|"
          r"teamleider|partner|vriend|vriendin|man|vrouw|team)|de (?:\w+ )?(?:collega|leidinggevende|manager|baas|"
          r"teamleider)|die (?:collega|man|vrouw)|hr)")
_OWN_PLAN = linear(
    r"\bik (?:ga|wil|zal|probeer|denk dat ik|moet)(?: (?:het|dit|dat|er|eerst|zelf|morgen|even|nog|toch|maar|"
    rf"gewoon|dan|straks|vandaag|maandag|binnenkort|eens)){{0,4}} (?:met|bij) {_OTHER}"
    r"(?: (?:\w+)){0,3} (?:praten|bespreken|over hebben|over praten|aankaarten|een gesprek aan|kletsen|checken)\b|"
    rf"\bik (?:ga|wil|zal)(?: (?:eerst|zelf|morgen|even|nog|toch|maar|gewoon|dan|straks)){{0,3}} {_OTHER}"
    r"(?: (?:\w+)){0,3} (?:aanspreken|vragen hoe het gaat|even vragen|bellen|appen)\b|"
    rf"\bik spreek {_OTHER}(?: \w+){{0,3}} aan\b",
    name="plans.eigen_plan")
# "niet": a step not taken is no plan ("Ik ga die lijn niet bellen, ik ben niet gek", said to the
# suicide answer, got "Dat klinkt als een goede stap": seventeenth stranger test).
_NOT_A_PLAN = linear(r"\?|\b(?:vertrouwenspersoon|vp|vpi|vpoo|maar (?:hij|zij|ze|die)|omdat|want|niet|nooit)\b",
                     name="plans.geen_plan")


def own_plan(text: object) -> bool:
    """True when a short message says the person's own next step: talking with someone (see above)."""
    norm = normalise(str(text or "")[:1000])
    if len(norm.split()) > MAX_WORDS or _NOT_A_PLAN.search(norm):
        return False
    return bool(_OWN_PLAN.search(norm))
