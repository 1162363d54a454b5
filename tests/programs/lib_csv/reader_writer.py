# csv.reader and csv.writer corners: quoting, escaping, newlines in quoted fields, line_num, NUL, numeric fields.
import csv
import io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def w(row, **kw):
    s = io.StringIO()
    r = csv.writer(s, **kw).writerow(row)
    return r, s.getvalue()


def rd(lines, **kw):
    return list(csv.reader(lines, **kw))


# --- reading
t("doubled quote", lambda: rd(['a,"b""c",d']))
t("quote mid field", lambda: rd(['"a"b,c']))
t("escape in quoted", lambda: rd(['"a\\"b",c'], escapechar="\\"))
t("newline in quoted", lambda: rd(['a,"b\nc"\n', 'd"\n']))
t("crlf in quoted", lambda: rd(['a,"b\r\nc"\r\n']))
t("split quoted", lambda: rd(['a,"b', 'c"', 'x']))
t("nonnumeric", lambda: rd(['1,"2",3.5,,-4e2'], quoting=csv.QUOTE_NONNUMERIC))
t("nonnumeric bad", lambda: rd(['1,x'], quoting=csv.QUOTE_NONNUMERIC))
t("empty lines", lambda: rd(["", "a", "\n", "\r\n", "b,"]))
t("crlf lines", lambda: rd(["a,b\r\n", "c\r"]))
t("cr inside", lambda: rd(["a,b\rc"]))
t("skipinitialspace", lambda: rd(['a,   b,  "c d"'], skipinitialspace=True))
t("no skip", lambda: rd(['a,   b'], skipinitialspace=False))
t("doublequote off", lambda: rd(['a,"b"c'], doublequote=False))
t("doublequote off 2", lambda: rd(['a,"b""c'], doublequote=False))
t("quote none", lambda: rd(['"a,b",c'], quoting=csv.QUOTE_NONE))
t("quote none escape", lambda: rd(["a\\,b"], quoting=csv.QUOTE_NONE, escapechar="\\"))
t("escape at end", lambda: rd(["a,b\\"], escapechar="\\"))
t("escape at end strict", lambda: rd(["a,b\\"], escapechar="\\", strict=True))
t("escaped newline", lambda: rd(["a\\\n", "b,c\n"], escapechar="\\"))
t("unterminated", lambda: rd(['a,"b']))
t("unterminated strict", lambda: rd(['a,"b'], strict=True))
t("strict bad quote", lambda: rd(['a,"b" c'], strict=True))
t("strict bad quote tab", lambda: rd(['a\t"b" c'], strict=True, delimiter="\t"))
t("nul", lambda: rd(["a\0b,c"]))
t("bytes", lambda: rd([b"a,b"]))
t("unquoted newline", lambda: rd(["a\nb"]))
t("not iterable", lambda: csv.reader(1))
t("no args", lambda: csv.reader())
t("too many", lambda: csv.reader([], "excel", "x"))
t("custom quotechar", lambda: rd(["a,'b,c',d"], quotechar="'"))
t("unicode", lambda: rd(["é,ü\u20ac,\U0001f600"]))
r = csv.reader(io.StringIO('h1,h2\n1,"multi\nline"\n\n3,4\n'))
print(r.line_num, type(r).__name__, r.dialect.delimiter)
for row in r:
    print(r.line_num, row)
try:
    r.line_num = 5
except AttributeError as e:
    print("AttributeError:", e)

old = csv.field_size_limit(5)
print("old limit", old)
t("field limit", lambda: rd(["abcdef"]))
t("field at limit", lambda: rd(["abcde,"]))
t("field limit quoted", lambda: rd(['"abc\ndef"']))
print("restored", csv.field_size_limit(old), csv.field_size_limit())
t("limit type", lambda: csv.field_size_limit("10"))
t("limit float", lambda: csv.field_size_limit(1.5))
t("limit args", lambda: csv.field_size_limit(1, 2))
t("limit kw", lambda: csv.field_size_limit(new_limit=old))

# --- writing
t("crlf fields", lambda: w(["a\rb", "c\nd", "e"], lineterminator="\n"))
t("quote none cr", lambda: w(["a\rb"], lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\"))
t("quote none delim", lambda: w(["a,b"], quoting=csv.QUOTE_NONE))
t("quote none escaped", lambda: w(["a,b", 'c"d'], quoting=csv.QUOTE_NONE, escapechar="\\"))
t("empty field", lambda: w([""]))
t("none field", lambda: w([None]))
t("empty quote none", lambda: w([""], quoting=csv.QUOTE_NONE))
t("empty row", lambda: w([]))
t("two empties", lambda: w(["", ""]))
t("nonnumeric", lambda: w([1, 2.5, None, "x", True, 3 + 4j], quoting=csv.QUOTE_NONNUMERIC))
t("all", lambda: w([1, 2.5, None, "x"], quoting=csv.QUOTE_ALL))
t("minimal", lambda: w(["a b", "c,d", 'e"f', "g\nh", " i"]))
t("no doublequote", lambda: w(['a"b'], doublequote=False))
t("no doublequote esc", lambda: w(['a"b'], doublequote=False, escapechar="\\"))
t("escape escapechar", lambda: w(["a\\b", "c"], escapechar="\\"))
t("escape and quote", lambda: w(["a\\b,", "c"], escapechar="\\"))
t("not iterable", lambda: w(1))
t("string row", lambda: w("abc"))
t("generator row", lambda: w(x * 2 for x in range(3)))
t("nul", lambda: w(["a\0b"]))
t("quotechar none", lambda: w(['a"b', "c,d"], quotechar=None, escapechar="\\"))
t("custom terminator", lambda: w(["a#b", "c"], lineterminator="#"))
t("writerow no args", lambda: csv.writer(io.StringIO()).writerow())
t("writerows", lambda: csv.writer(io.StringIO()).writerows([[1], [2]]))
t("writerows bad", lambda: csv.writer(io.StringIO()).writerows(1))
t("writerows bad row", lambda: csv.writer(io.StringIO()).writerows([[1], 2]))
t("no write", lambda: csv.writer(1))
t("write not callable", lambda: csv.writer(type("F", (), {"write": 3})()))


class Boom:
    def __str__(self):
        raise RuntimeError("no str for you")


t("str raises", lambda: w([1, Boom()]))
lines = []


class Sink:
    def write(self, s):
        lines.append(s)
        return "written"


wr = csv.writer(Sink(), lineterminator="|")
print(wr.writerow(["x", 1.0, -2]), wr.writerows([["y"], []]), lines)

# --- round trip
rows = [["plain", "with,comma", 'with "quote"', "multi\nline", "", " lead", "tail "], ["1", "2"]]
buf = io.StringIO(newline="")
csv.writer(buf).writerows(rows)
print(repr(buf.getvalue()))
buf.seek(0)
print(list(csv.reader(buf)) == rows)
