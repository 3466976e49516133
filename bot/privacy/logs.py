"""No message text in any log: what Rasa, the Rasa SDK and other libraries would log is cut down
before any handler sees it.

`install()` is idempotent. The `bot` package calls `install(hide_warnings=False)` when it is
imported, so every process that uses it (the Rasa server, the action server through `actions`,
`rasa train` through our NLU components) gets 1 and 2; `bot.channels` calls `install()` when
credentials.yml loads a channel, so the Rasa server also gets 3. It sets up:

1. A log record factory. Every log record of the process passes through it when it is made:
   - a record below INFO from any logger that is not ours (`bot.*`, `actions.*`) is withheld:
     its message becomes a fixed sentence and its level -1, so no handler emits it. At DEBUG
     Rasa quotes message text, entities, slots and whole trackers in many places, the Rasa SDK
     logs the tracker it receives, and so may any library; our own debug lines stay;
   - a structlog line (Rasa renders these as JSON into a stdlib record) keeps its event name and
     level only (e.g. Rasa's `message.parsing.failed` carries `user_text`);
   - an exception attached to a record keeps its type and traceback lines, not its message
     (messages may quote data: a parse error, SQL parameters), except for OS/network errors.
2. A structlog processor at the front of Rasa's structlog chain that drops debug events and
   keeps only the event name of the others (the same rule, before anything renders).
3. Sanic's own lines (`sanic.root`, `sanic.error`, `sanic.access`) name the request's URL, e.g.
   "Exception occurred while handling uri: 'http://host/webhooks/afspraak/ics/<code>?x=...'": every
   URL and path in them is cut to its route prefix (at most two lower-case word segments, e.g.
   `/webhooks/afspraak/…`), without host, path parameters (reference codes), query or fragment;
   an exception given as the message becomes its type.
4. `warnings.showwarning` shows the category and place of a warning, never its message: Rasa
   warns with the whole message text when a '/' intent fails to parse.
5. Nothing else: levels, handlers and formats stay as Rasa configured them.
"""

from __future__ import annotations

import json
import logging
import traceback
import warnings

from bot.patterns import linear

OWN_LOGGERS = ("bot", "actions")
WITHHELD = "(a %s line of %s was withheld: it may hold message text)"
WARNING_WITHHELD = "(message withheld: warnings may quote message text)"
_SAFE_EXCEPTIONS = (OSError, TimeoutError, ConnectionError)
SANIC_LOGGERS = ("sanic",)
_installed = False
# An absolute URL (its host comes from the Host header) or a path that starts a word.
_URL_OR_PATH = linear(r"(^|[\s'\"(<=:,\[])(?:[A-Za-z][A-Za-z0-9+.-]{0,20}://[^/\s'\"<>]*)?(/[^\s'\"<>]*)",
                      name="logs.url_or_path")
_ROUTE_SEGMENT = linear(r"^[a-z_]{1,30}$", name="logs.route_segment")
MAX_ROUTE_SEGMENTS = 2  # /webhooks/<channel>: what Rasa mounts; anything after may be a parameter


def _own(name: str) -> bool:
    return any(name == own or name.startswith(own + ".") for own in OWN_LOGGERS)


def _exception_text(exc_info) -> str:
    kind, value, tb = exc_info
    lines = "".join(traceback.format_tb(tb)) if tb is not None else ""
    name = getattr(kind, "__name__", "Exception")
    said = str(value) if isinstance(value, _SAFE_EXCEPTIONS) else "(message withheld)"
    return f"Traceback (most recent call last):\n{lines}{name}: {said}"


def _structlog_line(message: str) -> str | None:
    """A JSON line rendered by structlog, reduced to its event and level; None if not one."""
    if not message.startswith('{"'):
        return None
    try:
        data = json.loads(message)
    except ValueError:
        return None
    if not isinstance(data, dict) or "event" not in data:
        return None
    return json.dumps({"event": str(data["event"])[:120], "level": str(data.get("level", ""))[:20]})


