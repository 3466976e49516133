"""The Teams channel without the network and without Rasa's dialogue: settings, reading
activities, writing cards, the retry waits and the texts. (The fake Bot Framework only builds
activities here; it is not started.)

Delivery to the local fake Bot Connector and the request checks of TeamsInput, over real HTTP:
tests/integration/test_teams_channel_http.py; tests/e2e/test_teams.py runs the same channel with
the real trained bot.
"""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.channels import guards
from bot.channels.teams import channel as tchannel
from bot.channels.teams import config as tconfig
from bot.channels.teams import connector as tconnector
from bot.channels.teams import protocol
from bot.settings import Settings
from tests import texts as bot_texts
from tests.fakes.botframework import FakeBotFramework, buttons, texts


def teams_config(env):
    """The Teams configuration from these variables (and nothing of the environment)."""
    return tconfig.TeamsConfig.from_settings(Settings.from_env(env).channels.teams)

APP_ID = "6f1c3b2a-8d4e-4f5a-9b6c-1d2e3f4a5b6c"
TENANT = "3a2b1c0d-1111-2222-3333-444455556666"
PASSWORD = "geheim-wachtwoord"
CONV = "a:1Hq-Xy_zW9;messageid=1700000000000"


@pytest.fixture(scope="module")
def fake():
    """Builds Teams activities as the Bot Connector posts them; its servers are not started."""
    return FakeBotFramework(APP_ID, PASSWORD, TENANT)


# --- settings ---------------------------------------------------------------------------------

def test_config_from_environment_with_single_tenant_defaults():
    config = teams_config({"BOT_TEAMS_APP_ID": APP_ID, "BOT_TEAMS_APP_PASSWORD": PASSWORD,
                                         "BOT_TEAMS_TENANT_ID": TENANT})
    assert config.token_url == f"https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token"
    assert config.openid_url == "https://login.botframework.com/v1/.well-known/openidconfiguration"
    assert config.issuer == "https://api.botframework.com"
    assert config.scope == "https://api.botframework.com/.default"
    assert config.allowed_service_urls == ("https://smba.trafficmanager.net/",)
    assert PASSWORD not in repr(config)


def test_missing_variables_are_named_without_values():
    with pytest.raises(tconfig.ConfigError) as err:
        teams_config({"BOT_TEAMS_APP_PASSWORD": PASSWORD, "BOT_TEAMS_TENANT_ID": " "})
    assert str(err.value) == "set BOT_TEAMS_APP_ID, BOT_TEAMS_TENANT_ID"


@pytest.mark.parametrize("override, named", [
    ({"BOT_TEAMS_APP_ID": "mijn-bot"}, "BOT_TEAMS_APP_ID"),
    ({"BOT_TEAMS_TENANT_ID": "common"}, "BOT_TEAMS_TENANT_ID"),
    ({"BOT_TEAMS_TENANT_ID": "x/../../evil"}, "BOT_TEAMS_TENANT_ID"),
    ({"BOT_TEAMS_TOKEN_URL": "http://login.example.com/token"}, "BOT_TEAMS_TOKEN_URL"),
    ({"BOT_TEAMS_OPENID_URL": "ftp://x"}, "BOT_TEAMS_OPENID_URL"),
    ({"BOT_TEAMS_ALLOWED_SERVICE_URLS": "https://smba.trafficmanager.net/, http://evil.example/"},
     "BOT_TEAMS_ALLOWED_SERVICE_URLS"),
])
def test_wrong_settings_keep_the_channel_off_with_a_clear_reason(override, named):
    env = {"BOT_TEAMS_APP_ID": APP_ID, "BOT_TEAMS_APP_PASSWORD": PASSWORD, "BOT_TEAMS_TENANT_ID": TENANT, **override}
    with pytest.raises(tconfig.ConfigError, match=named):
        teams_config(env)


