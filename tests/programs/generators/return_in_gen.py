# return inside a generator ends iteration, possibly early
def until_negative(values):
    for v in values:
        if v < 0:
            return "hit negative " + str(v)
        yield v
    return "ran out"
print(list(until_negative([1, 2, -3, 4])))
print(list(until_negative([1, 2])))
def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value
print(collect(until_negative([5, -1])))
print(collect(until_negative([])))
def bare_return(flag):
    yield "first"
    if flag:
        return
    yield "second"
print(list(bare_return(True)), list(bare_return(False)))
def return_in_try():
    try:
        yield 1
        return "from try"
    finally:
        print("finally on return")
print(collect(return_in_try()))
def return_in_loop_nested():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return (i, j)
            yield (i, j)
print(collect(return_in_loop_nested()))
def is_generator_even_if_unreachable():
    return 5
    yield
g = is_generator_even_if_unreachable()
print(type(g).__name__, collect(g))
def conditional_yield(make_gen):
    if make_gen:
        yield "yielded"
    return "returned"
print(type(conditional_yield(False)).__name__, collect(conditional_yield(False)))
def gen_return_none():
    yield 1
    return None
print(collect(gen_return_none()))
