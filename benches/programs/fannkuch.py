"""Integer and list work: fannkuch-redux, pancake flips over every permutation.

Permutations are generated in place with list insert/pop; each is flipped
with slice reversal (after the Computer Language Benchmarks Game program).
"""
import sys
import time

SMALL_SIZE = 5    # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 9  # the size `benches run` times: permutations of SIZE elements


def fannkuch(n):
    count = list(range(1, n + 1))
    max_flips = 0
    checksum = 0
    perm_index = 0
    m = n - 1
    r = n
    perm1 = list(range(n))
    perm1_ins = perm1.insert
    perm1_pop = perm1.pop
    while 1:
        while r != 1:
            count[r - 1] = r
            r -= 1
        flips_count = 0
        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips_count += 1
                k = perm[0]
            if flips_count > max_flips:
                max_flips = flips_count
        checksum += flips_count if perm_index % 2 == 0 else -flips_count
        perm_index += 1
        while r != n:
            perm1_ins(r, perm1_pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return checksum, max_flips


def bench(n):
    checksum, flips = fannkuch(n)
    return "%d\nPfannkuchen(%d) = %d" % (checksum, n, flips)


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
