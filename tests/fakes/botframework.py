"""Microsoft's side of a Teams bot, on 127.0.0.1 over real HTTP, for tests.

One aiohttp server (in its own thread, so synchronous tests and a bot in another process can use
it) that speaks the real protocols:
- OpenID metadata  GET /v1/.well-known/openidconfiguration  -> issuer, jwks_uri, algorithms
- JWKS             GET /v1/.well-known/keys                  -> the public key, endorsed for msteams
- token endpoint   POST /<tenant>/oauth2/v2.0/token          -> client-credentials access tokens
- Bot Connector    POST /teams/v3/conversations/<id>/activities[/<replyToId>]
                   accepts only a bearer token this fake issued (and that has not expired) and
                   records each activity; `service_url` is what Teams puts in `serviceUrl`.

It also mints the inbound tokens the Bot Connector would send (`inbound_token`, with locally
generated RSA keys), builds Teams activities (`activity`) and posts them (`post`).
"""

from __future__ import annotations

import asyncio
import base64
import json
import secrets
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

import jwt
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

ISSUER = "https://api.botframework.com"
SCOPE = "https://api.botframework.com/.default"


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def public_jwk(key: rsa.RSAPrivateKey, kid: str, endorsements: list[str] | None = ("msteams",)) -> dict:
    jwk = json.loads(RSAAlgorithm.to_jwk(key.public_key()))
    jwk.update({"kid": kid, "use": "sig"})
    if endorsements is not None:
        jwk["endorsements"] = list(endorsements)
    return jwk


@dataclass
class Received:
    """One activity the fake Bot Connector accepted."""
    path: str
    conversation_id: str
    reply_to_id: str | None
    authorization: str
    activity: dict


