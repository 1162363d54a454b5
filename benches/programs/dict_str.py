"""Dict and string work: word counts, joins, splits, formatting."""
import sys
import time

SMALL_SIZE = 3000       # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 1500000  # the size `benches run` times

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def run(n):
    counts = {}
    pairs = {}
    total = 0
    for i in range(n):
        w = WORDS[(i * 7) % len(WORDS)]
        key = w + "-" + str(i % 100)
        counts[key] = counts.get(key, 0) + 1
        if w in pairs:
            pairs[w] += len(key)
        else:
            pairs[w] = len(key)
        if i % 1000 == 0:
            line = " ".join(WORDS[j % len(WORDS)] for j in range(i % 17, i % 17 + 20))
            total += len(line.split()) + line.count("a")
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return total, len(counts), top, sorted(pairs.items())[:2]


def bench(n):
    return run(n)


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
