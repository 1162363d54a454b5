"""A bank of text processing: textwrap, string.Template, re.sub with functions, word statistics, diffs."""
import difflib
import re
import string
import textwrap
from collections import Counter
from dataclasses import dataclass

TEXT = """\
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.

There were a king with a large jaw and a queen with a plain face, on the throne
of England; there were a king with a large jaw and a queen with a fair face, on
the throne of France. In both countries it was clearer than crystal to the lords
of the State preserves of loaves and fishes, that things in general were settled
for ever.
"""

STOPWORDS = frozenset("the of it was a and to in on with we were that for its".split())


@dataclass
class Stats:
    chars: int
    words: int
    sentences: int
    paragraphs: int
    avg_word: float

    def __str__(self):
        return (f"{self.chars} chars, {self.words} words, {self.sentences} sentences, "
                f"{self.paragraphs} paragraphs, avg word {self.avg_word:.2f}")


def stats(text: str) -> Stats:
    words = re.findall(r"[A-Za-z']+", text)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return Stats(len(text), len(words), len(sentences), len(paragraphs), sum(map(len, words)) / len(words))


def title_case(text: str) -> str:
    small = {"a", "an", "the", "of", "in", "on", "and", "or", "to", "with"}

    def fix(m: re.Match) -> str:
        word = m.group(0)
        if m.start() != 0 and word.lower() in small:
            return word.lower()
        return word[:1].upper() + word[1:].lower()

    return re.sub(r"[A-Za-z]+('[a-z]+)?", fix, text)


def redact(text: str, secrets: list) -> str:
    pattern = re.compile("|".join(re.escape(s) for s in sorted(secrets, key=len, reverse=True)), re.IGNORECASE)
    return pattern.sub(lambda m: m.group(0)[0] + "*" * (len(m.group(0)) - 1), text)


def expand_numbers(text: str) -> str:
    ones = "zero one two three four five six seven eight nine ten eleven twelve".split()
    return re.sub(r"\b(\d+)\b", lambda m: ones[int(m[1])] if int(m[1]) < len(ones) else f"{int(m[1]):,}", text)


def camel_to_snake(name: str) -> str:
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()


def snake_to_camel(name: str) -> str:
    return re.sub(r"_+([a-z0-9])", lambda m: m.group(1).upper(), name)


class Shout(string.Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z0-9]*"


def render_letters():
    letter = string.Template(textwrap.dedent("""\
        Dear $name,
          Your order #${order} of $qty x $item ships on $date.
          Total: $$${total}
        -- $shop"""))
    orders = [
        dict(name="Ada", order=1001, qty=2, item="widget", date="Mon", total="9.98"),
        dict(name="Grace", order=1002, qty=1, item="gizmo", date="Tue", total="24.50"),
    ]
    for o in orders:
        print(letter.substitute(o, shop="Tern Supplies"))
    try:
        letter.substitute(name="Nobody")
    except KeyError as e:
        print("KeyError:", e)
    print(letter.safe_substitute(name="Partial", total="0"))
    print(letter.get_identifiers())
    print(letter.is_valid(), string.Template("$ok and $").is_valid())
    try:
        string.Template("cost: $").substitute()
    except ValueError as e:
        print("ValueError:", e)
    print(Shout("%greeting, %who! (costs $5)").substitute(greeting="Hello", who="world"))


FILTERS = {
    "upper": str.upper,
    "title": str.title,
    "len": lambda v: str(len(v)),
    "reverse": lambda v: v[::-1],
    "strip": str.strip,
}


def render_template(template: str, context: dict) -> str:
    """A tiny template engine: {{ name|filter|filter }} and {% for x in items %}...{% endfor %}."""

    def loop(m: re.Match) -> str:
        var, seq, body = m.group("var"), m.group("seq"), m.group("body")
        return "".join(render_template(body, {**context, var: item, "loop_index": str(i)})
                       for i, item in enumerate(context[seq], 1))

    template = re.sub(r"{%\s*for (?P<var>\w+) in (?P<seq>\w+)\s*%}(?P<body>.*?){%\s*endfor\s*%}",
                      loop, template, flags=re.DOTALL)

    def value(m: re.Match) -> str:
        name, *filters = [p.strip() for p in m.group(1).split("|")]
        if name not in context:
            raise NameError(f"template variable {name!r} is not defined")
        v = str(context[name])
        for f in filters:
            try:
                v = FILTERS[f](v)
            except KeyError:
                raise ValueError(f"unknown filter {f!r}") from None
        return v

    return re.sub(r"{{(.*?)}}", value, template)


def justify(text: str, width: int) -> list:
    """Fully justifies text: spaces are spread over the gaps, leftmost gaps first."""
    lines = []
    for line in textwrap.wrap(text, width):
        words = line.split()
        if len(words) == 1 or line is None:
            lines.append(line)
            continue
        gaps = len(words) - 1
        spaces = width - sum(map(len, words))
        q, r = divmod(spaces, gaps)
        lines.append("".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1])
    if lines:
        lines[-1] = " ".join(lines[-1].split())
    return lines


def kwic(lines: list, keyword: str, width: int = 18) -> list:
    """Keyword in context: each hit with the text around it, aligned on the keyword."""
    out = []
    for n, line in enumerate(lines, 1):
        for m in re.finditer(rf"\b{re.escape(keyword)}\b", line, re.IGNORECASE):
            left = line[:m.start()][-width:]
            right = line[m.end():][:width]
            out.append(f"{n:>3}: {left:>{width}} [{m.group(0)}] {right}")
    return out


