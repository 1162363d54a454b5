# _run_exitfuncs / _clear
import atexit

log = []
atexit._clear()  # site may have registered some already
atexit.register(log.append, 1)
atexit.register(log.append, 2)
atexit._run_exitfuncs()
print(log, atexit._ncallbacks())
atexit.register(log.append, 3)
atexit._clear()
print(atexit._ncallbacks())
atexit._run_exitfuncs()
print(log)

def unregisters_other():
    print("unregistering the next one")
    atexit.unregister(other)
def other():
    print("never runs")
atexit.register(other)
atexit.register(unregisters_other)
try:
    raise KeyError("uncaught at top level")
finally:
    print("finally before exit")
