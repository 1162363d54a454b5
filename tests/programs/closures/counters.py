# Counter and accumulator closures with independent state
def make_counter(start=0, step=1):
    n = start
    def counter():
        nonlocal n
        current = n
        n += step
        return current
    return counter
c1 = make_counter()
c2 = make_counter(100, -10)
print(c1(), c1(), c1(), c2(), c2(), c1())
def make_stats():
    values = []
    def add(v):
        values.append(v)
    def mean():
        return sum(values) / len(values) if values else None
    def count():
        return len(values)
    return add, mean, count
add, mean, count = make_stats()
print(mean(), count())
for v in [2, 4, 9]:
    add(v)
print(mean(), count())
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    def get():
        return balance
    return {"deposit": deposit, "withdraw": withdraw, "balance": get}
acct = bank(50)
print(acct["deposit"](25), acct["withdraw"](100), acct["withdraw"](70), acct["balance"]())
other = bank(0)
print(other["balance"](), acct["balance"]())
def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper
calls = []
init = once(lambda: calls.append("ran") or len(calls))
print(init(), init(), init(), calls)
def fib_gen_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
nxt = fib_gen_closure()
print([nxt() for _ in range(12)])
def toggler():
    state = False
    def toggle():
        nonlocal state
        state = not state
        return state
    return toggle
t = toggler()
print(t(), t(), t())
