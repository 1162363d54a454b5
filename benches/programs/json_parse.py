"""A tokenizer written in Python: a JSON serializer and a character-by-character JSON parser.

Nested lists and dicts are serialized with string escapes and number
formatting, then scanned back by a recursive-descent parser over string
indexes, and the round trip is checked.
"""
import sys
import time

SMALL_SIZE = 10      # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 6000  # the size `benches run` times: records in the document

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


def dumps(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return '"' + "".join(ESCAPES.get(c, c) for c in value) + '"'
    if isinstance(value, list):
        return "[" + ", ".join(dumps(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(dumps(k) + ": " + dumps(v) for k, v in value.items()) + "}"
    raise TypeError(type(value).__name__)


class ParseError(Exception):
    pass


class Parser(object):
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_ws(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        self.pos = pos

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            raise ParseError("trailing data at %d" % self.pos)
        return value

    def value(self):
        self.skip_ws()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "t" and self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if ch == "f" and self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        if ch == "n" and self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ":":
                raise ParseError("expected ':' at %d" % self.pos)
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ParseError("expected ',' or '}' at %d" % self.pos)

    def array(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ParseError("expected ',' or ']' at %d" % self.pos)

    def string(self):
        text = self.text
        pos = self.pos + 1
        chunks = []
        start = pos
        while True:
            ch = text[pos]
            if ch == '"':
                chunks.append(text[start:pos])
                self.pos = pos + 1
                return "".join(chunks)
            if ch == "\\":
                chunks.append(text[start:pos])
                esc = text[pos + 1]
                if esc == "u":
                    chunks.append(chr(int(text[pos + 2:pos + 6], 16)))
                    pos += 6
                else:
                    chunks.append(UNESCAPES[esc])
                    pos += 2
                start = pos
            else:
                pos += 1

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        if text[pos] == "-":
            pos += 1
        while pos < len(text) and text[pos].isdigit():
            pos += 1
        is_float = False
        if pos < len(text) and text[pos] == ".":
            is_float = True
            pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        if pos < len(text) and text[pos] in "eE":
            is_float = True
            pos += 1
            if text[pos] in "+-":
                pos += 1
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        self.pos = pos
        if start == pos:
            raise ParseError("unexpected %r at %d" % (text[pos], pos))
        return float(text[start:pos]) if is_float else int(text[start:pos])


def make_document(n):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": "item \"%d\"\tline\n%s" % (i, "x" * (i % 7)),
            "price": i * 0.25 + 0.1,
            "tags": ["t%d" % (i % 5), "u%d" % (i % 3)] + [i % 2 == 0, None],
            "nested": {"depth": [[i, i + 1], {"k": -i * 3, "e": 1.5e-7 * i}]},
        })
    return {"version": 1, "records": records, "empty": {}, "nothing": []}


def bench(n):
    doc = make_document(n)
    text = dumps(doc)
    parsed = Parser(text).parse()
    again = dumps(parsed)
    records = parsed["records"]
    price = 0.0
    for r in records:
        price += r["price"]
    names = sum(len(r["name"]) for r in records)
    return "json chars=%d round_trip=%s records=%d price=%r names=%d last=%s" % (
        len(text), again == text and parsed == doc, len(records), price, names,
        again[-60:].replace("\n", "\\n"))


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for i in range(iterations):
        t0 = time.perf_counter()
        result = bench(size)
        t1 = time.perf_counter()
        if len(sys.argv) > 2:
            sys.stderr.write("bench-iteration: %d %.9f\n" % (i + 1, t1 - t0))
    print(result)


if __name__ == "__main__":
    main()
