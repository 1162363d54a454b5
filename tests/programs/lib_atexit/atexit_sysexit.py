# handlers run after an uncaught SystemExit, and the exit status is kept
import atexit
import sys

def cleanup(name):
    print("cleanup", name)

atexit.register(cleanup, "first")
atexit.register(cleanup, "second")
atexit.register(print, "handlers see the program's output first")
print("before exit")
sys.exit(3)
