# argparse: generated help and usage text (fixed width), argument groups, metavars, formatter classes, errors.
import argparse
import contextlib
import sys
import textwrap

width = lambda cls: (lambda prog: cls(prog, width=70))

p = argparse.ArgumentParser(prog="convert", description="Convert files between formats. " * 3,
                            epilog="Examples:\n  convert a.md b.html", formatter_class=width(argparse.RawDescriptionHelpFormatter))
p.add_argument("inputs", nargs="+", metavar="INPUT", help="input files to convert, processed in order")
p.add_argument("-o", "--output", metavar="PATH", help="write result to PATH")
p.add_argument("-f", "--format", choices=["html", "pdf", "txt"], default="html", help="output format (default: %(default)s)")
p.add_argument("--dpi", type=int, default=300, help=argparse.SUPPRESS)
p.add_argument("-j", "--jobs", type=int, default=1, help="parallel jobs")
grp = p.add_argument_group("network", "Options for fetching remote inputs.")
grp.add_argument("--timeout", type=float, default=10.0, help="seconds before giving up")
grp.add_argument("--retries", type=int, default=3)
ex = p.add_mutually_exclusive_group(required=False)
ex.add_argument("--fast", action="store_true", help="favour speed")
ex.add_argument("--small", action="store_true", help="favour size")
print(p.format_usage())
print(p.format_help())

d = argparse.ArgumentParser(prog="defaults", formatter_class=width(argparse.ArgumentDefaultsHelpFormatter))
d.add_argument("--alpha", type=float, default=0.5, help="learning rate")
d.add_argument("--name", default="model", help="model name")
d.add_argument("--flag", action="store_true", help="a flag")
d.add_argument("--nohelp", default=3)
print(d.format_help())

m = argparse.ArgumentParser(prog="meta", formatter_class=width(argparse.MetavarTypeHelpFormatter), add_help=False)
m.add_argument("count", type=int)
m.add_argument("--scale", type=float)
print(m.format_help())

raw = argparse.ArgumentParser(prog="raw", formatter_class=width(argparse.RawTextHelpFormatter))
raw.add_argument("--table", help=textwrap.dedent("""\
    keep this
      layout exactly
    as written"""))
print(raw.format_help())

prefix = argparse.ArgumentParser(prog="win", prefix_chars="/+", formatter_class=width(argparse.HelpFormatter), add_help=False)
prefix.add_argument("/v", action="store_true")
prefix.add_argument("+x", type=int, default=0)
print(prefix.parse_args(["/v", "+x", "3"]), prefix.format_usage().strip())

fromfile = argparse.ArgumentParser(prog="ff", fromfile_prefix_chars="@", allow_abbrev=False)
fromfile.add_argument("--long-option", type=int)
try:
    with contextlib.redirect_stderr(sys.stdout):
        fromfile.parse_args(["--long", "1"])
except SystemExit as e:
    print("exit", e.code)


class CollectError(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)


e = CollectError(prog="err")
e.add_argument("n", type=int)
e.add_argument("--pick", choices="abc")
for argv in ([], ["x"], ["1", "--pick", "z"], ["1", "2"], ["1", "--pick"]):
    try:
        print(e.parse_args(argv))
    except ValueError as exc:
        print(f"{argv} -> {exc}")

for bad in (lambda: p.add_argument("--output"), lambda: p.add_argument("-x", nargs=0), lambda: p.add_argument("pos", required=True),
            lambda: p.add_argument("--bad", action="nope"), lambda: argparse.ArgumentParser().add_argument("--t", type="int")):
    try:
        bad()
    except (argparse.ArgumentError, ValueError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)
print(argparse.ArgumentTypeError.__mro__[1].__name__, argparse.FileType("r"), repr(argparse.Namespace(a=[1])))
