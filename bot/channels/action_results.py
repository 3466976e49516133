"""The action server's answers are checked against a schema compiled once, not on every call.

Rasa 3.6 checks every answer of the action server with `jsonschema.validate(result, spec)`
(`RemoteAction._validate_action_result`). That function first validates the *schema* against
JSON Schema's meta-schema and builds a new validator, on every call, on the event loop. The
profile of the running server (docs/performance.md, 8 concurrent conversations) put 28 % of the
Rasa server's samples there; one call measured 99 ms against 6 ms with a validator built once
(busy machine). `install()` replaces it with a validator for the same schema, checked and built
once: the same answers pass, the same answers fail with the same ValidationError and the same
hint Rasa adds. Installed when a channel of ours is loaded inside the Rasa server
(bot/channels/__init__.py), like bot.channels.nlu_thread.
"""

from __future__ import annotations

import functools

_INSTALLED = "_bot_action_results_installed"


@functools.lru_cache(maxsize=1)
def _validator():
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    spec = RemoteAction.action_response_format_spec()
    cls = validator_for(spec)
    cls.check_schema(spec)  # what jsonschema.validate does on every call, once
    return cls(spec)


def install() -> None:
    from jsonschema.exceptions import best_match
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    if getattr(RemoteAction, _INSTALLED, False):
        return
    validator = _validator()

    def _validate_action_result(self, result) -> bool:
        # jsonschema.validate raises the best match of the errors; so does this.
        error = best_match(validator.iter_errors(result))
        if error is None:
            return True
        error.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error

    RemoteAction._validate_action_result = _validate_action_result
    setattr(RemoteAction, _INSTALLED, True)
