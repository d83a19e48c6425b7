"""liftlab: the training-science helpers behind the course *Hypertrophy vs Strength*.

The core (this package's top level) is pure Python + numpy: formulas and tables, each
with its published source in the docstring. Plots live in :mod:`liftlab.plots`
(matplotlib) and calculators in :mod:`liftlab.apps` (ipywidgets); ``import liftlab``
imports neither.
"""

__version__ = "0.1.0"
