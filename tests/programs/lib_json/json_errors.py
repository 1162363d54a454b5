# json errors: JSONDecodeError positions and attributes, encoder TypeErrors, circular references.
import json

bad_docs = ['', '   ', '{', '[1, 2', '[1,]', '{"a" 1}', '{"a": 1,}', "{'a': 1}", '[1] x', 'tru', '"abc',
            '{"a": 1}\n{"b": 2}', '[\n  1,\n  oops\n]', '01', '1.', '-', '[1 2]', '{"a": nul}', '"\\x"', '"tab\there"',
            '"\\u12"', '{1: 2}', 'NaNa', '[-Infinity, Infinityy]']
for doc in bad_docs:
    try:
        print(repr(doc), "->", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "-> JSONDecodeError:", e, "| msg:", e.msg, "pos:", e.pos, "line:", e.lineno, "col:", e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('[1,,2]')
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e.doc)

for obj in [{"s": {1, 2}}, b"bytes", object(), {(1, 2): "tuple key"}, 1j]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError:", str(e).replace(hex(id(obj)), "0x..."))
print(json.dumps({(1, 2): "x", "ok": 1}, skipkeys=True))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
try:
    json.loads(123)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("[1]", object_hook=lambda d: 1 / 0)
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError from hook:", e)
try:
    json.dumps({"a": 1}, default=lambda o: o, sort_keys=True, indent=-1)
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
