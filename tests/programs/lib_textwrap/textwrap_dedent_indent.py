# textwrap.dedent and indent: mixed tabs/spaces, blank lines, predicates, CRLF, no common prefix.
import textwrap

cases = [
    "    a\n    b\n",
    "    a\n      b\n    c",
    "\ta\n\tb\n",
    "\ta\n    b\n",
    "  a\n\n  b\n",
    "  a\n   \n  b\n",
    "a\n  b\n",
    "",
    "   \n   \n",
    "  x\r\n  y\r\n",
    "        def f():\n            return 1\n",
    "  \t a\n  \t b\n",
]
for c in cases:
    print(repr(textwrap.dedent(c)))

text = "line one\n\n  line three\nline four"
print(repr(textwrap.indent(text, "| ")))
print(repr(textwrap.indent(text, "+ ", lambda line: True)))
print(repr(textwrap.indent(text, "# ", lambda line: line.startswith("line"))))
print(repr(textwrap.indent("a\r\nb\r\n\r\nc", "  ")))
print(repr(textwrap.indent("", "x")))
print(repr(textwrap.indent("\n\n", "x")))
print(repr(textwrap.indent("\n\n", "x", str.isspace)))
