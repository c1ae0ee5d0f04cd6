"""The generated distribution builds into a wheel with the right metadata and contents."""

from __future__ import annotations

import email
import os
import zipfile
from pathlib import Path

from hatchling.build import build_wheel

from generator.settings import SDK_VERSION

from ..support.paths import ROOT


def test_wheel_builds_with_metadata_and_the_whole_package(tmp_path: Path) -> None:
    previous = Path.cwd()
    os.chdir(ROOT / "generated")
    try:
        name = build_wheel(str(tmp_path))
    finally:
        os.chdir(previous)
    with zipfile.ZipFile(tmp_path / name) as wheel:
        names = wheel.namelist()
        entry_points = wheel.read(
            next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        )
        metadata = email.message_from_bytes(
            wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
        )
    assert metadata["Name"] == "pixxel-client"
    assert metadata["Version"] == SDK_VERSION  # the version's one source (make release sets it)
    assert sorted(metadata.get_all("Requires-Dist") or []) == [
        "adlfs>=2024.4; extra == 'azure'",
        "adlfs>=2024.4; extra == 'cloud'",
        "fsspec>=2024.6; extra == 'azure'",
        "fsspec>=2024.6; extra == 'cloud'",
        "fsspec>=2024.6; extra == 'gcs'",
        "fsspec>=2024.6; extra == 's3'",
        "gcsfs>=2024.6; extra == 'cloud'",
        "gcsfs>=2024.6; extra == 'gcs'",
        "geopandas>=1.0; extra == 'geo'",
        "httpcore<1.1,>=1.0.5",
        "httpx<0.29,>=0.27",
        "jsonschema<5,>=4.18",
        "pydantic<3,>=2.9",
        "pystac>=1.10; extra == 'stac'",
        "rich>=13; extra == 'cli'",
        "rich>=13; extra == 'progress'",
        "s3fs>=2024.6; extra == 'cloud'",
        "s3fs>=2024.6; extra == 's3'",
        "shapely>=2; extra == 'geo'",
        "typer>=0.12; extra == 'cli'",
    ]
    assert "pixxel = pixxel._cli:main" in entry_points.decode()
    assert "pixxel/__main__.py" in names and "pixxel/_cli/_app.py" in names
    assert "pixxel/py.typed" in names and "pixxel/models/__init__.py" in names
    assert "pixxel/models/_job.py" in names  # one module per model, loaded on first use
    assert "pixxel/_response_schemas.json" in names  # read by strict response validation
    assert "pixxel/_runtime/_download.py" in names and "pixxel/resources/jobs.py" in names
    assert not [n for n in names if "__pycache__" in n]
