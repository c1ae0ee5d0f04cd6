"""Version of this package (semver), set by `make release`; the API it speaks is Pixxel API 0.1.0."""

__version__ = "0.1.0"
