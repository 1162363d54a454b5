# Slices of str with steps, both signs, out-of-range bounds, ASCII and not.
for s in ["abcdefghij", "aé€😀bcdé€😀xyz", "", "x", "é"]:
    for start in [None, -100, -3, -1, 0, 1, 2, 5, 100]:
        for stop in [None, -100, -3, 0, 3, 100]:
            for step in [None, 1, 2, 3, -1, -2, -5, 7]:
                r = s[start:stop:step]
                print(repr(r), len(r), r.isascii(), end=" ")
    print()
print("abc"[::-1] == "cba", "aé€"[::-1])
