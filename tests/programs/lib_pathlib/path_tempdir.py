# pathlib.Path on a temporary directory: touch/exists_ok, mkdir parents, rglob, read/write bytes and text, replace, rmdir errors, samefile, with_segments.
import os
import pathlib
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp)
    (root / "a" / "b").mkdir(parents=True)
    try:
        (root / "a").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    (root / "a").mkdir(exist_ok=True)
    try:
        (root / "x" / "y").mkdir()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    f = root / "a" / "b" / "data.txt"
    print(f.write_text("héllo\nworld\n", encoding="utf-8"), f.read_text(encoding="utf-8").splitlines())
    print(f.read_bytes()[:3], f.write_bytes(b"\x00\x01"), f.read_bytes(), f.stat().st_size)
    (root / "a" / "one.py").touch()
    (root / "a" / "b" / "two.py").touch()
    (root / "top.py").touch()
    (root / "top.py").touch(exist_ok=True)
    try:
        (root / "top.py").touch(exist_ok=False)
    except FileExistsError:
        print("touch exist_ok=False: FileExistsError")
    rel = lambda ps: sorted(str(x.relative_to(root)) for x in ps)
    print(rel(root.rglob("*.py")), rel(root.glob("*")), rel(root.glob("*/*.py")), rel(root.glob("**/")))
    print(rel(root.iterdir()), f.is_file(), f.is_dir(), f.parent.is_dir(), (root / "nope").exists(), (root / "nope").is_file())
    moved = f.rename(root / "moved.txt")
    print(moved.name, f.exists(), moved.exists())
    (root / "other.txt").write_text("o")
    moved.replace(root / "other.txt")
    print((root / "other.txt").read_bytes(), moved.exists())
    try:
        (root / "a").rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno == 39)
    try:
        (root / "missing.txt").unlink()
    except FileNotFoundError:
        print("unlink missing: FileNotFoundError")
    (root / "missing.txt").unlink(missing_ok=True)
    print((root / "other.txt").samefile(str(root / "a" / ".." / "other.txt")), (root / "a" / "..").resolve() == root.resolve())
    with (root / "lines.txt").open("w") as fh:
        fh.write("1\n2\n")
    with (root / "lines.txt").open() as fh:
        print(fh.readlines())
    print(root.joinpath("a", "b").exists(), pathlib.Path(root, "top.py").is_file(), (root / "top.py").suffix, root.is_absolute())
    old = os.getcwd()
    os.chdir(root)
    try:
        print(pathlib.Path("top.py").exists(), pathlib.Path("top.py").absolute() == root.resolve() / "top.py" or pathlib.Path("top.py").absolute().name)
        print(sorted(str(p) for p in pathlib.Path(".").glob("*.txt")), pathlib.Path.cwd().name == root.name)
    finally:
        os.chdir(old)
    print(pathlib.Path("~").expanduser().is_absolute(), pathlib.Path("a/../b").resolve().name)
