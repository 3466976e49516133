"""GET /webhooks/afspraak/ics/<code>: the calendar file (.ics) of a live appointment.

A Rasa input channel only because that is how Rasa serves extra HTTP routes; it handles no chat
messages. Register it in credentials.yml as `bot.channels.booking_files.BookingFilesInput:`.

Whoever has the code gets the file, which holds no personal data (see bot/booking/ics.py).
An unknown, cancelled or past appointment and a malformed code all get the same bare 404, so
the answer says nothing about other appointments. Wrong codes are limited per client address
(bot.channels.client: the peer, or X-Forwarded-For from a proxy in BOT_TRUSTED_PROXIES) only; a
limited client gets a bare 429. There is no limit across all clients, so nobody can lock everyone
out: a code has 60 bits (bot.booking.reference), too many to find by trying.

The database is asked in a small thread pool of its own, never on the event loop, and given
`DB_TIMEOUT_SECONDS`: a database that fails or stalls gets a bare 503 and one log line (the error
type only, never the code), and the server keeps answering everyone else. Every answer of the
route carries `Cache-Control: no-store`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from concurrent.futures import ThreadPoolExecutor
from string import Template

from rasa.core.channels.channel import InputChannel
from sanic import Blueprint, response
from sanic.request import Request
from sqlalchemy.exc import SQLAlchemyError

from bot import clock, content
from bot import settings as bot_settings
from bot.booking import reference
from bot.booking.ics import appointment_ics
from bot.booking.repository import TooManyAttempts, find_by_code_limited
from bot.channels import client as clients
from bot.channels.guards import CODE_FAILURES_PER_FILE_CLIENT, AttemptLimiter, store_from_settings
from bot.db import get_sessionmaker

logger = logging.getLogger(__name__)
# Wrong codes per client address (bot.channels.guards: in Redis when BOT_REDIS_URL is set).
PER_CLIENT = AttemptLimiter(max_failures=CODE_FAILURES_PER_FILE_CLIENT, name="codes-file-client",
                            store=store_from_settings())
DB_TIMEOUT_SECONDS = 5.0
NO_STORE = {"Cache-Control": "no-store"}
# Its own threads: a stalled database holds these, not the loop's default executor.
_DB_THREADS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="ics-db")


def ics_for(code: str, client: str, now: dt.datetime, sessions=None) -> tuple[int, str]:
    """(HTTP status, body) for a request of `code` by `client` (the opaque key of its address)."""
    if not reference.is_valid(code):
        return 404, ""
    sessions = sessions or get_sessionmaker(bot_settings.current().database_url)
    try:
        view = find_by_code_limited(sessions, code, limiter=PER_CLIENT, key=client)
    except TooManyAttempts:
        return 429, ""
    if view is None or not view.is_live or view.ends_at <= now:
        return 404, ""
    texts = content.agenda()
    body = appointment_ics(view.code, view.starts_at, view.ends_at, created=view.created_at,
                           summary=texts["titel"],
                           description=Template(texts["omschrijving"]).safe_substitute(code=view.code),
                           location=view.location, sequence=view.revision)
    return 200, body


async def ics_answer(code: str, client: str, now: dt.datetime, sessions=None,
                     timeout: float | None = None) -> tuple[int, str]:
    """`ics_for` off the event loop, with a time limit: (503, "") when the database fails or
    does not answer in time."""
    loop = asyncio.get_running_loop()
    work = loop.run_in_executor(_DB_THREADS, ics_for, code, client, now, sessions)
    try:
        return await asyncio.wait_for(work, DB_TIMEOUT_SECONDS if timeout is None else timeout)
    except (SQLAlchemyError, TimeoutError, asyncio.TimeoutError) as exc:
        logger.error("calendar file: the database failed or did not answer in time (%s); answered 503",
                     type(exc).__name__)
        return 503, ""


class BookingFilesInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "afspraak"

    def blueprint(self, on_new_message) -> Blueprint:
        files = Blueprint("afspraak_bestanden", __name__)

        @files.route("/ics/<code>", methods=["GET"])
        async def ics(request: Request, code: str):
            client = clients.client_key(clients.request_client_address(request))
            status, body = await ics_answer(code, client, clock.now())
            if status != 200:
                return response.empty(status=status, headers=NO_STORE)
            filename = reference.display(code) + ".ics"
            return response.text(body, content_type="text/calendar; charset=utf-8", headers={
                "Content-Disposition": f'attachment; filename="{filename}"', **NO_STORE})

        return files
