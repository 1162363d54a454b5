# textwrap: wrap/fill options, shorten, dedent/indent, TextWrapper attributes and edge cases.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "Sphinx of black quartz, judge my vow.  Two  spaces   here.")
for width in (10, 25, 40, 70):
    lines = textwrap.wrap(text, width)
    print(f"width {width}: {len(lines)} lines, longest {max(map(len, lines))}")
    print("\n".join(f"  |{l}|" for l in lines[:4]))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill("one two three", width=5, fix_sentence_endings=True))
print(textwrap.fill("End. Next sentence.  Another one! And? yes", width=80, fix_sentence_endings=True))
print(textwrap.wrap("a verylongwordthatdoesnotfit end", width=8))
print(textwrap.wrap("a verylongwordthatdoesnotfit end", width=8, break_long_words=False))
print(textwrap.wrap("well-known hyphen-ated compound-words", width=12))
print(textwrap.wrap("well-known hyphen-ated compound-words", width=12, break_on_hyphens=False))
print(textwrap.wrap("\ttab\tseparated\tvalues", width=20), textwrap.wrap("\ttab\tsep", width=20, expand_tabs=False))
print(textwrap.wrap("keep   \n  newlines\nhere", width=40, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", width=40), textwrap.wrap("  leading  ", width=40, drop_whitespace=False))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill(""))
print(textwrap.wrap("x" * 25, width=10, max_lines=2, placeholder="~"))
print(textwrap.wrap(text, width=30, max_lines=3))
print(textwrap.wrap(text, width=30, max_lines=1, placeholder=" (more)"))

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 50), "|", textwrap.shorten(text, 50, placeholder="..."))
print(repr(textwrap.shorten("short", 100)))

print(repr(textwrap.dedent("""
    def f():
        return 1

    # done
""")))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n  y\n")), repr(textwrap.dedent("  \n  a\n   \n")))
print(repr(textwrap.dedent("no indent\n  some\n")))
print(textwrap.indent("a\nb\n\nc", "> "))
print(repr(textwrap.indent("a\n  \nb\n", "+", predicate=lambda l: True)))
print(repr(textwrap.indent("x\r\ny\r\n", "- ")))

w = textwrap.TextWrapper(width=20, initial_indent="> ", subsequent_indent=">> ", tabsize=2)
print(w.width, w.initial_indent, w.break_long_words, w.max_lines, w.placeholder)
print(w.wrap("Lorem ipsum dolor sit amet, consectetur adipiscing elit."))
w.width = 15
print(w.fill("Lorem ipsum dolor sit amet."))
for bad in (dict(width=0), dict(width=5, max_lines=1, placeholder=" very long placeholder"), dict(width=3, initial_indent="long ")):
    try:
        print(textwrap.wrap("some words here", **bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.shorten("abc", width=2)
except ValueError as e:
    print("ValueError:", e)
print(textwrap.wrap("ünïcödé wörds ärë fïnë", width=8), textwrap.wrap("中文字符不会被拆分吗", width=4))
