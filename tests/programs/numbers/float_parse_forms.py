# float() of text: underscores, Unicode digits and spaces, specials, malformed literals.
for t in ["1.5", " 1_000.5 ", "1__0", "_1", "1_", "1e5", "-inf", "nan", "١٢٣.٤", "\u20031.5\u2003", "1.5x", "", "0x10", "1_0.0_1", "1e1_0", ".5", "5.", "1e", "+.1e-3"]:
    try:
        print(repr(t), float(t))
    except ValueError as e:
        print(repr(t), e)
