# An exception raised in finally replaces the original one, which becomes its context
def work(fail_in_finally):
    try:
        print("working")
        raise ValueError("original problem")
    finally:
        print("finally block")
        if fail_in_finally:
            undefined_helper()

print(work.__name__)
try:
    work(True)
except NameError as e:
    print("caught:", e, "| context:", repr(e.__context__))
print("about to call work(False)")
try:
    work(False)
except ValueError as e:
    print("caught original:", e)
work(True)
print("not reached")
