"""The programme's figures for a date, as plain data: what `figures` prints as JSON and what the
steering group's workbook will hold. Each number is defined in desktop.core.outcome; later parts
add their own keys (drug_tests, osa, consent) here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from desktop.core.outcome import GROUP_OF, OutcomeGroup, distribution, people_counts
from desktop.core.path import PathEvent


def programme_figures(paths: Mapping[int, Sequence[PathEvent]], day: date) -> dict[str, Any]:
    dist = distribution(paths, day)
    counts = people_counts(paths, day)
    share = dist.on_path_share
    return {
        "date": day.isoformat(),
        "outcome_model": {
            "counted": dist.counted,
            "on_path_share": round(share, 4) if share is not None else None,
            "goal_share": 0.5,  # R8
            "groups": {g.value: len(dist.group_ids(g)) for g in OutcomeGroup},
            "categories": {c.value: dist.count(c) for c in GROUP_OF},
        },
        "people": {
            "referrals": counts.referrals,
            "referrals_by_type": dict(sorted(counts.referrals_by_type.items())),
            "referred_people": counts.referred_people,
            "awaiting_decision": len(counts.awaiting_decision),
            "not_enrolled": len(counts.not_enrolled),
            "not_enrolled_decisions_by_reason": dict(
                sorted(counts.not_enrolled_decisions_by_reason.items())
            ),
            "enrolled_ever": len(counts.enrolled_ever),
            "re_enrolled": len(counts.re_enrolled),
            "enrolled_now": len(counts.enrolled_now),
            "by_phase": {k: len(v) for k, v in counts.by_phase.items()},
            "discharges_by_outcome": dict(sorted(counts.discharges_by_outcome.items())),
        },
    }
