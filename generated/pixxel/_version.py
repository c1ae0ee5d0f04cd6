"""Version of the generated package, taken from the spec's ``info.version``."""

__version__ = "0.1.0"
