# pathlib pure paths: PurePosixPath/PureWindowsPath parts, joining, suffixes, relative_to, matching, comparison.
from pathlib import PurePath, PurePosixPath, PureWindowsPath

P = PurePosixPath
p = P("/usr/local/lib/python3.11/site-packages/pkg/module.tar.gz")
print(p, repr(p), p.parts[:3], p.drive, p.root, p.anchor)
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parent.parent.name, list(p.parents)[:3], len(p.parents))
print(p.with_name("other.py"), p.with_suffix(".zip"), p.with_stem("archive") if hasattr(p, "with_stem") else None, p.with_suffix(""))
print(P("a") / "b" / "c.txt", P("/a") / "/b", P("a").joinpath("b", "c"), "x" / P("y"), P("a", "b/c", "d"))
print(P("a/b/../c"), P("a//b/./c/"), P("./a"), P("."), P(""), P("/"), P("//two/slashes"), P("///three"))
print(P("/a/b").is_absolute(), P("a/b").is_absolute(), P("/a/b/c").relative_to("/a"), P("/a/b").is_relative_to("/a"), P("/a/b").is_relative_to("/c"))
print(P("a/b.py").match("*.py"), P("/a/b/c.py").match("b/*.py"), P("/a/b/c.py").match("/*.py"), P("a/b.PY").match("*.py"))
print(P("a") == P("a/"), P("a") == P("A"), P("a") < P("b"), sorted([P("b/a"), P("a/b"), P("a")]), hash(P("x/y")) == hash(P("x//y")))
print(P("/etc/passwd").as_posix(), P("/tmp/x y").as_uri(), str(P("rel/path")), bytes(P("bytes/path")), P("x").__fspath__())
print(P("archive.tar.gz").suffixes, P(".bashrc").suffix, P(".bashrc").stem, P("noext").suffix, P("trailing.").suffix, P("a.b.c").stem)
print(P("/").parent, P(".").parent, P("a").parent, P("/").name, P("/a").parts, P("a/b").parts)
print(type(P("a") / "b").__name__, isinstance(P("a"), PurePath), P("a").joinpath() == P("a"))

w = PureWindowsPath(r"C:\Users\Ann\Documents\report.final.docx")
print(w, repr(w), w.drive, w.root, w.anchor, w.parts, w.name, w.suffix, w.stem)
print(w.parent, w.as_posix(), w.with_suffix(".pdf"), w.is_absolute(), PureWindowsPath("C:foo").is_absolute())
print(PureWindowsPath("c:/A/b") == PureWindowsPath("C:\\a\\B"), PureWindowsPath(r"\\server\share\dir\f.txt").anchor)
print(PureWindowsPath("a/b") / "C:/x", PureWindowsPath("C:/a").relative_to("c:/"), PureWindowsPath("con").is_reserved())

for bad in (lambda: P("/a/b").relative_to("/c"), lambda: P("a").with_suffix("bad"), lambda: P("/").with_name("x"),
            lambda: P("a").with_name(""), lambda: P("rel").as_uri(), lambda: P("a") / 3, lambda: P(3),
            lambda: P("a").match(""), lambda: P("a") < PureWindowsPath("a")):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
