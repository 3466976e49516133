"""The lock store endpoints.yml names: one conversation's messages are handled one at a time, in
the order they came, across every Rasa process when BOT_REDIS_URL is set (bot/redis_config.py), in
this process's memory otherwise (Rasa's InMemoryLockStore).

Why not Rasa's RedisLockStore (Rasa 3.6):
- it is not atomic: a ticket is issued by GET, change, SET, so two processes that take a ticket
  for one conversation at the same moment both get the same number and both go ahead; both then
  save the conversation (Rasa's save is itself GET, merge, SET), and events are lost or
  interleaved. A client that sends a message again while the first try still runs elsewhere (a
  timeout, a 502) is exactly that case;
- a ticket lives a fixed time (TICKET_LOCK_LIFETIME, 60 s) whatever happens: a killed process's
  conversations wait that long, and a message that takes longer than that shares its
  conversation with the next one;
- a waiting ticket that outlives its lifetime waits for good (nothing is served then).

Here each ticket is a lease in one Redis hash per conversation (``lock:<conversation id>``), and
every change is one Lua script, so taking a ticket, looking whose turn it is and giving it back
are atomic, with Redis's own clock (TIME) for every process. The living process renews its
ticket every third of the lease (BOT_LOCK_LEASE_SECONDS, default 10 s) while it waits and while it
works, so a message may take as long as it needs; a process that dies (or hangs longer than two
thirds of the lease) stops renewing, and its conversations go on elsewhere at most a lease later.
The trade-off is then only the lease: shorter means a quicker failover, but a process whose event
loop stalls longer than two thirds of it loses its turn. It cannot then write a stale
conversation: while a lease is held, the tracker store saves the conversation only if that
ticket is still the one served (`Lease.set_if_served`, checked and written in one script;
bot/privacy/tracker_store.py); otherwise the message fails (the person gets the Dutch fault
answer and sends it again; bot/channels/replay.py makes that safe).

Keys: the hash holds ``#`` (the last ticket number) and one field per ticket (a random token:
"<number>:<expires at, Redis ms>"); the key expires by itself shortly after its newest lease, so
nothing outlives its use, and is deleted when its last ticket is given back.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from rasa.core.lock_store import InMemoryLockStore, LockError, LockStore

from bot.redis_config import redis_params
from bot.settings import current

logger = logging.getLogger(__name__)

KEY_PREFIX = "lock:"
# How often a waiting message asks whether its turn has come (only when another message of the
# same conversation is being handled: a retry, two tabs). One script call, ~0.1 ms on loopback.
POLL_SECONDS = 0.1
# The key outlives its newest lease by this much (then Redis deletes it by itself).
EXPIRY_MARGIN_MS = 2000
SOCKET_TIMEOUT_SECONDS = 5

# Shared by every script: the time in ms by Redis's clock, the living tickets, the first of them.
_LIBRARY = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function alive(key)
  local flat = redis.call('HGETALL', key)
  local found = {}
  for i = 1, #flat, 2 do
    if flat[i] ~= '#' then
      local n, expires = string.match(flat[i + 1], '^(%d+):(%d+)$')
      if tonumber(expires) <= now then
        redis.call('HDEL', key, flat[i])
      else
        found[#found + 1] = {flat[i], tonumber(n)}
      end
    end
  end
  return found
end
local function first(found)
  local best = nil
  for _, ticket in ipairs(found) do
    if best == nil or ticket[2] < best[2] then best = ticket end
  end
  return best
end
local function lease(key, token, n, ms)
  redis.call('HSET', key, token, string.format('%d:%d', n, now + ms))
  if redis.call('PTTL', key) < ms + MARGIN then redis.call('PEXPIRE', key, ms + MARGIN) end
end
""".replace("MARGIN", str(EXPIRY_MARGIN_MS))

# KEYS[1] the lock; ARGV: token, lease ms. Returns the ticket's number.
_ISSUE = _LIBRARY + """
alive(KEYS[1])
local n = redis.call('HINCRBY', KEYS[1], '#', 1)
lease(KEYS[1], ARGV[1], n, tonumber(ARGV[2]))
return n
"""

