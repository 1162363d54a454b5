print(eval('1 + 2 * 3'), eval('[x * x for x in range(4)]'), eval('  7  '))
print(eval('a + b', {'a': 1, 'b': 2}), eval('a * b', {'a': 3}, {'b': 4}))
ns = {}
exec('y = 5\nz = y * 2', ns)
print(ns['y'], ns['z'], '__builtins__' in ns)
ns2 = {'base': 100}
exec('def add(n):\n    return base + n\nresult = add(5)', ns2)
print(ns2['result'], ns2['add'](1))
print(exec('1 + 1'))
g = {}
l = {}
exec('q = 1', g, l)
print('q' in g, 'q' in l)
counter = 0
exec('counter += 1')
print(counter)
for src in ['1 +', 'x = = 2', ')']:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('undefined_name')
except NameError as e:
    print(type(e).__name__, e)
try:
    eval('1 / 0')
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print(type(e).__name__, e)
print(eval('len("abc")', {}), eval('abs(-3)', {'__builtins__': {'abs': abs}}))
try:
    eval('len("abc")', {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
code = compile('a * 2', '<string>', 'eval')
print(eval(code, {'a': 21}))
code2 = compile('for i in range(3):\n    out.append(i)', '<string>', 'exec')
out = []
exec(code2)
print(out)
print(eval("'%s-%s' % (1, 2)"), eval('(lambda q: q + 1)(1)'))
print(eval('\n42\n'))
