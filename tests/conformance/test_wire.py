"""Each honoured feature, called with natural Python arguments: the exact bytes on the wire
(raw path and query, headers, content type, body) and the parsed response, values intact.

The server is a real HTTP server on 127.0.0.1 that records each request as it arrives.
"""

from __future__ import annotations

import inspect
import io
import json
import warnings
from datetime import UTC, date, datetime
from types import ModuleType
from typing import Any

import pytest
from werkzeug import Request
from werkzeug.test import EnvironBuilder

from .conftest import Wire, needs

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


# --- parameters -----------------------------------------------------------------------------


@needs("query_form")
def test_query_form(client: Any, wire: Wire, conf: ModuleType) -> None:
    wire.reply_json('{"ok": true}')
    result = client.features.query_form(joined=["a", "b c"], repeated=["x", "y"], text="a b/é")
    assert wire.last.query == b"joined=a,b%20c&repeated=x&repeated=y&text=a%20b%2F%C3%A9"
    assert isinstance(result, conf.models.QueryFormEcho) and result.ok is True


@needs("query_space_delimited")
def test_query_space_delimited(client: Any, wire: Wire) -> None:
    client.features.query_space_delimited(joined=["a", "b"], repeated=["x", "y"])
    assert wire.last.query == b"joined=a%20b&repeated=x&repeated=y"


@needs("query_pipe_delimited")
def test_query_pipe_delimited(client: Any, wire: Wire) -> None:
    client.features.query_pipe_delimited(joined=["a", "b"], repeated=["x", "y"])
    assert wire.last.query == b"joined=a%7Cb&repeated=x&repeated=y"


@needs("query_deep_object")
def test_query_deep_object(client: Any, wire: Wire) -> None:
    client.features.query_deep_object(filter_={"colour": "red", "size": 3})
    assert wire.last.query == b"filter%5Bcolour%5D=red&filter%5Bsize%5D=3"


@needs("path_styles")
def test_path_styles(client: Any, wire: Wire) -> None:
    client.features.path_styles(["a", "b"], ["x", "y"], ["m", "n"])
    assert wire.last.raw_path == "/path/a,b/.x.y/;matrix=m,n"


@needs("path_encoding")
def test_path_values_stay_one_segment(client: Any, wire: Wire) -> None:
    assert client.features.get_file("a b/c?d") is None
    assert wire.last.raw_uri == "/files/a%20b%2Fc%3Fd"


@needs("header_cookie")
def test_header_and_cookie_parameters(client: Any, wire: Wire) -> None:
    client.features.header_cookie(
        x_request_id="r-1", x_tags=["a", "b"], session="s 1", prefs=["p", "q"]
    )
    headers = wire.last.headers
    assert headers["X-Request-Id"] == "r-1"
    assert headers["X-Tags"] == "a,b"
    assert headers["Cookie"] == "session=s%201; prefs=p,q"


@needs("defaults")
def test_defaults_are_the_servers_unless_given(client: Any, wire: Wire) -> None:
    client.features.with_defaults()
    assert wire.last.query == b""
    client.features.with_defaults(limit=5, order="desc")
    assert wire.last.query == b"limit=5&order=desc"
    doc = inspect.getdoc(client.features.with_defaults) or ""
    assert "10" in doc and "asc" in doc, "the defaults are shown in the docstring"


@needs("enums")
def test_enums(client: Any, wire: Wire, conf: ModuleType) -> None:
    wire.reply_json('{"colour": "red"}')
    result = client.features.with_enums(colour=conf.models.Colour.GREEN)
    assert wire.last.query == b"colour=green"
    assert result.colour == conf.models.Colour.RED
    client.features.with_enums(colour="blue")
    assert wire.last.query == b"colour=blue"


# --- request bodies -------------------------------------------------------------------------


@needs("json_body")
def test_json_body(client: Any, wire: Wire, conf: ModuleType) -> None:
    wire.reply_json('{"title": "t", "words": 3}', status=201)
    result = client.features.send_json(title="t", words=3)
    assert wire.last.method == "POST"
    assert wire.last.content_type == "application/json"
    assert json.loads(wire.last.body) == {"title": "t", "words": 3}  # tags: not given, not sent
    assert isinstance(result, conf.models.Note) and (result.title, result.words) == ("t", 3)


def _form_parts(sent: Any) -> Request:
    builder = EnvironBuilder(
        method="POST",
        input_stream=io.BytesIO(sent.body),
        content_type=sent.content_type,
        content_length=len(sent.body),
    )
    return Request(builder.get_environ())


@needs("multipart_body")
def test_multipart_with_a_file(client: Any, wire: Wire) -> None:
    wire.reply_json('{"size": 4}', status=201)
    result = client.features.upload_file(
        file=("scene.tif", b"II*\x00"), name="n 1", meta={"band": 3}
    )
    assert wire.last.content_type.startswith("multipart/form-data; boundary=")
    form = _form_parts(wire.last)
    upload = form.files["file"]
    assert (upload.filename, upload.mimetype, upload.read()) == (
        "scene.tif",
        "image/tiff",
        b"II*\x00",
    )
    assert form.form["name"] == "n 1"
    assert json.loads(form.form["meta"]) == {"band": 3}
    assert result.size == 4


