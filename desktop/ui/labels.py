"""Words for values stored in English: audit actions and entity types."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.audit import Action
from desktop.core.i18n import QT_TRANSLATE_NOOP

_ACTIONS = {
    Action.SIGN_IN: QT_TRANSLATE_NOOP("Action", "Signed in"),
    Action.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("Action", "Failed sign-in"),
    Action.SIGN_OUT: QT_TRANSLATE_NOOP("Action", "Signed out"),
    Action.VIEW: QT_TRANSLATE_NOOP("Action", "Viewed"),
    Action.CREATE: QT_TRANSLATE_NOOP("Action", "Created"),
    Action.UPDATE: QT_TRANSLATE_NOOP("Action", "Changed"),
    Action.EXPORT: QT_TRANSLATE_NOOP("Action", "Exported"),
    Action.PRINT: QT_TRANSLATE_NOOP("Action", "Printed"),
    Action.BACKUP: QT_TRANSLATE_NOOP("Action", "Backup"),
    Action.RESTORE: QT_TRANSLATE_NOOP("Action", "Restore"),
    Action.KEY_CHANGE: QT_TRANSLATE_NOOP("Action", "Key changed"),
    Action.USER_CHANGE: QT_TRANSLATE_NOOP("Action", "User account changed"),
    Action.MIGRATE: QT_TRANSLATE_NOOP("Action", "Register updated"),
    Action.RECOVER: QT_TRANSLATE_NOOP("Action", "Opened with recovery key"),
}

_ENTITIES = {
    "register": QT_TRANSLATE_NOOP("Entity", "register"),
    "user": QT_TRANSLATE_NOOP("Entity", "user"),
    "settings": QT_TRANSLATE_NOOP("Entity", "settings"),
    "schema": QT_TRANSLATE_NOOP("Entity", "format"),
}


def action_label(action: str) -> str:
    try:
        source = _ACTIONS[Action(action)]
    except ValueError:
        return action
    return QCoreApplication.translate("Action", source)


def entity_label(entity: str) -> str:
    source = _ENTITIES.get(entity)
    return QCoreApplication.translate("Entity", source) if source else entity
