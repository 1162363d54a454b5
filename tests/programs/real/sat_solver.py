"""A DPLL SAT solver with unit propagation and pure-literal elimination, applied to encoded puzzles."""
from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple, Optional

Clause = tuple[int, ...]


class DimacsError(ValueError):
    pass


def parse_dimacs(text: str) -> tuple[int, list[Clause]]:
    nvars = nclauses = None
    clauses: list[Clause] = []
    current: list[int] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("c"):
            continue
        if line.startswith("p"):
            parts = line.split()
            if len(parts) != 4 or parts[1] != "cnf":
                raise DimacsError(f"line {lineno}: bad problem line {line!r}")
            nvars, nclauses = int(parts[2]), int(parts[3])
            continue
        if nvars is None:
            raise DimacsError(f"line {lineno}: clause before problem line")
        for tok in line.split():
            try:
                lit = int(tok)
            except ValueError:
                raise DimacsError(f"line {lineno}: bad literal {tok!r}") from None
            if abs(lit) > nvars:
                raise DimacsError(f"line {lineno}: variable {abs(lit)} out of range 1..{nvars}")
            if lit == 0:
                clauses.append(tuple(current))
                current = []
            else:
                current.append(lit)
    if current:
        clauses.append(tuple(current))
    if nvars is None:
        raise DimacsError("missing problem line")
    if len(clauses) != nclauses:
        raise DimacsError(f"expected {nclauses} clauses, found {len(clauses)}")
    return nvars, clauses


@dataclass
class SolverStats:
    decisions: int = 0
    propagations: int = 0
    pure: int = 0
    conflicts: int = 0


class Result(NamedTuple):
    sat: bool
    model: Optional[dict[int, bool]]
    stats: SolverStats


@dataclass
class DPLL:
    clauses: list[Clause]
    stats: SolverStats = field(default_factory=SolverStats)

    @staticmethod
    def simplify(clauses: list[Clause], lit: int) -> Optional[list[Clause]]:
        """Sets lit true: drops satisfied clauses, removes -lit; None on an empty clause."""
        out = []
        for c in clauses:
            if lit in c:
                continue
            if -lit in c:
                reduced = tuple(x for x in c if x != -lit)
                if not reduced:
                    return None
                out.append(reduced)
            else:
                out.append(c)
        return out

    def solve(self) -> Result:
        model = self._dpll(list(self.clauses), {})
        return Result(model is not None, model, self.stats)

    def _dpll(self, clauses: list[Clause], assignment: dict[int, bool]) -> Optional[dict[int, bool]]:
        assignment = dict(assignment)
        if any(not c for c in clauses):
            self.stats.conflicts += 1
            return None
        while True:
            unit = next((c[0] for c in clauses if len(c) == 1), None)
            if unit is None:
                break
            self.stats.propagations += 1
            assignment[abs(unit)] = unit > 0
            clauses = self.simplify(clauses, unit)
            if clauses is None:
                self.stats.conflicts += 1
                return None
        literals = {lit for c in clauses for lit in c}
        for lit in sorted(literals, key=lambda l: (abs(l), l)):
            if -lit not in literals:
                self.stats.pure += 1
                assignment[abs(lit)] = lit > 0
                clauses = self.simplify(clauses, lit)
        if not clauses:
            return assignment
        counts = Counter(abs(l) for c in clauses for l in c)
        var = max(sorted(counts), key=lambda v: counts[v])
        for lit in (var, -var):
            self.stats.decisions += 1
            reduced = self.simplify(clauses, lit)
            if reduced is None:
                self.stats.conflicts += 1
                continue
            result = self._dpll(reduced, {**assignment, var: lit > 0})
            if result is not None:
                return result
        return None


def check_model(clauses: Iterable[Clause], model: dict[int, bool]) -> bool:
    return all(any(model.get(abs(l), False) == (l > 0) for l in c) for c in clauses)


class VarPool:
    """Maps named propositions to DIMACS variable numbers."""

    def __init__(self):
        self.ids: dict[tuple, int] = {}
        self.names: list[tuple] = [()]

    def __call__(self, *key) -> int:
        if key not in self.ids:
            self.ids[key] = len(self.names)
            self.names.append(key)
        return self.ids[key]

    def __len__(self):
        return len(self.names) - 1


def exactly_one(lits: list[int]) -> list[Clause]:
    return [tuple(lits)] + [(-a, -b) for a, b in itertools.combinations(lits, 2)]


def at_most_one(lits: list[int]) -> list[Clause]:
    return [(-a, -b) for a, b in itertools.combinations(lits, 2)]


def queens(n: int):
    v = VarPool()
    cls: list[Clause] = []
    for r in range(n):
        cls += exactly_one([v(r, c) for c in range(n)])
    for c in range(n):
        cls += at_most_one([v(r, c) for r in range(n)])
    for d in range(-n + 1, n):
        cls += at_most_one([v(r, r - d) for r in range(n) if 0 <= r - d < n])
    for s in range(2 * n - 1):
        cls += at_most_one([v(r, s - r) for r in range(n) if 0 <= s - r < n])
    return v, cls


