"""Validate real httpx exchanges against the bundled spec with openapi-core."""

from __future__ import annotations

import json
import re
from functools import cache
from urllib.parse import unquote

import httpx
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from .paths import BUNDLED_SPEC


def _as_text(data: bytes) -> str:
    # Non-JSON bodies are validated as the string schemas the spec gives them (type: string,
    # contentMediaType: ...); latin-1 maps every byte, so binary survives too.
    return data.decode("latin-1")


TEXT_MEDIA_TYPES = (
    "image/png",
    "text/csv",
    "application/xml",
    "text/xml",
    "application/octet-stream",
)


@cache
def openapi() -> OpenAPI:
    config = Config(extra_media_type_deserializers=dict.fromkeys(TEXT_MEDIA_TYPES, _as_text))
    return OpenAPI.from_dict(json.loads(BUNDLED_SPEC.read_text()), config=config)


class CoreRequest:
    """An ``httpx.Request`` seen through openapi-core's request protocol."""

    def __init__(self, request: httpx.Request, path_pattern: str) -> None:
        self._request = request
        self.path_pattern = path_pattern
        url = request.url
        self.host_url = f"{url.scheme}://{url.netloc.decode()}"
        self.path = url.path
        self.full_url_pattern = self.host_url + path_pattern
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(url.params.multi_items())),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
            path=_path_values(path_pattern, url.path),
        )

    @property
    def method(self) -> str:
        return self._request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self._request.content or None

    @property
    def content_type(self) -> str:
        return str(self._request.headers.get("content-type", "")).lower()


def _path_values(pattern: str, path: str) -> dict[str, str]:
    """The path parameters of ``path`` under ``pattern`` (``/v0/aoi/{aoi_id}`` etc.)."""
    names = re.findall(r"{([^}]+)}", pattern)
    regex = re.escape(pattern)
    for name in names:
        regex = regex.replace(re.escape("{" + name + "}"), "([^/]+)")
    match = re.fullmatch(regex, path)
    assert match, f"{path} does not match {pattern}"
    return {name: unquote(value) for name, value in zip(names, match.groups(), strict=True)}


class CoreResponse:
    """An ``httpx.Response`` seen through openapi-core's response protocol."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def data(self) -> bytes | None:
        return self._response.content or None

    @property
    def content_type(self) -> str:
        return str(self._response.headers.get("content-type", "")).lower()

    @property
    def headers(self) -> Headers:
        return Headers(list(self._response.headers.items()))


def validate_exchange(response: httpx.Response, path_pattern: str) -> None:
    """Raise openapi-core's error when the request or the response disagrees with the spec."""
    request = CoreRequest(response.request, path_pattern)
    spec = openapi()
    spec.validate_request(request)
    spec.validate_response(request, CoreResponse(response))
