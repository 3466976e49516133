"""Test modules under tests/ without a package (__init__.py) are imported by their file name:
two with the same name in different directories stop pytest at collection ("import file
mismatch"), which only shows on a fresh clone without __pycache__."""

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def test_test_module_names_are_unique_outside_packages():
    names = Counter(p.name for p in TESTS.rglob("test_*.py")
                    if not (p.parent / "__init__.py").exists())
    assert [n for n, k in names.items() if k > 1] == []
