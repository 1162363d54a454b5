import _operator as o
tests = ['o.add(1)', 'o.add(1, b=2)', 'o.not_(x=1)', 'o.not_(1, 2)', 'o.truth()', 'o.pow(2)', 'o.call()',
         'o.countOf(1, 2)', 'o.indexOf([1], 2)', 'o.length_hint(1, "a")', 'o.length_hint([], 1, 2)', 'o.length_hint()',
         'o.concat(1, 2)', 'o.iconcat(1, 2)', 'o.index(1.5)', 'o._compare_digest("a", b"a")', 'o._compare_digest("\xe9", "\xe9")',
         'o._compare_digest(1, 2)', 'o.add("a", 1)', 'o.lt(1, "a")', 'o.getitem([], 3)', 'o.delitem({}, 1)', 'o.neg("x")',
         'o.setitem((), 0, 1)', 'o.truediv(1, 0)', 'o.contains(3, 1)']
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
