# Uncaught exception raised inside a generator, propagating through a consumer
def parse_numbers(tokens):
    for tok in tokens:
        yield int(tok)

def total(tokens):
    s = 0
    for n in parse_numbers(tokens):
        s += n
        print("running total", s)
    return s

gen = parse_numbers(["5", "6"])
print(next(gen), next(gen), next(gen, "end"))
print(total(["1", "2", "3"]))
print(total([]))
print(sum(parse_numbers(["7", "8"])), list(parse_numbers("123")))
print(type(gen).__name__)
print(total(["10", "x20", "30"]))
print("not reached")
