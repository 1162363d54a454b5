from itertools import product, permutations, combinations, combinations_with_replacement, zip_longest

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', range(2), repeat=2))[:6])
print(list(product()), list(product([], [1])), list(product([1], repeat=0)))
print(len(list(product(range(3), range(4), range(2)))))

print(list(permutations('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations([1, 2], 3)), list(permutations([], 0)), list(permutations([1, 2], 0)))
print(len(list(permutations(range(5)))), len(list(permutations(range(6), 3))))
print(list(permutations('abcd', None))[:5])

print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations('AB', 3)), list(combinations('AB', 0)), list(combinations([], 0)))
print(len(list(combinations(range(10), 4))))

print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement(range(3), 3)))

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', [1, 2, 3], range(1))))
print(list(zip_longest()), list(zip_longest([])))
print(list(zip_longest('a', fillvalue=None)))

# keyword forms
print(list(combinations(iterable=[1, 2, 3], r=2)))
print(list(permutations(iterable='ab', r=1)))
