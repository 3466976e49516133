"""Small-number suppression with complementary suppression: pure functions."""

import itertools
import random

import pytest

from bot.reporting.suppression import Line, column_lines, exposed_by_subtraction, primary, suppress


def _column(values):
    cells = {i: v for i, v in enumerate(values)} | {"t": sum(values)}
    return cells, [Line("t", tuple(range(len(values))))]


def test_small_counts_are_hidden_and_zero_and_large_ones_shown():
    assert primary({"a": 0, "b": 1, "c": 4, "d": 5, "e": 30}, 5) == {"b", "c"}


def test_one_small_count_with_its_total_also_hides_the_next_smallest():
    # total 43 = 3 + 10 + 30: with only the 3 hidden, 43 - 10 - 30 gives it away.
    cells, lines = _column([3, 10, 30])
    hidden = suppress(cells, lines, 5)
    assert hidden == {0, 1}
    assert exposed_by_subtraction(cells, lines, hidden) == set()


def test_the_subtraction_case_is_really_exposed_without_the_second_cell():
    cells, lines = _column([3, 10, 30])
    assert exposed_by_subtraction(cells, lines, {0}) == {0}


def test_zero_cells_are_not_chosen_to_protect_while_a_counted_one_is_left():
    cells, lines = _column([2, 0, 9, 40])
    assert suppress(cells, lines, 5) == {0, 2}


def test_two_small_counts_protect_each_other():
    cells, lines = _column([2, 3, 50])
    assert suppress(cells, lines, 5) == {0, 1}


def test_a_small_total_hides_its_members_and_no_more():
    cells, lines = _column([1, 2, 0])
    assert suppress(cells, lines, 5) == {0, 1, "t"}


def test_a_small_total_of_one_member_hides_both():
    cells, lines = _column([3, 0])
    assert suppress(cells, lines, 5) == {0, "t"}


def test_a_member_is_hidden_rather_than_the_total():
    cells, lines = _column([3, 7])
    assert suppress(cells, lines, 5) == {0, 1}


def test_the_total_is_hidden_when_no_member_is_left():
    # t1 = a + b hides b next to a; t2 = b alone would then give b away, so t2 is hidden too.
    cells = {"a": 3, "b": 8, "t1": 11, "t2": 8}
    lines = [Line("t1", ("a", "b")), Line("t2", ("b",))]
    assert suppress(cells, lines, 5) == {"a", "b", "t2"}


def test_two_way_table_repeats_until_no_row_or_column_gives_a_cell_away():
    rows, cols = ["r1", "r2", "r3"], ["c1", "c2", "c3"]
    grid = {"r1": [2, 20, 30], "r2": [15, 25, 35], "r3": [40, 45, 50]}
    cells = {(r, c): grid[r][j] for r in rows for j, c in enumerate(cols)}
    for j, c in enumerate(cols):
        cells[("T", c)] = sum(grid[r][j] for r in rows)
    for r in [*rows, "T"]:
        cells[(r, "T")] = sum(cells[(r, c)] for c in cols)
    lines = column_lines(rows, cols, "T", "T")
    hidden = suppress(cells, lines, 5)
    assert ("r1", "c1") in hidden
    assert exposed_by_subtraction(cells, lines, hidden) == set()
    assert len(hidden) >= 4  # the classic rectangle at least: one small cell needs three partners


@pytest.mark.parametrize("seed", range(200))
def test_random_tables_never_leave_a_line_with_one_hidden_cell(seed):
    rng = random.Random(seed)
    rows, cols = [f"r{i}" for i in range(rng.randint(1, 5))], [f"c{j}" for j in range(rng.randint(1, 5))]
    cells = {(r, c): rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 9, 15, 40]) for r, c in itertools.product(rows, cols)}
    for c in cols:
        cells[("T", c)] = sum(cells[(r, c)] for r in rows)
    for r in [*rows, "T"]:
        cells[(r, "T")] = sum(cells[(r, c)] for c in cols)
    lines = column_lines(rows, cols, "T", "T")
    hidden = suppress(cells, lines, 5)
    assert primary(cells, 5) <= hidden
    assert exposed_by_subtraction(cells, lines, hidden) == set()


def test_tables_that_do_not_add_up_or_negative_counts_are_refused():
    with pytest.raises(ValueError, match="add up"):
        suppress({0: 1, "t": 2}, [Line("t", (0,))], 5)
    with pytest.raises(ValueError, match="negative"):
        suppress({0: -1, "t": -1}, [Line("t", (0,))], 5)
