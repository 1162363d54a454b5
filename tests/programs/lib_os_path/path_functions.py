# os.path pure functions (posixpath): join, split, splitext, normpath, relpath, basename, commonpath, expand*.
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.altsep, os.extsep, os.pardir, os.curdir, os.pathsep, os.path.sep)
cases = ["/usr/lib/python3.11/os.py", "relative/dir/", "file.tar.gz", ".bashrc", "/", "", "a//b///c", "//double/lead", "dir/.hidden.txt", "no_ext."]
for p in cases:
    print(f"{p!r:28} split={os.path.split(p)} splitext={os.path.splitext(p)} base={os.path.basename(p)!r} dir={os.path.dirname(p)!r}")
print(os.path.join("a", "b", "c"), os.path.join("/a", "b", "/c", "d"), os.path.join("a/", "b"), os.path.join("", "x"), os.path.join("a", ""))
print(os.path.join("a"), os.path.join(b"bytes", b"path"), os.path.join("/", "etc"))
for p in ["a/b/../c", "/a/./b/../../c/", "../../x", "./", "", "//a//b", "///a", "a/b/c/../../..", "/..", "/../a/.."]:
    print(f"normpath({p!r}) = {os.path.normpath(p)!r}")
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(""), os.path.isabs("//x"))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b"), os.path.relpath("/x/y", "/a/b"))
print(os.path.relpath("a/b", "a"), os.path.commonpath(["/usr/lib", "/usr/local/lib", "/usr/lib/x"]), os.path.commonpath(["a/b", "a/c"]))
print(os.path.commonprefix(["interstellar", "internet", "interval"]), repr(os.path.commonprefix([])), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.splitdrive("/a/b"), os.path.normcase("/A/B"), os.path.splitext("a.b/c"), os.path.splitext("..."), os.path.splitext(".a.b"))
print(os.path.expanduser("nohome/path"), os.path.expandvars("$NOT_SET_TERN_VAR/x"), os.path.expandvars("plain"), os.path.expandvars("${}"))
os.environ["TERN_TEST_DIR"] = "/opt/tern"
print(os.path.expandvars("$TERN_TEST_DIR/bin:${TERN_TEST_DIR}/lib:$$"), os.path.expandvars(b"$TERN_TEST_DIR"))
print(os.path.basename(b"/a/b.txt"), os.path.splitext(b"x.py"), os.path.normpath(b"a/../b"), os.fspath("s"), os.fsencode("é"), os.fsdecode(b"ok"))
for bad in (lambda: os.path.join("a", b"b"), lambda: os.path.join(1), lambda: os.path.commonpath([]), lambda: os.path.commonpath(["/a", "b"]),
            lambda: os.path.relpath(""), lambda: os.path.basename(None), lambda: os.path.commonpath(["a", b"b"])):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.basename(here), os.path.isdir(here), os.path.isfile(__file__), os.path.exists(os.path.join(here, "no-such-file")))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.realpath("/") == "/", os.path.islink(__file__), os.path.ismount("/"))
print(os.path.samefile(__file__, os.path.join(here, os.path.basename(__file__))), os.path.getsize(__file__) > 100, os.path.lexists(__file__))
