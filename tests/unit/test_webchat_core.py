"""The web chat's rules without Rasa or Sanic: settings, tokens, origins, limits, message bodies."""

import json

import pytest

from bot.channels.webchat import config as wconfig
from bot.channels.webchat import messages, sessions
from bot.settings import Settings


def webchat_config(env, ttl_minutes=30):
    """The web chat's configuration from these variables (and nothing of the environment)."""
    return wconfig.WebChatConfig.from_settings(
        Settings.from_env({**env, "BOT_CONVERSATION_TTL_MINUTES": str(ttl_minutes)}))

SECRET = "s" * 40


def config(**env):
    base = {"BOT_WEBCHAT_SECRET": SECRET, "BOT_PUBLIC_URL": "https://vp.example.nl"}
    base.update(env)
    return webchat_config(base, ttl_minutes=30)


class Clock:
    def __init__(self, now=1_000_000.0):
        self.now = now

    def __call__(self):
        return self.now


# --- settings ------------------------------------------------------------------------------------

def test_origins_are_normalised():
    assert wconfig.normalise_origin("HTTPS://Intranet.Example.nl:443/") == "https://intranet.example.nl"
    assert wconfig.normalise_origin("http://127.0.0.1:5005") == "http://127.0.0.1:5005"
    assert wconfig.normalise_origin("http://[::1]:8080") == "http://[::1]:8080"
    for bad in ("intranet.example.nl", "ftp://x.nl", "null", "", "https://", "http://a.nl:99999",
                "https://user:pw@a.nl", "https://a.nl/?x=1"):
        assert wconfig.normalise_origin(bad) is None, bad


def test_defaults_without_any_setting():
    cfg = webchat_config({}, ttl_minutes=20)
    assert cfg.secret_is_random and len(cfg.secret) == 32
    assert cfg.public_origin == "http://127.0.0.1:5005"
    assert cfg.extra_origins == frozenset()
    assert (cfg.rate_per_minute, cfg.sessions_per_minute, cfg.ttl_seconds) == (20, 30, 1200)
    assert webchat_config({}, 20).secret != cfg.secret  # a new random one per process


def test_settings_are_read():
    cfg = config(BOT_WEBCHAT_ORIGINS=" https://intranet.example.nl , http://wiki.local:8080/ ",
                 BOT_WEBCHAT_RATE_PER_MINUTE="7", BOT_WEBCHAT_SESSIONS_PER_MINUTE="3")
    assert not cfg.secret_is_random and cfg.secret == SECRET.encode()
    assert cfg.public_origin == "https://vp.example.nl"
    assert cfg.extra_origins == {"https://intranet.example.nl", "http://wiki.local:8080"}
    assert (cfg.rate_per_minute, cfg.sessions_per_minute) == (7, 3)


@pytest.mark.parametrize("env, variable", [
    ({"BOT_WEBCHAT_SECRET": "too-short"}, "BOT_WEBCHAT_SECRET"),
    ({"BOT_WEBCHAT_ORIGINS": "intranet.example.nl"}, "BOT_WEBCHAT_ORIGINS"),
    ({"BOT_WEBCHAT_ORIGINS": "https://intranet.example.nl/pagina"}, "BOT_WEBCHAT_ORIGINS"),
    ({"BOT_WEBCHAT_RATE_PER_MINUTE": "veel"}, "BOT_WEBCHAT_RATE_PER_MINUTE"),
    ({"BOT_WEBCHAT_RATE_PER_MINUTE": "0"}, "BOT_WEBCHAT_RATE_PER_MINUTE"),
    ({"BOT_WEBCHAT_SESSIONS_PER_MINUTE": "-1"}, "BOT_WEBCHAT_SESSIONS_PER_MINUTE"),
    ({"BOT_PUBLIC_URL": "vp.example.nl"}, "BOT_PUBLIC_URL"),
])
def test_a_wrong_setting_names_its_variable(env, variable):
    with pytest.raises(wconfig.ConfigError, match=variable):
        webchat_config(env, ttl_minutes=30)


# --- origins -------------------------------------------------------------------------------------

