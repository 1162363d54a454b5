words = ['hello world', 'HELLO', 'hElLo WoRlD', "they're bill's friends", 'a1b2 c3d', '', '123',
         'straße', 'ǅungla', 'élan vital', 'ﬁne', 'Σίσυφος', 'ß', 'hello-world_foo bar', 'o\'neil mcdonald']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()), repr(w.casefold()))
print('ΣΑΣ'.lower(), 'İ'.lower(), len('İ'.lower()), 'ﬀ'.upper(), 'ŉ'.upper())
print('abc'.upper().lower(), 'Hello'.swapcase().swapcase())
print('hello world'.title() == 'Hello World', 'HELLO WORLD'.capitalize())
print('1st place'.title(), '1st place'.capitalize(), 'x'.capitalize(), 'ABC DEF'.title())
print('straße'.casefold() == 'STRASSE'.casefold(), 'straße'.lower() == 'strasse')
