# socket timeouts and blocking modes: accept timing out, create_connection/create_server, default timeout, non-blocking connect, SOCK_NONBLOCK.
import socket
srv = socket.create_server(("127.0.0.1", 0))
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print("accept timeout:", e)
c = socket.create_connection(srv.getsockname(), timeout=2)
print(c.gettimeout())
conn, _ = srv.accept()
print(conn.gettimeout(), conn.getblocking())
socket.setdefaulttimeout(1.5)
d = socket.socket()
print(d.gettimeout(), d.getblocking())
socket.setdefaulttimeout(None)
d.close()
nb = socket.socket()
nb.setblocking(False)
try:
    nb.connect(srv.getsockname())
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
print(nb.connect_ex(srv.getsockname()) in (0, 106, 114, 115))
c.sendall(b"z" * 10)
print(conn.recv(10))
conn.close(); c.close(); srv.close(); nb.close()
print(socket.has_dualstack_ipv6() in (True, False))
x = socket.socket(type=socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(x.type, x.gettimeout())
x.close()
