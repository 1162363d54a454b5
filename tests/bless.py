#!/usr/bin/env python3
"""Regenerate the expected outputs of tern's differential test programs from CPython.

Usage (from the repository root):
    python3 tests/bless.py                 # every program under tests/programs
    python3 tests/bless.py PATH [PATH...]  # only these programs or folders

A test program is a `*.py` file directly inside a folder of tests/programs/
whose name does not start with `_` (names starting with `_`, and files inside
package folders, are modules that programs import). For each program NAME.py:

    NAME.stdin   optional: fed to the program's standard input (else empty)
    NAME.out     written: the program's stdout under CPython
    NAME.err     written only when the exit status is not 0: a first line
                 `exit N`, then CPython's stderr

Programs run from the repository root with the path `tests/programs/AREA/NAME.py`,
exactly as the harness (tests/differential.rs) runs them under tern, so paths in
tracebacks agree. Each program runs twice with different PYTHONHASHSEED values:
a program whose output depends on string hashing is reported and not blessed.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join("tests", "programs")
PYTHON = os.environ.get("TERN_ORACLE", "python3")


def is_program(path):
    name = os.path.basename(path)
    if not name.endswith(".py") or name.startswith("_"):
        return False
    area = os.path.dirname(path)
    # programs live exactly one level below tests/programs
    return os.path.dirname(area) == PROGRAMS


def find_programs(args):
    found = []
    roots = args or [PROGRAMS]
    for root in roots:
        root = os.path.relpath(os.path.abspath(root), ROOT)
        if os.path.isfile(root):
            found.append(root)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for f in sorted(filenames):
                p = os.path.join(dirpath, f)
                if is_program(p):
                    found.append(p)
    return found


def run(path, seed):
    stdin_path = path[:-3] + ".stdin"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONIOENCODING="utf-8")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        p = subprocess.run([PYTHON, "-B", path], cwd=ROOT, stdin=stdin,
                           capture_output=True, env=env, timeout=120)
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    return p.returncode, p.stdout, p.stderr


def main():
    os.chdir(ROOT)
    programs = find_programs(sys.argv[1:])
    bad = 0
    for path in programs:
        a = run(path, 1)
        b = run(path, 2)
        if a != b:
            print(f"NONDETERMINISTIC (depends on hashing or time): {path}")
            bad += 1
            continue
        code, out, err = a
        # CPython shows the script's absolute path; the harness puts the
        # checkout's own root back in place of this marker.
        root = ROOT.encode()
        out = out.replace(root, b"<ROOT>")
        err = err.replace(root, b"<ROOT>")
        base = path[:-3]
        with open(base + ".out", "wb") as f:
            f.write(out)
        if code != 0:
            with open(base + ".err", "wb") as f:
                f.write(b"exit %d\n" % code)
                f.write(err)
        elif os.path.exists(base + ".err"):
            os.remove(base + ".err")
        if code == 0 and err:
            print(f"note: {path} wrote to stderr but exited 0 (stderr is not compared)")
    print(f"blessed {len(programs) - bad} programs" + (f", {bad} refused" if bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
