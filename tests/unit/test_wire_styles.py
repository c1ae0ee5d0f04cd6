"""Parameters, bodies and responses on the wire, as the OpenAPI 3.1 serialization rules say.

The expected strings are the specification's style table (``color`` = ``"blue"``,
``["blue", "black", "brown"]``, ``{"R": 100, "G": 200, "B": 150}``), percent-encoded the way
RFC 6570 expansions are: unreserved characters literal, everything else ``%XX``.
"""

from __future__ import annotations

import json
import warnings
from datetime import UTC, date, datetime, timedelta, timezone
from enum import Enum
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pixxel import Pixxel
from pixxel._runtime._bodies import PartEncoding, RequestBody, is_json_media_type
from pixxel._runtime._params import Parameter
from pixxel._runtime._request import OperationInfo, PreparedRequest
from pixxel._runtime._resource import SyncAPIResource
from pixxel._runtime._response import parse_response

from .helpers import API_KEY

PRIMITIVE = "blue"
ARRAY = ["blue", "black", "brown"]
OBJECT = {"R": 100, "G": 200, "B": 150}

# (location, style, explode) -> (primitive, array, object); None: not defined by OpenAPI.
TABLE: dict[tuple[str, str, bool], tuple[str | None, str | None, str | None]] = {
    ("path", "matrix", False): (
        ";color=blue",
        ";color=blue,black,brown",
        ";color=R,100,G,200,B,150",
    ),
    ("path", "matrix", True): (
        ";color=blue",
        ";color=blue;color=black;color=brown",
        ";R=100;G=200;B=150",
    ),
    ("path", "label", False): (".blue", ".blue,black,brown", ".R,100,G,200,B,150"),
    ("path", "label", True): (".blue", ".blue.black.brown", ".R=100.G=200.B=150"),
    ("path", "simple", False): ("blue", "blue,black,brown", "R,100,G,200,B,150"),
    ("path", "simple", True): ("blue", "blue,black,brown", "R=100,G=200,B=150"),
    ("query", "form", False): ("color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
    ("query", "form", True): (
        "color=blue",
        "color=blue&color=black&color=brown",
        "R=100&G=200&B=150",
    ),
    ("query", "spaceDelimited", False): (
        None,
        "color=blue%20black%20brown",
        "color=R%20100%20G%20200%20B%20150",
    ),
    ("query", "pipeDelimited", False): (
        None,
        "color=blue%7Cblack%7Cbrown",
        "color=R%7C100%7CG%7C200%7CB%7C150",
    ),
    ("query", "spaceDelimited", True): (None, "color=blue&color=black&color=brown", None),
    ("query", "pipeDelimited", True): (None, "color=blue&color=black&color=brown", None),
    ("query", "deepObject", True): (
        None,
        None,
        "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
    ),
    ("header", "simple", False): ("blue", "blue,black,brown", "R,100,G,200,B,150"),
    ("header", "simple", True): ("blue", "blue,black,brown", "R=100,G=200,B=150"),
    ("cookie", "form", False): ("color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"),
}


@pytest.mark.parametrize(("key", "expected"), TABLE.items(), ids=lambda v: str(v))
def test_the_style_table(key: tuple[str, str, bool], expected: tuple[str | None, ...]) -> None:
    location, style, explode = key
    param = Parameter("color", location, style=style, explode=explode)  # type: ignore[arg-type]
    for value, want in zip((PRIMITIVE, ARRAY, OBJECT), expected, strict=True):
        if want is not None:
            assert param.serialize(value) == want


def test_defaults_per_location() -> None:
    assert (Parameter("a", "query").style, Parameter("a", "query").explode) == ("form", True)
    assert (Parameter("a", "path").style, Parameter("a", "path").explode) == ("simple", False)
    assert (Parameter("a", "header").style, Parameter("a", "header").explode) == ("simple", False)
    assert (Parameter("a", "cookie").style, Parameter("a", "cookie").explode) == ("form", True)


@pytest.mark.parametrize(
    ("location", "style", "explode", "message"),
    [
        ("query", "deepObject", False, "deepObject is only defined with explode"),
        ("path", "form", None, "style 'form' is not defined for the path"),
        ("header", "label", None, "style 'label' is not defined for the header"),
        ("body", None, None, "unknown location"),
    ],
)
def test_undefined_combinations_are_refused(
    location: str, style: str | None, explode: bool | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Parameter("a", location, style=style, explode=explode)  # type: ignore[arg-type]


def test_values_are_percent_encoded_but_delimiters_are_not() -> None:
    path = Parameter("name", "path")
    assert path.serialize("a b/c") == "a%20b%2Fc"
    assert path.serialize("é?#%") == "%C3%A9%3F%23%25"
    assert Parameter("name", "path", style="label").serialize(["a.b", "c"]) == ".a.b,c"
    query = Parameter("q", "query", explode=False)
    assert query.serialize(["a,b", "c&d=e", "+"]) == "q=a%2Cb,c%26d%3De,%2B"
    assert Parameter("q x", "query").serialize("1") == "q%20x=1"


class Colour(Enum):
    RED = "red"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (True, "true"),
        (False, "false"),
        (Colour.RED, "red"),
        (2**63 - 1, "9223372036854775807"),
        (1.5, "1.5"),
        (date(2024, 5, 1), "2024-05-01"),
        (datetime(2024, 5, 1, 12, 30, tzinfo=UTC), "2024-05-01T12%3A30%3A00Z"),
        (datetime(2024, 5, 1, 12, 30), "2024-05-01T12%3A30%3A00Z"),  # naive: UTC
        (
            datetime(2024, 5, 1, 12, 30, tzinfo=timezone(timedelta(hours=5, minutes=30))),
            "2024-05-01T12%3A30%3A00%2B05%3A30",
        ),
    ],
)
def test_primitive_values(value: Any, text: str) -> None:
    assert Parameter("v", "query").serialize(value) == f"v={text}"


