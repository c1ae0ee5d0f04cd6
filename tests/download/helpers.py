"""Shared pieces of the download tests."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import httpx
from pytest_httpserver import HTTPServer

from .fileserver import FileServer

MiB = 1024 * 1024


def payload(size: int, seed: bytes = b"seed") -> bytes:
    return hashlib.sha256(seed).digest() * (size // 32) + b"x" * (size % 32)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def serve(httpserver: HTTPServer, server: FileServer, path: str = "/bucket/cube.tif") -> str:
    httpserver.expect_request(path).respond_with_handler(server)
    return httpserver.url_for(path)


def source_for(url: str) -> Callable[[], httpx.Request]:
    return lambda: httpx.Request("GET", url)
