"""The REST channel keeps its conversations apart from every other channel's."""

import pytest

from bot.channels.rest import DEFAULT_PREFIX, RestInput, prefixed_sender


def test_sender_ids_are_prefixed_so_rest_cannot_reach_another_channel():
    assert prefixed_sender(DEFAULT_PREFIX, "slack:T1:D1") == "rest-slack:T1:D1"
    assert prefixed_sender(DEFAULT_PREFIX, 42) == "rest-42"


@pytest.mark.parametrize("sender", [None, "", "  ", {"a": 1}, ["x"]])
def test_missing_or_odd_senders_are_refused(sender):
    assert prefixed_sender(DEFAULT_PREFIX, sender) is None


def test_prefix_from_credentials():
    assert RestInput.from_credentials(None).sender_prefix == DEFAULT_PREFIX
    assert RestInput.from_credentials({"sender_prefix": ""}).sender_prefix == ""
    assert RestInput.name() == "rest"
