"""What went wrong with a file, told so the user can act: a folder they may not write in, a
full disk, a missing folder, a name too long, a folder where a file was meant. The caller
passes the OSError it caught; nothing here touches the file system."""

from __future__ import annotations

import errno
import os

from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP


class FileProblem(AppError):
    """A file or folder could not be used; the subclasses say why."""

    message = QT_TRANSLATE_NOOP(
        "AppError", "Färdväg could not use {path} ({reason}). Nothing was changed there."
    )


class FolderNotWritable(FileProblem):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "Färdväg may not save files in the folder {folder}: it is read-only, or your account "
        "lacks permission there. Choose a folder where you can save files (for example your "
        "Documents folder), or ask whoever looks after the unit's computers.",
    )


class DiskFull(FileProblem):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The disk with the folder {folder} is full. Free some space there (or choose another "
        "place), then try again.",
    )


class FolderMissing(FileProblem):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The folder {folder} does not exist (or is not reachable, such as a network drive "
        "that is not connected). Check the path, or create the folder first.",
    )


class NameTooLong(FileProblem):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "The name {name} is too long for the computer's file system. Choose a shorter file "
        "name (at most 100 characters).",
    )


class PathIsFolder(FileProblem):
    message = QT_TRANSLATE_NOOP(
        "AppError",
        "{path} is a folder, not a file. Choose a file name inside it, for example {example}.",
    )


def path_is_folder(path: os.PathLike[str] | str, example_name: str = "") -> PathIsFolder:
    text = os.fspath(path)
    example = os.path.join(text, example_name) if example_name else text
    return PathIsFolder(path=text, example=example)


def file_error(error: OSError, path: os.PathLike[str] | str) -> AppError:
    """The message for `error`, raised while using `path` (the file the user chose; the
    error's own file name, such as a lock file beside it, is preferred when it has one)."""
    where = os.fsdecode(error.filename) if error.filename else os.fspath(path)
    folder = os.path.dirname(where) or "."
    code = error.errno
    if isinstance(error, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FolderNotWritable(folder=folder)
    if code in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(folder=folder)
    if code == errno.ENAMETOOLONG:
        return NameTooLong(name=os.path.basename(where) or where)
    if isinstance(error, IsADirectoryError) or code == errno.EISDIR:
        return path_is_folder(where)
    if isinstance(error, (FileNotFoundError, NotADirectoryError)) or code in (
        errno.ENOENT,
        errno.ENOTDIR,
    ):
        return FolderMissing(folder=folder)
    return FileProblem(path=where, reason=error.strerror or type(error).__name__)
