# Format errors name the subclass, as CPython does.
class F(float): pass
class S(str): pass
class C(complex): pass
class I(int): pass
for v in [F(1.5), S('a'), C(1j), I(3), True]:
    for spec in ['10.2ff', 'q', ',c']:
        try:
            print(format(v, spec))
        except ValueError as e:
            print(e)