def test_empty_values() -> None:
    assert Parameter("ids", "query", explode=False).serialize([]) == "ids="
    assert Parameter("ids", "query").serialize([]) == ""
    assert Parameter("id", "path", style="matrix").serialize("") == ";id"
    with pytest.raises(ValueError, match="must not be empty"):
        Parameter("id", "path").serialize("")


def test_bad_values_name_the_parameter() -> None:
    with pytest.raises(TypeError, match=r"query parameter 'f'\[0\]"):
        Parameter("f", "query").serialize([{"a": 1}])
    with pytest.raises(TypeError, match="deepObject needs a mapping"):
        Parameter("f", "query", style="deepObject", explode=True).serialize(["a"])
    with pytest.raises(ValueError, match="header parameter 'X-A'"):
        Parameter("X-A", "header").serialize("a\r\nInjected: 1")
    with pytest.raises(TypeError, match="needs explode: false"):
        Parameter("c", "cookie").serialize(["a", "b"])
    with pytest.raises(TypeError, match="path parameter 'id' is required"):
        Parameter("id", "path").is_missing(None)
    assert Parameter("q", "query").is_missing(None)


def test_build_places_every_location() -> None:
    call = PreparedRequest.build(
        method="GET",
        path="/things/{id}/{rest}",
        responses={200: None},
        parameters=[
            (Parameter("id", "path"), "a b/c"),
            (Parameter("rest", "path", style="matrix", explode=True), ["x", "y"]),
            (Parameter("ids", "query", explode=False), ["a", "b"]),
            (Parameter("skip", "query"), None),
            (Parameter("f", "query", style="deepObject", explode=True), {"k": "v"}),
            (Parameter("X-Trace", "header"), 7),
            (Parameter("session", "cookie"), "s 1"),
            (Parameter("lang", "cookie"), "en"),
        ],
        accept="text/plain",
    )
    assert call.url == "/things/a%20b%2Fc/;rest=x;rest=y"
    assert call.query_string == "ids=a,b&f%5Bk%5D=v"
    assert call.headers == {
        "X-Trace": "7",
        "Cookie": "session=s%201; lang=en",
        "Accept": "text/plain",
    }


