"""Where the test data lives."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
PAYLOADS = TESTS / "payloads"
CASSETTES = TESTS / "cassettes"
BUNDLED_SPEC = ROOT / "generated" / "openapi.json"
BASE_URL = "https://api.pixxel.space"
