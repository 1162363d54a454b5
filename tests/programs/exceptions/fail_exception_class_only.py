# Uncaught exception raised as a bare class (no message) from a nested call in a loop
class EmptyQueue(Exception):
    pass

def pop(queue):
    if not queue:
        raise EmptyQueue
    return queue.pop(0)

def drain(queue, n):
    for _ in range(n):
        print("got", pop(queue))

print(pop([10, 20]))
try:
    pop([])
except EmptyQueue as e:
    print("caught:", repr(e), e.args)
drain([1, 2, 3], 5)
print("not reached")