def test_a_path_template_must_be_filled() -> None:
    with pytest.raises(ValueError, match=r"no value for path parameter\(s\) in /x/\{id\}"):
        PreparedRequest.build(method="GET", path="/x/{id}", responses={})
    call = PreparedRequest.build(
        method="GET", path="/x/{id}", responses={}, parameters=[(Parameter("id", "path"), "{id}")]
    )
    assert call.url == "/x/%7Bid%7D"


def test_extra_query_replaces_an_encoded_parameter() -> None:
    call = PreparedRequest.build(
        method="GET",
        path="/x",
        responses={200: None},
        parameters=[(Parameter("ids", "query", explode=False), ["a", "b"])],
    )
    call.extend(extra_query={"ids": "z", "more": ["1", "2"]})
    assert call.query_string == "ids=z&more=1&more=2"
    call.extend(extra_query={"ids": None})
    assert call.query_string == "more=1&more=2"


# --- bodies -------------------------------------------------------------------------------


def test_json_types() -> None:
    assert is_json_media_type("application/geo+json; charset=utf-8")
    assert is_json_media_type("application/problem+json")
    assert not is_json_media_type("application/x-ndjson")
    body = RequestBody("application/merge-patch+json").encode({"a": 2**60 + 1})
    assert body is not None
    assert body.json == {"a": 2**60 + 1}
    assert body.content_type == "application/merge-patch+json"
    plain = RequestBody("application/json").encode({"a": 1})
    assert plain is not None and plain.content_type is None  # httpx writes application/json


def test_form_urlencoded() -> None:
    body = RequestBody(
        "application/x-www-form-urlencoded",
        encoding={"tags": PartEncoding(style="form", explode=False)},
    ).encode({"name": "a b+c", "n": 3, "tags": ["x", "y"], "ids": [1, 2], "meta": {"k": "v"}})
    assert body is not None
    assert body.content == (b"name=a%20b%2Bc&n=3&tags=x,y&ids=1&ids=2&meta=%7B%22k%22%3A%22v%22%7D")
    assert body.content_type == "application/x-www-form-urlencoded"


def test_multipart_parts(tmp_path: Path) -> None:
    scene = tmp_path / "scene.tif"
    scene.write_bytes(b"II*\x00")
    body = RequestBody(
        "multipart/form-data", encoding={"image": PartEncoding(content_type="image/png")}
    ).encode(
        {
            "name": "x",
            "meta": {"a": 1},
            "file": scene,
            "image": ("a.png", b"\x89PNG"),
            "tags": ["t1", "t2"],
            "skip": None,
        }
    )
    assert body is not None and body.files is not None
    assert body.files == [
        ("name", (None, b"x", None)),
        ("meta", (None, b'{"a":1}', "application/json")),
        ("file", ("scene.tif", b"II*\x00", "application/octet-stream")),
        ("image", ("a.png", b"\x89PNG", "image/png")),
        ("tags", (None, b"t1", None)),
        ("tags", (None, b"t2", None)),
    ]


def test_binary_bodies(tmp_path: Path) -> None:
    octet = RequestBody("application/octet-stream")
    path = tmp_path / "f.bin"
    path.write_bytes(b"\x00\x01")
    for value in (b"\x00\x01", bytearray(b"\x00\x01"), path, path.open("rb")):
        body = octet.encode(value)
        assert body is not None and body.content == b"\x00\x01"
        assert body.content_type == "application/octet-stream"
    with pytest.raises(TypeError, match="must be bytes"):
        octet.encode(12)
    text = RequestBody("text/plain").encode("é")
    assert text is not None and text.content == "é".encode()


