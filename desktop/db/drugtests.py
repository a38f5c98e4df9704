"""Drug tests in the register: providers and prices, schedules (every change a new version),
the day's draw (made once, the first time the day's list is opened, and never changed) with who
opened it, and results (never changed; corrections point back)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from desktop.core.audit import Action
from desktop.core.drugtests import (
    Draw,
    DrugTestSettings,
    Method,
    Outcome,
    Price,
    Provider,
    Schedule,
    ScheduleError,
    ScheduleKind,
    Substance,
    SubstanceValue,
    TestResult,
    current_results,
    draw_day,
    is_staffed,
)
from desktop.core.errors import AppError
from desktop.core.figures import DayTally, column_of
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.path import Phase, Status
from desktop.db.driver import Connection
from desktop.db.participants import ParticipantRepository
from desktop.db.register import Register, audit_time, where_all

SETTINGS_KEY = "drug_tests"


def _schedule_json(schedule: Schedule) -> str:
    data = asdict(schedule)
    data.pop("id")
    data["weekdays"] = sorted(schedule.weekdays)
    data["start"] = schedule.start.isoformat()
    data["end"] = schedule.end.isoformat() if schedule.end else None
    data["kind"] = schedule.kind.value
    data["method"] = schedule.method.value
    return json.dumps(data, sort_keys=True)


def _schedule(row_id: int, raw: str) -> Schedule:
    data = json.loads(raw)
    return Schedule(
        person_id=int(data["person_id"]),
        kind=ScheduleKind(data["kind"]),
        start=date.fromisoformat(data["start"]),
        end=date.fromisoformat(data["end"]) if data.get("end") else None,
        weekdays=frozenset(int(d) for d in data.get("weekdays", [])),
        target_per_week=data.get("target_per_week"),
        min_per_week=int(data.get("min_per_week", 0)),
        max_per_week=int(data.get("max_per_week", 5)),
        no_consecutive=bool(data.get("no_consecutive", False)),
        method=Method(data.get("method", Method.URINE.value)),
        provider_id=data.get("provider_id"),
        id=row_id,
    )


def _draw(row: Any) -> Draw:
    day, eligible, selected, counts, drawn_by, drawn_at = row
    return Draw(
        date.fromisoformat(day),
        tuple(json.loads(eligible)),
        tuple(json.loads(selected)),
        {int(k): int(v) for k, v in json.loads(counts).items()},
        datetime.fromisoformat(drawn_at.replace("Z", "+00:00")),
        drawn_by,
    )


_SUBSTANCES = {s.value: s for s in Substance}
_METHODS = {m.value: m for m in Method}
_OUTCOMES = {o.value: o for o in Outcome}


def _values(raw: str) -> tuple[SubstanceValue, ...]:
    return tuple(
        SubstanceValue(
            _SUBSTANCES.get(v["substance"]) or Substance(v["substance"]),
            bool(v["positive"]),
            v.get("value"),
            v.get("unit", ""),
            v.get("cutoff"),
        )
        for v in json.loads(raw)
    )


def _result(row: Any, values: dict[str, tuple[SubstanceValue, ...]] | None = None) -> TestResult:
    """A result from its row. `values`, when given, keeps each distinct substance-value text
    decoded once: a unit's results repeat a few dozen texts (a panel, all negative) hundreds of
    thousands of times, and decoding each anew was most of the time reading them took (and,
    as a separate tuple per result, much of the memory)."""
    (
        rid,
        person_id,
        taken_at,
        method,
        outcome,
        raw_values,
        provider_id,
        sample_id,
        price,
        comment,
        entered_by,
        corrects,
    ) = row
    if values is None:
        decoded = _values(raw_values)
    else:
        found = values.get(raw_values)
        decoded = found if found is not None else values.setdefault(raw_values, _values(raw_values))
    return TestResult(
        person_id=person_id,
        taken_at=datetime.fromisoformat(taken_at),
        method=_METHODS.get(method) or Method(method),
        outcome=_OUTCOMES.get(outcome) or Outcome(outcome),
        values=decoded,
        provider_id=provider_id,
        sample_id=sample_id,
        price_sek=price,
        comment=comment,
        entered_by=entered_by,
        corrects=corrects,
        id=rid,
    )


RESULT_COLUMNS = (
    'id, person_id, taken_at, method, outcome, "values", provider_id, sample_id, price_sek, '
    "comment, entered_by, corrects"
)

# What `counted_days` reads of the results tested from the first date (included) to the second
# (not included) that no result corrects.
COUNTED_DAYS = (
    "SELECT substr(taken_at, 1, 10), outcome, "
    "CASE outcome WHEN 'result' THEN \"values\" ELSE '[]' END, person_id, price_sek "
    "FROM test_results WHERE id IN (SELECT id FROM test_results "
    "WHERE taken_at >= ? AND taken_at < ?) AND id NOT IN "
    "(SELECT corrects FROM test_results WHERE corrects IS NOT NULL)"
)


@dataclass(frozen=True)
class DayListEntry:
    """One selected person on a day's list, with what was entered for them that day."""

    person_id: int
    name: str
    internal_no: str
    method: Method
    provider: str
    result: TestResult | None


