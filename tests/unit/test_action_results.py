"""bot.channels.action_results: the action server's answers are checked as Rasa checks them,
with a validator built once instead of on every call."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError

from bot.channels import action_results
from tests.patching import freshly_installed

GOOD = {"events": [{"event": "slot", "name": "situatie", "value": "pesten"}], "responses": [{"response": "utter_x"}]}
BAD = [
    {"events": "not a list"},
    {"events": [{"event": "slot"}], "responses": "nope"},
    {"events": ["not an object"]},
]


@pytest.fixture
def action():
    from rasa.core.actions.action import RemoteAction
    from rasa.utils.endpoints import EndpointConfig

    return RemoteAction("action_iets", EndpointConfig("http://127.0.0.1:9"))  # never called


@pytest.fixture
def patched():
    from rasa.core.actions.action import RemoteAction

    with freshly_installed(RemoteAction, "_validate_action_result", action_results._INSTALLED,
                           action_results.install) as original:
        yield RemoteAction, original


def test_install_replaces_rasas_check_once(patched):
    remote_action, original = patched
    assert remote_action._validate_action_result is not original
    replaced = remote_action._validate_action_result
    action_results.install()
    assert remote_action._validate_action_result is replaced


def test_a_good_answer_passes_as_before(patched, action):
    remote_action, original = patched
    assert original(action, GOOD) is True
    assert action._validate_action_result(GOOD) is True


@pytest.mark.parametrize("bad", BAD)
def test_a_bad_answer_fails_with_rasas_error_and_hint(patched, action, bad):
    remote_action, original = patched
    with pytest.raises(ValidationError) as before:
        original(action, bad)
    with pytest.raises(ValidationError) as after:
        action._validate_action_result(bad)
    assert after.value.message == before.value.message
    assert "Failed to validate Action server response" in after.value.message
