# sys.exit with an integer status after doing some work
import sys

def process(items):
    done = 0
    for item in items:
        if item < 0:
            print("bad item", item)
            sys.exit(3)
        done += item
        print("processed", item)
    return done

try:
    sys.exit(7)
except SystemExit as e:
    print("caught exit code", e.code)
print(process([1, 2, 3]))
try:
    process([4, -1, 5])
finally:
    print("finally runs during sys.exit")
print("not reached")
