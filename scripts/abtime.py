#!/usr/bin/env python3
"""Times commands side by side: runs them alternately (A B A B ...) and
prints the median, min and max wall time of each and the ratio of medians
against the first. Usage: abtime.py -n RUNS -- CMD1 ... --- CMD2 ... [--- CMD3 ...]
"""
import statistics
import subprocess
import sys
import time


def main():
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help"):
        sys.exit(__doc__.strip())
    runs = 5
    if args[:1] == ["-n"]:
        runs = int(args[1])
        args = args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    cmds, cur = [], []
    for a in args:
        if a == "---":
            cmds.append(cur)
            cur = []
        else:
            cur.append(a)
    cmds.append(cur)
    times = [[] for _ in cmds]
    outputs = [None] * len(cmds)
    for _ in range(runs):
        for i, c in enumerate(cmds):
            t0 = time.perf_counter()
            p = subprocess.run(c, capture_output=True)
            times[i].append(time.perf_counter() - t0)
            if p.returncode != 0:
                sys.exit(f"{' '.join(c)} failed: {p.stderr.decode()[-500:]}")
            if outputs[i] is None:
                outputs[i] = p.stdout
    base = statistics.median(times[0])
    for i, c in enumerate(cmds):
        med = statistics.median(times[i])
        same = "" if outputs[i] == outputs[0] else "  OUTPUT DIFFERS"
        print(f"{med*1000:9.1f} ms  (min {min(times[i])*1000:.1f}, max {max(times[i])*1000:.1f})"
              f"  x{med/base:5.2f}  {' '.join(c)}{same}")


if __name__ == "__main__":
    main()