def test_required_body_and_no_body() -> None:
    with pytest.raises(TypeError, match="request body is required"):
        RequestBody("application/json", required=True).encode(None)
    with pytest.raises(TypeError, match="takes no request body"):
        PreparedRequest.build(method="GET", path="/x", responses={}, body={"a": 1})


# --- the wire, through a real server --------------------------------------------------------


INFO = OperationInfo("op", "POST", "/x/{id}", "things", "op", "")


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
@pytest.mark.parametrize("own_pool", [True, False], ids=["own pool", "given httpx client"])
def test_bytes_on_the_wire(httpserver: HTTPServer, own_pool: bool) -> None:
    seen: list[tuple[bytes, bytes, dict[str, str], bytes]] = []

    def record(request: Request) -> Response:
        seen.append(
            (request.path.encode(), request.query_string, dict(request.headers), request.get_data())
        )
        return Response(b"", status=204)

    httpserver.expect_request("/x/a b/c").respond_with_handler(record)
    http = None if own_pool else httpx.Client()
    client = Pixxel(api_key=API_KEY, base_url=httpserver.url_for(""), http_client=http)
    call = PreparedRequest.build(
        method="POST",
        path="/x/{id}",
        responses={204: None},
        parameters=[
            (Parameter("id", "path"), "a b/c"),
            (Parameter("ids", "query", style="pipeDelimited", explode=False), ["a", "b c"]),
            (Parameter("at", "query"), datetime(2024, 1, 1, tzinfo=UTC)),
            (Parameter("session", "cookie"), "abc"),
        ],
        body={"name": "a b"},
        request_body=RequestBody("application/x-www-form-urlencoded"),
    )
    assert client.request(INFO, call) is None
    _path, query, headers, body = seen[0]
    assert query == b"ids=a%7Cb%20c&at=2024-01-01T00%3A00%3A00Z"
    assert headers["Cookie"] == "session=abc"
    assert headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert body == b"name=a%20b"
    # The path as sent, before the server decodes %2F into a slash.
    assert httpserver.log[0][0].environ["RAW_URI"].startswith("/x/a%20b%2Fc?ids=")


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
@pytest.mark.parametrize("own_pool", [True, False], ids=["own pool", "given httpx client"])
def test_an_operation_without_security_sends_no_key(httpserver: HTTPServer, own_pool: bool) -> None:
    seen: list[dict[str, str]] = []

    def record(request: Request) -> Response:
        seen.append(dict(request.headers))
        return Response(b"", status=204)

    httpserver.expect_request("/ping").respond_with_handler(record)
    http = None if own_pool else httpx.Client()
    client = Pixxel(api_key=API_KEY, base_url=httpserver.url_for(""), http_client=http)
    for authenticated in (False, True):
        call = PreparedRequest.build(
            method="GET", path="/ping", responses={204: None}, authenticated=authenticated
        )
        client.request(INFO, call)
    assert "Authorization" not in seen[0]
    assert seen[1]["Authorization"] == API_KEY  # the next call of the same client has it


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_multipart_on_the_wire(httpserver: HTTPServer) -> None:
    seen: list[Request] = []

    def record(request: Request) -> Response:
        request.get_data()
        seen.append(request)
        return Response(b"", status=204)

    httpserver.expect_request("/upload").respond_with_handler(record)
    client = Pixxel(api_key=API_KEY, base_url=httpserver.url_for(""))
    call = PreparedRequest.build(
        method="POST",
        path="/upload",
        responses={204: None},
        body={"name": "x", "file": ("a.tif", b"II*\x00", "image/tiff"), "meta": {"a": 1}},
        request_body=RequestBody("multipart/form-data"),
    )
    client.request(INFO, call)
    request = seen[0]
    assert request.mimetype == "multipart/form-data"
    assert request.form["name"] == "x"
    assert json.loads(request.form["meta"]) == {"a": 1}
    upload = request.files["file"]
    assert (upload.filename, upload.mimetype, upload.read()) == ("a.tif", "image/tiff", b"II*\x00")


# --- responses ------------------------------------------------------------------------------


