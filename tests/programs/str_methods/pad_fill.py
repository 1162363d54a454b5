# ljust, rjust and center: widths around the length, ASCII and other text and fill characters.
for w in range(-1, 14):
    for t in ['', 'a', 'ab', 'abc', 'é', 'aé€']:
        for f in [' ', '*', 'é', '😀']:
            print(repr(t.center(w, f)), repr(t.ljust(w, f)), repr(t.rjust(w, f)), len(t.center(w,f)))
