"""Your own training: read a Strong, Hevy or liftlab log and apply the course to it.

* :func:`read_log` reads a log (:mod:`liftlab.training_log.reader`, formats in
  :data:`LOG_FORMATS`) into a :class:`TrainingLog`;
* :class:`TrainingLog` answers the course's questions: e1RM trend, weekly hard sets
  per muscle, zone share, rest between sessions, a fitness–fatigue fit
  (:mod:`liftlab.training_log.log`);
* :data:`APP_EXERCISE_NAMES` maps the apps' exercise names to the course's
  (:mod:`liftlab.training_log.names`);
* :func:`fit_fitness_fatigue` fits chapter 05's model to any performances
  (:mod:`liftlab.training_log.fit`).

Core layer: the standard library and numpy only. Nothing leaves the Python process:
a file is read from disk or from the bytes it is given, and that is all.
"""

from liftlab.training_log.fit import (
    MIN_POINTS,
    RELIABLE_POINTS,
    TAU1_GRID,
    TAU2_GRID,
    FitnessFatigueFit,
    fit_fitness_fatigue,
)
from liftlab.training_log.log import REFERENCE_DAYS, ZONES, MuscleRest, MuscleSession, TrainingLog
from liftlab.training_log.names import APP_EXERCISE_NAMES, course_name
from liftlab.training_log.reader import LOG_FORMATS, LOG_HEADER, LogFormat, read_log

__all__ = [
    "APP_EXERCISE_NAMES",
    "LOG_FORMATS",
    "LOG_HEADER",
    "MIN_POINTS",
    "REFERENCE_DAYS",
    "RELIABLE_POINTS",
    "TAU1_GRID",
    "TAU2_GRID",
    "ZONES",
    "FitnessFatigueFit",
    "LogFormat",
    "MuscleRest",
    "MuscleSession",
    "TrainingLog",
    "course_name",
    "fit_fitness_fatigue",
    "read_log",
]
