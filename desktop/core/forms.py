"""The consent form's texts (R18, R19, GDPR art. 7.3): named blocks an administrator may edit,
with `{unit}`, `{municipality}` and `{valid_until}` filled in when the form is made.

The defaults are Swedish and English documents kept as data (resources/forms/*.json), not UI
strings: the form goes to a participant to read and sign, so its wording is the unit's to
choose, with the municipality's lawyers, not the translators'. What an administrator saves is
kept in the register; a block left out there falls back to the default, so a new block added
in a later version appears on old registers too.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.settings import LANGUAGES, FieldError

PLACEHOLDERS = ("unit", "municipality", "valid_until")
TEXT_MAX = 2_000
# Blocks the form cannot do without: the participant must be told how to withdraw (GDPR art.
# 7.3), and there must be something to sign.
REQUIRED = (
    "title",
    "withdraw_heading",
    "withdraw_text",
    "statement",
    "signature_label",
    "clarification_label",
    "date_label",
)


@dataclass(frozen=True)
class FormTexts:
    """Every word printed on the consent form except the names of units, categories and kinds,
    which come from the unit's lists (desktop.core.consent.ConsentOptions)."""

    language: str = "sv"
    title: str = ""
    programme_heading: str = ""
    programme: str = ""
    secrecy: str = ""
    kind_heading: str = ""
    recipients_heading: str = ""
    recipients_intro: str = ""
    tick_hint: str = ""  # the blank form: tick what you say yes to
    gets_label: str = ""  # before the list of what one receiving unit gets
    categories_heading: str = ""
    categories_intro: str = ""
    purpose_heading: str = ""
    purpose_blank: str = ""  # the purpose printed on a blank form
    valid_heading: str = ""
    valid_text: str = ""
    withdraw_heading: str = ""
    withdraw_text: str = ""
    rights_heading: str = ""
    rights_text: str = ""
    contact_heading: str = ""
    contact_text: str = ""
    contact_person_label: str = ""
    phone_label: str = ""
    handed_over: str = ""  # beside the box: the programme description was handed over (R22)
    statement: str = ""  # what the participant signs
    participant_heading: str = ""
    name_label: str = ""
    personnummer_label: str = ""
    number_label: str = ""  # the unit's internal number, for filing the signed form
    staff_heading: str = ""
    signature_label: str = ""
    clarification_label: str = ""  # "Namnförtydligande"
    date_label: str = ""
    # What each receiving unit does with the data and what each category is, by code (R19:
    # which organisation handles what). A code without an entry is printed by name only.
    unit_roles: tuple[tuple[str, str], ...] = ()
    category_notes: tuple[tuple[str, str], ...] = ()

    def unit_role(self, code: str) -> str:
        return dict(self.unit_roles).get(code, "")

    def category_note(self, code: str) -> str:
        return dict(self.category_notes).get(code, "")

    def validated(self) -> FormTexts:
        """Trimmed and checked, or a `FieldError` naming the block: required blocks filled in,
        at most TEXT_MAX characters, and no placeholder but {unit}, {municipality} and
        {valid_until} (write {{ and }} for a brace)."""
        if self.language not in LANGUAGES:
            raise FieldError("language", QT_TRANSLATE_NOOP("AppError", "Unknown language."))
        cleaned: dict[str, str] = {}
        for name in TEXT_FIELDS:
            cleaned[name] = _checked(name, getattr(self, name), required=name in REQUIRED)
        roles = tuple(
            (code, _checked("unit_roles", text)) for code, text in self.unit_roles if text.strip()
        )
        notes = tuple(
            (code, _checked("category_notes", text))
            for code, text in self.category_notes
            if text.strip()
        )
        return replace(self, unit_roles=roles, category_notes=notes, **cleaned)

    def filled(self, values: Mapping[str, str]) -> FormTexts:
        """Every block with its placeholders replaced by `values`."""
        return replace(
            self,
            unit_roles=tuple((c, fill(t, values)) for c, t in self.unit_roles),
            category_notes=tuple((c, fill(t, values)) for c, t in self.category_notes),
            **{name: fill(getattr(self, name), values) for name in TEXT_FIELDS},
        )

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {name: getattr(self, name) for name in TEXT_FIELDS}
        data["unit_roles"] = dict(self.unit_roles)
        data["category_notes"] = dict(self.category_notes)
        return data


TEXT_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(FormTexts) if f.name not in ("language", "unit_roles", "category_notes")
)


def form_texts_from_json(
    raw: Mapping[str, object], language: str, base: FormTexts | None = None
) -> FormTexts:
    """Texts read from JSON; a block missing there (or not text) keeps `base`'s. Unknown keys are
    ignored, so an older version reads a newer register's texts."""
    base = base or FormTexts(language=language)
    values: dict[str, str] = {}
    for name in TEXT_FIELDS:
        value = raw.get(name)
        if isinstance(value, str):
            values[name] = value
    return replace(
        base,
        language=language,
        unit_roles=_pairs(raw.get("unit_roles"), base.unit_roles),
        category_notes=_pairs(raw.get("category_notes"), base.category_notes),
        **values,
    )


