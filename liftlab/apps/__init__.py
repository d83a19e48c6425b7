"""Interactive calculators: one factory per calculator, each returning its root widget.

A notebook imports what it shows from here::

    from liftlab.apps import one_rep_max_calculator, plate_loader, quiz

Importing this package imports ipywidgets and matplotlib; ``import liftlab`` does not.
Every factory builds its controls and its figures once, wires them with ``observe``
and updates values in place (see :mod:`liftlab.apps.figure_widget`). The modules load
on first use of one of their names (a module ``__getattr__``, PEP 562), so importing
one calculator does not build the others' modules.
"""

from __future__ import annotations

from importlib import import_module

#: Factory name -> the module that defines it (one name per calculator, plus the quizzes).
_FACTORIES: dict[str, str] = {
    "one_rep_max_calculator": "liftlab.apps.one_rep_max_app",
    "rpe_calculator": "liftlab.apps.rpe_app",
    "goal_load_calculator": "liftlab.apps.goal_loads_app",
    "plate_loader": "liftlab.apps.plate_loader_app",
    "volume_planner": "liftlab.apps.volume_app",
    "session_timer": "liftlab.apps.session_timer_app",
    "fitness_fatigue_simulator": "liftlab.apps.fitness_fatigue_app",
    "energy_calculator": "liftlab.apps.energy_app",
    "plan_builder": "liftlab.apps.plan_builder_app",
    "training_log_calculator": "liftlab.apps.training_log_app",
    "training_log_quiz": "liftlab.apps.training_log_app",
    "quiz": "liftlab.apps.quiz_app",
    "course_quiz": "liftlab.apps.quiz_app",
}

__all__ = sorted(_FACTORIES)


def __getattr__(name: str):
    module = _FACTORIES.get(name)
    if module is None:
        raise AttributeError(f"module 'liftlab.apps' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
