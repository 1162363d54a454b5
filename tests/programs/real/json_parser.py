"""A JSON parser and pretty-printer written from scratch, checked against the json module."""
import json
import math
from dataclasses import dataclass
from enum import Enum, auto


class Tok(Enum):
    LBRACE = auto()
    RBRACE = auto()
    LBRACKET = auto()
    RBRACKET = auto()
    COLON = auto()
    COMMA = auto()
    STRING = auto()
    NUMBER = auto()
    TRUE = auto()
    FALSE = auto()
    NULL = auto()
    EOF = auto()


@dataclass(frozen=True)
class Token:
    kind: Tok
    value: object
    pos: int


class ParseError(Exception):
    def __init__(self, msg, pos, text):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.pos = pos


PUNCT = {"{": Tok.LBRACE, "}": Tok.RBRACE, "[": Tok.LBRACKET, "]": Tok.RBRACKET, ":": Tok.COLON, ",": Tok.COMMA}
WORDS = {"true": (Tok.TRUE, True), "false": (Tok.FALSE, False), "null": (Tok.NULL, None)}
ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class Lexer:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def error(self, msg, pos=None):
        raise ParseError(msg, self.i if pos is None else pos, self.text)

    def tokens(self):
        text = self.text
        n = len(text)
        while True:
            while self.i < n and text[self.i] in " \t\r\n":
                self.i += 1
            if self.i >= n:
                yield Token(Tok.EOF, None, self.i)
                return
            c = text[self.i]
            start = self.i
            if c in PUNCT:
                self.i += 1
                yield Token(PUNCT[c], c, start)
            elif c == '"':
                yield Token(Tok.STRING, self.string(), start)
            elif c == "-" or c.isdigit():
                yield Token(Tok.NUMBER, self.number(), start)
            else:
                for word, (kind, val) in WORDS.items():
                    if text.startswith(word, self.i):
                        self.i += len(word)
                        yield Token(kind, val, start)
                        break
                else:
                    self.error("Expecting value")

    def string(self):
        text = self.text
        start = self.i
        self.i += 1
        parts = []
        while True:
            if self.i >= len(text):
                self.error("Unterminated string starting at", start)
            c = text[self.i]
            if c == '"':
                self.i += 1
                return "".join(parts)
            if c == "\\":
                esc = text[self.i + 1:self.i + 2]
                if esc == "u":
                    code = int(text[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xD800 <= code < 0xDC00 and text.startswith("\\u", self.i):
                        low = int(text[self.i + 2:self.i + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.i += 6
                    parts.append(chr(code))
                    continue
                if esc not in ESCAPES:
                    self.error("Invalid \\escape")
                parts.append(ESCAPES[esc])
                self.i += 2
            elif ord(c) < 0x20:
                self.error("Invalid control character at")
            else:
                parts.append(c)
                self.i += 1

    def number(self):
        text = self.text
        start = self.i
        if text[self.i] == "-":
            self.i += 1
        while self.i < len(text) and text[self.i].isdigit():
            self.i += 1
        is_float = False
        if self.i < len(text) and text[self.i] == ".":
            is_float = True
            self.i += 1
            while self.i < len(text) and text[self.i].isdigit():
                self.i += 1
        if self.i < len(text) and text[self.i] in "eE":
            is_float = True
            self.i += 1
            if text[self.i] in "+-":
                self.i += 1
            while self.i < len(text) and text[self.i].isdigit():
                self.i += 1
        lexeme = text[start:self.i]
        return float(lexeme) if is_float else int(lexeme)


class Parser:
    def __init__(self, text):
        self.text = text
        self.toks = Lexer(text).tokens()
        self.cur = next(self.toks)

    def advance(self):
        tok = self.cur
        self.cur = next(self.toks)
        return tok

    def expect(self, kind, what):
        if self.cur.kind is not kind:
            raise ParseError(f"Expecting {what}", self.cur.pos, self.text)
        return self.advance()

    def parse(self):
        value = self.value()
        if self.cur.kind is not Tok.EOF:
            raise ParseError("Extra data", self.cur.pos, self.text)
        return value

    def value(self):
        tok = self.cur
        if tok.kind is Tok.LBRACE:
            return self.obj()
        if tok.kind is Tok.LBRACKET:
            return self.array()
        if tok.kind in (Tok.STRING, Tok.NUMBER, Tok.TRUE, Tok.FALSE, Tok.NULL):
            self.advance()
            return tok.value
        raise ParseError("Expecting value", tok.pos, self.text)

    def obj(self):
        self.advance()
        result = {}
        if self.cur.kind is Tok.RBRACE:
            self.advance()
            return result
        while True:
            key = self.expect(Tok.STRING, "property name enclosed in double quotes").value
            self.expect(Tok.COLON, "':' delimiter")
            result[key] = self.value()
            if self.cur.kind is Tok.COMMA:
                self.advance()
                continue
            self.expect(Tok.RBRACE, "',' delimiter")
            return result

    def array(self):
        self.advance()
        items = []
        if self.cur.kind is Tok.RBRACKET:
            self.advance()
            return items
        while True:
            items.append(self.value())
            if self.cur.kind is Tok.COMMA:
                self.advance()
                continue
            self.expect(Tok.RBRACKET, "',' delimiter")
            return items


def encode_str(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\f":
            out.append("\\f")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def pretty(value, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    match value:
        case None:
            return "null"
        case bool():
            return "true" if value else "false"
        case int():
            return str(value)
        case float():
            if math.isnan(value):
                return "NaN"
            if math.isinf(value):
                return "Infinity" if value > 0 else "-Infinity"
            return repr(value)
        case str():
            return encode_str(value)
        case list() | tuple():
            if not value:
                return "[]"
            inner = (",\n").join(pad + pretty(v, indent, level + 1, sort_keys) for v in value)
            return "[\n" + inner + "\n" + end + "]"
        case dict():
            if not value:
                return "{}"
            keys = sorted(value) if sort_keys else list(value)
            inner = ",\n".join(f"{pad}{encode_str(str(k))}: {pretty(value[k], indent, level + 1, sort_keys)}" for k in keys)
            return "{\n" + inner + "\n" + end + "}"
        case _:
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    return 0


def count_kinds(value, counts=None):
    counts = {} if counts is None else counts
    name = type(value).__name__
    counts[name] = counts.get(name, 0) + 1
    if isinstance(value, dict):
        for v in value.values():
            count_kinds(v, counts)
    elif isinstance(value, list):
        for v in value:
            count_kinds(v, counts)
    return counts


DOCUMENTS = [
    '{"name": "tern", "version": [3, 11, 7], "fast": true, "bugs": null}',
    '[1, -2, 3.5, -0.25, 1e3, 2.5E-3, 0, -0]',
    '"escapes: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u4e2d \\ud83d\\ude00"',
    '{"nested": {"deeper": {"deepest": [[], {}, [[1]], {"k": "v"}]}}}',
    '  [ true , false , null , "a" , { "b" : [ ] } ]  ',
    '{"unicode": "caf\u00e9 \u00fc\u00df", "emoji": "\U0001F600", "empty": ""}',
    '{"big": 123456789012345678901234567890, "neg": -98765432109876543210}',
    '{"dup": 1, "dup": 2, "other": 3}',
]

BAD = [
    '{"a": 1,}',
    '[1, 2',
    '{"a" 1}',
    '{a: 1}',
    '[1, 2] x',
    '"unterminated',
    '{"a": 1 "b": 2}',
    'nul',
    '',
    '{"a": [1, 2, }',
]


def main():
    print("== parsing valid documents ==")
    for i, doc in enumerate(DOCUMENTS):
        mine = Parser(doc).parse()
        theirs = json.loads(doc)
        same = mine == theirs and type(mine) is type(theirs)
        print(f"doc {i}: {type(mine).__name__:5} depth={depth(mine)} same_as_json={same}")
        kinds = count_kinds(mine)
        print("   kinds:", ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
        print("   repr:", repr(mine)[:70])

    print("== pretty printing ==")
    for i, doc in enumerate(DOCUMENTS):
        value = Parser(doc).parse()
        mine = pretty(value)
        theirs = json.dumps(value, indent=2)
        sorted_same = pretty(value, sort_keys=True) == json.dumps(value, indent=2, sort_keys=True)
        print(f"doc {i}: identical={mine == theirs} sorted_identical={sorted_same} lines={mine.count(chr(10)) + 1}")
    print(pretty(Parser(DOCUMENTS[3]).parse(), indent=4))
    print(pretty({"z": 1, "a": [1.5, float("inf"), float("-inf")], "m": None}, sort_keys=True))

    print("== round trips ==")
    samples = [
        {"list": list(range(5)), "tuple": (1, 2), "s": "tab\there"},
        [0.1, 0.2, 0.1 + 0.2, 1e300 * 10, 1 / 3],
        {"ctrl": "\x00\x01\x1f", "quote": 'say "hi"'},
    ]
    for s in samples:
        text = pretty(s)
        back = Parser(text.replace("Infinity", "1e999")).parse()
        print(json.dumps(s), "->", json.dumps(back) == json.dumps(s) or json.dumps(back))

    print("== errors ==")
    for doc in BAD:
        try:
            Parser(doc).parse()
            mine = "no error"
        except ParseError as e:
            mine = str(e)
        try:
            json.loads(doc)
            theirs = "no error"
        except json.JSONDecodeError as e:
            theirs = f"{e.msg}: line {e.lineno} column {e.colno} (char {e.pos})"
        print(f"{doc!r:22} mine:   {mine}")
        print(f"{'':22} json:   {theirs}")

    print("== encoder errors ==")
    for bad in [{1, 2}, object, b"bytes"]:
        for fn in (pretty, json.dumps):
            try:
                fn(bad)
            except TypeError as e:
                print(f"{fn.__name__}: {e}")
    print("ensure_ascii:", json.dumps("é中😀"), json.dumps("é中", ensure_ascii=False))
    print("separators:", json.dumps({"a": [1, 2]}, separators=(",", ":")))


if __name__ == "__main__":
    main()
