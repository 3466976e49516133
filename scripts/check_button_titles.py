"""Which button titles the trained model understands when they are typed, not clicked.

People on Teams and Slack often type a button's title instead of clicking it (fourth stranger
test: "Hulp van buiten"). The channels map a typed title of a button the bot *just offered* to its
payload (bot/channels/offers.py), without asking the model. A title typed later, when the button
is no longer the latest answer, is read by the model. This check parses every static button title
in domain/*.yml with models/current.tar.gz and reports whether the parse gives the payload's
intent and entities. Titles with a {placeholder} (built from slots) are skipped.

Usage: .venv/bin/python scripts/check_button_titles.py [--strict]   (--strict: exit 1 on a miss)
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.domain_files import load_domain  # noqa: E402


def static_buttons(root: Path = ROOT) -> list[tuple[str, str, str, dict]]:
    """(response, title, intent, entities) of every button with a fixed title and payload."""
    found = {}
    for name, variants in load_domain(root)["responses"].items():
        for variant in variants:
            for button in variant.get("buttons") or []:
                title, payload = str(button.get("title") or ""), str(button.get("payload") or "")
                payload = payload.replace("{{", "{").replace("}}", "}")
                if not payload.startswith("/") or "{" in title:
                    continue
                intent, _, rest = payload[1:].partition("{")
                try:
                    entities = json.loads("{" + rest) if rest else {}
                except json.JSONDecodeError:
                    continue  # a payload built from slots
                if any("{" in str(v) for v in entities.values()):
                    continue
                found.setdefault((title, intent, json.dumps(entities, sort_keys=True)), name)
    return [(name, title, intent, json.loads(ents)) for (title, intent, ents), name in sorted(found.items())]


async def _check(model: Path) -> list[str]:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    logging.disable(logging.WARNING)
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    misses = []
    buttons = static_buttons()
    for name, title, intent, entities in buttons:
        parsed = await agent.parse_message(title)
        got = (parsed.get("intent") or {}).get("name")
        got_entities = {e["entity"]: e.get("value") for e in parsed.get("entities") or []}
        ok = got == intent and all(got_entities.get(k) == v for k, v in entities.items())
        line = f"{'ok  ' if ok else 'MISS'} {title!r} -> {got} {got_entities} (button: {intent} {entities}; {name})"
        print(line)
        if not ok:
            misses.append(line)
    print(f"\n{len(buttons) - len(misses)}/{len(buttons)} static button titles parse as their button")
    return misses


def main(argv: list[str]) -> int:
    misses = asyncio.run(_check(ROOT / "models" / "current.tar.gz"))
    return 1 if misses and "--strict" in argv else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
