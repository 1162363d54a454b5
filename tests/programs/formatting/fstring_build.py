# f-strings joining parts: non-ASCII text, conversions, specs, a str subclass's __format__, empty parts.
class S(str):
    def __format__(self, spec): return S("<" + str.__str__(self) + ">")
x = "é€"; n = 5; e = S("ab")
print(f"{x}{n}{x!r}{e}", len(f"{x}{n}{x!r}{e}"), f"", len(f"{''}"), f"{x:>6}|{n:03d}|{e}", f"{'😀'}{x}".isascii(), f"ab{'c'}".isascii())
