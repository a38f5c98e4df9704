"""To-do items marked handled: the reason, who and when, one transaction with its audit entry.
The to-do list itself is worked out in core from a snapshot (desktop/core/todo.py); only the
"handled" marks are stored."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from desktop.core.audit import Action
from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.todo import Handled, Severity, TodoItem
from desktop.db.register import Register, audit_time

REASON_MAX = 2000


class ReasonMissing(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError", "Write why the item is handled: the reason is kept with the item."
    )


class ReasonTooLong(AppError):
    message = QT_TRANSLATE_NOOP("AppError", "The reason can be at most {limit} characters.")

    def __init__(self) -> None:
        super().__init__(limit=REASON_MAX)


class TodoRepository:
    def __init__(self, register: Register) -> None:
        self.register = register

    def handled(self, person_ids: Iterable[int] | None = None) -> list[Handled]:
        """Every handled mark (or those of some people), oldest first."""
        sql = (
            "SELECT id, person_id, item_key, due_date, severity, reason, handled_by, handled_at "
            "FROM todo_handled"
        )
        params: list[object] = []
        if person_ids is not None:
            wanted = sorted(set(person_ids))
            sql += f" WHERE person_id IN ({', '.join('?' * len(wanted))})" if wanted else " WHERE 0"
            params = list(wanted)
        with self.register.read() as conn:
            rows = conn.execute(sql + " ORDER BY id", params).fetchall()
        return [
            Handled(
                person_id=int(r[1]),
                key=str(r[2]),
                due=date.fromisoformat(r[3]),
                severity=Severity(int(r[4])),
                reason=str(r[5]),
                by=str(r[6]),
                at=_stored_time(str(r[7])),
                id=int(r[0]),
            )
            for r in rows
        ]

    def mark_handled(self, item: TodoItem, reason: str) -> Handled:
        """Keep `item` off the list, with why. The reason is stored as typed (only blank lines
        around it dropped); the audit entry names the record."""
        reason = reason.strip()
        if not reason:
            raise ReasonMissing()
        if len(reason) > REASON_MAX:
            raise ReasonTooLong()
        stamp = audit_time(self.register.now())
        with self.register.write() as tx:
            handled_id = tx.execute(
                "INSERT INTO todo_handled (person_id, item_key, due_date, severity, reason, "
                "handled_by, handled_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    item.person_id,
                    item.key,
                    item.due.isoformat(),
                    int(item.severity),
                    reason,
                    self.register.session.username,
                    stamp,
                ),
            ).lastrowid
            tx.audit(Action.CREATE, "todo_handled", handled_id)
        return Handled(
            item.person_id,
            item.key,
            item.due,
            item.severity,
            reason,
            self.register.session.username,
            _stored_time(stamp),
            handled_id,
        )


def _stored_time(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))