def test_tenant_must_be_the_directory_guid_that_activities_are_compared_with():
    with pytest.raises(tconfig.ConfigError, match="GUID"):
        teams_config({"BOT_TEAMS_APP_ID": APP_ID, "BOT_TEAMS_APP_PASSWORD": PASSWORD,
                                    "BOT_TEAMS_TENANT_ID": "contoso.onmicrosoft.com"})


def test_unconfigured_channel_logs_one_line_and_answers_503(monkeypatch, caplog):
    for name in tconfig.REQUIRED_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with caplog.at_level(logging.INFO, logger="bot.channels.teams"):
        channel = tchannel.TeamsInput.from_credentials(None)
    lines = [r.getMessage() for r in caplog.records]
    assert lines == ["Teams channel is off: set BOT_TEAMS_APP_ID, BOT_TEAMS_APP_PASSWORD, BOT_TEAMS_TENANT_ID "
                     "(see docs/channels/teams.md)"]
    answer = asyncio.run(channel.receive("Bearer a.b.c", b"{}", _never))
    assert answer.status == 503


async def _never(message):
    raise AssertionError("the dialogue must not be reached")


# --- reading activities -----------------------------------------------------------------------

def test_typed_message_is_read_with_its_reply_target(fake):
    inbound = protocol.parse_activity(fake.activity(CONV, "hallo", activity_id="1700000000001"))
    assert inbound.kind == "message" and inbound.text == "hallo"
    target = inbound.target
    assert (target.service_url, target.conversation_id, target.activity_id) == (fake.service_url, CONV, "1700000000001")
    assert target.bot == {"id": f"28:{APP_ID}", "name": "VP-wegwijzer"}


def test_button_click_arrives_as_value_and_is_read_as_the_payload(fake):
    click = fake.activity(CONV, "Ja, dat klopt", value={"payload": "/bevestigen"})
    assert protocol.parse_activity(click).text == "/bevestigen"
    no_text = fake.activity(CONV, value={"payload": '/kies_route{"route":"informeel"}'})
    assert protocol.parse_activity(no_text).text == '/kies_route{"route":"informeel"}'


def test_value_without_a_payload_falls_back_to_the_text(fake):
    assert protocol.parse_activity(fake.activity(CONV, "hoi", value={"other": 1})).text == "hoi"
    assert protocol.parse_activity(fake.activity(CONV, value={"payload": 7})).text is None


def test_other_activity_types_and_channels_are_ignored(fake):
    assert protocol.parse_activity(fake.activity(CONV, kind="conversationUpdate")).kind == "ignore"
    assert protocol.parse_activity(fake.activity(CONV, "hallo", channel_id="webchat")).kind == "ignore"


def test_group_chats_and_channels_are_not_answered_with_the_dialogue(fake):
    for conversation_type in ("groupChat", "channel"):
        inbound = protocol.parse_activity(fake.activity(CONV, "hallo", conversation_type=conversation_type))
        assert inbound.kind == "not_personal" and inbound.target.conversation_id == CONV


@pytest.mark.parametrize("breakage", [
    lambda a: a.pop("conversation"), lambda a: a["conversation"].pop("id"), lambda a: a.pop("from"),
    lambda a: a.update(id=12), lambda a: a.pop("serviceUrl"), lambda a: a.pop("type"),
    lambda a: a["conversation"].update(id="x" * 5000),
])
def test_malformed_activities_are_refused(fake, breakage):
    activity = fake.activity(CONV, "hallo")
    breakage(activity)
    with pytest.raises(protocol.MalformedActivity):
        protocol.parse_activity(activity)
    with pytest.raises(protocol.MalformedActivity):
        protocol.parse_activity(["not", "an", "object"])


def test_conversation_key_is_a_stable_hash_without_the_teams_id():
    key = protocol.conversation_key(CONV)
    assert key == protocol.conversation_key(CONV) != protocol.conversation_key(CONV + "x")
    assert key.startswith("teams-") and "Hq-Xy" not in key and len(key) == 38


