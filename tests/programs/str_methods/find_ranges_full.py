# find/rfind/count/startswith/endswith with start/end, ASCII and not.
strs = ['abcabcabc', 'héllo wörld', 'a😀b😀c', '日本語のテキスト', '']
subs = ['', 'a', 'bc', 'ö', '😀', 'テキ', 'zz']
idx = [None, 0, 2, -1, -4, 7, 100, -100]
for s in strs:
    for sub in subs:
        out = []
        for a in idx:
            for b in idx[::3]:
                out.append((s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b), s.startswith(sub, a, b), s.endswith(sub, a, b)))
        print(repr(s), repr(sub), out)
        print('  ', s.split(sub) if sub else s.split(), s.partition(sub or 'x'), s.replace(sub, '<>', 2), s.replace(sub, '-'))
print('abc'.startswith(('x', 'ab')), 'abc'.endswith(('c',), 0, 2), 'abc'.find('c', True), 'abc'[1:].index('c'))
