# str.split and str.rsplit: separators, maxsplit by position and keyword, errors, subclasses.
for t in ["a,b,,c", "", ",", "a", " a  b c ", "é,€,😀", "a,b,c,d"]:
    for args, kw in [((",",), {}), ((), {}), ((None,), {}), ((",", 1), {}), ((",", 0), {}), ((",", -1), {}), ((), {"sep": ","}), ((), {"maxsplit": 1}), ((",",), {"maxsplit": 2}), ((None, 1), {})]:
        print(t.split(*args, **kw), t.rsplit(*args, **kw))
for bad in [((1,), {}), (("",), {}), ((",", "x"), {}), ((), {"sepx": 1}), ((",", 1, 2), {})]:
    for m in ["split", "rsplit"]:
        try:
            getattr("a,b", m)(*bad[0], **bad[1])
        except (TypeError, ValueError) as e:
            print(m, type(e).__name__, e)
class S(str): pass
print(S("a,b").split(","), type(S("a,b").split(",")[0]))
