"""Non-2xx answers raise typed errors; bodies that break the spec raise a clear error."""

from __future__ import annotations

import httpx
import pytest

import pixxel

from .helpers import API_KEY, async_client, json_response, sync_client

ERROR_BODY = {"error": {"code": "NOT_FOUND", "message": "no such AOI", "details": {"id": "a1"}}}


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, pixxel.BadRequestError),
        (401, pixxel.AuthenticationError),
        (403, pixxel.PermissionDeniedError),
        (404, pixxel.NotFoundError),
        (409, pixxel.ConflictError),
        (422, pixxel.UnprocessableEntityError),
        (429, pixxel.RateLimitError),
        (500, pixxel.InternalServerError),
        (503, pixxel.InternalServerError),
        (418, pixxel.APIStatusError),
    ],
)
def test_each_status_raises_its_error(
    status: int, error_class: type[pixxel.APIStatusError]
) -> None:
    client = sync_client(
        lambda r: json_response(status, ERROR_BODY, {"x-request-id": "req-42"}), max_retries=0
    )
    with pytest.raises(error_class) as caught:
        client.aois.get("a1")
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, pixxel.APIStatusError) and isinstance(error, pixxel.APIError)
    assert error.status_code == status
    assert (error.code, error.error_message, error.details) == (
        "NOT_FOUND",
        "no such AOI",
        {"id": "a1"},
    )
    assert error.request_id == "req-42"
    assert error.method == "GET"
    assert error.url == "https://api.test/v0/aoi/a1"
    assert error.response.status_code == status
    assert error.operation_id == "getAoi"
    assert "getAoi" in str(error) and "no such AOI" in str(error)
    assert API_KEY not in str(error) and API_KEY not in repr(error)


def test_error_without_json_body_keeps_the_text() -> None:
    client = sync_client(
        lambda r: httpx.Response(502, text="<html>bad gateway</html>"), max_retries=0
    )
    with pytest.raises(pixxel.InternalServerError) as caught:
        client.projects.list().first_page()
    assert caught.value.body == "<html>bad gateway</html>"
    assert caught.value.code is None


def test_bad_key_gives_permission_denied_as_pixxel_does() -> None:
    body = {"error": {"code": "FORBIDDEN", "message": "invalid api key"}}
    client = sync_client(lambda r: json_response(403, body), max_retries=0)
    with pytest.raises(pixxel.PermissionDeniedError, match="invalid api key"):
        client.stores.list()


def test_response_that_breaks_the_spec_is_kept_as_sent_by_default() -> None:
    # `cost` is an integer in the spec: the lenient client keeps the value as the server sent it.
    raw = {"jobs": [{"id": "j1", "cost": "a lot"}, {"id": "j2", "cost": 3}]}
    client = sync_client(lambda r: json_response(200, raw))
    jobs = client.jobs.list("wf1")
    assert [job.cost for job in jobs.jobs or []] == ["a lot", 3]
    assert jobs.to_dict() == raw


def test_strict_response_names_operation_and_json_path() -> None:
    raw = {"jobs": [{"id": "j1", "cost": "a lot"}]}
    client = sync_client(lambda r: json_response(200, raw), strict_response_validation=True)
    with pytest.raises(pixxel.APIResponseValidationError) as caught:
        client.jobs.list("wf1")
    error = caught.value
    assert error.operation_id == "listJobs"
    assert "listJobs" in str(error) and "$.jobs[0].cost" in str(error)
    assert '"a lot"' in error.body
    assert error.errors[0]["loc"] == ("jobs", 0, "cost")
    assert "a lot" not in str(error), "messages name the rule, never the value"


JOB = {"id": "j1", "workflowId": "wf1", "status": "SUCCESS"}


@pytest.mark.parametrize("status", [404, 418, 500])
def test_a_result_shaped_error_body_is_never_returned_as_a_result(status: int) -> None:
    # The body parses as the operation's result model (a Job); only the status says it failed.
    assert isinstance(pixxel.models.Job.model_validate(JOB), pixxel.models.Job)
    client = sync_client(lambda r: json_response(status, JOB), max_retries=0)
    with pytest.raises(pixxel.APIStatusError) as caught:
        client.jobs.get("wf1", "j1")
    assert caught.value.status_code == status


def test_connection_failure_and_timeout_are_typed() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("too slow", request=request)

    with pytest.raises(pixxel.APIConnectionError) as caught:
        sync_client(refuse, max_retries=0).aois.list().first_page()
    assert not isinstance(caught.value, pixxel.APITimeoutError)
    with pytest.raises(pixxel.APITimeoutError):
        sync_client(slow, max_retries=0).aois.list().first_page()


async def test_async_client_raises_the_same_errors() -> None:
    client = async_client(lambda r: json_response(404, ERROR_BODY), max_retries=0)
    with pytest.raises(pixxel.NotFoundError) as caught:
        await client.aois.get("a1")
    assert caught.value.code == "NOT_FOUND"
    await client.close()


DEEP = 100_000


@pytest.mark.parametrize(
    "body",
    [
        b"[" * DEEP + b"]" * DEEP,
        b'{"error": {"code": "X", "details": ' + b"[" * DEEP + b"]" * DEEP + b"}}",
        b'{"error": ' + b'{"e": ' * 5000 + b"1" + b"}" * 5000 + b"}",
        b"[1, 2, 3]",
        b'"just a string"',
        b"42",
        b"null",
        b'{"error": "flat text"}',
        b'{"error": {"code": {"nested": [1]}, "message": ["a", "b"]}}',
        b'{"error": {"code": 1e400, "message": NaN}}',
        b"{not json",
        b"",
    ],
)
def test_error_body_of_any_shape_or_depth_gives_the_typed_error(body: bytes) -> None:
    client = sync_client(lambda r: httpx.Response(404, content=body), max_retries=0)
    with pytest.raises(pixxel.NotFoundError) as caught:
        client.aois.get("a1")
    error = caught.value
    assert error.status_code == 404 and "getAoi" in str(error)
    assert error.code is None or isinstance(error.code, str)
    assert error.error_message is None or isinstance(error.error_message, str)


def test_flat_error_text_becomes_the_message() -> None:
    client = sync_client(lambda r: json_response(400, {"error": "bad satellite"}), max_retries=0)
    with pytest.raises(pixxel.BadRequestError, match="bad satellite") as caught:
        client.aois.get("a1")
    assert caught.value.error_message == "bad satellite"
