# argparse: usage errors (exit status 2 and the stderr message) captured through SystemExit and redirect_stderr.
import argparse
import contextlib
import io
import os

os.environ["COLUMNS"] = "80"  # usage lines wrap at the terminal width

def make():
    p = argparse.ArgumentParser(prog="tool")
    p.add_argument("src")
    p.add_argument("--count", type=int, default=1)
    p.add_argument("--mode", choices=["fast", "slow"])
    p.add_argument("--ratio", type=float)
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--pair", nargs=2, metavar=("A", "B"))
    p.add_argument("--req", required=False)
    return p

def run(parser, argv):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            ns = parser.parse_args(argv)
        print(argv, "->", sorted(vars(ns).items()))
    except SystemExit as e:
        print(argv, "-> exit", e.code)
        for line in err.getvalue().splitlines():
            print("   ", line)

p = make()
for argv in ([], ["a"], ["a", "--count", "x"], ["a", "--mode", "medium"], ["a", "--ratio", "1e"], ["a", "b"],
             ["a", "--pair", "1"], ["a", "--pair", "1", "2"], ["a", "--unknown"], ["a", "-vvv"], ["a", "--cou", "3"],
             ["a", "--co", "3"], ["--count"], ["a", "--count=5", "--count", "7"], ["a", "--", "-x"], ["-", "--mode=fast"]):
    run(p, argv)

q = argparse.ArgumentParser(prog="strict", allow_abbrev=False)
q.add_argument("--long-name", required=True)
run(q, ["--long", "x"])
run(q, [])
run(q, ["--long-name", "x"])

e = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
e.add_argument("--n", type=int)
try:
    e.parse_args(["--n", "bad"])
except argparse.ArgumentError as ex:
    print("ArgumentError:", ex, "|", ex.argument_name, "|", ex.message)

def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{v} is not positive")
    return v

t = argparse.ArgumentParser(prog="typed")
t.add_argument("n", type=positive)
run(t, ["5"])
run(t, ["-3"])
run(t, ["0"])

ns, rest = make().parse_known_args(["a", "--zzz", "1", "-q"])
print(ns.src, rest)

try:
    dup = argparse.ArgumentParser()
    dup.add_argument("--x")
    dup.add_argument("--x")
except argparse.ArgumentError as ex:
    print("ArgumentError:", ex)
for bad in (lambda: argparse.ArgumentParser().add_argument("x", required=True),
            lambda: argparse.ArgumentParser().add_argument("--y", nargs=0),
            lambda: argparse.ArgumentParser().add_argument("--z", action="nope")):
    try:
        bad()
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__ + ":", ex)
