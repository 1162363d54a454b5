"""Sudoku solver: constraint propagation plus depth-first search, with validation and statistics."""
from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS


def cross(a: str, b: str) -> list[str]:
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNIT_LIST = (
    [cross(ROWS, c) for c in COLS]
    + [cross(r, COLS) for r in ROWS]
    + [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")]
)
UNITS = {s: [u for u in UNIT_LIST if s in u] for s in SQUARES}
PEERS = {s: sorted(set(itertools.chain.from_iterable(UNITS[s])) - {s}) for s in SQUARES}


class Contradiction(Exception):
    pass


@dataclass
class Stats:
    assignments: int = 0
    eliminations: int = 0
    guesses: int = 0
    backtracks: int = 0
    max_depth: int = 0
    by_depth: dict = field(default_factory=lambda: defaultdict(int))


class Solver:
    def __init__(self):
        self.stats = Stats()

    def parse(self, grid: str) -> dict[str, str]:
        chars = [c for c in grid if c in DIGITS or c in "0."]
        if len(chars) != 81:
            raise ValueError(f"grid must have 81 cells, got {len(chars)}")
        values = {s: DIGITS for s in SQUARES}
        for s, d in zip(SQUARES, chars):
            if d in DIGITS:
                self.assign(values, s, d)
        return values

    def assign(self, values: dict[str, str], s: str, d: str) -> dict[str, str]:
        self.stats.assignments += 1
        for other in values[s].replace(d, ""):
            self.eliminate(values, s, other)
        return values

    def eliminate(self, values: dict[str, str], s: str, d: str) -> None:
        if d not in values[s]:
            return
        self.stats.eliminations += 1
        values[s] = values[s].replace(d, "")
        if not values[s]:
            raise Contradiction(f"no values left for {s}")
        if len(values[s]) == 1:
            d2 = values[s]
            for p in PEERS[s]:
                self.eliminate(values, p, d2)
        for u in UNITS[s]:
            places = [sq for sq in u if d in values[sq]]
            if not places:
                raise Contradiction(f"no place for {d} in unit of {s}")
            if len(places) == 1:
                self.assign(values, places[0], d)

    def search(self, values: dict[str, str], depth: int = 0) -> dict[str, str]:
        self.stats.max_depth = max(self.stats.max_depth, depth)
        if all(len(values[s]) == 1 for s in SQUARES):
            return values
        n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
        for d in values[s]:
            self.stats.guesses += 1
            self.stats.by_depth[depth] += 1
            try:
                return self.search(self.assign(dict(values), s, d), depth + 1)
            except Contradiction:
                self.stats.backtracks += 1
        raise Contradiction(f"all candidates for {s} failed")

    def solve(self, grid: str) -> dict[str, str]:
        return self.search(self.parse(grid))


def count_solutions(solver: Solver, values: dict[str, str], limit: int = 2) -> int:
    """Counts solutions up to limit by exploring every branch."""
    if all(len(values[s]) == 1 for s in SQUARES):
        return 1
    _, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    total = 0
    for d in values[s]:
        try:
            total += count_solutions(solver, solver.assign(dict(values), s, d), limit - total)
        except Contradiction:
            continue
        if total >= limit:
            break
    return total


def dig_holes(solution: dict[str, str], order: list[str]) -> str:
    """Removes givens in the given order while the puzzle keeps a unique solution."""
    grid = {s: solution[s] for s in SQUARES}
    removed = []
    for sq in order:
        saved = grid[sq]
        grid[sq] = "."
        solver = Solver()
        try:
            n = count_solutions(solver, solver.parse("".join(grid[s] for s in SQUARES)))
        except Contradiction:
            n = 0
        if n != 1:
            grid[sq] = saved
        else:
            removed.append(sq)
    return "".join(grid[s] for s in SQUARES)


def render(values: dict[str, str]) -> str:
    width = 1 + max(len(values[s]) for s in SQUARES)
    sep = "+".join(["-" * (width * 3)] * 3)
    lines = []
    for r in ROWS:
        cells = "".join(values[r + c].center(width) + ("|" if c in "36" else "") for c in COLS)
        lines.append(cells)
        if r in "CF":
            lines.append(sep)
    return "\n".join(lines)


def is_valid_solution(values: dict[str, str]) -> bool:
    return all(sorted(values[s] for s in unit) == list(DIGITS) for unit in UNIT_LIST)


def candidates_summary(values: dict[str, str]) -> str:
    hist = defaultdict(int)
    for s in SQUARES:
        hist[len(values[s])] += 1
    return " ".join(f"{k}:{hist[k]}" for k in sorted(hist))


def to_line(values: dict[str, str]) -> str:
    return "".join(values[s] if len(values[s]) == 1 else "." for s in SQUARES)


PUZZLES = {
    "easy": "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "hard": "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "inkala": "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
    "minimal17": "000000010400000000020000000000050407008000300001090000300400200050100000000806000",
}

BROKEN = {
    "short": "123",
    "dup_in_row": "11" + "." * 79,
    "unsolvable": "12345678." + "........9" + "." * 63,
}


def main():
    print("units per square:", {len(UNITS[s]) for s in SQUARES}, "peers per square:", {len(PEERS[s]) for s in SQUARES})
    print("peers of C2:", " ".join(PEERS["C2"]))
    print("total units:", len(UNIT_LIST))
    for name, grid in PUZZLES.items():
        solver = Solver()
        initial = solver.parse(grid)
        print(f"=== {name} ===")
        print("givens:", sum(c in DIGITS for c in grid), "| after propagation:", candidates_summary(initial))
        solved = solver.search(initial)
        st = solver.stats
        print(render(solved))
        print(f"valid={is_valid_solution(solved)} guesses={st.guesses} backtracks={st.backtracks} max_depth={st.max_depth}")
        print(f"assignments={st.assignments} eliminations={st.eliminations}")
        if st.by_depth:
            print("guesses by depth:", ", ".join(f"{d}:{c}" for d, c in sorted(st.by_depth.items())))
        line = to_line(solved)
        print("line:", line[:27], line[27:54], line[54:])
        givens_kept = all(g in "0." or g == s for g, s in zip(grid, line))
        print("givens kept:", givens_kept)

    print("=== partial board (after propagation only) ===")
    s = Solver()
    vals = s.parse(PUZZLES["hard"])
    print(render(vals))

    print("=== broken puzzles ===")
    for name, grid in BROKEN.items():
        try:
            Solver().solve(grid)
            print(name, "-> solved?!")
        except ValueError as e:
            print(name, "-> ValueError:", e)
        except Contradiction as e:
            print(name, "-> Contradiction:", e)

    print("=== row/box checks ===")
    solved = Solver().solve(PUZZLES["easy"])
    for r in "AEI":
        row = [int(solved[r + c]) for c in COLS]
        print(r, row, sum(row))
    boxes = [[int(solved[s]) for s in unit] for unit in UNIT_LIST[18:21]]
    for b in boxes:
        print("box", b, "product", eval("*".join(map(str, b))))
    diag = [solved[r + c] for r, c in zip(ROWS, COLS)]
    anti = [solved[r + c] for r, c in zip(ROWS, reversed(COLS))]
    print("diagonal", "".join(diag), "anti", "".join(anti))
    transposed = {r + c: solved[ROWS[COLS.index(c)] + COLS[ROWS.index(r)]] for r in ROWS for c in COLS}
    print("transpose valid:", is_valid_solution(transposed))
    print("=== uniqueness ===")
    for name in ("easy", "hard"):
        sv = Solver()
        print(name, "solutions (up to 2):", count_solutions(sv, sv.parse(PUZZLES[name])))
    sv = Solver()
    open_grid = "." * 81
    print("empty grid solutions (up to 3):", count_solutions(sv, sv.parse(open_grid), 3))
    two = PUZZLES["easy"][:40] + "." * 41
    sv = Solver()
    print("half-erased easy (up to 5):", count_solutions(sv, sv.parse(two), 5))
    order = [SQUARES[(i * 37) % 81] for i in range(81)]
    puzzle = dig_holes(solved, order[:45])
    print("dug puzzle:", puzzle)
    print("dug givens:", sum(c != "." for c in puzzle))
    again = Solver().solve(puzzle)
    print("dug puzzle solves back:", to_line(again) == to_line(solved))
    swapped = dict(solved)
    swapped["A1"], swapped["A2"] = swapped["A2"], swapped["A1"]
    print("swapped cells valid:", is_valid_solution(swapped))


if __name__ == "__main__":
    main()
