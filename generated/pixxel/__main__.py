"""``python -m pixxel``: the ``pixxel`` command line (needs the ``[cli]`` extra)."""

from ._cli import main

if __name__ == "__main__":
    main()
