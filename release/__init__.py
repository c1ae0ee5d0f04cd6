"""Release tooling of pixxel-python: the SDK's version, computed release notes, release, publish.

``python -m release notes|cut|publish`` (the Make targets ``release-notes``, ``release``,
``publish``). Nothing here is shipped in the generated package.
"""
