"""The consent register: consents, withdrawals, scanned forms, the unit's lists of kinds, units
and categories, and the disclosure log. Consents and the log are append-only (triggers refuse
changes); every write is one transaction with its audit entry."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from typing import Any

from desktop.core.audit import Action
from desktop.core.consent import (
    Choice,
    Consent,
    ConsentForm,
    ConsentOptions,
    Disclosure,
    GateDecision,
    Withdrawal,
    WithdrawalMethod,
    allowed_categories,
    gate,
)
from desktop.core.errors import AppError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.path import EventKind
from desktop.db.register import Register, Transaction, audit_time

OPTIONS_KEY = "consent_options"
ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024  # a phone photo or a scanned PDF of a few pages
ATTACHMENT_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}


class ConsentNotFound(AppError):
    message = QT_TRANSLATE_NOOP("AppError", "The consent is no longer in the register.")


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    consent_id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_at: str


def _iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def _choices(raw: Any, default: tuple[Choice, ...]) -> tuple[Choice, ...]:
    if not isinstance(raw, list):
        return default
    return tuple(Choice(str(c["code"]), str(c["label"]), bool(c.get("active", True))) for c in raw)


def _discharge_days(conn: Any, person_ids: Sequence[int] | None) -> dict[int, list[date]]:
    sql = (
        "SELECT person_id, on_date FROM path_events WHERE kind = ? AND id NOT IN "
        "(SELECT event_id FROM path_event_voids)"
    )
    params: list[object] = [EventKind.DISCHARGE.value]
    if person_ids is not None:
        sql += f" AND person_id IN ({','.join('?' * len(person_ids))})"
        params.extend(person_ids)
    days: dict[int, list[date]] = {}
    for person_id, on in conn.execute(sql, params):
        days.setdefault(person_id, []).append(date.fromisoformat(on))
    return days


class ConsentRepository:
    def __init__(self, register: Register) -> None:
        self.register = register

    def today(self) -> date:
        return self.register.today()

    # ------------------------------------------------------------------ the unit's lists

    def options(self) -> ConsentOptions:
        with self.register.read() as conn:
            row = conn.execute(
                "SELECT value FROM settings WHERE key = ?", (OPTIONS_KEY,)
            ).fetchone()
        if row is None:
            return ConsentOptions()
        raw = json.loads(row[0])
        defaults = ConsentOptions()
        return ConsentOptions(
            _choices(raw.get("kinds"), defaults.kinds),
            _choices(raw.get("units"), defaults.units),
            _choices(raw.get("categories"), defaults.categories),
        )

    def save_options(self, options: ConsentOptions) -> ConsentOptions:
        """Administrators only. An entry some consent uses cannot be removed, only set
        inactive, so that consent keeps its words."""
        self.register.require_admin()
        options = options.validated()
        used = self._codes_in_use()
        kept = {c.code for c in (*options.kinds, *options.units, *options.categories)}
        if used - kept:
            raise AppError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "An entry that consents already use cannot be removed; set it as not in use.",
                )
            )
        value = json.dumps(
            {
                "kinds": [asdict(c) for c in options.kinds],
                "units": [asdict(c) for c in options.units],
                "categories": [asdict(c) for c in options.categories],
            },
            ensure_ascii=False,
        )
        with self.register.write() as tx:
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (OPTIONS_KEY, value),
            )
            tx.audit(Action.UPDATE, "settings", OPTIONS_KEY)
        return options

    def _codes_in_use(self) -> set[str]:
        codes: set[str] = set()
        with self.register.read() as conn:
            for kind, units, categories in conn.execute(
                "SELECT kind, units, categories FROM consents"
            ):
                codes.add(kind)
                codes.update(json.loads(units))
                codes.update(json.loads(categories))
        return codes

    # ------------------------------------------------------------------ consents

    def consents(self, person_id: int | None = None) -> list[Consent]:
        """The consents not voided, oldest first, with their withdrawals and the number of
        attached scans; of one person or of everybody."""
        where = " AND c.person_id = ?" if person_id is not None else ""
        params = (person_id,) if person_id is not None else ()
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT c.id, c.person_id, c.kind, c.units, c.categories, c.purpose, "
                "c.given_on, c.valid_until, c.form, c.description_handed_over, c.note, "
                "c.recorded_by, c.recorded_at, w.on_date, w.method, w.note, w.recorded_by, "
                "w.recorded_at, (SELECT COUNT(*) FROM consent_attachments a "
                "WHERE a.consent_id = c.id) "
                "FROM consents c LEFT JOIN consent_withdrawals w ON w.consent_id = c.id "
                "WHERE c.id NOT IN (SELECT consent_id FROM consent_voids)"
                f"{where} ORDER BY c.given_on, c.id",
                params,
            ).fetchall()
        return [_consent(row) for row in rows]

    def consents_by_person(self) -> dict[int, list[Consent]]:
        found: dict[int, list[Consent]] = {}
        for consent in self.consents():
            found.setdefault(consent.person_id, []).append(consent)
        return found

    def consent(self, consent_id: int) -> Consent:
        with self.register.read() as conn:
            row = conn.execute(
                "SELECT person_id FROM consents WHERE id = ?", (consent_id,)
            ).fetchone()
        if row is None:
            raise ConsentNotFound()
        for consent in self.consents(row[0]):
            if consent.id == consent_id:
                return consent
        raise ConsentNotFound()

    def add(self, consent: Consent) -> Consent:
        consent = consent.validated(self.today(), self.options())
        now = self.register.now()
        user = self.register.session.username
        with self.register.write() as tx:
            if not tx.execute(
                "SELECT 1 FROM persons WHERE id = ?", (consent.person_id,)
            ).fetchone():
                raise AppError(
                    QT_TRANSLATE_NOOP("AppError", "The person is no longer in the register.")
                )
            consent_id = tx.execute(
                "INSERT INTO consents (person_id, kind, units, categories, purpose, given_on, "
                "valid_until, form, description_handed_over, note, recorded_by, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    consent.person_id,
                    consent.kind,
                    json.dumps(sorted(consent.units)),
                    json.dumps(sorted(consent.categories)),
                    consent.purpose,
                    consent.given_on.isoformat(),
                    consent.valid_until.isoformat(),
                    consent.form.value,
                    int(consent.description_handed_over),
                    consent.note,
                    user,
                    audit_time(now),
                ),
            ).lastrowid
            tx.audit(Action.CREATE, "consent", consent_id)
        return replace(consent, id=consent_id, recorded_by=user, recorded_at=now)

    def withdraw(self, consent_id: int, withdrawal: Withdrawal) -> Consent:
        """Record a withdrawal. It takes effect on its day: from then on the gate says no."""
        consent = self.consent(consent_id).withdrawn(withdrawal, self.today())
        assert consent.withdrawal is not None
        now = self.register.now()
        user = self.register.session.username
        with self.register.write() as tx:
            tx.execute(
                "INSERT INTO consent_withdrawals (consent_id, on_date, method, note, "
                "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    consent_id,
                    consent.withdrawal.on.isoformat(),
                    consent.withdrawal.method.value,
                    consent.withdrawal.note,
                    user,
                    audit_time(now),
                ),
            )
            tx.audit(Action.UPDATE, "consent", consent_id)
        return replace(
            consent, withdrawal=replace(consent.withdrawal, recorded_by=user, recorded_at=now)
        )

    def void(self, consent_id: int, reason: str) -> None:
        """A consent entered by mistake (wrong person, wrong dates): kept, but no longer
        counted. A real change of mind is a withdrawal, not this."""
        reason = " ".join(reason.split())
        if not reason:
            raise AppError(QT_TRANSLATE_NOOP("AppError", "Write why the entry was a mistake."))
        self.consent(consent_id)
        with self.register.write() as tx:
            tx.execute(
                "INSERT INTO consent_voids (consent_id, reason, voided_by, voided_at) "
                "VALUES (?, ?, ?, ?)",
                (
                    consent_id,
                    reason[:500],
                    self.register.session.username,
                    audit_time(self.register.now()),
                ),
            )
            tx.audit(Action.UPDATE, "consent", consent_id)

    # ------------------------------------------------------------------ scanned forms

    def attach(self, consent_id: int, file_name: str, data: bytes) -> AttachmentInfo:
        """Keep a scanned or photographed signed form inside the register."""
        self.consent(consent_id)
        name = file_name.replace("\\", "/").rsplit("/", 1)[-1].strip() or "blankett"
        suffix = "." + name.rsplit(".", 1)[-1].casefold() if "." in name else ""
        media_type = ATTACHMENT_TYPES.get(suffix)
        if media_type is None:
            raise AppError(
                QT_TRANSLATE_NOOP(
                    "AppError", "Attach a PDF or an image (PNG, JPEG or TIFF) of the signed form."
                )
            )
        if not data:
            raise AppError(QT_TRANSLATE_NOOP("AppError", "The file is empty."))
        if len(data) > ATTACHMENT_MAX_BYTES:
            raise AppError(
                QT_TRANSLATE_NOOP(
                    "AppError", "The file is larger than {max} MB: scan it at a lower resolution."
                ),
                max=ATTACHMENT_MAX_BYTES // (1024 * 1024),
            )
        digest = hashlib.sha256(data).hexdigest()
        at = audit_time(self.register.now())
        user = self.register.session.username
        with self.register.write() as tx:
            attachment_id = tx.execute(
                "INSERT INTO consent_attachments (consent_id, file_name, media_type, size, "
                "sha256, data, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (consent_id, name[:200], media_type, len(data), digest, data, user, at),
            ).lastrowid
            assert attachment_id is not None
            tx.audit(Action.CREATE, "consent_attachment", attachment_id)
        return AttachmentInfo(
            attachment_id, consent_id, name[:200], media_type, len(data), digest, user, at
        )

    def attachments(self, consent_id: int) -> list[AttachmentInfo]:
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT id, consent_id, file_name, media_type, size, sha256, added_by, added_at "
                "FROM consent_attachments WHERE consent_id = ? ORDER BY id",
                (consent_id,),
            ).fetchall()
        return [AttachmentInfo(*row) for row in rows]

    def attachment_data(self, attachment_id: int) -> bytes:
        """The file's bytes, for showing it inside Färdväg; the viewing is logged."""
        with self.register.read() as conn:
            row = conn.execute(
                "SELECT data FROM consent_attachments WHERE id = ?", (attachment_id,)
            ).fetchone()
        if row is None:
            raise AppError(
                QT_TRANSLATE_NOOP("AppError", "The attachment is no longer in the register.")
            )
        self.register.record(Action.VIEW, "consent_attachment", attachment_id)
        return bytes(row[0])

    # ------------------------------------------------------------------ the gate and the log

    def discharge_days(self, person_ids: Sequence[int] | None = None) -> dict[int, list[date]]:
        """Each person's discharge days: a consent ends when the case is closed (R18)."""
        with self.register.read() as conn:
            return _discharge_days(conn, person_ids)

    def gate(self, day: date | None = None) -> ConsentGate:
        """The gate with every consent loaded once, for an export that asks about many
        people."""
        return ConsentGate(self.consents_by_person(), self.discharge_days(), day or self.today())

    def disclosures(self, person_id: int | None = None) -> list[Disclosure]:
        where = " WHERE person_id = ?" if person_id is not None else ""
        params = (person_id,) if person_id is not None else ()
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT id, person_id, recipient, categories, document, on_date, by_user, at "
                f"FROM disclosures{where} ORDER BY at, id",
                params,
            ).fetchall()
        return [
            Disclosure(
                person_id=row[1],
                recipient=row[2],
                categories=frozenset(json.loads(row[3])),
                document=row[4],
                on=date.fromisoformat(row[5]),
                by=row[6],
                at=_iso(row[7]),
                id=row[0],
            )
            for row in rows
        ]

    def disclosures_by_person(self) -> dict[int, list[Disclosure]]:
        found: dict[int, list[Disclosure]] = {}
        for disclosure in self.disclosures():
            found.setdefault(disclosure.person_id, []).append(disclosure)
        return found


