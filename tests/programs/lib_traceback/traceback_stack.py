# traceback: extract_tb/extract_stack/walk_tb, FrameSummary fields, StackSummary.from_list/format, format_list, lookup_lines.
import traceback

def inner(n):
    if n == 0:
        raise LookupError("bottom")
    return inner(n - 1)

try:
    inner(3)
except LookupError as e:
    tb = e.__traceback__

summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs.name, fs.lineno, fs.line, fs.filename.endswith("traceback_stack.py"), type(fs).__name__)
print([fs.name for fs in traceback.extract_tb(tb, limit=2)])
print([fs.name for fs in traceback.extract_tb(tb, limit=-2)])
print([(f.f_code.co_name, lineno) for f, lineno in traceback.walk_tb(tb)])

fs0 = summary[-1]
print(fs0[0] == fs0.filename, fs0[1], fs0[2], fs0[3], len(fs0))
name, lineno = fs0.name, fs0.lineno
print(list(fs0)[1:], fs0 == (fs0.filename, lineno, name, fs0.line))
print(repr(fs0).startswith("<FrameSummary file "), repr(fs0).endswith(", line 6 in inner>"))

def who_calls():
    return traceback.extract_stack(limit=2)

def outer_caller():
    return who_calls()

st = outer_caller()
print([(f.name, f.line) for f in st])

ss = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1"), ("b.py", 20, "g", None)])
print(ss.format())
print(traceback.format_list([("c.py", 3, "h", "return y")]))
fsum = traceback.FrameSummary("d.py", 7, "k", line="  pass  ")
print(repr(fsum.line), fsum.locals, fsum.lineno)
fsum2 = traceback.FrameSummary("e.py", 8, "m", lookup_line=False, locals={"a": 1})
print(fsum2.locals)

def rec(n):
    if n == 0:
        raise RecursionError("fake")
    rec(n - 1)

try:
    rec(30)
except RecursionError as e:
    lines = traceback.format_tb(e.__traceback__)
    text = "".join(lines)
    print(len(lines), "Previous line repeated" in text)
    print(text.splitlines()[-3].strip())

import sys

def walker():
    return [(f.f_code.co_name, type(n).__name__) for f, n in traceback.walk_stack(sys._getframe())]

def walker_outer():
    return walker()

print(walker_outer())