def test_origin_allow_list():
    cfg = config(BOT_WEBCHAT_ORIGINS="https://intranet.example.nl")
    host = "vp.example.nl"
    assert wconfig.origin_allowed("https://vp.example.nl", host, cfg)
    assert wconfig.origin_allowed("https://intranet.example.nl", host, cfg)
    assert wconfig.origin_allowed("https://INTRANET.example.nl:443", host, cfg)
    for refused in (None, "", "null", "https://evil.example", "http://intranet.example.nl",
                    "https://intranet.example.nl.evil.example", "https://vp.example.nl:8443"):
        assert not wconfig.origin_allowed(refused, host, cfg), refused


def test_the_page_on_the_bots_own_host_is_allowed_by_whatever_name_it_was_reached():
    cfg = config()  # public URL says vp.example.nl, but a newcomer opened localhost
    assert wconfig.origin_allowed("http://localhost:5005", "localhost:5005", cfg)
    assert wconfig.origin_allowed("https://chat.intern", "chat.intern:443", cfg)
    assert not wconfig.origin_allowed("http://localhost:5005", "localhost:5006", cfg)
    assert not wconfig.origin_allowed("http://evil.example", "localhost:5005", cfg)
    assert not wconfig.origin_allowed("http://localhost:5005", None, cfg)  # no Host, not the public origin


def test_frames_only_on_the_bot_itself_and_the_listed_origins():
    cfg = config(BOT_WEBCHAT_ORIGINS="https://intranet.example.nl,https://wiki.example.nl")
    assert wconfig.frame_ancestors(cfg) == "'self' https://intranet.example.nl https://wiki.example.nl"
    assert wconfig.frame_ancestors(config()) == "'self'"


# --- tokens --------------------------------------------------------------------------------------

def test_token_round_trip_and_sliding_expiry():
    clock = Clock()
    tokens = sessions.SessionTokens(SECRET.encode(), ttl_seconds=600, clock=clock)
    session = tokens.new_session_id()
    token, seconds = tokens.issue(session)
    assert seconds == 600 and tokens.verify(token) == session
    clock.now += 599
    renewed, _ = tokens.issue(session)
    clock.now += 2
    with pytest.raises(sessions.TokenError) as err:
        tokens.verify(token)
    assert err.value.reason == "expired"
    assert tokens.verify(renewed) == session
    assert tokens.verify(token, allow_expired=True) == session  # still proves whose it was


def test_session_ids_are_random_and_not_the_sender_id():
    tokens = sessions.SessionTokens(SECRET.encode(), 600)
    ids = {tokens.new_session_id() for _ in range(100)}
    assert len(ids) == 100 and all(len(i) == 32 for i in ids)
    session = ids.pop()
    sender = tokens.sender_id(session)
    assert sender.startswith("webchat-") and session not in sender
    assert sender == tokens.sender_id(session)
    assert sessions.SessionTokens(b"x" * 40, 600).sender_id(session) != sender


def test_forged_malformed_and_missing_tokens_are_refused():
    tokens = sessions.SessionTokens(SECRET.encode(), 600)
    session = tokens.new_session_id()
    token, _ = tokens.issue(session)
    sid, expires, mac = token.split(".")
    other = sessions.SessionTokens(b"another secret of enough length!", 600).issue(session)[0]
    cases = {
        "forged": [other,
                   f"{tokens.new_session_id()}.{expires}.{mac}",  # someone else's session id
                   f"{sid}.{int(expires) + 3600}.{mac}",  # a longer life
                   f"{sid}.{expires}.{mac[:-1]}{'A' if mac[-1] != 'A' else 'B'}"],
        "malformed": [f"{sid}.{expires}", "abc", f"{sid}.{expires}.{mac}.x", f"{sid.upper()}.{expires}.{mac}",
                      f"{sid}.-1.{mac}", " " + token, "<script>"],
        "missing": [None, ""],
    }
    for reason, bad_tokens in cases.items():
        for bad in bad_tokens:
            with pytest.raises(sessions.TokenError) as err:
                tokens.verify(bad)
            assert err.value.reason == reason, bad


def test_bearer_header():
    assert sessions.bearer_token("Bearer abc") == "abc"
    assert sessions.bearer_token("bearer   abc ") == "abc"
    for bad in (None, "", "Basic abc", "Bearer", "abc"):
        assert sessions.bearer_token(bad) is None


# --- the session book (limits: tests/unit/test_guards.py) -------------------------------------------