def route_of(path: str) -> str:
    """'/webhooks/afspraak/ics/ABCD-EFGH-JKMN?x=1' -> '/webhooks/afspraak/…': the leading
    segments that are plain lower-case words (at most two), never a parameter, query or fragment."""
    kept = []
    segments = path.split("?", 1)[0].split("#", 1)[0].split("/")[1:]
    for segment in segments[:MAX_ROUTE_SEGMENTS]:
        if not _ROUTE_SEGMENT.match(segment):
            break
        kept.append(segment)
    rest = len(segments) > len(kept) and any(segments[len(kept):])
    return "/" + "/".join(kept) + ("/…" if rest and kept else "…" if rest else "")


def without_urls(text: str) -> str:
    """`text` with every URL and path reduced to its route (see `route_of`)."""
    return _URL_OR_PATH.sub(lambda m: m.group(1) + route_of(m.group(2)), text)


def _scrub_sanic(record: logging.LogRecord) -> None:
    if isinstance(record.msg, BaseException):  # error_logger.exception(exception)
        record.msg, record.args = type(record.msg).__name__, ()
        return
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 -- a broken format: say nothing of its arguments
        message = str(record.msg)
    if message.startswith("The error response will not be sent"):  # quotes the exception
        message = "The error response was not sent: a previous response was partly sent."
    record.msg, record.args = without_urls(message), ()


def scrub(record: logging.LogRecord) -> logging.LogRecord:
    """The record as it may be logged (changed in place)."""
    if record.exc_info and record.exc_info[0] is not None:
        record.exc_text = _exception_text(record.exc_info)
    if _own(record.name):
        return record
    if record.levelno < logging.INFO:
        record.msg = WITHHELD % (record.levelname.lower(), record.name)
        record.args = ()
        record.levelno = -1  # below every handler's level: Logger.callHandlers skips it
        return record
    if record.name == "py.warnings":  # logging.captureWarnings: the warning text is the message
        record.msg, record.args = WARNING_WITHHELD, ()
        return record
    if record.name in SANIC_LOGGERS or record.name.startswith("sanic."):
        _scrub_sanic(record)
        return record
    if isinstance(record.msg, str):
        reduced = _structlog_line(record.msg)
        if reduced is not None:
            record.msg, record.args = reduced, ()
    return record


def _structlog_processor(logger, method_name: str, event_dict: dict) -> dict:
    import structlog

    if method_name == "debug":
        raise structlog.DropEvent
    return {"event": event_dict.get("event", "")}


def _install_structlog() -> None:
    try:
        import structlog
    except ImportError:  # the action server may run without it
        return
    processors = structlog.get_config()["processors"]
    if _structlog_processor in processors:
        return
    if isinstance(processors, list):
        # In place: Rasa caches its loggers on first use with a reference to this very list.
        processors.insert(0, _structlog_processor)
    else:
        structlog.configure(processors=[_structlog_processor, *processors])


def _install_warnings() -> None:
    shown = warnings.showwarning
    if getattr(shown, "_bot_privacy", False):
        return

    def showwarning(message, category, filename, lineno, file=None, line=None):
        shown(WARNING_WITHHELD, category, filename, lineno, file, "")

    showwarning._bot_privacy = True  # type: ignore[attr-defined]
    warnings.showwarning = showwarning


def install(hide_warnings: bool = True) -> None:
    """Installs the record factory, the structlog processor and (unless told not to) the warnings
    hook, each once. `hide_warnings=False` is for processes that need warnings to be read, such
    as `rasa train`: they see no message text anyway."""
    global _installed
    _install_structlog()  # again on every call: Rasa may configure structlog after the first
    if hide_warnings:
        _install_warnings()
    if _installed:
        return
    make = logging.getLogRecordFactory()

    def factory(*args, **kwargs) -> logging.LogRecord:
        return scrub(make(*args, **kwargs))

    logging.setLogRecordFactory(factory)
    _installed = True
