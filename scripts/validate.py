"""`rasa data validate --fail-on-warnings`, with narrow exceptions.

Rasa's validator warns about every response that no story or rule names. Some responses are
sent by actions instead, so no rule can name them; they are taken off the list of responses to
look for. Every other check is Rasa's own.

- Rasa's own fallback actions: utter_ask_rephrase, utter_default, and utter_ask_affirmation
  from our Dutch action_default_ask_affirmation.
- Forms: `utter_ask_<slot>` for every slot a form in the domain asks for (the form sends it).
- The forms' validation actions (actions/afspraak.py): the short hints after an answer that
  cannot be used. Keep this list in step with that file.
"""

import sys

from rasa.validator import Validator

USED_BY_FALLBACK_ACTIONS = {"utter_ask_rephrase", "utter_default", "utter_ask_affirmation"}
SENT_BY_FORM_VALIDATION = {
    "utter_tijd_niet_begrepen", "utter_tijd_bestaat_niet", "utter_tijd_voorbij", "utter_tijd_niets_vrij",
    "utter_geen_tijden", "utter_kies_een_tijd", "utter_bereikbaar_niet_begrepen", "utter_telefoon_ongeldig",
    "utter_email_ongeldig", "utter_code_ongeldig", "utter_code_onbekend", "utter_afspraak_gevonden_wijzigen",
}

_gather = Validator._gather_utterance_actions


def _asked_by_forms(domain) -> set:
    slots = set()
    for form in domain.forms.values():
        slots.update((form or {}).get("required_slots") or [])
    return {f"utter_ask_{slot}" for slot in slots}


def _gather_without_action_responses(self):
    return _gather(self) - USED_BY_FALLBACK_ACTIONS - SENT_BY_FORM_VALIDATION - _asked_by_forms(self.domain)


Validator._gather_utterance_actions = _gather_without_action_responses

if __name__ == "__main__":
    from rasa.__main__ import main

    sys.argv = ["rasa", "data", "validate", "--fail-on-warnings", *sys.argv[1:]]
    main()
