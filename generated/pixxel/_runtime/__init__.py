"""Hand-written runtime of the Pixxel client: transport, errors, models and helpers.

The generator copies this package verbatim into every generated client; the generated code only
wires operations to it.
"""