def extra():
    print("== templates ==")
    tpl = "Hello {{ name|title }}!{% for item in items %}\n {{ loop_index }}. {{ item|upper }} ({{ item|len }}){% endfor %}\nBye {{ name|reverse|upper }}"
    print(render_template(tpl, {"name": "ada lovelace", "items": ["engine", "notes", "loom"]}))
    for bad in ("{{ missing }}", "{{ name|shout }}"):
        try:
            render_template(bad, {"name": "x"})
        except (NameError, ValueError) as e:
            print(f"{type(e).__name__}: {e}")
    print("== justify ==")
    for line in justify(TEXT.split("\n\n")[1].replace("\n", " "), 44):
        print(f"|{line:<44}|")
    print("== kwic ==")
    print("\n".join(kwic(TEXT.splitlines(), "it was")[:6]))
    print("\n".join(kwic(TEXT.splitlines(), "king")))
    print("== translate ==")
    rot13 = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                          string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
                          + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
    secret = "Tern runs real Python!".translate(rot13)
    print(secret, "->", secret.translate(rot13))
    strip_vowels = str.maketrans("", "", "aeiouAEIOU")
    print("It was the best of times".translate(strip_vowels))
    print("tab\tsep".expandtabs(8), "|", "x".zfill(4), "|", "centre".center(12, "*"), "|", "a,b,,c".split(","))


def main():
    print("== stats ==")
    print(stats(TEXT))
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", TEXT)]
    freq = Counter(w for w in words if w not in STOPWORDS)
    print("top words:", freq.most_common(8))
    print("longest:", sorted(set(words), key=lambda w: (-len(w), w))[:5])
    bigrams = Counter(zip(words, words[1:]))
    print("top bigrams:", [" ".join(b) for b, _ in bigrams.most_common(5)])
    letters = Counter(c for c in TEXT.lower() if c.isalpha())
    print("letters:", "".join(c for c, _ in letters.most_common(10)), "| unused:", "".join(sorted(set(string.ascii_lowercase) - set(letters))))

    print("== textwrap ==")
    first = TEXT.split("\n\n")[0].replace("\n", " ")
    print(textwrap.fill(first, width=50, initial_indent="  > ", subsequent_indent="    "))
    print(textwrap.shorten(first, width=60, placeholder=" [...]"))
    for line in textwrap.wrap("Supercalifragilisticexpialidocious words break-on-hyphens nicely", width=12):
        print(f"|{line:<12}|")
    print(textwrap.wrap("no-hyphen-breaking-here please", width=10, break_on_hyphens=False))
    print(textwrap.indent("one\n\ntwo\nthree", "+ "))
    print(textwrap.indent("one\n\ntwo", "- ", lambda line: True))
    print(repr(textwrap.dedent("    a\n      b\n\n    c\n")))
    w = textwrap.TextWrapper(width=30, max_lines=3, placeholder="...", expand_tabs=True, tabsize=4)
    print(w.wrap("Tabs\tand more\ttabs and a great many words that will not fit in three lines at all"))
    try:
        textwrap.wrap("text", width=0)
    except ValueError as e:
        print("ValueError:", e)

    print("== re.sub with functions ==")
    print(title_case("the tale of two cities and the man in the iron mask"))
    print(redact("Password hunter2, pin 1234; HUNTER2 again", ["hunter2", "1234"]))
    print(expand_numbers("3 kings, 12 queens and 1500 pawns over 7 days"))
    for name in ["parseHTTPResponse", "getX", "simpleName", "already_snake", "ABC"]:
        print(f"  {name} -> {camel_to_snake(name)} -> {snake_to_camel(camel_to_snake(name))}")
    print(re.sub(r"(?P<word>\b\w+\b) (?P=word)", r"\g<word>", "this is is a test test of the the dedup"))
    print(re.sub(r"\s+", " ", "  collapse \t\n  all   whitespace  ").strip())
    print(re.sub(r"(\d+)-(\d+)-(\d+)", r"\3/\2/\1", "born 1990-07-15, moved 2001-12-01"))
    temps = "Lows of 14C, highs of 31C, record 40.5C"
    print(re.sub(r"(-?\d+(?:\.\d+)?)C\b", lambda m: f"{float(m[1]) * 9 / 5 + 32:.1f}F", temps))
    counter = iter(range(1, 100))
    print(re.sub(r"\?", lambda m: f"${next(counter)}", "SELECT * FROM t WHERE a = ? AND b = ? OR c IN (?, ?)"))
    print(re.sub("x*", "-", "abxd"), re.sub(r"a|(b)", r"[\1]", "abc"))
    print(re.split(r"(,|;)\s*", "a, b;c ,d"), re.split(r"\W+", "Words, words, words.", maxsplit=1))

    print("== string module ==")
    print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
    print(repr(string.punctuation), repr(string.whitespace))
    print(string.capwords("hello   wide\tworld"), string.capwords("a-b c-d", "-"))
    f = string.Formatter()
    print(f.format("{0}-{name}-{0!r:>6}", "x", name="n"))
    print([(lit, field, spec, conv) for lit, field, spec, conv in f.parse("a{0:>3}b{x!r}c")])
    render_letters()

    print("== diffs ==")
    old = ["the quick brown fox", "jumps over", "the lazy dog", "end"]
    new = ["the quick red fox", "jumps over", "the lazy dogs", "and cat", "end"]
    for line in difflib.unified_diff(old, new, "old.txt", "new.txt", lineterm=""):
        print(" ", line)
    sm = difflib.SequenceMatcher(None, "tern runs python", "turn run python!")
    print("ratio", round(sm.ratio(), 4), sm.get_matching_blocks()[:3])
    print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "applet"]))
    for op in sm.get_opcodes():
        print("  ", op)
    print("\n".join(difflib.ndiff(["one", "two", "three"], ["one", "too", "three", "four"])))
    extra()


if __name__ == "__main__":
    main()
