"""Runs the conversation test set (tests/conversations/*.yml) against a running bot.

Every conversation goes through the REST webhook (POST /webhooks/rest/webhook) under a fresh
random sender; every user turn is checked against its expectations on meaning:

    expect:
      responses_any: [utter_check_situatie, utter_crisis_*]  # at least one answer is one of these
      responses_none: [utter_buiten_vp_taak]                 # no answer is one of these
      text_matches: ["113", "(?i)centrum seksueel geweld"]   # every pattern matches the answer text
      text_not_matches: ["(?i)slachtofferhulp"]              # no pattern matches the answer
      buttons_any: ["(?i)integriteit"]                       # a button title matches
      buttons_none: ["(?i)maandag"]                          # no button title matches
      intent: pesten                                         # NLU mode only (see below)
      intent_any: [pesten, intimidatie]                      # NLU mode only
      intent_not: [crisis]                                   # NLU mode only
      silent_ok: true                                        # no answer is acceptable

Answer texts are mapped to response names by matching them against the response texts in
domain/ ({slot} placeholders match anything). A turn may `click: "<regex>"` instead of
typing: the runner sends the payload of the first button of the bot's last answer whose title
matches (if there is none, the turn fails and the regex text is typed instead, as a person
would; `typed:` says what). `when: "<regex>"` makes a turn a branch: it is sent only when the
bot's last answer (texts or button titles) matches, else skipped. `new_sender: true` on a turn
starts a new conversation (the person comes back later).
`{code}` in a user text is replaced by the last reference code the bot gave.

Conversation-level `checks`: somewhere_matches / never_matches (patterns over all answers),
booked: true|false (a reference code was or was not given), and always the loop check: the
same answer text three turns in a row fails.

Modes:
  report (default)  exit code 0 whatever the pass rate; --floor F exits 1 when the
                    conversation pass rate is below F (0..1).
  --nlu             also load the model (rasa.core.agent.Agent.load) and check the `intent`
                    expectations of typed turns with agent.parse_message; the REST webhook
                    alone does not reveal intents (Rasa's HTTP API is off).
  --nlu-only        only the intent checks, no bot needed.
  --heldout FILE    (with --nlu / --nlu-only) also score a held-out NLU file and, with
                    --not-crisis FILE, count crisis alarms on a list of non-crisis sentences.

Transcripts go to results/conversations/<id>.txt, the summary to
results/conversations/summary.txt and summary.json.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
# A reference code as the bot shows it (bot/booking/reference.py: 12 Crockford base32 symbols in
# three groups of four).
CODE_RE = re.compile(r"\b([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})\b")
EXAMPLE_CODE = "ABCD-EFGH-JKMN"  # the example in the bot's own question, never a real code
MAX_TURNS = 60          # per conversation, a guard against runaway files
MAX_USER_CHARS = 2000   # the channels' own cap


# --------------------------------------------------------------------------- response names
def _variant_pattern(text: str) -> re.Pattern:
    text = " ".join(text.split())
    parts = re.split(r"(\{[a-z_]+\})", text)
    rx = "".join(r".*?" if re.fullmatch(r"\{[a-z_]+\}", p) else re.escape(p) for p in parts)
    return re.compile(rx, re.S)


def load_response_patterns(root: Path) -> list[tuple[str, re.Pattern]]:
    """Every response text of the domain/ folder under root, as a pattern."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from bot.domain_files import load_domain

    patterns = []
    for name, variants in load_domain(root)["responses"].items():
        for variant in variants or []:
            if isinstance(variant, dict) and variant.get("text"):
                patterns.append((name, _variant_pattern(variant["text"])))
    # the longest (most specific) texts first, so a short text does not swallow a long one
    patterns.sort(key=lambda p: -len(p[1].pattern))
    return patterns


def name_of(text: str, patterns) -> str:
    flat = " ".join((text or "").split())
    for name, rx in patterns:
        if rx.fullmatch(flat):
            return name
    return "?"


def _name_hits(names: list[str], wanted: list[str]) -> bool:
    for w in wanted:
        for n in names:
            if (w.endswith("*") and n.startswith(w[:-1])) or n == w:
                return True
    return False