class FakeBotFramework:
    def __init__(self, app_id: str, app_password: str, tenant: str, *, token_lifetime: int = 3599) -> None:
        self.app_id, self.app_password, self.tenant = app_id, app_password, tenant
        self.token_lifetime = token_lifetime
        self.key, self.kid = new_key(), "fake-signing-key-1"
        self.other_key = new_key()  # never published: signs the "wrong signature" tokens
        self.endorsements: list[str] | None = ["msteams"]
        self.issued: dict[str, float] = {}  # access token -> expiry (time.time())
        self.token_requests: list[dict] = []  # form fields, with the secret replaced by whether it matched
        self.received: list[Received] = []
        self.rejected_posts = 0
        self.openid_fetches = 0
        self.jwks_fetches = 0
        self.connector_statuses: list[int] = []  # scripted answers for the next connector posts
        self.keys_status = 200  # set to 500 to make the key service fail
        self._cond = threading.Condition()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # --- URLs the bot is configured with ---

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def service_url(self) -> str:
        return f"{self.base_url}/teams/"

    @property
    def openid_url(self) -> str:
        return f"{self.base_url}/v1/.well-known/openidconfiguration"

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/{self.tenant}/oauth2/v2.0/token"

    def env(self) -> dict[str, str]:
        """The environment that points the bot's Teams channel at this fake."""
        return {"BOT_TEAMS_APP_ID": self.app_id, "BOT_TEAMS_APP_PASSWORD": self.app_password,
                "BOT_TEAMS_TENANT_ID": self.tenant, "BOT_TEAMS_OPENID_URL": self.openid_url,
                "BOT_TEAMS_TOKEN_URL": self.token_url, "BOT_TEAMS_ALLOWED_SERVICE_URLS": self.service_url}

    # --- the server ---

    def _app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/v1/.well-known/openidconfiguration", self._openid)
        app.router.add_get("/v1/.well-known/keys", self._jwks)
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._token)
        app.router.add_post("/teams/v3/conversations/{cid}/activities", self._activity)
        app.router.add_post("/teams/v3/conversations/{cid}/activities/{aid}", self._activity)
        return app

    def start(self) -> FakeBotFramework:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            self._runner = web.AppRunner(self._app(), access_log=None)
            loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._runner.cleanup())
            loop.close()

        self._thread = threading.Thread(target=run, name="fake-botframework", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake Bot Framework did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> FakeBotFramework:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    async def _openid(self, request: web.Request) -> web.Response:
        self.openid_fetches += 1
        if self.keys_status != 200:
            return web.json_response({"error": "unavailable"}, status=self.keys_status)
        return web.json_response({
            "issuer": ISSUER, "authorization_endpoint": "https://invalid.example/",
            "jwks_uri": f"{self.base_url}/v1/.well-known/keys",
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["private_key_jwt"]})

    async def _jwks(self, request: web.Request) -> web.Response:
        self.jwks_fetches += 1
        if self.keys_status != 200:
            return web.json_response({"error": "unavailable"}, status=self.keys_status)
        return web.json_response({"keys": [public_jwk(self.key, self.kid, self.endorsements)]})

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        record = {k: v for k, v in form.items() if k != "client_secret"}
        record["secret_ok"] = form.get("client_secret") == self.app_password
        record["tenant"] = request.match_info["tenant"]
        with self._cond:
            self.token_requests.append(record)
        if form.get("grant_type") != "client_credentials" or form.get("scope") != SCOPE:
            return web.json_response({"error": "invalid_request"}, status=400)
        if (form.get("client_id") != self.app_id or not record["secret_ok"]
                or request.match_info["tenant"] != self.tenant):
            return web.json_response({"error": "invalid_client"}, status=401)
        token = "fake-access-" + secrets.token_urlsafe(24)
        self.issued[token] = time.time() + self.token_lifetime
        return web.json_response({"token_type": "Bearer", "expires_in": self.token_lifetime,
                                  "ext_expires_in": self.token_lifetime, "access_token": token})

    async def _activity(self, request: web.Request) -> web.Response:
        auth = request.headers.get("Authorization", "")
        token = auth[len("Bearer "):] if auth.startswith("Bearer ") else None
        if token is None or self.issued.get(token, 0) < time.time():
            with self._cond:
                self.rejected_posts += 1
            return web.json_response({"error": {"code": "Unauthorized"}}, status=401)
        with self._cond:
            if self.connector_statuses:
                status = self.connector_statuses.pop(0)
                if status >= 300:
                    return web.json_response({"error": {"code": "Throttled"}}, status=status,
                                             headers={"Retry-After": "0"})
        try:
            activity = await request.json()
        except ValueError:
            return web.json_response({"error": {"code": "BadArgument"}}, status=400)
        if not isinstance(activity, dict) or "type" not in activity:
            return web.json_response({"error": {"code": "BadArgument"}}, status=400)
        with self._cond:
            self.received.append(Received(request.raw_path, request.match_info["cid"], request.match_info.get("aid"),
                                          auth, activity))
            self._cond.notify_all()
        return web.json_response({"id": secrets.token_hex(8)})

    # --- what the tests use ---

    def inbound_token(self, *, audience: str | None = None, issuer: str = ISSUER, service_url: str | None = None,
                      lifetime: float = 3600, not_before: float = -300, key=None, kid: str | None = None,
                      algorithm: str = "RS256", extra: dict | None = None, drop: tuple[str, ...] = ()) -> str:
        """A token as the Bot Connector sends it; every part can be made wrong."""
        now = time.time()
        claims = {"iss": issuer, "aud": self.app_id if audience is None else audience,
                  "serviceurl": self.service_url if service_url is None else service_url,
                  "nbf": int(now + not_before), "exp": int(now + lifetime), **(extra or {})}
        for name in drop:
            claims.pop(name, None)
        return jwt.encode(claims, key or self.key, algorithm=algorithm,
                          headers={"kid": self.kid if kid is None else kid})

    @staticmethod
    def unsigned_token(claims: dict, kid: str = "fake-signing-key-1") -> str:
        """An `alg: none` token (no signature at all)."""
        def b64(data: dict) -> str:
            return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
        return f"{b64({'alg': 'none', 'typ': 'JWT', 'kid': kid})}.{b64(claims)}."

    def activity(self, conversation_id: str, text: str | None = None, *, value: dict | None = None,
                 activity_id: str | None = None, conversation_type: str = "personal",
                 channel_id: str = "msteams", kind: str = "message") -> dict:
        """A Teams activity as the Bot Connector posts it to the bot."""
        activity = {
            "type": kind, "id": activity_id or "1" + secrets.token_hex(6), "timestamp": "2027-03-08T09:00:00.000Z",
            "serviceUrl": self.service_url, "channelId": channel_id,
            "from": {"id": "29:1" + secrets.token_hex(20), "name": "Test Persoon",
                     "aadObjectId": secrets.token_hex(16)},
            "conversation": {"conversationType": conversation_type, "tenantId": self.tenant, "id": conversation_id},
            "recipient": {"id": f"28:{self.app_id}", "name": "VP-wegwijzer"},
            "entities": [{"locale": "nl-NL", "country": "NL", "platform": "Web", "type": "clientInfo"}],
            "channelData": {"tenant": {"id": self.tenant}}, "locale": "nl-NL"}
        if text is not None:
            activity["text"] = text
            activity["textFormat"] = "plain"
        if value is not None:
            activity["value"] = value
        return activity

    def post(self, url: str, activity: dict | bytes, token: str | None, timeout: float = 10) -> tuple[int, float]:
        """POST an activity to the bot as the Bot Connector does: (HTTP status, seconds taken)."""
        data = activity if isinstance(activity, bytes) else json.dumps(activity).encode()
        headers = {"Content-Type": "application/json"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(url, data=data, headers=headers, method="POST")
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=timeout) as resp:
                return resp.status, time.monotonic() - started
        except urllib.error.HTTPError as err:
            return err.code, time.monotonic() - started

    def messages(self, conversation_id: str) -> list[Received]:
        with self._cond:
            return [r for r in self.received if r.conversation_id == conversation_id]

    def wait_for(self, conversation_id: str, count: int, timeout: float = 60) -> list[Received]:
        """The first `count` activities for a conversation, waiting for them; AssertionError on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                got = [r for r in self.received if r.conversation_id == conversation_id]
                if len(got) >= count:
                    return got[:count]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{len(got)} of {count} answers arrived within {timeout} s: "
                                         f"{[texts(r.activity) for r in got]}")
                self._cond.wait(left)


def texts(activity: dict) -> str:
    """The visible text of an answer: its text, or the text of its cards."""
    if activity.get("text"):
        return activity["text"]
    return " ".join(a.get("content", {}).get("text", "") for a in activity.get("attachments", []))


def buttons(activity: dict) -> list[dict]:
    return [b for a in activity.get("attachments", []) for b in a.get("content", {}).get("buttons", [])]
