"""The one place where patterns that run on user text are compiled, each in one of two ways that
are linear in the length of the text by construction.

Python's `re` backtracks: a look-ahead such as ``(?=.*a)(?=.*b)`` or ``a.*b`` searched over a
long message costs time quadratic in its length, and nested quantifiers can cost exponential
time. RE2 (google-re2) runs every pattern as an automaton, in time linear in the text, and
refuses what it cannot run that way (look-arounds, back-references) when the pattern is
compiled. So a pattern compiled here is linear by construction; `REGISTRY` lists them all and
tests/unit/test_linear_patterns.py checks that no module that reads user text compiles a pattern
anywhere else.

`bounded` is the other way, for patterns whose look-behinds cannot be written for RE2 without
changing what they match (bot.scheduling.dutch_dates): Python's `re`, accepted only when no
repetition is unbounded (no ``*``, ``+``, ``{n,}``, also inside look-arounds) and nothing refers
back to a group. Every match attempt then reads a window of bounded length, so the backtracking
per start position has a bound that depends on the pattern only: a search is linear in the text.

Differences of RE2 from Python's `re` to keep in mind when writing a `linear` pattern:
    - ``\\w``, ``\\d``, ``\\s`` and ``\\b`` are ASCII-only (the text is normalised first,
      bot.text.normalise: lower case, accents stripped, so Dutch text is ASCII);
    - ``$`` is the end of the text only (normalised text has no newlines);
    - no look-arounds: write "not followed by" with `not_followed_by` below, and "A and B
      anywhere in the text" as two searches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import re2

try:  # Python 3.11+
    from re import _constants as _sre_constants
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre_constants
    import sre_parse as _sre_parse

Pattern = re2._Regexp  # the type of a compiled RE2 pattern
BoundedPattern = re.Pattern
Match = re.Match

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # a refused pattern raises re2.error; RE2 need not also print it

# Python's \s (str.isspace) as the body of an RE2 character class; RE2's own \s is ASCII only.
UNICODE_SPACE = r"\t\n\x0b\f\r\x1c-\x1f\x85\pZ"

# name -> compiled pattern, for every pattern that runs on user text (filled at import time)
REGISTRY: dict[str, Pattern | BoundedPattern] = {}


# What an f-string makes of a quantifier written with single braces: rf"(?:a ){1,3}" is "(?:a )(1, 3)",
# a pattern that compiles and silently matches something else (dutch_dates.busy_at_clock did so
# until the recheck of the twenty-eighth stranger test). Double the braces: {{1,3}}.
_FSTRING_QUANTIFIER = re.compile(r"\(\d+, \d+\)")


def _register(name: str, pattern: str, compiled):
    if _FSTRING_QUANTIFIER.search(pattern):
        raise ValueError(f"pattern {name!r} holds a quantifier an f-string turned into a tuple; write {{{{n,m}}}}")
    existing = REGISTRY.get(name)
    if existing is not None and existing.pattern != pattern:
        raise ValueError(f"pattern name {name!r} is already registered")
    REGISTRY[name] = compiled
    return compiled


def linear(pattern: str, *, name: str) -> Pattern:
    """Compiles ``pattern`` with RE2 and registers it under ``name`` (unique, "module.rule").

    Raises re2.error for a construct RE2 cannot run in linear time, ValueError for a name that
    is already taken by another pattern."""
    return _register(name, pattern, re2.compile(pattern, _OPTIONS))


class UnboundedPattern(ValueError):
    """A pattern given to `bounded` that can read an unbounded stretch or refers to a group."""


def unbounded_parts(pattern: str) -> list[str]:
    """What makes ``pattern`` unfit for `bounded`: unbounded repetitions, back-references."""
    found: list[str] = []
    c = _sre_constants

    def walk(items) -> None:
        for op, av in items:
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                low, high, sub = av
                if high == c.MAXREPEAT:
                    found.append(f"unbounded repetition {{{low},}}")
                walk(sub)
            elif op is c.SUBPATTERN:
                walk(av[-1])
            elif op is c.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (c.ASSERT, c.ASSERT_NOT):
                walk(av[1])
            elif op in (c.GROUPREF, c.GROUPREF_EXISTS):
                found.append("reference to a group")

    walk(_sre_parse.parse(pattern))
    return found


def bounded(pattern: str, *, name: str) -> BoundedPattern:
    """Compiles ``pattern`` with Python's `re` and registers it under ``name``, after checking
    that every repetition in it is bounded (see the module docstring); raises UnboundedPattern
    otherwise."""
    problems = unbounded_parts(pattern)
    if problems:
        raise UnboundedPattern(f"{name}: {', '.join(sorted(set(problems)))}")
    return _register(name, pattern, re.compile(pattern))


def _char(char: str) -> str:
    return rf"\x{{{ord(char):x}}}"


def not_followed_by(*literals: str) -> str:
    """A pattern (no look-ahead) that matches where the text that follows does not start with any
    of ``literals``: the end of the text, or the shortest stretch where it parts from all of
    them. ``X(?!lit1|lit2)`` is ``X`` + ``not_followed_by("lit1", "lit2")`` for a yes/no search
    (the match may end later; use it only where the match's span is not used)."""
    if not literals or not all(literals):
        raise ValueError("not_followed_by needs non-empty literals")
    trie: dict = {}
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}  # marks the end of a literal: the text followed it completely

    def branch(node: dict) -> str | None:
        if "" in node:
            return None  # a forbidden literal is complete here: no way to part from it
        options = [r"\z", "[^" + "".join(_char(c) for c in sorted(node)) + "]"]
        for char in sorted(node):
            rest = branch(node[char])
            if rest is not None:
                options.append(_char(char) + rest)
        return "(?:" + "|".join(options) + ")"

    result = branch(trie)
    assert result is not None
    return result


def one_of(words: Iterable[str]) -> str:
    """An alternation of literal words, longest first."""
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))
