# textwrap: TextWrapper options one at a time (break_long_words, break_on_hyphens, drop_whitespace, tabsize, max_lines, placeholder).
import textwrap

long = "Supercalifragilisticexpialidocious words-with-many-hyphens and\ttabs\there, plus   spaces."
for kw in ({}, {"break_long_words": False}, {"break_on_hyphens": False}, {"drop_whitespace": False},
           {"expand_tabs": False}, {"tabsize": 2}, {"replace_whitespace": False}, {"fix_sentence_endings": True},
           {"initial_indent": "* ", "subsequent_indent": "  "}, {"max_lines": 2}, {"max_lines": 2, "placeholder": " <<"}):
    print(kw, textwrap.wrap(long, width=12, **kw))

print(textwrap.fill("one. two.  three? four!", width=40, fix_sentence_endings=True))
print(repr(textwrap.fill("", width=10)), textwrap.wrap(""), textwrap.wrap("   "))
print(textwrap.wrap("a b c", width=1))
for bad in (0, -1):
    try:
        textwrap.wrap("abc def", width=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("abc def", width=3, max_lines=1, placeholder="[...]")
except ValueError as e:
    print("ValueError:", e)

w = textwrap.TextWrapper(width=15, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap("aaa bbb ccc ddd eee fff ggg hhh"))
w.width = 8
print(w.fill("aaa bbb ccc ddd"))
print(w.width, w.break_long_words, w.placeholder)

for s in ("Hello world, this is shorten.", "  lots   of    spaces   here  ", "short"):
    for width in (5, 12, 30):
        try:
            print(repr(textwrap.shorten(s, width)), repr(textwrap.shorten(s, width, placeholder="~")))
        except ValueError as e:
            print("ValueError:", e)
