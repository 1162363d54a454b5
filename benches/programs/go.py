"""Board-game search: Monte Carlo tree search (UCT) for the game of Go on a 9x9 board.

A board object with flood-fill group and liberty counting, captures, the
ko rule and eye detection plays random games; a UCT tree of node objects
chooses where to explore (after the `go` benchmark of the Python suites).
"""
import sys
import time
import math

SMALL_SIZE = 4      # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 150  # the size `benches run` times: playouts from the root

N = 9
W = N + 2
EMPTY, BLACK, WHITE, BORDER = 0, 1, 2, 3
KOMI = 7.5
NEIGHBOURS = (-1, 1, -W, W)
POINTS = [(y + 1) * W + x + 1 for y in range(N) for x in range(N)]


class Random(object):
    """A linear congruential generator (the constants of Numerical Recipes)."""

    def __init__(self, seed):
        self.state = seed

    def randint(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 8) % n


class Board(object):
    def __init__(self):
        self.cells = [BORDER] * (W * W)
        for p in POINTS:
            self.cells[p] = EMPTY
        self.to_play = BLACK
        self.ko = None
        self.passes = 0
        self.marks = [0] * (W * W)
        self.generation = 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.to_play = self.to_play
        b.ko = self.ko
        b.passes = self.passes
        b.marks = [0] * (W * W)
        b.generation = 0
        return b

    def group(self, pos):
        """The stones of the group at pos and its number of liberties."""
        self.generation += 1
        gen = self.generation
        marks = self.marks
        cells = self.cells
        colour = cells[pos]
        stones = [pos]
        marks[pos] = gen
        liberties = 0
        i = 0
        while i < len(stones):
            p = stones[i]
            i += 1
            for d in NEIGHBOURS:
                q = p + d
                if marks[q] == gen:
                    continue
                c = cells[q]
                if c == colour:
                    marks[q] = gen
                    stones.append(q)
                elif c == EMPTY:
                    marks[q] = gen
                    liberties += 1
        return stones, liberties

    def is_own_eye(self, pos, colour):
        for d in NEIGHBOURS:
            c = self.cells[pos + d]
            if c != colour and c != BORDER:
                return False
        return True

    def is_legal(self, pos, colour):
        if self.cells[pos] != EMPTY or pos == self.ko:
            return False
        other = 3 - colour
        for d in NEIGHBOURS:
            q = pos + d
            c = self.cells[q]
            if c == EMPTY:
                return True
            if c == colour:
                if self.group(q)[1] > 1:
                    return True
            elif c == other:
                if self.group(q)[1] == 1:
                    return True
        return False

    def play(self, pos):
        colour = self.to_play
        other = 3 - colour
        cells = self.cells
        cells[pos] = colour
        captured = []
        for d in NEIGHBOURS:
            q = pos + d
            if cells[q] == other:
                stones, liberties = self.group(q)
                if liberties == 0:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        self.ko = None
        if len(captured) == 1:
            stones, liberties = self.group(pos)
            if len(stones) == 1 and liberties == 1:
                self.ko = captured[0]
        self.to_play = other
        self.passes = 0
        return len(captured)

    def pass_move(self):
        self.to_play = 3 - self.to_play
        self.ko = None
        self.passes += 1

    def candidate_moves(self):
        colour = self.to_play
        return [p for p in POINTS
                if self.cells[p] == EMPTY and not self.is_own_eye(p, colour) and self.is_legal(p, colour)]

    def random_playout(self, rng):
        limit = 3 * N * N
        moves = 0
        while self.passes < 2 and moves < limit:
            colour = self.to_play
            empties = [p for p in POINTS if self.cells[p] == EMPTY]
            played = False
            if empties:
                start = rng.randint(len(empties))
                for k in range(len(empties)):
                    p = empties[(start + k) % len(empties)]
                    if not self.is_own_eye(p, colour) and self.is_legal(p, colour):
                        self.play(p)
                        played = True
                        break
            if not played:
                self.pass_move()
            moves += 1
        return moves

    def score(self):
        """Area score: Black's points minus White's, with komi."""
        black = white = 0
        for p in POINTS:
            c = self.cells[p]
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            else:
                seen = 0
                for d in NEIGHBOURS:
                    q = self.cells[p + d]
                    if q == BLACK or q == WHITE:
                        seen |= q
                if seen == BLACK:
                    black += 1
                elif seen == WHITE:
                    white += 1
        return black - white - KOMI


class Node(object):
    def __init__(self, move, parent, mover):
        self.move = move
        self.parent = parent
        self.mover = mover
        self.wins = 0
        self.visits = 0
        self.children = []
        self.untried = None

    def select(self):
        log_visits = math.log(self.visits)
        best = None
        best_score = -1.0
        for child in self.children:
            score = child.wins / child.visits + math.sqrt(2.0 * log_visits / child.visits)
            if score > best_score:
                best = child
                best_score = score
        return best

    def update(self, winner):
        node = self
        while node is not None:
            node.visits += 1
            if node.mover == winner:
                node.wins += 1
            node = node.parent


def describe(pos):
    y, x = divmod(pos, W)
    return "ABCDEFGHJ"[x - 1] + str(y)


def bench(n):
    rng = Random(42)
    start = Board()
    for pos in (3 * W + 3, 7 * W + 7, 3 * W + 7, 7 * W + 3, 5 * W + 5):
        start.play(pos)
    root = Node(None, None, WHITE)
    total_moves = 0
    for _ in range(n):
        board = start.copy()
        node = root
        while node.untried == [] and node.children:
            node = node.select()
            board.play(node.move)
        if node.untried is None:
            node.untried = board.candidate_moves()
        if node.untried:
            mover = board.to_play
            move = node.untried.pop(rng.randint(len(node.untried)))
            board.play(move)
            child = Node(move, node, mover)
            node.children.append(child)
            node = child
        total_moves += board.random_playout(rng)
        winner = BLACK if board.score() > 0 else WHITE
        node.update(winner)
    best = max(root.children, key=lambda c: (c.visits, c.wins))
    return "go playouts=%d moves=%d best=%s visits=%d wins=%d children=%d" % (
        n, total_moves, describe(best.move), best.visits, best.wins, len(root.children))


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
