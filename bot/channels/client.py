"""Who is on the other end of a request: the client address and the opaque client key.

- `client_address(peer, forwarded_for, trusted)`: the socket peer (Sanic's `request.ip`), or,
  only when that peer is a proxy listed in BOT_TRUSTED_PROXIES, the address the proxies recorded
  in X-Forwarded-For: the list is walked from the right, trusted hops are skipped, and the first
  address that is not a trusted proxy is the client. A forged X-Forwarded-For from a peer that is
  not a trusted proxy is ignored.
- `client_key(address)` and `user_key(platform, user_id)`: the opaque string every channel puts on
  each message as `metadata={"client": key}`, so limits can count per client without the bot
  handing raw IP addresses or platform user ids to the dialogue or the action server. A keyed
  hash (HMAC-SHA256) with BOT_WEBCHAT_SECRET when that is set (then the keys are the same across
  workers and restarts), else with a random secret of this process.

BOT_TRUSTED_PROXIES: comma-separated IP addresses or networks (CIDR), e.g. "10.0.0.5,10.1.0.0/16".
Unset: no proxy is trusted and X-Forwarded-For is never read (`proxy_warning` says so at start-up
when BOT_PUBLIC_URL is not a loopback address). An IPv6 client is keyed by its /64.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import secrets
from collections.abc import Iterable
from functools import cache, lru_cache
from urllib.parse import urlsplit

from bot import settings as bot_settings
from bot.patterns import linear

logger = logging.getLogger(__name__)
TRUSTED_ENV = "BOT_TRUSTED_PROXIES"
SECRET_ENV = "BOT_WEBCHAT_SECRET"  # noqa: S105 -- the variable name, not a secret
MAX_FORWARDED_HOPS = 20  # more hops than any real proxy chain; the rest is not read
UNKNOWN = "unknown"

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
_V4_WITH_PORT = linear(r"^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$", name="client.v4_with_port")
_V6_BRACKETS = linear(r"^\[([0-9A-Fa-f:.]+)\](?::\d{1,5})?$", name="client.v6_brackets")


class ConfigError(ValueError):
    """BOT_TRUSTED_PROXIES holds something that is not an address or a network."""


def parse_trusted(raw: str | None) -> tuple[Network, ...]:
    """'10.0.0.5, 10.1.0.0/16' -> the networks; raises ConfigError naming the variable."""
    networks = []
    for item in (raw or "").split(","):
        item = item.strip()
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ConfigError(f"{TRUSTED_ENV}: {item[:60]!r} is not an IP address or network "
                              f"(write e.g. 10.0.0.5,10.1.0.0/16)") from None
    return tuple(networks)


def trusted_proxies(settings: bot_settings.Settings | None = None) -> tuple[Network, ...]:
    """The trusted proxies of `settings` (default: this process's); a wrong setting is logged
    (once) and trusts no proxy at all."""
    return _trusted((settings or bot_settings.current()).channels.trusted_proxies)


@lru_cache(maxsize=4)
def _trusted(raw: str) -> tuple[Network, ...]:
    try:
        return parse_trusted(raw)
    except ConfigError as exc:
        logger.error("%s; no proxy is trusted, X-Forwarded-For is not read", exc)
        return ()


def _ip(value: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An address as a proxy may write it ('1.2.3.4', '1.2.3.4:80', '[::1]:80', '::ffff:1.2.3.4')."""
    if not value:
        return None
    value = value.strip().strip('"')
    for pattern in (_V4_WITH_PORT, _V6_BRACKETS):
        match = pattern.match(value)
        if match:
            value = match.group(1)
            break
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _is_trusted(address, trusted: Iterable[Network]) -> bool:
    return any(address.version == net.version and address in net for net in trusted)


def client_address(peer: str | None, forwarded_for: Iterable[str] | str | None,
                   trusted: Iterable[Network]) -> str:
    """The client's address as text (see the module docstring); "unknown" without a peer."""
    trusted = tuple(trusted)
    peer_ip = _ip(peer)
    if peer_ip is None:
        return UNKNOWN
    if not trusted or not _is_trusted(peer_ip, trusted) or not forwarded_for:
        return str(peer_ip)
    headers = [forwarded_for] if isinstance(forwarded_for, str) else list(forwarded_for)
    hops = [hop for header in headers for hop in header.split(",")][-MAX_FORWARDED_HOPS:]
    current = peer_ip  # the last address known to be real: it connected, or a trusted proxy wrote it
    for hop in reversed(hops):
        address = _ip(hop)
        if address is None:  # unreadable: stop at the last address a trusted proxy vouched for
            return str(current)
        current = address
        if not _is_trusted(address, trusted):
            return str(address)
    return str(current)  # every hop is a trusted proxy: the leftmost one is the client


def request_client_address(request, trusted: Iterable[Network] | None = None) -> str:
    """`client_address` for a Sanic request (trusted proxies from bot.settings by default)."""
    if trusted is None:
        trusted = trusted_proxies()
    return client_address(request.ip, request.headers.getall("x-forwarded-for", []), trusted)


@cache
def _process_secret() -> bytes:
    return secrets.token_bytes(32)


def _secret() -> bytes:
    configured = bot_settings.current().channels.webchat.secret  # BOT_WEBCHAT_SECRET
    return configured.encode("utf-8") if len(configured.strip()) >= 32 else _process_secret()


def _key(kind: str, value: str) -> str:
    digest = hmac.new(_secret(), f"client.v1\x00{kind}\x00{value}".encode("utf-8", "replace"), hashlib.sha256)
    return f"{kind}-{digest.hexdigest()[:32]}"


IPV6_CLIENT_PREFIX = 64  # one IPv6 subscriber (one host, or one home/office LAN) gets a /64


def client_network(address: str) -> str:
    """What a limit counts as one client: an IPv4 address, or the /64 an IPv6 address lies in
    (a single machine can use any of the 2^64 addresses of its /64, one per request)."""
    ip = _ip(address)
    if isinstance(ip, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((ip, IPV6_CLIENT_PREFIX), strict=False))
    return address if ip is None else str(ip)


def client_key(address: str) -> str:
    """The opaque key of a client address (web chat, REST, calendar files): never the address
    itself; IPv6 clients are keyed by their /64 (`client_network`)."""
    return _key("ip", client_network(address))


def proxy_warning(settings: bot_settings.Settings | None = None) -> str | None:
    """The start-up warning when the bot is published on a non-loopback address but no proxy is
    trusted: behind a reverse proxy every request then comes from the proxy's address, and every
    per-client limit (new web chat sessions, wrong calendar codes) is shared by everyone."""
    settings = settings or bot_settings.current()
    if settings.channels.trusted_proxies.strip():
        return None
    try:
        host = (urlsplit(settings.public_url.strip()).hostname or "").lower()
    except ValueError:
        return None
    if not host or host == "localhost":
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass
    return (f"BOT_PUBLIC_URL is {host}, not a loopback address, but {TRUSTED_ENV} is empty: behind a "
            f"reverse proxy every client has the proxy's address and per-client limits are shared by "
            f"everyone; set {TRUSTED_ENV} to the proxy's address")


def user_key(platform: str, user_id: str) -> str:
    """The opaque key of a chat platform's user (Teams, Slack): never the user id itself."""
    return _key(platform, user_id)


def metadata(key: str) -> dict[str, str]:
    """The metadata every channel puts on each UserMessage."""
    return {"client": key}
