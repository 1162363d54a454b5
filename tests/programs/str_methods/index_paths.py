s = "héllo wörld" * 3
a = "hello world"
out = []
for i in range(-len(a), len(a)):
    out.append(a[i])
for i in range(-len(s), len(s), 7):
    out.append(s[i])
for k in (len(a), -len(a) - 1, 10**20, True):
    try:
        out.append(a[k])
    except IndexError as e:
        out.append(str(e))
class S(str):
    def __getitem__(self, i):
        return "sub"
out.append(S("abc")[0])
print(out)
