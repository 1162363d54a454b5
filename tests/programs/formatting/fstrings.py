x = 42
name = 'World'
items = [1, 2, 3]
d = {'key': 'value', 'n': 5}
print(f'Hello {name}!', f'{x}', f'{x + 1}', f'{x * 2 = }', f'{x=}', f'{name=!s}', f'{name = }')
print(f'{items[0]} {items[-1]} {len(items)} {d["key"]} {d["n"] * 2}', f"{d['key']}")
print(f'{x:>6}|', f'{x:<6}|', f'{x:^6}|', f'{x:06}', f'{x:+}', f'{x:x}', f'{x:#b}', f'{x:,}', f'{10 ** 7:_}')
print(f'{3.14159:.2f}', f'{3.14159:10.3f}|', f'{0.5:%}', f'{0.25:.0%}', f'{1e6:e}', f'{1234.5:g}')
w, p = 10, 3
print(f'{3.14159:{w}.{p}f}|', f'{name:{"*"}^{w}}', f'{x:{w}}|')
print(f'{name!r}', f'{name!a}', f'{"é"!a}', f'{name.upper()}', f'{"nested " + name}', f'{[i * 2 for i in items]}')
print(f'{{literal}}', f'{{{x}}}', f'{x}{x}', f'a{x}b{x}c', f'{x}' f'{name}' 'plain', F'{x}')
print(f'{x if x > 40 else 0}', f'{(lambda v: v + 1)(x)}', f'{d}', f'{items!r:>15}', f'{None}', f'{True:>6}')
print(f'{x = :>5}', f'{x=:#x}', f'{ x = }', f'{x!r:^7}|', f'{3 + 4=}')
print(f'''{name}
multi''', f"""{x}""", rf'\n{x}', fr'{name}\t')
obj = 3.5
print(f'{obj.real} {obj.is_integer()} {obj:.1f} {int(obj):03d}', f'{-0.0:+}', f'{2 ** 100}')
nested = [[1, 2], [3, 4]]
print(f'{nested[1][0]}', f'{", ".join(str(n) for n in items)}', f'{sum(items) / len(items):.2f}')
try:
    f'{x:q}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{name:d}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{undefined_var}'
except NameError as e:
    print(type(e).__name__, e)
