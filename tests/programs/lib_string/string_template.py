# string.Template and capwords in depth: identifiers, braces, $$, errors with line/col, subclassing, get_identifiers/is_valid.
import string
from string import Template

t = Template("$who likes ${what}; costs $$5. ${who}!")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "a", "what": "b"}, who="override"))
print(t.safe_substitute(who="x"))
print(t.get_identifiers(), t.is_valid())

for tmpl in ("$", "abc $ def", "${bad-id}", "line1\nline2 $9x", "${", "$$$"):
    tt = Template(tmpl)
    print(repr(tmpl), tt.is_valid(), tt.get_identifiers())
    try:
        print(repr(tt.substitute(x=1)))
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
    print(repr(tt.safe_substitute()))

try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError:", e)
try:
    Template("$a").substitute({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError:", e)

class Percent(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"

print(Percent("%name is %age%% %{name}").safe_substitute(name="bob"))

class Dotted(Template):
    idpattern = r"[_a-z][_a-z0-9.]*"

print(Dotted("$user.name ${user.id}").substitute({"user.name": "N", "user.id": 7}))

class Braces(Template):
    braceidpattern = r"[A-Z]+"

print(Braces("${ABC} $abc").safe_substitute(ABC=1, abc=2))
print(Template("${ü} $é").safe_substitute())
print(Template.delimiter, Template.idpattern, Template.flags)
print(t.template)

for s in ("hello world", "  hello   world  ", "hELLO wORLD", "a-b c_d", "", "x\ty\nz"):
    print(repr(string.capwords(s)), repr(string.capwords(s, "-")), repr(string.capwords(s, " ")))
