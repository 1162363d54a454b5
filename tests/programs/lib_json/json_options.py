# json options in depth: indent forms, separators, sort_keys with mixed keys, default/cls, hooks (object_pairs_hook, parse_*), special floats, JSONEncoder.iterencode.
import collections
import decimal
import json

data = {"b": [1, 2.5, None, True], "a": {"nested": "é\u2028\n"}, "c": []}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ": ")))
print(json.dumps([1, [2, {}], {"k": []}], indent=0))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}), json.dumps({"x": 1}, indent=-1))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e300, -0.0, 1e-7, 123456789012345678901234567890]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)

def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, decimal.Decimal):
        return str(o)
    raise TypeError(f"no way: {type(o).__name__}")
print(json.dumps({"s": {3, 1, 2}, "d": decimal.Decimal("1.10")}, default=default))
try:
    json.dumps(object(), default=default)
except TypeError as e:
    print("TypeError:", e)

class ComplexEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1 + 2j], cls=ComplexEncoder), ComplexEncoder(indent=1).encode({"z": 3j}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})), list(ComplexEncoder().iterencode(5j)))

class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
class MyStr(str):
    pass
print(json.dumps([MyInt(3), MyFloat(1.5), MyStr("s"), True, False]), json.dumps({MyStr("k"): MyInt(1)}))
od = collections.OrderedDict([("z", 1), ("a", 2)])
print(json.dumps(od), json.dumps(od, sort_keys=True), json.dumps((1, 2)), json.dumps("\x00\x1f\x7f"))

text = '{"a": 1.5, "b": [1, 2, {"c": null}], "a": 2.25, "big": 12345678901234567890, "f": 1e400}'
print(json.loads(text))
print(json.loads(text, object_pairs_hook=list))
print(json.loads(text, object_pairs_hook=collections.OrderedDict))
print(json.loads(text, parse_float=decimal.Decimal, parse_int=lambda s: "int:" + s))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('[NaN, 1]', parse_constant=lambda s: "const:" + s))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads(b'{"bytes": "\\u00e9"}'), json.loads('"\\ud83d\\ude00"'), json.loads("  [1 , 2 ]\n"), json.loads(bytearray(b"3")))
print(json.loads('{"a": 1, "a": 2}'), json.loads("1E2"), json.loads("-0"), json.loads("-0.0"))
dec = json.JSONDecoder(strict=False)
print(repr(dec.decode('"tab\there"')), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode("  [2]"[2:]))
for bad in ('"tab\there"', "[1,]", "{'a': 1}", "01", "[1] x", "", "nul", '{"a" 1}', "[", '"\\x"', "-", "1.", "tru"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno)
