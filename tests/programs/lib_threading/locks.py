# _thread locks and threading's Lock/RLock/current_thread on one thread
import _thread
import re
import threading

def addr_free(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", re.sub(r"owner=\d+", "owner=N", s))

lock = threading.Lock()
print(type(lock), type(lock) is _thread.LockType)
print(addr_free(repr(lock)))
print(lock.acquire(), lock.locked())
print(addr_free(repr(lock)))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
for args, kwargs in [((False, 1), {}), ((), {"timeout": -2}), ((), {"timeout": "x"})]:
    try:
        lock.acquire(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(lock.acquire(timeout=-1), lock.locked())
lock.release()
try:
    lock.acquire(timeout=_thread.TIMEOUT_MAX * 2)
except OverflowError as e:
    print("OverflowError:", e)

r = threading.RLock()
print(type(r).__name__, addr_free(repr(r)))
print(r.acquire(), r.acquire(), r._is_owned())
print(addr_free(repr(r)))
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested rlock ok")

t = threading.current_thread()
print(t.name, t is threading.main_thread(), threading.active_count(), t.daemon, t.is_alive())
print(threading.get_ident() == _thread.get_ident() == t.ident, isinstance(threading.get_native_id(), int))
print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError, _thread.TIMEOUT_MAX, threading.TIMEOUT_MAX)
print(_thread.stack_size(), _thread._count(), hasattr(_thread, 'start_new_thread'))
try:
    _thread.start_new_thread(42, ())
except TypeError as e:
    print('TypeError:', e)
try:
    _thread.stack_size(1000)
except ValueError as e:
    print("ValueError:", e)

cond = threading.Condition()
with cond:
    print("notify without waiters:", cond.notify_all())
ev = threading.Event()
print(ev.is_set(), ev.wait(0))
ev.set()
print(ev.is_set(), ev.wait())
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

local = threading.local()
local.x = 5
print(local.x, hasattr(local, "y"))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
print(MyLocal(7).v)
