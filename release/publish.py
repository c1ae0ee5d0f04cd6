"""``make publish``: upload the wheel and sdist of the current version, or refuse before anything.

The upload goes to ``PIXXEL_PUBLISH_URL`` with twine (credentials from ``TWINE_USERNAME`` and
``TWINE_PASSWORD``, which twine reads itself). The index's simple page (``PIXXEL_INDEX_URL``,
default ``<PIXXEL_PUBLISH_URL>/simple/``) is read before, to refuse a version already there, and
after, to confirm that both files arrived: success is only claimed once the index lists them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import httpx

from .gates import Refused, build, check_generated, run_tests
from .notes import package_version

DISTRIBUTION = "pixxel-client"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.files: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.files.append(unquote(urlsplit(href).path.rsplit("/", 1)[-1]))


def index_url() -> str:
    explicit = os.environ.get("PIXXEL_INDEX_URL")
    if explicit:
        return explicit.rstrip("/") + "/"
    return urljoin(publish_url().rstrip("/") + "/", "simple/")


def publish_url() -> str:
    url = os.environ.get("PIXXEL_PUBLISH_URL", "").strip()
    if not url:
        raise Refused("set PIXXEL_PUBLISH_URL to the upload URL of the package index")
    return url


def files_on_index(version: str) -> list[str]:
    """The files of ``version`` of the distribution that the index lists (empty: none)."""
    page = f"{index_url()}{DISTRIBUTION}/"
    try:
        response = httpx.get(page, follow_redirects=True, timeout=30)
    except httpx.HTTPError as exc:
        raise Refused(f"cannot read {page} to check for {version}: {exc}") from exc
    if response.status_code == 404:
        return []
    if response.status_code != 200:
        raise Refused(f"cannot read {page} to check for {version}: HTTP {response.status_code}")
    parser = _Links()
    parser.feed(response.text)
    pattern = re.compile(rf"pixxel[_-]client-{re.escape(version)}([-.].*)?\.(whl|tar\.gz|zip)$")
    return sorted(name for name in parser.files if pattern.match(name.lower()))


def publish(repo: Path, *, pytest_args: str) -> list[str]:
    """Upload the current version; returns the names of the files the index now lists."""
    target = publish_url()
    version = str(package_version(repo / "generated"))
    present = files_on_index(version)
    if present:
        raise Refused(
            f"{DISTRIBUTION} {version} already exists on {index_url()} ({', '.join(present)}): "
            "a published version is never replaced; cut a new one with `make release`"
        )
    check_generated(repo)
    run_tests(repo, pytest_args)
    files = build(repo, repo / "dist", version)
    upload = [sys.executable, "-m", "twine", "upload", "--non-interactive"]
    upload += ["--repository-url", target, *map(str, files)]
    uploaded = subprocess.run(upload, cwd=repo, check=False).returncode == 0
    listed = files_on_index(version)
    missing = sorted({f.name for f in files} - set(listed))
    if missing or not uploaded:
        reasons = [] if uploaded else ["twine reported an error (see above)"]
        if missing:
            reasons.append(f"the index does not list {', '.join(missing)}")
        partial = f"; it lists {', '.join(listed)}" if listed else ""
        raise Refused(
            f"the upload of {DISTRIBUTION} {version} failed: {'; '.join(reasons)}{partial}. "
            "Not published: fix the cause and remove any partial upload from the index before "
            "trying again."
        )
    print(f"published {DISTRIBUTION} {version} to {target}: {', '.join(listed)}")
    return listed
