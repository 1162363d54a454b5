"""Dict and string work: word counts, joins, splits, formatting."""
import sys

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


n = int(sys.argv[1]) if len(sys.argv) > 1 else 600_000
print(run(n))
