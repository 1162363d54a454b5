class WithCall:
    def __call__(self, x):
        return x * 2


class Plain:
    def method(self):
        return 1


def func():
    pass


print(callable(func), callable(lambda: 0), callable(len), callable(print))
print(callable(int), callable(Plain), callable(WithCall), callable(type))
print(callable(Plain()), callable(WithCall()), callable(Plain().method), callable(Plain.method))
print(callable(1), callable('s'), callable(None), callable([]), callable(str.upper), callable('a'.upper))
w = WithCall()
print(w(21))
p = Plain()
p.__call__ = lambda: 'instance attr'
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
for obj in [1, 'x', None, [1], (1,)]:
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)
