"""The open question: what the bot waits on. It decides what "ja" or "nee" means (see
data/rules) and what the bot asks again after a side question."""

from __future__ import annotations

CHECK_SITUATIE = "check_situatie"
KIES_SITUATIE = "kies_situatie"
OPTIES = "opties"
BUITEN_OOK_GEDRAG = "buiten_ook_gedrag"
TWEE_SITUATIES = "twee_situaties"  # two matters at once: which first?
OPEN_VRAGEN = (CHECK_SITUATIE, KIES_SITUATIE, OPTIES, BUITEN_OOK_GEDRAG, TWEE_SITUATIES)


def after_situation(soort: str, confirmed: bool) -> str:
    """The next question once a situation is known: outside the VP's task, ask whether
    undesirable behaviour plays a part; otherwise check it, or (once confirmed) show options."""
    if soort == "buiten_vp_taak":
        return BUITEN_OOK_GEDRAG
    return OPTIES if confirmed else CHECK_SITUATIE
