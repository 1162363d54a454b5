class Animal:
    kind = 'animal'

    def __init__(self, name):
        self.name = name
        self._secret = 1

    def speak(self):
        return '...'


class Dog(Animal):
    def fetch(self):
        return 'ball'


d = Dog('rex')
d.extra = [1]
print(vars(d))
print(vars(d) is d.__dict__)
vars(d)['injected'] = True
print(d.injected)
print([n for n in dir(d) if not n.startswith('__')])
print([n for n in dir(Dog) if not n.startswith('__')])
print([n for n in dir(Animal) if not n.startswith('__')])
print('__init__' in dir(d), '__class__' in dir(d), dir(d) == sorted(dir(d)))
print(sorted(k for k in vars(Animal) if not k.startswith('__')))
print('fetch' in vars(Dog), 'speak' in vars(Dog))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars([])
except TypeError as e:
    print(type(e).__name__, e)


class WithDir:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']


print(dir(WithDir()))
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir('') if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
print([n for n in dir(1) if not n.startswith('_')])


def f():
    local_a = 1
    local_b = 2
    return dir()


print(f())
