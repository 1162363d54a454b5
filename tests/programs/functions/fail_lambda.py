# Uncaught KeyError raised inside a lambda used as a sort key
records = [{"name": "b", "age": 3}, {"name": "a", "age": 1}, {"name": "c"}]

def by(field):
    return lambda rec: rec[field]

def sort_records(recs, field):
    print("sorting by", field)
    return sorted(recs, key=by(field))

get_name = by("name")
print(get_name.__name__, get_name.__qualname__)
print([get_name(r) for r in records])
print([r["name"] for r in sort_records(records, "name")])
try:
    by("zzz")(records[0])
except KeyError as e:
    print("caught:", repr(e))
print(sort_records(records, "age"))
print("not reached")
