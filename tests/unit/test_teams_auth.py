"""Bot Framework token checks with locally generated RSA keys: the pure verification, without the
network (the fake only mints tokens and keys here; it is not started). The key and token caches
against the local fake Microsoft services over real HTTP: tests/integration/test_teams_auth_http.py."""

from __future__ import annotations

import time

import jwt
import pytest

from bot.channels.teams import auth as bfa
from tests.fakes.botframework import FakeBotFramework, new_key, public_jwk

APP_ID = "6f1c3b2a-8d4e-4f5a-9b6c-1d2e3f4a5b6c"
TENANT = "3a2b1c0d-1111-2222-3333-444455556666"
SERVICE = "https://smba.trafficmanager.net/emea/"


@pytest.fixture(scope="module")
def fake():
    """Microsoft's keys and tokens, without its servers (never started here)."""
    return FakeBotFramework(APP_ID, "geheim-wachtwoord", TENANT)


def key_of(fake, endorsements=("msteams",)) -> bfa.SigningKey:
    jwk = public_jwk(fake.key, fake.kid, list(endorsements) if endorsements else None)
    return bfa.parse_jwks({"keys": [jwk]})[fake.kid]


def activity(service_url=SERVICE, channel="msteams"):
    return {"type": "message", "serviceUrl": service_url, "channelId": channel}


def verify(fake, token, act=None, key="default", **kw):
    key = key_of(fake) if key == "default" else key
    return bfa.verify_activity_token(token, act or activity(), key, app_id=APP_ID, **kw)


def reason(fake, token, **kw) -> str:
    with pytest.raises(bfa.AuthError) as err:
        verify(fake, token, **kw)
    return err.value.reason


# --- the pure verification --------------------------------------------------------------------

def test_valid_token_gives_its_claims(fake):
    claims = verify(fake, fake.inbound_token(service_url=SERVICE))
    assert claims["aud"] == APP_ID and claims["iss"] == "https://api.botframework.com"


def test_service_url_trailing_slash_does_not_matter(fake):
    verify(fake, fake.inbound_token(service_url=SERVICE.rstrip("/")))


def test_expired_token_is_refused(fake):
    assert reason(fake, fake.inbound_token(service_url=SERVICE, lifetime=-3600)) == "token expired"


def test_expiry_allows_five_minutes_clock_skew_and_no_more(fake):
    token = fake.inbound_token(service_url=SERVICE, lifetime=0)
    exp = jwt.decode(token, options={"verify_signature": False})["exp"]
    verify(fake, token, now=exp + 299)
    with pytest.raises(bfa.AuthError, match="expired"):
        verify(fake, token, now=exp + 301)


def test_not_yet_valid_token_is_refused(fake):
    token = fake.inbound_token(service_url=SERVICE, not_before=3600, lifetime=7200)
    assert reason(fake, token) == "token not yet valid"
    nbf = jwt.decode(token, options={"verify_signature": False})["nbf"]
    verify(fake, token, now=nbf - 299)


def test_wrong_audience_is_refused(fake):
    token = fake.inbound_token(service_url=SERVICE, audience="00000000-0000-0000-0000-000000000000")
    assert reason(fake, token) == "wrong audience"


def test_wrong_issuer_is_refused(fake):
    token = fake.inbound_token(service_url=SERVICE, issuer="https://sts.windows.net/evil/")
    assert reason(fake, token) == "wrong issuer"


def test_signature_by_another_key_with_the_same_kid_is_refused(fake):
    token = fake.inbound_token(service_url=SERVICE, key=fake.other_key)
    assert reason(fake, token) == "bad signature"


def test_tampered_claims_break_the_signature(fake):
    head, _, sig = fake.inbound_token(service_url=SERVICE).split(".")
    forged = jwt.encode({"iss": "https://api.botframework.com", "aud": APP_ID, "serviceurl": SERVICE,
                         "exp": int(time.time()) + 3600}, fake.other_key, algorithm="RS256").split(".")[1]
    assert reason(fake, f"{head}.{forged}.{sig}") == "bad signature"


def test_unknown_kid_is_refused(fake):
    token = fake.inbound_token(service_url=SERVICE, kid="some-other-kid")
    assert reason(fake, token) == "unknown signing key"  # the key the cache found for that kid
    assert reason(fake, fake.inbound_token(service_url=SERVICE), key=None) == "unknown signing key"


def test_service_url_claim_must_match_the_activity(fake):
    token = fake.inbound_token(service_url="https://smba.trafficmanager.net/amer/")
    assert reason(fake, token) == "serviceUrl claim does not match the activity"
    assert reason(fake, fake.inbound_token(service_url=SERVICE, drop=("serviceurl",))) == "serviceUrl missing"