def test_session_book_revokes_and_remembers_only_the_latest_buttons():
    clock = Clock(0.0)
    book = sessions.SessionBook(ttl_seconds=600, clock=clock)
    book.offer("s1", ["/bevestigen", "/ontkennen"])
    assert book.was_offered("s1", "/bevestigen") and not book.was_offered("s2", "/bevestigen")
    book.offer("s1", ['/kies_tijd{"gekozen_tijd":"x"}'])
    assert not book.was_offered("s1", "/bevestigen")
    assert book.was_offered("s1", '/kies_tijd{"gekozen_tijd":"x"}')
    assert not book.is_revoked("s1")
    book.revoke("s1")
    assert book.is_revoked("s1") and not book.was_offered("s1", '/kies_tijd{"gekozen_tijd":"x"}')
    book.offer("s2", ["/x"])
    clock.now = 601  # after the conversation lifetime nothing is kept
    assert not book.is_revoked("s1") and not book.was_offered("s2", "/x") and len(book) == 0


def test_session_book_reads_a_typed_title_of_the_latest_buttons_as_the_button():
    # fourth stranger test: "Hulp van buiten" typed instead of clicked
    from bot.channels.webchat import messages as webchat_messages

    book = sessions.SessionBook(ttl_seconds=600, clock=Clock(0.0))
    answers = [{"text": "Waar wil je meer over weten?",
                "buttons": [{"title": "Hulp van buiten", "payload": '/kies_route{"route":"extern"}'}]}]
    book.offer("s1", webchat_messages.payloads_of(answers), webchat_messages.buttons_of(answers))
    assert book.payload_for_title("s1", "hulp van buiten") == '/kies_route{"route":"extern"}'
    assert book.payload_for_title("s2", "hulp van buiten") is None
    assert book.payload_for_title("s1", "hulp van buiten graag") is None


# --- message bodies ------------------------------------------------------------------------------

def body(**values):
    return json.dumps(values).encode()


def test_body_holds_text_or_payload():
    assert messages.parse_body(body(text="hallo")) == messages.Incoming("text", "hallo")
    assert messages.parse_body(body(payload="/bevestigen")) == messages.Incoming("payload", "/bevestigen")
    # The page's own id of the message, for sending it again (bot/channels/replay.py).
    assert messages.parse_body(body(text="hallo", id="0123456789abcdef")) == \
        messages.Incoming("text", "hallo", "0123456789abcdef")
    assert messages.parse_body(body(payload="/ja", id="a" * 32)).message_id == "a" * 32


@pytest.mark.parametrize("raw, key, status", [
    (None, "onleesbaar", 400),
    (b"", "onleesbaar", 400),
    (b"hallo", "onleesbaar", 400),
    (b"\xff\xfe", "onleesbaar", 400),
    (b"[1, 2]", "onleesbaar", 400),
    (b"[" * 20_000, "onleesbaar", 400),  # RecursionError in the JSON parser
    (b'"hallo"', "onleesbaar", 400),
    (body(), "onleesbaar", 400),
    (body(text="a", payload="/b"), "onleesbaar", 400),
    (body(text=["a"]), "onleesbaar", 400),
    (body(text={"$ne": 1}), "onleesbaar", 400),
    (body(payload="bevestigen"), "knop_verlopen", 400),
    (body(payload="/" + "x" * 600), "knop_verlopen", 400),
    (body(payload=1), "knop_verlopen", 400),
    (body(text="hallo", id="kort"), "onleesbaar", 400),
    (body(text="hallo", id="met spaties erin"), "onleesbaar", 400),
    (body(text="hallo", id=12345678), "onleesbaar", 400),
    (b"{" + b" " * (messages.MAX_BODY_BYTES + 1) + b"}", "te_lang", 413),
])
def test_bad_bodies_get_a_named_refusal(raw, key, status):
    with pytest.raises(messages.BadRequest) as err:
        messages.parse_body(raw)
    assert (err.value.key, err.value.status) == (key, status)


def test_a_maximum_message_fits_in_the_body_limit_even_fully_escaped():
    text = "\U0001F600" * 2000  # every character a surrogate pair in JSON: 12 bytes each
    assert messages.parse_body(json.dumps({"text": text}).encode()).value == text


