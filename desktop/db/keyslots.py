"""Key slots: how each user's password (and the recovery key) leads to the database key.

Design, and why it differs a little from a plain "database key encrypted under the password":

* Each user's slot holds an X25519 key pair. The private half is encrypted with AES-256-GCM under
  a key derived from the password with Argon2id (salt and parameters stored in the slot). The
  database key is sealed to the public half (ephemeral X25519, HKDF-SHA256, AES-256-GCM).
  So the database key is still AES-256-GCM encrypted under something only the password opens,
  but *rotating* the database key can re-seal it for every user from their public keys,
  without knowing anyone's password.
* The associated data of both encryptions binds the slot to the register's id and the user
  name: a slot copied into another register, or renamed to another user, does not open.
* The recovery key is not stored anywhere: the database key is derived from it (HKDF-SHA256
  over 160 random bits). The recovery key therefore opens the register even when this slot
  file is lost, which is exactly when it is needed. Rotating the key issues a new one.
"""

from __future__ import annotations

import base64
import hmac
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.db.files import atomic_write

FORMAT = "fardvag-keyslots"
FORMAT_VERSION = 1
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. `default()` takes about half a second on an ordinary office PC;
    `cheap()` is for tests only."""

    time_cost: int
    memory_cost_kib: int
    parallelism: int

    @classmethod
    def default(cls) -> KdfParams:
        return cls(time_cost=4, memory_cost_kib=192 * 1024, parallelism=2)

    @classmethod
    def cheap(cls) -> KdfParams:
        return cls(time_cost=1, memory_cost_kib=8, parallelism=1)

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret=secret,
            salt=salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


class SlotDoesNotOpen(Exception):
    """The password does not open this slot."""


class SlotFileDamaged(Exception):
    """The slot file is not one we can read."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _associated_data(register_id: str, username: str, purpose: str) -> bytes:
    return f"fardvag-keyslot-v1\x00{purpose}\x00{register_id}\x00{username}".encode()


def _hkdf(ikm: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(ikm)


def database_key_from_recovery(recovery_secret: bytes) -> bytes:
    return _hkdf(recovery_secret, b"fardvag database key from recovery key v1")


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True)
class SealedKey:
    """The database key sealed to a slot's public key."""

    ephemeral_public: bytes
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, str]:
        return {
            "ephemeral_public": _b64(self.ephemeral_public),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, data: dict[str, str]) -> SealedKey:
        return cls(
            _unb64(data["ephemeral_public"]), _unb64(data["nonce"]), _unb64(data["ciphertext"])
        )


def seal_key(database_key: bytes, public_key: bytes, register_id: str, username: str) -> SealedKey:
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    ephemeral_public = _raw_public(ephemeral.public_key())
    wrap_key = _hkdf(shared, b"fardvag seal v1", salt=ephemeral_public + public_key)
    nonce = secrets.token_bytes(12)
    aad = _associated_data(register_id, username, "database-key")
    return SealedKey(ephemeral_public, nonce, AESGCM(wrap_key).encrypt(nonce, database_key, aad))


@dataclass(frozen=True)
class KeySlot:
    username: str
    kdf: KdfParams
    salt: bytes
    private_nonce: bytes
    private_ciphertext: bytes
    public_key: bytes
    sealed: SealedKey
    # Only during a key rotation: the key the register will have (or had) on the other side of
    # `PRAGMA rekey`, so a crash between the two files never locks anyone out.
    sealed_pending: SealedKey | None = None

    def open(self, password: str, register_id: str) -> list[bytes]:
        """The database key(s) this slot holds: the current one first, then a pending one."""
        password_key = self.kdf.derive(password.encode("utf-8"), self.salt)
        aad = _associated_data(register_id, self.username, "private-key")
        try:
            private_raw = AESGCM(password_key).decrypt(
                self.private_nonce, self.private_ciphertext, aad
            )
        except InvalidTag:
            raise SlotDoesNotOpen() from None
        private = X25519PrivateKey.from_private_bytes(private_raw)
        keys = []
        for sealed in (self.sealed, self.sealed_pending):
            if sealed is None:
                continue
            shared = private.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral_public))
            wrap_key = _hkdf(
                shared, b"fardvag seal v1", salt=sealed.ephemeral_public + self.public_key
            )
            try:
                keys.append(
                    AESGCM(wrap_key).decrypt(
                        sealed.nonce,
                        sealed.ciphertext,
                        _associated_data(register_id, self.username, "database-key"),
                    )
                )
            except InvalidTag:
                raise SlotFileDamaged("sealed database key does not authenticate") from None
        return keys

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "username": self.username,
            "kdf": {
                "name": "argon2id",
                "version": 19,
                "time_cost": self.kdf.time_cost,
                "memory_cost_kib": self.kdf.memory_cost_kib,
                "parallelism": self.kdf.parallelism,
                "salt": _b64(self.salt),
            },
            "private_key": {
                "nonce": _b64(self.private_nonce),
                "ciphertext": _b64(self.private_ciphertext),
            },
            "public_key": _b64(self.public_key),
            "database_key": self.sealed.to_json(),
        }
        if self.sealed_pending is not None:
            data["database_key_pending"] = self.sealed_pending.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        kdf = data["kdf"]
        if kdf["name"] != "argon2id" or kdf["version"] != 19:
            raise SlotFileDamaged("unknown key derivation")
        pending = data.get("database_key_pending")
        return cls(
            username=str(data["username"]),
            kdf=KdfParams(
                int(kdf["time_cost"]), int(kdf["memory_cost_kib"]), int(kdf["parallelism"])
            ),
            salt=_unb64(kdf["salt"]),
            private_nonce=_unb64(data["private_key"]["nonce"]),
            private_ciphertext=_unb64(data["private_key"]["ciphertext"]),
            public_key=_unb64(data["public_key"]),
            sealed=SealedKey.from_json(data["database_key"]),
            sealed_pending=SealedKey.from_json(pending) if pending else None,
        )


