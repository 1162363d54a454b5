print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(False))
print(abs(-10 ** 30), abs(-1e-320), abs(float('-inf')))
print(abs(-(2 ** 63)), abs(-(2 ** 64)))
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(None)
except TypeError as e:
    print(type(e).__name__, e)


class A:
    def __abs__(self):
        return 'absolute!'


print(abs(A()))
print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]))
print(any('') , all(''), any('a'), all(['', 'x']), all([[]]), any([[]]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
print(any({0: 1}), all({0: 1}), any({1: 0}), any(set()), all(()))
seen = []


def check(x):
    seen.append(x)
    return x


print(any(check(x) for x in [0, 0, 3, 4, 0]), seen)
seen.clear()
print(all(check(x) for x in [1, 2, 0, 4]), seen)
print(any([None, '', 0.0, (), False]), all([1, 'a', 1.5, (0,), True]))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    all()
except TypeError as e:
    print(type(e).__name__, e)
r1 = any([0, 'x', 5])
r2 = all([1, '', 5])
print(r1, type(r1).__name__, r2, type(r2).__name__)
