"""Bounded work, proven by structure and not by a stopwatch: every pattern that runs on user text
is compiled by bot.patterns (RE2, or Python's re with every repetition bounded), and no module
that reads user text compiles a pattern anywhere else."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
import re2

from bot import patterns

ROOT = Path(__file__).resolve().parents[2]

# Every module whose patterns run on text a person typed (importing them fills the registry).
USER_TEXT_MODULES = (
    "bot.text",
    "bot.nlu.crisis_patterns",
    "bot.nlu.components",
    "bot.dialogue.perspective",
    "bot.dialogue.roles",
    "bot.scheduling.dutch_dates",
    "bot.contact",
    "bot.booking.reference",
    "bot.dialogue.booking",
    "bot.channels.client",
)

# Modules that may import re / re2 although they are in bot/ or actions/, with the reason. A
# module not listed here that imports a regex engine fails test_no_pattern_outside_the_registry.
OUTSIDE_THE_REGISTRY = {
    "bot/patterns.py": "the registry itself",
    "bot/booking/counsellors.py": "reads the organisation's counsellors file, not user text",
    "bot/privacy/storage.py": "reads the endpoints file (${VAR} substitution), not user text",
    "bot/reporting/report.py": "fills the organisation's report template, not user text",
    "bot/channels/teams/auth.py": "bearer token in a header: separators make it unambiguous",
    # Channels work (issue 9) owns this file; its mrkdwn <...> pattern and whitespace split run
    # on message text: [^<>]* cannot cross a '<', so each character is read at most twice.
    "bot/channels/slack/protocol.py": "user text, linear by inspection: to move into bot.patterns",
}


def _load_all() -> None:
    for name in USER_TEXT_MODULES:
        importlib.import_module(name)


def test_the_registry_holds_the_patterns_of_every_user_text_module():
    _load_all()
    prefixes = {name.split(".")[0] for name in patterns.REGISTRY}
    assert {"crisis", "perspective", "dutch_dates", "contact"} <= prefixes, prefixes


def test_every_registered_pattern_is_linear_by_construction():
    _load_all()
    assert patterns.REGISTRY
    for name, compiled in patterns.REGISTRY.items():
        if isinstance(compiled, patterns.BoundedPattern):
            assert patterns.unbounded_parts(compiled.pattern) == [], name
        else:
            # RE2 compiled it, so it has no look-around or back-reference; compile it again
            # from its source to prove it is what RE2 runs (not a Python pattern in disguise).
            assert isinstance(compiled, re2._Regexp), name
            re2.compile(compiled.pattern)


@pytest.mark.parametrize("pattern", [r"(?=.*mes)(?=.*nu)", r"\bmes\b(?! van)", r"(?<!om )12", r"(\w)\1"])
def test_re2_refuses_what_it_cannot_run_in_linear_time(pattern):
    with pytest.raises(re2.error):
        patterns.linear(pattern, name="test.refused")
    assert "test.refused" not in patterns.REGISTRY


@pytest.mark.parametrize("pattern", [r"a.*b", r"(?=.*mes)", r"\w+knuppel", r"(?:ab){2,}", r"(\w)\1", r"a(?!.*b)"])
def test_bounded_refuses_unbounded_repetition_and_back_references(pattern):
    with pytest.raises(patterns.UnboundedPattern):
        patterns.bounded(pattern, name="test.unbounded")
    assert "test.unbounded" not in patterns.REGISTRY


def test_bounded_accepts_bounded_look_behinds():
    assert patterns.bounded(r"(?<!om )\d{1,2}-\d{1,2}(?![\w/])", name="test.bounded").search("op 12-3")


def test_not_followed_by_is_the_negative_look_ahead():
    plain = re2.compile(r"\bdood\b" + patterns.not_followed_by(" van", " vanuit hier"))
    import re

    python = re.compile(r"\bdood\b(?! van| vanuit hier)")
    for text in ("dood", "dood van", "dood vanuit", "dood va", "dood v", "dood ", "dood, van", "dood  van",
                 "dood dood van", "dood vanaf", "dood vanuit hier", "doodvan", "ik wil dood"):
        assert bool(plain.search(text)) == bool(python.search(text)), text


ENGINES = ("re", "re2", "regex", "sre_compile", "sre_parse")


def _regex_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in ENGINES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ENGINES:
            found.append(node.module)
    return found


def test_no_pattern_outside_the_registry():
    """Scans bot/ and actions/: a module that imports a regex engine must be the registry or be
    listed (with its reason) in OUTSIDE_THE_REGISTRY."""
    offenders = {}
    for path in sorted([*(ROOT / "bot").rglob("*.py"), *(ROOT / "actions").rglob("*.py")]):
        relative = path.relative_to(ROOT).as_posix()
        if "/migrations/" in relative:
            continue
        found = _regex_imports(path)
        if found and relative not in OUTSIDE_THE_REGISTRY:
            offenders[relative] = found
    assert offenders == {}, f"compile these patterns with bot.patterns.linear/bounded: {offenders}"
    stale = [m for m in OUTSIDE_THE_REGISTRY if not _regex_imports(ROOT / m)]
    assert stale == [], f"no longer imports a regex engine: remove from OUTSIDE_THE_REGISTRY: {stale}"
