"""Words for values stored in English (audit actions, entity types, and the programme's codes):
one table, translated on display in the "Labels" context."""

from __future__ import annotations

from enum import Enum

from desktop.core.audit import Action
from desktop.core.consent import ConsentForm, ConsentState, WithdrawalMethod
from desktop.core.drugtests import Method, Outcome, ScheduleKind, Substance, Trend
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.osa import (
    CodingDecision,
    ContactKind,
    EmployerType,
    EndReason,
    NextStep,
    PlacementStatus,
)
from desktop.core.outcome import OutcomeCategory, OutcomeGroup
from desktop.core.path import (
    Criterion,
    CriterionStatus,
    DischargeOutcome,
    EventKind,
    NotEnrolledReason,
    Phase,
    ReferrerType,
    SecurityResult,
    Status,
)
from desktop.core.records import (
    ContactRole,
    GoalStatus,
    LifeArea,
    Need,
    NoteCategory,
    Responsible,
    Sex,
)

# (code, English source) pairs. A table keyed by the members themselves would be wrong: StrEnum
# members of different enums with the same value are equal (NotEnrolledReason.OTHER ==
# DischargeOutcome.OTHER), so they would overwrite each other's words.
_LABEL_PAIRS: tuple[tuple[Enum, str], ...] = (
    (Action.SIGN_IN, QT_TRANSLATE_NOOP("Labels", "Signed in")),
    (Action.SIGN_IN_FAILED, QT_TRANSLATE_NOOP("Labels", "Failed sign-in")),
    (Action.SIGN_OUT, QT_TRANSLATE_NOOP("Labels", "Signed out")),
    (Action.VIEW, QT_TRANSLATE_NOOP("Labels", "Viewed")),
    (Action.CREATE, QT_TRANSLATE_NOOP("Labels", "Created")),
    (Action.UPDATE, QT_TRANSLATE_NOOP("Labels", "Changed")),
    (Action.EXPORT, QT_TRANSLATE_NOOP("Labels", "Exported")),
    (Action.PRINT, QT_TRANSLATE_NOOP("Labels", "Printed")),
    (Action.BACKUP, QT_TRANSLATE_NOOP("Labels", "Backup")),
    (Action.RESTORE, QT_TRANSLATE_NOOP("Labels", "Restore")),
    (Action.KEY_CHANGE, QT_TRANSLATE_NOOP("Labels", "Key changed")),
    (Action.USER_CHANGE, QT_TRANSLATE_NOOP("Labels", "User account changed")),
    (Action.MIGRATE, QT_TRANSLATE_NOOP("Labels", "Register updated")),
    (Action.RECOVER, QT_TRANSLATE_NOOP("Labels", "Opened with recovery key")),
    (Action.ERASE, QT_TRANSLATE_NOOP("Labels", "Erased (retention)")),
    (Status.NEW, QT_TRANSLATE_NOOP("Labels", "New")),
    (Status.REFERRED, QT_TRANSLATE_NOOP("Labels", "Referred")),
    (Status.AWAITING_ENROLMENT, QT_TRANSLATE_NOOP("Labels", "Awaiting enrolment")),
    (Status.ENROLLED, QT_TRANSLATE_NOOP("Labels", "Enrolled")),
    (Status.NOT_ENROLLED, QT_TRANSLATE_NOOP("Labels", "Not enrolled")),
    (Status.DISCHARGED, QT_TRANSLATE_NOOP("Labels", "Discharged")),
    (Phase.PHASE_1, QT_TRANSLATE_NOOP("Labels", "Phase 1")),
    (Phase.PHASE_2, QT_TRANSLATE_NOOP("Labels", "Phase 2")),
    (Phase.SUPPORT, QT_TRANSLATE_NOOP("Labels", "Extra support (off the path)")),
    (Phase.OSA, QT_TRANSLATE_NOOP("Labels", "OSA")),
    (Phase.AFTER_OSA, QT_TRANSLATE_NOOP("Labels", "After OSA")),
    (ReferrerType.PROBATION, QT_TRANSLATE_NOOP("Labels", "Kriminalvården/Frivården")),
    (ReferrerType.AF, QT_TRANSLATE_NOOP("Labels", "Arbetsförmedlingen")),
    (ReferrerType.IFO, QT_TRANSLATE_NOOP("Labels", "IFO (social services)")),
    (ReferrerType.INCOME_SUPPORT, QT_TRANSLATE_NOOP("Labels", "Income-support unit")),
    (ReferrerType.KRAMI, QT_TRANSLATE_NOOP("Labels", "Krami")),
    (ReferrerType.SELF, QT_TRANSLATE_NOOP("Labels", "Self-referral")),
    (ReferrerType.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (
        NotEnrolledReason.NOT_MOTIVATED,
        QT_TRANSLATE_NOOP("Labels", "Not motivated after information"),
    ),
    (NotEnrolledReason.NOT_FIT, QT_TRANSLATE_NOOP("Labels", "Not fit physically or mentally")),
    (NotEnrolledReason.NOT_OSA_ELIGIBLE, QT_TRANSLATE_NOOP("Labels", "Not eligible for OSA")),
    (
        NotEnrolledReason.ONGOING_CRIMINALITY,
        QT_TRANSLATE_NOOP("Labels", "Security check: ongoing criminality"),
    ),
    (NotEnrolledReason.OTHER, QT_TRANSLATE_NOOP("Labels", "Other reason")),
    (Criterion.RESIDENT, QT_TRANSLATE_NOOP("Labels", "Lives in the municipality")),
    (Criterion.ADULT, QT_TRANSLATE_NOOP("Labels", "18 or older")),
    (Criterion.CRIMINAL_HISTORY, QT_TRANSLATE_NOOP("Labels", "Has a criminal history")),
    (Criterion.NO_ONGOING_CRIMINALITY, QT_TRANSLATE_NOOP("Labels", "No ongoing criminality")),
    (Criterion.MOTIVATION, QT_TRANSLATE_NOOP("Labels", "States motivation")),
    (Criterion.OSA_ELIGIBLE, QT_TRANSLATE_NOOP("Labels", "Eligible for OSA (AF coding)")),
    (CriterionStatus.MET, QT_TRANSLATE_NOOP("Labels", "Met")),
    (CriterionStatus.NOT_MET, QT_TRANSLATE_NOOP("Labels", "Not met")),
    (CriterionStatus.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "Unknown")),
    (SecurityResult.CLEAR, QT_TRANSLATE_NOOP("Labels", "Nothing that prevents")),
    (SecurityResult.ONGOING_CRIMINALITY, QT_TRANSLATE_NOOP("Labels", "Ongoing criminality")),
    (DischargeOutcome.PRIVATE_JOB, QT_TRANSLATE_NOOP("Labels", "Job in the private sector")),
    (DischargeOutcome.STUDIES, QT_TRANSLATE_NOOP("Labels", "Studies")),
    (
        DischargeOutcome.SUBSIDISED_WORK,
        QT_TRANSLATE_NOOP("Labels", "Continued OSA or other subsidised work (AF)"),
    ),
    (
        DischargeOutcome.LONG_TERM_BENEFIT,
        QT_TRANSLATE_NOOP("Labels", "Long-term benefit (Försäkringskassan)"),
    ),
    (DischargeOutcome.PRISON, QT_TRANSLATE_NOOP("Labels", "Prison")),
    (DischargeOutcome.CARE, QT_TRANSLATE_NOOP("Labels", "In care")),
    (DischargeOutcome.UNREACHABLE, QT_TRANSLATE_NOOP("Labels", "Unreachable, stopped coming")),
    (DischargeOutcome.NOT_OSA_ELIGIBLE, QT_TRANSLATE_NOOP("Labels", "Not eligible for OSA")),
    (
        DischargeOutcome.NOT_READY,
        QT_TRANSLATE_NOOP("Labels", "Not ready, needs other support"),
    ),
    (DischargeOutcome.MOVED, QT_TRANSLATE_NOOP("Labels", "Moved")),
    (DischargeOutcome.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (EventKind.REFERRAL, QT_TRANSLATE_NOOP("Labels", "Referral")),
    (EventKind.SECURITY_CONSENT, QT_TRANSLATE_NOOP("Labels", "Consent to security check")),
    (EventKind.SECURITY_RESULT, QT_TRANSLATE_NOOP("Labels", "Security check result")),
    (EventKind.MAPPING_INTERVIEW, QT_TRANSLATE_NOOP("Labels", "Mapping interview")),
    (EventKind.CRITERIA, QT_TRANSLATE_NOOP("Labels", "Enrolment criteria")),
    (EventKind.DECISION, QT_TRANSLATE_NOOP("Labels", "Decision")),
    (EventKind.ENROLMENT, QT_TRANSLATE_NOOP("Labels", "Enrolment")),
    (EventKind.PHASE_CHANGE, QT_TRANSLATE_NOOP("Labels", "Phase change")),
    (EventKind.DISCHARGE, QT_TRANSLATE_NOOP("Labels", "Discharge")),
    (OutcomeCategory.NEWLY_ENROLLED, QT_TRANSLATE_NOOP("Labels", "Newly enrolled (phase 1–2)")),
    (OutcomeCategory.IN_OSA, QT_TRANSLATE_NOOP("Labels", "In OSA")),
    (OutcomeCategory.AFTER_OSA_WITH_AF, QT_TRANSLATE_NOOP("Labels", "After OSA, with AF")),
    (OutcomeCategory.WORK_OR_STUDIES, QT_TRANSLATE_NOOP("Labels", "Private job or studies")),
    (OutcomeCategory.LONG_TERM_BENEFIT, QT_TRANSLATE_NOOP("Labels", "Long-term benefit (FK)")),
    (OutcomeCategory.NOT_READY, QT_TRANSLATE_NOOP("Labels", "Not yet ready for OSA")),
    (
        OutcomeCategory.DISCHARGED_BEFORE_GOAL,
        QT_TRANSLATE_NOOP("Labels", "Discharged before the goal"),
    ),
    (OutcomeCategory.DISCHARGED_OTHER, QT_TRANSLATE_NOOP("Labels", "Discharged, other reasons")),
    (OutcomeGroup.ON_PATH, QT_TRANSLATE_NOOP("Labels", "On the path")),
    (OutcomeGroup.OFF_PATH, QT_TRANSLATE_NOOP("Labels", "Off the path, still enrolled")),
    (OutcomeGroup.DISCHARGED, QT_TRANSLATE_NOOP("Labels", "Discharged")),
    (Sex.FEMALE, QT_TRANSLATE_NOOP("Labels", "Woman")),
    (Sex.MALE, QT_TRANSLATE_NOOP("Labels", "Man")),
    (Sex.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (Sex.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "Not stated")),
    (Need.HOUSING, QT_TRANSLATE_NOOP("Labels", "Housing")),
    (Need.INCOME, QT_TRANSLATE_NOOP("Labels", "Income")),
    (Need.DEBT, QT_TRANSLATE_NOOP("Labels", "Debt")),
    (Need.HEALTH, QT_TRANSLATE_NOOP("Labels", "Health")),
    (Need.ADDICTION, QT_TRANSLATE_NOOP("Labels", "Addiction")),
    (Need.EDUCATION, QT_TRANSLATE_NOOP("Labels", "Education")),
    (Need.SUPPORT_PERSON, QT_TRANSLATE_NOOP("Labels", "Support person")),
    (ContactRole.AF_OFFICER, QT_TRANSLATE_NOOP("Labels", "AF case officer")),
    (ContactRole.PROBATION_OFFICER, QT_TRANSLATE_NOOP("Labels", "Probation officer")),
    (ContactRole.IFO_SOCIAL_WORKER, QT_TRANSLATE_NOOP("Labels", "IFO social worker")),
    (ContactRole.INCOME_SUPPORT, QT_TRANSLATE_NOOP("Labels", "Income-support officer")),
    (ContactRole.HEALTH_CARE, QT_TRANSLATE_NOOP("Labels", "Health care")),
    (ContactRole.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (LifeArea.HOUSING, QT_TRANSLATE_NOOP("Labels", "Housing")),
    (LifeArea.ECONOMY, QT_TRANSLATE_NOOP("Labels", "Economy and debt")),
    (LifeArea.HEALTH, QT_TRANSLATE_NOOP("Labels", "Health")),
    (LifeArea.ADDICTION, QT_TRANSLATE_NOOP("Labels", "Addiction")),
    (LifeArea.WORK, QT_TRANSLATE_NOOP("Labels", "Work")),
    (LifeArea.EDUCATION, QT_TRANSLATE_NOOP("Labels", "Education")),
    (LifeArea.SOCIAL, QT_TRANSLATE_NOOP("Labels", "Social network and leisure")),
    (LifeArea.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (Responsible.PARTICIPANT, QT_TRANSLATE_NOOP("Labels", "The participant")),
    (Responsible.STAFF, QT_TRANSLATE_NOOP("Labels", "Staff")),
    (Responsible.PARTNER, QT_TRANSLATE_NOOP("Labels", "A partner unit")),
    (GoalStatus.PLANNED, QT_TRANSLATE_NOOP("Labels", "Planned")),
    (GoalStatus.ONGOING, QT_TRANSLATE_NOOP("Labels", "Ongoing")),
    (GoalStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (GoalStatus.DROPPED, QT_TRANSLATE_NOOP("Labels", "Dropped")),
    (NoteCategory.CONVERSATION, QT_TRANSLATE_NOOP("Labels", "Conversation")),
    (NoteCategory.MEETING, QT_TRANSLATE_NOOP("Labels", "Meeting")),
    (NoteCategory.PHONE, QT_TRANSLATE_NOOP("Labels", "Phone call")),
    (NoteCategory.GROUP, QT_TRANSLATE_NOOP("Labels", "Group activity")),
    (NoteCategory.INCIDENT, QT_TRANSLATE_NOOP("Labels", "Incident")),
    (NoteCategory.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (Method.URINE, QT_TRANSLATE_NOOP("Labels", "Urine")),
    (Method.SALIVA, QT_TRANSLATE_NOOP("Labels", "Saliva")),
    (Method.BREATH, QT_TRANSLATE_NOOP("Labels", "Breath")),
    (Method.BLOOD, QT_TRANSLATE_NOOP("Labels", "Blood")),
    (Substance.AMPHETAMINE, QT_TRANSLATE_NOOP("Labels", "Amphetamine")),
    (Substance.CANNABIS, QT_TRANSLATE_NOOP("Labels", "Cannabis (THC)")),
    (Substance.COCAINE, QT_TRANSLATE_NOOP("Labels", "Cocaine")),
    (Substance.OPIATES, QT_TRANSLATE_NOOP("Labels", "Opiates")),
    (Substance.BENZODIAZEPINES, QT_TRANSLATE_NOOP("Labels", "Benzodiazepines")),
    (Substance.BUPRENORPHINE, QT_TRANSLATE_NOOP("Labels", "Buprenorphine")),
    (Substance.METHADONE, QT_TRANSLATE_NOOP("Labels", "Methadone")),
    (Substance.TRAMADOL, QT_TRANSLATE_NOOP("Labels", "Tramadol")),
    (Substance.ALCOHOL, QT_TRANSLATE_NOOP("Labels", "Alcohol")),
    (Outcome.RESULT, QT_TRANSLATE_NOOP("Labels", "Analysed result")),
    (Outcome.NO_SHOW, QT_TRANSLATE_NOOP("Labels", "No-show")),
    (Outcome.REFUSED, QT_TRANSLATE_NOOP("Labels", "Refused")),
    (Outcome.DILUTE, QT_TRANSLATE_NOOP("Labels", "Dilute or invalid sample")),
    (Outcome.MEDICAL_EXEMPTION, QT_TRANSLATE_NOOP("Labels", "Medical exemption")),
    (Outcome.ADMITTED_USE, QT_TRANSLATE_NOOP("Labels", "Admitted use before the test")),
    (ScheduleKind.FIXED, QT_TRANSLATE_NOOP("Labels", "Fixed weekdays")),
    (ScheduleKind.RANDOM, QT_TRANSLATE_NOOP("Labels", "Random days")),
    (Trend.FALLING, QT_TRANSLATE_NOOP("Labels", "Falling")),
    (Trend.RISING, QT_TRANSLATE_NOOP("Labels", "Rising")),
    (Trend.STEADY, QT_TRANSLATE_NOOP("Labels", "Steady")),
    (Trend.DRUG_FREE, QT_TRANSLATE_NOOP("Labels", "Drug-free")),
    (Trend.TOO_FEW, QT_TRANSLATE_NOOP("Labels", "Too few values")),
    (EmployerType.MUNICIPAL, QT_TRANSLATE_NOOP("Labels", "Municipal")),
    (EmployerType.REGION, QT_TRANSLATE_NOOP("Labels", "Region")),
    (EmployerType.NON_PROFIT, QT_TRANSLATE_NOOP("Labels", "Non-profit organisation")),
    (EmployerType.STATE, QT_TRANSLATE_NOOP("Labels", "State agency")),
    (CodingDecision.PENDING, QT_TRANSLATE_NOOP("Labels", "Pending")),
    (CodingDecision.GRANTED, QT_TRANSLATE_NOOP("Labels", "Granted")),
    (CodingDecision.DENIED, QT_TRANSLATE_NOOP("Labels", "Denied")),
    # Not plain "Planned": that one is the action-plan goal's, neuter in Swedish ("Planerat").
    (PlacementStatus.PLANNED, QT_TRANSLATE_NOOP("Labels", "Planned, not started")),
    (PlacementStatus.ACTIVE, QT_TRANSLATE_NOOP("Labels", "Active")),
    (PlacementStatus.ENDED, QT_TRANSLATE_NOOP("Labels", "Ended")),
    (EndReason.COMPLETED, QT_TRANSLATE_NOOP("Labels", "Completed")),
    (EndReason.ENDED_EARLY, QT_TRANSLATE_NOOP("Labels", "Ended early")),
    (NextStep.JOB_SEARCH_AF, QT_TRANSLATE_NOOP("Labels", "Job search with AF")),
    (NextStep.NEW_OSA, QT_TRANSLATE_NOOP("Labels", "New OSA")),
    (NextStep.OTHER_SUBSIDISED, QT_TRANSLATE_NOOP("Labels", "Other subsidised work")),
    (NextStep.STUDIES, QT_TRANSLATE_NOOP("Labels", "Studies")),
    (NextStep.FORSAKRINGSKASSAN, QT_TRANSLATE_NOOP("Labels", "Försäkringskassan")),
    (NextStep.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (ContactKind.VISIT, QT_TRANSLATE_NOOP("Labels", "Visit")),
    (ContactKind.CALL, QT_TRANSLATE_NOOP("Labels", "Phone call")),
    (ConsentForm.WRITTEN, QT_TRANSLATE_NOOP("Labels", "Written")),
    (ConsentForm.ORAL, QT_TRANSLATE_NOOP("Labels", "Oral")),
    (WithdrawalMethod.WRITTEN, QT_TRANSLATE_NOOP("Labels", "In writing")),
    (WithdrawalMethod.ORAL, QT_TRANSLATE_NOOP("Labels", "Orally, in person")),
    (WithdrawalMethod.PHONE, QT_TRANSLATE_NOOP("Labels", "By phone")),
    (WithdrawalMethod.OTHER, QT_TRANSLATE_NOOP("Labels", "Other way")),
    (ConsentState.IN_FORCE, QT_TRANSLATE_NOOP("Labels", "In force")),
    (ConsentState.NOT_YET, QT_TRANSLATE_NOOP("Labels", "Not yet in force")),
    (ConsentState.EXPIRED, QT_TRANSLATE_NOOP("Labels", "Expired")),
    (ConsentState.WITHDRAWN, QT_TRANSLATE_NOOP("Labels", "Withdrawn")),
    (ConsentState.CASE_CLOSED, QT_TRANSLATE_NOOP("Labels", "Ended at discharge")),
)
_LABELS: dict[tuple[type[Enum], str], str] = {(type(k), str(k.value)): v for k, v in _LABEL_PAIRS}
_ENTITIES = {
    "register": QT_TRANSLATE_NOOP("Labels", "register"),
    "user": QT_TRANSLATE_NOOP("Labels", "user"),
    "settings": QT_TRANSLATE_NOOP("Labels", "settings"),
    "schema": QT_TRANSLATE_NOOP("Labels", "format"),
    "person": QT_TRANSLATE_NOOP("Labels", "person"),
    "path_event": QT_TRANSLATE_NOOP("Labels", "step on the path"),
    "group": QT_TRANSLATE_NOOP("Labels", "group"),
    "contact": QT_TRANSLATE_NOOP("Labels", "contact"),
    "goal": QT_TRANSLATE_NOOP("Labels", "action-plan goal"),
    "note": QT_TRANSLATE_NOOP("Labels", "note"),
    "capital_checkin": QT_TRANSLATE_NOOP("Labels", "recovery-capital check-in"),
    "test_provider": QT_TRANSLATE_NOOP("Labels", "drug-test provider"),
    "test_schedule": QT_TRANSLATE_NOOP("Labels", "drug-test schedule"),
    "test_draw": QT_TRANSLATE_NOOP("Labels", "drug-test draw"),
    "test_day": QT_TRANSLATE_NOOP("Labels", "drug-test day"),
    "test_result": QT_TRANSLATE_NOOP("Labels", "drug-test result"),
    "workplace": QT_TRANSLATE_NOOP("Labels", "OSA workplace"),
    "af_coding": QT_TRANSLATE_NOOP("Labels", "AF coding"),
    "placement": QT_TRANSLATE_NOOP("Labels", "OSA placement"),
    "placement_contact": QT_TRANSLATE_NOOP("Labels", "follow-up with the workplace"),
    "consent": QT_TRANSLATE_NOOP("Labels", "consent"),
    "consent_attachment": QT_TRANSLATE_NOOP("Labels", "signed consent form"),
    "consent_form": QT_TRANSLATE_NOOP("Labels", "consent form"),
    "register_extract": QT_TRANSLATE_NOOP("Labels", "register extract"),
    "progress_sheet": QT_TRANSLATE_NOOP("Labels", "progress sheet"),
    "action_plan_contract": QT_TRANSLATE_NOOP("Labels", "action plan with contract"),
    "ambassador": QT_TRANSLATE_NOOP("Labels", "ambassador"),
    "ambassador_summaries": QT_TRANSLATE_NOOP("Labels", "weekly summaries to print"),
    "ambassador_summary": QT_TRANSLATE_NOOP("Labels", "weekly summary to an ambassador"),
    "steering_workbook": QT_TRANSLATE_NOOP("Labels", "steering group's workbook"),
    "steering_export": QT_TRANSLATE_NOOP("Labels", "figures kept for the steering group"),
    "steering_parameters": QT_TRANSLATE_NOOP("Labels", "cost–benefit parameters"),
    "erasure_list": QT_TRANSLATE_NOOP("Labels", "deletion list (retention)"),
    "retention_rules": QT_TRANSLATE_NOOP("Labels", "retention rules"),
}


def label(value: Enum | None) -> str:
    """The word for a stored value in the user's language ('' for None)."""
    if value is None:
        return ""
    source = _LABELS.get((type(value), str(value.value)))
    # The core hook, not QCoreApplication: the command line has no application object.
    return translate("Labels", source) if source else str(value.value)


def label_of(kind: type[Enum], raw: str | None) -> str:
    """The word for a raw stored string of enum `kind`."""
    if not raw:
        return ""
    try:
        return label(kind(raw))
    except ValueError:
        return raw


def action_label(action: str) -> str:
    return label_of(Action, action)


def entity_label(entity: str) -> str:
    source = _ENTITIES.get(entity)
    return translate("Labels", source) if source else entity
