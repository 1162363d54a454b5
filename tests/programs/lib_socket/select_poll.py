# select.select / poll / epoll over socketpairs and pipes: readiness, registration errors, closed epoll, argument errors.
import os
import select
import socket


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


a, b = socket.socketpair()
r, w = os.pipe()
NAMES = {a.fileno(): "a", b.fileno(): "b", r: "r", w: "w"}


def named(events):
    return sorted((NAMES[fd], ev) for fd, ev in events)

print(select.error is OSError, select.POLLIN, select.POLLOUT, select.EPOLLIN, select.EPOLLOUT, select.EPOLLET == 1 << 31)

rl, wl, xl = select.select([a, b, r], [a, w], [], 0)
print(rl, [x is a for x in wl], xl == [])
b.send(b"x")
os.write(w, b"pipe")
rl, wl, xl = select.select([a, b, r], [], [], 0)
print([x is a for x in rl], r in rl)
print(a.recv(1), os.read(r, 10))
print(select.select([a], [], [], 0.0), select.select((), (), ()) if False else "skip-block")
t("select not seq", lambda: select.select(1, [], []))
t("select neg fd", lambda: select.select([-1], [], []))
t("select bad item", lambda: select.select(["a"], [], []))
t("select neg timeout", lambda: select.select([], [], [], -1))
t("select str timeout", lambda: select.select([], [], [], "a"))
t("select huge fd", lambda: select.select([5000], [], [], 0))


class HasFileno:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


obj = HasFileno(b.fileno())
a.send(b"y")
print(select.select([obj], [], [], 0)[0] == [obj])
b.recv(1)

p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno())
p.register(r, select.POLLIN | select.POLLPRI)
print(named(p.poll(0)))
os.write(w, b"z")
print(named(p.poll(0)))
p.modify(b, select.POLLIN)
print(named(p.poll(0)))
p.unregister(b)
try:
    p.unregister(b)
except KeyError as e:
    print("unregister missing: KeyError with the fd", e.args == (b.fileno(),))
t("modify missing", lambda: p.modify(b, select.POLLIN))
t("register negative", lambda: p.register(-1))
t("bad timeout", lambda: p.poll("a"))
t("bad mask", lambda: p.register(a, -1))
t("float timeout", lambda: named(p.poll(0.5)))
os.read(r, 10)
t("nothing ready", lambda: p.poll(0))

ep = select.epoll()
print(ep.closed, ep.fileno() > 2)
ep.register(a.fileno(), select.EPOLLIN)
ep.register(b, select.EPOLLIN | select.EPOLLOUT)
print(named(ep.poll(0)))
b.send(b"data")
print(named(ep.poll(0)))
ep.modify(b, select.EPOLLIN)
print(named(ep.poll(timeout=0, maxevents=5)))
t("register twice", lambda: ep.register(a))
t("modify unknown", lambda: ep.modify(w, select.EPOLLIN))
t("maxevents 0", lambda: ep.poll(0, 0))
ep.unregister(a)
print(ep.poll(0))
with ep:
    pass
print(ep.closed)
t("closed fileno", lambda: ep.fileno())
t("closed poll", lambda: ep.poll())
t("closed register", lambda: ep.register(a))
t("negative sizehint", lambda: select.epoll(-5))
with select.epoll() as ep2:
    ep2.register(r, select.EPOLLIN)
    os.write(w, b"!")
    print(ep2.poll(0) == [(r, select.EPOLLIN)])
print(ep2.closed)
a.close()
b.close()
os.close(r)
os.close(w)

# any iterable is accepted (PySequence_Fast), and errors from it propagate
c, d = socket.socketpair()
c.send(b"1")
print(select.select({d}, (x for x in [c]), [], 0)[0] == [d])


def gen():
    yield d
    raise KeyError("inside")


try:
    select.select(gen(), [], [], 0)
except KeyError as e:
    print("KeyError", e)
c.close()
d.close()
