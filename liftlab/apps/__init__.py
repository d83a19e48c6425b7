"""Interactive calculators: one factory per calculator, each returning its root widget.

Importing this package imports ipywidgets and matplotlib; ``import liftlab`` does not.
Every factory builds its controls and its figures once, wires them with ``observe``
and updates values in place (see :mod:`liftlab.apps.figure_widget`).
"""
