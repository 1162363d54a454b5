# string.Formatter: parse, get_field, get_value, format_field, convert_field overrides, check_unused_args, vformat errors.
import string

f = string.Formatter()
print(list(f.parse("a{0}b{name!r:>5}c{{d}}{x.y[0]}")))
print(list(f.parse("{}{:x}{!s}")))
print(f.format("{0} {1:>4} {name!r}", 1, "ab", name="n"))
print(f.format("{0[key]} {0[1]} {1.real}", {"key": "K", 1: "one"}, 3 + 4j))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))

class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)

print(Defaulting().format("{x} {y} {0}", "pos", x=1))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        if spec == "up":
            return str(value).upper()
        return super().format_field(value, spec)
    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)

print(Upper().format("{0:up} {1!l} {2!r} {3:>6.2f}", "abc", "XyZ", "q", 3.14159))

class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - {k for k in used_args if isinstance(k, str)}
        if unused:
            raise ValueError("unused: " + ",".join(sorted(unused)))

print(Strict().format("{a}", a=1))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError:", e)

for tmpl, args, kw in (("{0} {}", (1, 2), {}), ("{} {1}", (1, 2), {}), ("{2}", (1,), {}), ("{x}", (), {}),
                       ("{0!z}", (1,), {}), ("{", (), {}), ("}", (), {}), ("{0:{1}}", (5, ">3"), {}),
                       ("{0:{1:{2}}}", (1, 2, 3), {}), ("{:d}", ("s",), {})):
    try:
        print(repr(f.format(tmpl, *args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(f.get_field("0.real", (5,), {}), f.get_field("a[1]", (), {"a": [7, 8]}))
print(f.convert_field(3, "r"), f.convert_field("x", "a"), f.convert_field("é", "a"), f.convert_field(3, None))
