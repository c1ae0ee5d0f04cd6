"""Benchmarks of the generated client (``make bench``); not part of the test suite."""
