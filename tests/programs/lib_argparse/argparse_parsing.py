# argparse: parse_args on given lists; positionals, options, types, choices, nargs, actions, defaults, subcommands.
import argparse
import contextlib
import io


def fmt(prog):
    return argparse.HelpFormatter(prog, width=78)


def build():
    p = argparse.ArgumentParser(prog="tool", description="A demo tool.", epilog="See the docs.", formatter_class=fmt)
    p.add_argument("src", help="source file")
    p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument("--no-color", dest="color", action="store_false")
    p.add_argument("-n", "--num", type=int, default=1, metavar="N", help="repeat N times")
    p.add_argument("--ratio", type=float)
    p.add_argument("--mode", choices=["fast", "slow", "auto"], default="auto")
    p.add_argument("-I", "--include", action="append", default=[], help="include dir (repeatable)")
    p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
    p.add_argument("--tags", nargs="*", default=[])
    p.add_argument("--files", nargs="+")
    p.add_argument("--const", action="store_const", const=42)
    p.add_argument("--level", type=lambda s: s.upper(), default="info")
    p.add_argument("--version", action="version", version="%(prog)s 1.0")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--xml", action="store_true")
    return p


def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = parser.parse_args(argv)
            result = ("ok", ns)
        except SystemExit as e:
            result = ("exit", e.code)
    print(f"argv={argv}")
    if result[0] == "ok":
        print("  ", sorted(vars(result[1]).items()))
    else:
        print("   exit code:", result[1])
    for name, buf in (("stdout", out), ("stderr", err)):
        if buf.getvalue():
            print(f"   {name}:")
            for line in buf.getvalue().splitlines():
                print("     |" + line)


p = build()
for argv in (
    ["in.txt"],
    ["in.txt", "res.txt", "-vvv", "--num", "3", "--ratio=0.5", "--mode", "fast"],
    ["-I", "a", "--include=b", "-Ic", "in.txt", "--pair", "k", "v", "--tags", "--const"],
    ["in.txt", "--tags", "x", "y", "--files", "f1", "f2", "--no-color", "-q", "--level", "debug"],
    ["--", "-weird-name"],
    ["in.txt", "--json"],
    ["in.txt", "--json", "--xml"],
    [],
    ["in.txt", "--num", "three"],
    ["in.txt", "--mode", "medium"],
    ["in.txt", "--bogus"],
    ["in.txt", "--pair", "onlyone"],
    ["in.txt", "--files"],
    ["a", "b", "c"],
    ["--version"],
    ["--verb", "x"],
    ["--help"],
):
    run(p, argv)

print("== parse_known_args / intermixed ==")
ns, extra = p.parse_known_args(["in.txt", "--unknown", "7", "-v"])
print(sorted(vars(ns).items())[:3], extra)
q = argparse.ArgumentParser(prog="mix")
q.add_argument("words", nargs="*")
q.add_argument("--flag", action="store_true")
print(q.parse_intermixed_args(["a", "--flag", "b", "c"]))
print(q.parse_args(["a", "b"]), argparse.Namespace(x=1) == argparse.Namespace(x=1), argparse.Namespace(a=1, b="s"))

print("== defaults, dest, required options ==")
r = argparse.ArgumentParser(prog="req", formatter_class=fmt, exit_on_error=True)
r.add_argument("--name", required=True)
r.add_argument("--size", type=int, choices=range(1, 4))
r.set_defaults(handler="default-handler", size=2)
print(r.get_default("size"), r.get_default("handler"))
run(r, ["--name", "x"])
run(r, [])
run(r, ["--name", "x", "--size", "9"])
print(r.format_usage(), end="")

print("== subcommands ==")
top = argparse.ArgumentParser(prog="git2", formatter_class=fmt)
top.add_argument("--debug", action="store_true")
subs = top.add_subparsers(dest="command", required=True, help="sub-command help")
c = subs.add_parser("commit", help="record changes", formatter_class=fmt)
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
c.set_defaults(func=lambda ns: f"committing {ns.message!r}")
pu = subs.add_parser("push", aliases=["p"], help="upload", formatter_class=fmt)
pu.add_argument("remote", nargs="?", default="origin")
pu.add_argument("--force", "-f", action="store_true")
pu.set_defaults(func=lambda ns: f"pushing to {ns.remote}" + (" (forced)" if ns.force else ""))
for argv in (["commit", "-m", "fix bug"], ["--debug", "push", "-f"], ["p", "upstream"], [], ["pull"], ["commit"], ["push", "--help"]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = top.parse_args(argv)
            print(ns.func(ns), ns.command, ns.debug)
        except SystemExit as e:
            print("exit", e.code)
    print(f"{argv}: {out.getvalue().strip()!r}")
    if err.getvalue():
        print("  stderr:", err.getvalue().strip().replace("\n", " / "))