# --- writing activities -----------------------------------------------------------------------

TARGET = protocol.ReplyTarget(service_url="https://smba.trafficmanager.net/emea/", conversation_id=CONV,
                           activity_id="1700000000001", bot={"id": f"28:{APP_ID}", "name": "VP"}, user_id="29:1abc")


def test_text_answer_is_a_plain_reply_to_the_message():
    activity = protocol.text_activity(TARGET, "Hallo")
    assert activity == {"type": "message", "from": {"id": f"28:{APP_ID}", "name": "VP"}, "recipient": {"id": "29:1abc"},
                        "conversation": {"id": CONV}, "replyToId": "1700000000001", "locale": "nl-NL",
                        "text": "Hallo", "textFormat": "plain"}


def test_buttons_become_a_hero_card_with_message_back_actions():
    activity = protocol.buttons_activity(TARGET, "Klopt het?", [{"title": "Ja, dat klopt", "payload": "/bevestigen"},
                                                               {"title": "Nee", "payload": "/ontkennen"}])
    assert activity["attachments"] == [{"contentType": "application/vnd.microsoft.card.hero", "content": {
        "text": "Klopt het?",
        "buttons": [{"type": "messageBack", "title": "Ja, dat klopt", "displayText": "Ja, dat klopt",
                     "text": "Ja, dat klopt", "value": {"payload": "/bevestigen"}},
                    {"type": "messageBack", "title": "Nee", "displayText": "Nee", "text": "Nee",
                     "value": {"payload": "/ontkennen"}}]}}]
    assert texts(activity) == "Klopt het?"


def test_more_than_six_buttons_are_spread_over_cards_that_teams_shows_in_full():
    eleven = [{"title": f"Keuze {i}", "payload": f'/kies_situatie{{"situatie":"s{i}"}}'} for i in range(11)]
    activity = protocol.buttons_activity(TARGET, "Waar lijkt het op?", eleven)
    cards = activity["attachments"]
    assert activity["attachmentLayout"] == "list"
    assert [len(c["content"]["buttons"]) for c in cards] == [6, 5]
    assert cards[0]["content"]["text"] == "Waar lijkt het op?" and "text" not in cards[1]["content"]
    assert [b["value"]["payload"] for b in buttons(activity)] == [b["payload"] for b in eleven]


def test_a_link_button_opens_the_url():
    assert protocol.card_action({"title": "Agenda", "url": "https://example.org/a.ics"}) == {
        "type": "openUrl", "title": "Agenda", "value": "https://example.org/a.ics"}


def test_reply_url_escapes_teams_ids():
    url = protocol.activities_url("https://smba.trafficmanager.net/emea", "19:abc@thread.v2;x=1", "17/00")
    assert url == ("https://smba.trafficmanager.net/emea/v3/conversations/19%3Aabc%40thread.v2%3Bx%3D1"
                   "/activities/17%2F00")
    assert protocol.activities_url("https://s.example/", "a:1", None).endswith("/conversations/a%3A1/activities")


def test_retry_waits_follow_retry_after_with_a_cap():
    assert tconnector.retry_delay(0, "2") == 2.0
    assert tconnector.retry_delay(0, "3600") == guards.MAX_RETRY_AFTER_SECONDS
    assert [tconnector.retry_delay(i, None) for i in range(3)] == [0.5, 1.0, 2.0]
    assert tconnector.retry_delay(1, "Wed, 21 Oct 2015 07:28:00 GMT") == 1.0


def test_channel_texts_are_dutch_and_filled_from_the_content_files():
    error = tchannel.teams_text("fout")
    assert bot_texts.number("spoed") in error and bot_texts.number("zelfmoordpreventie") in error
    assert "{" not in error
    assert tchannel.teams_text("alleen_persoonlijk") == bot_texts.content_text("teams.yml", "alleen_persoonlijk")
