"""Errors a user can act on (issue 10): transport causes, header values, API details."""

from __future__ import annotations

import socket
import ssl
import uuid
from collections.abc import Iterator

import httpx
import pytest
from pytest_httpserver import HTTPServer

from pixxel import APIConnectionError, APITimeoutError, Pixxel, RetryEvent, UnprocessableEntityError

from .helpers import API_KEY, json_response, sync_client

LOOPBACK = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost"])


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A loopback port held (bound, so nobody else takes it) with nothing listening on it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A loopback port that accepts connections (backlog) but never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield sock.getsockname()[1]


@LOOPBACK
def test_a_refused_connection_names_host_port_and_cause(closed_port: int) -> None:
    client = Pixxel(api_key=API_KEY, base_url=f"http://127.0.0.1:{closed_port}", max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        client.projects.get("p1")
    assert f"127.0.0.1:{closed_port}" in str(caught.value)
    assert "connection refused" in str(caught.value)


@LOOPBACK
def test_a_timeout_says_after_how_many_seconds_and_while_doing_what(silent_server: int) -> None:
    client = Pixxel(
        api_key=API_KEY, base_url=f"http://127.0.0.1:{silent_server}", max_retries=0, timeout=0.3
    )
    with pytest.raises(APITimeoutError) as caught:
        client.projects.get("p1")
    message = str(caught.value)
    assert f"127.0.0.1:{silent_server}" in message
    assert "timed out after 0.3 s waiting for the response" in message


@LOOPBACK
def test_a_tls_failure_names_host_port_and_tls(httpserver: HTTPServer) -> None:
    # A plain-HTTP server spoken to over https: a real TLS handshake failure.
    base = f"https://127.0.0.1:{httpserver.port}"
    client = Pixxel(api_key=API_KEY, base_url=base, max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        client.projects.get("p1")
    assert f"127.0.0.1:{httpserver.port}" in str(caught.value)
    assert "TLS error" in str(caught.value)


@pytest.mark.parametrize(
    ("cause", "expected"),
    [
        (
            socket.gaierror(-2, "Name or service not known"),
            "DNS lookup failed (Name or service not known)",
        ),
        (ConnectionResetError(104, "Connection reset by peer"), "connection reset by the server"),
        (ssl.SSLCertVerificationError(1, "certificate verify failed"), "TLS error"),
    ],
)
def test_dns_reset_and_certificate_failures_name_their_cause(cause: OSError, expected: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(str(cause), request=request) from cause

    with pytest.raises(APIConnectionError) as caught:
        sync_client(handler, max_retries=0).projects.get("p1")
    assert "api.test:443" in str(caught.value)
    assert expected in str(caught.value)
    assert API_KEY not in str(caught.value)


@pytest.mark.parametrize("key", [API_KEY + " ", API_KEY + "\n", " " + API_KEY, "sk-a\nb"])
def test_an_api_key_httpx_cannot_send_is_a_clear_value_error_at_once(key: str) -> None:
    with pytest.raises(
        ValueError, match=r"api_key .* cannot be sent as the Authorization header"
    ) as caught:
        Pixxel(api_key=key, base_url="https://api.test")
    assert key.strip() not in str(caught.value), "the key itself is never shown"


def test_a_request_that_cannot_be_sent_is_a_value_error_and_not_retried() -> None:
    retries: list[RetryEvent] = []

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError("Illegal header value b'x\\n'")

    with pytest.raises(ValueError, match="cannot be sent") as caught:
        sync_client(handler, max_retries=3, on_retry=retries.append).projects.get("p1")
    assert not isinstance(caught.value, APIConnectionError)
    assert retries == []


def test_an_api_error_shows_the_apis_message_and_details() -> None:
    body = {
        "error": {
            "code": "INVALID",
            "message": "bad geometry",
            "details": {"field": "geometry", "reason": "ring not closed"},
        }
    }
    with pytest.raises(UnprocessableEntityError) as caught:
        sync_client(lambda r: json_response(422, body), max_retries=0).projects.get("p1")
    message = str(caught.value)
    assert "[INVALID] bad geometry" in message
    assert '"reason":"ring not closed"' in message


def test_a_framework_validation_error_shows_its_detail() -> None:
    body = {"detail": [{"loc": ["body", "start_date"], "msg": "invalid datetime format"}]}
    with pytest.raises(UnprocessableEntityError) as caught:
        sync_client(lambda r: json_response(422, body), max_retries=0).projects.get("p1")
    assert "invalid datetime format" in str(caught.value)
    assert "start_date" in str(caught.value)


@pytest.mark.parametrize(
    ("order_items", "error", "message"),
    [
        (
            [{"bandset": "x"}],
            TypeError,
            r"^orders\.create\(order_items=\.\.\.\) at order_items\[0\]\.bandset: "
            r"expected a dict or pixxel\.models\.BandsetRef \(got str\)$",
        ),
        (
            [{"cloud_cover": "lots"}],
            TypeError,
            r"^orders\.create\(order_items=\.\.\.\) at order_items\[0\]\.cloud_cover: "
            r"Input should be a valid integer",
        ),
        (
            [],
            ValueError,
            r"^orders\.create\(order_items=\.\.\.\): List should have at least 1 item",
        ),
    ],
)
def test_a_bad_nested_argument_names_where_it_is_and_no_internal_model(
    order_items: object, error: type[Exception], message: str
) -> None:
    sent: list[httpx.Request] = []
    client = sync_client(lambda r: sent.append(r) or json_response(201, {"id": "o"}))  # type: ignore[func-returns-value]
    with pytest.raises(error, match=message) as caught:
        client.orders.create(order_items=order_items)  # type: ignore[arg-type]
    assert "OrderCreate" not in str(caught.value) and "OrderItemCreate" not in str(caught.value)
    assert sent == []


def test_a_missing_or_empty_id_names_the_method_and_argument() -> None:
    sent: list[httpx.Request] = []
    client = sync_client(lambda r: sent.append(r) or json_response(200, {"id": "p"}))  # type: ignore[func-returns-value]
    with pytest.raises(
        TypeError, match=r"^projects\.get\(id=\.\.\.\): expected an id .*got NoneType"
    ):
        client.projects.get(None)  # type: ignore[arg-type]
    with pytest.raises(
        ValueError, match=r"^jobs\.get\(workflow_id=\.\.\.\): expected an id, got an empty"
    ):
        client.jobs.get("", "j1")
    assert sent == []
    client.projects.get(uuid.UUID(int=7))  # type: ignore[arg-type]
    assert sent[0].url.path == f"/v0/projects/{uuid.UUID(int=7)}"
