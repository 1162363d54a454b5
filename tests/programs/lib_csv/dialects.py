# csv dialects: Dialect validation messages, registry, attribute access, class-based dialects, Sniffer.
import _csv
import csv
import io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def attrs(d):
    return (d.delimiter, d.doublequote, d.escapechar, d.lineterminator, d.quotechar, d.quoting, d.skipinitialspace, d.strict)


print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(csv.Error.__mro__, _csv.Dialect, _csv.Reader, _csv.Writer)
print(sorted(csv.list_dialects()))
for name in ("excel", "excel-tab", "unix"):
    print(name, attrs(csv.get_dialect(name)))

t("delimiter int", lambda: _csv.Dialect(delimiter=1))
t("delimiter long", lambda: _csv.Dialect(delimiter="ab"))
t("delimiter empty", lambda: _csv.Dialect(delimiter=""))
t("delimiter none", lambda: _csv.Dialect(delimiter=None))
t("quotechar int", lambda: _csv.Dialect(quotechar=1))
t("quotechar empty", lambda: _csv.Dialect(quotechar=""))
t("quoting 7", lambda: _csv.Dialect(quoting=7))
t("quoting -1", lambda: _csv.Dialect(quoting=-1))
t("quoting str", lambda: _csv.Dialect(quoting="a"))
t("quoting float", lambda: _csv.Dialect(quoting=1.0))
t("quoting bool", lambda: _csv.Dialect(quoting=True))
t("lineterminator none", lambda: _csv.Dialect(lineterminator=None))
t("lineterminator int", lambda: _csv.Dialect(lineterminator=1))
t("escapechar int", lambda: _csv.Dialect(escapechar=1))
t("escapechar long", lambda: _csv.Dialect(escapechar="\\\\"))
t("quotechar none + quoting", lambda: _csv.Dialect(quotechar=None, quoting=csv.QUOTE_ALL))
t("quotechar none", lambda: attrs(_csv.Dialect(quotechar=None)))
t("bogus kw", lambda: _csv.Dialect(bogus=1))
t("too many", lambda: _csv.Dialect(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
t("positional", lambda: attrs(_csv.Dialect(None, ";", False, "\\", "\n", "'", 1, True, True)))
t("truthy values", lambda: attrs(_csv.Dialect(doublequote=0, skipinitialspace=[1], strict="")))

d = _csv.Dialect()
print("defaults", attrs(d))
for name, value in (("delimiter", ";"), ("quoting", 1), ("lineterminator", "x"), ("strict", True), ("escapechar", "\\")):
    try:
        setattr(d, name, value)
    except AttributeError as e:
        print("set", name, "AttributeError:", e)
print(_csv.Dialect(d) is d, _csv.Dialect(d, strict=True) is d, _csv.Dialect(d, strict=True).strict)
print(_csv.Dialect("excel-tab").delimiter == "\t", _csv.Dialect(dialect="unix").quoting)
t("unknown by name", lambda: _csv.Dialect("nope"))
t("pickle", lambda: d.__reduce_ex__(2))


class FromAttrs:
    delimiter = ";"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


print("from object", attrs(_csv.Dialect(FromAttrs)))


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


s = io.StringIO()
csv.writer(s, Semi).writerows([["a;b", "c"], ["it's", 1]])
print(repr(s.getvalue()))
print(list(csv.reader(io.StringIO(s.getvalue()), Semi)))


class Broken(csv.Dialect):
    delimiter = ";;"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


t("broken class dialect", lambda: Broken())


class Incomplete(csv.Dialect):
    delimiter = ";"


t("incomplete class dialect", lambda: Incomplete())
t("base Dialect", lambda: csv.Dialect())

# registry
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
print("pipes", attrs(csv.get_dialect("pipes")))
csv.register_dialect("semi", Semi)
csv.register_dialect("semi2", "semi", delimiter=":")
print("semi2", attrs(csv.get_dialect("semi2")))
print(sorted(csv.list_dialects()))
s = io.StringIO()
csv.writer(s, "pipes").writerow(["a", 1, None])
print(repr(s.getvalue()))
print(list(csv.reader(['"a"|"1"|""'], "pipes")))
csv.unregister_dialect("semi2")
t("unregister twice", lambda: csv.unregister_dialect("semi2"))
t("get unknown", lambda: csv.get_dialect("semi2"))
t("register non-str", lambda: csv.register_dialect(1))
t("register no args", lambda: csv.register_dialect())
t("register bad params", lambda: csv.register_dialect("bad", quoting=9))
t("writer unknown dialect", lambda: csv.writer(io.StringIO(), "nope"))
t("reader bad fmtparam", lambda: csv.reader([], delimiter=""))
print(sorted(csv.list_dialects()))
csv.unregister_dialect("pipes")
csv.unregister_dialect("semi")

# reader/writer expose their dialect
r = csv.reader([], delimiter=";", strict=True)
print(type(r.dialect).__name__, attrs(r.dialect))
wr = csv.writer(io.StringIO(), "excel-tab")
print(attrs(wr.dialect))

# Sniffer
sn = csv.Sniffer()
for sample in ("x;y;z\n1;2;3\n4;5;6\n", "a\tb\tc\n1\t2\t3\n", "'a','b'\n'c','d'\n", 'name,age\n"Smith, J",42\n"Doe, A",37\n'):
    dia = sn.sniff(sample)
    print(repr(dia.delimiter), repr(dia.quotechar), dia.doublequote, dia.skipinitialspace, sn.has_header(sample))
t("sniff fail", lambda: sn.sniff("abc"))
print(sn.sniff("a|b|c\n1|2|3\n", delimiters="|").delimiter)
