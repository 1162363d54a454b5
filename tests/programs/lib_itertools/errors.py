import itertools as it

tests = [
    "it.count(1, 2, 3)", "it.count(x=1)", "it.count('a')", "it.count(1, 'a')",
    "it.cycle()", "it.cycle(1)", "it.cycle([], x=1)",
    "it.repeat()", "it.repeat(1, 'a')", "it.repeat(1, 2, 3)", "it.repeat(1, 2.5)",
    "it.accumulate()", "it.accumulate([1], None, None)", "it.accumulate(5)",
    "it.chain(x=1)", "it.chain.from_iterable()", "it.chain.from_iterable(3)",
    "it.compress([1])", "it.compress([1], [2], [3])",
    "it.dropwhile(len)", "it.dropwhile(len, [], x=1)", "it.takewhile(len)", "it.filterfalse(len)", "it.starmap(len)",
    "it.starmap(len, [1]).__next__()",
    "it.groupby()", "it.groupby([], key=None, x=2)",
    "it.islice()", "it.islice([1])", "it.islice([1], -1)", "it.islice([1], 'a')", "it.islice([1], 1, 2, 0)",
    "it.islice([1], 1, 2, 3, 4)", "it.islice([1], 0, -1)", "it.islice([1], None, None, -1)", "it.islice([1], x=1)",
    "it.islice([1], -5, 3)", "it.islice([1], 1.5)", "it.islice(3, 4)",
    "it.pairwise()", "it.pairwise(1)",
    "it.tee()", "it.tee([], -1)", "it.tee([], 'a')", "it.tee(1)",
    "it.zip_longest(x=1)", "it.zip_longest(1)", "it.zip_longest([], fillvalue=1, x=2)",
    "it.product(x=1)", "it.product([1], repeat=-1)", "it.product(1)",
    "it.permutations()", "it.permutations([1], -1)", "it.permutations([1], 'a')", "it.permutations([1], 1.0)",
    "it.combinations([1])", "it.combinations([1], -1)", "it.combinations([1], 'x')",
    "it.combinations_with_replacement([1], -1)", "it.combinations_with_replacement([1])",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', type(r).__name__)
    except Exception as e:
        print(t, '!!', type(e).__name__, e)

def boom():
    yield 1
    raise KeyError('boom')
for name, mk in [('chain', lambda: it.chain(boom())), ('islice', lambda: it.islice(boom(), 5)), ('cycle', lambda: it.cycle(boom()))]:
    g = mk()
    try:
        print(name, next(g), next(g))
    except KeyError as e:
        print(name, 'KeyError', e)