class ConsentGate:
    """The core gate over every person's consents, loaded once."""

    def __init__(
        self,
        consents: dict[int, list[Consent]],
        discharges: dict[int, list[date]],
        day: date,
    ) -> None:
        self._consents = consents
        self._discharges = discharges
        self.day = day

    def decide(self, person_id: int, unit: str, category: str) -> GateDecision:
        return gate(
            self._consents.get(person_id, ()),
            unit,
            category,
            self.day,
            self._discharges.get(person_id, ()),
        )

    def allowed(self, person_id: int, unit: str, categories: Iterable[str]) -> frozenset[str]:
        return allowed_categories(
            self._consents.get(person_id, ()),
            unit,
            categories,
            self.day,
            self._discharges.get(person_id, ()),
        )


def record_disclosures(tx: Transaction, audit_seq: int, disclosures: Iterable[Disclosure]) -> int:
    """Write the disclosure log's lines in the export's own transaction."""
    count = 0
    for d in disclosures:
        tx.execute(
            "INSERT INTO disclosures (person_id, recipient, categories, document, on_date, at, "
            "by_user, audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                d.person_id,
                d.recipient,
                json.dumps(sorted(d.categories)),
                d.document,
                d.on.isoformat(),
                audit_time(d.at) if d.at else "",
                d.by,
                audit_seq,
            ),
        )
        count += 1
    return count


def _consent(row: Sequence[Any]) -> Consent:
    withdrawal = None
    if row[13] is not None:
        withdrawal = Withdrawal(
            date.fromisoformat(row[13]),
            WithdrawalMethod(row[14]),
            row[15],
            row[16],
            _iso(row[17]),
        )
    return Consent(
        person_id=row[1],
        kind=row[2],
        units=frozenset(json.loads(row[3])),
        categories=frozenset(json.loads(row[4])),
        purpose=row[5],
        given_on=date.fromisoformat(row[6]),
        valid_until=date.fromisoformat(row[7]),
        form=ConsentForm(row[8]),
        description_handed_over=bool(row[9]),
        note=row[10],
        id=row[0],
        recorded_by=row[11],
        recorded_at=_iso(row[12]),
        withdrawal=withdrawal,
        attachments=row[18],
    )
