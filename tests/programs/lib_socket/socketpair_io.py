# socket.socketpair I/O: send/sendall/recv/recv_into, non-blocking errors, timeouts, shutdown, detach, dup, options, selectors.
import errno
import selectors
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.proto, repr(a.family), repr(a.type))
print(a.getsockname(), a.getpeername(), a.gettimeout(), a.getblocking())
print(a.send(b"hello"), b.recv(3), b.recv(100))
a.sendall(b"x" * 10000)
got = b""
while len(got) < 10000:
    got += b.recv(4096)
print(len(got), set(got))
buf = bytearray(8)
a.send(b"abc")
print(b.recv_into(buf), buf)
a.send(b"defgh")
print(b.recv_into(memoryview(buf)[2:], 3), buf)
print(b.recv(10))
try:
    b.recv_into(bytearray(2), 5)
except ValueError as e:
    print("ValueError:", e)
try:
    b.recv_into(b"immutable")
except TypeError as e:
    print("TypeError:", e)
try:
    b.recv(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    a.send("text")
except TypeError as e:
    print("TypeError:", e)

b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN)
b.settimeout(0.01)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except socket.timeout as e:
    print("timeout:", e, type(e).__name__, socket.timeout is TimeoutError)
b.settimeout(None)
for bad in (-1, "x"):
    try:
        b.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print(a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) >= 65536)
print(len(a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4)))
try:
    a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 5000)
except OSError as e:
    print("OSError:", e)

with selectors.DefaultSelector() as sel:
    sel.register(b, selectors.EVENT_READ, data="reader")
    print(sel.select(0))
    a.send(b"ping")
    print([(key.data, events) for key, events in sel.select(0)])
    print(b.recv(4))

c = a.dup()
print(c.fileno() != a.fileno(), c.family == a.family)
c.send(b"via dup")
print(b.recv(100))
c.close()
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
fd = b.detach()
print(fd > 2, b.fileno(), repr(b)[:40])
b2 = socket.socket(fileno=fd)
print(b2.family == socket.AF_UNIX, b2.type == socket.SOCK_STREAM)
b2.close()
a.close()
print(a.fileno(), a._closed, "closed" in repr(a))
try:
    a.recv(1)
except OSError as e:
    print("OSError:", e.errno == errno.EBADF)
a.close()

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
    u.bind(("127.0.0.1", 0))
    host, port = u.getsockname()
    print(host, 0 < port < 65536)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as v:
        v.sendto(b"datagram", ("127.0.0.1", port))
        data, addr = u.recvfrom(100)
        print(data, addr[0], addr == v.getsockname())
print(u._closed)

with socket.socket() as srv:
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    cli = socket.create_connection(srv.getsockname())
    conn, peer = srv.accept()
    print(peer == cli.getsockname(), conn.getpeername() == cli.getsockname())
    cli.sendall(b"tcp hello")
    print(conn.recv(100))
    f = conn.makefile("rwb")
    cli.sendall(b"line one\nline two\n")
    print(f.readline(), f.readline())
    f.close()
    conn.close()
    cli.close()
