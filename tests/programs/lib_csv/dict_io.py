# csv.DictReader / csv.DictWriter over io.StringIO: restkey/restval, extrasaction, missing fields, line_num.
import csv
import io

DATA = 'id,name,score\n1,"Lovelace, Ada",99.5\n2,Turing,\n3,Hopper,87,extra1,extra2\n4\n\n5,"multi\nline",70\n'

r = csv.DictReader(io.StringIO(DATA, newline=""))
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)

r = csv.DictReader(io.StringIO(DATA, newline=""), restkey="more", restval="?")
print([row for row in r][2:4])

r = csv.DictReader(io.StringIO("a;b\n1;2\n"), fieldnames=["x", "y"], delimiter=";")
print(list(r))
print(csv.DictReader(io.StringIO("")).fieldnames)
print(list(csv.DictReader(io.StringIO(""))))
print(list(csv.DictReader(["h1,h2", "1,2", "", "3,4"])))
r = csv.DictReader(io.StringIO("a,b\n1,2\n"), quoting=csv.QUOTE_NONNUMERIC)
try:
    print(list(r))
except ValueError as e:
    print("ValueError:", e)
r = csv.DictReader(io.StringIO('"a","b"\n1,2\n'), quoting=csv.QUOTE_NONNUMERIC)
print(list(r))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["id", "name", "score"], restval="n/a", lineterminator="\n")
print(w.writeheader())
w.writerow({"id": 1, "name": "Ada", "score": 99.5})
w.writerow({"id": 2, "name": 'quote "me"'})
w.writerows([{"id": i, "name": f"n{i}", "score": i * 1.5} for i in range(3, 5)])
print(repr(out.getvalue()))
try:
    w.writerow({"id": 5, "bogus": 1, "other": 2})
except ValueError as e:
    print("ValueError:", e)
w2 = csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="ignore")
print(w2.writerow({"a": 1, "b": 2}))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="maybe")
except ValueError as e:
    print("ValueError:", e)

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=("k", "v"), dialect="excel-tab", quoting=csv.QUOTE_ALL)
w.writeheader()
w.writerow({"k": "tab\there", "v": None})
print(repr(out.getvalue()))
print(list(csv.DictReader(io.StringIO(out.getvalue()), dialect="excel-tab")))

# round trip through a file-like object with a non-default dialect
rows = [{"when": "2023-01-0%d" % i, "what": "x" * i, "note": "a,b" if i % 2 else 'say "hi"'} for i in range(1, 5)]
buf = io.StringIO(newline="")
dw = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter=";", quotechar="'", lineterminator="\r\n")
dw.writeheader()
dw.writerows(rows)
print(repr(buf.getvalue()))
buf.seek(0)
back = list(csv.DictReader(buf, delimiter=";", quotechar="'"))
print(back == rows, back[-1])

# errors surface with their line numbers
bad = io.StringIO('a,b\n1,"x"y\n2,3\n')
rd = csv.DictReader(bad, strict=True)
try:
    for row in rd:
        print(row)
except csv.Error as e:
    print("csv.Error at line", rd.line_num, ":", e)
try:
    list(csv.reader(io.BytesIO(b"a,b\n")))
except csv.Error as e:
    print("csv.Error:", e)
try:
    list(csv.DictReader(io.StringIO("a\n" + "x" * 200000 + "\n")))
except csv.Error as e:
    print("csv.Error:", e)