@needs("form_body")
def test_form_urlencoded(client: Any, wire: Wire) -> None:
    client.features.send_form(name="a b+c", count=2, tags=["x", "y"])
    assert wire.last.content_type == "application/x-www-form-urlencoded"
    assert wire.last.body == b"name=a%20b%2Bc&count=2&tags=x&tags=y"


@needs("octet_body")
def test_octet_stream(client: Any, wire: Wire) -> None:
    client.features.put_blob("k", body=b"\x00\x01\xff")
    assert (wire.last.method, wire.last.raw_path) == ("PUT", "/blobs/k")
    assert wire.last.content_type == "application/octet-stream"
    assert wire.last.body == b"\x00\x01\xff"


# --- schemas --------------------------------------------------------------------------------


def _variant(value: Any) -> Any:
    """A union's member: the value itself, or the root of the RootModel that wraps it."""
    return getattr(value, "root", value)


@needs("one_of_discriminator")
def test_one_of_with_discriminator(client: Any, wire: Wire, conf: ModuleType) -> None:
    wire.reply_json('{"kind": "square", "side": 3}')
    result = client.features.send_shape(body={"kind": "circle", "radius": 2})
    assert json.loads(wire.last.body) == {"kind": "circle", "radius": 2}
    shape = _variant(result)
    assert isinstance(shape, conf.models.Square) and shape.side == 3
    client.features.send_shape(body=conf.models.Circle(kind="circle", radius=1.5))
    assert json.loads(wire.last.body) == {"kind": "circle", "radius": 1.5}


@needs("any_of")
def test_any_of_without_discriminator(client: Any, wire: Wire, conf: ModuleType) -> None:
    wire.reply_json('{"barks": 3}')
    result = client.features.send_pet(body={"meows": True})
    assert json.loads(wire.last.body) == {"meows": True}
    pet = _variant(result)
    assert isinstance(pet, conf.models.Dog) and pet.barks == 3


@needs("all_of")
def test_all_of(client: Any, wire: Wire, conf: ModuleType) -> None:
    wire.reply_json('{"id": "i1", "label": "L"}')
    result = client.features.get_labelled()
    assert isinstance(result, conf.models.LabelledItem)
    assert (result.id, result.label) == ("i1", "L")


@needs("read_write_only")
def test_read_only_and_write_only_and_a_new_resource(
    client: Any, wire: Wire, conf: ModuleType
) -> None:
    assert isinstance(client.widgets, conf.resources.widgets.Widgets)  # the new tag's resource
    create = client.widgets.create
    assert "id" not in inspect.signature(create).parameters  # readOnly: not an argument
    wire.reply_json('{"id": "w1", "name": "w"}', status=201)
    result = create(name="w", secret="s")
    assert json.loads(wire.last.body) == {"name": "w", "secret": "s"}
    assert isinstance(result, conf.models.WidgetResponse)
    assert result.id == "w1" and result.name == "w"
    assert "secret" not in type(result).model_fields  # writeOnly: not part of the response
    assert "id" not in conf.models.WidgetRequest.model_fields  # readOnly: not in the request


@needs("nullable")
def test_nullable(client: Any, wire: Wire) -> None:
    wire.reply_json('{"note": null, "count": 3}')
    result = client.features.get_nullable()
    assert (result.note, result.count) == (None, 3)
    wire.reply_json('{"note": "n", "count": null}')
    result = client.features.get_nullable()
    assert (result.note, result.count) == ("n", None)


@needs("maps")
def test_additional_properties_maps(client: Any, wire: Wire, conf: ModuleType) -> None:
    wire.reply_json('{"counts": {"a": 1, "b": 2}, "owners": {"x": {"name": "X"}}}')
    result = client.features.get_maps()
    assert result.counts == {"a": 1, "b": 2}
    assert isinstance(result.owners["x"], conf.models.Owner) and result.owners["x"].name == "X"


@needs("recursive")
def test_recursive_schema(client: Any, wire: Wire, conf: ModuleType) -> None:
    wire.reply_json('{"name": "r", "children": [{"name": "c", "children": [{"name": "g"}]}]}')
    result = client.features.get_tree()
    grandchild = result.children[0].children[0]
    assert isinstance(grandchild, conf.models.TreeNode) and grandchild.name == "g"


@needs("int64")
def test_int64_beyond_2_53(client: Any, wire: Wire) -> None:
    wire.reply_json('{"id": 9007199254740993, "value": 9223372036854775807}')
    result = client.features.get_counter(2**53 + 1)
    assert wire.last.raw_path == "/counters/9007199254740993"
    assert (result.id, result.value) == (2**53 + 1, 2**63 - 1)


