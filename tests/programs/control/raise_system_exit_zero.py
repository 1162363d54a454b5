# raise SystemExit(0) ends the program with status 0 and no traceback
def finish():
    print("finishing")
    raise SystemExit(0)

def run(steps):
    for step in range(steps):
        print("step", step)
        if step == 2:
            finish()
    return "completed"

print(run(2))
try:
    run(5)
except Exception:
    print("never: SystemExit is not an Exception")
finally:
    print("finally still runs")
print("not reached")
