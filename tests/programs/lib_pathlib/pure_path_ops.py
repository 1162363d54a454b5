# pathlib pure paths in depth: with_name/stem/suffix errors, joinpath/truediv with absolute parts, parents slicing, match, is_relative_to, as_uri, Windows drives.
from pathlib import PurePath, PurePosixPath as P, PureWindowsPath as W

p = P("/usr/local/lib/python3.11/site-packages/pkg.tar.gz")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.anchor, p.root, repr(p.drive))
print(p.with_name("x.py"), p.with_stem("other"), p.with_suffix(".zip"), p.with_suffix(""), P("a/b.c").with_suffix(".d.e"))
for bad in (lambda: p.with_name(""), lambda: p.with_name("a/b"), lambda: p.with_suffix("zip"), lambda: p.with_suffix("."),
            lambda: P("/").with_name("x"), lambda: P("").with_suffix(".x"), lambda: P("a").relative_to("b"),
            lambda: P("/a").relative_to("a"), lambda: P("a") / 5, lambda: W("c:/").with_stem("x")):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(list(p.parents)[:3], p.parents[0], p.parents[-1], len(p.parents), p.parents[1:3] if hasattr(p.parents, "__getitem__") else None)
try:
    p.parents[99]
except IndexError as e:
    print("IndexError:", e)
print(P("a") / "b" / "/abs" / "c", P("a").joinpath("b", "c/d", "../e"), "x" / P("y"), P("a//b/./c/"), P("//two/slashes"), P("///three"))
print(P("/a/b/c").relative_to("/a"), P("/a/b").is_relative_to("/a"), P("/a/b").is_relative_to("/c"), P("a/b").is_absolute(), P("/a").is_absolute())
for pat in ("*.py", "b/*.py", "/a/*/*.py", "**/*.py", "a/b/c.py", "*.PY", "c.*"):
    print(pat, P("/a/b/c.py").match(pat), P("a/b/c.py").match(pat))
print(P("/a b/ç").as_uri(), W("c:/x y/z").as_uri(), W("//server/share/f").as_uri())
try:
    P("rel").as_uri()
except ValueError as e:
    print("ValueError:", e)
w = W("C:\\Users\\Me/Docs\\file.TXT")
print(w, w.drive, w.root, w.anchor, w.parts, w.name, w.suffix, w.parent, w.as_posix(), repr(w))
print(W("c:/a") == W("C:/A"), P("/a") == P("/A"), W("c:foo").drive, W("c:foo").root, W("c:foo").is_absolute(), W("//srv/sh/x").drive)
print(W("c:/a") / "d:/b", W("c:/a") / "/b", W("c:/a") / "c:b", W("a") / "b", W("nul").is_reserved(), W("a/con.txt").is_reserved(), P("nul").is_reserved())
print(sorted([P("b"), P("a/c"), P("a"), P("A")]), P("a") < P("b"), hash(W("A")) == hash(W("a")))
try:
    P("a") < W("a")
except TypeError as e:
    print("TypeError:", e)
print(P("a") == W("a"), PurePath("x/y").__class__.__name__, str(P()), repr(P("")), P(".").name == "", bytes(P("/x")), P("/x").__fspath__())
print(P("/etc", "passwd"), P(P("a"), "b"), P("a", "/b", "c"), W("a", "c:b", "d"))
