"""What ``progress=`` of a download turns into: a rich bar, the caller's callback, or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

__all__ = ["ProgressCallback", "ProgressSetting", "progress_callback"]


class ProgressCallback(Protocol):
    def __call__(self, downloaded: int, total: int | None) -> None: ...


ProgressSetting = Any
"""``None``/``False`` (no progress), ``True`` (a rich bar), a :class:`ProgressCallback`, or a
``rich.progress.Progress`` to add this file's task to (several downloads can share one)."""


@contextmanager
def progress_callback(setting: ProgressSetting, name: str) -> Iterator[ProgressCallback | None]:
    """The callback a transfer reports to, for the duration of the download."""
    if setting is None or setting is False:
        yield None
        return
    if _is_rich_progress(setting):
        yield _task_updater(setting, name)
        return
    if callable(setting):
        yield setting
        return
    if setting is not True:
        raise TypeError(
            "progress must be True, False, None, a callable (downloaded, total) "
            f"or a rich.progress.Progress, not {type(setting).__name__}"
        )
    try:
        from rich.progress import DownloadColumn, Progress, TransferSpeedColumn
    except ImportError:
        raise ImportError(
            "progress=True needs rich: pip install 'pixxel-client[progress]'"
        ) from None
    with Progress(*Progress.get_default_columns(), DownloadColumn(), TransferSpeedColumn()) as bar:
        yield _task_updater(bar, name)


def _is_rich_progress(setting: object) -> bool:
    cls = type(setting)
    return any(
        base.__module__ == "rich.progress" and base.__name__ == "Progress" for base in cls.__mro__
    )


def _task_updater(bar: Any, name: str) -> ProgressCallback:
    task = bar.add_task(name, total=None)

    def update(downloaded: int, total: int | None) -> None:
        bar.update(task, completed=downloaded, total=total)

    return update
