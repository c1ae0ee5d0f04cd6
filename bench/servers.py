"""Minimal loopback HTTP/1.1 servers for the benchmarks, run as a separate process.

``python -m bench.servers json PORT`` answers every request with a small fixed JSON job;
``python -m bench.servers file PORT PATH`` serves one file with ``sendfile`` (kernel copy), so
that neither side of a comparison is limited by the server.
"""

from __future__ import annotations

import asyncio
import os
import socket
import socketserver
import sys

JOB = (
    b'{"id": "5c9e1d2a-4b3f-4a6e-8d7c-0f1e2d3c4b5a", "status": "running", "workflow_id": "3f1c2a9e",'
    b' "cost": 12, "progress": "40", "created_at": "2024-05-27T06:50:20.056549Z", "tasks": []}'
)


async def _read_head(reader: asyncio.StreamReader) -> bytes | None:
    try:
        return await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None


async def json_server(port: int) -> None:
    header = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + str(len(JOB)).encode()
        + b"\r\n\r\n"
    )

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while await _read_head(reader):
            writer.write(header + JOB)
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


def file_server(port: int, path: str) -> None:
    """One thread per connection, the body sent with ``socket.sendfile`` (no copy in Python)."""
    size = os.path.getsize(path)
    header = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nAccept-Ranges: bytes\r\n"
        b"Content-Length: " + str(size).encode() + b"\r\n\r\n"
    )

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            sock: socket.socket = self.request
            buffer = b""
            while True:
                while b"\r\n\r\n" not in buffer:
                    data = sock.recv(65536)
                    if not data:
                        return
                    buffer += data
                buffer = buffer.split(b"\r\n\r\n", 1)[1]
                sock.sendall(header)
                with open(path, "rb") as body:
                    sock.sendfile(body)

    socketserver.ThreadingTCPServer.allow_reuse_address = True
    with socketserver.ThreadingTCPServer(("127.0.0.1", port), Handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    kind, port = sys.argv[1], int(sys.argv[2])
    if kind == "json":
        asyncio.run(json_server(port))
    else:
        file_server(port, sys.argv[3])