def test_activity_without_service_url_is_refused(fake):
    token = fake.inbound_token(service_url=SERVICE)
    with pytest.raises(bfa.AuthError, match="serviceUrl missing"):
        bfa.verify_activity_token(token, {"type": "message", "channelId": "msteams"}, key_of(fake), app_id=APP_ID)


def test_missing_exp_is_refused(fake):
    assert reason(fake, fake.inbound_token(service_url=SERVICE, drop=("exp",))) == "missing claim exp"


def test_alg_none_is_refused_before_any_key_is_used(fake):
    token = fake.unsigned_token({"iss": "https://api.botframework.com", "aud": APP_ID, "serviceurl": SERVICE,
                                 "exp": int(time.time()) + 3600})
    assert reason(fake, token) == "token algorithm not allowed"
    with pytest.raises(bfa.AuthError):
        bfa.unverified_header(token)


def test_hmac_signed_token_is_refused(fake):
    # Key confusion: an HS256 token "signed" with public material must never be accepted.
    payload = {"iss": "https://api.botframework.com", "aud": APP_ID, "serviceurl": SERVICE,
               "exp": int(time.time()) + 3600}
    token = jwt.encode(payload, "n-and-e-of-the-public-key-padded-to-32-bytes", algorithm="HS256",
                       headers={"kid": fake.kid})
    assert reason(fake, token) == "token algorithm not allowed"


def test_algorithm_must_be_offered_by_the_metadata(fake):
    token = fake.inbound_token(service_url=SERVICE, algorithm="RS512")
    verify(fake, token, algorithms=["RS256", "RS512"])
    assert reason(fake, token, algorithms=["RS256"]) == "token algorithm not offered by the OpenID metadata"


def test_key_must_be_endorsed_for_the_activity_channel(fake):
    token = fake.inbound_token(service_url=SERVICE)
    verify(fake, token, act=activity(channel="msteams"))
    with pytest.raises(bfa.AuthError, match="endorsed"):
        verify(fake, token, act=activity(channel="webchat"))
    # A key that names no endorsements is not limited to channels.
    verify(fake, token, act=activity(channel="webchat"), key=key_of(fake, endorsements=None))


@pytest.mark.parametrize("header", [None, "", "Basic dXNlcjpwYXNz", "Bearer", "Bearer not-a-jwt",
                                    "Bearer " + "a" * 9000 + ".b.c"])
def test_missing_or_malformed_header_is_refused(header):
    with pytest.raises(bfa.AuthError):
        bfa.parse_bearer(header)


def test_bearer_header_gives_the_token(fake):
    token = fake.inbound_token(service_url=SERVICE)
    assert bfa.parse_bearer(f"Bearer {token}") == token


def test_garbage_token_header_is_refused():
    with pytest.raises(bfa.AuthError, match="malformed"):
        bfa.unverified_header("bm90IGpzb24.e30.")


def test_jwks_parsing_keeps_only_rsa_signing_keys(fake):
    other = public_jwk(new_key(), "enc-key")
    other["use"] = "enc"
    keys = bfa.parse_jwks({"keys": [public_jwk(fake.key, "a"), other, {"kty": "EC", "kid": "ec"},
                                    {"kty": "RSA", "kid": "broken", "n": "xx"}, "junk"]})
    assert list(keys) == ["a"] and keys["a"].endorsements == ("msteams",)


# --- URLs ---------------------------------------------------------------------------------------

def test_endpoint_urls_must_be_https_except_on_this_machine():
    assert bfa.check_endpoint_url("https://login.microsoftonline.com/x", "u")
    assert bfa.check_endpoint_url("http://127.0.0.1:8080/x", "u")
    assert bfa.check_endpoint_url("http://localhost/x", "u")
    for bad in ("http://example.com/x", "ftp://example.com", "https://", "not a url"):
        with pytest.raises(ValueError):
            bfa.check_endpoint_url(bad, "u")


def test_service_url_allow_list_matches_scheme_host_and_path_prefix():
    allowed = ["https://smba.trafficmanager.net/"]
    assert bfa.service_url_allowed("https://smba.trafficmanager.net/emea/", allowed)
    assert bfa.service_url_allowed("https://SMBA.trafficmanager.net/amer", allowed)
    for bad in ("https://smba.trafficmanager.net.evil.example/emea/", "http://smba.trafficmanager.net/emea/",
                "https://evil.example/smba.trafficmanager.net/", "https://user@evil.example/"):
        assert not bfa.service_url_allowed(bad, allowed), bad
    assert not bfa.service_url_allowed("https://smba.trafficmanager.net/amer/", ["https://smba.trafficmanager.net/emea/"])