# --------------------------------------------------------------------------- loading
def load_conversations(paths: list[Path]) -> list[dict]:
    convs, seen = [], set()
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for conv in data.get("conversations", []):
            cid = conv.get("id")
            if not cid or cid in seen:
                raise SystemExit(f"{path}: missing or duplicate conversation id {cid!r}")
            if not re.fullmatch(r"[A-Za-z0-9_.-]+", cid):
                raise SystemExit(f"{path}: id {cid!r} must be letters, digits, _ . -")
            seen.add(cid)
            turns = conv.get("turns") or []
            if not turns or len(turns) > MAX_TURNS:
                raise SystemExit(f"{path}: {cid}: 1..{MAX_TURNS} turns expected")
            for t in turns:
                if ("user" in t) == ("click" in t):
                    raise SystemExit(f"{path}: {cid}: each turn needs exactly one of user/click")
            conv["_file"] = path.name
            convs.append(conv)
    return convs


# --------------------------------------------------------------------------- REST client
@dataclass
class Client:
    url: str
    token: str | None
    timeout: float

    def send(self, sender: str, message: str) -> list[dict]:
        body = json.dumps({"sender": sender, "message": message}).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        req = urllib.request.Request(self.url.rstrip("/") + "/webhooks/rest/webhook", data=body,  # noqa: S310 - http(s) URL of the bot
                                     headers=headers, method="POST")
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310 - http(s) URL of the bot
            data = json.loads(resp.read(1_000_000).decode("utf-8"))
        return data if isinstance(data, list) else []


# --------------------------------------------------------------------------- checking
@dataclass
class TurnResult:
    index: int
    sent: str
    shown: str
    answers: list[dict]
    names: list[str]
    failures: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    hard: str | None = None
    intent: str | None = None


def check_turn(expect: dict, answers: list[dict], names: list[str]) -> tuple[list[str], list[str]]:
    failures, skipped = [], []
    text = "\n".join(a.get("text") or "" for a in answers)
    titles = [b.get("title", "") for a in answers for b in (a.get("buttons") or [])]
    if not answers and not expect.get("silent_ok"):
        failures.append("no answer")
    if expect.get("responses_any") and not _name_hits(names, expect["responses_any"]):
        failures.append(f"responses_any {expect['responses_any']} not in {names}")
    for w in expect.get("responses_none") or []:
        if _name_hits(names, [w]):
            failures.append(f"responses_none: got {w}")
    for rx in expect.get("text_matches") or []:
        if not re.search(rx, text, re.S):
            failures.append(f"text_matches /{rx}/ not found")
    for rx in expect.get("text_not_matches") or []:
        if re.search(rx, text, re.S):
            failures.append(f"text_not_matches /{rx}/ found")
    if expect.get("buttons_any") and not any(re.search(rx, t) for rx in expect["buttons_any"] for t in titles):
        failures.append(f"buttons_any {expect['buttons_any']} not in {titles}")
    for rx in expect.get("buttons_none") or []:
        if any(re.search(rx, t) for t in titles):
            failures.append(f"buttons_none /{rx}/ in {titles}")
    for key in ("intent", "intent_any", "intent_not"):
        if key in expect:
            skipped.append(key)
    return failures, skipped


def check_intent(expect: dict, intent: str) -> list[str]:
    out = []
    if "intent" in expect and intent != expect["intent"]:
        out.append(f"intent {expect['intent']} expected, parsed {intent}")
    if "intent_any" in expect and intent not in expect["intent_any"]:
        out.append(f"intent one of {expect['intent_any']} expected, parsed {intent}")
    if "intent_not" in expect and intent in expect["intent_not"]:
        out.append(f"intent not {intent} expected")
    return out


def check_conversation(checks: dict, results: list[TurnResult]) -> list[str]:
    failures = []
    all_text = "\n".join(a.get("text") or "" for r in results for a in r.answers)
    for rx in checks.get("somewhere_matches") or []:
        if not re.search(rx, all_text, re.S):
            failures.append(f"somewhere_matches /{rx}/ never found")
    for rx in checks.get("never_matches") or []:
        m = re.search(rx, all_text, re.S)
        if m:
            failures.append(f"never_matches /{rx}/ found: {m.group(0)[:60]!r}")
    codes = [c for c in CODE_RE.findall(all_text) if c != EXAMPLE_CODE]
    if checks.get("booked") is True and not codes:
        failures.append("booked: no reference code given")
    if checks.get("booked") is False and codes:
        failures.append(f"booked: false, but a code was given ({codes[0]})")
    # loop check: the same answer three turns in a row
    last = [tuple(a.get("text") or "" for a in r.answers) for r in results]
    for i in range(2, len(last)):
        if last[i] and last[i] == last[i - 1] == last[i - 2]:
            failures.append(f"loop: the same answer three turns in a row (turns {i - 1}-{i + 1})")
            break
    return failures


