# Generator pipelines: each stage lazily pulls from the previous one
log = []
def source(items):
    for it in items:
        log.append("src " + str(it))
        yield it
def double(stream):
    for x in stream:
        log.append("dbl " + str(x))
        yield x * 2
def only_big(stream, limit):
    for x in stream:
        if x > limit:
            yield x
pipe = only_big(double(source([1, 5, 2, 8, 3])), 5)
print(log)
print(next(pipe))
print(log)
print(list(pipe))
print(log)
lines = ["# comment", "alpha 1", "", "beta 2", "# another", "gamma 3"]
def strip_comments(ls):
    return (l for l in ls if l and not l.startswith("#"))
def parse(ls):
    for l in ls:
        name, num = l.split()
        yield name, int(num)
def running_total(pairs):
    total = 0
    for name, n in pairs:
        total += n
        yield name, total
print(list(running_total(parse(strip_comments(lines)))))
def batched(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)), list(batched([], 2)))
def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def enumerate_like(it, start=0):
    i = start
    for x in it:
        yield i, x
        i += 1
print(list(enumerate_like("abc", 1)))
def unique(it):
    seen = []
    for x in it:
        if x not in seen:
            seen.append(x)
            yield x
print(list(unique([3, 1, 3, 2, 1, 5])))
squares = (x * x for x in range(10))
odd_squares = (s for s in squares if s % 2)
print(sum(odd_squares), list(squares))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
