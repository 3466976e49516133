"""The layout rules, checked on the source (ast, no imports run):

- only bot/settings.py reads the environment;
- no import cycle between the packages of bot/;
- bot/ imports Rasa only in its adapters (Rasa components, the tracker store, the channels).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("bot", "actions")

# The one reader of the environment.
READS_THE_ENVIRONMENT = {"bot/settings.py"}

# The modules of bot/ that may import rasa / rasa_sdk: Rasa's side of the bot, each with its reason.
RASA_ADAPTERS = {
    "bot/nlu/components.py": "Rasa graph components (the NLU pipeline's own parts)",
    "bot/privacy/tracker_store.py": "a Rasa tracker store (endpoints.yml names it)",
    "bot/privacy/lock_store.py": "a Rasa lock store (endpoints.yml names it)",
}
RASA_ADAPTER_PACKAGES = ("bot/channels/",)  # Rasa input channels (credentials.yml names them)
RASA = ("rasa", "rasa_sdk")


def _modules(*tops: str) -> dict[str, ast.Module]:
    found = {}
    for top in tops:
        for path in sorted((ROOT / top).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if "/migrations/" in rel:
                continue
            found[rel] = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
    return found


def _module_name(rel: str) -> str:
    parts = rel.removesuffix(".py").split("/")
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(rel: str, tree: ast.Module) -> set[str]:
    """Every module name `rel` imports, at any depth (imports inside functions count), absolute."""
    package = _module_name(rel) if rel.endswith("__init__.py") else _module_name(rel).rpartition(".")[0]
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)  # `from bot import x`
    return names


def _environment_reads(tree: ast.Module) -> list[int]:
    """Lines that touch os.environ / os.getenv / os.putenv, or import them from os."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "putenv", "environb") \
                and isinstance(node.value, ast.Name) and node.value.id == "os":
            lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module == "os" and any(
                alias.name in ("environ", "getenv", "environb") for alias in node.names):
            lines.append(node.lineno)
    return lines


def test_only_the_settings_module_reads_the_environment():
    offenders = {rel: lines for rel, tree in _modules(*SCANNED).items()
                 if rel not in READS_THE_ENVIRONMENT
                 and (lines := _environment_reads(tree))}
    assert offenders == {}, "read the environment in bot/settings.py and pass the value in"


def test_the_environment_check_finds_a_read():
    for source in ("import os\nx = os.environ.get('A')\n", "import os\nos.getenv('A')\n",
                   "from os import environ\n"):
        assert _environment_reads(ast.parse(source)), source
    assert not _environment_reads(ast.parse("def f(environ):\n    return environ.get('A')\n"))


def _package_graph(modules: dict[str, ast.Module]) -> dict[str, set[str]]:
    """bot.<first level> -> the bot.<first level> it imports (a top-level module is its own node)."""
    def node(name: str) -> str | None:
        parts = name.split(".")
        return ".".join(parts[:2]) if parts[0] == "bot" and len(parts) > 1 else None

    known = {node(_module_name(rel)) for rel in modules} - {None}
    graph: dict[str, set[str]] = defaultdict(set)
    for rel, tree in modules.items():
        source = node(_module_name(rel))
        if source is None or source == "bot.__main__":
            continue
        for name in _imports(rel, tree):
            target = node(name)
            if target in known and target != source:
                graph[source].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(set(graph) | {w for ws in graph.values() for w in ws}):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle_between_the_packages_of_bot():
    graph = _package_graph(_modules("bot"))
    assert "bot.booking" in graph and "bot.notify" in graph["bot.booking"]  # the graph is really built
    assert _cycles(graph) == []


def test_the_cycle_check_finds_a_cycle():
    assert _cycles({"bot.a": {"bot.b"}, "bot.b": {"bot.c"}, "bot.c": {"bot.a"}, "bot.d": {"bot.a"}}) == [
        ["bot.a", "bot.b", "bot.c"]]
    graph = _package_graph({"bot/x/m.py": ast.parse("from bot.y import n\n"),
                            "bot/y/n.py": ast.parse("def f():\n    from ..x import m\n")})
    assert _cycles(graph) == [["bot.x", "bot.y"]]


def _is_rasa(name: str) -> bool:
    return name.split(".")[0] in RASA


def test_bot_imports_rasa_only_in_its_adapters():
    modules = _modules("bot")
    importing = {rel for rel, tree in modules.items() if any(_is_rasa(name) for name in _imports(rel, tree))}
    offenders = {rel for rel in importing if rel not in RASA_ADAPTERS and not rel.startswith(RASA_ADAPTER_PACKAGES)}
    assert offenders == set(), "keep Rasa in the adapters: pass plain values into bot/"
    assert set(RASA_ADAPTERS) <= importing, "an adapter that no longer imports Rasa: take it off the list"


@pytest.mark.parametrize("source", ["import rasa\n", "from rasa_sdk.events import SlotSet\n",
                                    "def f():\n    import rasa.core.agent\n"])
def test_the_rasa_check_finds_an_import(source):
    assert any(_is_rasa(name) for name in _imports("bot/x.py", ast.parse(source)))
