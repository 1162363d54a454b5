# asyncio streams and low-level socket calls over a socketpair and a loopback TCP server: the selector event loop doing real I/O.
import asyncio
import socket


async def echo_pair():
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    w1.write(b"hello\nworld\n")
    await w1.drain()
    print(await r2.readline(), await r2.readexactly(6))
    w2.writelines([b"a", b"b", b"c"])
    w2.write_eof()
    print(await r1.read(), r1.at_eof())
    w1.close()
    await w1.wait_closed()
    print(await r2.read(), w1.is_closing())
    w2.close()
    await w2.wait_closed()


async def low_level():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b"x" * 100000)
    total = 0
    while total < 100000:
        total += len(await loop.sock_recv(b, 65536))
    print("received", total)
    buf = bytearray(5)
    await loop.sock_sendall(b, b"12345")
    print(await loop.sock_recv_into(a, buf), buf)
    a.close()
    b.close()


async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def tcp_server():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    print("serving on", host, server.is_serving())
    reader, writer = await asyncio.open_connection(host, port)
    for word in (b"alpha\n", b"beta\n"):
        writer.write(word)
        print(await reader.readline())
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("server closed", server.is_serving())


async def errors():
    a, b = socket.socketpair()
    r, w = await asyncio.open_connection(sock=a)
    b.sendall(b"partial")
    b.close()
    try:
        await r.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e.partial, e.expected)
    w.close()
    await w.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", 1)
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError", e.errno)


async def main():
    await echo_pair()
    await low_level()
    await tcp_server()
    await errors()


asyncio.run(main())
