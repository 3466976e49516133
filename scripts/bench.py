"""`make bench`: our bot against a stock Rasa bot, side by side, through the REST webhook.

Both bots run on this machine on free loopback ports:
- ours exactly as `make run` starts it (scripts/run.sh: action server + Rasa server), with a
  throw-away data directory and SQLite database, BOT_REST_ENABLED=1;
- stock: `rasa init --no-prompt` (same Rasa, its own default config, no action server), trained by
  this script once and cached under build/bench-stock/<key>/ (the key is the Rasa version and the
  initial project's files, so nothing is retrained while they stay the same).

Each run starts both bots (start-up = from launching the process to the first answer), warms each
up with one conversation, then for each level of concurrent conversations (1, 8, 32) measures one
bot and then the other, the order alternating by run and level (interleaved, so that a neighbour's
load on the shared cores hits both alike). A "conversation" is five Dutch turns from CONVERSATIONS
under a new sender id; each of the c clients runs whole conversations back to back until the
level's message budget is spent. Afterwards the RSS of every process of both bots is read from
/proc (psutil is not in the venv). Figures are medians over the runs.

Bounds: per level and bot at most LEVELS[c] messages and LEVEL_SECONDS seconds; a bot that does not
answer within START_SECONDS of launch fails the run. Loopback only.

    python scripts/bench.py [--runs 3] [--quick] [--out docs/performance.md] [--json results/bench.json]

`--quick` (smoke test, tests/e2e/test_bench_quick.py): one run, levels 1 and 8, 10/40 messages,
written to results/bench-quick.md unless --out says otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "bin"
OUR_MODEL = ROOT / "models" / "current.tar.gz"

FULL_LEVELS = {1: 50, 8: 200, 32: 480}  # concurrent conversations -> messages per bot and run
QUICK_LEVELS = {1: 10, 8: 40}  # whole conversations: 2 at 1, one per client at 8
LEVEL_SECONDS = 90.0
START_SECONDS = 600.0  # generous: a busy shared machine took 240 s to start stock Rasa
REQUEST_TIMEOUT = 60.0
MARK_BEGIN, MARK_END = "<!-- bench:begin (scripts/bench.py writes this part) -->", "<!-- bench:end -->"

# Five turns each, the way people open up to a first-line bot: a greeting, what happened, who it
# happened to, a question, and a goodbye. No crisis and no booking (those are measured elsewhere).
CONVERSATIONS = [
    ["hallo", "mijn leidinggevende scheldt me steeds uit waar iedereen bij is",
     "het overkomt mij zelf", "wat kan ik nu doen?", "dank je wel, doei"],
    ["hoi", "een collega maakt de hele tijd opmerkingen over mijn lichaam en dat wil ik niet",
     "ik ben het zelf", "blijft dit tussen ons?", "bedankt"],
    ["goedemiddag", "ik zag dat een collega geld uit de kas meenam",
     "ik was getuige", "welke mogelijkheden zijn er?", "tot ziens"],
    ["hey", "ze lachen me uit in de groepsapp van het team en ik word buitengesloten",
     "mij", "moet ik het eerst met mijn manager bespreken?", "oke dankjewel"],
    ["goedemorgen", "ik word anders behandeld omdat ik een hoofddoek draag",
     "ja het gaat om mij", "ben jij een echt mens?", "fijn, dag"],
    ["hallo daar", "mijn teamleider dreigt me te ontslaan als ik niet over werk zonder betaling",
     "ik zelf", "wat doet een vertrouwenspersoon eigenlijk?", "thanks, doei"],
]


@dataclass
class Bot:
    name: str
    port: int
    proc: subprocess.Popen
    log_dir: Path
    startup_s: float = 0.0
    model_bytes: int = 0
    root_pid: int = 0
    extra: dict = field(default_factory=dict)


# --- machine and processes ----------------------------------------------------------------
def machine() -> dict:
    mem_kb = 0
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {"cores": os.cpu_count(), "memory_gb": round(mem_kb / 1024 / 1024, 1), "cpu": model,
            "python": platform.python_version(), "loadavg_start": os.getloadavg()[0]}


def descendants(pid: int) -> list[int]:
    """pid and every process below it (from /proc/<pid>/stat parent ids)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            stat = (entry / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(parents.get(p, []))
    return found


def process_memory(pid: int) -> dict | None:
    """{"name", "rss_mb", "peak_mb"} of one process, from /proc/<pid>/status and cmdline."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return None
    values = {}
    for line in status.splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    if "VmRSS" not in values:
        return None
    return {"name": process_name([a.decode(errors="replace") for a in cmdline if a]),
            "rss_mb": round(values["VmRSS"], 1), "peak_mb": round(values.get("VmHWM", 0.0), 1)}


def process_name(argv: list[str]) -> str:
    text = " ".join(argv)
    if "actions.server" in text:
        return "action server"
    if "rasa" in text and " run" in text:
        return "Rasa server"
    if argv and argv[0].endswith("bash") or "run.sh" in text:
        return "run.sh (bash)"
    return Path(argv[0]).name if argv else "?"


def memory_of(bot: Bot) -> list[dict]:
    return [m for m in (process_memory(p) for p in descendants(bot.root_pid)) if m]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rasa_env() -> dict:
    env = dict(os.environ)
    env.update({"PYTHONPATH": str(ROOT), "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3",
                "TF_ENABLE_ONEDNN_OPTS": "0", "PYTHONHASHSEED": "0", "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
                "PYTHONWARNINGS": "ignore::DeprecationWarning"})
    return env


# --- the stock bot: `rasa init`, trained once and cached ------------------------------------
def stock_key() -> str:
    import importlib.metadata

    digest = hashlib.sha256(importlib.metadata.version("rasa").encode())
    import importlib.util

    template = Path(importlib.util.find_spec("rasa").submodule_search_locations[0]) / "cli" / "initial_project"
    for path in sorted(template.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(template)).encode())
            digest.update(path.read_bytes())
    return f"rasa-{importlib.metadata.version('rasa')}-{digest.hexdigest()[:12]}"


def stock_project(cache: Path) -> Path:
    """The cached stock project (with models/stock.tar.gz); trains it when missing."""
    project = cache / stock_key()
    if (project / "models" / "stock.tar.gz").is_file():
        return project
    cache.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="stock-", dir=cache))
    print(f"==> training the stock bot (`rasa init --no-prompt`, once; cached in {project})", flush=True)
    started = time.monotonic()
    with open(work / "init.log", "w") as log:
        subprocess.run([str(VENV_BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(work)], cwd=work,
                       env=rasa_env(), stdout=log, stderr=subprocess.STDOUT, check=True, timeout=1200)
    models = sorted((work / "models").glob("*.tar.gz"))
    if not models:
        raise SystemExit(f"rasa init trained no model; see {work / 'init.log'}")
    models[-1].rename(work / "models" / "stock.tar.gz")
    if project.exists():
        shutil.rmtree(project)
    work.rename(project)
    print(f"    stock bot trained in {time.monotonic() - started:.0f} s", flush=True)
    return project


# --- starting and stopping ----------------------------------------------------------------
def start_ours(tmp: Path) -> Bot:
    port, actions_port = free_port(), free_port()
    data = tmp / "ours"
    data.mkdir(parents=True, exist_ok=True)
    env = rasa_env()
    env.update({"BOT_PORT": str(port), "BOT_ACTIONS_PORT": str(actions_port), "BOT_HOST": "127.0.0.1",
                "BOT_DATA_DIR": str(data), "BOT_LOG_DIR": str(data / "log"), "BOT_REST_ENABLED": "1",
                "BOT_PUBLIC_URL": f"http://127.0.0.1:{port}", "DATABASE_URL": f"sqlite:///{data / 'bot.db'}",
                "BOT_START_SECONDS": str(int(START_SECONDS))})
    env.pop("BOT_REST_TOKEN", None)
    endpoints = data / "endpoints.yml"
    endpoints.write_text((ROOT / "endpoints.yml").read_text().replace("5055", str(actions_port)))
    env["BOT_ENDPOINTS"] = str(endpoints)
    for command in (["db", "upgrade"], ["counsellors", "sync", "--file", str(ROOT / "counsellors.example.yml")]):
        subprocess.run([str(VENV_BIN / "python"), "-m", "bot", *command], cwd=ROOT, env=env, check=True,
                       capture_output=True, timeout=300)
    started = time.monotonic()
    proc = subprocess.Popen([str(ROOT / "scripts" / "run.sh")], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    bot = Bot("ours", port, proc, data / "log", root_pid=proc.pid, model_bytes=OUR_MODEL.stat().st_size)
    bot.extra["launched"] = started
    return bot


def start_stock(tmp: Path, project: Path) -> Bot:
    port = free_port()
    log_dir = tmp / "stock"
    log_dir.mkdir(parents=True, exist_ok=True)
    model = project / "models" / "stock.tar.gz"
    started = time.monotonic()
    with open(log_dir / "console.log", "w") as console:
        proc = subprocess.Popen([str(VENV_BIN / "rasa"), "run", "--model", str(model), "--credentials",
                                 str(project / "credentials.yml"), "--endpoints", str(project / "endpoints.yml"),
                                 "--interface", "127.0.0.1", "--port", str(port)],
                                cwd=project, env=rasa_env(), stdout=console, stderr=subprocess.STDOUT,
                                start_new_session=True)
    bot = Bot("stock", port, proc, log_dir, root_pid=proc.pid, model_bytes=model.stat().st_size)
    bot.extra["launched"] = started
    return bot


def stop(bot: Bot) -> None:
    if bot.proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(bot.proc.pid, signal.SIGINT if bot.name == "ours" else signal.SIGTERM)
    try:
        bot.proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(bot.proc.pid, signal.SIGKILL)
        bot.proc.wait(timeout=10)


# --- load -----------------------------------------------------------------------------------
async def post(session, bot: Bot, sender: str, text: str) -> tuple[float, bool | None]:
    """(milliseconds, True: answered / None: HTTP 200 with no answer / False: an error)."""
    started = time.perf_counter()
    try:
        async with session.post(f"http://127.0.0.1:{bot.port}/webhooks/rest/webhook",
                                json={"sender": sender, "message": text}) as response:
            body = await response.json(content_type=None)
            ok = (True if body else None) if response.status == 200 and isinstance(body, list) else False
    except Exception:  # noqa: BLE001 - any failure counts as an error, the run goes on
        ok = False
    return (time.perf_counter() - started) * 1000, ok


async def wait_first_answer(bot: Bot) -> float:
    """Seconds from launch to the first HTTP 200 answer of the REST webhook."""
    import aiohttp

    timeout = aiohttp.ClientTimeout(total=5)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        while time.monotonic() - bot.extra["launched"] < START_SECONDS:
            if bot.proc.poll() is not None:
                raise SystemExit(f"the {bot.name} bot stopped during start-up; logs in {bot.log_dir}")
            _, ok = await post(session, bot, f"bench-start-{bot.name}-{time.time_ns()}", "hallo")
            if ok is not False:
                return time.monotonic() - bot.extra["launched"]
            await asyncio.sleep(0.2)
    raise SystemExit(f"the {bot.name} bot did not answer within {START_SECONDS:.0f} s; logs in {bot.log_dir}")


async def converse(session, bot: Bot, sender: str, turns: list[str], out: list, errors: list,
                   silent: list) -> None:
    """Five turns; every HTTP 200 counts (the stock bot, which does not know Dutch, sometimes
    predicts no answer at all: counted in `silent` too)."""
    for text in turns:
        ms, ok = await post(session, bot, sender, text)
        if ok is False:
            errors.append(ms)
            continue
        out.append(ms)
        if ok is None:
            silent.append(ms)


async def load(bot: Bot, clients: int, budget: int, tag: str) -> dict:
    """`clients` concurrent conversations, each client starting a new one when it ends, until
    `budget` messages are sent or LEVEL_SECONDS passed; latency per message in ms."""
    import aiohttp

    latencies: list[float] = []
    errors: list[float] = []
    silent: list[float] = []
    per_client = max(1, budget // (clients * 5))  # whole conversations per client
    deadline = time.monotonic() + LEVEL_SECONDS
    connector = aiohttp.TCPConnector(limit=clients + 4)
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)

    async def client(i: int, session) -> None:
        for k in range(per_client):
            if time.monotonic() > deadline:
                return
            turns = CONVERSATIONS[(i + k) % len(CONVERSATIONS)]
            await converse(session, bot, f"bench-{tag}-{i}-{k}", turns, latencies, errors, silent)

    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        started = time.perf_counter()
        await asyncio.gather(*(client(i, session) for i in range(clients)))
        elapsed = time.perf_counter() - started
    ordered = sorted(latencies)

    def pct(q: float) -> float:
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, max(0, int(round(q * len(ordered) + 0.5)) - 1))]

    return {"messages": len(latencies), "errors": len(errors), "silent": len(silent), "seconds": round(elapsed, 2),
            "p50": pct(0.50), "p95": pct(0.95), "p99": pct(0.99),
            "throughput": len(latencies) / elapsed if elapsed > 0 else 0.0}


# --- one run --------------------------------------------------------------------------------
async def one_run(index: int, levels: dict[int, int], project: Path, tmp: Path) -> dict:
    bots: list[Bot] = []
    result: dict = {"levels": {}, "startup_s": {}, "memory": {}, "model_mb": {}}
    try:
        order = ["ours", "stock"] if index % 2 == 0 else ["stock", "ours"]
        for name in order:  # one after the other, so that start-up is not measured on a shared core
            bot = start_ours(tmp / f"run{index}") if name == "ours" else start_stock(tmp / f"run{index}", project)
            bots.append(bot)
            bot.startup_s = await wait_first_answer(bot)
            result["startup_s"][name] = round(bot.startup_s, 2)
            result["model_mb"][name] = round(bot.model_bytes / 1e6, 1)
            print(f"    run {index + 1}: {name} answered {bot.startup_s:.1f} s after launch", flush=True)
        by_name = {b.name: b for b in bots}
        for name in ("ours", "stock"):  # warm-up: one whole conversation each, not counted
            await load(by_name[name], 1, 5, f"warm{index}")
        for j, (clients, budget) in enumerate(levels.items()):
            pair = ["ours", "stock"] if (index + j) % 2 == 0 else ["stock", "ours"]
            for name in pair:
                figures = await load(by_name[name], clients, budget, f"r{index}c{clients}")
                result["levels"].setdefault(str(clients), {})[name] = figures
                print(f"    run {index + 1}, {clients:>2} concurrent, {name:>5}: p50 {figures['p50']:.0f} ms, "
                      f"p95 {figures['p95']:.0f} ms, {figures['throughput']:.1f} msg/s, "
                      f"{figures['messages']} messages, {figures['errors']} errors", flush=True)
        for bot in bots:
            result["memory"][bot.name] = memory_of(bot)
    finally:
        for bot in bots:
            stop(bot)
    return result


# --- summary and report ---------------------------------------------------------------------
def median(values: list[float]) -> float:
    values = [v for v in values if v == v]  # without NaN
    return statistics.median(values) if values else float("nan")


def summarise(runs: list[dict]) -> dict:
    levels = sorted({int(c) for r in runs for c in r["levels"]})
    summary: dict = {"levels": {}, "startup_s": {}, "model_mb": {}, "rasa_rss_mb": {}, "other_rss_mb": {}}
    for c in levels:
        for name in ("ours", "stock"):
            rows = [r["levels"][str(c)][name] for r in runs if str(c) in r["levels"]]
            summary["levels"].setdefault(str(c), {})[name] = {
                key: median([row[key] for row in rows]) for key in ("p50", "p95", "p99", "throughput")}
            summary["levels"][str(c)][name]["messages"] = sum(row["messages"] for row in rows)
            summary["levels"][str(c)][name]["errors"] = sum(row["errors"] for row in rows)
            summary["levels"][str(c)][name]["silent"] = sum(row["silent"] for row in rows)
    for name in ("ours", "stock"):
        summary["startup_s"][name] = median([r["startup_s"][name] for r in runs])
        summary["model_mb"][name] = runs[-1]["model_mb"][name]
        summary["rasa_rss_mb"][name] = median(
            [sum(p["rss_mb"] for p in r["memory"][name] if p["name"] == "Rasa server") for r in runs])
        summary["other_rss_mb"][name] = {
            proc: median([sum(p["rss_mb"] for p in r["memory"][name] if p["name"] == proc) for r in runs])
            for proc in sorted({p["name"] for r in runs for p in r["memory"][name]} - {"Rasa server"})}
    return summary


def fmt_ms(v: float) -> str:
    return "–" if v != v else f"{v:,.0f} ms"


def ratio(a: float, b: float) -> float:
    return a / b if b and a == a and b == b else float("nan")


def targets(s: dict) -> list[tuple[str, str, str, bool | None]]:
    """(target, measured, limit, met) rows of issue 14."""
    lv = s["levels"]
    rows: list[tuple[str, str, str, bool | None]] = []
    for c in ("1", "8"):
        if c in lv:
            r = ratio(lv[c]["ours"]["p50"], lv[c]["stock"]["p50"])
            rows.append((f"p50 at {c} conversation{'s' if c != '1' else ''}", f"{r:.2f}× stock", "≤ 0.7×", r <= 0.7))
    if "32" in lv:
        r = ratio(lv["32"]["ours"]["throughput"], lv["32"]["stock"]["throughput"])
        rows.append(("throughput at 32", f"{r:.2f}× stock", "≥ 1.5×", r >= 1.5))
        r = ratio(lv["32"]["ours"]["p95"], lv["32"]["stock"]["p95"])
        rows.append(("p95 at 32", f"{r:.2f}× stock", "≤ 1.0×", r <= 1.0))
    st = s["startup_s"]["ours"]
    rows.append(("start-up to first answer", f"{st:.1f} s", "≤ 10 s", st <= 10))
    mb = s["model_mb"]["ours"]
    rows.append(("model file", f"{mb:.1f} MB", "≤ 40 MB", mb <= 40))
    r = ratio(s["rasa_rss_mb"]["ours"], s["rasa_rss_mb"]["stock"])
    rows.append(("RSS of the Rasa process", f"{r:.2f}× stock", "≤ 1.0×", r <= 1.0))
    return rows


def report(s: dict, info: dict) -> str:
    lv = s["levels"]
    bounds = ", ".join(f"{m} messages at {c}" for c, m in info["levels"].items())
    lines = [MARK_BEGIN, "",
             f"Generated by `make bench` (scripts/bench.py{' --quick' if info['quick'] else ''}) on "
             f"{info['date']}: {info['runs']} run(s), figures are medians over the runs.",
             "",
             f"Machine: {info['machine']['cores']} cores ({info['machine']['cpu']}), "
             f"{info['machine']['memory_gb']} GB memory, Python {info['machine']['python']}; "
             f"load average {info['machine']['loadavg_start']:.1f} at the start and "
             f"{info['loadavg_end']:.1f} at the end (other work shares these cores, so absolute numbers "
             "are noisy; the interleaved ratio to stock is what counts).",
             "",
             f"Bounds: per run, bot and level at most {bounds}"
             f" and {LEVEL_SECONDS:.0f} s; start-up at most {START_SECONDS:.0f} s; requests time out after "
             f"{REQUEST_TIMEOUT:.0f} s (an error). {len(CONVERSATIONS)} five-turn Dutch conversations, loopback only.",
             "",
             "| | ours | stock | ours/stock |",
             "|---|---|---|---|"]
    for c in lv:
        o, k = lv[c]["ours"], lv[c]["stock"]
        label = f"{c} conversation" + ("s" if c != "1" else "")
        lines.append(f"| p50 / p95 / p99 latency, {label} | {fmt_ms(o['p50'])} / {fmt_ms(o['p95'])} / "
                     f"{fmt_ms(o['p99'])} | {fmt_ms(k['p50'])} / {fmt_ms(k['p95'])} / {fmt_ms(k['p99'])} | "
                     f"{ratio(o['p50'], k['p50']):.2f}× / {ratio(o['p95'], k['p95']):.2f}× / "
                     f"{ratio(o['p99'], k['p99']):.2f}× |")
    for c in lv:
        o, k = lv[c]["ours"], lv[c]["stock"]
        lines.append(f"| throughput at {c} | {o['throughput']:.1f} msg/s | {k['throughput']:.1f} msg/s | "
                     f"{ratio(o['throughput'], k['throughput']):.2f}× |")
    o, k = s["rasa_rss_mb"]["ours"], s["rasa_rss_mb"]["stock"]
    lines.append(f"| Rasa server RSS (after the load) | {o:,.0f} MB | {k:,.0f} MB | {ratio(o, k):.2f}× |")
    for proc, mb in s["other_rss_mb"]["ours"].items():
        other = s["other_rss_mb"]["stock"].get(proc)
        lines.append(f"| {proc} RSS | {mb:,.0f} MB | {'–' if other is None else f'{other:,.0f} MB'} | |")
    o, k = s["startup_s"]["ours"], s["startup_s"]["stock"]
    lines.append(f"| start-up to first answer | {o:.1f} s | {k:.1f} s | {ratio(o, k):.2f}× |")
    o, k = s["model_mb"]["ours"], s["model_mb"]["stock"]
    lines.append(f"| model file | {o:.1f} MB | {k:.1f} MB | {ratio(o, k):.2f}× |")
    errors = {n: sum(lv[c][n]["errors"] for c in lv) for n in ("ours", "stock")}
    messages = {n: sum(lv[c][n]["messages"] for c in lv) for n in ("ours", "stock")}
    silent = {n: sum(lv[c][n]["silent"] for c in lv) for n in ("ours", "stock")}
    lines += ["", f"Messages measured (all runs): ours {messages['ours']}, stock {messages['stock']}; of these "
                  f"without any answer: ours {silent['ours']}, stock {silent['stock']} (the stock bot does not "
                  f"know Dutch); errors (not counted): ours {errors['ours']}, stock {errors['stock']}.", "",
              "Targets of issue 14 (ratios to stock in the same run):", "",
              "| target | measured | limit | |", "|---|---|---|---|"]
    for name, measured, limit, met in targets(s):
        lines.append(f"| {name} | {measured} | {limit} | {'met' if met else 'not met'} |")
    lines += ["", MARK_END]
    return "\n".join(lines) + "\n"


def write_report(path: Path, block: str) -> None:
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if MARK_BEGIN in text and MARK_END in text:
            head, rest = text.split(MARK_BEGIN, 1)
            tail = rest.split(MARK_END, 1)[1].lstrip("\n")
            path.write_text(head + block + ("\n" + tail if tail else ""), encoding="utf-8")
            return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# Performance\n\n" + block, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=None, help="repeated runs (default 3; 1 with --quick)")
    parser.add_argument("--quick", action="store_true", help="smoke test: one short run at 1 and 8")
    parser.add_argument("--out", type=Path, default=None,
                        help="report (default docs/performance.md; results/bench-quick.md with --quick)")
    parser.add_argument("--json", type=Path, default=None, help="raw figures (default results/bench[-quick].json)")
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "bench-stock", help="stock model cache")
    args = parser.parse_args(argv)
    runs = args.runs or (1 if args.quick else 3)
    levels = QUICK_LEVELS if args.quick else FULL_LEVELS
    out = args.out or (ROOT / "results" / "bench-quick.md" if args.quick else ROOT / "docs" / "performance.md")
    raw = args.json or ROOT / "results" / ("bench-quick.json" if args.quick else "bench.json")
    if not OUR_MODEL.is_file():
        print("models/current.tar.gz is missing: run `make train` first", file=sys.stderr)
        return 2
    info = {"machine": machine(), "quick": args.quick, "runs": runs, "levels": levels,
            "date": time.strftime("%Y-%m-%d %H:%M")}
    project = stock_project(args.cache)
    started = time.monotonic()
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        for i in range(runs):
            print(f"==> run {i + 1} of {runs}", flush=True)
            results.append(asyncio.run(one_run(i, levels, project, Path(tmp))))
    info["loadavg_end"] = os.getloadavg()[0]
    summary = summarise(results)
    raw.parent.mkdir(parents=True, exist_ok=True)
    raw.write_text(json.dumps({"info": info, "summary": summary, "runs": results}, indent=1), encoding="utf-8")
    block = report(summary, info)
    write_report(out, block)
    print(block)
    print(f"==> {runs} run(s) in {time.monotonic() - started:.0f} s; report in {out}, raw figures in {raw}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
