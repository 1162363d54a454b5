# string: constants, capwords, Template (substitute, safe_substitute, custom delimiters/patterns), Formatter subclasses.
import string
from string import Formatter, Template

print(string.ascii_lowercase, string.ascii_uppercase, len(string.ascii_letters), string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), string.printable[:12])
print(string.capwords(" hello   world  "), string.capwords("o'neil mc-donald"), string.capwords("a,b c", ","))

t = Template("$who likes ${what}s; $$5 is cheap; $who!")
print(t.template, t.substitute(who="Tim", what="kung pao"), t.substitute({"who": "Ann", "what": "pie"}, what="tart"))
print(t.safe_substitute(who="Bo"), t.get_identifiers(), t.is_valid())
for bad in ("$missing", "${unclosed", "trailing $", "$1abc", "${}"):
    try:
        print(repr(Template(bad).substitute(other=1)))
    except (KeyError, ValueError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
    print("  safe:", repr(Template(bad).safe_substitute()), Template(bad).is_valid())


class Percent(Template):
    delimiter = "%"


class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"


class Braces(Template):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{) |
      (?P<named>[a-z]+) |
      (?P<braced>[a-z]+) |
      (?P<invalid>)
    )\}\}
    """


print(Percent("%name costs %%%amount").substitute(name="tea", amount=3))
print(Dotted("$user.name is ${user.age}").substitute({"user.name": "kim", "user.age": 30}))
print(Braces("Hello {{name}}, {{place}}!").substitute(name="Ann", place="Oslo"))
print(Template("$a$b${c}d").substitute(a=1, b=2, c=3), Template.delimiter, Template.idpattern, Template.flags)
print(Template("${ünï}").safe_substitute(ünï="x"), Template("$ünï").safe_substitute())

f = Formatter()
print(f.format("{} + {} = {sum}", 1, 2, sum=3), f.vformat("{0}{x}", ("a",), {"x": "b"}))
print(list(f.parse("Hi {name!r:>10} and {0[1]} {{literal}} {obj.attr}")))
print(f.get_field("0.real", (5,), {}), f.get_field("k[0]", (), {"k": ["z"]}), f.convert_field("x", "r"), f.format_field(3.14159, ".2f"))


class Upper(Formatter):
    def format_field(self, value, spec):
        if spec.endswith("u"):
            return super().format_field(value, spec[:-1]).upper()
        return super().format_field(value, spec)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)


u = Upper()
print(u.format("{name:u} {name:>8u} {missing} {0:05d}", 42, name="ann"))
for bad in ("{0}", "{", "}", "{0!x}", "{a.b}"):
    try:
        print(Formatter().format(bad, a=1))
    except (IndexError, ValueError, AttributeError, KeyError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
