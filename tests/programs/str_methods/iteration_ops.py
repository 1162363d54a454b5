s = 'hello'
for ch in s:
    print(ch, end='.')
print()
it = iter('ab')
print(next(it), next(it), next(it, 'stop'))
print(list(enumerate('abc')), list(zip('abc', 'xy')), sorted('banana'), set('aab') == {'a', 'b'})
print([c.upper() for c in 'abc' if c != 'b'], ''.join(c * 2 for c in 'xyz'))
print('a' + 'b' + 'c', 'ab' 'cd', ('x' 'y') * 2)
acc = ''
for i in range(5):
    acc += str(i)
print(acc, len(acc))
t = 'x'
t2 = t
t += 'y'
print(t, t2)
print(str.upper('abc'), str.join('-', 'abc'), str.__len__('abcd'), 'ab'.__add__('c'), 'ab'.__mul__(2))
print('abc'.__contains__('b'), 'abc'.__getitem__(1), 'b'.__lt__('a'), str.__doc__ is not None)
print(list(map(str.strip, [' a ', 'b '])), list(filter(str.isupper, 'aBcD')))
print('%s and %s' % ('x', 'y'), 'abc'.__iter__().__next__())
words = 'the quick brown fox jumps over the lazy dog'.split()
print(max(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print({w: len(w) for w in words})
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
