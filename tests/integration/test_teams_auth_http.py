"""The Bot Framework key and token caches against the local fake Microsoft services over real
HTTP. The pure verification is in tests/unit/test_teams_auth.py."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from bot.channels.teams import auth as bfa
from tests.fakes.botframework import FakeBotFramework

APP_ID = "6f1c3b2a-8d4e-4f5a-9b6c-1d2e3f4a5b6c"
TENANT = "3a2b1c0d-1111-2222-3333-444455556666"


@pytest.fixture(scope="module")
def fake():
    with FakeBotFramework(APP_ID, "geheim-wachtwoord", TENANT) as running:
        yield running


# --- the caches, over HTTP against the fake ---------------------------------------------------

def run(coro_factory):
    async def main():
        async with aiohttp.ClientSession() as session:
            return await coro_factory(lambda: session)
    return asyncio.run(main())


def test_keys_are_fetched_once_and_cached(fake):
    async def go(session):
        keys = bfa.OpenIdKeys(fake.openid_url, session)
        first = await keys.key(fake.kid)
        second = await keys.key(fake.kid)
        return first, second, keys.fetches, keys.algorithms
    first, second, fetches, algorithms = run(go)
    assert first is second and first.kid == fake.kid
    assert fetches == 1 and algorithms == ("RS256",)


def test_unknown_kid_refetches_at_most_every_five_minutes(fake):
    now = [1000.0]

    async def go(session):
        keys = bfa.OpenIdKeys(fake.openid_url, session, clock=lambda: now[0])
        await keys.key(fake.kid)
        assert await keys.key("rotated-kid") is None  # just fetched: no new fetch yet
        fetches_after_burst = keys.fetches
        now[0] += bfa.UNKNOWN_KID_REFETCH_SECONDS
        assert await keys.key("rotated-kid") is None
        return fetches_after_burst, keys.fetches
    assert run(go) == (1, 2)


def test_keys_are_refreshed_after_a_day(fake):
    now = [0.0]

    async def go(session):
        keys = bfa.OpenIdKeys(fake.openid_url, session, clock=lambda: now[0])
        await keys.key(fake.kid)
        now[0] += bfa.KEYS_MAX_AGE_SECONDS + 1
        await keys.key(fake.kid)
        return keys.fetches
    assert run(go) == 2


def test_cached_keys_survive_a_failing_key_service(fake):
    now = [0.0]

    async def go(session):
        keys = bfa.OpenIdKeys(fake.openid_url, session, clock=lambda: now[0])
        await keys.key(fake.kid)
        fake.keys_status = 500
        try:
            now[0] += bfa.KEYS_MAX_AGE_SECONDS + 1
            return await keys.key(fake.kid), keys.fetches
        finally:
            fake.keys_status = 200
    key, fetches = run(go)
    assert key is not None and key.kid == fake.kid and fetches == 2


def test_no_keys_at_all_is_unavailable_not_unauthorised(fake):
    async def go(session):
        keys = bfa.OpenIdKeys(fake.openid_url, session)
        fake.keys_status = 500
        try:
            with pytest.raises(bfa.KeysUnavailable):
                await keys.key(fake.kid)
        finally:
            fake.keys_status = 200
    run(go)


def test_unreachable_key_service_times_out_into_unavailable():
    async def go(session):
        keys = bfa.OpenIdKeys("http://127.0.0.1:9/openid", session)  # discard port: refused
        with pytest.raises(bfa.KeysUnavailable):
            await keys.key("x")
    run(go)


def test_outbound_token_is_cached_until_shortly_before_expiry(fake):
    now = [0.0]

    async def go(session):
        creds = bfa.ClientCredentials(fake.token_url, APP_ID, "geheim-wachtwoord", session, clock=lambda: now[0])
        first = await creds.token()
        now[0] += fake.token_lifetime - bfa.TOKEN_REFRESH_MARGIN_SECONDS - 1
        second = await creds.token()
        now[0] += 2
        third = await creds.token()
        return first, second, third, creds.requests
    before = len(fake.token_requests)
    first, second, third, requests = run(go)
    assert first == second != third and requests == 2
    sent = fake.token_requests[before]
    assert sent == {"grant_type": "client_credentials", "client_id": APP_ID,
                    "scope": "https://api.botframework.com/.default", "secret_ok": True, "tenant": TENANT}


def test_wrong_secret_gives_a_clear_error_without_the_secret(fake):
    async def go(session):
        creds = bfa.ClientCredentials(fake.token_url, APP_ID, "fout-wachtwoord", session)
        with pytest.raises(bfa.OutboundAuthError) as err:
            await creds.token()
        return str(err.value)
    message = run(go)
    assert "401" in message and "invalid_client" in message and "fout-wachtwoord" not in message
