"""Reading training logs: liftlab's own CSV and the exports of Strong and Hevy.

There is no standard format for a training log: each app writes its own CSV.
:func:`read_log` recognises the formats of :data:`LOG_FORMATS` from the header
alone, reads every row into one :class:`~liftlab.training_log.log.TrainingLog`, and
says exactly what it could not read.

The formats
-----------
==================  ===========================================================
``liftlab``         ``date,exercise,set,load,unit,reps,rpe,warmup``: ISO dates
                    (``2025-03-10``), the unit on every row (``kg`` or ``lb``),
                    ``warmup`` 0 or 1.
``strong``          Strong, semicolon-separated, with a ``Weight Unit`` column
                    (``kg`` or ``lbs``); decimal commas are read (``62,5``).
``strong-no-unit``  Strong, comma-separated, without a unit column: the weights
                    are in the unit the app was set to, which the file does not
                    say, so ``unit=`` must say it.
``hevy-kg``         Hevy, ``weight_kg`` and ``distance_km``; dates like
                    ``26 Jul 2025, 07:06``.
``hevy-lb``         Hevy's pound export, ``weight_lbs`` and ``distance_miles``.
==================  ===========================================================

The delimiter (comma, semicolon or tab) is taken from the header line, so a
Strong file with a unit column is read whichever the phone's locale chose. A
format is recognised when the header has all of its identifying columns
(:attr:`LogFormat.required`); the other columns of :attr:`LogFormat.header` are
read when present (older Strong exports lack ``Notes`` and ``Workout Notes``).

What counts as a set
--------------------
- **Warm-ups** are kept and marked: liftlab's ``warmup`` = 1, a ``W`` in Strong's
  ``Set Order``, ``warmup`` in Hevy's ``set_type``. Strong's ``D`` (drop set) and
  ``F`` (failure set) markers, and Hevy's ``dropset`` and ``failure`` set types,
  are working sets.
- **Rows that are not lifting sets are skipped and counted** in
  :attr:`TrainingLog.skipped`: Strong's ``Rest Timer`` rows (``"rest timer"``),
  rows with no reps but a time or a distance, i.e. cardio and timed holds
  (``"cardio or timed"``), and rows with no reps at all (``"no reps"``).
- **A malformed row** (a weight or reps that are not numbers, a date that does not
  parse, an unknown unit or set marker, a missing field) raises ``ValueError``
  naming its line (line 1 is the header), unless ``errors="skip"``: then it is left
  out and listed in :attr:`TrainingLog.errors`.
- **Units.** Every load of a :class:`TrainingLog` is in :attr:`TrainingLog.unit`; a
  file that mixes kilograms and pounds is converted to the unit of most of its sets
  (kilograms on a tie), with 1 lb = 0.45359237 kg exactly (:data:`liftlab.units.KG_PER_LB`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np

from liftlab.training_log.names import course_name, name_key
from liftlab.units import KG_PER_LB, check_unit
from liftlab.validation import check_choice

__all__ = ["LOG_FORMATS", "LOG_HEADER", "LogFormat", "read_log"]

#: Header of liftlab's own log (what :meth:`TrainingLog.to_csv` writes).
LOG_HEADER: tuple[str, ...] = ("date", "exercise", "set", "load", "unit", "reps", "rpe", "warmup")


@dataclass(frozen=True)
class LogFormat:
    """A training-log format :func:`read_log` understands.

    Attributes
    ----------
    name : str
        Key in :data:`LOG_FORMATS`.
    label : str
        What to call it in a message.
    header : tuple of str
        The columns, as the app writes them.
    required : frozenset of str
        The columns (lower case) whose presence identifies the format.
    delimiter : str
        The delimiter the app writes (any of comma, semicolon and tab is read).
    """

    name: str
    label: str
    header: tuple[str, ...]
    required: frozenset[str]
    delimiter: str

    def describe(self) -> str:
        """``label: header`` with the delimiter the app uses."""
        return f"{self.label} ({self.delimiter.join(self.header)})"


def _fmt(name: str, label: str, header: str, delimiter: str, required: str) -> LogFormat:
    columns = tuple(header.split(delimiter))
    needed = frozenset(c.strip().lower() for c in required.split(","))
    return LogFormat(name, label, columns, needed, delimiter)


#: The formats :func:`read_log` understands, tried in this order.
LOG_FORMATS: Mapping[str, LogFormat] = MappingProxyType(
    {
        "liftlab": _fmt(
            "liftlab",
            "liftlab's own log",
            ",".join(LOG_HEADER),
            ",",
            ",".join(LOG_HEADER),
        ),
        "strong": _fmt(
            "strong",
            "Strong with a unit column",
            "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;"
            "Distance Unit;Seconds;Notes;Workout Notes",
            ";",
            "date,workout name,exercise name,set order,weight,weight unit,reps",
        ),
        "strong-no-unit": _fmt(
            "strong-no-unit",
            "Strong without a unit column",
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
            "Notes,Workout Notes,RPE",
            ",",
            "date,workout name,exercise name,set order,weight,reps",
        ),
        "hevy-kg": _fmt(
            "hevy-kg",
            "Hevy in kilograms",
            "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
            "set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe",
            ",",
            "title,start_time,exercise_title,set_index,set_type,weight_kg,reps",
        ),
        "hevy-lb": _fmt(
            "hevy-lb",
            "Hevy in pounds",
            "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
            "set_index,set_type,weight_lbs,reps,distance_miles,duration_seconds,rpe",
            ",",
            "title,start_time,exercise_title,set_index,set_type,weight_lbs,reps",
        ),
    }
)

#: What the reader does with a malformed row.
ERROR_MODES: tuple[str, ...] = ("raise", "skip")

_UNITS = {"kg": 0, "kgs": 0, "lb": 1, "lbs": 1}
_UNIT_NAMES = ("kg", "lb")
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
# 2025-03-10, optionally with a time (24-hour or Strong's "6:01:12 pm", whose space
# may be a narrow no-break space).
_ISO = re.compile(
    r"\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*"
)
# Hevy: "26 Jul 2025, 07:06" (seconds and a full month name also read).
_HEVY = re.compile(
    r"\s*(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?,?\s+(\d{4}),?\s+\d{1,2}:\d{2}(?::\d{2})?\s*"
)
_SET_MARKERS = {"w": True, "d": False, "f": False}
_HEVY_TYPES = {"normal": False, "": False, "warmup": True, "failure": False, "dropset": False}


def _understood() -> str:
    return "; ".join(f.describe() for f in LOG_FORMATS.values())


class _RowError(Exception):
    """A malformed field; :func:`read_log` adds the line number."""


# ------------------------------------------------------------------------------ fields


def _date_iso(text: str) -> int:
    match = _ISO.fullmatch(text)
    if match is None:
        raise _RowError(f"the date {text.strip()!r} is not a date like 2025-03-10")
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3])).toordinal()
    except ValueError:
        raise _RowError(f"the date {text.strip()!r} does not exist") from None


def _date_hevy(text: str) -> int:
    match = _HEVY.fullmatch(text)
    if match is None:
        if _ISO.fullmatch(text):
            return _date_iso(text)
        raise _RowError(f"the date {text.strip()!r} is not a date like '26 Jul 2025, 07:06'")
    month = _MONTHS.get(match[2].lower())
    if month is None:
        raise _RowError(f"the date {text.strip()!r} has an unknown month {match[2]!r}")
    try:
        return dt.date(int(match[3]), month, int(match[1])).toordinal()
    except ValueError:
        raise _RowError(f"the date {text.strip()!r} does not exist") from None


def _number(text: str, what: str, comma: bool) -> float | None:
    """A finite float, or ``None`` for an empty field."""
    text = text.strip()
    if not text:
        return None
    if comma:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        raise _RowError(f"the {what} {text!r} is not a number") from None
    if not math.isfinite(value):
        raise _RowError(f"the {what} {text!r} is not a finite number")
    return value


def _load(text: str, comma: bool) -> float:
    value = _number(text, "weight", comma)
    if value is None:
        return 0.0
    if value < 0:
        raise _RowError(f"the weight {text.strip()!r} is negative")
    return value


def _reps(text: str, comma: bool) -> int:
    value = _number(text, "reps", comma)
    if value is None:
        return 0
    if value < 0 or not value.is_integer():
        raise _RowError(f"the reps {text.strip()!r} are not a whole number >= 0")
    return int(value)


def _rpe(text: str, comma: bool) -> float:
    value = _number(text, "RPE", comma)
    if value is None or value == 0:  # an RPE of 0 is how some exports write "not given"
        return math.nan
    if not 1 <= value <= 10:
        raise _RowError(f"the RPE {text.strip()!r} is not between 1 and 10")
    return value


def _positive(text: str, what: str, comma: bool) -> bool:
    """Whether an optional number (a time, a distance) is given and above zero."""
    value = _number(text, what, comma)
    return value is not None and value > 0


# ------------------------------------------------------------------------------ reading


def _source_bytes(source: Any) -> bytes:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not path.strip():
            raise ValueError("source='' is not a file: give a path or the bytes of a CSV file.")
        try:
            with open(path, "rb") as handle:
                return handle.read()
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise ValueError(
                f"source={path!r} cannot be read ({reason}): give the path of a CSV file "
                "or its bytes."
            ) from None
    if hasattr(source, "read"):
        data = source.read()
        if isinstance(data, str):
            return data.encode("utf-8")
        if isinstance(data, (bytes, bytearray)):
            return bytes(data)
    raise TypeError(
        f"source={source!r} is not a path or the bytes of a file: give a path (str or "
        "pathlib.Path), bytes (what an upload button gives) or an open file."
    )


def _decode(data: bytes) -> str:
    if not data.strip():
        raise ValueError(
            "source is an empty file: nothing to read. liftlab reads these formats: "
            f"{_understood()}."
        )
    if b"\x00" in data[:65536]:
        raise ValueError(
            "source is a binary file, not a CSV text export (a spreadsheet or an image?). "
            f"Export CSV from your app; liftlab reads these formats: {_understood()}."
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError(  # pragma: no cover - cp1252 fails on five byte values only
        f"source is not text in UTF-8 or Windows-1252. liftlab reads these formats: "
        f"{_understood()}."
    )


def _header(text: str) -> tuple[int, str, list[str]]:
    """(index of the header line's end, delimiter, lower-case column names)."""
    stripped = text.lstrip("\r\n\t ")
    offset = len(text) - len(stripped)
    end = stripped.find("\n")
    line = stripped if end < 0 else stripped[:end]
    delimiter = max((",", ";", "\t"), key=line.count)
    columns = next(csv.reader([line], delimiter=delimiter), [])
    return offset, delimiter, [c.strip().strip("\ufeff").strip().lower() for c in columns]


def _detect(columns: list[str]) -> LogFormat:
    present = set(columns)
    for fmt in LOG_FORMATS.values():
        if fmt.required <= present:
            return fmt
    shown = ", ".join(columns)[:160] or "(nothing)"
    raise ValueError(
        f"source has a header liftlab does not know ({shown}). liftlab reads these "
        f"formats: {_understood()}."
    )


def read_log(
    source: Any,
    *,
    unit: str | None = None,
    errors: str = "raise",
    names: Mapping[str, str] | None = None,
):
    """Read a training log: liftlab's own CSV, or a Strong or Hevy export.

    Parameters
    ----------
    source : str, os.PathLike, bytes or file
        A path, the bytes of a file (what an upload button gives), or an open file.
        The format is recognised from the header (see :data:`LOG_FORMATS`).
    unit : {"kg", "lb"}, optional, keyword-only
        The unit of the weights of a Strong export without a unit column (required
        there, since the file does not say it). A file that states its unit
        (liftlab's ``unit`` column, Strong's ``Weight Unit``, Hevy's ``weight_kg``
        or ``weight_lbs``) keeps it, whatever ``unit`` says.
    errors : {"raise", "skip"}, keyword-only
        ``"raise"``: a malformed row raises ``ValueError`` naming its line.
        ``"skip"``: malformed rows are left out and listed in
        :attr:`TrainingLog.errors` as ``(line, message)``.
    names : mapping of str to str, optional, keyword-only
        Your own exercise names and the course name each means, e.g.
        ``{"Back Squat (SSB)": "squat"}``; checked before
        :data:`~liftlab.training_log.names.APP_EXERCISE_NAMES`. Each target must be a
        course exercise (one :func:`liftlab.exercise_credits` knows).

    Returns
    -------
    TrainingLog
        Every lifting set, loads in :attr:`TrainingLog.unit`.

    Raises
    ------
    ValueError
        For an empty, binary or unknown file (the message names the formats that are
        understood), a malformed row with ``errors="raise"`` (the message names the
        line), a Strong export without a unit column and no ``unit``, or a file with
        no lifting set at all.
    TypeError
        If ``source`` is not a path, bytes or a file.

    Examples
    --------
    >>> log = read_log(b"date,exercise,set,load,unit,reps,rpe,warmup\\n"
    ...                b"2025-03-10,squat,1,100,kg,5,8,0\\n")
    >>> log.unit, len(log), round(log.e1rm_trend("squat")[0][1], 1)
    ('kg', 1, 123.3)
    >>> round(log.e1rm_trend("squat", rpe=False)[0][1], 1)  # Epley, as if to failure
    116.7
    """
    from liftlab.training_log.log import TrainingLog

    given_unit = None if unit is None else check_unit(unit)
    mode = check_choice("errors", errors, ERROR_MODES)
    own = _check_names(names)
    text = _decode(_source_bytes(source))
    offset, delimiter, columns = _header(text)
    fmt = _detect(columns)
    if fmt.name == "strong-no-unit" and given_unit is None:
        raise ValueError(
            "unit=None: this Strong export has no Weight Unit column, so the file does not "
            "say whether its weights are kilograms or pounds. Pass unit='kg' or unit='lb' "
            "(the unit the Strong app was set to)."
        )
    col = {name: i for i, name in enumerate(columns)}
    reader = csv.reader(io.StringIO(text[offset:]), delimiter=delimiter)
    next(reader)  # the header
    comma = delimiter == ";"  # a semicolon file may write decimal commas
    parse_date = _date_hevy if fmt.name.startswith("hevy") else _date_iso

    dates: dict[str, int] = {}
    days: list[int] = []
    logged: list[str] = []
    loads: list[float] = []
    units: list[int] = []  # 0 kg, 1 lb, -1 not stated (a load of 0 with no unit)
    reps_out: list[int] = []
    rpes: list[float] = []
    warmups: list[bool] = []
    skipped = {"rest timer": 0, "cardio or timed": 0, "no reps": 0}
    problems: list[tuple[int, str]] = []
    width = len(columns)
    fixed_unit = {"hevy-kg": 0, "hevy-lb": 1}.get(fmt.name)
    if fmt.name == "strong-no-unit":
        fixed_unit = _UNITS[given_unit]
    get = col.get

    is_liftlab = fmt.name == "liftlab"
    is_strong = fmt.name.startswith("strong")
    if is_liftlab:
        i_date, i_name, i_load, i_reps = col["date"], col["exercise"], col["load"], col["reps"]
        i_mark, i_set, i_unit, i_rpe = col["warmup"], col["set"], col["unit"], col["rpe"]
        i_secs = i_dist = None
    elif is_strong:
        i_date, i_name, i_load, i_reps = (
            col["date"],
            col["exercise name"],
            col["weight"],
            col["reps"],
        )
        i_mark, i_set, i_unit, i_rpe = col["set order"], None, get("weight unit"), get("rpe")
        i_secs, i_dist = get("seconds"), get("distance")
    else:
        i_date, i_name, i_reps = col["start_time"], col["exercise_title"], col["reps"]
        i_load = col["weight_kg"] if fmt.name == "hevy-kg" else col["weight_lbs"]
        i_mark, i_set, i_unit, i_rpe = col["set_type"], None, None, get("rpe")
        i_secs = get("duration_seconds")
        i_dist = get("distance_km") if fmt.name == "hevy-kg" else get("distance_miles")
    if fixed_unit is not None:
        i_unit = None
    nan, inf = math.nan, math.inf

    lead = text[:offset].count("\n")  # blank lines before the header
    line = reader.line_num + lead  # the header's last line
    for row in reader:
        start, line = line + 1, reader.line_num + lead
        if len(row) != width and (not row or (len(row) == 1 and not row[0].strip())):
            continue  # a blank line
        try:
            if len(row) != width and (len(row) < width or any(v.strip() for v in row[width:])):
                raise _RowError(f"it has {len(row)} fields where the header has {width}")
            mark = row[i_mark].strip().lower()
            if is_strong and mark == "rest timer":
                skipped["rest timer"] += 1
                continue
            raw_date = row[i_date]
            day = dates.get(raw_date)
            if day is None:
                day = dates[raw_date] = parse_date(raw_date)
            name = row[i_name].strip()
            if not name:
                raise _RowError("the exercise name is empty")
            if is_liftlab:
                if mark not in ("0", "1", ""):
                    raise _RowError(f"warmup is {row[i_mark].strip()!r}, not 0 or 1")
                warm = mark == "1"
                number = row[i_set].strip()
                if number and (not number.isdigit() or int(number) < 1):
                    raise _RowError(f"the set {number!r} is not a whole number >= 1")
            elif is_strong:
                if mark.isdigit():
                    warm = False
                elif mark in _SET_MARKERS:
                    warm = _SET_MARKERS[mark]
                else:
                    raise _RowError(
                        f"the Set Order {row[i_mark].strip()!r} is not a set number, "
                        "W (warm-up), D (drop set), F (failure) or Rest Timer"
                    )
            else:
                warm = _HEVY_TYPES.get(mark)
                if warm is None:
                    raise _RowError(
                        f"the set_type {row[i_mark].strip()!r} is not normal, warmup, "
                        "failure or dropset"
                    )
            # Numbers: the fast path first; the helpers explain what is wrong.
            raw = row[i_load]
            text = raw.replace(",", ".") if comma else raw
            try:
                load = float(text) if text else 0.0
            except ValueError:
                load = -1.0
            if not 0.0 <= load < inf:
                load = _load(raw, comma)
            raw = row[i_reps]
            text = raw.replace(",", ".") if comma else raw
            try:
                count = float(text) if text else 0.0
            except ValueError:
                count = -1.0
            if not (0.0 <= count < 1e9 and count.is_integer()):
                count = _reps(raw, comma)
            reps = int(count)
            if i_rpe is None:
                rpe = nan
            else:
                raw = row[i_rpe]
                text = raw.replace(",", ".") if comma else raw
                try:
                    rpe = float(text) if text else nan
                except ValueError:
                    rpe = -1.0
                if rpe == 0.0:
                    rpe = nan
                elif not 1.0 <= rpe <= 10.0 and (rpe == rpe or raw.strip()):
                    rpe = _rpe(raw, comma)  # explains a bad value; nan for a blank one
            if i_unit is None:
                unit_code = fixed_unit
            else:
                unit_text = row[i_unit].strip().lower()
                unit_code = _UNITS.get(unit_text, -2)
                if unit_code == -2:
                    if unit_text or load > 0:
                        label = "unit" if is_liftlab else "Weight Unit"
                        raise _RowError(
                            f"the {label} {row[i_unit].strip()!r} is not kg or lb"
                            + ("" if is_liftlab else "s")
                        )
                    unit_code = -1
            if reps == 0:
                timed = (i_secs is not None and _positive(row[i_secs], "time", comma)) or (
                    i_dist is not None and _positive(row[i_dist], "distance", comma)
                )
                skipped["cardio or timed" if timed else "no reps"] += 1
                continue
        except _RowError as exc:
            where = f"line {start}" if start == line else f"lines {start}–{line}"
            message = f"{where}: {exc}."
            if mode == "raise":
                raise ValueError(
                    f"source, {message} Fix that row, or pass errors='skip' to leave out "
                    "the rows that cannot be read."
                ) from None
            problems.append((start, message))
            continue
        days.append(day)
        logged.append(name)
        loads.append(load)
        units.append(unit_code)
        reps_out.append(reps)
        rpes.append(rpe)
        warmups.append(warm)

    if not days:
        parts = [f"{n} {reason}" for reason, n in skipped.items() if n]
        if problems:
            parts.append(f"{len(problems)} malformed")
        detail = f" (rows skipped: {', '.join(parts)})" if parts else ""
        raise ValueError(
            f"source is a {fmt.label} file with no lifting sets{detail}: nothing to analyse."
        )

    unit_codes = np.asarray(units, dtype=np.int8)
    n_lb = int(np.count_nonzero(unit_codes == 1))
    n_kg = int(np.count_nonzero(unit_codes == 0))
    if n_kg == 0 and n_lb == 0:
        target = 0 if given_unit is None else _UNITS[given_unit]
    else:
        target = 1 if n_lb > n_kg else 0
    load_array = np.asarray(loads, dtype=float)
    other = unit_codes == 1 - target
    if np.any(other):
        factor = KG_PER_LB if target == 0 else 1.0 / KG_PER_LB
        load_array[other] *= factor

    resolved: dict[str, str | None] = {}
    for name in set(logged):
        resolved[name] = course_name(name, own)
    return TrainingLog._from_columns(
        fmt=fmt.name,
        unit=_UNIT_NAMES[target],
        days=np.asarray(days, dtype=np.int64),
        logged=logged,
        resolved=resolved,
        loads=load_array,
        reps=np.asarray(reps_out, dtype=np.int64),
        rpe=np.asarray(rpes, dtype=float),
        warmup=np.asarray(warmups, dtype=bool),
        skipped={k: v for k, v in skipped.items() if v},
        errors=tuple(problems),
    )


def _check_names(names: Any) -> dict[str, str] | None:
    if names is None:
        return None
    if not isinstance(names, Mapping):
        raise TypeError(
            f"names={names!r} is not a mapping: give {{'your name': 'course name', ...}}."
        )
    import liftlab

    checked = {}
    for logged, target in names.items():
        if not isinstance(logged, str) or not isinstance(target, str):
            raise TypeError(f"names has {logged!r}: {target!r}; both must be strings.")
        course = course_name(target)
        if course is None or not liftlab.exercise_credits(course):
            raise ValueError(
                f"names maps {logged!r} to {target!r}, which is not a course exercise: use "
                "a plan builder exercise (e.g. 'squat', 'dumbbell row', 'biceps curl') or one "
                "of liftlab.volume.EXERCISE_MUSCLES (e.g. 'row', 'curl')."
            )
        checked[name_key(logged)] = course
    return checked
