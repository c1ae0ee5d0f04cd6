"""The paging vocabulary (spec/README.md, "Paging vocabulary"): the one definition.

The generator reads it to name the arguments of paged methods and to fill the runtime's
``PageRequest`` from them; the paginator reads it to name the argument a bad value came from.
"""

from __future__ import annotations

from typing import Final

__all__ = ["PAGING_ARGUMENTS", "PAGING_STYLES"]

PAGING_STYLES: Final = {
    "offset": {"offset": "offset", "limit": "size"},
    "body-offset": {"offset": "offset", "limit": "size"},
    "page": {"page_num": "page", "page_size": "size"},
}
"""``x-pixxel-pagination.style`` -> wire parameter -> the ``PageRequest`` field that fills it
(``offset``/``limit`` in the query or, for ``body-offset``, in the JSON body)."""

PAGING_ARGUMENTS: Final = {
    "limit": ("limit", 1),
    "size": ("page_size", 1),
    "offset": ("offset", 0),
    "page": ("page_num", 0),
}
"""``PageRequest`` field -> (argument of the generated method, smallest accepted value).
``size`` is the API's own page size, whatever its wire name; ``limit`` caps the items the
iterator yields and is never sent."""
