"""Cutting a message into clauses, for the per-clause check of two matters at once.

"ik word gepest op de afdeling en daarnaast verdwijnt er geld uit de kas" is two matters; the
classifier, reading the whole message, puts most of its confidence on one of them. Read clause
by clause, each matter stands on its own. A clause ends at sentence punctuation, at a joining
word (en, maar, daarnaast, bovendien, plus; and, but) and at a comma followed by a new subject
("..., mijn chef neemt ..."). Joining words at the start of a clause ("en verder", "ook nog")
are dropped. Clauses of fewer than MIN_WORDS words are left out (a fragment says too little to
classify). One pass over at most MAX_CHARS characters, at most MAX_CLAUSES clauses: linear time,
capped; no regular expressions.
"""

from __future__ import annotations

MAX_CHARS = 600
MAX_CLAUSES = 4
MIN_WORDS = 3

_SPLIT = frozenset("en maar daarnaast bovendien plus and but".split())
_LEADING = _SPLIT | frozenset("ook verder tevens dan nog also".split())
_END = ".;!?:"
_EDGE = ".,;!?:()\"'"
# words that open a new clause after a comma ("..., mijn chef neemt ...")
_SUBJECTS = frozenset(
    "ik hij zij ze we wij jij je u men iemand er mijn zijn haar onze ons hun de het een die dat deze "
    "dit collega collegas baas chef manager teamleider leidinggevende directeur klant klanten".split())


def _bare(word: str) -> str:
    return word.strip(_EDGE).lower()


def clauses(text: str) -> list[str]:
    """The clauses of `text` of MIN_WORDS words or more (at most MAX_CLAUSES), or [] when the
    message does not have two such clauses."""
    out: list[str] = []
    current: list[str] = []

    def close() -> None:
        start = 0
        while start < len(current) and _bare(current[start]) in _LEADING:
            start += 1
        words = [w.strip(_EDGE) for w in current[start:]]
        words = [w for w in words if w]
        if len(words) >= MIN_WORDS:
            out.append(" ".join(words))
        current.clear()

    tokens = text[:MAX_CHARS].split()
    for i, token in enumerate(tokens):
        if len(out) >= MAX_CLAUSES:
            break
        if _bare(token) in _SPLIT and current:
            close()
            continue
        current.append(token)
        if token[-1] in _END:
            close()
        elif token[-1] == "," and i + 1 < len(tokens) and _bare(tokens[i + 1]) in _SUBJECTS:
            close()
    if current and len(out) < MAX_CLAUSES:
        close()
    return out if len(out) >= 2 else []
