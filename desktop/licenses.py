"""What Färdväg is built from and under which licences, for the About dialog and the bundle.
Python packages are found from the installed metadata (the dependency closure of `fardvag`, so
a new dependency is listed without anyone remembering to); Qt, SQLCipher, the fonts and Python
itself ship their texts under resources/."""

from __future__ import annotations

import re
import sys
import sysconfig
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from desktop.paths import resource_path

_LICENSE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    license: str
    texts: tuple[str, ...] = field(default=())  # the licence texts, in full


def runtime_distributions(root: str = "fardvag") -> list[str]:
    """Every installed distribution `root` needs at run time (extras left out), sorted."""
    seen: dict[str, str] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist.metadata["Name"]
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            marker = requirement.split(";", 1)
            if len(marker) == 2 and not _marker_applies(marker[1]):
                continue
            todo.append(re.split(r"[ ;<>=!~\[(]", requirement.strip(), maxsplit=1)[0])
    seen.pop("fardvag", None)
    return sorted(seen.values(), key=str.lower)


def _marker_applies(marker: str) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:  # packaging is not bundled; a frozen build never needs to ask
        return True
    return bool(Marker(marker).evaluate())


def _distribution_texts(dist: metadata.Distribution) -> tuple[str, ...]:
    texts = []
    for path in dist.files or []:
        if ".dist-info" in str(path) and _LICENSE_FILE.search(path.name):
            try:
                texts.append(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
    return tuple(texts)


def _resource_texts(*names: str) -> tuple[str, ...]:
    texts = []
    for name in names:
        path = resource_path(*name.split("/"))
        if path.is_file():
            texts.append(path.read_text(encoding="utf-8"))
    return tuple(texts)


def python_license_path() -> Path:
    """Python's own licence: shipped in the bundle, or the interpreter's copy from source."""
    bundled = resource_path("licenses", "Python.txt")
    if bundled.is_file():
        return bundled
    return Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"


def components() -> list[Component]:
    found: list[Component] = []
    for name in runtime_distributions():
        dist = metadata.distribution(name)
        meta = dist.metadata
        license_name = meta["License-Expression"] or meta["License"] or ""
        if len(license_name) > 60 or not license_name:
            classifiers = [
                c.rsplit("::", 1)[-1].strip()
                for c in meta.get_all("Classifier") or []
                if c.startswith("License ::")
            ]
            license_name = ", ".join(classifiers) or license_name[:60]
        texts = _distribution_texts(dist)
        if name.lower().startswith(("pyside6", "shiboken6")):
            texts = _resource_texts("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt")
        found.append(Component(name, dist.version, license_name, texts))
    python_license = python_license_path()
    found += [
        Component(
            "SQLCipher",
            _sqlcipher_version(),
            "BSD-3-Clause",
            _resource_texts("licenses/SQLCipher.txt"),
        ),
        Component(
            "DejaVu fonts",
            "2.37",
            "Bitstream Vera License",
            _resource_texts("fonts/LICENSE-DejaVu.txt"),
        ),
        Component(
            "Symbola font",
            "9.17",
            "free for any use (see the text)",
            _resource_texts("fonts/LICENSE-Symbola.txt"),
        ),
        Component(
            "Python",
            sys.version.split()[0],
            "PSF-2.0",
            (python_license.read_text(encoding="utf-8"),) if python_license.is_file() else (),
        ),
    ]
    return found


def _sqlcipher_version() -> str:
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        try:
            return str(conn.execute("PRAGMA cipher_version").fetchone()[0]).split()[0]
        finally:
            conn.close()
    except Exception:
        return ""
