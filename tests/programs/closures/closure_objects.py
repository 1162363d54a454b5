# Closures used as lightweight objects and callback registries
def make_point(x, y):
    def dispatch(msg, *args):
        nonlocal x, y
        if msg == "get":
            return (x, y)
        if msg == "move":
            x += args[0]
            y += args[1]
            return (x, y)
        if msg == "scale":
            x, y = x * args[0], y * args[0]
            return (x, y)
        raise ValueError("unknown message " + repr(msg))
    return dispatch
p = make_point(1, 2)
print(p("get"), p("move", 3, 4), p("scale", 10), p("get"))
try:
    p("jump")
except ValueError as e:
    print(type(e).__name__, e)
def event_bus():
    handlers = {}
    def on(name, fn):
        handlers.setdefault(name, []).append(fn)
    def emit(name, payload):
        return [fn(payload) for fn in handlers.get(name, [])]
    return on, emit
on, emit = event_bus()
seen = []
on("msg", lambda p: seen.append(p) or "logged")
on("msg", lambda p: p.upper())
on("other", lambda p: "other")
print(emit("msg", "hi"), emit("none", "x"), seen)
def memoize(fn):
    cache = {}
    hits = [0]
    def wrapper(n):
        if n in cache:
            hits[0] += 1
            return cache[n]
        cache[n] = fn(n)
        return cache[n]
    wrapper.hits = lambda: hits[0]
    return wrapper
@memoize
def slow_square(n):
    return n * n
print([slow_square(i % 3) for i in range(7)], slow_square.hits())
def rate_limiter(limit):
    used = 0
    def allow():
        nonlocal used
        if used >= limit:
            return False
        used += 1
        return True
    return allow
allow = rate_limiter(2)
print([allow() for _ in range(4)])
def partial(fn, *pre, **kpre):
    def call(*args, **kw):
        merged = dict(kpre)
        merged.update(kw)
        return fn(*pre, *args, **merged)
    return call
def volume(l, w, h, unit="cm"):
    return str(l * w * h) + unit
print(partial(volume, 2)(3, 4), partial(volume, 2, 3, unit="m")(5), partial(volume)(1, 1, 1, unit="mm"))
