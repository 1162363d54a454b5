"""Graph algorithms: Dijkstra (heapq), BFS, topological sorts, union-find/Kruskal, SCCs, Floyd-Warshall."""
from __future__ import annotations

import heapq
import math
from collections import defaultdict, deque
from dataclasses import dataclass, field
from graphlib import CycleError, TopologicalSorter
from typing import Hashable, Iterable, Iterator


@dataclass
class Graph:
    directed: bool = False
    adj: dict = field(default_factory=lambda: defaultdict(dict))

    @classmethod
    def from_edges(cls, edges: Iterable[tuple], directed: bool = False) -> Graph:
        g = cls(directed)
        for e in edges:
            u, v, w = e if len(e) == 3 else (*e, 1)
            g.add_edge(u, v, w)
        return g

    def add_edge(self, u: Hashable, v: Hashable, w: float = 1) -> None:
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj.setdefault(v, {})

    @property
    def nodes(self) -> list:
        return sorted(self.adj)

    def edges(self) -> Iterator[tuple]:
        for u in self.nodes:
            for v, w in sorted(self.adj[u].items()):
                if self.directed or u <= v:
                    yield u, v, w

    def __len__(self) -> int:
        return len(self.adj)


def dijkstra(g: Graph, source) -> tuple[dict, dict]:
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    done = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in g.adj[u].items():
            if w < 0:
                raise ValueError(f"negative edge {u}->{v} ({w})")
            nd = d + w
            if nd < dist.get(v, math.inf):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev


def path_to(prev: dict, target) -> list:
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


def bfs_layers(g: Graph, start) -> list[list]:
    seen = {start}
    layer = [start]
    layers = []
    while layer:
        layers.append(sorted(layer))
        nxt = []
        for u in layer:
            for v in sorted(g.adj[u]):
                if v not in seen:
                    seen.add(v)
                    nxt.append(v)
        layer = nxt
    return layers


