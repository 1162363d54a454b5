"""A first program for tern: a little of everything."""


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Greeter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Greeter({self.name!r})"

    def greet(self):
        return f"Hello, {self.name}!"


print(Greeter("world").greet())
print([fib(n) for n in range(15)])
print({n: n * n for n in range(5)}, 2 ** 100, 0.1 + 0.2)
