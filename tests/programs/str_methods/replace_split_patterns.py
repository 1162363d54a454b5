# str.replace with counts and one- or many-character patterns; split and rsplit by the same.
for t in ["", "a", "aaa", "a*b**c", "é*€", "xyz", "**", "a\nb\n", "ababab"]:
    for old, new in [("*", ""), ("*", "--"), ("a", "é"), ("", "-"), ("ab", "X"), ("\n", ";"), ("é", "e"), ("zz", "q")]:
        for c in [None, -1, 0, 1, 2, 100]:
            r = t.replace(old, new) if c is None else t.replace(old, new, c)
            print(repr(r), end=" ")
        print(t.split(old) if old else None, t.split(old, 1) if old else None, t.rsplit(old, 1) if old else None)
