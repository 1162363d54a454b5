# sys.exit with a string: message goes to stderr, exit status 1
import sys

def main(args):
    print("args:", args)
    if len(args) < 2:
        sys.exit("usage: prog NAME VALUE")
    print("never")

try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught SystemExit", repr(e.code))
main(["only-one"])