def test_only_an_offered_button_is_passed_on_as_a_payload():
    incoming = messages.Incoming("payload", '/kies_tijd{"gekozen_tijd":"a|2027-03-11T12:00:00+00:00"}')
    assert messages.message_text(incoming, offered=True) == incoming.value
    with pytest.raises(messages.BadRequest) as err:
        messages.message_text(incoming, offered=False)
    assert err.value.key == "knop_verlopen"


def test_typed_text_is_checked_and_cleaned():
    text = messages.message_text
    assert text(messages.Incoming("text", "  mijn collega\npest me\t"), offered=False) == "mijn collega pest me"
    # typed text never becomes an intent with entities: only offered buttons do that
    assert text(messages.Incoming("text", '/kies_tijd{"gekozen_tijd":"x"}'), False) == 'kies_tijd{"gekozen_tijd":"x"}'
    assert text(messages.Incoming("text", "//stoppen"), False) == "stoppen"
    for sneaky in ("/ /stoppen", " / / stoppen", "\u200b/stoppen", "\u3000/stoppen", "/\n/stoppen"):
        assert text(messages.Incoming("text", sneaky), False) == "stoppen", repr(sneaky)
    # control characters, a bidi override and lone surrogates go; emoji with joiners stay
    assert text(messages.Incoming("text", "a\x00b\u202ec\ud800d"), False) == "abcd"
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    assert text(messages.Incoming("text", f"help {family}"), False) == f"help {family}"
    assert text(messages.Incoming("text", "<img src=x onerror=alert(1)>"), False) == "<img src=x onerror=alert(1)>"


@pytest.mark.parametrize("typed, key, status", [
    ("", "leeg", 400), ("   \n", "leeg", 400), ("/", "leeg", 400), ("\x00\x01", "leeg", 400), ("/ /", "leeg", 400),
    ("a" * 101, "te_lang", 413),
])
def test_typed_text_refusals(typed, key, status):
    with pytest.raises(messages.BadRequest) as err:
        messages.message_text(messages.Incoming("text", typed), offered=False, limit=100)
    assert (err.value.key, err.value.status) == (key, status)
    assert messages.message_text(messages.Incoming("text", "a" * 100), offered=False, limit=100) == "a" * 100


# --- replies -------------------------------------------------------------------------------------

def test_only_text_and_buttons_reach_the_browser():
    collected = [
        {"recipient_id": "webchat-abc", "text": "Klopt het?",
         "buttons": [{"title": "Ja", "payload": "/bevestigen", "type": "postback"},
                     {"title": "Site", "payload": "https://example.nl"},
                     {"title": 3, "payload": "/x"}]},
        {"recipient_id": "webchat-abc", "custom": {"anything": 1}},
        {"recipient_id": "webchat-abc", "image": "https://example.nl/x.png", "text": "  "},
        {"recipient_id": "webchat-abc", "text": "<b>tekst</b>"},
    ]
    assert messages.to_client(collected) == [
        {"text": "Klopt het?", "buttons": [{"title": "Ja", "payload": "/bevestigen"}]},
        {"text": "<b>tekst</b>"},  # as text; the page never renders it as HTML
    ]
    assert messages.payloads_of(messages.to_client(collected)) == ["/bevestigen"]


def test_dns_rebinding_a_foreign_host_is_refused_although_its_origin_matches_it():
    config = webchat_config({"BOT_PUBLIC_URL": "https://bot.example.nl",
                                          "BOT_ALLOWED_HOSTS": "bot-intern:5005"}, 30)
    assert config.allowed_hosts == frozenset({"bot.example.nl", "bot-intern"})
    # the Origin check alone takes a rebound name for the bot's own page ...
    assert wconfig.origin_allowed("http://evil.example:5005", "evil.example:5005", config)
    # ... the Host check does not
    assert not wconfig.host_allowed("evil.example:5005", config.allowed_hosts)
    for host in ("127.0.0.1:5005", "localhost", "[::1]:5005", "bot.example.nl", "bot-intern:80"):
        assert wconfig.host_allowed(host, config.allowed_hosts), host
    for host in (None, "", "127.0.0.1.evil.example", "[::1", "bot.example.nl.evil.example"):
        assert not wconfig.host_allowed(host, config.allowed_hosts), host
    default = webchat_config({}, 30)
    assert default.allowed_hosts == frozenset({"127.0.0.1"})
