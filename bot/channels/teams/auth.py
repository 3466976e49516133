"""Bot Framework authentication, both directions, for a single-tenant bot.

Inbound (Bot Connector -> us): every request carries `Authorization: Bearer <JWT>`. We accept it
only when all of these hold (Microsoft's "Bot Connector authentication" rules):
- the header is a Bearer token of sane size, whose header names an allowed RSA algorithm and a kid;
- the signature verifies with the key of that kid from the JWKS the OpenID metadata points to
  (`jwks_uri`), and when that key lists `endorsements`, the activity's channelId is among them;
- issuer is `https://api.botframework.com` (configurable for sovereign clouds), audience is our
  app id, `exp` has not passed and `nbf` has been reached (5 minutes clock skew, as Microsoft
  recommends);
- the `serviceUrl` claim equals the activity's `serviceUrl` (so a token for one service cannot be
  replayed to make us send our own bearer token somewhere else).

Outbound (us -> Bot Connector): an OAuth client-credentials token from the *tenant's* token
endpoint (`https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token`; Rasa's own channel uses
the multi-tenant `botframework.com` tenant, which Microsoft no longer offers for new bots), with
scope `https://api.botframework.com/.default`, cached until shortly before it expires.

`verify_activity_token` is pure (keys, activity and the time are arguments); `OpenIdKeys` and
`ClientCredentials` do the HTTP (aiohttp, always with timeouts) and the caching.
Nothing here logs a token, a secret or message text.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from ipaddress import ip_address
from urllib.parse import urlsplit

import aiohttp
import jwt
from jwt.algorithms import RSAAlgorithm

logger = logging.getLogger(__name__)

BOTFRAMEWORK_ISSUER = "https://api.botframework.com"
BOTFRAMEWORK_OPENID_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
BOTFRAMEWORK_SCOPE = "https://api.botframework.com/.default"
TOKEN_URL_TEMPLATE = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"  # noqa: S105 - a URL

# Only RSA signatures: never "none", never HMAC (which would let a public key act as a secret).
SAFE_ALGORITHMS = frozenset({"RS256", "RS384", "RS512"})
CLOCK_SKEW_SECONDS = 300  # Microsoft: "industry-standard clock-skew is 5 minutes"
MAX_TOKEN_CHARS = 8192
KEYS_MAX_AGE_SECONDS = 24 * 3600  # refresh the signing keys daily
UNKNOWN_KID_REFETCH_SECONDS = 300  # an unknown kid refetches the keys at most this often
FAILED_FETCH_RETRY_SECONDS = 10  # without (fresh) keys, a failed fetch is retried at most this often
FETCH_TIMEOUT = aiohttp.ClientTimeout(total=10, connect=5)
MAX_DOCUMENT_BYTES = 1024 * 1024
TOKEN_REFRESH_MARGIN_SECONDS = 300

_BEARER = re.compile(r"[Bb]earer +([A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*)")


class AuthError(Exception):
    """A request that must be refused with 401. `reason` is safe to log (no token content)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class KeysUnavailable(Exception):
    """The signing keys could not be fetched (and none are cached): answer 503, not 401."""


class OutboundAuthError(Exception):
    """No access token from the token endpoint. The message is safe to log."""


# --- URLs -----------------------------------------------------------------------------------

