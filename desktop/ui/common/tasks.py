"""Background work (architecture habit 4): one worker thread runs operations in order, so
database access is never concurrent; results and errors come back on the UI thread through a
signal. An operation never touches widgets."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class TaskRunner(QObject):
    _finished = Signal(object, object, object)  # callback, result, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fardvag-task")
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.pending = 0

    def run(
        self,
        operation: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Future[None]:
        self.pending += 1

        def work() -> None:
            try:
                result = operation()
            except BaseException as error:
                self._finished.emit(on_error, None, error)
            else:
                self._finished.emit(on_done, result, None)

        return self._executor.submit(work)

    def _deliver(self, callback: Callable[[Any], None], result: Any, error: Any) -> None:
        self.pending -= 1
        callback(error if error is not None else result)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