# --------------------------------------------------------------------------- one conversation
def run_conversation(conv: dict, client: Client | None, patterns, intents: dict[str, str]) -> dict:
    sender = f"convtest-{uuid.uuid4().hex[:16]}"
    results: list[TurnResult] = []
    last_answers: list[dict] = []
    code = None
    for i, turn in enumerate(conv["turns"], 1):
        expect = turn.get("expect") or {}
        pre_fail = []
        if turn.get("new_sender"):  # the person comes back later, in a new conversation
            sender = f"convtest-{uuid.uuid4().hex[:16]}"
            last_answers = []
        restarted = "(later, a new conversation) " if turn.get("new_sender") else ""
        if turn.get("when"):  # a branch: only when the bot's last answer (text or buttons) matches
            seen = "\n".join([a.get("text") or "" for a in last_answers]
                              + [b.get("title", "") for a in last_answers for b in (a.get("buttons") or [])])
            if not re.search(turn["when"], seen, re.S):
                continue
        if "click" in turn:
            rx = turn["click"]
            button = next((b for a in last_answers for b in (a.get("buttons") or [])
                           if re.search(rx, b.get("title", ""), re.I)), None)
            if button:
                sent = button.get("payload", "")
                shown = f"[klik: {button.get('title')}]  (payload {sent})"
            else:
                pre_fail.append(f"click /{rx}/: no such button; typed instead")
                sent = shown = turn.get("typed") or re.sub(r"[\\^$()?*+|\[\]]", "", re.sub(r"^\(\?i\)", "", rx))
        else:
            sent = str(turn["user"])
            if "{code}" in sent:
                if code is None:
                    pre_fail.append("no reference code to use")
                sent = sent.replace("{code}", code or "ABCD-EFGH")
            if "{code_lower}" in sent:  # as people type it: lower case, a space for the dash
                if code is None:
                    pre_fail.append("no reference code to use")
                sent = sent.replace("{code_lower}", (code or "ABCD-EFGH").lower().replace("-", " "))
            sent = sent[:MAX_USER_CHARS]
            shown = sent
        shown = restarted + shown
        answers: list[dict] = []
        if client is not None:
            try:
                answers = client.send(sender, sent)
            except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
                pre_fail.append(f"request failed: {type(exc).__name__}: {exc}")
        names = [name_of(a.get("text") or "", patterns) if a.get("text") else "(buttons/custom)"
                 for a in answers]
        failures, skipped = check_turn(expect, answers, names) if client is not None else ([], [])
        res = TurnResult(i, sent, shown, answers, names, pre_fail + failures, skipped,
                         list(turn.get("tags") or []), turn.get("hard"))
        if "user" in turn and sent in intents:
            res.intent = intents[sent]
            res.skipped = []
            res.failures += check_intent(expect, res.intent)
        if client is not None or any(k in expect for k in ("intent", "intent_any", "intent_not")):
            results.append(res)  # without a bot only the turns with an intent expectation count
        last_answers = answers or last_answers
        for a in answers:
            found = [c for c in CODE_RE.findall(a.get("text") or "") if c != EXAMPLE_CODE]
            if found:
                code = found[-1]
    conv_fail = check_conversation(conv.get("checks") or {}, results) if client is not None else []
    return {"conv": conv, "sender": sender, "results": results, "conv_failures": conv_fail}


# --------------------------------------------------------------------------- output
def transcript(run: dict) -> str:
    conv = run["conv"]
    p = conv.get("persona") or {}
    lines = [f"# {conv['id']} ({conv['_file']}): {conv.get('title', '')}",
             "persona: " + ", ".join(f"{k}={v}" for k, v in p.items()),
             "tags: " + ", ".join(conv.get("tags") or []), ""]
    for r in run["results"]:
        mark = "FAIL" if r.failures else "ok"
        hard = f" [hard: {r.hard}]" if r.hard else ""
        intent = f" (intent: {r.intent})" if r.intent else ""
        lines.append(f"[{r.index}] {mark}{hard} USER: {r.shown}{intent}")
        for a, n in zip(r.answers, r.names):
            text = " ".join((a.get("text") or "").split())
            lines.append(f"     BOT <{n}>: {text}")
            titles = [b.get("title") for b in (a.get("buttons") or [])]
            if titles:
                lines.append(f"          buttons: {' | '.join(titles)}")
        for f in r.failures:
            lines.append(f"     !! {f}")
        if r.skipped:
            lines.append(f"     (not checked without --nlu: {', '.join(r.skipped)})")
    for f in run["conv_failures"]:
        lines.append(f"!! conversation: {f}")
    lines.append("")
    lines.append("RESULT: " + ("PASS" if passed(run) else "FAIL"))
    return "\n".join(lines) + "\n"