# KEYS[1] the lock; ARGV: token, lease ms. Renews the ticket; 1 when it is served now, 0 when
# another is served first, -1 when the ticket is gone (expired).
_TURN = _LIBRARY + """
local found = alive(KEYS[1])
local mine = redis.call('HGET', KEYS[1], ARGV[1])
if not mine then return -1 end
lease(KEYS[1], ARGV[1], tonumber(string.match(mine, '^(%d+):')), tonumber(ARGV[2]))
if first(found)[1] == ARGV[1] then return 1 end
return 0
"""

# KEYS[1] the lock; ARGV: token, lease ms. 1 when renewed, 0 when the ticket is gone.
_RENEW = _LIBRARY + """
local mine = redis.call('HGET', KEYS[1], ARGV[1])
if not mine then return 0 end
lease(KEYS[1], ARGV[1], tonumber(string.match(mine, '^(%d+):')), tonumber(ARGV[2]))
return 1
"""

# KEYS[1] the lock; ARGV: token. Gives the ticket back; the key goes with the last living ticket.
_RELEASE = _LIBRARY + """
redis.call('HDEL', KEYS[1], ARGV[1])
if #alive(KEYS[1]) == 0 then redis.call('DEL', KEYS[1]) end
return 1
"""

# KEYS[1] the lock, KEYS[2] the key to write; ARGV: token, value, expiry in seconds (0: none).
# Writes only while the ticket is alive and served: 1 when written, else 0.
_SET_IF_SERVED = _LIBRARY + """
local served = first(alive(KEYS[1]))
if served == nil or served[1] ~= ARGV[1] then return 0 end
if tonumber(ARGV[3]) > 0 then
  redis.call('SET', KEYS[2], ARGV[2], 'EX', tonumber(ARGV[3]))
else
  redis.call('SET', KEYS[2], ARGV[2])
end
return 1
"""


class LeaseLost(Exception):
    """This process's turn in a conversation ended before its work was written (its lease
    expired: the process stalled); nothing was written."""


@dataclass(frozen=True)
class Lease:
    """One ticket of one conversation, taken by this process."""

    store: RedisLeaseLockStore
    conversation_id: str
    key: str
    token: str

    def set_if_served(self, key: str, value: Any, expire_seconds: int | None) -> bool:
        """SET `key` to `value` (with EX) only while this ticket is the one served; True when written."""
        return bool(self.store.script("set_if_served", keys=[self.key, key],
                                      args=[self.token, value, int(expire_seconds or 0)]))


# The lease held by the message being handled in this task (None outside a lock).
_held: contextvars.ContextVar[Lease | None] = contextvars.ContextVar("bot_held_lease", default=None)


def held_lease() -> Lease | None:
    """The lease of the conversation whose message this task is handling, if any."""
    return _held.get()


