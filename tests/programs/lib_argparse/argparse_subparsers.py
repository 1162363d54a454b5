# argparse: subparsers (dest, required, aliases, set_defaults with functions), mutually exclusive groups, parents, nargs forms.
import argparse
import contextlib
import io
import os

os.environ["COLUMNS"] = "80"  # usage lines wrap at the terminal width

def run(parser, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            ns = parser.parse_args(argv)
        d = {k: (v.__name__ if callable(v) else v) for k, v in vars(ns).items()}
        print(argv, "->", sorted(d.items()))
        return ns
    except SystemExit as e:
        print(argv, "-> exit", e.code, "|", err.getvalue().splitlines()[-1])

def do_add(ns):
    return ns.x + ns.y

def do_list(ns):
    return "listing " + ",".join(ns.items)

root = argparse.ArgumentParser(prog="app")
root.add_argument("--debug", action="store_true")
sub = root.add_subparsers(dest="cmd", required=True, title="commands")
add = sub.add_parser("add", aliases=["plus"], help="add numbers")
add.add_argument("x", type=int)
add.add_argument("y", type=int)
add.set_defaults(func=do_add)
ls = sub.add_parser("list")
ls.add_argument("items", nargs="*")
ls.add_argument("--sort", action="store_true")
ls.set_defaults(func=do_list)

for argv in (["add", "1", "2"], ["plus", "3", "4"], ["--debug", "list", "a", "b"], ["list"], [], ["remove"],
             ["add", "1"], ["list", "--sort", "z"], ["add", "1", "2", "3"]):
    ns = run(root, argv)
    if ns is not None:
        print("   result:", ns.func(ns))

g = argparse.ArgumentParser(prog="grp")
mx = g.add_mutually_exclusive_group()
mx.add_argument("--json", action="store_true")
mx.add_argument("--yaml", action="store_true")
mx2 = g.add_mutually_exclusive_group(required=True)
mx2.add_argument("--in", dest="inp")
mx2.add_argument("--stdin", action="store_true")
for argv in (["--in", "f"], ["--json", "--stdin"], ["--json", "--yaml", "--stdin"], [], ["--in", "a", "--stdin"]):
    run(g, argv)

n = argparse.ArgumentParser(prog="nargs")
n.add_argument("first", nargs="?", default="dflt", const="c")
n.add_argument("--opt", nargs="?", const="CONST", default="DEF")
n.add_argument("--plus", nargs="+", type=int)
n.add_argument("--star", nargs="*")
n.add_argument("--app", action="append")
n.add_argument("--appc", action="append_const", const=1)
n.add_argument("--ext", action="extend", nargs="+")
n.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
n.add_argument("--k", action="store_const", const=42)
for argv in ([], ["x"], ["--opt"], ["--opt", "v", "pos"], ["--plus", "1", "2"], ["--plus"], ["--star"],
             ["--app", "a", "--app", "b"], ["--appc", "--appc"], ["--ext", "a", "b", "--ext", "c"], ["--no-flag"],
             ["--flag", "--k"], ["--plus", "x"]):
    run(n, argv)

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("--own", type=int, default=0)
run(child, ["--shared", "z", "--own", "3"])

pre = argparse.ArgumentParser(prog="pre", prefix_chars="+", fromfile_prefix_chars=None)
pre.add_argument("+x", "++extra")
run(pre, ["+x", "1"])
run(pre, ["++extra", "2"])

inter = argparse.ArgumentParser(prog="inter")
inter.add_argument("--a")
inter.add_argument("rest", nargs="*")
print(sorted(vars(inter.parse_intermixed_args(["p1", "--a", "v", "p2"])).items()))
ns = argparse.Namespace(a=1, b=2)
print(ns, ns == argparse.Namespace(b=2, a=1), "a" in ns, "c" in ns)
