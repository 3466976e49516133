"""`rasa data validate --fail-on-warnings`, with one narrow exception.

Rasa's validator warns about every response that no story or rule names. Three responses are
sent by Rasa's own fallback actions instead (utter_ask_rephrase, utter_default, and
utter_ask_affirmation from our Dutch action_default_ask_affirmation), so no rule can name
them. They are taken off the list of responses to look for; every other check is Rasa's own.
"""

import sys

from rasa.validator import Validator

USED_BY_FALLBACK_ACTIONS = {"utter_ask_rephrase", "utter_default", "utter_ask_affirmation"}

_gather = Validator._gather_utterance_actions


def _gather_without_fallback_responses(self):
    return _gather(self) - USED_BY_FALLBACK_ACTIONS


Validator._gather_utterance_actions = _gather_without_fallback_responses

if __name__ == "__main__":
    from rasa.__main__ import main

    sys.argv = ["rasa", "data", "validate", "--fail-on-warnings", *sys.argv[1:]]
    main()