def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def check_endpoint_url(url: str, what: str) -> str:
    """`url` when it is https (or http on this machine, for local tests), else ValueError."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and is_loopback_host(parts.hostname):
        return url
    raise ValueError(f"{what} must be an https:// URL (http only for 127.0.0.1/localhost)")


def normalise_service_url(url: str) -> str:
    """The serviceUrl with exactly one trailing slash, for comparing and joining."""
    return url.rstrip("/") + "/"


def service_url_allowed(service_url: str, allowed_prefixes: Iterable[str]) -> bool:
    """True when `service_url` starts with one of the allowed prefixes (scheme and host exact)."""
    try:
        check_endpoint_url(service_url, "serviceUrl")
    except ValueError:
        return False
    url = normalise_service_url(service_url)
    host = urlsplit(url).netloc.lower()
    for prefix in allowed_prefixes:
        prefix = normalise_service_url(prefix)
        if urlsplit(prefix).netloc.lower() == host and url.lower().startswith(prefix.lower()):
            return True
    return False


# --- inbound: verifying the Bot Connector's token --------------------------------------------

@dataclass(frozen=True)
class SigningKey:
    kid: str
    public_key: object  # cryptography RSAPublicKey
    endorsements: tuple[str, ...] | None  # None: the key names none (then any channel)


def parse_bearer(header: str | None) -> str:
    """The JWT from an Authorization header, or AuthError."""
    if not header:
        raise AuthError("no Authorization header")
    if len(header) > MAX_TOKEN_CHARS:
        raise AuthError("token too long")
    match = _BEARER.fullmatch(header.strip())
    if not match:
        raise AuthError("Authorization header is not a Bearer JWT")
    return match.group(1)


def unverified_header(token: str) -> tuple[str, str]:
    """(alg, kid) from the token header, checked for shape only; AuthError when unusable."""
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise AuthError("token header is malformed") from exc
    alg, kid = header.get("alg"), header.get("kid")
    if alg not in SAFE_ALGORITHMS:
        raise AuthError("token algorithm not allowed")
    if not isinstance(kid, str) or not kid or len(kid) > 256:
        raise AuthError("token has no key id")
    return alg, kid


def verify_activity_token(token: str, activity: Mapping, key: SigningKey | None, *, app_id: str,
                          issuer: str = BOTFRAMEWORK_ISSUER, algorithms: Iterable[str] = ("RS256",),
                          now: float | None = None, leeway: float = CLOCK_SKEW_SECONDS) -> dict:
    """The verified claims of `token` for `activity`, or AuthError.

    `key` is the signing key the token's kid names (None when the JWKS has no such key).
    """
    alg, kid = unverified_header(token)
    allowed = SAFE_ALGORITHMS.intersection(algorithms)
    if alg not in allowed:
        raise AuthError("token algorithm not offered by the OpenID metadata")
    if key is None or key.kid != kid:
        raise AuthError("unknown signing key")
    try:
        claims = jwt.decode(
            token, key=key.public_key, algorithms=sorted(allowed), audience=app_id, issuer=issuer,
            # exp and nbf are checked below against `now`, so tests can fix the time.
            options={"require": ["exp", "iss", "aud"], "verify_exp": False, "verify_nbf": False,
                     "verify_iat": False})
    except jwt.InvalidSignatureError as exc:
        raise AuthError("bad signature") from exc
    except jwt.InvalidAudienceError as exc:
        raise AuthError("wrong audience") from exc
    except jwt.InvalidIssuerError as exc:
        raise AuthError("wrong issuer") from exc
    except jwt.MissingRequiredClaimError as exc:
        raise AuthError(f"missing claim {exc.claim}") from exc
    except jwt.PyJWTError as exc:
        raise AuthError("token rejected") from exc

    now = time.time() if now is None else now
    exp, nbf = claims.get("exp"), claims.get("nbf")
    if not _is_number(exp):
        raise AuthError("exp is not a number")
    if now > exp + leeway:
        raise AuthError("token expired")
    if nbf is not None:
        if not _is_number(nbf):
            raise AuthError("nbf is not a number")
        if now < nbf - leeway:
            raise AuthError("token not yet valid")

    service_url = activity.get("serviceUrl")
    claimed = claims.get("serviceUrl") or claims.get("serviceurl")
    if not isinstance(service_url, str) or not isinstance(claimed, str):
        raise AuthError("serviceUrl missing")
    if normalise_service_url(claimed) != normalise_service_url(service_url):
        raise AuthError("serviceUrl claim does not match the activity")

    if key.endorsements is not None and activity.get("channelId") not in key.endorsements:
        raise AuthError("signing key not endorsed for this channel")
    return claims


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def parse_jwks(document: Mapping) -> dict[str, SigningKey]:
    """The usable RSA signing keys of a JWKS document, by kid. Other keys are skipped."""
    keys = {}
    for jwk in document.get("keys") or []:
        if not isinstance(jwk, Mapping) or jwk.get("kty") != "RSA" or not isinstance(jwk.get("kid"), str):
            continue
        if jwk.get("use") not in (None, "sig"):
            continue
        try:
            public_key = RSAAlgorithm.from_jwk(dict(jwk))
        except (jwt.InvalidKeyError, ValueError, TypeError, KeyError):
            continue
        endorsements = jwk.get("endorsements")
        keys[jwk["kid"]] = SigningKey(
            kid=jwk["kid"], public_key=public_key,
            endorsements=tuple(str(e) for e in endorsements) if isinstance(endorsements, list) else None)
    return keys


async def fetch_json(session: aiohttp.ClientSession, url: str, *, method: str = "GET",
                     data: Mapping | None = None) -> tuple[int, object]:
    """(status, parsed JSON or None) with a timeout and a size cap."""
    async with session.request(method, url, data=data, timeout=FETCH_TIMEOUT, allow_redirects=False) as resp:
        body = await resp.content.read(MAX_DOCUMENT_BYTES + 1)
        if len(body) > MAX_DOCUMENT_BYTES:
            return resp.status, None
        try:
            return resp.status, json.loads(body)
        except ValueError:
            return resp.status, None


class OpenIdKeys:
    """The Bot Connector's signing keys, from the OpenID metadata's jwks_uri.

    Cached for a day; a token naming an unknown kid makes it fetch again, at most once per
    UNKNOWN_KID_REFETCH_SECONDS (so random kids cannot make us hammer the key service). When a
    refresh fails, the keys already known keep working.
    """

    def __init__(self, openid_url: str, session: Callable[[], aiohttp.ClientSession], *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.openid_url = check_endpoint_url(openid_url, "the OpenID metadata URL")
        self._session = session
        self._clock = clock
        self._keys: dict[str, SigningKey] = {}
        self.algorithms: tuple[str, ...] = ("RS256",)
        self._fetched_at: float | None = None
        self._tried_at: float | None = None
        self._lock = asyncio.Lock()
        self.fetches = 0

    async def key(self, kid: str) -> SigningKey | None:
        """The key with this kid, None when the key service does not know it (KeysUnavailable
        when no keys could be fetched at all)."""
        if self._needs_refresh(kid):
            async with self._lock:
                if self._needs_refresh(kid):  # not done meanwhile by a request we waited for
                    await self._refresh()
        if not self._keys:
            raise KeysUnavailable("no signing keys")
        return self._keys.get(kid)

    def _needs_refresh(self, kid: str) -> bool:
        now = self._clock()
        since_try = None if self._tried_at is None else now - self._tried_at
        if self._fetched_at is None or now - self._fetched_at > KEYS_MAX_AGE_SECONDS:
            return since_try is None or since_try >= FAILED_FETCH_RETRY_SECONDS
        return kid not in self._keys and (since_try is None or since_try >= UNKNOWN_KID_REFETCH_SECONDS)

    async def _refresh(self) -> None:
        now = self._clock()
        self._tried_at = now
        self.fetches += 1
        try:
            status, meta = await fetch_json(self._session(), self.openid_url)
            if status != 200 or not isinstance(meta, Mapping) or not isinstance(meta.get("jwks_uri"), str):
                raise ValueError(f"OpenID metadata answered {status} without a jwks_uri")
            jwks_uri = check_endpoint_url(meta["jwks_uri"], "jwks_uri")
            status, jwks = await fetch_json(self._session(), jwks_uri)
            if status != 200 or not isinstance(jwks, Mapping):
                raise ValueError(f"JWKS answered {status}")
            keys = parse_jwks(jwks)
            if not keys:
                raise ValueError("JWKS holds no usable RSA signing key")
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as exc:
            logger.warning("Teams: could not refresh the Bot Framework signing keys (%s: %s); %s",
                           type(exc).__name__, exc,
                           "keeping the cached keys" if self._keys else "no keys to check tokens with")
            return
        algs = meta.get("id_token_signing_alg_values_supported")
        if isinstance(algs, list) and SAFE_ALGORITHMS.intersection(algs):
            self.algorithms = tuple(a for a in algs if a in SAFE_ALGORITHMS)
        self._keys = keys
        self._fetched_at = self._clock()


# --- outbound: our own token for the Bot Connector -------------------------------------------

class ClientCredentials:
    """Client-credentials access token from the tenant's token endpoint, cached until
    TOKEN_REFRESH_MARGIN_SECONDS before it expires (or half its lifetime, when shorter)."""

    def __init__(self, token_url: str, app_id: str, app_password: str, session: Callable[[], aiohttp.ClientSession],
                 *, scope: str = BOTFRAMEWORK_SCOPE, clock: Callable[[], float] = time.monotonic) -> None:
        self.token_url = check_endpoint_url(token_url, "the token URL")
        self._form = {"grant_type": "client_credentials", "client_id": app_id,
                      "client_secret": app_password, "scope": scope}
        self._session = session
        self._clock = clock
        self._token: str | None = None
        self._valid_until = 0.0
        self._lock = asyncio.Lock()
        self.requests = 0

    def invalidate(self) -> None:
        self._token = None

    async def token(self) -> str:
        if self._token and self._clock() < self._valid_until:
            return self._token
        async with self._lock:
            if self._token and self._clock() < self._valid_until:
                return self._token
            self.requests += 1
            started = self._clock()
            try:
                status, body = await fetch_json(self._session(), self.token_url, method="POST", data=self._form)
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                raise OutboundAuthError(f"token endpoint unreachable ({type(exc).__name__})") from exc
            if status != 200 or not isinstance(body, Mapping) or not isinstance(body.get("access_token"), str):
                # AAD's error code (e.g. invalid_client, unauthorized_client) helps set-up and holds no secret.
                code = body.get("error") if isinstance(body, Mapping) else None
                raise OutboundAuthError(f"token endpoint answered {status} ({code or 'no access_token'})")
            try:
                lifetime = float(body.get("expires_in", 3600))
            except (TypeError, ValueError):
                lifetime = 3600.0
            margin = min(TOKEN_REFRESH_MARGIN_SECONDS, lifetime / 2)
            self._token = body["access_token"]
            self._valid_until = started + lifetime - margin
            return self._token
