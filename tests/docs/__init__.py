"""Tests of the documentation: its examples run, its reference pages follow the spec."""