class RedisLeaseLockStore(LockStore):
    """Rasa's lock store interface (`lock()` is all Rasa uses) on leases in Redis; see the module
    docstring."""

    def __init__(self, client, key_prefix: str | None = None, lease_seconds: float = 10,
                 poll_seconds: float = POLL_SECONDS) -> None:
        if lease_seconds < 1:
            raise ValueError("lease_seconds must be at least 1")
        self.red = client
        self.key_prefix = KEY_PREFIX
        if key_prefix:
            if not (isinstance(key_prefix, str) and key_prefix.isalnum()):
                raise ValueError("the lock store's key_prefix must be letters and digits")
            self.key_prefix = f"{key_prefix}:{KEY_PREFIX}"
        self.lease_ms = int(lease_seconds * 1000)
        self.renew_seconds = lease_seconds / 3
        self.poll_seconds = poll_seconds
        self._scripts = {name: client.register_script(source) for name, source in (
            ("issue", _ISSUE), ("turn", _TURN), ("renew", _RENEW), ("release", _RELEASE),
            ("set_if_served", _SET_IF_SERVED))}
        super().__init__()

    @classmethod
    def from_url(cls, url: str, key_prefix: str | None = None, lease_seconds: float = 10) -> RedisLeaseLockStore:
        import redis

        params = redis_params(url)
        client = redis.StrictRedis(host=params["host"], port=params["port"], db=params["db"],
                                   username=params["username"], password=params["password"],
                                   ssl=params["use_ssl"], socket_timeout=SOCKET_TIMEOUT_SECONDS,
                                   socket_connect_timeout=SOCKET_TIMEOUT_SECONDS)
        return cls(client, key_prefix=key_prefix, lease_seconds=lease_seconds)

    def script(self, name: str, keys: list[str], args: list[Any]) -> Any:
        return self._scripts[name](keys=keys, args=args)

    def issue(self, conversation_id: str) -> Lease:
        """Takes the next ticket of `conversation_id` (for tests and `lock()`)."""
        lease = Lease(self, conversation_id, self.key_prefix + conversation_id, uuid.uuid4().hex)
        self.script("issue", [lease.key], [lease.token, self.lease_ms])
        return lease

    def turn(self, lease: Lease) -> int:
        """Renews `lease`; 1 when it is served now, 0 when not yet, -1 when it is gone."""
        return int(self.script("turn", [lease.key], [lease.token, self.lease_ms]))

    def renew(self, lease: Lease) -> bool:
        return bool(self.script("renew", [lease.key], [lease.token, self.lease_ms]))

    def release(self, lease: Lease) -> None:
        self.script("release", [lease.key], [lease.token])

    async def _keep_renewing(self, lease: Lease) -> None:
        import redis

        while True:
            await asyncio.sleep(self.renew_seconds)
            try:
                if not self.renew(lease):
                    logger.warning("A conversation's lock lease expired before its message was handled "
                                   "(this process stalled); its conversation will not be saved by it")
                    return
            except redis.RedisError as exc:
                logger.warning("Renewing a conversation's lock failed (%s); trying again", type(exc).__name__)

    @contextlib.asynccontextmanager
    async def lock(self, conversation_id: str, lock_lifetime: float | None = None,
                   wait_time_in_seconds: float | None = None) -> AsyncIterator[Lease]:
        """Waits for this conversation's turn, holds it while the body runs, gives it back.
        Rasa's `lock_lifetime` and `wait_time_in_seconds` are not used: the lease is renewed
        while this process waits or works, and the turn is polled every `poll_seconds`."""
        import redis

        try:
            lease = self.issue(conversation_id)
        except redis.RedisError as exc:
            raise LockError(f"could not take a ticket ({type(exc).__name__})") from None
        renewing = asyncio.get_running_loop().create_task(self._keep_renewing(lease))
        held = None
        try:
            while True:
                turn = self.turn(lease)
                if turn == 1:
                    break
                if turn == -1:
                    raise LockError("this message's ticket expired while it waited (the process stalled)")
                await asyncio.sleep(self.poll_seconds)
            held = _held.set(lease)
            yield lease
        finally:
            if held is not None:
                _held.reset(held)
            renewing.cancel()
            try:
                self.release(lease)
            except redis.RedisError as exc:  # the lease then ends by itself
                logger.warning("Giving back a conversation's lock failed (%s)", type(exc).__name__)


class ConfiguredLockStore:
    """Constructed by Rasa with the endpoints file's lock_store section; returns the chosen store.
    Optional ``key_prefix`` (letters and digits) as for the tracker store."""

    def __new__(cls, endpoint_config=None) -> LockStore:
        settings = current()
        if settings.redis_url is None:
            return InMemoryLockStore()
        kwargs = getattr(endpoint_config, "kwargs", None) or {}
        return RedisLeaseLockStore.from_url(settings.redis_url, key_prefix=kwargs.get("key_prefix"),
                                            lease_seconds=settings.lock_lease_seconds)