def _pairs(raw: object, base: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, Mapping):
        return base
    merged = dict(base)
    merged.update({str(k): v for k, v in raw.items() if isinstance(v, str)})
    return tuple(merged.items())


def _checked(name: str, value: str, *, required: bool = False) -> str:
    text = value.strip()
    if required and not text:
        raise FieldError(name, QT_TRANSLATE_NOOP("AppError", "This must be filled in."))
    if len(text) > TEXT_MAX:
        raise FieldError(
            name, QT_TRANSLATE_NOOP("AppError", "At most {max} characters."), max=TEXT_MAX
        )
    try:
        used = placeholders(text)
    except ValueError:
        raise FieldError(
            name,
            QT_TRANSLATE_NOOP(
                "AppError",
                "A {{ or }} is not closed. For a brace in the text itself, write it twice.",
            ),
        ) from None
    unknown = used - set(PLACEHOLDERS)
    if unknown:
        raise FieldError(
            name,
            QT_TRANSLATE_NOOP(
                "AppError",
                "{{{name}}} is not something the form can fill in: use {{unit}}, "
                "{{municipality}} or {{valid_until}}.",
            ),
            name=sorted(unknown)[0],
        )
    return text


def placeholders(text: str) -> set[str]:
    """The `{name}` fields in `text`; ValueError for an unmatched brace."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def fill(text: str, values: Mapping[str, str]) -> str:
    """`text` with its placeholders replaced. A placeholder without a value stays as written, and
    text whose braces do not parse (hand-edited) is returned unchanged: a form is never refused
    for its wording."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        return text
    out: list[str] = []
    for literal, name, spec, conversion in parts:
        out.append(literal)
        if name is None:
            continue
        if name in values and not spec and not conversion:
            out.append(values[name])
        else:
            out.append(
                "{"
                + name
                + (f"!{conversion}" if conversion else "")
                + (f":{spec}" if spec else "")
                + "}"
            )
    return "".join(out)


# ====================================================================== the contract (R3)

CONTRACT_REQUIRED = (
    "title",
    "contract_heading",
    "promises",
    "statement",
    "signature_label",
    "clarification_label",
    "date_label",
)


@dataclass(frozen=True)
class ContractTexts:
    """Every word printed on the action plan with the contract (R3: follow the plan, keep the
    agreements made with the staff, take the drug tests on schedule), except the person's
    details, goals and schedule. Kept and edited like the consent form's texts; {valid_until}
    is the day participation reaches 14 months (R5). `promises` and `unit_promises` hold one
    point a line."""

    language: str = "sv"
    title: str = ""
    intro: str = ""
    participant_heading: str = ""
    name_label: str = ""
    personnummer_label: str = ""
    number_label: str = ""
    start_label: str = ""  # enrolled from
    contact_label: str = ""  # the responsible staff member
    plan_heading: str = ""
    plan_intro: str = ""
    area_label: str = ""
    goal_label: str = ""
    who_label: str = ""
    due_label: str = ""
    plan_empty: str = ""  # no goals yet: lines to write them on
    tests_heading: str = ""
    tests_text: str = ""
    schedule_label: str = ""
    contract_heading: str = ""
    promises_intro: str = ""
    promises: str = ""
    unit_promises_intro: str = ""
    unit_promises: str = ""
    breach_text: str = ""
    valid_text: str = ""
    statement: str = ""
    participant_signs: str = ""
    staff_signs: str = ""
    signature_label: str = ""
    clarification_label: str = ""
    date_label: str = ""

    def validated(self) -> ContractTexts:
        """Trimmed and checked as the consent form's texts are (`FormTexts.validated`)."""
        if self.language not in LANGUAGES:
            raise FieldError("language", QT_TRANSLATE_NOOP("AppError", "Unknown language."))
        return replace(
            self,
            **{
                name: _checked(name, getattr(self, name), required=name in CONTRACT_REQUIRED)
                for name in CONTRACT_FIELDS
            },
        )

    def filled(self, values: Mapping[str, str]) -> ContractTexts:
        return replace(
            self, **{name: fill(getattr(self, name), values) for name in CONTRACT_FIELDS}
        )

    def to_json(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in CONTRACT_FIELDS}

    def points(self, name: str) -> list[str]:
        """A block of one point a line (`promises`, `unit_promises`), blank lines left out."""
        return [line.strip() for line in str(getattr(self, name)).splitlines() if line.strip()]


CONTRACT_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(ContractTexts) if f.name != "language"
)


def contract_texts_from_json(
    raw: Mapping[str, object], language: str, base: ContractTexts | None = None
) -> ContractTexts:
    """Texts read from JSON; a block missing there keeps `base`'s, unknown keys are ignored."""
    base = base or ContractTexts(language=language)
    values = {n: v for n in CONTRACT_FIELDS if isinstance(v := raw.get(n), str)}
    return replace(base, language=language, **values)