def pigeonhole(holes: int):
    v = VarPool()
    cls: list[Clause] = []
    for p in range(holes + 1):
        cls.append(tuple(v(p, h) for h in range(holes)))
    for h in range(holes):
        cls += at_most_one([v(p, h) for p in range(holes + 1)])
    return v, cls


def coloring(edges: list[tuple[str, str]], colors: list[str]):
    v = VarPool()
    nodes = sorted({n for e in edges for n in e})
    cls: list[Clause] = []
    for n in nodes:
        cls += exactly_one([v(n, c) for c in colors])
    for a, b in edges:
        for c in colors:
            cls.append((-v(a, c), -v(b, c)))
    return v, nodes, cls


DIMACS = """c a small satisfiable instance
c with comments
p cnf 5 6
1 -2 3 0
-1 2 0
2 -3 4 0
-4 5 0
-5 -1 0
3 4
5 0
"""

BAD_DIMACS = [
    "1 2 0\n",
    "p cnf 2 1\n1 3 0\n",
    "p cnf 2 2\n1 2 0\n",
    "p dnf 2 1\n1 0\n",
    "p cnf 2 1\n1 x 0\n",
]


def main():
    print("== DIMACS ==")
    nvars, clauses = parse_dimacs(DIMACS)
    print(f"{nvars} variables, {len(clauses)} clauses: {clauses}")
    res = DPLL(clauses).solve()
    print("sat:", res.sat, "model:", sorted(res.model.items()), "valid:", check_model(clauses, res.model))
    print("stats:", res.stats)
    for text in BAD_DIMACS:
        try:
            parse_dimacs(text)
        except DimacsError as e:
            print("DimacsError:", e)

    print("== trivial cases ==")
    for cls in ([], [()], [(1,), (-1,)], [(1, -1)], [(1, 2), (-1, 2), (1, -2), (-1, -2)]):
        r = DPLL(list(cls)).solve()
        print(f"{cls!s:40} -> sat={r.sat} model={r.model if r.model is None else sorted(r.model.items())}")

    print("== n-queens ==")
    for n in range(1, 8):
        v, cls = queens(n)
        r = DPLL(cls).solve()
        line = f"n={n}: vars={len(v)} clauses={len(cls)} sat={r.sat}"
        if r.sat:
            assert check_model(cls, r.model)
            placed = sorted(v.names[k] for k, val in r.model.items() if val)
            line += " cols=" + "".join(str(c) for _, c in placed)
        print(line, f"decisions={r.stats.decisions} conflicts={r.stats.conflicts}")
        if n == 6 and r.sat:
            for row in range(n):
                print("   " + " ".join("Q" if r.model.get(v(row, c)) else "." for c in range(n)))

    print("== pigeonhole ==")
    for holes in range(1, 5):
        v, cls = pigeonhole(holes)
        r = DPLL(cls).solve()
        print(f"{holes + 1} pigeons in {holes} holes: sat={r.sat} decisions={r.stats.decisions} conflicts={r.stats.conflicts}")

    print("== graph coloring ==")
    wheel = [("hub", f"r{i}") for i in range(5)] + [(f"r{i}", f"r{(i + 1) % 5}") for i in range(5)]
    square = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a")]
    for name, edges in (("square", square), ("wheel5", wheel)):
        for k in (2, 3, 4):
            colors = ["red", "green", "blue", "yellow"][:k]
            v, nodes, cls = coloring(edges, colors)
            r = DPLL(cls).solve()
            if r.sat:
                assign = {n: c for n in nodes for c in colors if r.model.get(v(n, c))}
                ok = all(assign[a] != assign[b] for a, b in edges)
                shown = ", ".join(f"{n}={assign[n]}" for n in nodes)
                print(f"{name} with {k} colors: {shown} proper={ok}")
            else:
                print(f"{name} with {k} colors: impossible")

    print("== random 3-SAT (fixed LCG) ==")
    state = 12345

    def rand(n: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) % 2**31
        return (state >> 16) % n

    for nclauses in (10, 25, 50, 80, 120):
        cls = []
        for _ in range(nclauses):
            vs = []
            while len(vs) < 3:
                x = rand(8) + 1
                if x not in vs:
                    vs.append(x)
            cls.append(tuple(x if rand(2) else -x for x in vs))
        r = DPLL(cls).solve()
        brute = any(
            check_model(cls, dict(zip(range(1, 9), bits)))
            for bits in itertools.product((False, True), repeat=8)
        )
        print(f"8 vars, {nclauses} clauses: dpll={r.sat} brute={brute} agree={r.sat == brute}"
              + (f" valid={check_model(cls, r.model)}" if r.sat else ""))


if __name__ == "__main__":
    main()
