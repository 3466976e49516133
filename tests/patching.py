"""Install one of our patches of a Rasa class for one test, then put the class back as it was."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def freshly_installed(cls: type, attribute: str, flag: str, install: Callable[[], None]) -> Iterator[object]:
    """Run `install()` as if for the first time (its `flag` on `cls` cleared) and yield what it
    put on `cls.attribute` beside the original; afterwards the original and the flag come back."""
    original = cls.__dict__[attribute]
    was = getattr(cls, flag, False)
    setattr(cls, flag, False)
    try:
        install()
        yield original
    finally:
        setattr(cls, attribute, original)
        setattr(cls, flag, was)
