"""`rasa data validate --domain domain --fail-on-warnings` (the domain is the folder domain/, one
file per topic), with narrow exceptions.

Rasa's validator warns about every response that no story or rule names. Some responses are
sent by actions instead, so no rule can name them; they are taken off the list of responses to
look for. Every other check is Rasa's own.

- Rasa's own fallback actions: utter_ask_rephrase, utter_default, and utter_ask_affirmation
  from our Dutch action_default_ask_affirmation.
- Forms: `utter_ask_<slot>` for every slot a form in the domain asks for (the form sends it).
- The conversation lifetime in domain/sessie.yml and endpoints.yml must be bot.settings' (checked first,
  bot/privacy/lifetime.py).
- Responses the action server sends itself (the forms' short hints after an answer that cannot
  be used, dynamic buttons): every "utter_..." string literal in actions/*.py.

Before Rasa's checks, one of ours: no two conditional variants of a response may match the same
slots (Rasa would pick one at random; bot/response_checks.py).
"""

import re
import sys
from pathlib import Path

from rasa.validator import Validator

USED_BY_FALLBACK_ACTIONS = {"utter_ask_rephrase", "utter_default", "utter_ask_affirmation"}
ACTIONS_DIR = Path(__file__).resolve().parents[1] / "actions"


def _sent_by_actions() -> set:
    """Response names written in the action server's code: actions/ and the dialogue logic that
    picks a response for them (bot/dialogue/)."""
    names = set()
    for path in [*ACTIONS_DIR.glob("*.py"), *(ACTIONS_DIR.parent / "bot" / "dialogue").glob("*.py")]:
        names.update(re.findall(r"[\"'](utter_[a-z0-9_]+)[\"']", path.read_text(encoding="utf-8")))
    return names

_gather = Validator._gather_utterance_actions


def _asked_by_forms(domain) -> set:
    slots = set()
    for form in domain.forms.values():
        slots.update((form or {}).get("required_slots") or [])
    return {f"utter_ask_{slot}" for slot in slots}


def _used_in_stories_and_rules() -> set:
    names = set()
    for path in (ACTIONS_DIR.parent / "data").rglob("*.yml"):
        names.update(re.findall(r"action: (utter_[a-z0-9_]+)", path.read_text(encoding="utf-8")))
    return names


def _gather_without_action_responses(self):
    """Responses only actions send are no "unused utterance"; one that a rule also uses stays."""
    sent_elsewhere = USED_BY_FALLBACK_ACTIONS | _sent_by_actions() | _asked_by_forms(self.domain)
    return _gather(self) - (sent_elsewhere - _used_in_stories_and_rules())


Validator._gather_utterance_actions = _gather_without_action_responses

if __name__ == "__main__":
    from rasa.__main__ import main

    from bot.privacy import lifetime
    from bot.response_checks import load_responses, overlapping_variants

    mismatches = lifetime.problems()
    for problem in mismatches:
        print(f"error: {problem}", file=sys.stderr)
    clashes = overlapping_variants(load_responses(ACTIONS_DIR.parent))
    if clashes:
        print("\n".join(["Responses whose variants can match together:", *clashes]), file=sys.stderr)
    if mismatches or clashes:
        sys.exit(1)

    sys.argv = ["rasa", "data", "validate", "--domain", "domain", "--fail-on-warnings", *sys.argv[1:]]
    main()