def new_slot(
    username: str, password: str, database_key: bytes, register_id: str, kdf: KdfParams
) -> KeySlot:
    salt = secrets.token_bytes(16)
    password_key = kdf.derive(password.encode("utf-8"), salt)
    private = X25519PrivateKey.generate()
    private_raw = private.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    nonce = secrets.token_bytes(12)
    ciphertext = AESGCM(password_key).encrypt(
        nonce, private_raw, _associated_data(register_id, username, "private-key")
    )
    public = _raw_public(private.public_key())
    return KeySlot(
        username=username,
        kdf=kdf,
        salt=salt,
        private_nonce=nonce,
        private_ciphertext=ciphertext,
        public_key=public,
        sealed=seal_key(database_key, public, register_id, username),
    )


def key_check_value(database_key: bytes, register_id: str) -> str:
    """A value that tells whether `database_key` is this register's without opening it (an
    HMAC under the key; it reveals nothing about the key)."""
    tag = hmac.new(database_key, b"fardvag key check v1" + register_id.encode(), "sha256")
    return _b64(tag.digest())


def key_checks_out(slots: SlotFile, database_key: bytes) -> bool:
    """Whether the slot file's check value says `database_key` is this register's."""
    return bool(slots.key_check) and hmac.compare_digest(
        slots.key_check, key_check_value(database_key, slots.register_id)
    )


def dummy_unlock(kdf: KdfParams) -> None:
    """Spend the same time as a real attempt, so an unknown user name is not told apart by
    how fast the answer comes."""
    kdf.derive(b"x", bytes(16))


def _rotation_aad(register_id: str) -> bytes:
    return f"fardvag-rotation-v1\x00{register_id}".encode()


@dataclass(frozen=True)
class RotationRecord:
    """Written once the new recovery key has been shown, before the database is re-keyed: the
    old database key encrypted under the new one. The new recovery key then opens the register
    even if the re-key never happened (and finishes it), so the key a user was shown always
    works. It gives nothing away: whoever has the new key can read the register anyway."""

    nonce: bytes
    ciphertext: bytes

    @classmethod
    def make(cls, new_key: bytes, old_key: bytes, register_id: str) -> RotationRecord:
        nonce = secrets.token_bytes(12)
        return cls(nonce, AESGCM(new_key).encrypt(nonce, old_key, _rotation_aad(register_id)))

    def old_key(self, new_key: bytes, register_id: str) -> bytes | None:
        """The key the register had before, if `new_key` is the key this rotation moves to."""
        try:
            return AESGCM(new_key).decrypt(self.nonce, self.ciphertext, _rotation_aad(register_id))
        except (InvalidTag, ValueError):
            return None


@dataclass
class SlotFile:
    register_id: str
    slots: dict[str, KeySlot] = field(default_factory=dict)
    # A password change in progress: the new slot waits here, beside the old one, until the
    # database records it; the next sign-in keeps whichever the database names.
    pending: dict[str, KeySlot] = field(default_factory=dict)
    rotation: RotationRecord | None = None
    # A check value of the database key (`key_check_value`): says whether a key is this
    # register's even when the register file cannot be read, so a damaged file is never
    # reported as a wrong recovery key. "" in files written before it existed.
    key_check: str = ""

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "register_id": self.register_id,
            "slots": [self.slots[name].to_json() for name in sorted(self.slots)],
        }
        if self.pending:
            data["pending_slots"] = [self.pending[name].to_json() for name in sorted(self.pending)]
        if self.key_check:
            data["key_check"] = self.key_check
        if self.rotation is not None:
            data["rotation"] = {
                "nonce": _b64(self.rotation.nonce),
                "ciphertext": _b64(self.rotation.ciphertext),
            }
        return (json.dumps(data, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> SlotFile:
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise SlotFileDamaged("not a key-slot file")
            if data.get("format") != FORMAT or data.get("version") != FORMAT_VERSION:
                raise SlotFileDamaged("not a key-slot file of a known version")
            slots = [KeySlot.from_json(s) for s in data["slots"]]
            pending = [KeySlot.from_json(s) for s in data.get("pending_slots", [])]
            rotation = data.get("rotation")
            return cls(
                str(data["register_id"]),
                {s.username: s for s in slots},
                {s.username: s for s in pending},
                RotationRecord(_unb64(rotation["nonce"]), _unb64(rotation["ciphertext"]))
                if rotation
                else None,
                str(data.get("key_check", "")),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise SlotFileDamaged(type(exc).__name__) from None

    @classmethod
    def load(cls, path: Path) -> SlotFile:
        return cls.from_bytes(path.read_bytes())

    def save(self, path: Path, backup: Path) -> None:
        """The file, then the same bytes as its backup, each written atomically. The backup is
        a full copy, not the previous version: when the file is damaged the backup holds every
        slot (a crash between the two writes leaves the backup one change behind, which the
        next sign-in puts right)."""
        raw = self.to_bytes()
        atomic_write(path, raw)
        atomic_write(backup, raw)
