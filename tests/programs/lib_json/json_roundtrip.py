# json.dumps/loads: types, options (indent, sort_keys, separators, ensure_ascii, default, object_hook), files.
import io
import json
from collections import OrderedDict
from decimal import Decimal

data = {"name": "tern", "ok": True, "none": None, "n": 42, "pi": 3.14159, "big": 2**70, "neg": -0.0,
        "list": [1, "two", 3.0, [4]], "tuple": (5, 6), "nested": {"a": {"b": {}}}, "empty": [], "unicode": "héllo ✓ 😀"}
s = json.dumps(data)
print(s)
print(json.loads(s) == {**data, "tuple": [5, 6]})
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3, {}]]], indent="\t"))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps("héllo ✓ 😀"), json.dumps("héllo ✓ 😀", ensure_ascii=False))
print(json.dumps("\"quotes\" \\ / \b\f\n\r\t \x00 \x7f \u2028"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps(1e16), json.dumps(1.0), json.dumps(0.1), json.dumps(123456789.123456789), json.dumps(-1e-7))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps(OrderedDict([("z", 1), ("y", 2)])))
print(json.dumps({"x": Decimal("1.10")}, default=str), json.dumps({1, 2, 3} and sorted({3, 1, 2})))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)

encoded = json.dumps({"p": Point(1, 2), "ps": [Point(3, 4)]}, cls=PointEncoder)
print(encoded)
decoded = json.loads(encoded, object_hook=lambda d: Point(*d["__point__"]) if "__point__" in d else d)
print(type(decoded["p"]).__name__, decoded["p"].x, decoded["ps"][0].y)
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list))
print(json.loads('[1.5, 2, 1e400]', parse_float=Decimal, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('[1]', parse_constant=lambda c: c))
print(json.loads('"\\ud83d\\ude00 \\u00e9"'), json.loads(b'{"bytes": true}'), json.loads(bytearray(b"[1]")))
print(json.loads('  \n 7 \t'), json.loads('"x"'), json.loads("null"), json.loads('{"k": [true, false]}'))
print(repr(json.loads('"\\u0000"')), json.loads('-0'), json.loads('-0.0'), json.loads('1E2'), json.loads('123456789012345678901234567890'))

buf = io.StringIO()
json.dump({"stream": [1, 2, 3]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
enc = json.JSONEncoder(sort_keys=True, indent=None)
print(enc.encode({"b": [1, 2], "a": "x"}), list(enc.iterencode([1, {"k": None}])))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('[1, 2]xyz'))
print(json.dumps({"a": [1, 2, {"b": None}]}, indent=4, separators=(",", " = ")))