def passed(run: dict) -> bool:
    return not run["conv_failures"] and not any(r.failures for r in run["results"])


def summarise(runs: list[dict], out_dir: Path) -> dict:
    n_conv = len(runs)
    conv_pass = sum(passed(r) for r in runs)
    turns = [t for r in runs for t in r["results"]]
    turn_pass = sum(not t.failures for t in turns)
    by_tag: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in runs:
        conv_tags = set(r["conv"].get("tags") or [])
        for t in r["results"]:
            for tag in set(t.tags) | ({f"hard:{t.hard}"} if t.hard else set()):
                by_tag[tag][0] += not t.failures
                by_tag[tag][1] += 1
        for tag in conv_tags:
            by_tag[f"conv:{tag}"][0] += passed(r)
            by_tag[f"conv:{tag}"][1] += 1
    lines = ["# Conversation tests", "",
             f"conversations: {conv_pass}/{n_conv} pass ({conv_pass / max(n_conv, 1):.1%})",
             f"turns:         {turn_pass}/{len(turns)} pass ({turn_pass / max(len(turns), 1):.1%})", "",
             "## Per kind (turn tags; conv:<tag> counts whole conversations)"]
    for tag in sorted(by_tag):
        ok, total = by_tag[tag]
        lines.append(f"  {tag:38s} {ok:3d}/{total:<3d} {ok / total:.0%}")
    lines += ["", "## Per conversation"]
    for r in runs:
        res = r["results"]
        ok = sum(not t.failures for t in res)
        lines.append(f"  {'PASS' if passed(r) else 'FAIL'} {r['conv']['id']:45s} {ok}/{len(res)} turns")
    lines += ["", "## Failures"]
    for r in runs:
        for t in r["results"]:
            for f in t.failures:
                lines.append(f"  {r['conv']['id']} turn {t.index}: {f}")
        for f in r["conv_failures"]:
            lines.append(f"  {r['conv']['id']}: {f}")
    text = "\n".join(lines) + "\n"
    (out_dir / "summary.txt").write_text(text, encoding="utf-8")
    data = {"conversations": n_conv, "conversations_passed": conv_pass, "turns": len(turns),
            "turns_passed": turn_pass,
            "per_tag": {k: {"passed": v[0], "total": v[1]} for k, v in sorted(by_tag.items())},
            "per_conversation": {r["conv"]["id"]: {"passed": passed(r),
                                                   "turns_passed": sum(not t.failures for t in r["results"]),
                                                   "turns": len(r["results"])} for r in runs}}
    (out_dir / "summary.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    print(text)
    return data


# --------------------------------------------------------------------------- NLU mode
def parse_texts(model: Path, texts: list[str]) -> dict[str, dict]:
    import asyncio

    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT))
    try:
        from rasa_quiet import quiet_rasa_logs  # scripts/rasa_quiet.py
        quiet_rasa_logs()
    except ImportError:
        pass
    from rasa.core.agent import Agent

    async def go():
        agent = Agent.load(str(model))
        return {t: await agent.parse_message(t) for t in dict.fromkeys(texts)}

    return asyncio.run(go())


