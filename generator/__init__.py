"""Turns spec/ into the Python package in generated/ (see ``python -m generator --help``)."""