class FutureDraw(AppError):
    message = QT_TRANSLATE_NOOP(
        "AppError", "Days ahead are never drawn or shown: the draw is made on the day itself."
    )


class DrugTestRepository:
    def __init__(self, register: Register) -> None:
        self.register = register

    def today(self) -> date:
        return self.register.today()

    # ------------------------------------------------------------------ settings

    def settings(self) -> DrugTestSettings:
        with self.register.read() as conn:
            row = conn.execute(
                "SELECT value FROM settings WHERE key = ?", (SETTINGS_KEY,)
            ).fetchone()
        if row is None:
            return DrugTestSettings()
        data = json.loads(row[0])
        return DrugTestSettings(
            staffed_weekdays=frozenset(
                int(d) for d in data.get("staffed_weekdays", [0, 1, 2, 3, 4])
            ),
            closed_days=frozenset(date.fromisoformat(d) for d in data.get("closed_days", [])),
            targets={str(k): float(v) for k, v in data.get("targets", {}).items()}
            or DrugTestSettings().targets,
            trend_tolerance=float(data.get("trend_tolerance", 0.10)),
        )

    def save_settings(self, settings: DrugTestSettings) -> None:
        self.register.require_admin()
        if not settings.staffed_weekdays or not 0 <= settings.trend_tolerance < 1:
            raise ScheduleError(
                QT_TRANSLATE_NOOP(
                    "AppError", "Choose at least one staffed weekday and a tolerance below 100 %."
                )
            )
        data = {
            "staffed_weekdays": sorted(settings.staffed_weekdays),
            "closed_days": sorted(d.isoformat() for d in settings.closed_days),
            "targets": dict(settings.targets),
            "trend_tolerance": settings.trend_tolerance,
        }
        with self.register.write() as tx:
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (SETTINGS_KEY, json.dumps(data)),
            )
            tx.audit(Action.UPDATE, "settings", SETTINGS_KEY)

    # ------------------------------------------------------------------ providers

    def providers(self) -> list[Provider]:
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT id, name, methods, panel, booking, turnaround_days, active "
                "FROM test_providers ORDER BY active DESC, name"
            ).fetchall()
            prices: dict[int, list[Price]] = {}
            for provider_id, since, sek in conn.execute(
                "SELECT provider_id, since, sek FROM test_provider_prices ORDER BY since"
            ):
                prices.setdefault(provider_id, []).append(Price(date.fromisoformat(since), sek))
        return [
            Provider(
                name,
                frozenset(Method(m) for m in json.loads(methods)),
                frozenset(Substance(s) for s in json.loads(panel)),
                tuple(prices.get(pid, ())),
                bool(booking),
                turnaround,
                bool(active),
                pid,
            )
            for pid, name, methods, panel, booking, turnaround, active in rows
        ]

    def provider(self, provider_id: int | None) -> Provider | None:
        return next((p for p in self.providers() if p.id == provider_id), None)

    def save_provider(self, provider: Provider) -> Provider:
        name = " ".join(provider.name.split())
        if not name:
            raise ScheduleError(QT_TRANSLATE_NOOP("AppError", "Give the provider a name."))
        if len({p.since for p in provider.prices}) != len(provider.prices):
            raise ScheduleError(QT_TRANSLATE_NOOP("AppError", "Two prices start on the same day."))
        values = (
            name,
            json.dumps(sorted(m.value for m in provider.methods)),
            json.dumps(sorted(s.value for s in provider.panel)),
            int(provider.booking),
            int(provider.turnaround_days),
            int(provider.active),
        )
        with self.register.write() as tx:
            clash = tx.execute("SELECT id FROM test_providers WHERE name = ?", (name,)).fetchone()
            if clash and clash[0] != provider.id:
                raise ScheduleError(
                    QT_TRANSLATE_NOOP("AppError", "There is already a provider called {name}."),
                    name=name,
                )
            if provider.id is None:
                provider_id = tx.execute(
                    "INSERT INTO test_providers (name, methods, panel, booking, turnaround_days, "
                    "active) VALUES (?, ?, ?, ?, ?, ?)",
                    values,
                ).lastrowid
                assert provider_id is not None
                tx.audit(Action.CREATE, "test_provider", provider_id)
            else:
                provider_id = provider.id
                tx.execute(
                    "UPDATE test_providers SET name = ?, methods = ?, panel = ?, booking = ?, "
                    "turnaround_days = ?, active = ? WHERE id = ?",
                    (*values, provider_id),
                )
                tx.audit(Action.UPDATE, "test_provider", provider_id)
            # The price history is the provider's record of what each test cost (R11): prices
            # are added, and a past price is kept so older tests keep their cost.
            tx.execute("DELETE FROM test_provider_prices WHERE provider_id = ?", (provider_id,))
            for price in provider.prices:
                tx.execute(
                    "INSERT INTO test_provider_prices (provider_id, since, sek) VALUES (?, ?, ?)",
                    (provider_id, price.since.isoformat(), int(price.sek)),
                )
        return replace(provider, id=provider_id, name=name)

    # ------------------------------------------------------------------ schedules

    def schedule(self, person_id: int) -> Schedule | None:
        with self.register.read() as conn:
            row = conn.execute(
                "SELECT id, data FROM test_schedules WHERE person_id = ? ORDER BY id DESC LIMIT 1",
                (person_id,),
            ).fetchone()
        return _schedule(*row) if row else None

    def schedules(self) -> list[Schedule]:
        """Every person's current schedule."""
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT id, data FROM test_schedules WHERE id IN "
                "(SELECT max(id) FROM test_schedules GROUP BY person_id)"
            ).fetchall()
        return [_schedule(i, d) for i, d in rows]

    def schedule_history(self, person_id: int) -> list[tuple[Schedule, str, str]]:
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT id, data, recorded_by, recorded_at FROM test_schedules WHERE person_id = ? "
                "ORDER BY id",
                (person_id,),
            ).fetchall()
        return [(_schedule(i, d), by, at) for i, d, by, at in rows]

    def save_schedule(self, schedule: Schedule) -> Schedule:
        schedule = schedule.validated()
        with self.register.write() as tx:
            schedule_id = tx.execute(
                "INSERT INTO test_schedules (person_id, data, recorded_by, recorded_at) "
                "VALUES (?, ?, ?, ?)",
                (
                    schedule.person_id,
                    _schedule_json(schedule),
                    self.register.session.username,
                    audit_time(self.register.now()),
                ),
            ).lastrowid
            tx.audit(Action.UPDATE, "test_schedule", schedule.person_id)
        return replace(schedule, id=schedule_id)

    # ------------------------------------------------------------------ draws

    def draw(self, day: date) -> Draw | None:
        with self.register.read() as conn:
            return self._draw(conn, day)

    def _draw(self, conn: Connection, day: date) -> Draw | None:
        row = conn.execute(
            "SELECT day, eligible, selected, week_counts, drawn_by, drawn_at FROM test_draws "
            "WHERE day = ?",
            (day.isoformat(),),
        ).fetchone()
        return _draw(row) if row else None

    def open_day(self, day: date) -> Draw | None:
        """The list for `day`. Today's is drawn now if nobody has opened it yet; a past day that
        nobody opened stays "not drawn" (None), never back-filled; a future day is refused.
        Every opening is recorded with who and when."""
        today = self.today()
        if day > today:
            raise FutureDraw()
        settings = self.settings()
        now = self.register.now()
        with self.register.write() as tx:
            draw = self._draw(tx.conn, day)
            if draw is None:
                if day < today or not is_staffed(day, settings):
                    tx.audit(Action.VIEW, "test_day", day.isoformat())
                    return None
                monday = day - timedelta(days=day.weekday())
                history = [
                    d
                    for d in (
                        self._draw(tx.conn, monday + timedelta(days=i))
                        for i in range(day.weekday())
                    )
                    if d is not None
                ]
                phases = {
                    pid: Phase(phase)
                    for pid, phase in tx.execute(
                        "SELECT id, phase FROM persons WHERE status = ? AND phase IS NOT NULL",
                        (Status.ENROLLED.value,),
                    )
                }
                draw = draw_day(day, self.schedules(), phases, history, settings)
                tx.execute(
                    "INSERT INTO test_draws (day, eligible, selected, week_counts, drawn_by, "
                    "drawn_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        day.isoformat(),
                        json.dumps(list(draw.eligible)),
                        json.dumps(list(draw.selected)),
                        json.dumps({str(k): v for k, v in draw.week_counts.items()}),
                        self.register.session.username,
                        audit_time(now),
                    ),
                )
                tx.audit(Action.CREATE, "test_draw", day.isoformat())
                draw = replace(draw, drawn_at=now, drawn_by=self.register.session.username)
            tx.execute(
                "INSERT INTO test_draw_openings (day, opened_by, opened_at) VALUES (?, ?, ?)",
                (day.isoformat(), self.register.session.username, audit_time(now)),
            )
            tx.audit(Action.VIEW, "test_draw", day.isoformat())
        return draw

    def openings(self, day: date) -> list[tuple[str, str]]:
        with self.register.read() as conn:
            return [
                (by, at)
                for by, at in conn.execute(
                    "SELECT opened_by, opened_at FROM test_draw_openings WHERE day = ? ORDER BY id",
                    (day.isoformat(),),
                )
            ]

    def draws(self, since: date, until: date) -> dict[date, Draw]:
        with self.register.read() as conn:
            rows = conn.execute(
                "SELECT day, eligible, selected, week_counts, drawn_by, drawn_at FROM test_draws "
                "WHERE day BETWEEN ? AND ? ORDER BY day",
                (since.isoformat(), until.isoformat()),
            ).fetchall()
        return {d.day: d for d in map(_draw, rows)}

    # ------------------------------------------------------------------ results

    def results(self, person_id: int | None = None, since: date | None = None) -> list[TestResult]:
        where, params = where_all(
            ("person_id = ?", person_id),
            ("taken_at >= ?", since.isoformat() if since else None),
        )
        values: dict[str, tuple[SubstanceValue, ...]] = {}
        with self.register.read() as conn:
            return [
                _result(r, values)
                for r in conn.execute(
                    f"SELECT {RESULT_COLUMNS} FROM test_results{where} ORDER BY taken_at, id",
                    params,
                )
            ]

    def results_for(self, people: Iterable[int], since: date) -> list[TestResult]:
        """Every result of `people`, every result tested on or after `since` (whoever's), and
        the corrections of all those whatever their dates: what the to-do list reads (the
        enrolled people's values over time, and everyone's recent tests), in the order of
        `results`. A correction is always stored after the result it corrects, so only the
        corrections stored after the first result found need looking at."""
        values: dict[str, tuple[SubstanceValue, ...]] = {}
        with self.register.read() as conn:
            found = {
                row[0]: _result(row, values)
                for row in conn.execute(
                    f"SELECT {RESULT_COLUMNS} FROM test_results WHERE person_id IN "
                    "(SELECT value FROM json_each(?)) OR taken_at >= ?",
                    (json.dumps(sorted(set(people))), since.isoformat()),
                )
            }
            if found:
                corrections = [
                    _result(row, values)
                    for row in conn.execute(
                        f"SELECT {RESULT_COLUMNS} FROM test_results "
                        "WHERE corrects IS NOT NULL AND id > ? ORDER BY id",
                        (min(found),),
                    )
                ]
                for correction in corrections:  # by id: a correction of a correction comes after
                    if correction.corrects in found:
                        found.setdefault(correction.id or 0, correction)
        return sorted(found.values(), key=lambda r: (r.taken_at, r.id or 0))

    def counted_days(self, since: date, until: date) -> list[DayTally]:
        """What the drug-test figures count of the results tested from `since` to `until` (both
        included), added up per test day and column: the same list as desktop.core.figures'
        `day_tallies(counted_results(self.results(), since, until))`, without an object per
        result (at 10,000 people a year and the one before are a quarter of a million). It is
        the same because each step is one the core takes, in the same way:

        - which results count: those tested in the period that no stored result names in
          `corrects`, wherever that correction is dated (`counted_results`: a correction
          replaces the result it corrects and counts on its own date; a correction of a
          correction replaces that one). The corrections are found through their index (v13);
        - the column: `column_of` the outcome and whether any substance value is positive
          (`bool(positive)`, as `_values` decodes it), worked out once per distinct values text;
        - the sums: per (day, column) the person of each result, sorted, and the prices added,
          a missing price (a no-show) as 0 (`counted_result`).

        The period's rows are picked through the date index and then read in the table's order,
        so each page is read once: a year or two of a long register touches most pages, and
        following the date index read them over and over (1.4 s at 10,000 people, against 0.3 s
        for the whole table)."""
        columns: dict[tuple[str, str], str] = {}  # by (outcome, values text)
        cells: dict[tuple[str, str], tuple[list[int], list[int]]] = {}  # by (day, column)
        ids: dict[int, int] = {}  # one int object per person, not one per result
        with self.register.read() as conn:
            for day, outcome, raw, person_id, price in conn.execute(
                COUNTED_DAYS, (since.isoformat(), (until + timedelta(days=1)).isoformat())
            ):
                column = columns.get((outcome, raw))
                if column is None:
                    column = columns[(outcome, raw)] = column_of(
                        _OUTCOMES.get(outcome) or Outcome(outcome),
                        any(bool(v["positive"]) for v in json.loads(raw)),
                    )
                cell = cells.get((day, column))
                if cell is None:
                    cell = cells[(day, column)] = ([], [0])
                cell[0].append(ids.setdefault(person_id, person_id))
                if price:
                    cell[1][0] += price
        return [
            DayTally(date.fromisoformat(day), column, tuple(sorted(people)), cost[0])
            for (day, column), (people, cost) in sorted(cells.items())
        ]

    def add_result(self, result: TestResult) -> TestResult:
        """Store a result (or an outcome such as a no-show). The cost is the provider's price on
        the day the test was taken (R11). A correction points to the result it replaces."""
        result = result.validated()
        provider = self.provider(result.provider_id) if result.provider_id else None
        price = result.price_sek
        if price is None and provider is not None and result.outcome is not Outcome.NO_SHOW:
            price = provider.price_on(result.taken_at.date())
        values = json.dumps(
            [
                {
                    "substance": v.substance.value,
                    "positive": v.positive,
                    "value": v.value,
                    "unit": v.unit,
                    "cutoff": v.cutoff,
                }
                for v in result.values
            ]
        )
        with self.register.write() as tx:
            if (
                result.corrects is not None
                and not tx.execute(
                    "SELECT 1 FROM test_results WHERE id = ? AND person_id = ?",
                    (result.corrects, result.person_id),
                ).fetchone()
            ):
                raise AppError(
                    QT_TRANSLATE_NOOP("AppError", "The result to correct is not this person's.")
                )
            result_id = tx.execute(
                f"INSERT INTO test_results ({RESULT_COLUMNS.replace('id, ', '', 1)}, entered_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    result.person_id,
                    result.taken_at.isoformat(timespec="minutes"),
                    result.method.value,
                    result.outcome.value,
                    values,
                    result.provider_id,
                    result.sample_id.strip(),
                    price,
                    result.comment.strip(),
                    self.register.session.username,
                    result.corrects,
                    audit_time(self.register.now()),
                ),
            ).lastrowid
            tx.audit(Action.CREATE, "test_result", result_id)
        return replace(
            result, id=result_id, price_sek=price, entered_by=self.register.session.username
        )

    def day_list(self, day: date, draw: Draw) -> list[DayListEntry]:
        """The people a draw selected, with their method and provider: what the screen shows and
        the printed list holds (the same function for both, and for the command line)."""
        people = ParticipantRepository(self.register).people(draw.selected)
        schedules = {s.person_id: s for s in self.schedules()}
        providers = {p.id: p.name for p in self.providers()}
        entries = []
        for person_id in draw.selected:
            person = people.get(person_id)
            if person is None:
                continue
            schedule = schedules.get(person_id)
            entered = [
                r
                for r in current_results(self.results(person_id, since=day))
                if r.taken_at.date() == day
            ]
            entries.append(
                DayListEntry(
                    person_id,
                    person.name,
                    person.internal_no,
                    schedule.method if schedule else Method.URINE,
                    providers.get(schedule.provider_id, "") if schedule else "",
                    entered[-1] if entered else None,
                )
            )
        return sorted(entries, key=lambda e: e.name.casefold())

    def recorded_on(self, day: date) -> list[DayListEntry]:
        """Everyone with a test recorded as taken on `day`, whether the day was drawn or not (a
        test on suspicion, or a day nobody opened the list): the person's last result of the
        day as it stands after corrections, with that test's own method and provider."""
        start, end = day.isoformat(), (day + timedelta(days=1)).isoformat()
        with self.register.read() as conn:
            rows = conn.execute(
                f"SELECT {RESULT_COLUMNS} FROM test_results WHERE taken_at >= ? AND taken_at < ? "
                "ORDER BY taken_at, id",
                (start, end),
            ).fetchall()
            ids = [row[0] for row in rows]
            people_ids = sorted({row[1] for row in rows})
            # A correction is always the same person's (add_result checks it): look among the
            # day's people's results, through their index, not the whole table.
            corrected = (
                {
                    corrects
                    for (corrects,) in conn.execute(
                        "SELECT corrects FROM test_results "
                        f"WHERE person_id IN ({','.join('?' * len(people_ids))}) "
                        f"AND corrects IN ({','.join('?' * len(ids))})",
                        [*people_ids, *ids],
                    )
                }
                if ids
                else set()
            )
        latest: dict[int, TestResult] = {}
        for result in map(_result, rows):
            if result.id not in corrected:
                latest[result.person_id] = result  # ordered by time: the last one stays
        if not latest:
            return []
        people = ParticipantRepository(self.register).people(latest)
        providers = {p.id: p.name for p in self.providers()}
        entries = [
            DayListEntry(
                person_id,
                people[person_id].name,
                people[person_id].internal_no,
                result.method,
                providers.get(result.provider_id, "") if result.provider_id else "",
                result,
            )
            for person_id, result in latest.items()
            if person_id in people
        ]
        return sorted(entries, key=lambda e: e.name.casefold())
