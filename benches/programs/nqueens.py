"""Integer and list work: the n-queens problem, by permutations and by backtracking.

A pure-Python permutation generator (as itertools documents it) feeds a
generator expression filter over sets; a second solver backtracks with
lists of flags (after the `nqueens` benchmark of the Python suites).
"""
import sys
import time

SMALL_SIZE = 5    # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 8  # the size `benches run` times: the board is SIZE x SIZE


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def n_queens(queen_count):
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def backtrack(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placed = [0] * n
    count = 0
    weighted = 0

    def place(row):
        nonlocal count, weighted
        if row == n:
            count += 1
            weighted += sum(c * (i + 1) for i, c in enumerate(placed))
            return
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
                cols[c] = diag1[row + c] = diag2[row - c + n] = True
                placed[row] = c
                place(row + 1)
                cols[c] = diag1[row + c] = diag2[row - c + n] = False

    place(0)
    return count, weighted


def bench(n):
    solutions = list(n_queens(n))
    first = solutions[0] if solutions else None
    last = solutions[-1] if solutions else None
    count, weighted = backtrack(n + 3)
    return "queens(%d): %d solutions, first %s, last %s; queens(%d): %d solutions, weight %d" % (
        n, len(solutions), first, last, n + 3, count, weighted)


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for i in range(iterations):
        t0 = time.perf_counter()
        result = bench(size)
        t1 = time.perf_counter()
        if len(sys.argv) > 2:
            sys.stderr.write("bench-iteration: %d %.9f\n" % (i + 1, t1 - t0))
    print(result)


if __name__ == "__main__":
    main()