def _response(status: int, content: bytes, content_type: str | None) -> httpx.Response:
    headers = {"content-type": content_type} if content_type else {}
    return httpx.Response(status, content=content, headers=headers)


def _parse(responses: dict[int | str, Any], response: httpx.Response) -> Any:
    call: PreparedRequest[Any] = PreparedRequest(method="GET", url="/x", responses=responses)
    return parse_response(INFO, call, response)


def test_responses_by_status_and_media_type() -> None:
    responses: dict[int | str, Any] = {
        200: {"application/geo+json": dict[str, Any], "text/plain": str, "image/*": bytes},
        202: dict[str, int],
        204: None,
    }
    geo = _response(
        200, b'{"type":"FeatureCollection","n":9007199254740993}', "application/geo+json"
    )
    assert _parse(responses, geo) == {"type": "FeatureCollection", "n": 2**53 + 1}
    assert (
        _parse(responses, _response(200, "héllo".encode(), "text/plain; charset=utf-8")) == "héllo"
    )
    assert _parse(responses, _response(200, b"\x89PNG", "image/png")) == b"\x89PNG"
    assert _parse(responses, _response(202, b'{"a":1}', "application/json")) == {"a": 1}
    assert _parse(responses, _response(204, b"", None)) is None


def test_status_ranges_and_undeclared_media_types() -> None:
    assert _parse({"2XX": str}, _response(207, b"ok", "text/plain")) == "ok"
    declared: dict[int | str, Any] = {200: {"application/json": dict[str, Any], "text/csv": str}}
    # An undeclared media type is read by what it says it is: kept, never a failure.
    assert _parse(declared, _response(200, b'{"a":1}', "application/vnd.x+json")) == {"a": 1}
    assert _parse(declared, _response(200, b"\x00", "application/zip")) == b"\x00"
    assert _parse(declared, _response(200, b"", "application/zip")) is None


# --- deprecation ----------------------------------------------------------------------------


class _Client:
    def request(self, info: OperationInfo, call: Any, raw: bool = False) -> str:
        return "sent"


def test_a_deprecated_operation_warns_at_the_callers_line() -> None:
    info = OperationInfo("old", "GET", "/old", "things", "old_call", "", deprecated=True)

    class Things(SyncAPIResource):
        def old_call(self) -> Any:
            return self._send(info, PreparedRequest(method="GET", url="/old", responses={}))

    things = Things(_Client())  # type: ignore[arg-type]
    with pytest.warns(
        DeprecationWarning, match=r"things\.old_call \(GET /old\) is deprecated"
    ) as rec:
        assert things.old_call() == "sent"
    assert rec[0].filename == __file__
    current = OperationInfo("new", "GET", "/new", "things", "new_call", "")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Things(_Client())._send(current, PreparedRequest(method="GET", url="/new", responses={}))  # type: ignore[arg-type]


# --- discriminated unions -------------------------------------------------------------------


def test_a_discriminated_union_parses_to_its_variant() -> None:
    from typing import Annotated, Literal

    from pydantic import Discriminator, Tag

    from pixxel._runtime._models import BaseModel, BaseRootModel, decoded_json_validator
    from pixxel._runtime._unions import by_property

    class Circle(BaseModel):
        kind: Literal["circle"]
        radius: float

    class Square(BaseModel):
        kind: Literal["square"]
        side: float

    class Shape(BaseRootModel[Circle | Square]):
        root: Annotated[
            Annotated[Circle, Tag("circle")] | Annotated[Square, Tag("square")],
            Discriminator(by_property("kind")),
        ]

    read = decoded_json_validator(Shape).validate_python
    square = read({"kind": "square", "side": 3}).root
    assert isinstance(square, Square) and square.side == 3
    assert read({"kind": "hexagon", "n": 6}).root == {"kind": "hexagon", "n": 6}  # kept as sent
    assert isinstance(Shape.model_validate(Circle(kind="circle", radius=1)).root, Circle)