@needs("dates")
def test_date_and_date_time(client: Any, wire: Wire) -> None:
    wire.reply_json('{"day": "2024-05-01", "at": "2024-05-01T12:30:00Z"}')
    result = client.features.get_calendar(
        day=date(2024, 5, 1), at=datetime(2024, 5, 1, 12, 30, tzinfo=UTC)
    )
    assert wire.last.query == b"day=2024-05-01&at=2024-05-01T12%3A30%3A00Z"
    assert result.day == date(2024, 5, 1)
    assert result.at == datetime(2024, 5, 1, 12, 30, tzinfo=UTC)


# --- responses ------------------------------------------------------------------------------


@needs("no_content")
def test_no_content(client: Any, wire: Wire) -> None:
    wire.reply(204)
    assert client.features.delete_thing("t1") is None
    assert (wire.last.method, wire.last.raw_path) == ("DELETE", "/things/t1")


@needs("several_success")
def test_several_success_statuses(client: Any, wire: Wire, conf: ModuleType) -> None:
    wire.reply_json('{"result": "r"}', status=200)
    done = client.features.start_run()
    assert isinstance(done, conf.models.RunResult) and done.result == "r"
    wire.reply_json('{"ticket": "t"}', status=202)
    ticket = client.features.start_run()
    assert isinstance(ticket, conf.models.RunTicket) and ticket.ticket == "t"


@needs("binary_response")
def test_binary_response(client: Any, wire: Wire) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\xff"
    wire.reply(200, png, "image/png")
    assert client.features.get_image() == png
    assert "image/png" in wire.last.headers["Accept"]


@needs("text_response")
def test_text_response(client: Any, wire: Wire) -> None:
    wire.reply(200, "héllo\n".encode(), "text/plain; charset=utf-8")
    assert client.features.get_text() == "héllo\n"
    assert "text/plain" in wire.last.headers["Accept"]


@needs("geo_json")
def test_geo_json_response(client: Any, wire: Wire, conf: ModuleType) -> None:
    wire.reply_json(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"a": 1}}]}',
        content_type="application/geo+json",
    )
    result = client.features.get_geo()
    assert isinstance(result, conf.models.Features)
    assert result.features[0].properties == {"a": 1}


# --- operations -----------------------------------------------------------------------------


@needs("deprecated")
def test_deprecated_operation_warns_once_at_the_call(client: Any, wire: Wire) -> None:
    wire.reply(204)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.features.old_call()
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(deprecations) == 1, [str(w.message) for w in deprecations]
    assert deprecations[0].filename == __file__
    assert "old_call" in str(deprecations[0].message)
    assert "deprecated" in (inspect.getdoc(client.features.old_call) or "").lower()


@needs("no_security")
def test_an_operation_without_security_sends_no_api_key(client: Any, wire: Wire) -> None:
    client.features.get_health()
    assert "Authorization" not in wire.last.headers
    client.features.delete_thing("t1")  # the document's security: the key is sent
    assert wire.last.headers["Authorization"] == "test-key-not-a-secret"


# --- the asyncio client sends the same bytes -----------------------------------------------


@needs("query_form")
@needs("form_body")
async def test_async_client_sends_the_same_bytes(
    conf: ModuleType, wire: Wire, httpserver: Any
) -> None:
    wire.reply_json('{"ok": true}')
    base_url = httpserver.url_for("").rstrip("/")
    async with conf.AsyncPixxel(api_key="test-key-not-a-secret", base_url=base_url) as client:
        result = await client.features.query_form(joined=["a", "b c"])
        assert wire.last.query == b"joined=a,b%20c"
        assert result.ok is True
        wire.reply(204)
        await client.features.send_form(name="a b", tags=["x", "y"])
        assert wire.last.body == b"name=a%20b&tags=x&tags=y"


# --- strict mode reads every media type ------------------------------------------------------


@needs("geo_json")
@needs("text_response")
@needs("binary_response")
@needs("several_success")
@needs("int64")
def test_strict_mode_reads_every_declared_media_type(
    conf: ModuleType, wire: Wire, httpserver: Any
) -> None:
    base_url = httpserver.url_for("").rstrip("/")
    with conf.Pixxel(
        api_key="test-key-not-a-secret", base_url=base_url, strict_response_validation=True
    ) as strict:
        wire.reply_json(
            '{"type": "FeatureCollection", "features": []}', content_type="application/geo+json"
        )
        assert isinstance(strict.features.get_geo(), conf.models.Features)
        wire.reply(200, b"hi", "text/plain")
        assert strict.features.get_text() == "hi"
        wire.reply(200, b"\x89PNG", "image/png")
        assert strict.features.get_image() == b"\x89PNG"
        wire.reply_json('{"ticket": "t"}', status=202)
        assert isinstance(strict.features.start_run(), conf.models.RunTicket)
        wire.reply_json('{"id": 9007199254740993, "value": 9223372036854775807}')
        counter = strict.features.get_counter(1)
        assert (counter.id, counter.value) == (2**53 + 1, 2**63 - 1)
        wire.reply_json('{"type": "FeatureCollection"}', content_type="application/geo+json")
        with pytest.raises(conf.APIResponseValidationError, match="features"):
            strict.features.get_geo()  # `features` is required: strict mode says so
