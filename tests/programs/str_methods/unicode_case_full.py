# Full Unicode case mapping, final sigma, titlecase digraphs and predicates.
words = ['straße', 'ﬁne ﬂow', 'ΣΊΣΥΦΟΣ', 'ΌΣΟΣ σ', 'Σ', 'aΣ', 'aΣb', "a'Σ", 'ǆemal ǈudi', 'İstanbul', 'ıi', 'ŉ', 'ﬀﬃﬆ',
         'ᾳ ᾼ ῳ', 'ǰ', 'ΐΰ', 'և', 'ẞ', 'Ꭰꭰ', 'hello wORLD', "they're bill's", '3rd αβγ', 'ǅ', 'ᵃᵇ', 'ⓐⓑ Ⓐ', 'ǲa', 'KÅΩ']
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
    print('  ', w.islower(), w.isupper(), w.istitle(), w.isalpha(), len(w.upper()), w.upper().lower() == w.lower())
chars = 'aZ5²½٣五Ⅻⅻ ・\u2028\x85\x1c\u00a0\u3000_\u200bé\u0301ǅ·𝔄😀\x7f\ufeff'
for c in chars:
    print(ascii(c), c.isalpha(), c.isalnum(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable(),
          c.isidentifier(), ('a' + c).isidentifier(), c.islower(), c.isupper(), c.istitle())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), 'ǅungla'.istitle(), ''.istitle(), '123'.istitle())
print('a\u2028b\x1cc\x1dd\x1ee\x85f\x0bg\x0ch'.splitlines(), 'x\u3000y\u2003z'.split())
print('ß'.upper(), 'ß'.casefold(), 'ß'.title(), 'ﬃ'.title(), 'ŉ'.upper(), 'İ'.lower(), len('İ'.lower()))
