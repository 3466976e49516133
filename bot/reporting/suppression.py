"""Small-number suppression for published tables, with complementary suppression.

A table is a set of cells with values and a set of *lines*: equations ``total = sum(members)``
(a column with its total, a row with its total). A count under the threshold (but above zero) is
hidden (primary suppression). If a line then holds exactly one hidden cell, anyone could recover it
by subtraction (total minus the visible members, or the members' sum for a hidden total), so a
second cell of that line is hidden too: the smallest visible member above zero (a zero cell hides
nothing it could reveal), else the smallest visible member, else the total (complementary
suppression). Hiding a cell can leave another line with exactly one hidden cell, so this repeats
until no line has exactly one hidden cell. Zero is shown: it says no one was counted.

Guarantee (tested): no line of the table has exactly one hidden cell, so no hidden count follows
from a single subtraction. In a table with one line per column (what the report publishes) that
is the whole story; in a two-way table a chain of several equations could in rare patterns still
narrow a hidden cell down, which is why the report publishes one-way tables.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

Cell = Hashable


@dataclass(frozen=True)
class Line:
    total: Cell
    members: tuple[Cell, ...]


def primary(values: Mapping[Cell, int], threshold: int) -> set[Cell]:
    """The cells that are too small to show: 0 < value < threshold."""
    if threshold < 1:
        raise ValueError(f"the threshold must be at least 1, got {threshold}")
    return {cell for cell, value in values.items() if 0 < value < threshold}


def check_lines(values: Mapping[Cell, int], lines: Sequence[Line]) -> None:
    """Every line adds up (a table that does not would make the protection meaningless)."""
    for line in lines:
        if values[line.total] != sum(values[m] for m in line.members):
            raise ValueError(f"line {line.total!r}: the members do not add up to the total")


def suppress(values: Mapping[Cell, int], lines: Sequence[Line], threshold: int) -> set[Cell]:
    """The cells to hide (primary and complementary); see the module's docstring."""
    if any(v < 0 for v in values.values()):
        raise ValueError("counts cannot be negative")
    check_lines(values, lines)
    hidden = primary(values, threshold)
    order = {cell: i for i, cell in enumerate(values)}  # deterministic tie-break: table order
    changed = True
    while changed:
        changed = False
        for line in lines:
            group = (line.total, *line.members)
            if sum(cell in hidden for cell in group) != 1:
                continue
            visible = [cell for cell in group if cell not in hidden]
            hidden.add(min(visible, key=lambda c: (c == line.total, values[c] == 0, values[c], order[c])))
            changed = True
    return hidden


def exposed_by_subtraction(values: Mapping[Cell, int], lines: Sequence[Line], hidden: set[Cell]) -> set[Cell]:
    """The hidden cells that a single line would give away (used by the tests, and as a final check)."""
    return {next(c for c in (line.total, *line.members) if c in hidden) for line in lines
            if sum(c in hidden for c in (line.total, *line.members)) == 1}


def column_lines(rows: Sequence[Hashable], columns: Sequence[Hashable], total_row: Hashable,
                 total_column: Hashable | None = None) -> list[Line]:
    """The lines of a table of cells (row, column): each column adds up to its total row; with
    `total_column`, each row (the total row too) adds up to its total column."""
    lines = [Line((total_row, col), tuple((row, col) for row in rows)) for col in columns]
    if total_column is not None:
        lines.append(Line((total_row, total_column), tuple((row, total_column) for row in rows)))
        lines += [Line((row, total_column), tuple((row, col) for col in columns)) for row in (*rows, total_row)]
    return lines
