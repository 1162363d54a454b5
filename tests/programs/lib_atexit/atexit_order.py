# atexit: LIFO order after the main program, arguments, unregister, errors reported and skipped
import atexit
import sys

def say(*args, **kwargs):
    print("exit handler:", args, sorted(kwargs.items()))

class Boom:
    def __call__(self):
        raise ValueError("boom in handler")
    def __repr__(self):
        return "<Boom>"

def dropped():
    print("never printed")

base = atexit._ncallbacks()  # site may have registered some already
print(atexit.register(say, 1, 2, key="v") is say)
atexit.register(Boom())
atexit.register(dropped)
atexit.register(say, "second registration")
atexit.register(dropped)
print(atexit._ncallbacks() - base)
atexit.unregister(dropped)
print(atexit._ncallbacks() - base)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)

@atexit.register
def decorated():
    print("decorated handler runs first")
    sys.stdout.write("stdout still open\n")

# _run_exitfuncs runs and clears what is registered so far
tmp = []
atexit.register(tmp.append, "ran")
print("main program ends")