def heldout_report(parses: dict[str, dict], heldout: Path, not_crisis: Path | None, out_dir: Path) -> str:
    sys.path.insert(0, str(ROOT))
    from bot.nlu.evaluation import best_guess, is_unsure, read_examples, score

    examples = read_examples(heldout)
    texts = [t for t, _ in examples]
    rep = score([g for _, g in examples], [best_guess(parses[t]) for t in texts], texts)
    final_crisis = [t for t, g in examples if parses[t]["intent"]["name"] == "crisis" and g != "crisis"]
    missed_crisis = [t for t, g in examples if g == "crisis" and parses[t]["intent"]["name"] != "crisis"]
    lines = [f"# Held-out NLU: {heldout.name}", "",
             f"examples {len(examples)}, accuracy {rep.accuracy:.3f}, macro-F1 {rep.macro_f1:.3f}, "
             f"unsure (nlu_fallback) {sum(is_unsure(parses[t]) for t in texts) / max(len(texts), 1):.1%}", "",
             "| intent | P | R | F1 | n |", "|---|---|---|---|---|"]
    for k, s in rep.per_intent.items():
        if s.support:
            lines.append(f"| {k} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} | {s.support} |")
    lines += ["", f"false crisis alarms (final intent crisis, gold not crisis): {len(final_crisis)}"]
    lines += [f"  - {t}" for t in final_crisis]
    lines += [f"crisis messages missed: {len(missed_crisis)}"] + [f"  - {t}" for t in missed_crisis]
    if not_crisis:
        items = [s.strip() for s in not_crisis.read_text(encoding="utf-8").splitlines()
                 if s.strip() and not s.startswith("#")]
        hits = [t for t in items if parses[t]["intent"]["name"] == "crisis"]
        lines += ["", f"{not_crisis.name}: {len(hits)}/{len(items)} read as crisis"] + [f"  - {t}" for t in hits]
    lines += ["", "## Confusions (gold -> predicted)"]
    lines += [f"  {g} -> {p}: {t}" for g, p, t in rep.confusions]
    text = "\n".join(lines) + "\n"
    (out_dir / f"heldout_{heldout.stem}.md").write_text(text, encoding="utf-8")
    return text


# --------------------------------------------------------------------------- main
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("url", nargs="?", default=os.environ.get("BOT_URL", "http://127.0.0.1:5005"))
    ap.add_argument("--dir", default=str(ROOT / "tests" / "conversations"))
    ap.add_argument("--only", action="append", default=[], help="run only ids matching this regex")
    ap.add_argument("--parallel", type=int, default=1, help="conversations at once (default 1)")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    ap.add_argument("--token", default=os.environ.get("BOT_REST_TOKEN"),
                    help="bearer token for the REST webhook (default: $BOT_REST_TOKEN)")
    ap.add_argument("--floor", type=float, help="exit 1 when the conversation pass rate is below this (0..1)")
    ap.add_argument("--nlu", action="store_true", help="also check intents with the trained model")
    ap.add_argument("--nlu-only", action="store_true", help="only check intents; no bot needed")
    ap.add_argument("--model", default=str(ROOT / "models" / "current.tar.gz"))
    ap.add_argument("--heldout", action="append", default=[], help="held-out NLU file to score (NLU mode)")
    ap.add_argument("--not-crisis", help="list of non-crisis sentences, one a line (NLU mode)")
    ap.add_argument("--out", default=str(ROOT / "results" / "conversations"))
    args = ap.parse_args(argv)

    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    convs = load_conversations(sorted(Path(args.dir).glob("*.yml")))
    if args.only:
        convs = [c for c in convs if any(re.search(rx, c["id"]) for rx in args.only)]
    patterns = load_response_patterns(ROOT)

    intents: dict[str, str] = {}
    if args.nlu or args.nlu_only:
        texts = [str(t["user"]) for c in convs for t in c["turns"] if "user" in t and "{code" not in str(t["user"])]
        extra = []
        from_files = []
        for h in args.heldout:
            sys.path.insert(0, str(ROOT))
            from bot.nlu.evaluation import read_examples
            from_files += [t for t, _ in read_examples(Path(h))]
        if args.not_crisis:
            extra = [s.strip() for s in Path(args.not_crisis).read_text(encoding="utf-8").splitlines()
                     if s.strip() and not s.startswith("#")]
        parses = parse_texts(Path(args.model), texts + from_files + extra)
        intents = {t: parses[t]["intent"]["name"] for t in texts}
        for h in args.heldout:
            print(heldout_report(parses, Path(h), Path(args.not_crisis) if args.not_crisis else None, out_dir))

    client = None if args.nlu_only else Client(args.url, args.token, args.timeout)
    started = time.monotonic()
    with cf.ThreadPoolExecutor(max_workers=max(1, args.parallel)) as pool:
        runs = list(pool.map(lambda c: run_conversation(c, client, patterns, intents), convs))
    for run in runs:
        (out_dir / f"{run['conv']['id']}.txt").write_text(transcript(run), encoding="utf-8")
    data = summarise(runs, out_dir)
    print(f"({time.monotonic() - started:.0f} s; transcripts in {out_dir})")
    if args.floor is not None:
        rate = data["conversations_passed"] / max(data["conversations"], 1)
        if rate < args.floor:
            print(f"below the floor: {rate:.1%} < {args.floor:.1%}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
