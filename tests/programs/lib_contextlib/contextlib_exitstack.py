# contextlib.ExitStack: callback order, exception passing and suppression, pop_all, enter_context errors, exception context fixing.
import contextlib
from contextlib import ExitStack

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with ExitStack() as st:
    vals = [st.enter_context(CM(n)) for n in "abc"]
    st.callback(print, "callback", 1, sep="-")
    @st.push
    def exit_fn(et, ev, tb):
        print("pushed exit", et)
    print("body", vals)

with ExitStack() as st:
    st.enter_context(CM("outer"))
    st.enter_context(CM("swallow", suppress=True))
    st.enter_context(CM("inner"))
    raise KeyError("boom")
print("after suppressed")

try:
    with ExitStack() as st:
        st.callback(lambda: print("cb runs"))
        def raiser(*exc):
            raise ValueError("from exit")
        st.push(raiser)
        raise KeyError("original")
except ValueError as e:
    print("ValueError", e, "context:", repr(e.__context__))

try:
    with ExitStack() as st:
        def r1(*exc):
            raise TypeError("first")
        def r2(*exc):
            raise IndexError("second")
        st.push(r1)
        st.push(r2)
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))

with ExitStack() as st:
    st.enter_context(CM("moved"))
    moved = st.pop_all()
print("stack closed, moved still open")
moved.close()

st = ExitStack()
st.callback(print, "closed explicitly")
st.close()
st.close()

class NotCM:
    pass
try:
    ExitStack().enter_context(NotCM())
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self):
        return 1
try:
    ExitStack().enter_context(OnlyEnter())
except TypeError as e:
    print("TypeError:", e)
try:
    ExitStack().push(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)

with ExitStack() as st:
    wrapped = st.callback(lambda x: print("wrapped", x), 42)
    print(callable(wrapped), wrapped(0))

@contextlib.contextmanager
def managed(tag):
    print("setup", tag)
    try:
        yield tag
    finally:
        print("teardown", tag)

with ExitStack() as st:
    for t in ("x", "y"):
        st.enter_context(managed(t))
