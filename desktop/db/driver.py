"""The SQLCipher driver. It mirrors the standard library's sqlite3 API but ships no type hints,
so the type checker is told to read it as sqlite3; at run time it is always sqlcipher3."""

from typing import TYPE_CHECKING

import sqlcipher3

if TYPE_CHECKING:
    from sqlite3 import (
        Connection,
        Cursor,
        DatabaseError,
        Error,
        OperationalError,
        complete_statement,
        connect,
    )
else:
    Connection = sqlcipher3.Connection
    Cursor = sqlcipher3.Cursor
    DatabaseError = sqlcipher3.DatabaseError
    Error = sqlcipher3.Error
    OperationalError = sqlcipher3.OperationalError
    complete_statement = sqlcipher3.complete_statement
    connect = sqlcipher3.connect

__all__ = [
    "Connection",
    "Cursor",
    "DatabaseError",
    "Error",
    "OperationalError",
    "complete_statement",
    "connect",
]
