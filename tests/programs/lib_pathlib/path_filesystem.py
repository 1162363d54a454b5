# pathlib.Path on a temporary directory the program creates: mkdir, write/read, iterdir, glob, stat, rename, unlink.
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory(prefix="tern-pathlib-") as tmp:
    root = Path(tmp)
    rel = lambda p: p.relative_to(root).as_posix()
    print(root.is_dir(), root.exists(), root.is_absolute(), list(root.iterdir()))
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "docs").mkdir()
    try:
        (root / "docs").mkdir()
    except FileExistsError as e:
        print("FileExistsError:", e.strerror, e.errno)
    (root / "docs").mkdir(exist_ok=True)
    f = root / "src" / "pkg" / "mod.py"
    print(f.write_text("print('hi')\n# second line\n"), f.read_text().splitlines())
    (root / "src" / "pkg" / "__init__.py").touch()
    (root / "src" / "main.py").write_text("import pkg\n", encoding="utf-8")
    (root / "docs" / "guide.md").write_text("# Guide\n")
    (root / "data.bin").write_bytes(bytes(range(5)))
    print((root / "data.bin").read_bytes(), (root / "data.bin").stat().st_size, f.stat().st_size)
    print(sorted(rel(p) for p in root.iterdir()))
    print(sorted(rel(p) for p in root.glob("*.bin")), sorted(rel(p) for p in root.glob("src/*")))
    print(sorted(rel(p) for p in root.rglob("*.py")), sorted(rel(p) for p in root.glob("**/*.md")))
    print(f.is_file(), f.is_dir(), (root / "src").is_dir(), (root / "missing").exists(), (root / "missing").is_file())
    print(f.suffix, f.stem, rel(f.parent), f.name, rel(f.with_suffix(".txt")))
    with f.open("a") as fh:
        fh.write("# appended\n")
    with f.open() as fh:
        print([line.rstrip() for line in fh])
    target = f.rename(root / "src" / "pkg" / "renamed.py")
    print(rel(target), f.exists(), target.exists())
    moved = target.replace(root / "docs" / "moved.py")
    print(rel(moved), sorted(rel(p) for p in (root / "docs").iterdir()))
    (root / "docs" / "guide.md").unlink()
    try:
        (root / "docs" / "guide.md").unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror)
    (root / "docs" / "guide.md").unlink(missing_ok=True)
    try:
        (root / "docs").rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    moved.unlink()
    (root / "docs").rmdir()
    print(sorted(rel(p) for p in root.iterdir()))
    link = root / "link.bin"
    link.symlink_to(root / "data.bin")
    print(link.is_symlink(), link.resolve() == (root / "data.bin").resolve(), link.read_bytes()[:2], os.readlink(link) == str(root / "data.bin"))
    print((root / "src" / ".." / "data.bin").resolve() == (root / "data.bin").resolve(), Path(".").resolve() == Path.cwd())
    print(sorted(rel(p) for p in root.rglob("*")))
    walked = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        walked.append((Path(dirpath).relative_to(root).as_posix(), sorted(filenames)))
    print(walked)
    try:
        (root / "nope" / "x.txt").write_text("x")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.strerror)
    try:
        (root / "src").read_text()
    except IsADirectoryError as e:
        print("IsADirectoryError:", e.strerror)
    print(Path("~").expanduser().is_absolute(), Path.home().is_absolute(), Path("a/b").with_name("c") == Path("a/c"))
print("cleaned up:", not root.exists())