def kahn(g: Graph) -> list:
    indeg = {u: 0 for u in g.adj}
    for u in g.adj:
        for v in g.adj[u]:
            indeg[v] += 1
    ready = [u for u in sorted(indeg) if indeg[u] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        u = heapq.heappop(ready)
        order.append(u)
        for v in g.adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                heapq.heappush(ready, v)
    if len(order) != len(indeg):
        stuck = sorted(u for u, d in indeg.items() if d > 0)
        raise ValueError(f"graph has a cycle through {stuck}")
    return order


def dfs_toposort(g: Graph) -> list:
    WHITE, GREY, BLACK = 0, 1, 2
    color = dict.fromkeys(g.adj, WHITE)
    out = []

    def visit(u, trail):
        color[u] = GREY
        for v in sorted(g.adj[u]):
            if color[v] == GREY:
                cycle = trail[trail.index(v):] + [v]
                raise ValueError("cycle: " + " -> ".join(map(str, cycle)))
            if color[v] == WHITE:
                visit(v, trail + [v])
        color[u] = BLACK
        out.append(u)

    for u in sorted(g.adj):
        if color[u] == WHITE:
            visit(u, [u])
    return out[::-1]


class UnionFind:
    def __init__(self, items: Iterable = ()):
        self.parent = {}
        self.rank = {}
        self.count = 0
        for x in items:
            self.add(x)

    def add(self, x) -> None:
        if x not in self.parent:
            self.parent[x] = x
            self.rank[x] = 0
            self.count += 1

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True

    def groups(self) -> list[list]:
        by_root = defaultdict(list)
        for x in self.parent:
            by_root[self.find(x)].append(x)
        return sorted(sorted(g) for g in by_root.values())


def kruskal(g: Graph) -> tuple[float, list]:
    uf = UnionFind(g.nodes)
    tree = []
    for u, v, w in sorted(g.edges(), key=lambda e: (e[2], e[0], e[1])):
        if uf.union(u, v):
            tree.append((u, v, w))
    return sum(w for _, _, w in tree), tree


def tarjan_scc(g: Graph) -> list[list]:
    index = {}
    low = {}
    stack = []
    on_stack = set()
    result = []
    counter = [0]

    def strongconnect(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(g.adj[v]):
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            result.append(sorted(comp))

    for v in g.nodes:
        if v not in index:
            strongconnect(v)
    return sorted(result)


def floyd_warshall(g: Graph) -> dict:
    nodes = g.nodes
    d = {u: {v: (0 if u == v else g.adj[u].get(v, math.inf)) for v in nodes} for u in nodes}
    for k in nodes:
        for i in nodes:
            dik = d[i][k]
            if dik == math.inf:
                continue
            for j in nodes:
                if dik + d[k][j] < d[i][j]:
                    d[i][j] = dik + d[k][j]
    return d


def bipartite(g: Graph) -> tuple[bool, dict]:
    side = {}
    for s in g.nodes:
        if s in side:
            continue
        side[s] = 0
        q = deque([s])
        while q:
            u = q.popleft()
            for v in g.adj[u]:
                if v not in side:
                    side[v] = 1 - side[u]
                    q.append(v)
                elif side[v] == side[u]:
                    return False, {}
    return True, side


ROADS = [
    ("Amsterdam", "Utrecht", 45), ("Amsterdam", "Haarlem", 20), ("Haarlem", "Leiden", 32),
    ("Leiden", "Den Haag", 19), ("Den Haag", "Rotterdam", 27), ("Utrecht", "Rotterdam", 61),
    ("Utrecht", "Arnhem", 64), ("Rotterdam", "Breda", 52), ("Breda", "Eindhoven", 60),
    ("Utrecht", "Den Bosch", 55), ("Den Bosch", "Eindhoven", 35), ("Arnhem", "Nijmegen", 19),
    ("Nijmegen", "Den Bosch", 47), ("Amsterdam", "Leiden", 44), ("Groningen", "Zwolle", 104),
]

BUILD = {
    "app": ["libweb", "libdb", "config"], "libweb": ["libhttp", "libjson"], "libdb": ["libsql", "config"],
    "libhttp": ["libsocket"], "libjson": [], "libsql": ["libsocket"], "libsocket": [], "config": [], "tests": ["app"],
}


def main():
    roads = Graph.from_edges(ROADS)
    print(f"{len(roads)} cities, {sum(1 for _ in roads.edges())} roads")
    print("== dijkstra from Amsterdam ==")
    dist, prev = dijkstra(roads, "Amsterdam")
    for city in sorted(dist, key=lambda c: (dist[c], c)):
        print(f"  {city:<10} {dist[city]:>4} km  via {' > '.join(path_to(prev, city))}")
    unreachable = sorted(set(roads.nodes) - set(dist))
    print("  unreachable:", unreachable)
    try:
        dijkstra(Graph.from_edges([("a", "b", 1), ("b", "c", -3)], directed=True), "a")
    except ValueError as e:
        print("  ValueError:", e)

    print("== BFS layers from Utrecht ==")
    for i, layer in enumerate(bfs_layers(roads, "Utrecht")):
        print(f"  {i}: {', '.join(layer)}")

    print("== minimum spanning forest (Kruskal) ==")
    total, tree = kruskal(roads)
    for u, v, w in tree:
        print(f"  {u}-{v} {w}")
    print("  total", total, "edges", len(tree))
    uf = UnionFind(roads.nodes)
    for u, v, _ in roads.edges():
        uf.union(u, v)
    print("  components:", uf.count, uf.groups())

    print("== build order ==")
    deps = Graph(directed=True)
    for target, needs in BUILD.items():
        deps.adj.setdefault(target, {})
        for n in needs:
            deps.add_edge(n, target)
    print("  kahn:", kahn(deps))
    print("  dfs: ", dfs_toposort(deps))
    ts = TopologicalSorter(BUILD)
    print("  graphlib:", list(ts.static_order()))
    ts = TopologicalSorter(BUILD)
    ts.prepare()
    rounds = []
    while ts.is_active():
        batch = sorted(ts.get_ready())
        rounds.append(batch)
        ts.done(*batch)
    print("  parallel rounds:", rounds)
    cyclic = dict(BUILD, libsocket=["app"])
    try:
        list(TopologicalSorter(cyclic).static_order())
    except CycleError as e:
        print("  CycleError:", e.args[0], "length", len(e.args[1]))
    g2 = Graph(directed=True)
    for t, needs in cyclic.items():
        g2.adj.setdefault(t, {})
        for n in needs:
            g2.add_edge(n, t)
    for fn in (kahn, dfs_toposort):
        try:
            fn(g2)
        except ValueError as e:
            print(f"  {fn.__name__}: {e}")

    print("== strongly connected components ==")
    web = Graph.from_edges([(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6), (6, 4), (7, 6), (7, 8), (8, 7)], directed=True)
    print("  ", tarjan_scc(web))
    print("  ", tarjan_scc(deps)[:3], "...")

    print("== all-pairs shortest paths ==")
    small = Graph.from_edges([("A", "B", 3), ("B", "C", 1), ("A", "C", 7), ("C", "D", 2), ("D", "A", 1)], directed=True)
    d = floyd_warshall(small)
    print("     " + "".join(f"{v:>5}" for v in small.nodes))
    for u in small.nodes:
        print(f"  {u}  " + "".join(f"{d[u][v]:>5}" for v in small.nodes))
    dist_a, _ = dijkstra(small, "A")
    print("  dijkstra agrees:", all(dist_a[v] == d["A"][v] for v in small.nodes))

    print("== bipartite ==")
    for name, edges in [("square", [(1, 2), (2, 3), (3, 4), (4, 1)]), ("triangle", [(1, 2), (2, 3), (3, 1)]),
                        ("tree", [(1, 2), (1, 3), (3, 4), (3, 5)])]:
        ok, side = bipartite(Graph.from_edges(edges))
        parts = [sorted(n for n, s in side.items() if s == k) for k in (0, 1)] if ok else None
        print(f"  {name}: {ok} {parts}")

    print("== grid maze (A* with heapq) ==")
    maze = ["S..#......", ".#.#.####.", ".#...#....", ".####.#.#.", "......#.#G"]
    start = next((r, c) for r, row in enumerate(maze) for c, ch in enumerate(row) if ch == "S")
    goal = next((r, c) for r, row in enumerate(maze) for c, ch in enumerate(row) if ch == "G")
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    frontier = [(h(start), 0, start)]
    came = {start: None}
    cost = {start: 0}
    expanded = 0
    while frontier:
        _, g, cur = heapq.heappop(frontier)
        expanded += 1
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(maze) and 0 <= nc < len(maze[0]) and maze[nr][nc] != "#":
                if g + 1 < cost.get((nr, nc), math.inf):
                    cost[(nr, nc)] = g + 1
                    came[(nr, nc)] = cur
                    heapq.heappush(frontier, (g + 1 + h((nr, nc)), g + 1, (nr, nc)))
    path = []
    p = goal
    while p:
        path.append(p)
        p = came[p]
    grid = [list(row) for row in maze]
    for r, c in path[1:-1]:
        grid[r][c] = "*"
    print("\n".join("  " + "".join(row) for row in grid))
    print(f"  length {cost[goal]}, expanded {expanded}")
    print("  heap utilities:", heapq.nsmallest(3, ROADS, key=lambda e: e[2]), heapq.nlargest(2, [w for *_, w in ROADS]))


if __name__ == "__main__":
    main()
